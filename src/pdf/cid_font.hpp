// One text::Font in one PDF document: a Type0 font (Identity-H) with a CIDFontType2
// descendant whose CIDs are the original glyph ids (CIDToGIDMap /Identity). The objects
// are created when the font is first used and filled just before the document is saved,
// once the set of used glyphs is known (libharu serialises nothing before the save).
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include <hpdf.h>

#include "pdf/font_subset.hpp"
#include "pdf/stream_data.hpp"
#include "pdf/to_unicode.hpp"
#include "text/font.hpp"

namespace compforms::pdf::detail {

class CidFont {
public:
    CidFont(HPDF_Doc pdf, const text::Font& font, const ReverseCmap* seed);

    HPDF_Dict type0() const { return type0_; }
    const text::Font& font() const { return *font_; }
    ToUnicodeMap& to_unicode() { return to_unicode_; }
    void use(uint32_t gid) { used_.insert(gid); }
    const std::set<uint32_t>& used() const { return used_; }

    void use_all(const std::set<uint32_t>& gids) { used_.insert(gids.begin(), gids.end()); }

    // Fills BaseFont, W, FontDescriptor, FontFile2 and ToUnicode. Call once, before saving;
    // with a deflater the streams are compressed. `to_unicode_stream`, when given, is the
    // ToUnicode stream's data as it is to be written (compressed when a deflater is given),
    // made earlier for these same glyphs and reused verbatim. `program_deflater`, when
    // given, compresses the font program instead of `deflater` (a faster level).
    void finish(SubsetCache& subsets, Deflater* deflater, const std::string* to_unicode_stream = nullptr,
                Deflater* program_deflater = nullptr);

private:
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

// Throws PdfError when a libharu call failed (internal calls do not invoke the handler).
void check_hpdf(HPDF_STATUS status, const char* what);
template <typename T>
T check_obj(T obj, const char* what) {
    if (!obj) check_hpdf(HPDF_FAILD_TO_ALLOC_MEM, what);
    return obj;
}

} // namespace compforms::pdf::detail
