#include "layout/text_setter.hpp"

#include <hb.h>

#include <algorithm>
#include <limits>
#include <optional>

#include "layout/layout_error.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::layout {
namespace {

// Byte `at` of `printed` (the text with its ASCII digits made Thai, three bytes each)
// as a byte of the text before the digits were changed.
std::size_t unprinted_offset(std::string_view printed, std::size_t at) {
    std::size_t original = 0;
    for (std::size_t i = 0; i < at && i < printed.size();) {
        const bool thai_digit = printed.substr(i, 2) == "\xE0\xB9" && i + 2 < printed.size() &&
                                static_cast<unsigned char>(printed[i + 2]) >= 0x90 &&
                                static_cast<unsigned char>(printed[i + 2]) <= 0x99;
        i += thai_digit ? 3 : 1;
        ++original;
    }
    return original;
}

// Shapes through `set`, turning a character the font lacks into an UnprintableText that
// says where the character stands in the source, when the text came from one.
template <typename Set>
auto set_located(std::string_view printed, const TextStyle& style, const TextOrigin& origin, Set set) {
    try {
        return set();
    } catch (const text::MissingGlyphError& e) {
        const std::size_t at = style.thai_digits ? unprinted_offset(printed, e.offset) : e.offset;
        throw UnprintableText(e.what(), e.codepoint, origin.source_offset(at));
    }
}

// Where the first character of each line stands in the source: the lines are the text's
// consecutive pieces, less the break spaces between them, so each is found after the last.
std::vector<std::optional<std::size_t>> line_origins(std::string_view shown, const std::vector<text::TextLine>& lines,
                                                     const TextStyle& style, const TextOrigin& origin) {
    std::vector<std::optional<std::size_t>> out(lines.size());
    if (!origin.known()) return out;
    std::size_t at = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t found = lines[i].text.empty() ? std::string_view::npos : shown.find(lines[i].text, at);
        if (found == std::string_view::npos) continue;
        out[i] = origin.source_offset(style.thai_digits ? unprinted_offset(shown, found) : found);
        at = found + lines[i].text.size();
    }
    return out;
}

} // namespace

text::LineMetrics TextSetter::metrics(const TextStyle& style) const {
    text::LineMetrics m = text::line_metrics(font(style), style.size);
    if (style.line_height > 0) m.height = style.line_height * style.size;
    return m;
}

double TextSetter::baseline_offset(const TextStyle& style) const {
    const text::LineMetrics m = metrics(style);
    // With a line height under the ink extents the spare is negative: the rare tallest
    // marks and deepest descenders overhang the band evenly at top and bottom.
    const double spare = m.height - m.ascent - m.descent;
    return spare / 2 + m.ascent;
}

std::string TextSetter::printed(std::string_view text, const TextStyle& style) {
    return style.thai_digits ? to_thai_digits(text) : std::string(text);
}

double TextSetter::width(std::string_view text, const TextStyle& style) const {
    const std::string shown = printed(text, style);
    return set_located(shown, style, {}, [&] { return ts_.width(shown, font(style), style.size); });
}

std::shared_ptr<const text::TextLine> TextSetter::line(std::string_view text, const TextStyle& style,
                                                       const TextOrigin& origin) const {
    const std::string shown = printed(text, style);
    return set_located(shown, style, origin, [&] {
        return std::make_shared<const text::TextLine>(ts_.set_line(shown, font(style), style.size));
    });
}

Band TextSetter::line_band(std::string_view text, const TextStyle& style, double x) const {
    Band b;
    b.height = metrics(style).height;
    if (!text.empty()) b.items.push_back(TextItem{x, baseline_offset(style), line(text, style), style.color, style.stroke_width()});
    return b;
}

std::vector<Band> TextSetter::paragraph(std::string_view text, const TextStyle& style, double x, double width,
                                        text::Align align, double first_line_indent,
                                        const TextOrigin& origin) const {
    text::ParagraphStyle ps;
    ps.font = &font(style);
    ps.size = style.size;
    ps.width = width;
    ps.align = align;
    ps.first_line_indent = first_line_indent;
    const std::string shown = printed(text, style);
    std::vector<text::TextLine> lines =
        set_located(shown, style, origin, [&] { return ts_.set_paragraph(shown, ps); });
    const double h = metrics(style).height;
    const double base = baseline_offset(style);
    const std::vector<std::optional<std::size_t>> starts = line_origins(shown, lines, style, origin);
    std::vector<Band> bands;
    bands.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Band b;
        b.height = h;
        b.items.push_back(TextItem{x, base, std::make_shared<const text::TextLine>(std::move(lines[i])), style.color,
                                   style.stroke_width(), starts[i]});
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

Extent ink_extent(const TextItem& item) {
    if (!item.line || !item.line->font) return glyph_extent(item);
    const text::TextLine& line = *item.line;
    const double scale = line.size / line.font->upem();
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const text::LineGlyph& g : line.glyphs) {
        hb_glyph_extents_t e{};
        if (!hb_font_get_glyph_extents(line.font->hb_font(), g.gid, &e) || e.width == 0) continue;
        lo = std::min(lo, g.x + e.x_bearing * scale);
        hi = std::max(hi, g.x + (e.x_bearing + e.width) * scale);
    }
    if (lo > hi) return glyph_extent(item);
    return {item.x + lo, item.x + hi};
}

std::vector<WordExtent> word_extents(const TextItem& item) {
    std::vector<WordExtent> out;
    if (!item.line) return out;
    const std::string& text = item.line->text;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) {
            double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
            for (const auto& g : item.line->glyphs)
                if (g.cluster >= start && g.cluster < end) {
                    lo = std::min(lo, g.x);
                    hi = std::max(hi, g.x + g.advance);
                }
            if (lo <= hi) out.push_back({text.substr(start, end - start), item.x + lo, item.x + hi});
        }
        start = end + 1;
    }
    return out;
}

} // namespace compforms::layout
