// Parsers for the source's typed values. Each returns nullopt when the text is not
// a valid value; the caller reports it with its own position.
#pragma once

#include <optional>
#include <string_view>

#include "model/unit.hpp"

namespace compforms::source {

// A decimal integer of at most 9 digits, no sign or spaces.
std::optional<int> parse_non_negative_int(std::string_view text);
// YYYY-MM-DD naming a real day of the Gregorian calendar.
std::optional<model::Date> parse_date(std::string_view text);
std::optional<model::EditionStatus> parse_status(std::string_view text);
// The major number of "MAJOR.MINOR" (MINOR optional).
std::optional<int> parse_format_major(std::string_view text);

bool is_all_digits(std::string_view text);
// Two ASCII capitals and three digits: "DL101".
bool is_element_code(std::string_view text);

} // namespace compforms::source
