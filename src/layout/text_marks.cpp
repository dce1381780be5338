#include "layout/text_marks.hpp"

#include <algorithm>
#include <limits>

namespace compforms::layout {
namespace {

// Where the lines sit, in ems from the baseline (down positive): a strike through the
// middle of Thai consonants, an underline just below the baseline (below-vowels ุ ู touch
// it, as they touch any underline).
constexpr double kStrikeRise = -0.27;
constexpr double kUnderlineDrop = 0.13;
constexpr double kMarkWidth = 0.05;   // of the size

void mark_line(Band& band, const TextItem& item, std::size_t line_start, const std::vector<TextMark>& marks,
               const TextStyle& style) {
    const text::TextLine& line = *item.line;
    for (const TextMark& m : marks) {
        if (m.end <= line_start || m.begin >= line_start + line.text.size()) continue;
        double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
        for (const text::LineGlyph& g : line.glyphs) {
            const std::size_t at = line_start + g.cluster;
            if (at < m.begin || at >= m.end) continue;
            lo = std::min(lo, g.x);
            hi = std::max(hi, g.x + g.advance);
        }
        if (lo >= hi) continue;
        const double y = item.baseline + style.size * (m.kind == TextMark::Kind::strike ? kStrikeRise : kUnderlineDrop);
        LineItem l;
        l.x1 = item.x + lo;
        l.x2 = item.x + hi;
        l.y1 = l.y2 = y;
        l.width = style.size * kMarkWidth;
        l.color = style.color;
        band.items.push_back(l);
    }
}

} // namespace

void draw_marks(std::vector<Band>& bands, std::string_view text, const std::vector<TextMark>& marks,
                const TextStyle& style) {
    if (style.thai_digits) return;
    std::size_t cursor = 0;
    for (Band& band : bands) {
        const std::size_t n = band.items.size();
        for (std::size_t i = 0; i < n; ++i) {
            const auto* item = std::get_if<TextItem>(&band.items[i]);
            if (!item || !item->line || item->line->text.empty()) continue;
            const std::size_t start = text.find(item->line->text, cursor);
            if (start == std::string_view::npos) continue;   // not this text's line: nothing to mark
            const TextItem copy = *item;   // the band's items grow below
            mark_line(band, copy, start, marks, style);
            cursor = start + copy.line->text.size();
        }
    }
}

} // namespace compforms::layout
