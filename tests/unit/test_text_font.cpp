#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "text/font.hpp"
#include "text_test_support.hpp"

using namespace compforms::text;
using compforms::text::testing::fonts;

TEST_CASE("text.font: find_font_dir finds Sarabun without the working directory") {
    const std::string dir = find_font_dir();
    std::ifstream probe(dir + "/Sarabun-Regular.ttf", std::ios::binary);
    CHECK(static_cast<bool>(probe));
    CHECK(dir.front() == '/');
    CHECK(find_font_dir(COMPFORMS_ROOT_DIR "/fonts") == COMPFORMS_ROOT_DIR "/fonts");
}

TEST_CASE("text.font: a bad font folder or file is an error naming the path") {
    CHECK_THROWS_WITH_AS(find_font_dir("/no/such/folder"), doctest::Contains("/no/such/folder"), FontError);
    CHECK_THROWS_WITH_AS(Font::open("/no/such/font.ttf"), doctest::Contains("/no/such/font.ttf"), FontError);
    const std::string not_a_font = COMPFORMS_ROOT_DIR "/fonts/OFL.txt";
    CHECK_THROWS_WITH_AS(Font::open(not_a_font), doctest::Contains(not_a_font.c_str()), FontError);
    CHECK_THROWS_AS(FontSet::load("/no/such/folder"), FontError);
}

TEST_CASE("text.font: the four Sarabun faces with their names and metrics") {
    const FontSet& set = fonts();
    CHECK(set.get(FontStyle::regular).postscript_name() == "Sarabun-Regular");
    CHECK(set.get(FontStyle::bold).postscript_name() == "Sarabun-Bold");
    CHECK(set.get(FontStyle::italic).postscript_name() == "Sarabun-Italic");
    CHECK(set.get(FontStyle::bold_italic).postscript_name() == "Sarabun-BoldItalic");
    const FontMetrics& m = set.regular().metrics();
    CHECK(m.upem == 1000);
    CHECK(m.ascender == 1068);
    CHECK(m.descender == -232);
    CHECK(m.cap_height == 700);
    CHECK(m.x_min < 0);
    CHECK(m.y_min < m.descender);
    CHECK(m.y_max > m.ascender);
    CHECK(m.italic_angle == 0);
    CHECK(set.get(FontStyle::italic).metrics().italic_angle < 0);
    CHECK(set.bold().metrics().stem_v > m.stem_v);
    // Stacked Thai marks rise above the hhea ascender: the ink top must see them.
    CHECK(m.ink_top > m.ascender);
    CHECK(m.ink_bottom < m.descender);
}

TEST_CASE("text.font: nominal glyphs and advances") {
    const Font& font = fonts().regular();
    const uint32_t ko_kai = font.nominal_glyph(U'ก');
    CHECK(ko_kai != 0);
    CHECK(hb_font_get_glyph_h_advance(font.hb_font(), ko_kai) > 0);
    CHECK(font.nominal_glyph(U'A') != 0);
    CHECK(font.nominal_glyph(0x4E2D) == 0);    // 中
    CHECK(font.nominal_glyph(0x1F600) == 0);   // 😀
}
