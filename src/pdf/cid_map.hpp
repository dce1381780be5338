// The CIDs of one embedded subset. A glyph the font's cmap reaches is given the code point
// it stands for as its CID (U+0E01 ก → CID 0x0E01), so a word's glyph string in the content
// stream and its /ActualText are the same bytes and deflate stores them once. The other
// glyphs (contextual forms, ligatures) take CIDs no such glyph can have: the control codes
// 1–31 and 127–159, then codes above the highest one in use. CID 0 is .notdef. A
// /CIDToGIDMap stream takes each CID back to its glyph.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pdf/font_subset.hpp"
#include "pdf/to_unicode.hpp"

namespace compforms::pdf::detail {

class CidMap {
public:
    CidMap() = default;
    // The CIDs of {0} ∪ glyphs; `seed` gives each glyph's code point (lowest wins).
    CidMap(const std::set<uint32_t>& glyphs, const ReverseCmap& seed);

    bool has(uint32_t gid) const { return cid_.count(gid) != 0; }
    // The CID of a glyph of the set; throws PdfError for a glyph outside it.
    uint16_t cid(uint32_t gid) const;
    // (CID, glyph) for every glyph of the set, by CID.
    const std::vector<std::pair<uint16_t, uint32_t>>& by_cid() const { return by_cid_; }
    // The /CIDToGIDMap stream data: the glyph id of each CID 0 … max in `subset` (whose
    // glyphs are renumbered), two bytes big-endian.
    std::string cid_to_gid_map(const FontSubset& subset) const;

private:
    std::unordered_map<uint32_t, uint16_t> cid_;
    std::vector<std::pair<uint16_t, uint32_t>> by_cid_;
};

} // namespace compforms::pdf::detail
