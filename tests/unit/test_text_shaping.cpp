// Shaping: the Typesetter's glyphs must be exactly what HarfBuzz gives for the text
// shaped directly with the right script, including inside mixed-script lines.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <hb.h>

#include "text/shaper.hpp"
#include "text/typesetter.hpp"
#include "text_test_support.hpp"

using namespace compforms::text;
using compforms::text::testing::fonts;

namespace {

struct Direct {
    std::vector<uint32_t> gids;
    std::vector<double> xs;   // pen + x offset, font units
    std::vector<double> ys;
};

Direct hb_direct(const Font& font, const std::string& text, hb_script_t script, const char* lang,
                 bool guess = false) {
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, -1);
    if (guess) {
        hb_buffer_guess_segment_properties(buf);
    } else {
        hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
        hb_buffer_set_script(buf, script);
        hb_buffer_set_language(buf, hb_language_from_string(lang, -1));
    }
    hb_shape(font.hb_font(), buf, nullptr, 0);
    unsigned int n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
    Direct out;
    double pen = 0;
    for (unsigned int i = 0; i < n; ++i) {
        out.gids.push_back(info[i].codepoint);
        out.xs.push_back(pen + pos[i].x_offset);
        out.ys.push_back(pos[i].y_offset);
        pen += pos[i].x_advance;
    }
    hb_buffer_destroy(buf);
    return out;
}

std::vector<uint32_t> gids_of(const TextLine& line) {
    std::vector<uint32_t> out;
    for (const LineGlyph& g : line.glyphs) out.push_back(g.gid);
    return out;
}

} // namespace

TEST_CASE("text.shaping: Thai words give HarfBuzz's Thai glyphs and positions") {
    const Font& font = fonts().regular();
    Typesetter ts;
    for (const char* word : {"ที่", "ได้", "น้ำ", "ปี่", "ญู", "ฐุ", "ปั้น", "ก็", "กำ", "ฟื้น"}) {
        CAPTURE(word);
        const Direct want = hb_direct(font, word, HB_SCRIPT_THAI, "th");
        // At size = upem, points equal font units.
        const TextLine line = ts.set_line(word, font, font.upem());
        REQUIRE(gids_of(line) == want.gids);
        for (std::size_t i = 0; i < want.gids.size(); ++i) {
            CHECK(line.glyphs[i].x == doctest::Approx(want.xs[i]));
            CHECK(line.glyphs[i].y == doctest::Approx(want.ys[i]));
        }
        CHECK(line.text == word);
    }
}

TEST_CASE("text.shaping: Thai forms survive when the line starts with Latin") {
    const Font& font = fonts().regular();
    Typesetter ts;
    const std::string text = "(Agile) ปี่";
    const std::size_t thai_at = text.find("ปี่");
    const TextLine line = ts.set_line(text, font, font.upem());
    std::vector<uint32_t> thai_part;
    for (const LineGlyph& g : line.glyphs)
        if (g.cluster >= thai_at) thai_part.push_back(g.gid);
    const Direct alone = hb_direct(font, "ปี่", HB_SCRIPT_THAI, "th");
    CHECK(thai_part == alone.gids);
    // The failure this guards against is real: shaped as one guessed (Latin) run, ปี่ differs.
    const Direct guessed = hb_direct(font, text, HB_SCRIPT_INVALID, nullptr, true);
    const std::vector<uint32_t> guessed_thai(guessed.gids.end() - static_cast<long>(alone.gids.size()),
                                             guessed.gids.end());
    CHECK(guessed_thai != alone.gids);
    // The Latin part is Latin-shaped as well.
    const Direct latin = hb_direct(font, "(Agile) ", HB_SCRIPT_LATIN, "en");
    const std::vector<uint32_t> all = gids_of(line);
    REQUIRE(all.size() == latin.gids.size() + alone.gids.size());
    CHECK(std::vector<uint32_t>(all.begin(), all.begin() + static_cast<long>(latin.gids.size())) == latin.gids);
}

TEST_CASE("text.shaping: clusters are byte offsets and runs follow the script") {
    const Font& font = fonts().regular();
    Shaper shaper;
    const std::string text = "ระบบERPของ (ปี่)";
    const ShapedRun run = shaper.shape(font, text);
    REQUIRE(!run.glyphs.empty());
    uint32_t prev = 0;
    for (const ShapedGlyph& g : run.glyphs) {
        CHECK(g.cluster >= prev);   // left to right, monotone
        CHECK(g.cluster < text.size());
        prev = g.cluster;
    }
    CHECK(run.cut_ok[text.find("ERP")]);
    CHECK(run.cut_ok[text.find("ของ")]);
    CHECK_FALSE(run.cut_ok[text.find("ปี่") + 3]);   // inside the cluster ปี่
    CHECK(run.advance() == run.advance(0, text.size()));
}

TEST_CASE("text.shaping: widths scale with the size and come from the cache unchanged") {
    const Font& font = fonts().regular();
    Typesetter ts;
    const std::string text = "ประสิทธิภาพ (Creativity)";
    const double w16 = ts.width(text, font, 16);
    CHECK(w16 > 0);
    CHECK(ts.width(text, font, 32) == doctest::Approx(2 * w16));
    CHECK(ts.width(text, font, 16) == w16);
    const TextLine a = ts.set_line(text, font, 16);
    const TextLine b = ts.set_line(text, font, 32);
    REQUIRE(a.glyphs.size() == b.glyphs.size());
    for (std::size_t i = 0; i < a.glyphs.size(); ++i) CHECK(b.glyphs[i].x == doctest::Approx(2 * a.glyphs[i].x));
    CHECK(a.width == doctest::Approx(w16));
    CHECK(ts.width(text, fonts().bold(), 16) != doctest::Approx(w16));
}

TEST_CASE("text.shaping: a character the font lacks is an error naming it") {
    const Font& font = fonts().regular();
    Typesetter ts;
    try {
        ts.set_line("abc 😀", font, 16);
        FAIL("no error for U+1F600");
    } catch (const MissingGlyphError& e) {
        CHECK(e.codepoint == 0x1F600);
        CHECK(e.offset == 4);
        CHECK(std::string(e.what()).find("U+1F600") != std::string::npos);
    }
    ParagraphStyle style;
    style.font = &font;
    style.width = 200;
    try {
        ts.set_paragraph("ภาษาจีน 中文", style);
        FAIL("no error for U+4E2D");
    } catch (const MissingGlyphError& e) {
        CHECK(e.codepoint == 0x4E2D);
        CHECK(e.offset == std::string("ภาษาจีน ").size());
        CHECK(std::string(e.what()).find("U+4E2D") != std::string::npos);
    }
    CHECK_THROWS_AS(ts.width("中", font, 16), MissingGlyphError);
    // Control characters are not glyphs and not errors.
    CHECK_NOTHROW(ts.set_line("a\tb", font, 16));
}
