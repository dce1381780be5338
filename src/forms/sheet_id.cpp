#include "forms/sheet_id.hpp"

#include <array>
#include <cstdio>
#include <vector>

namespace compforms::forms {
namespace {

constexpr std::size_t kMaxField = 256;   // longer than any field this program writes
constexpr int kMaxPages = 9999;

// Printable ASCII but the separator and the escapes: the payload is then ASCII, which
// every QR reader returns as it is (zbar takes UTF-8 bytes in a symbol for Shift JIS).
bool plain(unsigned char c) { return c > 0x20 && c < 0x7f && c != '%' && c != '*'; }

std::string hex2(unsigned v) {
    char hex[3];
    std::snprintf(hex, sizeof hex, "%02X", v & 0xFF);
    return hex;
}

// The Thai letter (U+0E00..U+0E7F) whose UTF-8 starts at s[i], as its offset in the block.
std::optional<unsigned> thai_at(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size()) return std::nullopt;
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
               b2 = static_cast<unsigned char>(s[i + 2]);
    if (b0 != 0xE0 || (b1 != 0xB8 && b1 != 0xB9) || (b2 & 0xC0) != 0x80) return std::nullopt;
    return (b1 - 0xB8) * 64 + (b2 & 0x3F);
}

// A Thai letter is "*XX" (its offset in the block: three characters where its UTF-8
// escaped would be nine, so a Thai ID keeps the symbol small); any other byte that is not
// plain is "%XX".
std::string escape(const std::string& field) {
    if (field.empty()) return "-";
    if (field == "-") return "%2D";
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        const auto c = static_cast<unsigned char>(field[i]);
        if (plain(c)) {
            out += static_cast<char>(c);
        } else if (const std::optional<unsigned> thai = thai_at(field, i)) {
            out += "*" + hex2(*thai);
            i += 2;
        } else {
            out += "%" + hex2(c);
        }
    }
    return out;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The field a token stands for; nothing when it is malformed, or not as escape() writes
// it (one text per ID: an ID read is the ID printed). "-" is the empty field.
std::optional<std::string> unescape(std::string_view token) {
    if (token.empty() || token.size() > kMaxField) return std::nullopt;
    if (token == "-") return std::string();
    if (token == "%2D") return std::string("-");
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const auto c = static_cast<unsigned char>(token[i]);
        if (plain(c)) {
            out += static_cast<char>(c);
            continue;
        }
        if ((c != '%' && c != '*') || i + 2 >= token.size()) return std::nullopt;
        const int hi = hex_digit(token[i + 1]), lo = hex_digit(token[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        const unsigned v = static_cast<unsigned>(hi * 16 + lo);
        i += 2;
        if (c == '*') {
            if (v >= 0x80) return std::nullopt;
            out += static_cast<char>(0xE0);
            out += static_cast<char>(0xB8 + v / 64);
            out += static_cast<char>(0x80 + v % 64);
            continue;
        }
        out += static_cast<char>(v);
    }
    if (escape(out) != token) return std::nullopt;   // e.g. "%41" for 'A', a Thai letter's bytes one by one
    return out;
}

std::optional<int> number(std::string_view s) {
    if (s.empty() || s.size() > 4 || s[0] == '0') return std::nullopt;
    int n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == ' ') {
            out.push_back(text.substr(start, i - start));
            start = i + 1;
            if (out.size() > 8) break;   // more fields than an ID has: not one
        }
    return out;
}

std::string check_value(std::string_view body) {
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08X", static_cast<unsigned>(crc32(body)));
    return hex;
}

} // namespace

bool SheetId::operator==(const SheetId& o) const {
    return unit == o.unit && edition == o.edition && form == o.form && candidate == o.candidate && page == o.page &&
           pages == o.pages;
}

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string edition_token(const model::Edition& edition) {
    std::string out;
    if (edition.revision) out += "R" + std::to_string(*edition.revision);
    if (edition.date) {
        char d[16];
        std::snprintf(d, sizeof d, "D%04d%02d%02d", edition.date->year, edition.date->month, edition.date->day);
        out += d;
    }
    return out;
}

const char* form_name(SheetForm form) { return form == SheetForm::scoresheet ? "scoresheet" : "checklist"; }

std::string encode_sheet_id(const SheetId& id) {
    const std::string body = std::string(kSheetIdFormat) + " " + escape(id.unit) + " " + escape(id.edition) + " " +
                             (id.form == SheetForm::scoresheet ? "S" : "C") + " " + escape(id.candidate) + " " +
                             std::to_string(id.page) + "/" + std::to_string(id.pages);
    return body + " " + check_value(body);
}

std::optional<SheetId> decode_sheet_id(std::string_view text) {
    const std::vector<std::string_view> f = split(text);
    if (f.size() != 7 || f[0] != kSheetIdFormat) return std::nullopt;
    if (check_value(text.substr(0, text.size() - f[6].size() - 1)) != f[6]) return std::nullopt;
    SheetId id;
    const auto unit = unescape(f[1]), edition = unescape(f[2]), candidate = unescape(f[4]);
    if (!unit || unit->empty() || !edition || !candidate) return std::nullopt;
    if (f[3] != "S" && f[3] != "C") return std::nullopt;
    const std::size_t slash = f[5].find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto page = number(f[5].substr(0, slash)), pages = number(f[5].substr(slash + 1));
    if (!page || !pages || *page > *pages || *pages > kMaxPages) return std::nullopt;
    id.unit = *unit;
    id.edition = *edition;
    id.form = f[3] == "S" ? SheetForm::scoresheet : SheetForm::checklist;
    id.candidate = *candidate;
    id.page = *page;
    id.pages = *pages;
    return id;
}

} // namespace compforms::forms
