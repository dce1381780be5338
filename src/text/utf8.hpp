// UTF-8 decoding for the text stage: every stage of setting works in byte offsets into
// the paragraph (HarfBuzz clusters, ICU UText indices), so decoding keeps them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::text {

// Decodes the code point starting at byte `pos` and advances `pos` past it. An invalid
// or truncated sequence yields U+FFFD and consumes one byte (as HarfBuzz does).
char32_t decode_utf8(std::string_view text, std::size_t& pos);

// Decoded text: code points with the byte offset each one starts at; offsets has one
// extra entry, text.size(), so offsets[i+1] - offsets[i] is the length of code point i.
struct DecodedText {
    std::vector<char32_t> code_points;
    std::vector<std::size_t> offsets;
};
DecodedText decode_all(std::string_view text);

std::string encode_utf8(char32_t cp);
// "U+0E01" style, at least four hex digits.
std::string code_point_name(char32_t cp);

// Characters a line may end with that are dropped at a break (they neither show nor
// count in the width): space, tab, line ends, zero width space.
bool is_break_space(char32_t cp);

} // namespace compforms::text
