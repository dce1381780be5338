// Splits RFC 4180 text into records: comma-separated fields, fields in double quotes may
// hold commas, line breaks and doubled quotes (""); records end at CRLF, LF or a lone CR.
// Knows nothing of candidates; positions are kept so callers can point at a field.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::source {

struct CsvField {
    std::string value;          // unquoted, "" turned into "
    std::size_t offset = 0;     // byte offset of the field's first character
    bool quoted = false;
};

struct CsvRecord {
    std::size_t begin = 0, end = 0;   // byte range in the text, line break excluded
    std::vector<CsvField> fields;
    std::string error;                // non-empty when the record is malformed
    std::size_t error_offset = 0;     // where the problem is
};

std::vector<CsvRecord> split_csv(std::string_view text);

} // namespace compforms::source
