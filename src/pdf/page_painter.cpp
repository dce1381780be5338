#include "pdf/page_painter.hpp"

#include "pdf/pdf_format.hpp"

namespace compforms::pdf::detail {
namespace {

void put(std::string& out, double v) {
    append_num(out, v);
    out += ' ';
}

void put_color(std::string& out, const layout::Color& c, const char* op) {
    append_num(out, c.r, 3);
    out += ' ';
    append_num(out, c.g, 3);
    out += ' ';
    append_num(out, c.b, 3);
    out += ' ';
    out += op;
    out += ' ';
}

} // namespace

void paint_line(std::string& out, const layout::LineItem& item, double page_height) {
    out += "q ";
    put_color(out, item.color, "RG");
    put(out, item.width);
    out += "w ";
    if (item.dotted) {
        // Round dots: zero-length dashes with round caps, spaced a few line widths apart.
        out += "1 J [0 ";
        append_num(out, item.width * 3 > 1.5 ? item.width * 3 : 1.5);
        out += "] 0 d ";
    } else {
        out += "0 J ";
    }
    put(out, item.x1);
    put(out, page_height - item.y1);
    out += "m ";
    put(out, item.x2);
    put(out, page_height - item.y2);
    out += "l S Q\n";
}

void paint_rect(std::string& out, const layout::RectItem& item, double page_height) {
    if (!item.stroke && !item.fill) return;
    out += "q ";
    if (item.fill) put_color(out, item.fill_color, "rg");
    if (item.stroke) {
        put_color(out, item.stroke_color, "RG");
        put(out, item.line_width);
        out += "w 0 J 0 j ";
    }
    put(out, item.x);
    put(out, page_height - item.y - item.h);
    put(out, item.w);
    put(out, item.h);
    out += "re ";
    out += item.fill && item.stroke ? "B" : item.fill ? "f" : "S";
    out += " Q\n";
}

void paint_tick(std::string& out, const layout::TickItem& item, double page_height) {
    // A check mark drawn inside its box: short stroke down-right, long stroke up-right.
    const double s = item.size;
    auto px = [&](double fx) { return item.x + fx * s; };
    auto py = [&](double fy) { return page_height - (item.y + fy * s); };
    out += "q 0 0 0 RG ";
    put(out, item.width);
    out += "w 1 J 1 j ";
    put(out, px(0.2));
    put(out, py(0.55));
    out += "m ";
    put(out, px(0.42));
    put(out, py(0.78));
    out += "l ";
    put(out, px(0.82));
    put(out, py(0.2));
    out += "l S Q\n";
}

} // namespace compforms::pdf::detail
