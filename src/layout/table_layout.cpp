#include "layout/table_layout.hpp"

#include <algorithm>
#include <numeric>

#include "layout/check_box_layout.hpp"
#include "layout/layout_error.hpp"

namespace compforms::layout {
namespace {

constexpr double kEps = 1e-6;

struct GridCell {
    const Cell* cell = nullptr;
    int row = 0, col = 0, rowspan = 1, colspan = 1;
};

// Assigns each cell its column: left to right, skipping columns a rowspan above covers.
std::vector<GridCell> place_in_grid(const std::vector<Row>& rows, int ncols, const char* what) {
    std::vector<GridCell> out;
    std::vector<std::vector<bool>> used(rows.size(), std::vector<bool>(ncols, false));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        int col = 0;
        for (const Cell& cell : rows[r].cells) {
            while (col < ncols && used[r][col]) ++col;
            const int cs = std::max(1, cell.colspan);
            if (col + cs > ncols)
                throw LayoutError(std::string("table ") + what + " row " + std::to_string(r + 1) +
                                  " has more cells than the table's " + std::to_string(ncols) +
                                  " columns");
            const int rs = std::clamp(cell.rowspan, 1, static_cast<int>(rows.size() - r));
            for (int i = 0; i < rs; ++i)
                for (int j = 0; j < cs; ++j) used[r + i][col + j] = true;
            out.push_back(GridCell{&cell, static_cast<int>(r), col, rs, cs});
            col += cs;
        }
        // Columns nobody covers get an empty cell, so the grid's borders stay closed.
        for (int c = 0; c < ncols; ++c)
            if (!used[r][c]) {
                static const Cell empty;
                used[r][c] = true;
                out.push_back(GridCell{&empty, static_cast<int>(r), c, 1, 1});
            }
    }
    return out;
}

double content_natural_width(const TextKit& kit, const CellContent& content) {
    if (const auto* p = std::get_if<CellParagraph>(&content)) return kit.width(p->text, p->style);
    return check_box_natural_width(kit, std::get<CheckBoxRow>(content));
}

} // namespace

TableLayout::TableLayout(const TextKit& kit, const Table& table, double content_width)
    : kit_(kit), t_(table) {
    const int ncols = static_cast<int>(t_.columns.size());
    if (ncols == 0) throw LayoutError("a table needs at least one column");
    width_ = t_.width > 0 ? t_.width : content_width - t_.left_indent;

    // Column widths from the single-column cells of both sections.
    std::vector<std::vector<const Cell*>> by_col(ncols);
    for (const auto* rows : {&t_.header_rows, &t_.rows})
        for (const auto& g : place_in_grid(*rows, ncols, rows == &t_.rows ? "body" : "header"))
            if (g.colspan == 1) by_col[g.col].push_back(g.cell);
    compute_widths(by_col);

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
    row_started_.assign(body_.rows.size(), false);
}

void TableLayout::compute_widths(const std::vector<std::vector<const Cell*>>& by_col) {
    const std::size_t n = t_.columns.size();
    col_w_.assign(n, 0);
    double fixed = 0, content = 0, shares = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const ColumnWidth& cw = t_.columns[i];
        if (cw.kind == ColumnWidth::Kind::fixed) {
            col_w_[i] = cw.value;
            fixed += cw.value;
        } else if (cw.kind == ColumnWidth::Kind::content) {
            double w = 0;
            for (const Cell* c : by_col[i])
                for (const auto& content_item : c->content)
                    w = std::max(w, content_natural_width(kit_, content_item));
            w += 2 * t_.padding_x + t_.border_width;
            const double cap = cw.max > 0 ? std::min(cw.max, width_) : width_;
            col_w_[i] = std::min(w, cap);
            content += col_w_[i];
        } else {
            shares += std::max(0.0, cw.value);
        }
    }
    double rest = width_ - fixed - content;
    if (rest < 0 && content > 0) {
        // Content-sized columns give way first.
        const double scale = std::max(0.0, width_ - fixed) / content;
        for (std::size_t i = 0; i < n; ++i)
            if (t_.columns[i].kind == ColumnWidth::Kind::content) col_w_[i] *= scale;
        rest = std::max(0.0, width_ - fixed - content * scale);
    }
    if (shares > 0) {
        for (std::size_t i = 0; i < n; ++i)
            if (t_.columns[i].kind == ColumnWidth::Kind::relative)
                col_w_[i] = rest * std::max(0.0, t_.columns[i].value) / shares;
    } else if (rest > 0) {
        col_w_[n - 1] += rest;   // no relative column: the last one takes the slack
    }
    const double sum = std::accumulate(col_w_.begin(), col_w_.end(), 0.0);
    if (sum > width_ + kEps)
        for (auto& w : col_w_) w *= width_ / sum;
    col_x_.assign(n, 0);
    for (std::size_t i = 1; i < n; ++i) col_x_[i] = col_x_[i - 1] + col_w_[i - 1];
}

