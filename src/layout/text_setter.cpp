#include "layout/text_kit.hpp"

#include <algorithm>
#include <limits>

#include "layout/thai_numbers.hpp"

namespace compforms::layout {

text::LineMetrics TextKit::metrics(const TextStyle& style) const {
    text::LineMetrics m = text::line_metrics(font(style), style.size);
    if (style.line_height > 0) m.height = style.line_height * style.size;
    return m;
}

double TextKit::baseline_offset(const TextStyle& style) const {
    const text::LineMetrics m = metrics(style);
    // With a line height under the ink extents the spare is negative: the rare tallest
    // marks and deepest descenders overhang the band evenly at top and bottom.
    const double spare = m.height - m.ascent - m.descent;
    return spare / 2 + m.ascent;
}

std::string TextKit::printed(std::string_view text, const TextStyle& style) {
    return style.thai_digits ? to_thai_digits(text) : std::string(text);
}

double TextKit::width(std::string_view text, const TextStyle& style) const {
    return ts_.width(printed(text, style), font(style), style.size);
}

std::shared_ptr<const text::TextLine> TextKit::line(std::string_view text,
                                                    const TextStyle& style) const {
    return std::make_shared<const text::TextLine>(
        ts_.set_line(printed(text, style), font(style), style.size));
}

Band TextKit::line_band(std::string_view text, const TextStyle& style, double x) const {
    Band b;
    b.height = metrics(style).height;
    if (!text.empty()) b.items.push_back(TextItem{x, baseline_offset(style), line(text, style), style.color, style.stroke_width()});
    return b;
}

std::vector<Band> TextKit::paragraph(std::string_view text, const TextStyle& style, double x,
                                     double width, text::Align align,
                                     double first_line_indent) const {
    text::ParagraphStyle ps;
    ps.font = &font(style);
    ps.size = style.size;
    ps.width = width;
    ps.align = align;
    ps.first_line_indent = first_line_indent;
    std::vector<text::TextLine> lines = ts_.set_paragraph(printed(text, style), ps);
    const double h = metrics(style).height;
    const double base = baseline_offset(style);
    std::vector<Band> bands;
    bands.reserve(lines.size());
    for (auto& l : lines) {
        Band b;
        b.height = h;
        b.items.push_back(
            TextItem{x, base, std::make_shared<const text::TextLine>(std::move(l)), style.color, style.stroke_width()});
        bands.push_back(std::move(b));
    }
    return bands;
}

Extent glyph_extent(const TextItem& item) {
    if (!item.line || item.line->glyphs.empty()) return {item.x, item.x};
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const auto& g : item.line->glyphs) {
        lo = std::min(lo, g.x);
        hi = std::max(hi, g.x + g.advance);
    }
    return {item.x + lo, item.x + hi};
}

} // namespace compforms::layout
