#include "pdf/page_painter.hpp"

#include <algorithm>
#include <cmath>

#include "pdf/pdf_format.hpp"

namespace compforms::pdf::detail {
namespace {

constexpr int kDecimals = 2;   // 0.01 pt = 3.5 µm: finer than any printer

void put(std::string& out, double v) {
    append_num(out, v, kDecimals);
    out += ' ';
}

void put_hundredths(std::string& out, long v) { put(out, static_cast<double>(v) / 100); }

void put_color(std::string& out, const layout::Color& c, const char* op) { append_rgb(out, c.r, c.g, c.b, op); }

} // namespace

PathPainter::Group& PathPainter::stroke_group(const std::string& state) {
    for (Group& g : strokes_)
        if (g.state == state) return g;
    strokes_.push_back(Group{state, {}, {}});
    return strokes_.back();
}

void PathPainter::write_frames(Group& g) {
    // Horizontal edges by y and vertical ones by x, each as (position, from, to);
    // overlapping or touching edges on one line merge. Rectangles that share no edges
    // (tick boxes) stay rectangles: four lines each would cost more.
    std::vector<std::array<long, 3>> h, v;
    for (const auto& [x, y, w, hh] : g.frames) {
        h.push_back({y, x, x + w});
        h.push_back({y + hh, x, x + w});
        v.push_back({x, y, y + hh});
        v.push_back({x + w, y, y + hh});
    }
    auto merged = [](std::vector<std::array<long, 3>>& edges) {
        std::sort(edges.begin(), edges.end());
        std::vector<std::array<long, 3>> out;
        for (const auto& e : edges) {
            if (!out.empty() && out.back()[0] == e[0] && e[1] <= out.back()[2])
                out.back()[2] = std::max(out.back()[2], e[2]);
            else
                out.push_back(e);
        }
        return out;
    };
    const auto hs = merged(h), vs = merged(v);
    if (hs.size() + vs.size() >= g.frames.size()) {
        for (const auto& [x, y, w, hh] : g.frames) {
            put_hundredths(g.body, x);
            put_hundredths(g.body, y);
            put_hundredths(g.body, w);
            put_hundredths(g.body, hh);
            g.body += "re ";
        }
        return;
    }
    auto segment = [&g](long x1, long y1, long x2, long y2) {
        put_hundredths(g.body, x1);
        put_hundredths(g.body, y1);
        g.body += "m ";
        put_hundredths(g.body, x2);
        put_hundredths(g.body, y2);
        g.body += "l ";
    };
    for (const auto& [y, from, to] : hs) segment(from, y, to, y);
    for (const auto& [x, from, to] : vs) segment(x, from, x, to);
}

void PathPainter::write(std::string& out) {
    if (fill_paint_) fills_ += fill_paint_;
    out += fills_;
    fill_state_.clear();
    fill_paint_ = nullptr;
    for (Group& g : strokes_) {
        if (!g.frames.empty()) write_frames(g);
        out += "q " + g.state + g.body + "S Q\n";
    }
    fills_.clear();
    strokes_.clear();
}

void PathPainter::line(const layout::LineItem& item, double page_height) {
    std::string state;
    put_color(state, item.color, "RG");
    put(state, item.width);
    state += "w ";
    if (item.dotted) {
        // Round dots: zero-length dashes with round caps, spaced a few line widths apart.
        state += "1 J [0 ";
        append_num(state, item.width * 3 > 1.5 ? item.width * 3 : 1.5, kDecimals);
        state += "] 0 d ";
    }
    std::string& body = stroke_group(state).body;
    put(body, item.x1);
    put(body, page_height - item.y1);
    body += "m ";
    put(body, item.x2);
    put(body, page_height - item.y2);
    body += "l ";
}

void PathPainter::rect(const layout::RectItem& item, double page_height) {
    if (!item.stroke && !item.fill) return;
    const double bottom = page_height - item.y - item.h;
    if (item.fill) {
        // Consecutive fills of one state share a path; fills keep their order.
        std::string state;
        put_color(state, item.fill_color, "rg");
        if (item.stroke) {
            put_color(state, item.stroke_color, "RG");
            put(state, item.line_width);
            state += "w ";
        }
        const char* paint = item.stroke ? "B Q\n" : "f Q\n";
        if (state != fill_state_ || paint != fill_paint_) {
            if (fill_paint_) fills_ += fill_paint_;
            fills_ += "q " + state;
            fill_state_ = state;
            fill_paint_ = paint;
        }
        put(fills_, item.x);
        put(fills_, bottom);
        put(fills_, item.w);
        put(fills_, item.h);
        fills_ += "re ";
        return;
    }
    // An outline: with the others of its state, as edges (square caps close the corners).
    std::string state;
    put_color(state, item.stroke_color, "RG");
    put(state, item.line_width);
    state += "w 2 J ";
    stroke_group(state).frames.push_back(
        {std::lround(item.x * 100), std::lround(bottom * 100), std::lround(item.w * 100), std::lround(item.h * 100)});
}

void PathPainter::tick(const layout::TickItem& item, double page_height) {
    // A check mark drawn inside its box: short stroke down-right, long stroke up-right.
    const double s = item.size;
    auto px = [&](double fx) { return item.x + fx * s; };
    auto py = [&](double fy) { return page_height - (item.y + fy * s); };
    std::string state = "0 0 0 RG ";
    put(state, item.width);
    state += "w 1 J 1 j ";
    std::string& body = stroke_group(state).body;
    put(body, px(0.2));
    put(body, py(0.55));
    body += "m ";
    put(body, px(0.42));
    put(body, py(0.78));
    body += "l ";
    put(body, px(0.82));
    put(body, py(0.2));
    body += "l ";
}

} // namespace compforms::pdf::detail
