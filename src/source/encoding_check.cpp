#include "source/encoding_check.hpp"

#include <cstdio>

#include "source/utf8.hpp"

namespace compforms::source {
namespace {

// One bad byte tends to come with thousands (a Latin-1 or binary file): show a few.
constexpr int kMaxEncodingReports = 10;

std::string hex_byte(unsigned char b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", b);
    return buf;
}

bool is_control(char32_t cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') return false;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF;
}

} // namespace

bool check_encoding(std::string_view text, Findings& findings) {
    int invalid = 0;
    bool has_nul = false;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length;
        char32_t cp = decode_utf8(text, i, length);
        if (cp == kInvalidCodePoint) {
            if (++invalid <= kMaxEncodingReports)
                findings.error_at(i, "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(text[i])) +
                                         "); the source must be UTF-8");
        } else if (cp == 0) {
            if (!has_nul)
                findings.error_at(i, "NUL byte in the file (is it UTF-16? the source must be UTF-8)");
            has_nul = true;
        } else if (is_control(cp)) {
            findings.error_at(i, "control character " + code_point_name(cp) + " in the source");
        }
        i += length;
    }
    if (invalid > kMaxEncodingReports)
        findings.error({}, std::to_string(invalid - kMaxEncodingReports) + " more invalid UTF-8 bytes not shown");
    return invalid == 0 && !has_nul;
}

} // namespace compforms::source
