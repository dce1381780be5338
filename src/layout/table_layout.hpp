// Paginates a Table onto pages: header rows repeated at the top of every page, rows that
// do not fit moved whole to the next page, a row taller than a page split between lines
// (each cell cut at the same line boundary, borders closed on both pages), cells that span
// rows continued on the next page under their continued_label.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "layout/band.hpp"
#include "layout/page_builder.hpp"
#include "layout/table.hpp"
#include "layout/text_setter.hpp"

namespace compforms::layout {

class TableLayout {
public:
    // Measures and sets every cell. Throws LayoutError for a table without columns, a row
    // with more cells than columns, a relative column left narrower than the table's
    // min_relative_width, or header rows taller than half of `page_content_height`.
    TableLayout(const TextSetter& setter, const Table& table, double content_width, double page_content_height);

    // Room the table needs where it starts: header rows plus the first row (or, for a
    // row taller than a page, its first lines).
    double min_start_height(double page_content_height) const;
    // Places the table at the builder's cursor, its left edge at x_origin + left_indent,
    // adding pages as needed; the cursor ends below the table. With Table::keep_with_next,
    // the last row goes to a page that also has `trailing` points below it for the block
    // that follows.
    void place(PageBuilder& pb, double x_origin, double trailing = 0);

    const std::vector<double>& column_widths() const { return col_w_; }

private:
    struct CellBox {
        int row = 0, col = 0, rowspan = 1, colspan = 1;
        double x = 0, w = 0;
        std::vector<Band> bands;   // content; x relative to the cell's inner left, y stacked
        std::vector<Band> label;   // continued_label, for a continuation on a later page
        VAlign valign = VAlign::top;
        std::optional<Color> fill;
        std::string link;
        bool link_words = false;
        // link_words: the cell's words, whole; a word wrapped over lines links each of its
        // pieces to the whole word (link_next: the word the next piece belongs to,
        // link_used: how much of it the pieces so far took).
        std::vector<std::string> link_targets;
        std::size_t link_next = 0, link_used = 0;
        std::vector<std::string> dests;
        std::size_t next = 0;      // first band not drawn yet
        bool started = false;      // drawn on an earlier page already
    };
    struct Section {
        std::vector<CellBox> cells;
        std::vector<std::vector<int>> starting;   // per row: cells whose first row it is
        std::vector<std::vector<int>> covering;   // per row: cells that cover it
        std::vector<double> own;                  // per row: height its single-row cells need
        std::vector<const Row*> rows;
    };
    // A body row's piece on the current page.
    struct RowSeg {
        int row = 0;
        double h = 0;
        bool split = false;
    };
    // The page being filled: the row pieces on it and the room left under them.
    struct Pager {
        PageBuilder& pb;
        double x0;
        std::vector<RowSeg> segs;
        double avail;
        bool fresh;        // nothing of the table or above it on this page yet
        int cont = -1;     // the group heading whose continuation row heads this page, or -1
        double trailing;   // room the block after the table needs below its last row
    };

    Section build_section(const std::vector<Row>& rows, bool header);
    CellBox set_cell(const Cell& cell, int row, int col, int rowspan, int colspan) const;
    double need(const CellBox& c) const;
    double row_need(int r, const std::vector<RowSeg>& on_page) const;
    bool fits_all(const CellBox& c, double h) const { return need(c) <= h + 1e-6; }

    // Pagination (table_layout.cpp): each returns the row to place next.
    int place_row(Pager& p, int r, double full_avail);
    int split_row(Pager& p, int r, double h);
    int back_off(int r, std::vector<RowSeg>& segs) const;
    // What must fit below row r on its page: the row it is kept with, or the trailing block.
    double kept_below(const Pager& p, int r) const;
    void flush(Pager& p, int next_row);
    void start_page(Pager& p, int next_row) const;

    // Drawing (table_cells.cpp).
    void emit_header(PageBuilder& pb, double x0, double y0);
    void emit_body(PageBuilder& pb, double x0, double y0, const std::vector<RowSeg>& segs, int cont = -1);
    void emit_continuation(int heading, double x0, double y0, std::vector<Item>& fills, std::vector<Item>& content,
                           std::vector<Item>& borders);
    void draw_cell(CellBox& c, double x0, double top, double h, bool whole, bool fresh_page,
                   std::vector<Item>& fills, std::vector<Item>& content, std::vector<Item>& borders);

    const TextSetter& setter_;
    const Table& t_;
    double width_ = 0;
    std::vector<double> col_w_;
    std::vector<double> col_x_;
    Section header_;
    Section body_;
    std::vector<double> header_h_;
    double header_total_ = 0;
    std::vector<bool> row_started_;
    std::map<int, Section> continuations_;   // by heading row: its continuation, laid out
    double max_continuation_ = 0;
    Band caption_;             // Table::continued_caption, set; empty without one
    double caption_h_ = 0;
};

} // namespace compforms::layout
