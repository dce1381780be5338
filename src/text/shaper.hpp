// Shaping a paragraph once, in font units: the glyphs of every script run in logical
// (= visual, all our text is left-to-right) order, with clusters as byte offsets into
// the whole paragraph so the line breaker's offsets can cut it directly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <hb.h>

#include "text/font.hpp"

namespace compforms::text {

struct ShapedGlyph {
    uint32_t gid = 0;
    uint32_t cluster = 0;     // byte offset into the shaped text
    int32_t x_advance = 0;    // font units
    int32_t x_offset = 0;
    int32_t y_offset = 0;
    bool unsafe_to_break = false;   // HarfBuzz: cutting before this cluster changes shaping
};

struct ShapedRun {
    std::vector<ShapedGlyph> glyphs;
    // advance_prefix[i] = sum of the advances of glyphs [0, i); one entry more than glyphs.
    std::vector<int64_t> advance_prefix;
    // cut_ok[p] (p in 0..text size) is 1 where the text may be cut without splitting a
    // glyph cluster: the start of a cluster, a run edge, either end of the text.
    std::vector<uint8_t> cut_ok;

    // Index of the first glyph whose cluster is at or after byte `offset`.
    std::size_t glyph_at(std::size_t offset) const;
    // Advance of the text between two byte offsets that are cut points, font units.
    int64_t advance(std::size_t from, std::size_t to) const {
        return advance_prefix[glyph_at(to)] - advance_prefix[glyph_at(from)];
    }
    int64_t advance() const { return advance_prefix.back(); }
};

// Shapes text itemised by script (Thai: script thai, language "th"; everything else
// Latin/"en"). Control characters are not shaped (no glyph, no width). Throws
// MissingGlyphError for a character the font has no glyph for.
class Shaper {
public:
    Shaper();
    ~Shaper();
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    ShapedRun shape(const Font& font, std::string_view text);

private:
    void shape_range(const Font& font, std::string_view text, std::size_t offset,
                     std::size_t length, bool thai, ShapedRun& out);
    hb_buffer_t* buffer_;
};

} // namespace compforms::text
