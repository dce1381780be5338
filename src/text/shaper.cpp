#include "text/shaper.hpp"

#include <algorithm>

#include "text/script_itemiser.hpp"
#include "text/typesetter.hpp"
#include "base/utf8.hpp"

namespace compforms::text {

namespace {

bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029;
}

bool is_space_separator(std::string_view text, std::size_t offset) {
    return hb_unicode_general_category(hb_unicode_funcs_get_default(), utf8::decode(text, offset)) ==
           HB_UNICODE_GENERAL_CATEGORY_SPACE_SEPARATOR;
}

[[noreturn]] void throw_missing(const Font& font, std::string_view text, std::size_t from,
                                std::size_t to) {
    // The culprit is the first character of the cluster the font does not cover.
    std::size_t pos = from;
    std::size_t culprit_offset = from;
    std::size_t probe = from;
    char32_t culprit = utf8::decode(text, probe);
    while (pos < to) {
        const std::size_t at = pos;
        const char32_t cp = utf8::decode(text, pos);
        if (font.nominal_glyph(cp) == 0) { culprit = cp; culprit_offset = at; break; }
    }
    throw MissingGlyphError(culprit, culprit_offset, unprintable_message(culprit, font));
}

} // namespace

std::size_t ShapedRun::glyph_at(std::size_t offset) const {
    const auto it = std::lower_bound(glyphs.begin(), glyphs.end(), offset,
                                     [](const ShapedGlyph& g, std::size_t o) { return g.cluster < o; });
    return static_cast<std::size_t>(it - glyphs.begin());
}

Shaper::Shaper() : buffer_(hb_buffer_create()) {}
Shaper::~Shaper() { hb_buffer_destroy(buffer_); }

ShapedRun Shaper::shape(const Font& font, std::string_view text) {
    ShapedRun out;
    out.cut_ok.assign(text.size() + 1, 0);
    out.cut_ok[0] = 1;
    out.cut_ok[text.size()] = 1;
    for (const ScriptRun& run : itemise_scripts(text)) {
        // Control characters (line ends, tabs) are not shaped: the font need not have them.
        const bool thai = run.script == RunScript::thai;
        std::size_t pos = run.offset;
        std::size_t start = pos;
        const std::size_t end = run.offset + run.length;
        while (pos < end) {
            const std::size_t at = pos;
            if (is_control(utf8::decode(text, pos))) {
                shape_range(font, text, start, at - start, thai, out);
                out.cut_ok[at] = 1;
                out.cut_ok[pos] = 1;
                start = pos;
            }
        }
        shape_range(font, text, start, end - start, thai, out);
    }
    out.advance_prefix.resize(out.glyphs.size() + 1);
    out.advance_prefix[0] = 0;
    for (std::size_t i = 0; i < out.glyphs.size(); ++i)
        out.advance_prefix[i + 1] = out.advance_prefix[i] + out.glyphs[i].x_advance;
    return out;
}

void Shaper::shape_range(const Font& font, std::string_view text, std::size_t offset,
                         std::size_t length, bool thai, ShapedRun& out) {
    if (length == 0) return;
    static hb_language_t const lang_th = hb_language_from_string("th", -1);
    static hb_language_t const lang_en = hb_language_from_string("en", -1);
    hb_buffer_clear_contents(buffer_);
    // The whole text goes in as context, so HarfBuzz sees the neighbours of the run.
    hb_buffer_add_utf8(buffer_, text.data(), static_cast<int>(text.size()),
                       static_cast<unsigned>(offset), static_cast<int>(length));
    hb_buffer_set_direction(buffer_, HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer_, thai ? HB_SCRIPT_THAI : HB_SCRIPT_LATIN);
    hb_buffer_set_language(buffer_, thai ? lang_th : lang_en);
    hb_shape(font.hb_font(), buffer_, nullptr, 0);

    unsigned int count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer_, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer_, &count);
    out.cut_ok[offset] = 1;
    out.cut_ok[offset + length] = 1;
    for (unsigned int i = 0; i < count; ++i) {
        uint32_t gid = info[i].codepoint;
        if (gid == 0 && is_space_separator(text, info[i].cluster)) {
            // A space the font lacks (HarfBuzz's own fallback covers most): draw a space.
            gid = font.nominal_glyph(U' ');
        }
        if (gid == 0) {
            std::size_t to = offset + length;
            for (unsigned int j = i + 1; j < count; ++j)
                if (info[j].cluster != info[i].cluster) { to = info[j].cluster; break; }
            throw_missing(font, text, info[i].cluster, to);
        }
        out.cut_ok[info[i].cluster] = 1;
        const bool unsafe = (hb_glyph_info_get_glyph_flags(&info[i]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0;
        out.glyphs.push_back({gid, info[i].cluster, pos[i].x_advance, pos[i].x_offset,
                              pos[i].y_offset, unsafe});
    }
}

} // namespace compforms::text
