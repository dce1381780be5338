#include "layout/band.hpp"

#include <type_traits>

namespace compforms::layout {

void shift_item(Item& item, double dx, double dy) {
    std::visit(
        [&](auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, TextItem>) {
                it.x += dx;
                it.baseline += dy;
            } else if constexpr (std::is_same_v<T, LineItem>) {
                it.x1 += dx;
                it.x2 += dx;
                it.y1 += dy;
                it.y2 += dy;
            } else if constexpr (std::is_same_v<T, DestItem>) {
                it.y += dy;
            } else if constexpr (std::is_same_v<T, SlotItem>) {
                it.x += dx;
                it.baseline += dy;
            } else if constexpr (std::is_same_v<T, ReservedText>) {
                // not drawn: nowhere to move
            } else {   // RectItem, TickItem, LinkItem, FieldItem: top-left corner
                it.x += dx;
                it.y += dy;
            }
        },
        item);
}

double bands_height(const std::vector<Band>& bands, std::size_t first, std::size_t last) {
    double h = 0;
    for (std::size_t i = first; i < last && i < bands.size(); ++i) h += bands[i].height;
    return h;
}

} // namespace compforms::layout
