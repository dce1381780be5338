// Content-stream text: a TextLine drawn as CIDs (see CidMap) in binary literal strings in
// TJ arrays whose numbers reproduce the line's glyph positions (to 1/10000 em), inside
// /ActualText spans where the text needs them (see actual_text.hpp).
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

// One text object (q BT … ET Q) holding every line of a content stream, each setting only
// what differs from the line before: the font, the colour, the synthetic bold, and its
// origin as a Td from the previous line's (0 -25.63 Td for the next line of a paragraph),
// so a line costs only what is new about it. Positions are written to 0.01 pt, each from
// the rounded position before it, so they never drift.
// The bytes depend only on the lines and fonts given (not on what a document learned
// before), so a shared part's stream can be reused.
class TextObject {
public:
    explicit TextObject(std::string& out) : out_(out) {}
    ~TextObject() { end(); }
    TextObject(const TextObject&) = delete;
    TextObject& operator=(const TextObject&) = delete;

    // Draws `line` with its baseline origin at (x, y) in PDF space. A `stroke` > 0 also
    // strokes the outlines in the fill colour with that line width (synthetic bold, 2 Tr).
    void line(const text::TextLine& line, double x, double y, const LineFonts& fonts, const ReverseCmap& seed,
              const layout::Color& color, double stroke = 0);
    // Closes the text object (ET Q), restoring the graphics state; the destructor does too.
    void end();

private:
    void begin();
    // Fill colour, and the synthetic bold's stroke (colour and width), when they change.
    void set_paint(const layout::Color& color, double stroke);
    void set_font(const std::string& resource, double size);
    // Moves the line origin to (x, y).
    void move_to(double x, double y);
    // The line's glyphs, `origin` being the x of its first in the line's coordinates.
    void draw_glyphs(const text::TextLine& line, const LineFonts& fonts, const ReverseCmap& seed, double origin);
    std::string& out_;
    bool open_ = false;
    std::string font_;
    double size_ = 0;
    long x_ = 0, y_ = 0;   // the current line's origin, in 0.01 pt
    layout::Color fill_;
    double stroke_ = 0;
};

} // namespace compforms::pdf::detail
