// Helpers for the pdf tests: an independent HarfBuzz shaping of a line (itemised into
// Thai and non-Thai runs, as the design note requires), running external tools, and
// rendering a Document to a temporary file.
#pragma once

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <hb.h>
#include <unistd.h>

#include "layout/document.hpp"
#include "text/font.hpp"
#include "text/text_line.hpp"

namespace compforms::testing {

inline bool is_thai_cp(char32_t c) { return c >= 0x0E00 && c <= 0x0E7F; }
inline bool is_common_cp(char32_t c) { return c < 0x80 && !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')); }

// Shapes `text` with HarfBuzz directly: runs of Thai (script thai, language th) and of
// other text (latin), common characters joining the run before them.
inline text::TextLine hb_line(const text::Font& font, const std::string& utf8, double size) {
    text::TextLine line;
    line.font = &font;
    line.size = size;
    line.text = utf8;
    // decode to find run boundaries (byte offsets)
    struct Cp { char32_t c; std::size_t off, len; };
    std::vector<Cp> cps;
    for (std::size_t i = 0; i < utf8.size();) {
        unsigned char b = static_cast<unsigned char>(utf8[i]);
        std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
        char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        cps.push_back({c, i, n});
        i += n;
    }
    double scale = size / font.upem();
    double pen = 0;
    std::size_t i = 0;
    while (i < cps.size()) {
        bool thai = is_thai_cp(cps[i].c);
        std::size_t j = i;
        // a run: same script, common characters stick to the current run
        bool decided = !is_common_cp(cps[i].c);
        while (j < cps.size()) {
            char32_t c = cps[j].c;
            if (!is_common_cp(c)) {
                if (!decided) {
                    thai = is_thai_cp(c);
                    decided = true;
                } else if (is_thai_cp(c) != thai) {
                    break;
                }
            }
            ++j;
        }
        hb_buffer_t* buf = hb_buffer_create();
        hb_buffer_add_utf8(buf, utf8.data(), static_cast<int>(utf8.size()), static_cast<unsigned>(cps[i].off),
                           static_cast<int>((j < cps.size() ? cps[j].off : utf8.size()) - cps[i].off));
        hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
        hb_buffer_set_script(buf, thai ? HB_SCRIPT_THAI : HB_SCRIPT_LATIN);
        hb_buffer_set_language(buf, hb_language_from_string(thai ? "th" : "en", -1));
        hb_shape(font.hb_font(), buf, nullptr, 0);
        unsigned n = 0;
        hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
        hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
        for (unsigned k = 0; k < n; ++k) {
            text::LineGlyph g;
            g.gid = info[k].codepoint;
            g.x = (pen + pos[k].x_offset) * scale;
            g.y = pos[k].y_offset * scale;
            g.advance = pos[k].x_advance * scale;
            g.cluster = info[k].cluster;
            line.glyphs.push_back(g);
            pen += pos[k].x_advance;
        }
        hb_buffer_destroy(buf);
        i = j;
    }
    line.width = pen * scale;
    return line;
}

inline std::string run_command(const std::string& cmd, int* status = nullptr) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int st = pclose(p);
    if (status) *status = st;
    return out;
}

inline std::string temp_path(const std::string& name) {
    return std::string("/tmp/compforms-test-") + std::to_string(static_cast<long>(::getpid())) + "-" + name;
}

inline std::string regular_font_path() { return std::string(COMPFORMS_ROOT_DIR) + "/fonts/Sarabun-Regular.ttf"; }

} // namespace compforms::testing
