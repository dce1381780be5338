#include "layout/page_builder.hpp"

#include <algorithm>
#include <string>

#include "layout/layout_error.hpp"

namespace compforms::layout {

PageBuilder::PageBuilder(Document& doc, const PageSetup& page) : doc_(doc), page_(page) {
    new_page();
}

void PageBuilder::new_page() {
    if (doc_.pages.size() >= kMaxPages)
        throw LayoutError("the document would run to more than " + std::to_string(kMaxPages) + " pages");
    Page p;
    p.width = page_.width;
    p.height = page_.height;
    doc_.pages.push_back(std::move(p));
    y_ = page_.content_top();
    at_top_ = true;
}

void PageBuilder::place(const Band& band, double x) {
    for (const auto& t : band.outline) add_outline(t, y_);
    for (Item it : band.items) {
        shift_item(it, x, y_);
        doc_.pages.back().items.push_back(std::move(it));
    }
    y_ += band.height;
    at_top_ = false;
}

void PageBuilder::add(Item item) { doc_.pages.back().items.push_back(std::move(item)); }

void PageBuilder::add_outline(const OutlineTarget& target, double y) {
    doc_.outline.push_back(OutlineEntry{target.title, target.level, page_index(), y});
}

void PageBuilder::advance(double dy) { y_ = std::min(y_ + dy, page_.content_bottom()); }

} // namespace compforms::layout
