#include "pdf/shared_part.hpp"

#include <algorithm>
#include <variant>

#include "pdf/page_content.hpp"
#include "pdf/to_unicode.hpp"

namespace compforms::pdf::detail {
namespace {

// The line an item of a shared list puts glyphs in the shared subsets with: drawn text,
// and text reserved for the documents' own lines (not drawn here); or null.
const text::TextLine* line_needing_glyphs(const layout::Item& item) {
    const text::TextLine* line = nullptr;
    if (const layout::TextItem* t = drawable_text(item)) line = t->line.get();
    auto* r = std::get_if<layout::ReservedText>(&item);
    if (r && r->line && r->line->font && !r->line->glyphs.empty()) line = r->line.get();
    return line;
}

SharedPart make_part(const std::vector<ItemList>& lists, Deflater* deflater, FontRecords& fonts, SubsetCache& subsets) {
    SharedPart part;
    part.keep = lists;
    std::map<int, ToUnicodeMap> maps;
    for (const ItemList& l : lists) {
        std::vector<int>& faces = part.list_faces[l.get()];
        for (const layout::Item& item : *l) {
            const text::TextLine* line = line_needing_glyphs(item);
            if (!line) continue;
            FontRecord& rec = fonts.record(*line->font);
            const bool drawn = !std::holds_alternative<layout::ReservedText>(item);
            if (drawn && std::find(faces.begin(), faces.end(), rec.index) == faces.end()) faces.push_back(rec.index);
            SharedPart::Face& face = part.faces[rec.index];
            face.font = line->font;
            for (const auto& g : line->glyphs) face.used.insert(g.gid);
            maps.try_emplace(rec.index, &rec.seed).first->second.learn(*line);
        }
    }
    for (auto& [index, face] : part.faces) {
        face.cids = CidMap(face.used, fonts.record(*face.font).seed);
        face.streams = CidFont::make_streams(maps.at(index), face.cids,
                                             subsets.get(face.font->hb_face(), face.used, deflater), deflater);
    }
    return part;
}

} // namespace

const SharedPart::Face* SharedPart::face(int index) const {
    auto it = faces.find(index);
    return it == faces.end() ? nullptr : &it->second;
}

const std::string& SharedPart::content(const ItemList& items, double page_height, Deflater* deflater,
                                       FontRecords& fonts) {
    auto key = std::make_pair(static_cast<const void*>(items.get()), page_height);
    auto it = contents.find(key);
    if (it != contents.end()) return it->second;
    std::vector<int> indices;
    for (const layout::Item& item : *items)
        if (const layout::TextItem* t = drawable_text(item)) indices.push_back(fonts.record(*t->line->font).index);
    const std::map<int, std::size_t> order = first_use_order(indices);
    std::string bytes = encode_content(*items, page_height, fonts, [this, &order](int index) {
        return LineFonts{resource_name("HbS", order.at(index)), &faces.at(index).cids, {}, nullptr};
    });
    if (deflater && !bytes.empty()) bytes = deflater->compress(bytes);
    return contents.emplace(key, std::move(bytes)).first->second;
}

SharedPart& SharedParts::of(const std::vector<ItemList>& lists, Deflater* deflater, FontRecords& fonts,
                            SubsetCache& subsets) {
    std::vector<const void*> ids;
    for (const ItemList& l : lists) ids.push_back(l.get());
    auto key = std::make_pair(std::move(ids), deflater != nullptr);
    auto it = parts_.find(key);
    if (it != parts_.end()) return it->second;
    SharedPart part = make_part(lists, deflater, fonts, subsets);
    if (parts_.size() >= kMaxEntries) parts_.clear();
    return parts_.emplace(std::move(key), std::move(part)).first->second;
}

} // namespace compforms::pdf::detail
