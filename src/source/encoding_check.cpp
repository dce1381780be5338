#include "source/encoding_check.hpp"

#include <cstdio>

#include "base/utf8.hpp"

namespace compforms::source {
namespace {

// A binary, Latin-1 or UTF-16 file has thousands of bad bytes: show the first few.
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

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

} // namespace

bool check_encoding(std::string_view text, Findings& findings) {
    if (starts_with(text, "\xFF\xFE") || starts_with(text, "\xFE\xFF")) {
        findings.error({}, "the file is UTF-16 (it starts with a UTF-16 byte order mark); the source must be UTF-8");
        return false;
    }
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        findings.error_at(nul, "NUL byte: this is not a UTF-8 text file (UTF-16? binary?)");
        return false;
    }
    int reports = 0, unreported = 0;
    bool valid = true;
    auto report = [&](std::size_t at, std::string message) {
        if (++reports <= kMaxEncodingReports) findings.error_at(at, std::move(message));
        else ++unreported;
    };
    auto invalid_at = [&](std::size_t i) {
        std::size_t next = i;
        return utf8::decode(text, next, utf8::OnInvalid::flag) == utf8::kInvalid;
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = i;
        const char32_t cp = utf8::decode(text, i, utf8::OnInvalid::flag);
        if (cp == utf8::kInvalid) {
            // One report for a run of bad bytes.
            std::string bytes = hex_byte(static_cast<unsigned char>(text[start]));
            for (; i < text.size() && invalid_at(i); ++i)
                if (i - start < 4) bytes += " " + hex_byte(static_cast<unsigned char>(text[i]));
            if (i - start > 4) bytes += " ...";
            report(start, "invalid UTF-8 (" + bytes + "); the source must be UTF-8");
            valid = false;
            continue;
        }
        if (is_control(cp)) report(start, "control character " + utf8::code_point_name(cp) + " in the source");
    }
    if (unreported > 0)
        findings.error({}, std::to_string(unreported) + " more encoding problems not shown");
    return valid;
}

} // namespace compforms::source
