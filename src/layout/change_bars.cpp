#include "layout/change_bars.hpp"

namespace compforms::layout {

LineItem change_bar(double x, double top, double bottom) {
    LineItem bar;
    bar.x1 = bar.x2 = x;
    bar.y1 = top;
    bar.y2 = bottom;
    bar.width = kChangeBarWidth;
    return bar;
}

void add_change_bars(std::vector<Band>& bands, std::size_t from, std::size_t to, double x) {
    for (std::size_t i = from; i < to && i < bands.size(); ++i)
        if (bands[i].height > 0) bands[i].items.push_back(change_bar(x, 0, bands[i].height));
}

} // namespace compforms::layout
