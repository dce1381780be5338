#include "text/thai_numbers.hpp"

namespace compforms::text {

std::string to_thai_digits(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() * 3);
    for (char c : utf8) {
        if (c >= '0' && c <= '9') {
            // U+0E50 + d is E0 B9 (90 + d) in UTF-8.
            out += "\xE0\xB9";
            out += static_cast<char>(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

const char* thai_month_name(int month) {
    static const char* const names[] = {"มกราคม", "กุมภาพันธ์", "มีนาคม",  "เมษายน",  "พฤษภาคม", "มิถุนายน",
                                        "กรกฎาคม", "สิงหาคม",   "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    return month >= 1 && month <= 12 ? names[month - 1] : "";
}

std::string format_thai_date(const model::Date& date, bool thai_digits) {
    std::string day = std::to_string(date.day);
    std::string year = std::to_string(buddhist_year(date.year));
    if (thai_digits) {
        day = to_thai_digits(day);
        year = to_thai_digits(year);
    }
    return day + " " + thai_month_name(date.month) + " " + year;
}

} // namespace compforms::text
