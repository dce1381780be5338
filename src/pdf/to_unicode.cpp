#include "pdf/to_unicode.hpp"

#include <algorithm>

#include "pdf/cid_map.hpp"
#include "base/utf8.hpp"
#include "pdf/pdf_format.hpp"

namespace compforms::pdf::detail {
namespace {

// A CID and the text it stands for.
using CmapEntry = std::pair<uint32_t, std::u32string>;

std::string hex4(uint32_t v) {
    std::string h;
    append_hex4(h, v);
    return h;
}

// A glyph whose CID is the one character it stands for (every glyph the font's cmap
// reaches, see CidMap) joins a bfrange mapping a run of CIDs to themselves (`ranges`,
// [lo, hi] each); the run may span CIDs no glyph uses, never one that means something
// else, nor a change of the first byte (a bfrange may only vary the last). The other
// entries go to `chars`, for bfchar.
void split_identity_ranges(const std::vector<CmapEntry>& entries, std::vector<std::pair<uint32_t, uint32_t>>& ranges,
                           std::vector<const CmapEntry*>& chars) {
    bool open = false;   // the last range may still grow
    for (const auto& e : entries) {
        if (e.second.size() != 1 || e.second[0] != e.first) {
            chars.push_back(&e);
            open = false;
        } else if (open && (ranges.back().first >> 8) == (e.first >> 8)) {
            ranges.back().second = e.first;
        } else {
            ranges.emplace_back(e.first, e.first);
            open = true;
        }
    }
}

} // namespace

ReverseCmap reverse_cmap(hb_font_t* font, hb_face_t* face) {
    ReverseCmap map;
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(face, unicodes);
    hb_codepoint_t cp = HB_SET_VALUE_INVALID;
    while (hb_set_next(unicodes, &cp)) {   // ascending, so the lowest code point wins
        hb_codepoint_t g = 0;
        if (hb_font_get_nominal_glyph(font, cp, &g) && g != 0) map.emplace(g, static_cast<char32_t>(cp));
    }
    hb_set_destroy(unicodes);
    return map;
}

std::vector<LineCluster> line_clusters(const text::TextLine& line) {
    std::vector<LineCluster> out;
    const auto& gs = line.glyphs;
    std::vector<uint32_t> starts;
    for (const auto& g : gs) starts.push_back(g.cluster);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (std::size_t i = 0; i < gs.size();) {
        std::size_t j = i + 1;
        while (j < gs.size() && gs[j].cluster == gs[i].cluster) ++j;
        LineCluster c;
        c.first = i;
        c.last = j;
        c.text_begin = std::min<std::size_t>(gs[i].cluster, line.text.size());
        auto next = std::upper_bound(starts.begin(), starts.end(), gs[i].cluster);
        c.text_end = next == starts.end() ? line.text.size() : std::min<std::size_t>(*next, line.text.size());
        out.push_back(c);
        i = j;
    }
    return out;
}

std::u32string ToUnicodeMap::lookup(uint32_t gid) const {
    if (auto it = learned_.find(gid); it != learned_.end()) return it->second;
    if (seed_) {
        if (auto it = seed_->find(gid); it != seed_->end()) return std::u32string(1, it->second);
    }
    return {};
}

void ToUnicodeMap::learn(const text::TextLine& line) {
    std::vector<uint32_t> gids;
    for (const LineCluster& c : line_clusters(line)) {
        gids.clear();
        for (std::size_t i = c.first; i < c.last; ++i) gids.push_back(line.glyphs[i].gid);
        std::u32string chars =
            utf8::to_u32(std::string_view(line.text).substr(c.text_begin, c.text_end - c.text_begin));
        learn_cluster(gids.data(), gids.size(), chars);
    }
}

void ToUnicodeMap::learn_cluster(const uint32_t* gids, std::size_t n, const std::u32string& chars) {
    std::vector<std::size_t> unknown;
    for (std::size_t i = 0; i < n; ++i)
        if (lookup(gids[i]).empty()) unknown.push_back(i);
    if (unknown.empty() || chars.empty()) return;

    // 1:1 cluster that no known glyph contradicts: the unknown glyphs take their
    // characters by position (.small/.narrow/.less forms map to their base characters).
    if (n == chars.size()) {
        bool agrees = true;
        for (std::size_t i = 0; i < n && agrees; ++i)
            if (std::u32string known = lookup(gids[i]); !known.empty()) agrees = known == std::u32string(1, chars[i]);
        if (agrees) {
            for (std::size_t i : unknown) learned_.emplace(gids[i], std::u32string(1, chars[i]));
            return;
        }
    }
    // Leftover rule, for one unknown glyph: decompose sara am, take away what the known
    // glyphs show, and give the rest, in source order, to the unknown glyph
    // (uni0E4D0E49 → U+0E49 U+0E4D in น้ำ).
    if (unknown.size() != 1) return;
    std::u32string rest;
    for (char32_t c : chars) {
        if (c == 0x0E33) {
            rest.push_back(0x0E4D);
            rest.push_back(0x0E32);
        } else {
            rest.push_back(c);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (i == unknown[0]) continue;
        const std::u32string known = lookup(gids[i]);
        for (char32_t k : known) {
            auto pos = rest.find(k);
            if (pos == std::u32string::npos) return;   // the cluster contradicts the known glyphs
            rest.erase(pos, 1);
        }
    }
    if (!rest.empty()) learned_.emplace(gids[unknown[0]], rest);
}

std::string ToUnicodeMap::cmap(const CidMap& cids) const {
    std::vector<CmapEntry> entries;
    for (const auto& [cid, g] : cids.by_cid())
        if (std::u32string s = g ? lookup(g) : std::u32string(); !s.empty()) entries.emplace_back(cid, std::move(s));
    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    std::vector<const CmapEntry*> chars;
    split_identity_ranges(entries, ranges, chars);
    for (std::size_t i = 0; i < ranges.size(); i += 100) {
        std::size_t n = std::min<std::size_t>(100, ranges.size() - i);
        out += std::to_string(n) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k)
            out += '<' + hex4(ranges[k].first) + "> <" + hex4(ranges[k].second) + "> <" + hex4(ranges[k].first) + ">\n";
        out += "endbfrange\n";
    }
    for (std::size_t i = 0; i < chars.size(); i += 100) {
        std::size_t n = std::min<std::size_t>(100, chars.size() - i);
        out += std::to_string(n) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k)
            out += '<' + hex4(chars[k]->first) + "> <" + utf16be_hex(chars[k]->second) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

} // namespace compforms::pdf::detail
