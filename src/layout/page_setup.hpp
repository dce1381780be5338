// The page model: paper size and margins. Defaults follow Thai official papers
// (ระเบียบงานสารบรรณ practice): A4, left 30 mm, right 20 mm, top 25 mm, bottom 20 mm;
// the running header and footer live inside the top and bottom margins.
#pragma once

#include "layout/document.hpp"

namespace compforms::layout {

struct PageSetup {
    double width = kA4Width;
    double height = kA4Height;
    double margin_left = mm(30);
    double margin_right = mm(20);
    double margin_top = mm(25);
    double margin_bottom = mm(20);

    double content_left() const { return margin_left; }
    double content_right() const { return width - margin_right; }
    double content_top() const { return margin_top; }
    double content_bottom() const { return height - margin_bottom; }
    double content_width() const { return content_right() - content_left(); }
    double content_height() const { return content_bottom() - content_top(); }
};

} // namespace compforms::layout
