// The embedded font program: an hb-subset of the face, its glyphs renumbered 0…n-1 (the
// CIDToGIDMap takes each CID to its new id; with the old ids the subset would carry a loca
// and an hmtx entry for every glyph below the highest), with the layout tables dropped
// (the PDF carries shaped glyph ids; GSUB/GPOS/GDEF would only add bytes and pull in
// glyphs through the layout closure).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <hb.h>

namespace compforms::pdf::detail {

struct FontSubset {
    std::string tag;          // six capital letters derived from the glyph set (deterministic)
    std::size_t length = 0;   // size of the subset TrueType font program (/Length1)
    std::string program;      // the program itself, or empty once `deflated` holds it
    std::string deflated;     // the program deflated (for /FlateDecode), when compressed
    std::vector<std::pair<uint32_t, uint32_t>> new_ids;   // (original id, id in the subset), by original id

    // The id in the subset of an original glyph id; throws PdfError for a glyph not in it.
    uint32_t new_gid(uint32_t gid) const;
};

class Deflater;

// Subsets `face` to {0} ∪ glyphs; throws PdfError when hb-subset fails. With a deflater,
// the program is kept compressed only.
FontSubset subset_font(hb_face_t* face, const std::set<uint32_t>& glyphs, Deflater* deflater = nullptr);

// Subsets cached by (face, glyph set): a batch of sheets that use the same glyphs pays once.
// The cache holds a reference on each face it has seen, so a face address in a key can
// never be reused by another font while the cache lives.
class SubsetCache {
public:
    SubsetCache() = default;
    ~SubsetCache();
    SubsetCache(const SubsetCache&) = delete;
    SubsetCache& operator=(const SubsetCache&) = delete;
    const FontSubset& get(hb_face_t* face, const std::set<uint32_t>& glyphs, Deflater* deflater);

private:
    hb_face_t* lean(hb_face_t* face);
    static constexpr std::size_t kMaxEntries = 256;
    std::map<hb_face_t*, hb_face_t*> lean_;   // by source face (referenced in faces_)
    std::set<hb_face_t*> faces_;
    std::map<std::tuple<const hb_face_t*, int, std::set<uint32_t>>, FontSubset> cache_;   // level -2: not deflated
};

} // namespace compforms::pdf::detail
