// A table as data: columns, a header row (or rows) repeated on every page, body rows
// with cells that may span rows and columns. FlowLayouter paginates it (see
// table_layout.hpp): a row that does not fit moves whole to the next page; only a row
// taller than a full page splits, between lines.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "layout/block_types.hpp"
#include "layout/text_marks.hpp"

namespace compforms::layout {

// A column is fixed (in points; forms measure codes and heads themselves) or takes a share
// of the width the fixed columns leave.
struct ColumnWidth {
    enum class Kind { fixed, relative };
    Kind kind = Kind::relative;
    double value = 1;      // fixed: points; relative: share of the width left after fixed columns

    static ColumnWidth fixed_pt(double pt) { return {Kind::fixed, pt}; }
    static ColumnWidth relative(double share) { return {Kind::relative, share}; }
};

enum class VAlign { top, middle };

struct CellParagraph {
    std::string text;
    TextStyle style;
    text::Align align = text::Align::left;
    TextOrigin origin;   // where the text stands in its source, when it came from one
    std::vector<TextMark> marks;   // words struck through or underlined (text_marks.hpp)

    CellParagraph(std::string t, TextStyle st = {}, text::Align a = text::Align::left, TextOrigin o = {})
        : text(std::move(t)), style(st), align(a), origin(std::move(o)) {}
};

using CellContent = std::variant<CellParagraph, CheckBoxRow>;

struct Cell {
    std::vector<CellContent> content;    // paragraphs / check-box rows, stacked
    int colspan = 1;
    int rowspan = 1;
    VAlign valign = VAlign::top;
    std::optional<Color> fill;           // shading (header rows get Table::header_fill)
    std::string link_dest;               // the cell's text links to this named destination
    bool link_words = false;             // each word links to the destination it names (codes)
    std::vector<std::string> dests;      // named destinations at the cell's top (e.g. a PC code)
    // Printed at the top of a spanning cell's continuation on the next page, e.g.
    // "DL101 (ต่อ)". Empty = the continuation is left blank.
    std::string continued_label;

    Cell() = default;
    // A cell holding one paragraph.
    Cell(std::string text, TextStyle style = {}, text::Align align = text::Align::left)
        : content{CellParagraph{std::move(text), style, align}} {}
    Cell(CheckBoxRow boxes) : content{std::move(boxes)} {}

    Cell& span_rows(int n) { rowspan = n; return *this; }
    Cell& span_cols(int n) { colspan = n; return *this; }
    Cell& middle() { valign = VAlign::middle; return *this; }
    Cell& link(std::string dest) { link_dest = std::move(dest); return *this; }
    Cell& link_each_word() { link_words = true; return *this; }
    Cell& dest(std::string name) { dests.push_back(std::move(name)); return *this; }
    // The origin of the text of the cell's first paragraph.
    Cell& from(TextOrigin origin);
};

struct Row {
    std::vector<Cell> cells;             // left to right, skipping columns covered by a rowspan above
    std::optional<OutlineTarget> outline;
    std::vector<std::string> dests;      // named destinations at the row's top
    std::optional<Color> fill;           // shading for every cell of the row
    // Never end a page with this row: it moves to the next page with the row after it (a
    // group's heading row with its first row).
    bool keep_with_next = false;
    // The body row that heads this row's group (e.g. its element's heading row), or -1. A
    // page that starts inside a group repeats the heading's `continuation` row first.
    int group_heading = -1;
    // For a heading row: what a page that continues its group prints above its rows
    // ("DL101 … (ต่อ)"); single-row cells only.
    std::vector<Cell> continuation;
    // A bar in the outer margin beside the row, on every page it takes (change_bars.hpp).
    bool change_bar = false;

    Row() = default;
    Row(std::vector<Cell> cs) : cells(std::move(cs)) {}
};

struct Table {
    std::vector<ColumnWidth> columns;
    std::vector<Row> header_rows;        // repeated at the top of every page the table reaches
    std::vector<Row> rows;
    double padding_x = 4;                // points, each side
    double padding_y = 2;
    double paragraph_gap = 2;            // between stacked contents of a cell
    double border_width = 0.5;
    double min_row_height = 0;           // points, body rows only (rows left blank to write in)
    // The least width a relative column may be left with: narrower, its text would set a
    // glyph or two a line, and the table would run to thousands of pages.
    double min_relative_width = 36;
    Color header_fill{0.88, 0.88, 0.88};
    double left_indent = 0;
    double width = 0;                    // 0 = the content box's width minus left_indent
    double space_before = 4;
    double space_after = 4;
    // Never end a page with the table's last row: it moves to the next page with the start
    // of the block after the table (a signature block never stands alone).
    bool keep_with_next = false;
    // Printed above the header rows on every page the table continues to: the heading the
    // table stands under, marked continued ("(ข) หลักฐานความรู้ (ต่อ)"), so a page that
    // starts inside the table says what it continues.
    std::string continued_caption;
    TextStyle caption_style;
};

} // namespace compforms::layout
