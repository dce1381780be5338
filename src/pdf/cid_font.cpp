#include "pdf/cid_font.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {

void check_hpdf(HPDF_STATUS status, const char* what) {
    if (status != HPDF_OK) {
        char code[16];
        std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(status));
        throw PdfError(std::string("libharu failed (") + code + ") while " + what);
    }
}

double pdf_glyph_width(const text::Font& font, uint32_t gid) {
    // The hb_font is at scale = upem, so this is the hmtx advance in font units.
    double adv = hb_font_get_glyph_h_advance(font.hb_font(), gid);
    return adv * 1000.0 / font.upem();
}

CidFont::CidFont(HPDF_Doc pdf, const text::Font& font, const ReverseCmap* seed)
    : pdf_(pdf), font_(&font), to_unicode_(seed) {
    type0_ = check_obj(HPDF_Dict_New(pdf->mmgr), "creating a Type0 font");
    check_hpdf(HPDF_Xref_Add(pdf->xref, type0_), "adding a Type0 font");
    cid_ = check_obj(HPDF_Dict_New(pdf->mmgr), "creating a CIDFont");
    check_hpdf(HPDF_Xref_Add(pdf->xref, cid_), "adding a CIDFont");
    descriptor_ = check_obj(HPDF_Dict_New(pdf->mmgr), "creating a FontDescriptor");
    check_hpdf(HPDF_Xref_Add(pdf->xref, descriptor_), "adding a FontDescriptor");

    check_hpdf(HPDF_Dict_AddName(type0_, "Type", "Font"), "building a Type0 font");
    check_hpdf(HPDF_Dict_AddName(type0_, "Subtype", "Type0"), "building a Type0 font");
    check_hpdf(HPDF_Dict_AddName(type0_, "Encoding", "Identity-H"), "building a Type0 font");
    HPDF_Array descendants = check_obj(HPDF_Array_New(pdf->mmgr), "building a Type0 font");
    check_hpdf(HPDF_Dict_Add(type0_, "DescendantFonts", descendants), "building a Type0 font");
    check_hpdf(HPDF_Array_Add(descendants, cid_), "building a Type0 font");

    check_hpdf(HPDF_Dict_AddName(cid_, "Type", "Font"), "building a CIDFont");
    check_hpdf(HPDF_Dict_AddName(cid_, "Subtype", "CIDFontType2"), "building a CIDFont");
    HPDF_Dict info = check_obj(HPDF_Dict_New(pdf->mmgr), "building a CIDFont");
    check_hpdf(HPDF_Dict_Add(cid_, "CIDSystemInfo", info), "building a CIDFont");
    check_hpdf(HPDF_Dict_Add(info, "Registry", HPDF_String_New(pdf->mmgr, "Adobe", nullptr)), "building a CIDFont");
    check_hpdf(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(pdf->mmgr, "Identity", nullptr)), "building a CIDFont");
    check_hpdf(HPDF_Dict_AddNumber(info, "Supplement", 0), "building a CIDFont");
    check_hpdf(HPDF_Dict_Add(cid_, "FontDescriptor", descriptor_), "building a CIDFont");
    check_hpdf(HPDF_Dict_AddNumber(cid_, "DW", 1000), "building a CIDFont");
}

CidFont::Streams CidFont::make_streams(const ToUnicodeMap& to_unicode, const CidMap& cids, const FontSubset& subset,
                                       Deflater* deflater) {
    Streams s{to_unicode.cmap(cids), cids.cid_to_gid_map(subset)};
    if (deflater) {
        s.to_unicode = deflater->compress(s.to_unicode);
        s.cid_to_gid = deflater->compress(s.cid_to_gid);
    }
    return s;
}

