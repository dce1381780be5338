// Drawing a table's rows on a page: fills first, then the cells' content, then their
// borders, so shading never covers a rule.
#include "layout/table_layout.hpp"

#include <algorithm>

#include "layout/change_bars.hpp"

namespace compforms::layout {
namespace {

constexpr double kEps = 1e-6;

} // namespace

void TableLayout::emit_header(PageBuilder& pb, double x0, double y0) {
    std::vector<Item> fills, content, borders;
    std::vector<double> ry(header_h_.size() + 1, y0);
    for (std::size_t r = 0; r < header_h_.size(); ++r) ry[r + 1] = ry[r] + header_h_[r];
    for (auto& c : header_.cells) {
        c.next = 0;
        c.started = false;
        draw_cell(c, x0, ry[c.row], ry[c.row + c.rowspan] - ry[c.row], true, true, fills, content, borders);
        c.next = 0;
    }
    for (auto* v : {&fills, &content, &borders})
        for (auto& it : *v) pb.add(std::move(it));
}

void TableLayout::emit_continuation(int heading, double x0, double y0, std::vector<Item>& fills,
                                     std::vector<Item>& content, std::vector<Item>& borders) {
    Section& s = continuations_.at(heading);
    for (CellBox& c : s.cells) {
        c.next = 0;
        c.started = false;
        draw_cell(c, x0, y0, s.own[0], true, true, fills, content, borders);
    }
}

void TableLayout::emit_body(PageBuilder& pb, double x0, double y0, const std::vector<RowSeg>& segs, int cont) {
    emit_header(pb, x0, y0);
    double y = y0 + header_total_;
    std::vector<Item> fills, content, borders;
    if (cont >= 0) {
        emit_continuation(cont, x0, y, fills, content, borders);
        y += continuations_.at(cont).own[0];
    }
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
        if (body_.rows[s.row]->change_bar)
            pb.add(change_bar(pb.setup().content_right() + kChangeBarGap, y, y + s.h));
        y += s.h;
    }
    std::vector<bool> done(body_.cells.size(), false);
    for (const auto& s : segs) {
        for (int idx : body_.covering[s.row]) {
            if (done[idx]) continue;
            done[idx] = true;
            CellBox& c = body_.cells[idx];
            int last = s.row;
            while (last + 1 < c.row + c.rowspan && last + 1 < static_cast<int>(top.size()) && top[last + 1] >= 0)
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
                            std::vector<Item>& fills, std::vector<Item>& content, std::vector<Item>& borders) {
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
    if (whole && c.valign == VAlign::middle) y += std::max(0.0, (inner - bands_height(c.bands, 0, c.bands.size())) / 2);
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
    if (i == c.next && i < c.bands.size() && fresh_page && drawn.empty() && c.bands[i].height + 2 * t_.padding_y > inner) {
        drawn.push_back(&c.bands[i]);
        ++i;
    }
    c.next = i;
    c.started = true;
    const double tx = x + t_.padding_x;
    for (const Band* b : drawn) {
        for (Item it : b->items) {
            shift_item(it, tx, y);
            if (const auto* ti = std::get_if<TextItem>(&it)) {
                if (!c.link.empty()) {
                    const Extent e = glyph_extent(*ti);
                    content.push_back(LinkItem{e.x0, y, e.x1 - e.x0, b->height, c.link});
                }
                if (c.link_words)
                    for (const WordExtent& w : word_extents(*ti)) {
                        if (c.link_next >= c.link_targets.size()) break;
                        const std::string& whole = c.link_targets[c.link_next];
                        content.push_back(LinkItem{w.x0, y, w.x1 - w.x0, b->height, whole});
                        c.link_used += w.word.size();
                        if (c.link_used >= whole.size()) {
                            ++c.link_next;
                            c.link_used = 0;
                        }
                    }
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
