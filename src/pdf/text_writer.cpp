#include "pdf/text_writer.hpp"

#include <cmath>

#include "base/utf8.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font.hpp"

namespace compforms::pdf::detail {
namespace {

bool is_thai_mark(char32_t c) {
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) || c == 0x0E33;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

// A cluster is plain when its glyphs map 1:1, by the font's own cmap, to its characters
// and it has no Thai mark: then ToUnicode alone gives it back, and no zero-width mark sits
// on the origin of another glyph (poppler takes two glyphs less than 0.1 em apart for a
// duplicate and breaks the word there: a tone mark over sara i drifted to the next line).
// Judged from the seed only, so the verdict does not depend on the rest of the document.
bool plain_cluster(const text::TextLine& line, const LineCluster& c, const ReverseCmap& seed) {
    std::u32string chars = utf8::to_u32(std::string_view(line.text).substr(c.text_begin, c.text_end - c.text_begin));
    if (chars.size() != c.last - c.first) return false;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (is_thai_mark(chars[i])) return false;
        auto it = seed.find(line.glyphs[c.first + i].gid);
        if (it == seed.end() || it->second != chars[i]) return false;
    }
    return true;
}

struct Chunk {
    std::size_t begin = 0, end = 0;
    bool span = false;
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
    const text::Font& font = *line.font;
    const double size = line.size;
    std::string& out = out_;

    // Space-delimited chunks of the text, and which need an ActualText span.
    std::vector<Chunk> chunks;
    for (std::size_t i = 0; i < line.text.size();) {
        if (is_space(line.text[i])) {
            ++i;
            continue;
        }
        Chunk ch;
        ch.begin = i;
        while (i < line.text.size() && !is_space(line.text[i])) ++i;
        ch.end = i;
        chunks.push_back(ch);
    }
    auto chunk_of = [&chunks](std::size_t byte) -> int {
        for (std::size_t k = 0; k < chunks.size(); ++k)
            if (byte >= chunks[k].begin && byte < chunks[k].end) return static_cast<int>(k);
        return -1;
    };
    std::vector<LineCluster> clusters = line_clusters(line);
    std::vector<int> cluster_chunk(clusters.size());
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        int k = chunk_of(clusters[c].text_begin);
        cluster_chunk[c] = k;
        if (k >= 0 && !plain_cluster(line, clusters[c], seed)) chunks[static_cast<std::size_t>(k)].span = true;
    }

    begin();
    if (color.r != fill_.r || color.g != fill_.g || color.b != fill_.b) {
        append_rgb(out, color.r, color.g, color.b, "rg");
        out.back() = '\n';
        fill_ = color;
        if (stroke_ > 0) stroke_ = -1;   // the stroke colour follows: set it again below
    }
    if (stroke != stroke_) {
        if (stroke > 0) {
            append_rgb(out, color.r, color.g, color.b, "RG");
            append_num(out, stroke, 3);
            out += " w 1 j 2 Tr\n";
        } else {
            out += "0 Tr\n";
        }
        stroke_ = stroke > 0 ? stroke : 0;
    }
    set_font(fonts.primary, size);
    const std::string* current = &fonts.primary;
    // The origin at the line's start (its alignment offset too), in 0.01 pt, as a move
    // from the previous line's origin.
    const double start = line.glyphs.front().x;
    const long nx = std::lround((x + start) * 100), ny = std::lround(y * 100);
    append_num(out, static_cast<double>(nx - x_) / 100, 2);
    out += ' ';
    append_num(out, static_cast<double>(ny - y_) / 100, 2);
    out += " Td\n";
    x_ = nx;
    y_ = ny;
    // The pen starts at the exact origin: the rounding (at most 0.005 pt) is not worth a
    // TJ number on every line.
    const double origin = start;

    bool tj_open = false;
    int open_span = -1;
    double rise = 0;
    double pen = 0;   // text-space position in 1/1000 em after the last glyph drawn
    bool string_open = false;   // a ( … ) glyph string is open inside the TJ array
    auto close_string = [&] {
        if (string_open) out += ')';
        string_open = false;
    };
    auto close_tj = [&] {
        close_string();
        if (tj_open) out += "]TJ\n";
        tj_open = false;
    };
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        int k = cluster_chunk[c];
        int want = k >= 0 && chunks[static_cast<std::size_t>(k)].span ? k : -1;
        if (want != open_span) {
            close_tj();
            if (open_span >= 0) out += "EMC\n";
            if (want >= 0) {
                const Chunk& ch = chunks[static_cast<std::size_t>(want)];
                out += "/Span<</ActualText(\xFE\xFF";
                for (char32_t cp : utf8::to_u32(std::string_view(line.text).substr(ch.begin, ch.end - ch.begin))) {
                    if (cp > 0xFFFF) {   // a surrogate pair
                        cp -= 0x10000;
                        append_literal_16(out, 0xD800 + (cp >> 10));
                        append_literal_16(out, 0xDC00 + (cp & 0x3FF));
                    } else {
                        append_literal_16(out, cp);
                    }
                }
                out += ")>>BDC\n";
            }
            open_span = want;
        }
        for (std::size_t i = clusters[c].first; i < clusters[c].last; ++i) {
            const text::LineGlyph& g = line.glyphs[i];
            const bool own = fonts.fallback_cids && !fonts.primary_cids->has(g.gid);
            const std::string* want_font = own ? &fonts.fallback : &fonts.primary;
            if (want_font != current) {
                close_tj();
                set_font(*want_font, size);
                current = want_font;
            }
            const uint16_t cid = (own ? fonts.fallback_cids : fonts.primary_cids)->cid(g.gid);
            if (std::fabs(g.y - rise) > 1e-9) {
                close_tj();
                append_num(out, g.y);
                out += " Ts\n";
                rise = g.y;
            }
            if (!tj_open) out += '[';
            tj_open = true;
            double target = (g.x - origin) * 1000.0 / size;
            double delta = target - pen;
            // To 1/10000 em (0.0016 pt at 16 pt); below half of that it is arithmetic noise.
            if (std::fabs(delta) >= 0.05) {
                close_string();
                append_num(out, -delta, 1);
                pen += std::round(delta * 10.0) / 10.0;   // what the reader will compute
            }
            if (!string_open) out += '(';
            string_open = true;
            append_literal_16(out, cid);
            pen += pdf_glyph_width(font, g.gid);
        }
    }
    close_tj();
    if (open_span >= 0) out += "EMC\n";
    if (rise != 0) out += "0 Ts\n";
}

} // namespace compforms::pdf::detail
