// Small formatting helpers for PDF content and object text: locale-independent numbers,
// colours, literal-string bytes, hex codes and UTF-16BE encoding. Internal to the pdf
// module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace compforms::pdf::detail {

// A number with at most `decimals` places, trailing zeros dropped, never "-0" and never
// affected by the C locale (content streams need '.' as the decimal point).
void append_num(std::string& out, double v, int decimals = 4);

// "r g b OP " (a colour operator: rg, RG) with each component to 0.001.
void append_rgb(std::string& out, double r, double g, double b, const char* op);

// Appends one byte inside a literal string ( … ): ( ) and \ escaped, and CR and LF
// (which a reader would turn into LF) as \r and \n; every other byte as it is. Binary
// strings so cost half their hex form, and deflate finds the same bytes in the glyph
// strings and the /ActualText of a word (CIDs are code points, see CidMap).
void append_literal_byte(std::string& out, unsigned char b);
// The two bytes of a 2-byte code (a CID, a UTF-16 unit), big-endian, inside a literal string.
void append_literal_16(std::string& out, uint32_t v);

// Four hex digits (upper case), as in a CMap's 2-byte code <01CC>.
void append_hex4(std::string& out, uint32_t v);

// UTF-16BE bytes of a code point sequence (surrogate pairs above the BMP), no BOM.
std::string utf16be(std::u32string_view s);
// Hex digits of utf16be(s), for CMap entries.
std::string utf16be_hex(std::u32string_view s);
bool is_ascii(std::string_view s);

} // namespace compforms::pdf::detail
