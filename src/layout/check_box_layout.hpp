// Sets a row of check boxes (squares drawn as paths, a tick path in the ticked ones,
// labels after them) into bands of the given width, wrapping when needed.
#pragma once

#include <vector>

#include "layout/band.hpp"
#include "layout/block_types.hpp"
#include "layout/text_setter.hpp"

namespace compforms::layout {

// x in the bands is relative to the column's left edge (left_indent included); spacing
// before/after is not included.
std::vector<Band> check_box_bands(const TextSetter& setter, const CheckBoxRow& row, double width);

// The width of the row set on one line (for content-sized table columns).
double check_box_natural_width(const TextSetter& setter, const CheckBoxRow& row);

} // namespace compforms::layout
