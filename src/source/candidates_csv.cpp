#include "source/candidates_csv.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "source/candidate_fields.hpp"
#include "source/csv_reader.hpp"

namespace compforms::source {

namespace {

constexpr std::size_t kColumnKinds = 5;

struct Header {
    std::array<std::optional<std::size_t>, kColumnKinds> index;   // field index per CandidateColumn
    std::size_t field_count = 0;
};

bool is_blank(const CsvRecord& record) {
    return record.error.empty() && std::all_of(record.fields.begin(), record.fields.end(), [](const CsvField& f) {
               return clean_field(f.value).empty();
           });
}

// Reads the CSV's input for one file, with the positions needed for messages.
class Reader {
public:
    Reader(std::string_view text, std::string file, Diagnostics& diags)
        : text_(text), lines_(text), file_(std::move(file)), diags_(diags) {}

    std::size_t line_of(std::size_t offset) const { return lines_.locate(offset).first; }
    // Column of `offset`, or 0 when it is not on the record's first line.
    std::size_t column_on(std::size_t record_line, std::size_t offset) const {
        auto [line, column] = lines_.locate(offset);
        return line == record_line ? column : 0;
    }
    void error(std::size_t line, std::size_t column, std::string message) {
        diags_.error(file_, line, column, std::move(message));
    }
    void warning(std::size_t line, std::size_t column, std::string message) {
        diags_.warning(file_, line, column, std::move(message));
    }

    std::optional<Header> read_header(const CsvRecord& record, const Utf8Text& decoded, TextEncoding encoding);
    CandidateRow read_row(const CsvRecord& record, const Header& header, const Utf8Text& decoded,
                          TextEncoding encoding);

private:
    std::string_view text_;
    LineIndex lines_;
    std::string file_;
    Diagnostics& diags_;
};

// Offset of the first undecodable character inside the record, if any.
std::optional<std::size_t> bad_byte_in(const CsvRecord& record, const Utf8Text& decoded) {
    auto bad = std::lower_bound(decoded.bad_offsets.begin(), decoded.bad_offsets.end(), record.begin);
    if (bad != decoded.bad_offsets.end() && *bad < record.end) return *bad;
    return std::nullopt;
}

std::string undecodable_message(TextEncoding encoding) {
    return std::string("bytes that cannot be decoded as ") + encoding_name(encoding) +
           (encoding == TextEncoding::utf8 ? " (for a Thai Windows/TIS-620 file use --encoding windows-874)" : "");
}

std::optional<Header> Reader::read_header(const CsvRecord& record, const Utf8Text& decoded, TextEncoding encoding) {
    const std::size_t line = line_of(record.begin);
    if (auto bad = bad_byte_in(record, decoded)) {
        error(line, column_on(line, *bad), undecodable_message(encoding));
        return std::nullopt;
    }
    if (!record.error.empty()) {
        error(line_of(record.error_offset), column_on(line_of(record.error_offset), record.error_offset), record.error);
        return std::nullopt;
    }
    Header header;
    header.field_count = record.fields.size();
    std::vector<std::string> unknown;
    bool ok = true;
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const CsvField& field = record.fields[i];
        std::string name = clean_field(field.value);
        if (name.empty()) continue;   // trailing empty header cells: spreadsheets add them
        auto column = match_column(name);
        if (!column) {
            unknown.push_back("'" + name + "'");
            continue;
        }
        auto& slot = header.index[static_cast<std::size_t>(*column)];
        if (slot) {
            error(line, column_on(line, field.offset),
                  "column '" + name + "' is a second " + column_name(*column) + " column (first is column " +
                      std::to_string(*slot + 1) + ")");
            ok = false;
            continue;
        }
        slot = i;
    }
    if (!unknown.empty()) {
        std::string list;
        for (const std::string& u : unknown) list += (list.empty() ? "" : ", ") + u;
        warning(line, 0, "ignoring unknown column" + std::string(unknown.size() > 1 ? "s " : " ") + list);
    }
    for (CandidateColumn required : {CandidateColumn::id, CandidateColumn::name}) {
        if (!header.index[static_cast<std::size_t>(required)]) {
            error(line, 0, std::string("missing required column '") + column_name(required) + "' (" +
                               column_thai_name(required) + ")");
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return header;
}

CandidateRow Reader::read_row(const CsvRecord& record, const Header& header, const Utf8Text& decoded,
                              TextEncoding encoding) {
    CandidateRow row;
    const std::size_t line = line_of(record.begin);
    row.candidate.line = static_cast<long>(line);
    auto fail = [&](std::size_t offset, std::string message) {
        error(line, offset == std::string_view::npos ? 0 : column_on(line, offset), std::move(message));
        row.bad = true;
    };
    if (auto bad = bad_byte_in(record, decoded)) fail(*bad, undecodable_message(encoding));
    if (!record.error.empty()) fail(record.error_offset, record.error);
    else if (record.fields.size() != header.field_count)
        fail(std::string_view::npos, "expected " + std::to_string(header.field_count) +
                                         " fields (as in the header), found " + std::to_string(record.fields.size()));

    auto field = [&](CandidateColumn column) -> const CsvField* {
        auto index = header.index[static_cast<std::size_t>(column)];
        return index && *index < record.fields.size() ? &record.fields[*index] : nullptr;
    };
    // A field too long (measured in bytes first, so a 5 MB name costs no more than reading
    // it) or holding a control character is a row error.
    auto value = [&](CandidateColumn column) {
        const CsvField* f = field(column);
        if (!f) return std::string();
        if (f->value.size() > 4 * max_field_length(column)) {
            fail(f->offset, std::string(column_name(column)) + " of " + std::to_string(f->value.size()) +
                                " bytes; at most " + std::to_string(max_field_length(column)) + " characters");
            return std::string();
        }
        std::string cleaned = clean_field(f->value);
        if (std::string problem = field_problem(column, cleaned); !problem.empty()) fail(f->offset, problem);
        return cleaned;
    };
    auto offset = [&](CandidateColumn column) {
        const CsvField* f = field(column);
        return f ? f->offset : std::string_view::npos;
    };
    model::Candidate& c = row.candidate;
    c.id = value(CandidateColumn::id);
    c.name = value(CandidateColumn::name);
    c.centre = value(CandidateColumn::centre);
    c.assessor = value(CandidateColumn::assessor);
    // A short row already has its error; don't pile "missing" errors on top of it.
    if (c.id.empty() && field(CandidateColumn::id) && !row.bad) fail(offset(CandidateColumn::id), "missing candidate_id");
    if (c.name.empty() && field(CandidateColumn::name) && !row.bad) fail(offset(CandidateColumn::name), "missing name");
    std::string date = value(CandidateColumn::date);
    if (!date.empty()) {
        DateParse parsed = parse_candidate_date(date);
        if (parsed.date) c.date = parsed.date;
        else fail(offset(CandidateColumn::date), parsed.error);
    }
    return row;
}

} // namespace

std::vector<model::Candidate> CandidatesCsv::good() const {
    std::vector<model::Candidate> out;
    for (const CandidateRow& row : rows)
        if (!row.bad) out.push_back(row.candidate);
    return out;
}

std::size_t CandidatesCsv::bad_count() const {
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const CandidateRow& r) { return r.bad; }));
}

