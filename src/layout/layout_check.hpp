// Layout cannot fail silently: after layout, everything a page draws must lie inside its
// printable area, and no two lines of text may print over each other. A form that breaks
// either rule is a bug of the forms or of the layout rules (a column squeezed to nothing,
// a row taller than a page), never something to hand to a printer: the job reports each
// violation where its text stands in the source, and writes no PDF.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/document.hpp"

namespace compforms::layout {

// What "inside the page" and "over other text" mean.
struct LayoutRules {
    // The printable area: the page less this much on every side. Office printers leave
    // about 4 mm unprinted; the running header and footer sit in the margins, inside it.
    double edge = mm(5);
    // The box of a line, for overlaps: its ink from left to right, and from the baseline up
    // `above` em and down `below` em: the body of its letters. Thai stacked marks rise above
    // that into the line above and descenders reach below it, which the design allows
    // (tables use a tight leading so pdftotext keeps a cell's lines together): not counted.
    double above = 0.7;
    double below = 0.2;
    // An overlap narrower or shorter than this is rounding, not text over text (points).
    double tolerance = 0.5;
};

// Something a page would print wrongly.
struct Violation {
    enum class Kind { off_page, overlap };
    Kind kind = Kind::off_page;
    std::size_t page = 0;                        // index into Document::pages
    std::string what;                            // "text 'วิเคราะห์…'", "a rule", "a box", "a tick"
    std::optional<std::size_t> source_offset;    // where that text stands in its source
    std::string other;                           // overlap: the text it prints over
    std::optional<std::size_t> other_offset;
    std::string how;                             // off_page: "4.2 pt past the bottom edge"
};

// "text 'abc' outside the page (page 3, 4.2 pt past the bottom edge)" or
// "text 'abc' over text 'def' (page 3)": what the job puts after "the booklet would print".
std::string describe(const Violation& v);

// Checks documents one after another. The static part of a form (Page::shared) is checked
// once per run and remembered: a batch of thousands of copies costs only its values.
class LayoutChecker {
public:
    explicit LayoutChecker(LayoutRules rules = {}) : rules_(rules) {}

    // The violations of `doc` in page order, at most `limit` of them.
    std::vector<Violation> check(const Document& doc, std::size_t limit = 20);

    // A text's box for overlaps (page coordinates, y down).
    struct Box {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        const TextItem* item = nullptr;
    };

private:
    // What is known of one shared item list: its own violations (page index 0) and its
    // text boxes, sorted by top, for checking a copy's values against.
    struct SharedPart {
        std::shared_ptr<const std::vector<Item>> items;   // held, so the key stays unique
        std::vector<Violation> violations;
        std::vector<Box> boxes;
    };
    struct InkBox {
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        bool empty = true;
    };

    const SharedPart& shared(const Page& page);
    void check_items(const std::vector<Item>& items, const Page& page, std::vector<Violation>& out,
                     std::vector<Box>& boxes);
    void off_page(const InkBox& ink, const Page& page, std::string what, std::optional<std::size_t> offset,
                  std::vector<Violation>& out) const;
    InkBox ink(const TextItem& item);
    Box line_box(const TextItem& item, const InkBox& ink) const;

    LayoutRules rules_;
    std::map<const std::vector<Item>*, SharedPart> shared_;
    // Glyph extents in font units by font and glyph id: HarfBuzz asked once per glyph.
    std::unordered_map<const text::Font*, std::unordered_map<uint32_t, InkBox>> glyphs_;
};

} // namespace compforms::layout
