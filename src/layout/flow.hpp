// Block flow: a sequence of blocks → pages of positioned items (layout::Document).
// Paragraphs break between lines (at least 2 lines at a page foot and at a page head),
// headings stay with what follows, tables repeat their header rows and move rows that
// do not fit to the next page whole.
#pragma once

#include <vector>

#include "layout/block.hpp"
#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "layout/text_setter.hpp"

namespace compforms::layout {

class FlowLayouter {
public:
    // The setter's fonts must outlive the Document made (its TextLines point at them).
    explicit FlowLayouter(const TextSetter& setter, PageSetup page = {});

    void add(Block block);
    // Lays out every block added so far into a new Document (at least one page) and
    // clears the queue. Throws UnprintableText for a character the font lacks.
    Document finish();

    const PageSetup& page_setup() const { return page_; }

private:
    const TextSetter& setter_;
    PageSetup page_;
    std::vector<Block> blocks_;
};

} // namespace compforms::layout
