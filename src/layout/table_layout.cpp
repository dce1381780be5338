#include "layout/table_layout.hpp"

#include <algorithm>
#include <numeric>

#include "layout/check_box_layout.hpp"
#include "layout/layout_error.hpp"
#include "layout/table_grid.hpp"

namespace compforms::layout {
namespace {

constexpr double kEps = 1e-6;

} // namespace

TableLayout::TableLayout(const TextSetter& setter, const Table& table, double content_width,
                         double page_content_height)
    : setter_(setter), t_(table) {
    const int ncols = static_cast<int>(t_.columns.size());
    if (ncols == 0) throw LayoutError("a table needs at least one column");
    width_ = t_.width > 0 ? t_.width : content_width - t_.left_indent;
    col_w_ = layout::column_widths(t_.columns, width_);
    for (std::size_t i = 0; i < col_w_.size(); ++i)
        if (t_.columns[i].kind == ColumnWidth::Kind::relative && col_w_[i] < t_.min_relative_width)
            throw LayoutError("the table's other columns leave column " + std::to_string(i + 1) + " " +
                              std::to_string(static_cast<int>(col_w_[i])) + " pt of the " +
                              std::to_string(static_cast<int>(width_)) + " pt width; it needs " +
                              std::to_string(static_cast<int>(t_.min_relative_width)));
    col_x_.assign(col_w_.size(), 0);
    for (std::size_t i = 1; i < col_w_.size(); ++i) col_x_[i] = col_x_[i - 1] + col_w_[i - 1];

    header_ = build_section(t_.header_rows, true);
    body_ = build_section(t_.rows, false);

    // Header rows are never split: fixed heights, grown for their row spans.
    header_h_ = header_.own;
    for (const auto& c : header_.cells) {
        if (c.rowspan < 2) continue;
        double have = 0;
        for (int r = c.row; r < c.row + c.rowspan; ++r) have += header_h_[r];
        const double n = need(c);
        if (n > have) header_h_[c.row + c.rowspan - 1] += n - have;
    }
    header_total_ = std::accumulate(header_h_.begin(), header_h_.end(), 0.0);
    for (std::size_t r = 0; r < t_.rows.size(); ++r) {
        if (t_.rows[r].continuation.empty()) continue;
        Row cont(t_.rows[r].continuation);
        cont.fill = t_.rows[r].fill;
        const std::vector<Row> rows = {cont};
        Section s = build_section(rows, false);
        s.rows.clear();   // the Row above goes away; nothing reads it back
        max_continuation_ = std::max(max_continuation_, s.own[0]);
        continuations_.emplace(static_cast<int>(r), std::move(s));
    }
    // Header rows repeat on every page: taller than half a page, they leave no room.
    if (header_total_ > page_content_height / 2)
        throw LayoutError("the table's header rows are " + std::to_string(static_cast<int>(header_total_)) +
                          " pt tall, more than half a page");
    row_started_.assign(body_.rows.size(), false);
    if (!t_.continued_caption.empty()) {
        caption_ = setter_.line_band(t_.continued_caption, t_.caption_style, 0);
        caption_h_ = caption_.height + t_.space_before;
        caption_.height = caption_h_;
    }
}

TableLayout::CellBox TableLayout::set_cell(const Cell& cell, int row, int col, int rowspan, int colspan) const {
    CellBox c;
    c.row = row;
    c.col = col;
    c.rowspan = rowspan;
    c.colspan = colspan;
    c.x = col_x_[col];
    for (int j = 0; j < colspan; ++j) c.w += col_w_[col + j];
    const double inner = std::max(1.0, c.w - 2 * t_.padding_x);
    for (const auto& item : cell.content) {
        if (!c.bands.empty() && t_.paragraph_gap > 0) {
            Band gap;
            gap.height = t_.paragraph_gap;
            c.bands.push_back(std::move(gap));
        }
        std::vector<Band> part;
        if (const auto* p = std::get_if<CellParagraph>(&item)) {
            part = setter_.paragraph(p->text, p->style, 0, inner, p->align, 0, p->origin);
            if (!p->marks.empty()) draw_marks(part, p->text, p->marks, p->style);
        } else
            part = check_box_bands(setter_, std::get<CheckBoxRow>(item), inner);
        for (auto& b : part) c.bands.push_back(std::move(b));
    }
    if (!cell.continued_label.empty()) {
        TextStyle ls;
        if (!cell.content.empty())
            if (const auto* p = std::get_if<CellParagraph>(&cell.content.front())) ls = p->style;
        c.label = setter_.paragraph(cell.continued_label, ls, 0, inner, text::Align::left);
    }
    c.valign = cell.valign;
    c.link = cell.link_dest;
    c.link_words = cell.link_words;
    if (c.link_words)
        for (const auto& content : cell.content)
            if (const auto* p = std::get_if<CellParagraph>(&content))
                for (std::size_t at = 0; at < p->text.size();) {
                    const std::size_t end = std::min(p->text.find(' ', at), p->text.size());
                    if (end > at) c.link_targets.push_back(p->text.substr(at, end - at));
                    at = end + 1;
                }
    c.dests = cell.dests;
    return c;
}

TableLayout::Section TableLayout::build_section(const std::vector<Row>& rows, bool header) {
    Section s;
    for (const auto& r : rows) s.rows.push_back(&r);
    s.starting.resize(rows.size());
    s.covering.resize(rows.size());
    s.own.assign(rows.size(), std::max(header ? 0.0 : t_.min_row_height, 2 * t_.padding_y));
    for (const GridCell& g : place_in_grid(rows, static_cast<int>(t_.columns.size()), header ? "header" : "body")) {
        CellBox c = set_cell(*g.cell, g.row, g.col, g.rowspan, g.colspan);
        c.fill = g.cell->fill ? g.cell->fill : rows[g.row].fill;
        if (!c.fill && header) c.fill = t_.header_fill;
        const int idx = static_cast<int>(s.cells.size());
        s.starting[g.row].push_back(idx);
        for (int i = 0; i < g.rowspan; ++i) s.covering[g.row + i].push_back(idx);
        if (g.rowspan == 1) s.own[g.row] = std::max(s.own[g.row], need(c));
        s.cells.push_back(std::move(c));
    }
    return s;
}

double TableLayout::need(const CellBox& c) const {
    double h = 2 * t_.padding_y + bands_height(c.bands, c.next, c.bands.size());
    if (c.started && !c.label.empty()) h += bands_height(c.label, 0, c.label.size()) + t_.paragraph_gap;
    return h;
}

double TableLayout::row_need(int r, const std::vector<RowSeg>& on_page) const {
    double h = 0;
    for (int idx : body_.starting[r])
        if (body_.cells[idx].rowspan == 1) h = std::max(h, need(body_.cells[idx]));
    h = std::max(h, std::max(t_.min_row_height, 2 * t_.padding_y));
    // The last row of a spanning cell grows until the cell's content fits its segment.
    for (int idx : body_.covering[r]) {
        const CellBox& c = body_.cells[idx];
        if (c.rowspan < 2 || c.row + c.rowspan - 1 != r) continue;
        double have = 0;
        for (const auto& s : on_page)
            if (s.row >= c.row && s.row < r) have += s.h;
        h = std::max(h, need(c) - have);
    }
    return h;
}

double TableLayout::min_start_height(double page_content_height) const {
    if (body_.rows.empty()) return header_total_;
    const double first = row_need(0, {});
    // The first row with the row it is kept with, as place_row keeps them, when a page holds both.
    if (body_.rows.size() > 1 && t_.rows.front().keep_with_next) {
        const double both = first + row_need(1, {RowSeg{0, first, false}});
        if (both <= page_content_height - header_total_ + kEps) return header_total_ + both;
    }
    if (first <= page_content_height - header_total_ + kEps) return header_total_ + first;
    // A row taller than a page is split anyway: its first lines are enough to start.
    double first_line = 2 * t_.padding_y;
    for (int idx : body_.starting[0]) {
        const auto& c = body_.cells[idx];
        if (!c.bands.empty()) first_line = std::max(first_line, 2 * t_.padding_y + c.bands[0].height);
    }
    return header_total_ + first_line;
}

void TableLayout::place(PageBuilder& pb, double x_origin, double trailing) {
    Pager p{pb, x_origin + t_.left_indent, {}, pb.remaining() - header_total_, pb.at_top(), -1,
            t_.keep_with_next ? trailing : 0};
    const int n = static_cast<int>(body_.rows.size());
    if (n == 0) {
        if (header_total_ > pb.remaining() && !pb.at_top()) pb.new_page();
        emit_body(pb, p.x0, pb.y(), p.segs);
        return;
    }
    const double full_avail = pb.setup().content_height() - header_total_ - max_continuation_ - caption_h_;
    for (int r = 0; r < n;) r = place_row(p, r, full_avail);
    if (!p.segs.empty()) emit_body(pb, p.x0, pb.y(), p.segs, p.cont);
}

double TableLayout::kept_below(const Pager& p, int r) const {
    const int n = static_cast<int>(body_.rows.size());
    if (r + 1 == n) return p.trailing;
    if (!t_.rows[static_cast<std::size_t>(r)].keep_with_next) return 0;
    std::vector<RowSeg> with = p.segs;
    with.push_back(RowSeg{r, row_need(r, p.segs), false});
    return row_need(r + 1, with);
}

int TableLayout::place_row(Pager& p, int r, double full_avail) {
    const double h = row_need(r, p.segs);
    // A row that fits but not with what it is kept with goes on with it, unless the page
    // holds nothing else of the table and is a fresh one (then it stays: moving would not
    // help). The table's first row kept with the next moves on with the header.
    if (h <= p.avail + kEps && h + kept_below(p, r) > p.avail + kEps && h + kept_below(p, r) <= full_avail + kEps) {
        if (!p.segs.empty()) {
            const int b = back_off(r, p.segs);
            flush(p, b);
            return b;
        }
        if (!p.fresh) {
            start_page(p, r);
            return r;
        }
    }
    if (h <= p.avail + kEps) {
        p.segs.push_back(RowSeg{r, h, false});
        p.avail -= h;
        return r + 1;
    }
    const bool taller_than_page = h > full_avail + kEps;
    if (!p.segs.empty() && !taller_than_page) {
        const int b = back_off(r, p.segs);
        flush(p, b);
        return b;
    }
    if (!taller_than_page && !p.fresh) {
        start_page(p, r);   // the table's header and first row move on together
        return r;
    }
    return split_row(p, r, h);
}

// The page breaks before row r; but a cell spanning across the break whose content does
// not fit above it moves down with its first row, when rows precede that row here. Drops
// the moved rows from `segs` and returns the first row of the next page.
int TableLayout::back_off(int r, std::vector<RowSeg>& segs) const {
    int b = r;
    for (bool changed = true; changed;) {
        changed = false;
        const int first_row = segs.front().row;
        for (int idx : body_.covering[b]) {
            const CellBox& c = body_.cells[idx];
            if (c.row >= b || c.row <= first_row) continue;
            double seg_h = 0;
            for (const auto& s : segs)
                if (s.row >= c.row && s.row < b) seg_h += s.h;
            if (!fits_all(c, seg_h)) {
                b = c.row;
                changed = true;
            }
        }
        while (!segs.empty() && segs.back().row >= b) segs.pop_back();
    }
    return b;
}

// Row r is taller than a page: split it at a line boundary, starting here if a line fits.
int TableLayout::split_row(Pager& p, int r, double h) {
    double first_line = 0;
    for (int idx : body_.covering[r]) {
        const CellBox& c = body_.cells[idx];
        if (c.next < c.bands.size()) first_line = std::max(first_line, 2 * t_.padding_y + c.bands[c.next].height);
    }
    if (first_line == 0) {
        // Nothing left to set (a blank row taller than a page): clamp it to the room.
        const double clamped = std::max(0.0, std::min(h, p.avail));
        p.segs.push_back(RowSeg{r, clamped, false});
        p.avail -= clamped;
        return r + 1;
    }
    if (first_line > p.avail + kEps && !p.segs.empty()) {
        flush(p, r);
        return r;
    }
    if (first_line > p.avail + kEps && !p.fresh) {
        start_page(p, r);
        return r;
    }
    p.segs.push_back(RowSeg{r, std::max(p.avail, 0.0), true});
    flush(p, r);
    return r;
}

void TableLayout::flush(Pager& p, int next_row) {
    emit_body(p.pb, p.x0, p.pb.y(), p.segs, p.cont);
    p.segs.clear();
    start_page(p, next_row);
}

void TableLayout::start_page(Pager& p, int next_row) const {
    p.pb.new_page();
    if (caption_h_ > 0) p.pb.place(caption_, p.x0);
    p.avail = p.pb.remaining() - header_total_;
    p.fresh = true;
    // A page that starts inside a group repeats the group's heading, continued.
    p.cont = -1;
    const int heading = t_.rows[static_cast<std::size_t>(next_row)].group_heading;
    if (heading >= 0 && heading != next_row && continuations_.count(heading)) {
        p.cont = heading;
        p.avail -= continuations_.at(heading).own[0];
    }
}

} // namespace compforms::layout
