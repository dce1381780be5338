#include "pdf/text_writer.hpp"

#include <cmath>

#include "pdf/actual_text.hpp"
#include "pdf/pdf_format.hpp"
#include "text/font.hpp"

namespace compforms::pdf::detail {
namespace {

// The TJ arrays of one line: each glyph as its CID in a binary literal string, preceded
// by the number that moves the pen from where the previous glyph left it to the glyph's
// position (in 1/1000 em, to 1/10000 em), and a rise (Ts) for a glyph off the baseline.
class TjArray {
public:
    // `origin`: the x of the line's start in the line's own coordinates.
    TjArray(std::string& out, const text::Font& font, double size, double origin)
        : out_(out), font_(font), size_(size), origin_(origin) {}

    void glyph(const text::LineGlyph& g, uint16_t cid) {
        if (std::fabs(g.y - rise_) > 1e-9) {
            close();
            append_num(out_, g.y);
            out_ += " Ts\n";
            rise_ = g.y;
        }
        if (!tj_open_) out_ += '[';
        tj_open_ = true;
        double target = (g.x - origin_) * 1000.0 / size_;
        double delta = target - pen_;
        // To 1/10000 em (0.0016 pt at 16 pt); below half of that it is arithmetic noise.
        if (std::fabs(delta) >= 0.05) {
            close_string();
            append_num(out_, -delta, 1);
            pen_ += std::round(delta * 10.0) / 10.0;   // what the reader will compute
        }
        if (!string_open_) out_ += '(';
        string_open_ = true;
        append_literal_16(out_, cid);
        pen_ += pdf_glyph_width(font_, g.gid);
    }

    // Ends the open array, if any: before any operator other than TJ.
    void close() {
        close_string();
        if (tj_open_) out_ += "]TJ\n";
        tj_open_ = false;
    }

    // After the line's last glyph and marked content: the baseline back for the next line.
    void reset_rise() {
        if (rise_ != 0) out_ += "0 Ts\n";
    }

private:
    void close_string() {
        if (string_open_) out_ += ')';
        string_open_ = false;
    }

    std::string& out_;
    const text::Font& font_;
    const double size_, origin_;
    bool tj_open_ = false;
    bool string_open_ = false;   // a ( … ) glyph string is open inside the TJ array
    double rise_ = 0;
    double pen_ = 0;   // text-space position in 1/1000 em after the last glyph drawn
};

} // namespace

void TextObject::begin() {
    if (open_) return;
    out_ += "q BT\n";
    open_ = true;
    font_.clear();
    size_ = 0;
    x_ = y_ = 0;
    fill_ = layout::Color{};
    stroke_ = 0;
}

void TextObject::end() {
    if (!open_) return;
    out_ += "ET Q\n";
    open_ = false;
}

void TextObject::set_font(const std::string& resource, double size) {
    if (resource == font_ && size == size_) return;
    out_ += '/' + resource + ' ';
    append_num(out_, size);
    out_ += " Tf\n";
    font_ = resource;
    size_ = size;
}

void TextObject::line(const text::TextLine& line, double x, double y, const LineFonts& fonts,
                      const ReverseCmap& seed, const layout::Color& color, double stroke) {
    if (line.glyphs.empty() || !line.font || line.size <= 0) return;
    begin();
    set_paint(color, stroke);
    set_font(fonts.primary, line.size);
    // The origin at the line's start (its alignment offset too).
    const double start = line.glyphs.front().x;
    move_to(x + start, y);
    // The pen starts at the exact origin: the rounding (at most 0.005 pt) is not worth a
    // TJ number on every line.
    draw_glyphs(line, fonts, seed, start);
}

void TextObject::set_paint(const layout::Color& color, double stroke) {
    if (color.r != fill_.r || color.g != fill_.g || color.b != fill_.b) {
        append_rgb(out_, color.r, color.g, color.b, "rg");
        out_.back() = '\n';
        fill_ = color;
        if (stroke_ > 0) stroke_ = -1;   // the stroke colour follows: set it again below
    }
    if (stroke != stroke_) {
        if (stroke > 0) {
            append_rgb(out_, color.r, color.g, color.b, "RG");
            append_num(out_, stroke, 3);
            out_ += " w 1 j 2 Tr\n";
        } else {
            out_ += "0 Tr\n";
        }
        stroke_ = stroke > 0 ? stroke : 0;
    }
}

// In 0.01 pt, as a move from the previous line's origin.
void TextObject::move_to(double x, double y) {
    const long nx = std::lround(x * 100), ny = std::lround(y * 100);
    append_num(out_, static_cast<double>(nx - x_) / 100, 2);
    out_ += ' ';
    append_num(out_, static_cast<double>(ny - y_) / 100, 2);
    out_ += " Td\n";
    x_ = nx;
    y_ = ny;
}

void TextObject::draw_glyphs(const text::TextLine& line, const LineFonts& fonts, const ReverseCmap& seed,
                             double origin) {
    const std::vector<LineCluster> clusters = line_clusters(line);
    const WordSpans spans(line, clusters, seed);
    TjArray tj(out_, *line.font, line.size, origin);
    bool in_fallback = false;
    int open_span = -1;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const int span = spans.span_of(c);
        if (span != open_span) {
            tj.close();
            if (open_span >= 0) out_ += "EMC\n";
            if (span >= 0) spans.write_begin(out_, span);
            open_span = span;
        }
        for (std::size_t i = clusters[c].first; i < clusters[c].last; ++i) {
            const text::LineGlyph& g = line.glyphs[i];
            const bool fallback = fonts.fallback_cids && !fonts.primary_cids->has(g.gid);
            if (fallback != in_fallback) {
                tj.close();
                set_font(fallback ? fonts.fallback : fonts.primary, line.size);
                in_fallback = fallback;
            }
            tj.glyph(g, (fallback ? fonts.fallback_cids : fonts.primary_cids)->cid(g.gid));
        }
    }
    tj.close();
    if (open_span >= 0) out_ += "EMC\n";
    tj.reset_rise();
}

} // namespace compforms::pdf::detail
