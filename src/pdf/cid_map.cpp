#include "pdf/cid_map.hpp"

#include <algorithm>

#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {

CidMap::CidMap(const std::set<uint32_t>& glyphs, const ReverseCmap& seed) {
    std::set<uint32_t> all = glyphs;
    all.insert(0);
    std::set<uint16_t> taken{0};
    std::vector<uint32_t> others;
    for (uint32_t g : all) {
        if (g > 0xFFFF) throw PdfError("glyph id " + std::to_string(g) + " does not fit a 2-byte CIDToGIDMap");
        if (g == 0) {
            cid_.emplace(0, 0);
            continue;
        }
        auto it = seed.find(g);
        // Control codes stand for no glyph; a code point can belong to one glyph only.
        const bool usable = it != seed.end() && it->second >= 0x20 && it->second <= 0xFFFF &&
                            !(it->second >= 0x7F && it->second <= 0x9F) && !taken.count(static_cast<uint16_t>(it->second));
        if (usable) {
            cid_.emplace(g, static_cast<uint16_t>(it->second));
            taken.insert(static_cast<uint16_t>(it->second));
        } else {
            others.push_back(g);   // in glyph id order, so the result depends on the set alone
        }
    }
    // The free slots in order: 1–31, 127–159, then above the highest code point in use.
    const uint32_t above = *taken.rbegin() + 1u;
    uint32_t next = 0;
    auto advance = [&] {
        do {
            ++next;
            if (next == 0x20) next = 0x7F;
            if (next == 0xA0) next = std::max<uint32_t>(above, 0xA0);
        } while (next <= 0xFFFF && taken.count(static_cast<uint16_t>(next)));
    };
    for (uint32_t g : others) {
        advance();
        if (next > 0xFFFF) throw PdfError("a font subset needs more than 65,536 CIDs");
        cid_.emplace(g, static_cast<uint16_t>(next));
    }
    for (const auto& [g, c] : cid_) by_cid_.emplace_back(c, g);
    std::sort(by_cid_.begin(), by_cid_.end());
}

uint16_t CidMap::cid(uint32_t gid) const {
    auto it = cid_.find(gid);
    if (it == cid_.end()) throw PdfError("glyph " + std::to_string(gid) + " is not in the font subset");
    return it->second;
}

std::string CidMap::cid_to_gid_map(const FontSubset& subset) const {
    const std::size_t n = by_cid_.empty() ? 1 : by_cid_.back().first + 1u;
    std::string out(2 * n, '\0');
    for (const auto& [c, old] : by_cid_) {
        const uint32_t g = subset.new_gid(old);
        out[2 * c] = static_cast<char>((g >> 8) & 0xFF);
        out[2 * c + 1] = static_cast<char>(g & 0xFF);
    }
    return out;
}

} // namespace compforms::pdf::detail
