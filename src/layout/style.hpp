// How a piece of text looks and how a paragraph sits in its column. Plain data.
#pragma once

#include "layout/document.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::layout {

// Body text of Thai official papers: Sarabun 16 pt.
constexpr double kBodySize = 16;

struct TextStyle {
    text::FontStyle font = text::FontStyle::regular;
    double size = kBodySize;
    Color color;
    // Print every ASCII digit of this text as a Thai digit (๐–๙). Set it per text:
    // codes (DL101.01, 191372, ISCO codes) must keep Latin digits, so never set it on them.
    bool thai_digits = false;
    // Baseline-to-baseline distance as a multiple of `size`; 0 = the font's full ink extents
    // (stacked marks never touch the line above). Tables of wrapped cells set it below 1.5:
    // poppler's text extraction joins lines into one block only when they are at most
    // 1.5 em apart, and a cell whose lines are separate blocks reads interleaved with the
    // cell beside it (row by row) in pdftotext's default mode.
    double line_height = 0;
    // Synthetic bold: the glyph outlines are also stroked with a line this fraction of
    // `size` wide (advances unchanged). Forms printed by the thousand use it instead of
    // the Bold face, whose subset would be a second font program in every file.
    double embolden = 0;
    double stroke_width() const { return embolden * size; }
};

inline TextStyle bold_style(double size = kBodySize) {
    TextStyle s;
    s.font = text::FontStyle::bold;
    s.size = size;
    return s;
}

struct ParagraphFormat {
    text::Align align = text::Align::left;   // justify = Thai justification by the Typesetter
    double first_line_indent = 0;   // points, relative to left_indent
    double left_indent = 0;         // points from the content box's left edge
    double right_indent = 0;        // points from the content box's right edge
    double space_before = 0;        // points; dropped at the top of a page
    double space_after = 0;         // points
};

} // namespace compforms::layout
