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

namespace compforms::layout {

struct ColumnWidth {
    enum class Kind { fixed, relative, content };
    Kind kind = Kind::relative;
    double value = 1;      // fixed: points; relative: share of the width left after fixed/content columns
    double max = 0;        // content: cap in points (0 = no cap beyond the table width)

    static ColumnWidth fixed_pt(double pt) { return {Kind::fixed, pt, 0}; }
    static ColumnWidth relative(double share) { return {Kind::relative, share, 0}; }
    // As wide as the widest unbroken text of the column's single-column cells, up to max_pt.
    static ColumnWidth from_content(double max_pt) { return {Kind::content, 0, max_pt}; }
};

enum class VAlign { top, middle };

struct CellParagraph {
    std::string text;
    TextStyle style;
    text::Align align = text::Align::left;
};

using CellContent = std::variant<CellParagraph, CheckBoxRow>;

struct Cell {
    std::vector<CellContent> content;    // paragraphs / check-box rows, stacked
    int colspan = 1;
    int rowspan = 1;
    VAlign valign = VAlign::top;
    std::optional<Color> fill;           // shading (header rows get Table::header_fill)
    std::string link_dest;               // the cell's text links to this named destination
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
    Cell& dest(std::string name) { dests.push_back(std::move(name)); return *this; }
};

struct Row {
    std::vector<Cell> cells;             // left to right, skipping columns covered by a rowspan above
    std::optional<OutlineTarget> outline;
    std::vector<std::string> dests;      // named destinations at the row's top
    std::optional<Color> fill;           // shading for every cell of the row

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
    Color header_fill{0.88, 0.88, 0.88};
    double left_indent = 0;
    double width = 0;                    // 0 = the content box's width minus left_indent
    double space_before = 4;
    double space_after = 4;
};

} // namespace compforms::layout
