// Change bars: a vertical rule in the outer margin beside each line of what a revised
// edition changed (booklet --previous), as revised standards mark their changes. The booklet
// prints one-sided with its binding margin at the left, so the outer margin is the right one.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/band.hpp"

namespace compforms::layout {

constexpr double kChangeBarGap = mm(5);   // from the content box's right edge to the bar
constexpr double kChangeBarWidth = 1.5;

// The bar from `top` to `bottom` at `x`, drawn as a path.
LineItem change_bar(double x, double top, double bottom);

// Adds a bar to each of bands [from, to), its full height, at `x` relative to the bands'
// column (the content box's width plus kChangeBarGap).
void add_change_bars(std::vector<Band>& bands, std::size_t from, std::size_t to, double x);

} // namespace compforms::layout
