// Block flow: a sequence of blocks → pages of positioned items (layout::Document).
// Paragraphs break between lines (at least 2 lines at a page foot and at a page head),
// headings stay with what follows, tables repeat their header rows and move rows that
// do not fit to the next page whole.
#pragma once

#include <vector>

#include "layout/block.hpp"
#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::layout {

class FlowLayouter {
public:
    // The typesetter and fonts must outlive the Document made (its TextLines point at the fonts).
    FlowLayouter(text::Typesetter& typesetter, const text::FontSet& fonts, PageSetup page = {});

    void add(Block block);
    // Lays out every block added so far into a new Document (at least one page) and
    // clears the queue. Throws text::MissingGlyphError for a character the font lacks.
    Document finish();

    const PageSetup& page_setup() const { return page_; }

private:
    text::Typesetter& ts_;
    const text::FontSet& fonts_;
    PageSetup page_;
    std::vector<Block> blocks_;
};

} // namespace compforms::layout
