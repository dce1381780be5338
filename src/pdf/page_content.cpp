#include "pdf/page_content.hpp"

#include <variant>

#include "pdf/page_painter.hpp"

namespace compforms::pdf::detail {

const layout::TextItem* drawable_text(const layout::Item& item) {
    auto* t = std::get_if<layout::TextItem>(&item);
    return t && t->line && t->line->font && !t->line->glyphs.empty() ? t : nullptr;
}

std::string resource_name(const char* prefix, std::size_t k) { return prefix + std::to_string(k); }

std::map<int, std::size_t> first_use_order(const std::vector<int>& indices) {
    std::map<int, std::size_t> order;
    for (int i : indices) order.emplace(i, order.size() + 1);
    return order;
}

std::string encode_content(const std::vector<layout::Item>& items, double page_height, FontRecords& fonts,
                           const std::function<LineFonts(int font_index)>& line_fonts) {
    // Nothing we draw overlaps text, so the paths can go first, and the text keeps its
    // order (the reading order of pdftotext -raw).
    std::string out, text_out;
    PathPainter paths;
    TextObject text(text_out);
    for (const layout::Item& item : items) {
        if (const layout::TextItem* t = drawable_text(item)) {
            FontRecord& rec = fonts.record(*t->line->font);
            text.line(*t->line, t->x, page_height - t->baseline, line_fonts(rec.index), rec.seed, t->color, t->stroke);
        } else if (auto* l = std::get_if<layout::LineItem>(&item)) {
            paths.line(*l, page_height);
        } else if (auto* r = std::get_if<layout::RectItem>(&item)) {
            paths.rect(*r, page_height);
        } else if (auto* k = std::get_if<layout::TickItem>(&item)) {
            paths.tick(*k, page_height);
        }
    }
    paths.write(out);
    text.end();
    return out + text_out;
}

} // namespace compforms::pdf::detail
