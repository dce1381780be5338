// The real vertical reach of a font's glyphs as set text, measured on shaped samples:
// stacked Thai marks over tall consonants rise above the hhea ascender in Sarabun.
#pragma once

namespace compforms::text {

class Font;

struct InkExtents {
    int top = 0;      // highest glyph top, font units above the baseline
    int bottom = 0;   // lowest glyph bottom, font units (negative: below the baseline)
};

// Samples a font lacks are skipped; with none measurable, hhea ascender/descender.
InkExtents measure_ink_extents(const Font& font);

} // namespace compforms::text
