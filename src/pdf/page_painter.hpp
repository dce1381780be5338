// Rules, boxes and tick marks as content-stream paths (never as characters: a glyph box
// would come back in the extracted text). Items arrive in layout coordinates (top-left
// origin, y down) and leave in PDF coordinates (bottom-left origin, y up).
#pragma once

#include <string>

#include "layout/document.hpp"

namespace compforms::pdf::detail {

void paint_line(std::string& out, const layout::LineItem& item, double page_height);
void paint_rect(std::string& out, const layout::RectItem& item, double page_height);
void paint_tick(std::string& out, const layout::TickItem& item, double page_height);

} // namespace compforms::pdf::detail
