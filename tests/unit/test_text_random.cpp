// Random mixed Thai/Latin/number/punctuation paragraphs (fixed seed): whatever the text,
// setting keeps its invariants and never crashes or hangs.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "text/line_breaker.hpp"
#include "text/typesetter.hpp"
#include "base/utf8.hpp"
#include "text_test_support.hpp"

using namespace compforms::text;
using compforms::text::testing::fonts;

namespace {

std::string random_text(std::mt19937& rng) {
    static const std::vector<std::string> pieces = {
        "ก", "ข", "ค", "ง", "จ", "น", "ป", "ฟ", "ญ", "ฐ", "ฤ", "ร", "อ", "ม", "ส", "ท",   // consonants
        "ิ", "ี", "ึ", "ื", "ุ", "ู", "ั", "็", "่", "้", "๊", "๋", "์", "ำ", "ะ", "า",   // vowels, marks
        "เ", "แ", "โ", "ใ", "ไ", "ฯ", "ๆ", "๒", "๕",
        "ผลกระทบ", "ประสิทธิภาพ", "ดิจิทัล", "ที่", "น้ำ", "ปี่",                          // words
        "a", "b", "e", "s", "Y", "V", "T", "f", "i", "ERP", "Agile", "Office",
        "0", "1", "2567", ".", ",", "/", "%", "-", "(", ")", "\"",
        " ", " ", " ", "  ", "\u200B", "\n", "\u00A0",
    };
    std::string out;
    const unsigned length = rng() % 60;
    for (unsigned i = 0; i < length; ++i) out += pieces[rng() % pieces.size()];
    return out;
}

} // namespace

TEST_CASE("text.random: random paragraphs keep the setting invariants") {
    std::mt19937 rng(20261126);
    Typesetter ts;
    LineBreaker breaker;
    const Font& font = fonts().regular();
    for (int round = 0; round < 400; ++round) {
        const std::string text = random_text(rng);
        ParagraphStyle style;
        style.font = &font;
        style.size = 10 + static_cast<double>(rng() % 8);
        style.width = 5 + static_cast<double>(rng() % 200);
        style.align = static_cast<Align>(rng() % 4);
        style.first_line_indent = rng() % 3 == 0 ? std::min(20.0, style.width / 2) : 0.0;
        CAPTURE(text);
        CAPTURE(style.width);
        std::vector<TextLine> lines;
        try {
            lines = ts.set_paragraph(text, style);
        } catch (const MissingGlyphError& e) {
            // Only a character the font truly lacks may be reported.
            CHECK(font.nominal_glyph(e.codepoint) == 0);
            continue;
        }
        CHECK(lines.empty() == text.empty());
        std::size_t pos = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const TextLine& line = lines[i];
            // Dropped break spaces sit between lines (a line after a line end may start
            // with the author's own spaces, which it keeps).
            while (text.compare(pos, line.text.size(), line.text) != 0 && pos < text.size()) {
                std::size_t next = pos;
                REQUIRE(is_break_space(compforms::utf8::decode(text, next)));
                pos = next;
            }
            REQUIRE(text.compare(pos, line.text.size(), line.text) == 0);
            pos += line.text.size();
            const double avail = style.width - (i == 0 ? style.first_line_indent : 0.0);
            // Only one grapheme (or one glyph cluster) too wide for the line may overflow it.
            if (line.width > avail + 1e-9) {
                bool one_cluster = true;
                for (const LineGlyph& g : line.glyphs) one_cluster = one_cluster && g.cluster == 0;
                CHECK((one_cluster || breaker.grapheme_boundaries(line.text).empty()));
            }
            for (const LineGlyph& g : line.glyphs) {
                CHECK(g.cluster < line.text.size());
                CHECK(std::isfinite(g.x));
            }
        }
        while (pos < text.size()) {
            std::size_t next = pos;
            REQUIRE(is_break_space(compforms::utf8::decode(text, next)));
            pos = next;
        }
    }
}