void CidFont::finish(SubsetCache& subsets, const CidMap& cids, Deflater* deflater, const Streams* streams,
                     Deflater* program_deflater) {
    const char* what = "filling the font objects";
    HPDF_MMgr mmgr = pdf_->mmgr;
    const text::FontMetrics& m = font_->metrics();
    const double scale = 1000.0 / m.upem;
    const FontSubset& subset = subsets.get(font_->hb_face(), used_, deflater && program_deflater ? program_deflater : deflater);
    const std::string name = subset.tag + "+" + font_->postscript_name();

    check_hpdf(HPDF_Dict_AddName(type0_, "BaseFont", name.c_str()), what);
    check_hpdf(HPDF_Dict_AddName(cid_, "BaseFont", name.c_str()), what);

    // /W [first [w w …] …] over runs of consecutive CIDs.
    HPDF_Array widths = check_obj(HPDF_Array_New(mmgr), what);
    check_hpdf(HPDF_Dict_Add(cid_, "W", widths), what);
    HPDF_Array run = nullptr;
    uint32_t prev = 0;
    bool first = true;
    for (const auto& [c, g] : cids.by_cid()) {
        if (first || c != prev + 1) {
            check_hpdf(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(c)), what);
            run = check_obj(HPDF_Array_New(mmgr), what);
            check_hpdf(HPDF_Array_Add(widths, run), what);
        }
        double w = pdf_glyph_width(*font_, g);
        if (w == std::floor(w))
            check_hpdf(HPDF_Array_AddNumber(run, static_cast<HPDF_INT32>(w)), what);
        else
            check_hpdf(HPDF_Array_AddReal(run, static_cast<HPDF_REAL>(w)), what);
        prev = c;
        first = false;
    }
    Streams made;
    if (!streams) {
        made = make_streams(to_unicode_, cids, subset, deflater);
        streams = &made;
    }
    HPDF_Dict map = check_obj(HPDF_DictStream_New(mmgr, pdf_->xref), what);
    set_stream_data(map, streams->cid_to_gid, deflater != nullptr);
    check_hpdf(HPDF_Dict_Add(cid_, "CIDToGIDMap", map), what);

    HPDF_Dict d = descriptor_;
    check_hpdf(HPDF_Dict_AddName(d, "Type", "FontDescriptor"), what);
    check_hpdf(HPDF_Dict_AddName(d, "FontName", name.c_str()), what);
    check_hpdf(HPDF_Dict_AddNumber(d, "Flags", 4), what);   // symbolic: glyphs outside Latin
    HPDF_Array bbox = check_obj(HPDF_Array_New(mmgr), what);
    check_hpdf(HPDF_Dict_Add(d, "FontBBox", bbox), what);
    for (int v : {m.x_min, m.y_min, m.x_max, m.y_max})
        check_hpdf(HPDF_Array_AddNumber(bbox, static_cast<HPDF_INT32>(std::lround(v * scale))), what);
    check_hpdf(HPDF_Dict_AddNumber(d, "ItalicAngle", static_cast<HPDF_INT32>(std::lround(m.italic_angle))), what);
    check_hpdf(HPDF_Dict_AddNumber(d, "Ascent", static_cast<HPDF_INT32>(std::lround(m.ascender * scale))), what);
    check_hpdf(HPDF_Dict_AddNumber(d, "Descent", static_cast<HPDF_INT32>(std::lround(m.descender * scale))), what);
    check_hpdf(HPDF_Dict_AddNumber(d, "CapHeight", static_cast<HPDF_INT32>(std::lround(m.cap_height * scale))), what);
    check_hpdf(HPDF_Dict_AddNumber(d, "StemV", m.stem_v), what);

    HPDF_Dict file = check_obj(HPDF_DictStream_New(mmgr, pdf_->xref), what);
    check_hpdf(HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(subset.length)), what);
    set_stream_data(file, deflater ? subset.deflated : subset.program, deflater != nullptr);
    check_hpdf(HPDF_Dict_Add(d, "FontFile2", file), what);

    HPDF_Dict cmap = check_obj(HPDF_DictStream_New(mmgr, pdf_->xref), what);
    set_stream_data(cmap, streams->to_unicode, deflater != nullptr);
    check_hpdf(HPDF_Dict_Add(type0_, "ToUnicode", cmap), what);
}

} // namespace compforms::pdf::detail
