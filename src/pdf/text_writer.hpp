// Content-stream text: a TextLine drawn as glyph ids in TJ arrays whose numbers reproduce
// the line's glyph positions exactly, with /ActualText spans by the "word" policy: every
// space-delimited chunk that holds a Thai mark or a cluster the per-glyph ToUnicode cannot
// express is one span (poppler sorts glyphs by x, so narrower spans let zero-width marks
// drift out of their syllable; see docs in the design note). Every glyph of a cluster is
// drawn inside its cluster's span, whatever its offset.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "layout/document.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/cid_map.hpp"
#include "pdf/to_unicode.hpp"

namespace compforms::pdf::detail {

// The font resources a line draws from, with the CIDs of their subsets: every glyph from
// `primary` (e.g. "HbF1"), or, when `fallback_cids` is given, only the glyphs the primary
// subset holds, and the others from `fallback`. A document's own lines (a candidate's
// name) so draw what the shared subset already holds from it, and only the glyphs it
// lacks from a small subset of their own.
struct LineFonts {
    std::string primary;
    const CidMap* primary_cids = nullptr;
    std::string fallback;
    const CidMap* fallback_cids = nullptr;
};

// Appends `q BT … ET Q` drawing `line` with its baseline origin at (x, y) in PDF space. A `stroke` > 0 also
// strokes the outlines in the fill colour with that line width (synthetic bold, 2 Tr). Depends only on the
// line and the font (not on what the document learned before), so the bytes can be reused.
void encode_text_line(std::string& out, const text::TextLine& line, double x, double y,
                      const LineFonts& fonts, const ReverseCmap& seed, const layout::Color& color,
                      double stroke = 0);

} // namespace compforms::pdf::detail
