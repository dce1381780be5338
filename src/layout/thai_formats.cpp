#include "layout/thai_formats.hpp"

#include <stdexcept>

namespace compforms::layout {

std::string to_thai_digits(std::string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            // U+0E50 + d in UTF-8: E0 B9 90+d
            out += '\xE0';
            out += '\xB9';
            out += static_cast<char>(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

std::string thai_month_name(int month) {
    static const char* const names[12] = {
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    if (month < 1 || month > 12)
        throw std::out_of_range("month " + std::to_string(month) + " is not 1-12");
    return names[month - 1];
}

std::string format_thai_date(int year_ce, int month, int day, bool thai_digits) {
    if (day < 1 || day > 31)
        throw std::out_of_range("day " + std::to_string(day) + " is not 1-31");
    std::string s = std::to_string(day) + " " + thai_month_name(month) + " " +
                    std::to_string(year_ce + 543);
    return thai_digits ? to_thai_digits(s) : s;
}

std::string format_revision(std::optional<int> number, std::optional<int> year_be,
                            bool thai_digits) {
    std::string s;
    if (number && !year_be) s = std::to_string(*number);   // no dangling "/"
    else {
        if (number) s += std::to_string(*number) + " ";
        s += "/";
        if (year_be) s += " " + std::to_string(*year_be);
    }
    return thai_digits ? to_thai_digits(s) : s;
}

} // namespace compforms::layout
