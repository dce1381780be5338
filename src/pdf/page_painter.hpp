// Rules, boxes and tick marks as content-stream paths (never as characters: a glyph box
// would come back in the extracted text). Items arrive in layout coordinates (top-left
// origin, y down) and leave in PDF coordinates (bottom-left origin, y up).
#pragma once

#include <string>

#include "layout/document.hpp"

namespace compforms::pdf::detail {

// Paints rules and rectangles, one path for each run of consecutive items that look the
// same: a table's borders are one `q … re re … re S Q` instead of a graphics state per
// cell (a sheet's 150 cells cost 1.4 KB compressed drawn one by one). Order is kept, so
// what is painted over what does not change. Coordinates are written to 0.01 pt.
class PathPainter {
public:
    PathPainter(std::string& out, double page_height) : out_(out), page_height_(page_height) {}
    ~PathPainter() { flush(); }
    PathPainter(const PathPainter&) = delete;
    PathPainter& operator=(const PathPainter&) = delete;

    void line(const layout::LineItem& item);
    void rect(const layout::RectItem& item);
    void tick(const layout::TickItem& item);
    // Ends the open path (before anything else is drawn).
    void flush();

private:
    void open(const std::string& state, const char* paint);
    std::string& out_;
    double page_height_;
    std::string state_;        // the open path's graphics state, as written after `q`
    const char* paint_ = nullptr;   // its painting operator; null when no path is open
};

} // namespace compforms::pdf::detail
