// A set line of text: the glyphs HarfBuzz chose, placed, with the characters they show.
// This is what the text stage hands to layout and, through layout, to the PDF writer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace compforms::text {

class Font;

// One glyph placed on a line. Positions are in points relative to the line's origin
// (left end of the baseline); y is the glyph's vertical offset, upwards positive.
struct LineGlyph {
    uint32_t gid = 0;
    double x = 0;
    double y = 0;
    double advance = 0;       // the advance HarfBuzz gave it (points), before justification
    uint32_t cluster = 0;     // byte offset into TextLine::text where its cluster starts
};

struct TextLine {
    const Font* font = nullptr;
    double size = 0;                 // point size
    std::string text;                // the characters this line shows (UTF-8, NFC), no break space at its end
    std::vector<LineGlyph> glyphs;   // in visual (left-to-right) order
    double width = 0;                // advance width in points (after justification)
    double x = 0;                    // where the line starts, relative to the paragraph's left
                                     // edge (indent + alignment); glyph x already includes it
};

} // namespace compforms::text
