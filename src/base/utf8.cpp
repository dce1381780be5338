#include "base/utf8.hpp"

#include <cstdio>

namespace compforms::utf8 {

char32_t decode(std::string_view text, std::size_t& pos, OnInvalid on_invalid) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const char32_t invalid = on_invalid == OnInvalid::replace ? kReplacement : kInvalid;
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length;
    char32_t cp, min;
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; cp = lead & 0x1F; min = 0x80; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; cp = lead & 0x0F; min = 0x800; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; cp = lead & 0x07; min = 0x10000; }
    else { ++pos; return invalid; }
    if (text.size() - pos < length) { ++pos; return invalid; }
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char c = byte(pos + k);
        if ((c & 0xC0) != 0x80) { ++pos; return invalid; }
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { ++pos; return invalid; }
    pos += length;
    return cp;
}

std::optional<std::size_t> first_invalid(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        // ASCII runs are the common case: skip them without decoding.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t at = pos;
        if (decode(text, pos, OnInvalid::flag) == kInvalid) return at;
    }
    return std::nullopt;
}

CodePoints decode_all(std::string_view text) {
    CodePoints out;
    out.values.reserve(text.size());
    out.offsets.reserve(text.size() + 1);
    for (std::size_t pos = 0; pos < text.size();) {
        out.offsets.push_back(pos);
        out.values.push_back(decode(text, pos));
    }
    out.offsets.push_back(text.size());
    return out;
}

std::u32string to_u32(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) out.push_back(decode(text, pos));
    return out;
}

void append(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string encode(char32_t cp) {
    std::string out;
    append(out, cp);
    return out;
}

std::string code_point_name(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

std::size_t count(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) n += is_boundary(text, i);
    return n;
}

std::string_view truncate(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes;
    while (cut > 0 && !is_boundary(text, cut)) --cut;
    return text.substr(0, cut);
}

std::size_t column_of(std::string_view line, std::size_t offset) {
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    return column;
}

} // namespace compforms::utf8
