// How Thai official papers write numbers and dates: Thai digits, Buddhist Era dates with
// Thai month names, and the revision line of a unit.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::layout {

// Every ASCII digit 0–9 becomes the Thai digit ๐–๙; everything else is kept. Apply it
// only to text the caller knows is not a code (DL101.01, 191372 keep Latin digits).
std::string to_thai_digits(std::string_view text);

// The Thai name of month 1–12 ("มกราคม" … "ธันวาคม"); throws std::out_of_range otherwise.
std::string thai_month_name(int month);

// "24 พฤศจิกายน 2569" for (2026, 11, 24): year given in the Common Era, printed +543.
// Throws std::out_of_range for a month outside 1–12 or a day outside 1–31.
std::string format_thai_date(int year_ce, int month, int day, bool thai_digits = false);

// The revision line of a unit: "1 / 2566" (year already in the Buddhist Era); "2" with no
// year, "/ 2566" with no number, and "/" with neither, as DL100 prints it.
std::string format_revision(std::optional<int> number, std::optional<int> year_be,
                            bool thai_digits = false);

} // namespace compforms::layout
