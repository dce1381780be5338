// The fonts of a document's own page items (Page::items: a candidate's name and the other
// values of one copy of a form). Per font, the items draw the glyphs the shared subset of
// the same font holds from it and only the rest from a small subset of their own: a name
// seldom needs more than a glyph or two the form's own text lacks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>

#include "layout/document.hpp"
#include "pdf/cid_map.hpp"
#include "pdf/font_records.hpp"
#include "pdf/shared_part.hpp"
#include "pdf/text_writer.hpp"
#include "pdf/to_unicode.hpp"

namespace compforms::pdf::detail {

// The glyphs a document's page items use in one font, and what they taught ToUnicode.
struct ItemGlyphs {
    ItemGlyphs(const text::Font* f, const ReverseCmap* seed) : font(f), to_unicode(seed) {}
    const text::Font* font;
    std::set<uint32_t> used;
    ToUnicodeMap to_unicode;
    const CidMap* shared = nullptr;   // the shared subset's CIDs, when the font has one
    std::set<uint32_t> own;           // the glyphs only the document's own subset holds
    CidMap own_cids;                  // their CIDs
};

class ItemFonts {
public:
    // `shared` is the document's shared part, or null when it has none.
    ItemFonts(const layout::Document& doc, FontRecords& fonts, const SharedPart* shared);

    const ItemGlyphs& glyphs(int font_index) const { return glyphs_.at(font_index); }
    // The resources a line of the font draws with: HbF<k>, and HbX<k> for the glyphs the
    // shared subset lacks (see page_content.hpp).
    LineFonts line_fonts(int font_index) const;

private:
    std::map<int, ItemGlyphs> glyphs_;
    std::map<int, std::size_t> order_;   // font index → k, its position in order of first use
};

} // namespace compforms::pdf::detail
