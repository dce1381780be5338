#include "source/results_csv.hpp"

#include <array>
#include <cstdio>

#include "source/csv_reader.hpp"

namespace compforms::source {
namespace {

std::string field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string fill(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

bool known_result(const std::string& form, const std::string& r) {
    if (r == "blank" || r == "ambiguous") return true;
    if (form == "scoresheet") return r == "pass" || r == "fail";
    return r == "present" || r == "absent";
}

} // namespace

std::string format_results_csv(const std::vector<model::RecordedResult>& rows) {
    std::string out = std::string(kResultsHeader) + "\n";
    for (const model::RecordedResult& r : rows)
        out += field(r.candidate) + "," + r.form + "," + std::to_string(r.page) + "," + field(r.item) + "," + r.result +
               "," + fill(r.fill_pass) + "," + fill(r.fill_fail) + "," + field(r.source) + "\n";
    return out;
}

std::vector<model::RecordedResult> read_results_csv(std::string_view text, const std::string& path, Diagnostics& diags) {
    std::vector<model::RecordedResult> rows;
    const LineIndex lines(text);
    const std::vector<CsvRecord> records = split_csv(text);
    static const std::array<const char*, 4> needed{"candidate_id", "form", "item", "result"};
    std::array<int, 4> col{-1, -1, -1, -1};
    for (std::size_t r = 0; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        const std::size_t line = lines.line(rec.begin);
        if (!rec.error.empty()) {
            diags.error(path, lines.line(rec.error_offset), 0, rec.error);
            continue;
        }
        if (r == 0) {
            for (std::size_t f = 0; f < rec.fields.size(); ++f)
                for (std::size_t k = 0; k < needed.size(); ++k)
                    if (rec.fields[f].value == needed[k]) col[k] = static_cast<int>(f);
            for (std::size_t k = 0; k < needed.size(); ++k)
                if (col[k] < 0) diags.error(path, 1, 0, std::string("no column '") + needed[k] + "' (" + kResultsHeader + ")");
            if (diags.has_errors()) return {};
            continue;
        }
        if (rec.fields.size() == 1 && rec.fields[0].value.empty()) continue;   // an empty line
        auto get = [&](int k) { return col[k] < static_cast<int>(rec.fields.size()) ? rec.fields[col[k]].value : std::string(); };
        model::RecordedResult row{get(0), get(1), 0, get(2), get(3), 0, 0, {}, static_cast<long>(line)};
        if (row.form != "scoresheet" && row.form != "checklist") {
            diags.error(path, line, 0, "form '" + row.form + "' is neither scoresheet nor checklist");
        } else if (!known_result(row.form, row.result)) {
            diags.error(path, line, 0, "result '" + row.result + "' is not one a " + row.form + " records");
        } else if (row.item.empty()) {
            diags.error(path, line, 0, "no item");
        } else {
            rows.push_back(std::move(row));
        }
    }
    if (records.empty()) diags.error(path, 0, 0, "empty: no header");
    return rows;
}

} // namespace compforms::source
