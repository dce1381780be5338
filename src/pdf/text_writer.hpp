// Content-stream text: a TextLine drawn as glyph ids in TJ arrays whose numbers reproduce
// the line's glyph positions exactly, with /ActualText spans by the "word" policy: every
// space-delimited chunk that holds a Thai mark or a cluster the per-glyph ToUnicode cannot
// express is one span (poppler sorts glyphs by x, so narrower spans let zero-width marks
// drift out of their syllable; see docs in the design note). Every glyph of a cluster is
// drawn inside its cluster's span, whatever its offset.
#pragma once

#include <string>

#include "layout/document.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/to_unicode.hpp"

namespace compforms::pdf::detail {

// Records the glyphs a line uses and teaches the font's ToUnicode map its clusters.
void register_line(CidFont& font, const text::TextLine& line);

// Appends `q BT … ET Q` drawing `line` with its baseline origin at (x, y) in PDF space.
// `resource` is the font's name in the page resources (e.g. "HbF1"). Depends only on the
// line and the font (not on what the document learned before), so the bytes can be reused.
void encode_text_line(std::string& out, const text::TextLine& line, double x, double y,
                      const std::string& resource, const ReverseCmap& seed, const layout::Color& color);

} // namespace compforms::pdf::detail
