#include "pdf/cid_font.hpp"

#include <cmath>
#include <string>

#include "pdf/hpdf_objects.hpp"

namespace compforms::pdf::detail {

double pdf_glyph_width(const text::Font& font, uint32_t gid) {
    // The hb_font is at scale = upem, so this is the hmtx advance in font units.
    double adv = hb_font_get_glyph_h_advance(font.hb_font(), gid);
    return adv * 1000.0 / font.upem();
}

CidFont::CidFont(HPDF_Doc pdf, const text::Font& font, const ReverseCmap* seed)
    : pdf_(pdf), font_(&font), to_unicode_(seed) {
    type0_ = new_indirect_dict(pdf);
    cid_ = new_indirect_dict(pdf);
    descriptor_ = new_indirect_dict(pdf);

    add_name(type0_, "Type", "Font");
    add_name(type0_, "Subtype", "Type0");
    add_name(type0_, "Encoding", "Identity-H");
    append_object(add_array(type0_, "DescendantFonts"), cid_);

    add_name(cid_, "Type", "Font");
    add_name(cid_, "Subtype", "CIDFontType2");
    HPDF_Dict info = add_dict(cid_, "CIDSystemInfo");
    add_string(info, "Registry", "Adobe");
    add_string(info, "Ordering", "Identity");
    add_number(info, "Supplement", 0);
    add_object(cid_, "FontDescriptor", descriptor_);
    add_number(cid_, "DW", 1000);
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
    const FontSubset& subset = subsets.get(font_->hb_face(), used_, deflater && program_deflater ? program_deflater : deflater);
    const std::string name = subset.tag + "+" + font_->postscript_name();
    add_name(type0_, "BaseFont", name.c_str());
    add_name(cid_, "BaseFont", name.c_str());
    write_widths(cids);
    Streams made;
    if (!streams) {
        made = make_streams(to_unicode_, cids, subset, deflater);
        streams = &made;
    }
    add_object(cid_, "CIDToGIDMap", new_stream(pdf_, streams->cid_to_gid, deflater != nullptr));
    write_descriptor(name, subset, deflater != nullptr);
    add_object(type0_, "ToUnicode", new_stream(pdf_, streams->to_unicode, deflater != nullptr));
}

// /W [first [w w …] …] over runs of consecutive CIDs.
void CidFont::write_widths(const CidMap& cids) {
    HPDF_Array widths = add_array(cid_, "W");
    HPDF_Array run = nullptr;
    uint32_t prev = 0;
    bool first = true;
    for (const auto& [c, g] : cids.by_cid()) {
        if (first || c != prev + 1) {
            append_number(widths, static_cast<int>(c));
            run = append_array(widths);
        }
        double w = pdf_glyph_width(*font_, g);
        if (w == std::floor(w))
            append_number(run, static_cast<int>(w));
        else
            append_real(run, w);
        prev = c;
        first = false;
    }
}

void CidFont::write_descriptor(const std::string& name, const FontSubset& subset, bool deflated) {
    const text::FontMetrics& m = font_->metrics();
    const double scale = 1000.0 / m.upem;
    auto scaled = [scale](double v) { return static_cast<int>(std::lround(v * scale)); };
    HPDF_Dict d = descriptor_;
    add_name(d, "Type", "FontDescriptor");
    add_name(d, "FontName", name.c_str());
    add_number(d, "Flags", 4);   // symbolic: glyphs outside Latin
    HPDF_Array bbox = add_array(d, "FontBBox");
    for (int v : {m.x_min, m.y_min, m.x_max, m.y_max}) append_number(bbox, scaled(v));
    add_number(d, "ItalicAngle", static_cast<int>(std::lround(m.italic_angle)));
    add_number(d, "Ascent", scaled(m.ascender));
    add_number(d, "Descent", scaled(m.descender));
    add_number(d, "CapHeight", scaled(m.cap_height));
    add_number(d, "StemV", m.stem_v);

    HPDF_Dict file = new_stream(pdf_, deflated ? subset.deflated : subset.program, deflated);
    add_number(file, "Length1", static_cast<int>(subset.length));
    add_object(d, "FontFile2", file);
}

} // namespace compforms::pdf::detail
