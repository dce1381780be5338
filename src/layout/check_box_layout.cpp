#include "layout/check_box_layout.hpp"

#include <algorithm>

namespace compforms::layout {
namespace {

struct Geometry {
    double box = 0;        // side of a box
    double label_gap = 0;  // box to its label
    double gap = 0;        // one label to the next box
};

Geometry geometry(const CheckBoxRow& row) {
    Geometry g;
    g.box = row.box_size > 0 ? row.box_size : 0.6 * row.style.size;
    g.label_gap = 0.3 * row.style.size;
    g.gap = row.gap > 0 ? row.gap : row.style.size;
    return g;
}

// Adds a box (and its tick) whose bottom edge sits on the baseline.
void add_box(Band& band, double x, double baseline, double side, const CheckBox& box) {
    const bool ticked = box.ticked;
    RectItem r;
    r.x = x;
    r.y = baseline - side;
    r.w = side;
    r.h = side;
    r.line_width = 0.6;
    band.items.push_back(r);
    // Built in place: moving a temporary Item in made GCC's Release build warn
    // (-Wmaybe-uninitialized, a false positive about LinkItem's string).
    if (ticked) band.items.emplace_back(std::in_place_type<TickItem>, TickItem{x, baseline - side, side, 1.0});
    if (!box.field.empty())
        band.items.emplace_back(std::in_place_type<FieldItem>, FieldItem{box.field, box.choice, x, baseline - side, side});
}

} // namespace

std::vector<Band> check_box_bands(const TextSetter& setter, const CheckBoxRow& row, double width) {
    const Geometry g = geometry(row);
    const double line_h = setter.metrics(row.style).height;
    const double base = setter.baseline_offset(row.style);
    const double left = row.left_indent;
    std::vector<Band> bands;
    Band cur;
    cur.height = line_h;
    double x = left;
    bool line_empty = true;

    if (!row.label.empty()) {
        const double w = setter.width(row.label, row.style);
        if (w > width - left) {
            // A long leading label is set as its own paragraph.
            bands = setter.paragraph(row.label, row.style, left, width - left, text::Align::left);
        } else {
            cur.items.push_back(TextItem{x, base, setter.line(row.label, row.style), row.style.color, row.style.stroke_width()});
            x += w + 0.5 * row.style.size;
            line_empty = false;
        }
    }
    for (const auto& box : row.boxes) {
        const double lw = box.label.empty() ? 0 : setter.width(box.label, row.style);
        const double unit = g.box + (lw > 0 ? g.label_gap + lw : 0);
        if (!line_empty && x + unit > width) {
            bands.push_back(std::move(cur));
            cur = Band{};
            cur.height = line_h;
            x = left;
            line_empty = true;
        }
        add_box(cur, x, base, g.box, box);
        double next = x + unit + g.gap;
        if (lw > 0) {
            // The gaps are measured to the label's ink: ไม่ผ่าน's ไ starts at its advance's
            // edge, ผ่าน's ผ inside it, and a box must not look nearer the next label than its own.
            TextItem label{x + g.box + g.label_gap, base, setter.line(box.label, row.style), row.style.color,
                           row.style.stroke_width()};
            const Extent ink = ink_extent(label);
            const double shift = label.x - ink.x0;
            label.x += shift;
            next = ink.x1 + shift + g.gap;
            cur.items.push_back(std::move(label));
        }
        x = next;
        line_empty = false;
    }
    if (!line_empty) bands.push_back(std::move(cur));
    return bands;
}

double check_box_natural_width(const TextSetter& setter, const CheckBoxRow& row) {
    const Geometry g = geometry(row);
    double x = row.left_indent;
    if (!row.label.empty()) x += setter.width(row.label, row.style) + 0.5 * row.style.size;
    for (std::size_t i = 0; i < row.boxes.size(); ++i) {
        const auto& box = row.boxes[i];
        x += g.box;
        if (!box.label.empty()) x += g.label_gap + setter.width(box.label, row.style);
        if (i + 1 < row.boxes.size()) x += g.gap;
    }
    return x;
}

} // namespace compforms::layout
