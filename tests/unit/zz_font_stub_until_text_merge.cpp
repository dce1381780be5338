// TEMPORARY: a minimal text::Font so the pdf tests link before branch `text` is merged.
// Delete this file at the merge (text provides the real src/text/font.cpp).
#include <cstring>

#include <hb-ot.h>

#include "text/font.hpp"

namespace compforms::text {

std::unique_ptr<Font> Font::open(const std::string& path) {
    std::unique_ptr<Font> f(new Font());
    f->path_ = path;
    f->blob_ = hb_blob_create_from_file_or_fail(path.c_str());
    if (!f->blob_) throw FontError(path + ": cannot read font");
    f->face_ = hb_face_create(f->blob_, 0);
    f->font_ = hb_font_create(f->face_);
    int upem = static_cast<int>(hb_face_get_upem(f->face_));
    hb_font_set_scale(f->font_, upem, upem);
    FontMetrics& m = f->metrics_;
    m.upem = upem;
    hb_position_t v = 0;
    if (hb_ot_metrics_get_position(f->font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v)) m.ascender = v;
    if (hb_ot_metrics_get_position(f->font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v)) m.descender = v;
    if (hb_ot_metrics_get_position(f->font_, HB_OT_METRICS_TAG_CAP_HEIGHT, &v)) m.cap_height = v;
    hb_blob_t* head = hb_face_reference_table(f->face_, HB_TAG('h', 'e', 'a', 'd'));
    unsigned len = 0;
    const auto* d = reinterpret_cast<const unsigned char*>(hb_blob_get_data(head, &len));
    if (len >= 44) {
        auto s16 = [d](int o) { return static_cast<int>(static_cast<int16_t>((d[o] << 8) | d[o + 1])); };
        m.x_min = s16(36);
        m.y_min = s16(38);
        m.x_max = s16(40);
        m.y_max = s16(42);
    }
    hb_blob_destroy(head);
    char name[128];
    unsigned n = sizeof name;
    hb_ot_name_get_utf8(f->face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &n, name);
    f->ps_name_ = name;
    return f;
}

Font::~Font() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

int Font::glyph_advance(uint32_t gid) const { return hb_font_get_glyph_h_advance(font_, gid); }

uint32_t Font::nominal_glyph(char32_t cp) const {
    hb_codepoint_t g = 0;
    return hb_font_get_nominal_glyph(font_, cp, &g) ? g : 0;
}

} // namespace compforms::text
