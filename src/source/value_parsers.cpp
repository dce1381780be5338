#include "source/value_parsers.hpp"

namespace compforms::source {

bool is_all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

std::optional<int> parse_non_negative_int(std::string_view text) {
    if (!is_all_digits(text) || text.size() > 9) return std::nullopt;
    int value = 0;
    for (char c : text) value = value * 10 + (c - '0');
    return value;
}

std::optional<model::Date> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto year = parse_non_negative_int(text.substr(0, 4));
    auto month = parse_non_negative_int(text.substr(5, 2));
    auto day = parse_non_negative_int(text.substr(8, 2));
    if (!year || !month || !day || *year < 1 || *month < 1 || *month > 12 || *day < 1) return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
    int days = kDays[*month - 1] + (*month == 2 && leap ? 1 : 0);
    if (*day > days) return std::nullopt;
    return model::Date{*year, *month, *day};
}

std::optional<model::EditionStatus> parse_status(std::string_view text) {
    if (text == "new") return model::EditionStatus::new_unit;
    if (text == "revised") return model::EditionStatus::revised;
    return std::nullopt;
}

std::optional<int> parse_format_major(std::string_view text) {
    std::size_t dot = text.find('.');
    if (dot != std::string_view::npos && !is_all_digits(text.substr(dot + 1))) return std::nullopt;
    return parse_non_negative_int(text.substr(0, dot));
}

bool is_element_code(std::string_view text) {
    if (text.size() != 5) return false;
    for (std::size_t i = 0; i < 2; ++i)
        if (text[i] < 'A' || text[i] > 'Z') return false;
    return is_all_digits(text.substr(2));
}

} // namespace compforms::source
