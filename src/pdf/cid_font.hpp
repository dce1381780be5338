// One text::Font in one PDF document: a Type0 font (Identity-H) with a CIDFontType2
// descendant whose CIDs are given by a CidMap (mostly the code points the glyphs stand
// for) and taken to the glyph ids of the embedded subset by a /CIDToGIDMap stream. The
// objects are created when the font is first used and filled just before the document is
// saved, once the set of used glyphs is known (libharu serialises nothing before the save).
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include <hpdf.h>

#include "pdf/cid_map.hpp"
#include "pdf/deflater.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/to_unicode.hpp"
#include "text/font.hpp"

namespace compforms::pdf::detail {

class CidFont {
public:
    CidFont(HPDF_Doc pdf, const text::Font& font, const ReverseCmap* seed);

    HPDF_Dict type0() const { return type0_; }
    ToUnicodeMap& to_unicode() { return to_unicode_; }
    void use_all(const std::set<uint32_t>& gids) { used_.insert(gids.begin(), gids.end()); }

    // The streams of a font that are made once and written verbatim into every document
    // that embeds the same glyphs (compressed when the document is).
    struct Streams {
        std::string to_unicode;
        std::string cid_to_gid;
    };
    // The ToUnicode and CIDToGIDMap data as written for the glyphs of `cids`, embedded as `subset`.
    static Streams make_streams(const ToUnicodeMap& to_unicode, const CidMap& cids, const FontSubset& subset,
                                Deflater* deflater);

    // Fills BaseFont, W, CIDToGIDMap, FontDescriptor, FontFile2 and ToUnicode for the glyphs
    // of `cids` (which must be the used glyphs). Call once, before saving; with a deflater
    // the streams are compressed. `streams`, when given, were made earlier by make_streams
    // for these same glyphs and are reused verbatim. `program_deflater`, when given,
    // compresses the font program instead of `deflater` (a faster level).
    void finish(SubsetCache& subsets, const CidMap& cids, Deflater* deflater, const Streams* streams = nullptr,
                Deflater* program_deflater = nullptr);

private:
    void write_widths(const CidMap& cids);
    void write_descriptor(const std::string& name, const FontSubset& subset, bool deflated);

    HPDF_Doc pdf_;
    const text::Font* font_;
    HPDF_Dict type0_ = nullptr;
    HPDF_Dict cid_ = nullptr;
    HPDF_Dict descriptor_ = nullptr;
    std::set<uint32_t> used_;
    ToUnicodeMap to_unicode_;
};

// The width of a glyph in PDF glyph space (1000 units per em), as /W gives it.
double pdf_glyph_width(const text::Font& font, uint32_t gid);

} // namespace compforms::pdf::detail
