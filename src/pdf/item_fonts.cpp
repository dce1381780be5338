#include "pdf/item_fonts.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include "pdf/page_content.hpp"

namespace compforms::pdf::detail {

ItemFonts::ItemFonts(const layout::Document& doc, FontRecords& fonts, const SharedPart* shared) {
    std::vector<int> indices;
    for (const layout::Page& lp : doc.pages) {
        for (const layout::Item& item : lp.items) {
            const layout::TextItem* t = drawable_text(item);
            if (!t) continue;
            FontRecord& rec = fonts.record(*t->line->font);
            indices.push_back(rec.index);
            ItemGlyphs& ig = glyphs_.try_emplace(rec.index, t->line->font, &rec.seed).first->second;
            for (const auto& g : t->line->glyphs) ig.used.insert(g.gid);
            ig.to_unicode.learn(*t->line);
        }
    }
    for (auto& [index, ig] : glyphs_) {
        if (const SharedPart::Face* face = shared ? shared->face(index) : nullptr) {
            ig.shared = &face->cids;
            std::set_difference(ig.used.begin(), ig.used.end(), face->used.begin(), face->used.end(),
                                std::inserter(ig.own, ig.own.end()));
        } else {
            ig.own = ig.used;
        }
        if (!ig.own.empty()) ig.own_cids = CidMap(ig.own, fonts.record(*ig.font).seed);
    }
    order_ = first_use_order(indices);
}

LineFonts ItemFonts::line_fonts(int font_index) const {
    const ItemGlyphs& ig = glyphs_.at(font_index);
    const std::size_t k = order_.at(font_index);
    if (!ig.shared) return LineFonts{resource_name("HbF", k), &ig.own_cids, {}, nullptr};
    if (ig.own.empty()) return LineFonts{resource_name("HbF", k), ig.shared, {}, nullptr};
    return LineFonts{resource_name("HbF", k), ig.shared, resource_name("HbX", k), &ig.own_cids};
}

} // namespace compforms::pdf::detail