CandidatesCsv read_candidates_csv(std::string_view bytes, const std::string& file,
                                  const CandidatesCsvOptions& options, Diagnostics& diags) {
    CandidatesCsv result;
    if (has_utf16_bom(bytes)) {
        diags.error(file, 1, 0, "the file is UTF-16; save it as \"CSV UTF-8\"");
        result.fatal = true;
        return result;
    }
    result.encoding = options.encoding ? *options.encoding : detect_encoding(bytes);
    Utf8Text decoded = decode_to_utf8(bytes, result.encoding);
    std::vector<CsvRecord> records = split_csv(decoded.utf8);
    records.erase(std::remove_if(records.begin(), records.end(), is_blank), records.end());

    Reader reader(decoded.utf8, file, diags);
    if (records.empty()) {
        diags.error(file, 1, 0, "empty file; expected a header row naming candidate_id and name");
        result.fatal = true;
        return result;
    }
    std::optional<Header> header = reader.read_header(records.front(), decoded, result.encoding);
    if (!header) {
        result.fatal = true;
        return result;
    }
    if (records.size() == 1) {
        reader.error(reader.line_of(records.front().begin), 0, "no candidates after the header row");
        result.fatal = true;
        return result;
    }
    // IDs that print the same (once the characters that print as nothing are gone) are one
    // candidate twice.
    std::map<std::string, std::pair<long, std::string>> first_of_id;   // printed ID -> line, ID as written
    for (std::size_t i = 1; i < records.size(); ++i) {
        CandidateRow row = reader.read_row(records[i], *header, decoded, result.encoding);
        const std::string& id = row.candidate.id;
        if (!id.empty()) {
            auto [it, inserted] = first_of_id.emplace(printed_id(id), std::make_pair(row.candidate.line, id));
            if (!inserted) {
                const bool same = it->second.second == id;
                reader.error(static_cast<std::size_t>(row.candidate.line), 0,
                             "duplicate candidate_id '" + id + "' (first on line " + std::to_string(it->second.first) +
                                 (same ? ")" : ", where it prints the same)"));
                row.bad = true;
            }
        }
        result.rows.push_back(std::move(row));
    }
    return result;
}

CandidatesCsv load_candidates_csv(const std::string& path, const CandidatesCsvOptions& options,
                                  Diagnostics& diags) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(path, 0, 0, "cannot open the candidates file");
        CandidatesCsv result;
        result.fatal = true;
        return result;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return read_candidates_csv(bytes, path, options, diags);
}

} // namespace compforms::source
