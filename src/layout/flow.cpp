#include "layout/flow.hpp"

namespace compforms::layout {

FlowLayouter::FlowLayouter(text::Typesetter& typesetter, const text::FontSet& fonts, PageSetup page)
    : ts_(typesetter), fonts_(fonts), page_(page) {}

void FlowLayouter::add(Block block) { blocks_.push_back(std::move(block)); }

Document FlowLayouter::finish() {
    // Stub until the flow is implemented.
    Document doc;
    doc.pages.emplace_back();
    blocks_.clear();
    return doc;
}

} // namespace compforms::layout
