// The shared part of a batch of documents: the items many pages share unchanged
// (Page::shared, the static part of a form), with the fonts they draw with, made once per
// writer and written verbatim into every document that shares them.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "layout/document.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/cid_map.hpp"
#include "pdf/deflater.hpp"
#include "pdf/font_records.hpp"
#include "pdf/font_subset.hpp"

namespace compforms::pdf::detail {

using ItemList = std::shared_ptr<const std::vector<layout::Item>>;

// The shared part of the documents that share one set of item lists: per font, the glyphs
// the lists use, their CIDs and the ToUnicode and CIDToGIDMap streams learned from them
// alone, and each list's content stream, so the result is the same whatever else a
// document holds (fresh and reused writers write the same bytes).
struct SharedPart {
    struct Face {
        const text::Font* font = nullptr;
        std::set<uint32_t> used;
        CidMap cids;
        CidFont::Streams streams;   // as written (deflated when compressing)
    };

    // The face of a font index, or null when the lists do not use the font.
    const Face* face(int index) const;
    // A list's content stream as written (compressed once with `deflater`, when given),
    // its fonts named HbS<k> (see page_content.hpp).
    const std::string& content(const ItemList& items, double page_height, Deflater* deflater, FontRecords& fonts);

    std::vector<ItemList> keep;   // pins the addresses the keys are made of
    std::map<int, Face> faces;    // by font index
    std::map<const void*, std::vector<int>> list_faces;   // font indices each list draws with, in order
    std::map<std::pair<const void*, double>, std::string> contents;   // by list and page height, as written
};

// The shared parts a writer has made, by set of lists and compression. A batch whose
// documents share ever new lists starts over now and then rather than keep them all.
class SharedParts {
public:
    // The shared part of a document whose distinct shared lists are `lists`, in order.
    SharedPart& of(const std::vector<ItemList>& lists, Deflater* deflater, FontRecords& fonts, SubsetCache& subsets);

private:
    static constexpr std::size_t kMaxEntries = 64;
    std::map<std::pair<std::vector<const void*>, bool>, SharedPart> parts_;
};

} // namespace compforms::pdf::detail
