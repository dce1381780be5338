#include "pdf/font_records.hpp"

#include <utility>

namespace compforms::pdf::detail {

FontRecords::~FontRecords() {
    for (auto& [font, rec] : fonts_) hb_face_destroy(rec.face);
}

FontRecord& FontRecords::record(const text::Font& font) {
    auto it = fonts_.find(&font);
    if (it != fonts_.end() && it->second.face == font.hb_face()) return it->second;
    if (it != fonts_.end()) {
        hb_face_destroy(it->second.face);
        fonts_.erase(it);
    }
    FontRecord rec;
    rec.face = hb_face_reference(font.hb_face());
    rec.index = next_index_++;
    rec.seed = reverse_cmap(font.hb_font(), font.hb_face());
    return fonts_.emplace(&font, std::move(rec)).first->second;
}

} // namespace compforms::pdf::detail
