// What each glyph id means as text, for the ToUnicode CMap: seeded from the font's
// reverse cmap (lowest code point wins), then taught by the shaping clusters, so the
// contextual forms (.small, .narrow, .less) and the nikhahit+tone ligature map back to
// their characters. Clusters that no per-glyph map can express exactly (sara am split
// into nikhahit + sara aa) are covered by /ActualText (see actual_text.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <hb.h>

#include "text/text_line.hpp"

namespace compforms::pdf::detail {

using ReverseCmap = std::unordered_map<uint32_t, char32_t>;
class CidMap;

// glyph → lowest code point whose nominal glyph it is.
ReverseCmap reverse_cmap(hb_font_t* font, hb_face_t* face);

class ToUnicodeMap {
public:
    explicit ToUnicodeMap(const ReverseCmap* seed) : seed_(seed) {}

    // Learns the unknown glyphs of every cluster of a line (first learned wins).
    void learn(const text::TextLine& line);
    // The text a glyph stands for; empty when unknown.
    std::u32string lookup(uint32_t gid) const;
    // The CMap program for the glyphs of `cids`, by CID: bfrange blocks for the glyphs whose
    // CID is their character, bfchar blocks for the others, at most 100 entries a block.
    std::string cmap(const CidMap& cids) const;

private:
    void learn_cluster(const uint32_t* gids, std::size_t n, const std::u32string& chars);
    const ReverseCmap* seed_;
    std::map<uint32_t, std::u32string> learned_;
};

// The clusters of a line, in glyph order: [first, last) glyph indices and the byte range
// of the text they show. Shared by the learner, the ActualText spans and the text writer.
struct LineCluster {
    std::size_t first = 0, last = 0;
    std::size_t text_begin = 0, text_end = 0;
};
std::vector<LineCluster> line_clusters(const text::TextLine& line);

} // namespace compforms::pdf::detail
