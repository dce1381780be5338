// Numbers and dates as official Thai papers print them: Thai digits optional, Thai month
// names, Buddhist Era years (Christian year + 543).
#pragma once

#include <string>
#include <string_view>

#include "model/unit.hpp"

namespace compforms::text {

// ASCII 0-9 become ๐-๙ (U+0E50-U+0E59); all other bytes are kept.
std::string to_thai_digits(std::string_view utf8);

// Christian Era (Gregorian) year to Buddhist Era: 2026 -> 2569.
constexpr int buddhist_year(int gregorian_year) { return gregorian_year + 543; }

// Full Thai month name for 1-12 ("มกราคม" ... "ธันวาคม"); "" outside that range.
const char* thai_month_name(int month);

// "24 พฤศจิกายน 2569", or "๒๔ พฤศจิกายน ๒๕๖๙" with thai_digits.
std::string format_thai_date(const model::Date& date, bool thai_digits);

} // namespace compforms::text
