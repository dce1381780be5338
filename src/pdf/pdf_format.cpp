#include "pdf/pdf_format.hpp"

#include <charconv>
#include <cmath>

namespace compforms::pdf::detail {

void append_num(std::string& out, double v, int decimals) {
    if (!std::isfinite(v)) v = 0;
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
    if (s.find('.') != std::string_view::npos) {
        while (!s.empty() && s.back() == '0') s.remove_suffix(1);
        if (!s.empty() && s.back() == '.') s.remove_suffix(1);
    }
    if (s == "-0" || s.empty()) s = "0";
    out.append(s);
}

void append_rgb(std::string& out, double r, double g, double b, const char* op) {
    for (double v : {r, g, b}) {
        append_num(out, v, 3);
        out += ' ';
    }
    out += op;
    out += ' ';
}

void append_literal_byte(std::string& out, unsigned char b) {
    switch (b) {
    case '(': out += "\\("; break;
    case ')': out += "\\)"; break;
    case '\\': out += "\\\\"; break;
    case '\r': out += "\\r"; break;
    case '\n': out += "\\n"; break;
    default: out.push_back(static_cast<char>(b));
    }
}

void append_literal_16(std::string& out, uint32_t v) {
    append_literal_byte(out, static_cast<unsigned char>((v >> 8) & 0xFF));
    append_literal_byte(out, static_cast<unsigned char>(v & 0xFF));
}

void append_hex4(std::string& out, uint32_t v) {
    static const char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out.push_back(digits[(v >> shift) & 0xF]);
}


std::string utf16be(std::u32string_view s) {
    std::string out;
    auto put = [&out](uint32_t u) {
        out.push_back(static_cast<char>((u >> 8) & 0xFF));
        out.push_back(static_cast<char>(u & 0xFF));
    };
    for (char32_t cp : s) {
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            uint32_t v = static_cast<uint32_t>(cp) - 0x10000;
            put(0xD800 + (v >> 10));
            put(0xDC00 + (v & 0x3FF));
        } else {
            put(cp > 0x10FFFF ? 0xFFFD : static_cast<uint32_t>(cp));
        }
    }
    return out;
}

std::string utf16be_hex(std::u32string_view s) {
    std::string bytes = utf16be(s), out;
    static const char digits[] = "0123456789ABCDEF";
    for (char b : bytes) {
        unsigned char u = static_cast<unsigned char>(b);
        out.push_back(digits[u >> 4]);
        out.push_back(digits[u & 0xF]);
    }
    return out;
}

bool is_ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

} // namespace compforms::pdf::detail
