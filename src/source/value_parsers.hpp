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
// The major number of a version number "MAJOR.MINOR" (both ASCII digits, MINOR required).
std::optional<int> parse_format_major(std::string_view text);
// The minor number of a version this program reads: exactly "1." and ASCII digits, the
// schema's 1\.[0-9]+ ("1.0", "1.1"); nullopt for anything else ("1", "01.1", " 1.1").
// A minor too large for an int reads as the largest int (it is still a later minor).
std::optional<int> parse_format_minor(std::string_view text);

bool is_all_digits(std::string_view text);

// A code (unit, element, PC book code) is a token of 1 to 40 characters: an ASCII letter or
// digit, then letters, digits, '.', '_' or '-' ("DL101.01", "50101.01", "ICT-QLIP-401B").
bool is_code_token(std::string_view text);
// A system code: 1 to 20 ASCII letters, digits or '-' ("191372").
bool is_system_code_token(std::string_view text);
// A PC number as a standard prints it: digits (ASCII or Thai) in groups joined by '.' ("1.1", "๑.๑").
bool is_criterion_number(std::string_view text);
// A name in a covers list, or a replaces reference: 1 to 40 characters, ASCII letters and
// digits, Thai digits, '.', '_' or '-', starting with a letter or digit (the schema's
// CoversName and PcReference, [A-Za-z0-9๐-๙][A-Za-z0-9๐-๙._-]{0,39}).
bool is_reference_token(std::string_view text);
inline constexpr const char* kReferenceRule =
    "a name is 1-40 ASCII letters, digits, Thai digits, '.', '_' or '-', starting with a letter or digit";
// An evidence or method id: an ASCII letter, then letters, digits, '_' or '-' (the schema's
// ItemId, [A-Za-z][A-Za-z0-9_-]*): "PE1", "M2".
bool is_item_id(std::string_view text);
// The same with Thai digits made ASCII ("๑.๑" -> "1.1"), for comparing numbers.
std::string ascii_digits(std::string_view text);

// The code families whose own rules the loader checks where a unit uses their codes.
enum class CodeFamily {
    dl,             // unit "DL100": elements "DL101", PC book codes element + ".NN" in order
    tpqi_numeric,   // unit "50101": elements unit + ".NN" in order, PC numbers element index + "." + n
    other,          // the catalogue's codes ("ICT-QLIP-401B"): tokens, no numbering rule
};
CodeFamily code_family(std::string_view unit_code);
// Two ASCII capitals and three digits: "DL101".
bool is_dl_code(std::string_view text);

} // namespace compforms::source
