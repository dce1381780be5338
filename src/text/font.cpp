#include "text/font.hpp"

#include <climits>
#include <cstring>
#include <unistd.h>
#include <vector>

#include <hb-ot.h>

#include "text/font_file.hpp"
#include "text/ink_extents.hpp"

namespace compforms::text {

namespace {

int metric(hb_font_t* font, hb_ot_metrics_tag_t tag, int fallback) {
    hb_position_t value = 0;
    return hb_ot_metrics_get_position(font, tag, &value) ? static_cast<int>(value) : fallback;
}

int16_t read_int16(const char* data) {
    return static_cast<int16_t>((static_cast<unsigned char>(data[0]) << 8) |
                                static_cast<unsigned char>(data[1]));
}

std::string file_stem(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    return name.substr(0, name.find_last_of('.'));
}


} // namespace

std::unique_ptr<Font> Font::open(const std::string& path) {
    std::unique_ptr<Font> f(new Font());
    f->path_ = path;
    f->blob_ = read_font_file(path);
    f->face_ = hb_face_create(f->blob_, 0);
    if (hb_face_get_glyph_count(f->face_) == 0) throw FontError(path, "it has no glyphs");
    FontMetrics& m = f->metrics_;
    m.upem = static_cast<int>(hb_face_get_upem(f->face_));
    f->font_ = hb_font_create(f->face_);
    // Scale = upem: every position HarfBuzz returns is in font units.
    hb_font_set_scale(f->font_, m.upem, m.upem);
    hb_font_make_immutable(f->font_);

    m.ascender = metric(f->font_, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, m.upem * 8 / 10);
    m.descender = metric(f->font_, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, -m.upem * 2 / 10);
    m.line_gap = metric(f->font_, HB_OT_METRICS_TAG_HORIZONTAL_LINE_GAP, 0);
    m.cap_height = metric(f->font_, HB_OT_METRICS_TAG_CAP_HEIGHT, m.ascender);

    hb_blob_t* head = hb_face_reference_table(f->face_, HB_TAG('h', 'e', 'a', 'd'));
    unsigned int head_len = 0;
    const char* head_data = hb_blob_get_data(head, &head_len);
    if (head_len >= 44) {
        m.x_min = read_int16(head_data + 36);
        m.y_min = read_int16(head_data + 38);
        m.x_max = read_int16(head_data + 40);
        m.y_max = read_int16(head_data + 42);
    }
    hb_blob_destroy(head);
    if (head_len < 44) throw FontError(path, "its 'head' table is damaged");

    m.italic_angle = hb_style_get_value(f->font_, HB_STYLE_TAG_SLANT_ANGLE);
    // PDF wants a dominant stem width; fonts do not store one, so estimate it from the
    // weight class the way common PDF producers do (regular ~80, bold ~140).
    const float weight = hb_style_get_value(f->font_, HB_STYLE_TAG_WEIGHT);
    m.stem_v = static_cast<int>(50 + weight * weight / 6500.0f);

    char name[256];
    unsigned int name_len = sizeof name;
    if (hb_ot_name_get_utf8(f->face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &name_len,
                            name) > 0)
        f->ps_name_.assign(name, name_len);
    else
        f->ps_name_ = file_stem(path);

    check_repertoire(*f);
    const InkExtents ink = measure_ink_extents(*f);
    m.ink_top = ink.top;
    m.ink_bottom = ink.bottom;
    return f;
}

Font::~Font() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

uint32_t Font::nominal_glyph(char32_t cp) const {
    hb_codepoint_t gid = 0;
    return hb_font_get_nominal_glyph(font_, cp, &gid) ? gid : 0;
}

std::unique_ptr<FontSet> FontSet::load(const std::string& dir) {
    static const char* const files[4] = {"Sarabun-Regular.ttf", "Sarabun-Bold.ttf",
                                         "Sarabun-Italic.ttf", "Sarabun-BoldItalic.ttf"};
    auto set = std::make_unique<FontSet>();
    for (int i = 0; i < 4; ++i) set->faces_[i] = Font::open(dir + "/" + files[i]);
    return set;
}

const Font& FontSet::get(FontStyle style) const {
    return *faces_[static_cast<int>(style)];
}

std::string find_font_dir(const std::string& override_dir) {
    const std::string probe = "/Sarabun-Regular.ttf";
    if (!override_dir.empty()) {
        if (!is_regular_file(override_dir + probe))
            throw FontError(override_dir, "no Sarabun-Regular.ttf in this font folder");
        return override_dir;
    }
    std::vector<std::string> candidates;
    char exe[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        std::string exe_dir(exe, static_cast<std::size_t>(n));
        exe_dir = exe_dir.substr(0, exe_dir.find_last_of('/'));
        candidates.push_back(exe_dir + "/fonts");
        candidates.push_back(exe_dir + "/../share/compforms/fonts");
    }
    candidates.push_back(COMPFORMS_SOURCE_FONT_DIR);
    candidates.push_back(COMPFORMS_INSTALL_FONT_DIR);
    std::string tried;
    for (const std::string& dir : candidates) {
        if (is_regular_file(dir + probe)) return dir;
        tried += (tried.empty() ? "" : ", ") + dir;
    }
    throw FontError({}, "no font folder with Sarabun-Regular.ttf found (tried " + tried + ")");
}

} // namespace compforms::text
