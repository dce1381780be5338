#include "text/ink_extents.hpp"

#include <algorithm>
#include <climits>
#include <stdexcept>

#include "text/font.hpp"
#include "text/shaper.hpp"

namespace compforms::text {

InkExtents measure_ink_extents(const Font& font) {
    // Highest: tall consonants carrying an upper vowel and a tone mark, accented capitals.
    // Lowest: consonants with tails and below vowels, Latin descenders. Left out on
    // purpose: ฎุ and ฏู, whose below vowel hangs under the tail (-535 units in Sarabun);
    // they are vanishingly rare and would add a fifth of an em to every line.
    static const char* const samples[] = {
        "ปี่ ที่ น้ำ ฟื้น ฝั่ง ปั้น ฟ้ ป๋ ฬ์ ปิ๊",
        "ÁÉÍÓÚÅÂÊ",
        "ฤ ฦ ญู ฐุ รู ฤๅ ฎ ฏ",
        "gjpqyÇ",
    };
    Shaper shaper;
    int top = INT_MIN;
    int bottom = INT_MAX;
    for (const char* sample : samples) {
        ShapedRun run;
        try {
            run = shaper.shape(font, sample);
        } catch (const std::runtime_error&) {
            continue;   // not this font's repertoire
        }
        for (const ShapedGlyph& g : run.glyphs) {
            hb_glyph_extents_t ext{};
            if (!hb_font_get_glyph_extents(font.hb_font(), g.gid, &ext) || ext.height == 0) continue;
            top = std::max(top, g.y_offset + ext.y_bearing);
            bottom = std::min(bottom, g.y_offset + ext.y_bearing + ext.height);
        }
    }
    InkExtents out;
    out.top = top == INT_MIN ? font.metrics().ascender : std::max(top, font.metrics().ascender);
    out.bottom = bottom == INT_MAX ? font.metrics().descender : std::min(bottom, font.metrics().descender);
    return out;
}

} // namespace compforms::text
