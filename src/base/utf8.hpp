// The one UTF-8 codec of the program, below every stage: sources are checked with it,
// the text stage decodes paragraphs with it, the PDF writer turns text into UTF-16 with
// it. Decoding is strict (RFC 3629): overlong forms, surrogates, values past U+10FFFF and
// truncated sequences are invalid. What an invalid sequence becomes is the caller's
// choice: U+FFFD (as HarfBuzz and ICU do), or kInvalid for a checker that reports it.
// Either way exactly one byte is consumed, so a caller always makes progress.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::utf8 {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kInvalid = 0xFFFFFFFF;

enum class OnInvalid {
    replace,   // an invalid sequence decodes as U+FFFD
    flag,      // an invalid sequence decodes as kInvalid
};

// Decodes the code point at text[pos] and moves pos past it (one byte when invalid).
// pos must be < text.size().
char32_t decode(std::string_view text, std::size_t& pos, OnInvalid on_invalid = OnInvalid::replace);

// Byte offset of the first byte that does not start a valid sequence; nullopt when the
// whole text is valid UTF-8.
std::optional<std::size_t> first_invalid(std::string_view text);

// The code points of a text, each with the byte offset it starts at. `offsets` has one
// entry more than `values`: text.size(), so offsets[i + 1] - offsets[i] is a length.
// Invalid sequences decode as U+FFFD.
struct CodePoints {
    std::vector<char32_t> values;
    std::vector<std::size_t> offsets;
};
CodePoints decode_all(std::string_view text);

// The text as UTF-32, invalid sequences as U+FFFD.
std::u32string to_u32(std::string_view text);

// Appends the encoding of a code point (a surrogate or a value past U+10FFFF as U+FFFD).
void append(std::string& out, char32_t cp);
std::string encode(char32_t cp);

// "U+0E01": at least four upper-case hex digits.
std::string code_point_name(char32_t cp);

// True when byte `pos` of the text starts a character (it is not a continuation byte).
inline bool is_boundary(std::string_view text, std::size_t pos) {
    return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// The number of code points of a valid UTF-8 text (its bytes that start a character).
std::size_t count(std::string_view text);

// The longest prefix of at most `max_bytes` bytes that ends at a character boundary.
std::string_view truncate(std::string_view text, std::size_t max_bytes);

// 1-based column of byte `offset` within `line`, in code points (as editors count).
std::size_t column_of(std::string_view line, std::size_t offset);

} // namespace compforms::utf8
