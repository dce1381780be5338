#include "pdf/page_painter.hpp"

#include "pdf/pdf_format.hpp"

namespace compforms::pdf::detail {
namespace {

constexpr int kDecimals = 2;   // 0.01 pt = 3.5 µm: finer than any printer

void put(std::string& out, double v) {
    append_num(out, v, kDecimals);
    out += ' ';
}

void put_color(std::string& out, const layout::Color& c, const char* op) { append_rgb(out, c.r, c.g, c.b, op); }

} // namespace

void PathPainter::flush() {
    if (!paint_) return;
    out_ += paint_;
    out_ += " Q\n";
    paint_ = nullptr;
}

void PathPainter::open(const std::string& state, const char* paint) {
    if (paint_ && paint_ == paint && state == state_) return;
    flush();
    out_ += "q ";
    out_ += state;
    state_ = state;
    paint_ = paint;
}

void PathPainter::line(const layout::LineItem& item) {
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
    open(state, "S");
    put(out_, item.x1);
    put(out_, page_height_ - item.y1);
    out_ += "m ";
    put(out_, item.x2);
    put(out_, page_height_ - item.y2);
    out_ += "l ";
}

void PathPainter::rect(const layout::RectItem& item) {
    if (!item.stroke && !item.fill) return;
    std::string state;
    if (item.fill) put_color(state, item.fill_color, "rg");
    if (item.stroke) {
        put_color(state, item.stroke_color, "RG");
        put(state, item.line_width);
        state += "w ";
    }
    open(state, item.fill && item.stroke ? "B" : item.fill ? "f" : "S");
    put(out_, item.x);
    put(out_, page_height_ - item.y - item.h);
    put(out_, item.w);
    put(out_, item.h);
    out_ += "re ";
}

void PathPainter::tick(const layout::TickItem& item) {
    // A check mark drawn inside its box: short stroke down-right, long stroke up-right.
    const double s = item.size;
    auto px = [&](double fx) { return item.x + fx * s; };
    auto py = [&](double fy) { return page_height_ - (item.y + fy * s); };
    std::string state = "0 0 0 RG ";
    put(state, item.width);
    state += "w 1 J 1 j ";
    open(state, "S");
    put(out_, px(0.2));
    put(out_, py(0.55));
    out_ += "m ";
    put(out_, px(0.42));
    put(out_, py(0.78));
    out_ += "l ";
    put(out_, px(0.82));
    put(out_, py(0.2));
    out_ += "l ";
}

} // namespace compforms::pdf::detail
