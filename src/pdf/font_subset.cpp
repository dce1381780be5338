#include "pdf/font_subset.hpp"

#include <algorithm>

#include <hb-subset.h>

#include "pdf/deflater.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

std::string subset_tag(const std::set<uint32_t>& glyphs) {
    uint64_t h = 1469598103934665603ull;   // FNV-1a over the glyph ids
    for (uint32_t g : glyphs) {
        for (int k = 0; k < 4; ++k) {
            h ^= (g >> (8 * k)) & 0xFF;
            h *= 1099511628211ull;
        }
    }
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag.push_back(static_cast<char>('A' + h % 26));
        h /= 26;
    }
    return tag;
}

// hb-subset's input: {0} ∪ glyphs, renumbered, without the tables a reader of the PDF
// does not use.
hb_subset_input_t* subset_input(const std::set<uint32_t>& glyphs) {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) throw PdfError("hb-subset: out of memory");
    hb_set_t* gs = hb_subset_input_glyph_set(input);
    hb_set_add(gs, 0);
    for (uint32_t g : glyphs) hb_set_add(gs, g);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DEFAULT);
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    hb_set_add(drop, HB_TAG('G', 'S', 'U', 'B'));
    hb_set_add(drop, HB_TAG('G', 'P', 'O', 'S'));
    hb_set_add(drop, HB_TAG('G', 'D', 'E', 'F'));
    // A CIDFontType2 is drawn by glyph id: readers need only glyf, loca, head, hhea, hmtx
    // and maxp (PDF 1.7, 9.9). Character maps, glyph names and naming are dead weight in
    // the file and work for hb-subset.
    for (hb_tag_t t : {HB_TAG('c', 'm', 'a', 'p'), HB_TAG('p', 'o', 's', 't'), HB_TAG('n', 'a', 'm', 'e'),
                       HB_TAG('O', 'S', '/', '2'), HB_TAG('g', 'a', 's', 'p')})
        hb_set_add(drop, t);
    return input;
}

// The hb-subset face of {0} ∪ glyphs, and the new id of each original glyph id (by
// original id).
hb_face_t* subset_face(hb_face_t* face, const std::set<uint32_t>& glyphs,
                       std::vector<std::pair<uint32_t, uint32_t>>& new_ids) {
    hb_subset_input_t* input = subset_input(glyphs);
    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(face, input);
    hb_subset_input_destroy(input);
    if (!plan) throw PdfError("hb-subset failed on the font");
    hb_face_t* sub = hb_subset_plan_execute_or_fail(plan);
    if (sub) {
        new_ids.clear();
        const hb_map_t* map = hb_subset_plan_old_to_new_glyph_mapping(plan);
        for (uint32_t g : glyphs) {
            if (g == 0) continue;
            hb_codepoint_t n = hb_map_get(map, g);
            if (n == HB_MAP_VALUE_INVALID) {
                hb_face_destroy(sub);
                hb_subset_plan_destroy(plan);
                throw PdfError("hb-subset dropped glyph " + std::to_string(g));
            }
            new_ids.emplace_back(g, n);
        }
        new_ids.emplace(new_ids.begin(), 0, hb_map_get(map, 0));
    }
    hb_subset_plan_destroy(plan);
    if (!sub) throw PdfError("hb-subset failed on the font");
    return sub;
}

} // namespace

uint32_t FontSubset::new_gid(uint32_t gid) const {
    auto it = std::lower_bound(new_ids.begin(), new_ids.end(), std::make_pair(gid, uint32_t{0}));
    if (it == new_ids.end() || it->first != gid) throw PdfError("glyph " + std::to_string(gid) + " is not in the font subset");
    return it->second;
}

FontSubset subset_font(hb_face_t* face, const std::set<uint32_t>& glyphs, Deflater* deflater) {
    std::vector<std::pair<uint32_t, uint32_t>> new_ids;
    hb_face_t* sub = subset_face(face, glyphs, new_ids);
    hb_blob_t* blob = hb_face_reference_blob(sub);
    unsigned len = 0;
    const char* data = hb_blob_get_data(blob, &len);
    std::string bytes(data ? data : "", len);
    hb_blob_destroy(blob);
    hb_face_destroy(sub);
    if (bytes.empty()) throw PdfError("hb-subset produced an empty font");

    std::set<uint32_t> all = glyphs;
    all.insert(0);
    FontSubset result;
    result.new_ids = std::move(new_ids);
    result.tag = subset_tag(all);
    result.length = bytes.size();
    if (deflater)
        result.deflated = deflater->compress(bytes);
    else
        result.program = std::move(bytes);
    return result;
}

SubsetCache::~SubsetCache() {
    for (hb_face_t* f : faces_) hb_face_destroy(f);
    for (auto& [face, lean] : lean_) hb_face_destroy(lean);
}

// The face with only the tables a subset keeps (glyf, loca, head, hhea, hmtx, maxp and the
// hinting tables, shared with the face, not copied): made once, so no subset plans over the
// character map and layout tables again, which is more work than the subset itself.
hb_face_t* SubsetCache::lean(hb_face_t* face) {
    auto it = lean_.find(face);
    if (it != lean_.end()) return it->second;
    hb_face_t* lean = hb_face_builder_create();
    for (hb_tag_t tag : {HB_TAG('g', 'l', 'y', 'f'), HB_TAG('l', 'o', 'c', 'a'), HB_TAG('h', 'e', 'a', 'd'),
                         HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('m', 'a', 'x', 'p'),
                         HB_TAG('c', 'v', 't', ' '), HB_TAG('f', 'p', 'g', 'm'), HB_TAG('p', 'r', 'e', 'p')}) {
        hb_blob_t* table = hb_face_reference_table(face, tag);
        if (hb_blob_get_length(table) > 0) hb_face_builder_add_table(lean, tag, table);
        hb_blob_destroy(table);
    }
    return lean_.emplace(face, lean).first->second;
}

const FontSubset& SubsetCache::get(hb_face_t* face, const std::set<uint32_t>& glyphs, Deflater* deflater) {
    auto key = std::make_tuple(static_cast<const hb_face_t*>(face), deflater ? deflater->level() : -2, glyphs);
    auto it = cache_.find(key);
    if (it == cache_.end()) {
        FontSubset subset = subset_font(lean(face), glyphs, deflater);
        // A batch whose sheets all differ (candidate names) would otherwise keep every
        // subset it ever made; starting over is simple and only costs speed.
        if (cache_.size() >= kMaxEntries) cache_.clear();
        if (faces_.insert(face).second) hb_face_reference(face);
        it = cache_.emplace(std::move(key), std::move(subset)).first;
    }
    return it->second;
}

} // namespace compforms::pdf::detail