TableLayout::Section TableLayout::build_section(const std::vector<Row>& rows, bool header) {
    const int ncols = static_cast<int>(t_.columns.size());
    Section s;
    for (const auto& r : rows) s.rows.push_back(&r);
    s.starting.resize(rows.size());
    s.covering.resize(rows.size());
    s.own.assign(rows.size(), std::max(header ? 0.0 : t_.min_row_height, 2 * t_.padding_y));
    for (const auto& g : place_in_grid(rows, ncols, header ? "header" : "body")) {
        CellBox c;
        c.row = g.row;
        c.col = g.col;
        c.rowspan = g.rowspan;
        c.colspan = g.colspan;
        c.x = col_x_[g.col];
        c.w = 0;
        for (int j = 0; j < g.colspan; ++j) c.w += col_w_[g.col + j];
        const double inner = std::max(1.0, c.w - 2 * t_.padding_x);
        for (const auto& item : g.cell->content) {
            if (!c.bands.empty() && t_.paragraph_gap > 0) {
                Band gap;
                gap.height = t_.paragraph_gap;
                c.bands.push_back(std::move(gap));
            }
            std::vector<Band> part;
            if (const auto* p = std::get_if<CellParagraph>(&item))
                part = kit_.paragraph(p->text, p->style, 0, inner, p->align);
            else
                part = check_box_bands(kit_, std::get<CheckBoxRow>(item), inner);
            for (auto& b : part) c.bands.push_back(std::move(b));
        }
        if (!g.cell->continued_label.empty()) {
            TextStyle ls;
            if (!g.cell->content.empty())
                if (const auto* p = std::get_if<CellParagraph>(&g.cell->content.front())) ls = p->style;
            c.label = kit_.paragraph(g.cell->continued_label, ls, 0, inner, text::Align::left);
        }
        c.valign = g.cell->valign;
        c.fill = g.cell->fill ? g.cell->fill : rows[g.row].fill;
        if (!c.fill && header) c.fill = t_.header_fill;
        c.link = g.cell->link_dest;
        c.dests = g.cell->dests;
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

bool TableLayout::fits_all(const CellBox& c, double h) const { return need(c) <= h + kEps; }

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
    if (first <= page_content_height - header_total_ + kEps) return header_total_ + first;
    // A row taller than a page is split anyway: its first lines are enough to start.
    double first_line = 2 * t_.padding_y;
    for (int idx : body_.starting[0]) {
        const auto& c = body_.cells[idx];
        if (!c.bands.empty()) first_line = std::max(first_line, 2 * t_.padding_y + c.bands[0].height);
    }
    return header_total_ + first_line;
}

void TableLayout::place(PageBuilder& pb, double x_origin) {
    const double x0 = x_origin + t_.left_indent;
    const double full_avail = pb.setup().content_height() - header_total_;
    const int n = static_cast<int>(body_.rows.size());
    std::vector<RowSeg> segs;
    double avail = pb.remaining() - header_total_;
    bool fresh = pb.at_top();   // nothing above the table on this page

    auto flush = [&]() {
        emit_body(pb, x0, pb.y(), segs);
        segs.clear();
        pb.new_page();
        avail = pb.remaining() - header_total_;
        fresh = true;
    };

    if (n == 0) {
        if (header_total_ > pb.remaining() && !pb.at_top()) pb.new_page();
        emit_body(pb, x0, pb.y(), segs);
        return;
    }
    int r = 0;
    while (r < n) {
        const double h = row_need(r, segs);
        if (h <= avail + kEps) {
            segs.push_back(RowSeg{r, h, false});
            avail -= h;
            ++r;
            continue;
        }
        const bool taller_than_page = h > full_avail + kEps;
        if (!segs.empty() && !taller_than_page) {
            // Break before r; but a cell spanning across the break whose content does not
            // fit above it moves down with its first row, when rows precede that row here.
            int b = r;
            bool changed = true;
            while (changed) {
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
            r = b;
            flush();
            continue;
        }
        if (h <= full_avail + kEps && !fresh) {
            pb.new_page();   // the table's header and first row move on together
            avail = pb.remaining() - header_total_;
            fresh = true;
            continue;
        }
        // Taller than a page: split at a line boundary, starting here if a line fits.
        double first_line = 0;
        for (int idx : body_.covering[r]) {
            const CellBox& c = body_.cells[idx];
            if (c.next < c.bands.size())
                first_line = std::max(first_line, 2 * t_.padding_y + c.bands[c.next].height);
        }
        if (first_line == 0) {
            // Nothing left to set (a blank row taller than a page): clamp it to the room.
            const double clamped = std::max(0.0, std::min(h, avail));
            segs.push_back(RowSeg{r, clamped, false});
            avail -= clamped;
            ++r;
            continue;
        }
        if (first_line > avail + kEps && !segs.empty()) {
            flush();
            continue;
        }
        if (first_line > avail + kEps && !fresh) {
            pb.new_page();
            avail = pb.remaining() - header_total_;
            fresh = true;
            continue;
        }
        segs.push_back(RowSeg{r, std::max(avail, 0.0), true});
        flush();
    }
    if (!segs.empty()) emit_body(pb, x0, pb.y(), segs);
}

void TableLayout::emit_header(PageBuilder& pb, double x0, double y0) {
    std::vector<Item> fills, content, borders;
    std::vector<double> ry(header_h_.size() + 1, y0);
    for (std::size_t r = 0; r < header_h_.size(); ++r) ry[r + 1] = ry[r] + header_h_[r];
    for (auto& c : header_.cells) {
        c.next = 0;
        c.started = false;
        draw_cell(c, x0, ry[c.row], ry[c.row + c.rowspan] - ry[c.row], true, true, fills, content,
                  borders);
        c.next = 0;
    }
    for (auto* v : {&fills, &content, &borders})
        for (auto& it : *v) pb.add(std::move(it));
}

void TableLayout::emit_body(PageBuilder& pb, double x0, double y0, const std::vector<RowSeg>& segs) {
    emit_header(pb, x0, y0);
    double y = y0 + header_total_;
    std::vector<double> top(body_.rows.size(), -1), bottom(body_.rows.size(), -1);
    for (const auto& s : segs) {
        top[s.row] = y;
        bottom[s.row] = y + s.h;
        if (!row_started_[s.row]) {
            const Row& row = *body_.rows[s.row];
            if (row.outline) pb.add_outline(*row.outline, y);
            for (const auto& d : row.dests) pb.add(DestItem{d, y});
            row_started_[s.row] = true;
        }
        y += s.h;
    }
    std::vector<Item> fills, content, borders;
    std::vector<bool> done(body_.cells.size(), false);
    for (const auto& s : segs) {
        for (int idx : body_.covering[s.row]) {
            if (done[idx]) continue;
            done[idx] = true;
            CellBox& c = body_.cells[idx];
            int last = s.row;
            while (last + 1 < c.row + c.rowspan && last + 1 < static_cast<int>(top.size()) &&
                   top[last + 1] >= 0)
                ++last;
            const double ct = top[s.row];
            const double ch = bottom[last] - ct;
            const bool whole = !c.started && fits_all(c, ch);
            draw_cell(c, x0, ct, ch, whole, segs.front().row == s.row, fills, content, borders);
        }
    }
    for (auto* v : {&fills, &content, &borders})
        for (auto& it : *v) pb.add(std::move(it));
    pb.advance(y - pb.y());
    pb.mark_used();
}

void TableLayout::draw_cell(CellBox& c, double x0, double top, double h, bool whole, bool fresh_page,
                            std::vector<Item>& fills, std::vector<Item>& content,
                            std::vector<Item>& borders) {
    const double x = x0 + c.x;
    if (c.fill) {
        RectItem f;
        f.x = x;
        f.y = top;
        f.w = c.w;
        f.h = h;
        f.stroke = false;
        f.fill = true;
        f.fill_color = *c.fill;
        fills.push_back(f);
    }
    const double inner = h - 2 * t_.padding_y;
    double y = top + t_.padding_y;
    if (whole && c.valign == VAlign::middle)
        y += std::max(0.0, (inner - bands_height(c.bands, 0, c.bands.size())) / 2);
    if (!c.started)
        for (const auto& d : c.dests) content.push_back(DestItem{d, top});

    std::vector<const Band*> drawn;
    double used = 0;
    if (c.started && !c.label.empty()) {
        for (const auto& b : c.label) drawn.push_back(&b);
        used += bands_height(c.label, 0, c.label.size()) + t_.paragraph_gap;
    }
    std::size_t i = c.next;
    while (i < c.bands.size() && used + c.bands[i].height <= inner + kEps) {
        used += c.bands[i].height;
        drawn.push_back(&c.bands[i]);
        ++i;
    }
    // A band taller than a whole page is drawn anyway rather than looping forever.
    if (i == c.next && i < c.bands.size() && fresh_page && drawn.empty() &&
        c.bands[i].height + 2 * t_.padding_y > inner) {
        drawn.push_back(&c.bands[i]);
        ++i;
    }
    c.next = i;
    c.started = true;
    const double tx = x + t_.padding_x;
    for (const Band* b : drawn) {
        for (Item it : b->items) {
            shift_item(it, tx, y);
            if (!c.link.empty())
                if (const auto* ti = std::get_if<TextItem>(&it)) {
                    const Extent e = glyph_extent(*ti);
                    content.push_back(LinkItem{e.x0, y, e.x1 - e.x0, b->height, c.link});
                }
            content.push_back(std::move(it));
        }
        y += b->height;
    }
    RectItem border;
    border.x = x;
    border.y = top;
    border.w = c.w;
    border.h = h;
    border.line_width = t_.border_width;
    borders.push_back(border);
}

} // namespace compforms::layout
