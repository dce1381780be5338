// Shared by the layout tests: one FontSet and Typesetter for the whole run, and helpers
// that read a layout::Document back (texts of a page, extents of its items).
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "layout/text_setter.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace layout_test {

using namespace compforms;

inline const text::FontSet& fonts() {
    static std::unique_ptr<text::FontSet> f = text::FontSet::load(text::find_font_dir());
    return *f;
}

inline text::Typesetter& typesetter() {
    static text::Typesetter ts;
    return ts;
}

inline const layout::TextSetter& setter() {
    static const layout::TextSetter s(typesetter(), fonts());
    return s;
}

template <typename T>
std::vector<const T*> items_of(const layout::Page& page) {
    std::vector<const T*> out;
    for (const auto& it : page.items)
        if (const auto* t = std::get_if<T>(&it)) out.push_back(t);
    return out;
}

// The texts of a page's TextItems, in drawing order.
inline std::vector<std::string> texts(const layout::Page& page) {
    std::vector<std::string> out;
    for (const auto* t : items_of<layout::TextItem>(page)) out.push_back(t->line->text);
    return out;
}

inline std::string joined(const layout::Page& page) {
    std::string s;
    for (const auto& t : texts(page)) s += t + "\n";
    return s;
}

// Every text's ink box and every rect and line of the flowed content lies in the content
// box; `decorated` pages may also carry header/footer items, which must lie in the page.
inline void check_inside(const layout::Document& doc, const layout::PageSetup& ps,
                         double vertical_slack = 0.01) {
    const double eps = 0.01;
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        CAPTURE(p);
        for (const auto& it : doc.pages[p].items) {
            if (const auto* t = std::get_if<layout::TextItem>(&it)) {
                CAPTURE(t->line->text);
                const auto e = layout::glyph_extent(*t);
                const auto m = text::line_metrics(*t->line->font, t->line->size);
                CHECK(e.x0 >= ps.content_left() - eps);
                CHECK(e.x1 <= ps.content_right() + eps);
                CHECK(t->baseline - m.ascent >= ps.content_top() - vertical_slack);
                CHECK(t->baseline + m.descent <= ps.content_bottom() + vertical_slack);
            } else if (const auto* r = std::get_if<layout::RectItem>(&it)) {
                CHECK(r->x >= ps.content_left() - eps);
                CHECK(r->x + r->w <= ps.content_right() + eps);
                CHECK(r->y >= ps.content_top() - eps);
                CHECK(r->y + r->h <= ps.content_bottom() + eps);
            } else if (const auto* l = std::get_if<layout::LineItem>(&it)) {
                CHECK(std::min(l->x1, l->x2) >= ps.content_left() - eps);
                CHECK(std::max(l->x1, l->x2) <= ps.content_right() + eps);
                CHECK(std::min(l->y1, l->y2) >= ps.content_top() - eps);
                CHECK(std::max(l->y1, l->y2) <= ps.content_bottom() + eps);
            }
        }
    }
}

} // namespace layout_test
