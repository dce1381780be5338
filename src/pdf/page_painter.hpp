// Rules, boxes and tick marks as content-stream paths (never as characters: a glyph box
// would come back in the extracted text). Items arrive in layout coordinates (top-left
// origin, y down) and leave in PDF coordinates (bottom-left origin, y up).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "layout/document.hpp"

namespace compforms::pdf::detail {

// Paints the rules and rectangles of a content stream: first every filled shape (shading
// behind the borders) in the order given, then the outlines, one path per graphics state
// (`q … S Q`) rather than a state restated for every cell of a table. Outlines are opaque
// and drawn over fills only, so grouping them by state changes nothing painted. Outlined
// rectangles (a table's cells, tick boxes) are drawn as the distinct lines their edges
// make, an edge two cells share drawn once, with square caps so that corners close as a
// rectangle's do. Coordinates are written to 0.01 pt.
class PathPainter {
public:
    PathPainter() = default;

    void line(const layout::LineItem& item, double page_height);
    void rect(const layout::RectItem& item, double page_height);
    void tick(const layout::TickItem& item, double page_height);
    // Appends everything added so far to `out` and starts over.
    void write(std::string& out);

private:
    struct Group {
        std::string state;   // graphics state, as written after `q`
        std::string body;    // path construction operators
        std::vector<std::array<long, 4>> frames;   // outlined rectangles: x, y, w, h in 0.01 pt
    };
    Group& stroke_group(const std::string& state);
    static void write_frames(Group& g);
    std::string fills_;              // filled shapes, in order: `q state re re … f Q` per run of one state
    std::string fill_state_;         // the open run's state
    const char* fill_paint_ = nullptr;   // its closing operators; null when none is open
    std::vector<Group> strokes_;     // by state, in order of first use
};

} // namespace compforms::pdf::detail
