// The page being filled: a cursor moving down the content box of the current page,
// and the Document the pages go into. Blocks ask how much room is left and place bands.
#pragma once

#include <cstddef>
#include <string>

#include "layout/band.hpp"
#include "layout/document.hpp"
#include "layout/page_setup.hpp"

namespace compforms::layout {

class PageBuilder {
public:
    // Far more than any unit needs (a 480-PC unit with 2,400-character criteria lays out in
    // about a thousand): past it the input is hostile or broken, and the layout stops with
    // a LayoutError instead of eating the machine's memory.
    static constexpr std::size_t kMaxPages = 5000;

    // Starts the first page.
    PageBuilder(Document& doc, const PageSetup& page);

    const PageSetup& setup() const { return page_; }
    double y() const { return y_; }
    double remaining() const { return page_.content_bottom() - y_; }
    // True while nothing has been placed on the current page.
    bool at_top() const { return at_top_; }
    std::size_t page_index() const { return doc_.pages.size() - 1; }

    void new_page();
    // Places a band at the cursor, its x origin at `x` (absolute), and moves the cursor down.
    void place(const Band& band, double x);
    // Adds an item in absolute page coordinates to the current page.
    void add(Item item);
    void add_outline(const OutlineTarget& target, double y);
    // Moves the cursor down, never past the content box's bottom.
    void advance(double dy);
    void mark_used() { at_top_ = false; }

private:
    Document& doc_;
    PageSetup page_;
    double y_ = 0;
    bool at_top_ = true;
};

} // namespace compforms::layout
