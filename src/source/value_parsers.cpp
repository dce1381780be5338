#include "source/value_parsers.hpp"

#include <limits>

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
    if (dot == std::string_view::npos || !is_all_digits(text.substr(dot + 1))) return std::nullopt;
    return parse_non_negative_int(text.substr(0, dot));
}

std::optional<int> parse_format_minor(std::string_view text) {
    if (text.size() < 3 || text.substr(0, 2) != "1." || !is_all_digits(text.substr(2))) return std::nullopt;
    return parse_non_negative_int(text.substr(2)).value_or(std::numeric_limits<int>::max());
}

bool is_dl_code(std::string_view text) {
    if (text.size() != 5) return false;
    for (std::size_t i = 0; i < 2; ++i)
        if (text[i] < 'A' || text[i] > 'Z') return false;
    return is_all_digits(text.substr(2));
}

namespace {
bool is_ascii_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
} // namespace

bool is_code_token(std::string_view text) {
    if (text.empty() || text.size() > 40 || !is_ascii_alnum(text[0])) return false;
    for (char c : text)
        if (!is_ascii_alnum(c) && c != '.' && c != '_' && c != '-') return false;
    return true;
}

bool is_system_code_token(std::string_view text) {
    if (text.empty() || text.size() > 20) return false;
    for (char c : text)
        if (!is_ascii_alnum(c) && c != '-') return false;
    return true;
}

namespace {
// The length of the Thai digit (U+0E50-U+0E59, E0 B9 90-99 in UTF-8) at `i`, else 0.
std::size_t thai_digit_at(std::string_view text, std::size_t i) {
    return i + 2 < text.size() && text[i] == '\xE0' && text[i + 1] == '\xB9' &&
                   static_cast<unsigned char>(text[i + 2]) >= 0x90 && static_cast<unsigned char>(text[i + 2]) <= 0x99
               ? 3
               : 0;
}
} // namespace

bool is_reference_token(std::string_view text) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++characters) {
        if (std::size_t n = thai_digit_at(text, i)) {
            i += n;
            continue;
        }
        const char c = text[i++];
        if (!is_ascii_alnum(c) && (characters == 0 || (c != '.' && c != '_' && c != '-'))) return false;
    }
    return characters >= 1 && characters <= 40;
}

bool is_item_id(std::string_view text) {
    if (text.empty() || !((text[0] >= 'A' && text[0] <= 'Z') || (text[0] >= 'a' && text[0] <= 'z'))) return false;
    for (char c : text)
        if (!is_ascii_alnum(c) && c != '_' && c != '-') return false;
    return true;
}

std::string ascii_digits(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (thai_digit_at(text, i)) {
            out += static_cast<char>('0' + static_cast<unsigned char>(text[i + 2]) - 0x90);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool is_criterion_number(std::string_view text) {
    const std::string ascii = ascii_digits(text);
    bool digit_before = false;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') digit_before = true;
        else if (c == '.' && digit_before) digit_before = false;
        else return false;
    }
    return digit_before;
}

CodeFamily code_family(std::string_view unit_code) {
    if (is_dl_code(unit_code)) return CodeFamily::dl;
    if (unit_code.size() == 5 && is_all_digits(unit_code)) return CodeFamily::tpqi_numeric;
    return CodeFamily::other;
}

} // namespace compforms::source
