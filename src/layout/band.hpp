// A band: an unbreakable horizontal strip of a block (one text line, a rule, a row of
// check boxes), with its items positioned relative to the band's top-left corner.
// The flow stacks bands and breaks pages only between them.
#pragma once

#include <string>
#include <vector>

#include "layout/block_types.hpp"
#include "layout/document.hpp"

namespace compforms::layout {

struct Band {
    double height = 0;
    std::vector<Item> items;               // y relative to the band's top, x to its column's left
    bool break_before = true;              // may a page break fall just above this band?
    std::vector<OutlineTarget> outline;    // bookmarks at the band's top
};

// Moves an item by (dx, dy).
void shift_item(Item& item, double dx, double dy);

// Sum of the heights of bands [first, last).
double bands_height(const std::vector<Band>& bands, std::size_t first, std::size_t last);

} // namespace compforms::layout
