#include "layout/block_bands.hpp"

#include <algorithm>
#include <string>

#include "layout/change_bars.hpp"
#include "layout/check_box_layout.hpp"

namespace compforms::layout {
namespace {

// A LinkItem over the text of every band in [first, last), one per band.
void add_links(std::vector<Band>& bands, const std::string& dest) {
    if (dest.empty()) return;
    for (auto& b : bands) {
        std::vector<Item> links;
        for (const auto& it : b.items)
            if (const auto* t = std::get_if<TextItem>(&it)) {
                const Extent e = glyph_extent(*t);
                links.push_back(LinkItem{e.x0, 0, e.x1 - e.x0, b.height, dest});
            }
        for (auto& l : links) b.items.push_back(std::move(l));
    }
}

LineItem dotted(double x1, double x2, double y) {
    LineItem l;
    l.x1 = x1;
    l.x2 = x2;
    l.y1 = l.y2 = y;
    l.width = 0.6;
    l.dotted = true;
    return l;
}

void add_text(Band& b, const TextSetter& setter, const std::string& s, const TextStyle& st, double x) {
    if (s.empty()) return;
    b.items.push_back(TextItem{x, setter.baseline_offset(st), setter.line(s, st), st.color, st.stroke_width()});
}

// Left edges of `n` columns filling `width`, with `gap` between them, sized in proportion
// to `shares` (equal when there is not one positive share per column).
std::vector<double> column_lefts(std::size_t n, const std::vector<double>& shares, double gap, double width,
                                 std::vector<double>& widths) {
    std::vector<double> w(n, 1.0);
    if (shares.size() == n && std::all_of(shares.begin(), shares.end(), [](double v) { return v > 0; })) w = shares;
    double total = 0;
    for (double v : w) total += v;
    const double room = std::max(0.0, width - gap * static_cast<double>(n > 0 ? n - 1 : 0));
    std::vector<double> lefts(n, 0);
    widths.assign(n, 0);
    double x = 0;
    for (std::size_t i = 0; i < n; ++i) {
        lefts[i] = x;
        widths[i] = room * w[i] / total;
        x += widths[i] + gap;
    }
    return lefts;
}

// Bands set in columns, joined line by line: band i of the result holds band i of every
// column moved right to its column's left edge, and is as tall as the tallest of them.
std::vector<Band> side_by_side(std::vector<std::vector<Band>>& columns, const std::vector<double>& lefts) {
    std::size_t lines = 0;
    for (const auto& c : columns) lines = std::max(lines, c.size());
    std::vector<Band> out(lines);
    for (std::size_t c = 0; c < columns.size(); ++c)
        for (std::size_t i = 0; i < columns[c].size(); ++i) {
            Band& from = columns[c][i];
            Band& to = out[i];
            to.height = std::max(to.height, from.height);
            for (Item& it : from.items) {
                shift_item(it, lefts[c], 0);
                to.items.push_back(std::move(it));
            }
            for (auto& o : from.outline) to.outline.push_back(std::move(o));
        }
    return out;
}

// Blocks set side by side in columns sized by `shares`: each column's bands come from
// `make(item, column width)`, then the columns are merged line by line.
template <typename Entry, typename MakeBands>
BandBlock columns_bands(const std::vector<Entry>& items, const std::vector<double>& shares, double gap,
                        double width, MakeBands make) {
    BandBlock b;
    std::vector<double> widths;
    const std::vector<double> lefts = column_lefts(items.size(), shares, gap, width, widths);
    std::vector<std::vector<Band>> columns;
    for (std::size_t i = 0; i < items.size(); ++i) columns.push_back(make(items[i], widths[i]).bands);
    b.bands = side_by_side(columns, lefts);
    return b;
}

// "วันที่ ..... เดือน .............. พ.ศ. ........" across `w` from x0, its dotted parts in
// proportion 2 : 4 : 3.
// A slot over the room [x0, x1) of a band, its value centred there.
SlotItem centred_slot(const TextSetter& setter, const TextStyle& st, std::string name, double x0, double x1) {
    return SlotItem{std::move(name), x0, setter.baseline_offset(st), std::max(0.0, x1 - x0), &setter.font(st),
                    st.size, SlotAlign::center, false};
}

// วันที่ ...... เดือน ............... พ.ศ. ..........; with `slot`, each dotted part is the
// slot "<slot>.day", ".month", ".year".
Band date_line(const TextSetter& setter, const TextStyle& st, double x0, double w, const std::string& slot) {
    const double dot_y = setter.baseline_offset(st) + 1.5;
    const double sp = 0.25 * st.size;
    Band band = setter.line_band("วันที่", st, x0);
    const double w_day = setter.width("วันที่", st), w_month = setter.width("เดือน", st), w_year = setter.width("พ.ศ.", st);
    const double dots_total = std::max(0.0, w - w_day - w_month - w_year - 6 * sp);
    // The month's room holds the widest month name at full size where the line allows
    // (a filled พฤศจิกายน shrank to fit 4/9 of a narrow signature's dots).
    const double month_min = std::max(setter.width("พฤศจิกายน", st), setter.width("กุมภาพันธ์", st)) + sp;
    const double day_min = setter.width("30", st) + 2 * sp, year_min = setter.width("2569", st) + 2 * sp;
    const double month = std::min(std::max(0.0, dots_total - day_min - year_min), std::max(dots_total * 4 / 9, month_min));
    const double rest = dots_total - month;
    const double parts[3] = {rest * 2 / 5, month, rest * 3 / 5};
    const char* const after[3] = {"เดือน", "พ.ศ.", nullptr};
    const char* const names[3] = {".day", ".month", ".year"};
    double x = x0 + w_day + sp;
    for (int i = 0; i < 3; ++i) {
        band.items.push_back(dotted(x, x + parts[i], dot_y));
        if (!slot.empty()) band.items.push_back(centred_slot(setter, st, slot + names[i], x, x + parts[i]));
        x += parts[i] + sp;
        if (after[i]) {
            add_text(band, setter, after[i], st, x);
            x += setter.width(after[i], st) + sp;
        }
    }
    return band;
}

} // namespace

void protect_lines(std::vector<Band>& bands, std::size_t first, std::size_t last, std::size_t min_lines) {
    for (std::size_t i = first + 1; i < last && i < bands.size(); ++i)
        if (i - first < min_lines || last - i < min_lines) bands[i].break_before = false;
}

BandBlock paragraph_bands(const TextSetter& setter, const Paragraph& p, double width) {
    BandBlock b;
    const auto& f = p.format;
    b.bands = setter.paragraph(p.text, p.style, f.left_indent, std::max(1.0, width - f.left_indent - f.right_indent),
                               f.align, f.first_line_indent, p.origin);
    protect_lines(b.bands, 0, b.bands.size());
    add_links(b.bands, p.link_dest);
    if (p.change_bar) add_change_bars(b.bands, 0, b.bands.size(), width + kChangeBarGap);
    b.space_before = f.space_before;
    b.space_after = f.space_after;
    return b;
}

BandBlock heading_bands(const TextSetter& setter, const Heading& h, double width) {
    BandBlock b;
    const auto& f = h.format;
    b.bands = setter.paragraph(h.text, h.style, f.left_indent,
                            std::max(1.0, width - f.left_indent - f.right_indent), f.align,
                            f.first_line_indent);
    for (std::size_t i = 1; i < b.bands.size(); ++i) b.bands[i].break_before = false;
    b.space_before = f.space_before;
    b.space_after = f.space_after;
    b.keep_with_next = true;
    return b;
}

namespace {

// The hanging area of a list: its own, or wider to hold the widest label and a space.
double list_hang(const TextSetter& setter, const ListBlock& l) {
    double hang = l.hang;
    for (const std::string& label : l.labels)
        if (!label.empty()) hang = std::max(hang, setter.width(label, l.style) + 0.3 * l.style.size);
    return hang;
}

// The share of a list's text width past which a lead goes on lines of its own.
constexpr double kLongLead = 0.6;

// One item's lines: its lead (if any) on the first line, its text after it.
std::vector<Band> list_item_lines(const TextSetter& setter, const ListBlock& l, std::size_t k, double text_x,
                                  double text_w) {
    const std::string lead = k < l.leads.size() ? l.leads[k] : std::string();
    const TextOrigin origin = k < l.origins.size() ? l.origins[k] : TextOrigin{};
    const double indent = lead.empty() ? 0 : setter.width(lead, l.lead_style) + setter.width(" ", l.style);
    // A lead taking most of the line (a long defined term) gets lines of its own, the text
    // below it: a first line of a few letters would read badly, and of none cannot be set.
    if (!lead.empty() && indent > kLongLead * text_w) {
        std::vector<Band> lines = setter.paragraph(lead, l.lead_style, text_x, text_w, l.align, 0, TextOrigin{});
        std::vector<Band> text = setter.paragraph(l.items[k], l.style, text_x, text_w, l.align, 0, origin);
        for (Band& t : text) lines.push_back(std::move(t));
        return lines;
    }
    std::vector<Band> lines = setter.paragraph(l.items[k], l.style, text_x, text_w, l.align, indent, origin);
    if (lines.empty()) lines.push_back(setter.line_band("", l.style, text_x));
    if (!lead.empty()) {
        Band lead_band;
        add_text(lead_band, setter, lead, l.lead_style, text_x);
        auto& items = lines.front().items;
        items.insert(items.begin(), lead_band.items.begin(), lead_band.items.end());
    }
    return lines;
}

} // namespace

BandBlock list_bands(const TextSetter& setter, const ListBlock& l, double width) {
    BandBlock b;
    const double text_x = l.left_indent + list_hang(setter, l);
    const double text_w = std::max(1.0, width - text_x);
    int number = l.start;
    for (std::size_t k = 0; k < l.items.size(); ++k) {
        if (!b.bands.empty() && l.item_spacing > 0) {
            Band gap;
            gap.height = l.item_spacing;
            b.bands.push_back(std::move(gap));
        }
        std::vector<Band> lines = list_item_lines(setter, l, k, text_x, text_w);
        std::string mark = l.kind == ListBlock::Kind::bullet ? l.bullet : std::to_string(number++) + l.number_suffix;
        if (k < l.labels.size() && !l.labels[k].empty()) mark = l.labels[k];
        // The mark goes first in the band, so text extraction in drawing order reads
        // "1. item" rather than "item 1.".
        Band mark_band;
        add_text(mark_band, setter, mark, l.style, l.left_indent);
        auto& items = lines.front().items;
        items.insert(items.begin(), mark_band.items.begin(), mark_band.items.end());
        const std::size_t first = b.bands.size();
        for (auto& ln : lines) b.bands.push_back(std::move(ln));
        protect_lines(b.bands, first, b.bands.size());
        if (k < l.change_bars.size() && l.change_bars[k]) add_change_bars(b.bands, first, b.bands.size(), width + kChangeBarGap);
    }
    b.space_before = l.space_before;
    b.space_after = l.space_after;
    return b;
}

BandBlock rule_bands(const Rule& r, double width) {
    BandBlock b;
    Band band;
    band.height = r.line_width;
    LineItem li;
    li.x1 = r.left_indent;
    li.x2 = width - r.right_indent;
    li.y1 = li.y2 = r.line_width / 2;
    li.width = r.line_width;
    li.color = r.color;
    band.items.push_back(li);
    b.bands.push_back(std::move(band));
    b.space_before = r.space_before;
    b.space_after = r.space_after;
    return b;
}

BandBlock check_box_row_bands(const TextSetter& setter, const CheckBoxRow& row, double width) {
    BandBlock b;
    b.bands = check_box_bands(setter, row, width);
    b.space_before = row.space_before;
    b.space_after = row.space_after;
    return b;
}

BandBlock fill_in_bands(const TextSetter& setter, const FillInLine& f, double width) {
    BandBlock b;
    Band band = setter.line_band(f.label, f.style, f.left_indent);
    const double base = setter.baseline_offset(f.style);
    const double label_w = f.label.empty() ? 0 : setter.width(f.label, f.style);
    const double x1 = f.left_indent + label_w + (f.label.empty() ? 0 : 0.25 * f.style.size);
    const double x2 = f.width > 0 ? std::min(width, x1 + f.width) : width;
    band.items.push_back(dotted(x1, std::max(x1, x2), base + 1.5));
    const double value_x = x1 + 0.25 * f.style.size;
    if (f.slot.empty())
        add_text(band, setter, f.value, f.style, value_x);
    else
        band.items.push_back(SlotItem{f.slot, value_x, base, std::max(x1, x2) - value_x, &setter.font(f.style), f.style.size});
    b.bands.push_back(std::move(band));
    b.space_before = f.space_before;
    b.space_after = f.space_after;
    return b;
}

BandBlock signature_bands(const TextSetter& setter, const SignatureBlock& s, double width) {
    BandBlock b;
    const TextStyle& st = s.style;
    const double w = std::min(s.width, width);
    const double x0 = s.left_indent < 0 ? width - w : std::min(s.left_indent, width - w);
    const double x_end = x0 + w;
    const double dot_y = setter.baseline_offset(st) + 1.5;
    const double sp = 0.25 * st.size;

    // ลงชื่อ ......................... [role]
    Band l1 = setter.line_band("ลงชื่อ", st, x0);
    const double dots_x = x0 + setter.width("ลงชื่อ", st) + sp;
    double l1_end = x_end;
    if (!s.role.empty()) {
        const double rw = setter.width(s.role, st);
        l1_end = x_end - rw - sp;
        add_text(l1, setter, s.role, st, x_end - rw);
    }
    l1.items.push_back(dotted(dots_x, l1_end, dot_y));

    // ( name or dots ), across the block's width: a name printed there has the room of
    // the whole column, not only of the signature line's dots.
    Band l2 = setter.line_band("(", st, x0);
    const double close_x = x_end - setter.width(")", st);
    add_text(l2, setter, ")", st, close_x);
    const double in0 = x0 + setter.width("(", st) + sp, in1 = close_x - sp;
    if (!s.slot.empty()) {
        l2.items.push_back(dotted(in0, in1, dot_y));
        l2.items.push_back(centred_slot(setter, st, s.slot + ".name", in0, in1));
    } else if (s.name.empty()) {
        l2.items.push_back(dotted(in0, in1, dot_y));
    } else {
        const double nw = setter.width(s.name, st);
        add_text(l2, setter, s.name, st, in0 + std::max(0.0, (in1 - in0 - nw) / 2));
    }

    // ตำแหน่ง .........................
    Band l3 = setter.line_band("ตำแหน่ง", st, x0);
    const double pos_x = x0 + setter.width("ตำแหน่ง", st) + sp;
    if (s.position.empty())
        l3.items.push_back(dotted(pos_x, x_end, dot_y));
    else
        add_text(l3, setter, s.position, st, pos_x);

    Band l4 = date_line(setter, st, x0, w, s.slot);
    for (Band* band : {&l1, &l2, &l3, &l4}) {
        band->break_before = b.bands.empty();
        b.bands.push_back(std::move(*band));
    }
    b.space_before = s.space_before;
    b.space_after = s.space_after;
    return b;
}

BandBlock signature_row_bands(const TextSetter& setter, const SignatureRow& row, double width) {
    BandBlock b = columns_bands(row.blocks, row.shares, row.gap, width,
                                [&](const SignatureBlock& s, double w) { return signature_bands(setter, s, w); });
    // The row is one unit, like a single block: no page break inside it.
    for (std::size_t i = 0; i < b.bands.size(); ++i) b.bands[i].break_before = i == 0;
    b.space_before = row.space_before;
    b.space_after = row.space_after;
    return b;
}

BandBlock fill_in_row_bands(const TextSetter& setter, const FillInRow& row, double width) {
    BandBlock b = columns_bands(row.lines, row.shares, row.gap, width,
                                [&](const FillInLine& f, double w) { return fill_in_bands(setter, f, w); });
    b.space_before = row.space_before;
    b.space_after = row.space_after;
    return b;
}

} // namespace compforms::layout
