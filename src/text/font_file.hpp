// Taking a font file in with suspicion: a font is an input like any other, and a damaged
// one (cut short in a copy, say) otherwise prints Thai with its marks silently missing.
// A font is accepted only when it is a regular file of sane size whose OpenType table
// directory is whole and holds every table the engine uses, and which has an outline for
// every character the forms print themselves. Every refusal names the file.
#pragma once

#include <string>

#include <hb.h>

namespace compforms::text {

class Font;

// The file's bytes as a HarfBuzz blob (the caller owns it). Throws FontError for what is not
// a regular file (a FIFO would block the read forever), is empty or over 64 MB, or whose
// table directory is cut short, points past the end of the file, or lacks a required table.
hb_blob_t* read_font_file(const std::string& path);

// Throws FontError when the font has no glyph, or a glyph with no outline, for one of the
// characters the forms print in their own words (Thai letters, marks and digits, ASCII).
void check_repertoire(const Font& font);

// True when `path` names a regular file (never opens it).
bool is_regular_file(const std::string& path);

} // namespace compforms::text
