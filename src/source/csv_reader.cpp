#include "source/csv_reader.hpp"

namespace compforms::source {

namespace {

bool is_break(char c) { return c == '\n' || c == '\r'; }

// Reads a quoted field starting at text[pos] == '"'; leaves pos after the closing quote.
void read_quoted(std::string_view text, std::size_t& pos, CsvField& field, CsvRecord& record) {
    const std::size_t open = pos++;
    for (;;) {
        std::size_t quote = text.find('"', pos);
        if (quote == std::string_view::npos) {
            field.value.append(text.substr(pos));
            pos = text.size();
            record.error = "unterminated quoted field (no closing '\"' before the end of the file)";
            record.error_offset = open;
            return;
        }
        field.value.append(text.substr(pos, quote - pos));
        pos = quote + 1;
        if (pos < text.size() && text[pos] == '"') {
            field.value += '"';
            ++pos;
            continue;
        }
        break;
    }
    // Spreadsheets never write anything between a closing quote and the comma but
    // hand-edited files sometimes have blanks there: allow blanks, reject the rest.
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos < text.size() && text[pos] != ',' && !is_break(text[pos])) {
        if (record.error.empty()) {
            record.error = "unexpected text after a closing quote";
            record.error_offset = pos;
        }
        while (pos < text.size() && text[pos] != ',' && !is_break(text[pos])) field.value += text[pos++];
    }
}

} // namespace

std::vector<CsvRecord> split_csv(std::string_view text) {
    std::vector<CsvRecord> records;
    std::size_t pos = 0;
    while (pos < text.size()) {
        CsvRecord record;
        record.begin = pos;
        for (;;) {
            CsvField field;
            field.offset = pos;
            if (pos < text.size() && text[pos] == '"') {
                field.quoted = true;
                read_quoted(text, pos, field, record);
            } else {
                std::size_t stop = pos;
                while (stop < text.size() && text[stop] != ',' && !is_break(text[stop])) ++stop;
                field.value.assign(text.substr(pos, stop - pos));
                pos = stop;
            }
            record.fields.push_back(std::move(field));
            if (pos < text.size() && text[pos] == ',') {
                ++pos;
                continue;
            }
            break;
        }
        record.end = pos;
        if (pos < text.size() && text[pos] == '\r') ++pos;
        if (pos < text.size() && text[pos] == '\n' && (pos == record.end || text[pos - 1] == '\r')) ++pos;
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace compforms::source
