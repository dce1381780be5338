#include "layout/table.hpp"

namespace compforms::layout {

Cell& Cell::from(TextOrigin origin) {
    if (!content.empty())
        if (auto* p = std::get_if<CellParagraph>(&content.front())) p->origin = std::move(origin);
    return *this;
}

} // namespace compforms::layout
