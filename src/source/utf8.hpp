// Minimal UTF-8 decoding for checks that must see code points (Thai marks, control
// characters) at exact byte offsets. Strict: overlong forms, surrogates and values
// above U+10FFFF are invalid.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace compforms::source {

constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point starting at text[i]; sets `length` to its byte count
// (1 for an invalid sequence, so a caller can step over it). Returns kInvalidCodePoint
// when the bytes at i are not a valid UTF-8 sequence.
char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& length);

// Appends the UTF-8 encoding of a valid code point.
void append_utf8(std::string& out, char32_t cp);

// "U+0E48"
std::string code_point_name(char32_t cp);

} // namespace compforms::source
