// Byte encodings a candidates CSV may arrive in, and their conversion to UTF-8.
// Thai spreadsheets save either UTF-8 (with or without a BOM) or Windows-874/TIS-620,
// so those are the only ones accepted; anything else must be re-saved by the user.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::source {

enum class TextEncoding { utf8, windows874 };

// "utf-8"/"utf8", "windows-874"/"cp874"/"tis-620" (case-insensitive); nullopt otherwise.
std::optional<TextEncoding> parse_encoding_name(std::string_view name);
const char* encoding_name(TextEncoding encoding);

// Valid UTF-8 is UTF-8; otherwise Windows-874 when its Thai range 0xA1-0xFB makes up
// most (90 %) of the non-ASCII bytes and malformed UTF-8 outweighs well-formed
// sequences; otherwise UTF-8 with damage (and decoding reports the bad bytes).
TextEncoding detect_encoding(std::string_view bytes);

struct Utf8Text {
    std::string utf8;                       // BOM removed; line breaks kept where they were
    std::vector<std::size_t> bad_offsets;   // offsets in `utf8` of U+FFFD put for undecodable bytes
};

// Converts with ICU; undecodable bytes become U+FFFD and are listed, never dropped silently.
Utf8Text decode_to_utf8(std::string_view bytes, TextEncoding encoding);

// True when the bytes start with a UTF-16 byte-order mark (Excel's "Unicode text").
bool has_utf16_bom(std::string_view bytes);

} // namespace compforms::source
