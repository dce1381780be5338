// Paragraph setting on the DL100 criteria at several widths and alignments: the
// properties that layout and the PDF writer rely on.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "text/line_breaker.hpp"
#include "text/typesetter.hpp"
#include "base/utf8.hpp"
#include "text_test_support.hpp"

using namespace compforms::text;
using compforms::text::testing::dl100_criteria;
using compforms::text::testing::fonts;
using compforms::text::testing::style_of;

namespace {

std::vector<std::size_t> icu_graphemes(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale("th"), status));
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(ut, status);
    std::vector<std::size_t> out;
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) out.push_back(static_cast<std::size_t>(b));
    utext_close(ut);
    REQUIRE(U_SUCCESS(status));
    return out;
}

// Line texts plus the dropped break spaces give back the paragraph; returns where each
// line starts in it.
std::vector<std::size_t> reassemble(const std::string& paragraph, const std::vector<TextLine>& lines) {
    std::vector<std::size_t> starts;
    std::size_t pos = 0;
    for (const TextLine& line : lines) {
        starts.push_back(pos);
        REQUIRE(paragraph.compare(pos, line.text.size(), line.text) == 0);
        pos += line.text.size();
        while (pos < paragraph.size()) {
            std::size_t next = pos;
            if (!is_break_space(compforms::utf8::decode(paragraph, next))) break;
            pos = next;
        }
    }
    CHECK(pos == paragraph.size());
    return starts;
}

// Where the line's pen ends: the last glyph's shift from its natural place plus the
// natural width (a last glyph may be a mark drawn at an offset, so not glyph x + advance).
double pen_end(const TextLine& line, const TextLine& natural) {
    return line.glyphs.back().x - natural.glyphs.back().x + natural.width;
}

} // namespace

TEST_CASE("text.paragraph: lines fit, reassemble, and never cut a cluster") {
    Typesetter ts;
    for (const std::string& text : dl100_criteria()) {
        const std::vector<std::size_t> graphemes = icu_graphemes(text);
        for (double width : {90.0, 150.0, 230.0, 400.0}) {
            for (Align align : {Align::left, Align::center, Align::right, Align::justify}) {
                for (double indent : {0.0, 24.0}) {
                    CAPTURE(text);
                    CAPTURE(width);
                    CAPTURE(static_cast<int>(align));
                    const ParagraphStyle style = style_of(width, align, indent);
                    const std::vector<TextLine> lines = ts.set_paragraph(text, style);
                    REQUIRE(!lines.empty());
                    const std::vector<std::size_t> starts = reassemble(text, lines);
                    for (std::size_t i = 0; i < lines.size(); ++i) {
                        const TextLine& line = lines[i];
                        const double left = i == 0 ? indent : 0.0;
                        const double avail = width - left;
                        CHECK(line.font == style.font);
                        CHECK(line.size == 16);
                        CHECK(line.width <= avail + 1e-9);
                        CHECK(line.x >= left - 1e-9);
                        CHECK(line.x + line.width <= width + 1e-9);
                        CHECK(std::binary_search(graphemes.begin(), graphemes.end(), starts[i]));
                        CHECK(std::binary_search(graphemes.begin(), graphemes.end(), starts[i] + line.text.size()));
                        for (const LineGlyph& g : line.glyphs) CHECK(g.cluster < line.text.size());
                        const bool last = i + 1 == lines.size();
                        if (align == Align::justify && !last)
                            CHECK(line.width == doctest::Approx(avail).epsilon(0).scale(0).epsilon(0.01 / avail));
                        if (align == Align::justify && last) CHECK(line.x == left);
                        if (align == Align::left) CHECK(line.x == left);
                        if (align == Align::right) CHECK(line.x + line.width == doctest::Approx(width));
                        if (align == Align::center)
                            CHECK(line.x - left == doctest::Approx(avail - line.width - (line.x - left)));
                        if (line.text.find(' ') == std::string::npos) continue;
                        CHECK(line.text.back() != ' ');
                    }
                    if (width >= 400 && text.size() < 150) CHECK(lines.size() == 1);
                }
            }
        }
    }
}

TEST_CASE("text.paragraph: justified lines end exactly at the width, the last does not") {
    Typesetter ts;
    const std::string& text = dl100_criteria()[7];
    const std::vector<TextLine> lines = ts.set_paragraph(text, style_of(200, Align::justify));
    REQUIRE(lines.size() >= 3);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        CHECK(std::abs(lines[i].width - 200) <= 0.01);
    }
    CHECK(lines.back().width < 200);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine natural = ts.set_line(lines[i].text, fonts().regular(), 16);
        CHECK(pen_end(lines[i], natural) == doctest::Approx(i + 1 < lines.size() ? 200 : natural.width));
        CHECK(lines[i].glyphs.front().x == doctest::Approx(natural.glyphs.front().x));
    }
    // The stretch goes to break opportunities, not into clusters: the glyphs of one cluster
    // keep their shaped offsets relative to each other.
    const TextLine natural = ts.set_line(lines[0].text, fonts().regular(), 16);
    REQUIRE(natural.glyphs.size() == lines[0].glyphs.size());
    for (std::size_t i = 1; i < natural.glyphs.size(); ++i) {
        if (natural.glyphs[i].cluster != natural.glyphs[i - 1].cluster) continue;
        CHECK(lines[0].glyphs[i].x - lines[0].glyphs[i - 1].x ==
              doctest::Approx(natural.glyphs[i].x - natural.glyphs[i - 1].x));
    }
}

TEST_CASE("text.paragraph: glyphs cut from the paragraph equal the line shaped alone") {
    Typesetter ts;
    for (const std::string& text : dl100_criteria()) {
        for (const TextLine& line : ts.set_paragraph(text, style_of(150, Align::right))) {
            CAPTURE(line.text);
            const TextLine alone = ts.set_line(line.text, fonts().regular(), 16);
            REQUIRE(alone.glyphs.size() == line.glyphs.size());
            for (std::size_t i = 0; i < alone.glyphs.size(); ++i) {
                CHECK(line.glyphs[i].gid == alone.glyphs[i].gid);
                CHECK(line.glyphs[i].cluster == alone.glyphs[i].cluster);
                CHECK(line.glyphs[i].x - line.x == doctest::Approx(alone.glyphs[i].x));
                CHECK(line.glyphs[i].y == doctest::Approx(alone.glyphs[i].y));
            }
            CHECK(line.width == doctest::Approx(alone.width));
        }
    }
}

TEST_CASE("text.paragraph: greedy breaking puts as much on a line as fits") {
    Typesetter ts;
    const std::string text = dl100_criteria()[7];
    const ParagraphStyle style = style_of(180, Align::left);
    const std::vector<TextLine> lines = ts.set_paragraph(text, style);
    const std::vector<std::size_t> starts = reassemble(text, lines);
    // Adding the next piece (up to the next break opportunity that is not inside a
    // compound) would overflow.
    LineBreaker breaker;
    std::vector<std::size_t> breaks;
    for (const BreakOpportunity& b : breaker.opportunities(text))
        if (!b.inside_compound) breaks.push_back(b.offset);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const auto next = std::upper_bound(breaks.begin(), breaks.end(), starts[i + 1]);
        std::string longer = text.substr(starts[i], (next == breaks.end() ? text.size() : *next) - starts[i]);
        while (longer.back() == ' ') longer.pop_back();
        CAPTURE(longer);
        CHECK(ts.width(longer, fonts().regular(), 16) > 180);
        CHECK(lines[i].width <= 180);
    }
    CHECK(lines[0].text == "บ่มเพาะคนพันธุ์ใหม่ที่");
    CHECK(lines[1].text == "สามารถปรับตัวได้อย่างพล");   // libthai splits the misspelt พลวัตร
}

TEST_CASE("text.paragraph: first-line indent, empty text, line ends, one long word") {
    Typesetter ts;
    const std::string& text = dl100_criteria()[1];
    const std::vector<TextLine> indented = ts.set_paragraph(text, style_of(150, Align::left, 30));
    REQUIRE(indented.size() >= 2);
    CHECK(indented[0].x == 30);
    CHECK(indented[0].glyphs.front().x >= 30);
    CHECK(indented[1].x == 0);
    CHECK(indented[0].width <= 120);

    CHECK(ts.set_paragraph("", style_of(150, Align::left)).empty());

    const std::vector<TextLine> two = ts.set_paragraph("หนึ่ง\nสอง สาม", style_of(300, Align::justify));
    REQUIRE(two.size() == 2);
    CHECK(two[0].text == "หนึ่ง");
    CHECK(two[0].width < 300);   // a line before a mandatory break is not stretched
    CHECK(two[1].text == "สอง สาม");

    // No break opportunity at all: cut at grapheme clusters, every line fits.
    const std::string word = "ประสิทธิภาพประสิทธิภาพประสิทธิภาพประสิทธิภาพ";
    const std::vector<std::size_t> graphemes = icu_graphemes(word);
    for (Align align : {Align::left, Align::justify}) {
        const std::vector<TextLine> pieces = ts.set_paragraph(word, style_of(60, align));
        CHECK(pieces.size() >= 3);
        const std::vector<std::size_t> starts = reassemble(word, pieces);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            CHECK(pieces[i].width <= 60 + 1e-9);
            CHECK(std::binary_search(graphemes.begin(), graphemes.end(), starts[i]));
            if (align == Align::justify && i + 1 < pieces.size()) CHECK(std::abs(pieces[i].width - 60) <= 0.01);
        }
    }
    // Narrower than one grapheme: one grapheme per line, still progressing.
    const std::vector<TextLine> tiny = ts.set_paragraph("กข", style_of(1, Align::left));
    REQUIRE(tiny.size() == 2);
    CHECK(tiny[0].text == "ก");
}

TEST_CASE("text.paragraph: bad styles are errors, not crashes") {
    Typesetter ts;
    ParagraphStyle none;
    none.width = 100;
    CHECK_THROWS_AS(ts.set_paragraph("ก", none), std::invalid_argument);
    CHECK_THROWS_AS(ts.set_paragraph("ก", style_of(0, Align::left)), std::invalid_argument);
    CHECK_THROWS_AS(ts.set_paragraph("ก", style_of(100, Align::left, 100)), std::invalid_argument);
}

TEST_CASE("text.paragraph: line metrics clear the marks and descenders of Sarabun") {
    const Font& font = fonts().regular();
    const LineMetrics m = line_metrics(font, 16);
    const double scale = 16.0 / font.upem();
    Typesetter ts;
    // Every glyph of the samples stays inside [baseline - descent, baseline + ascent].
    for (const char* sample : {"ปี่ ที่ น้ำ ฟื้น ปั้น ÁÉ", "ฤ ญู ฐุ gjpqy"}) {
        const TextLine line = ts.set_line(sample, font, 16);
        for (const LineGlyph& g : line.glyphs) {
            hb_glyph_extents_t ext{};
            REQUIRE(hb_font_get_glyph_extents(font.hb_font(), g.gid, &ext));
            CHECK(g.y + ext.y_bearing * scale <= m.ascent + 1e-9);
            CHECK(g.y + (ext.y_bearing + ext.height) * scale >= -m.descent - 1e-9);
        }
    }
    CHECK(m.ascent > font.metrics().ascender * scale);   // the stacked marks are above hhea
    CHECK(m.height >= m.ascent + m.descent);
    CHECK(m.height < 2 * 16);
    const LineMetrics big = line_metrics(font, 32);
    CHECK(big.height == doctest::Approx(2 * m.height));
}

TEST_CASE("text.paragraph: a line whose end shapes differently alone is reshaped") {
    // Cutting "Yes" after "Ye" loses the e–s kerning the shape-once glyphs carry: the line
    // must then be the glyphs of "Ye" shaped alone, and still fit.
    Typesetter ts;
    const Font& font = fonts().regular();
    for (const std::string text : {"Yes", "ok/Yes", "Office-Affairs"}) {
        for (double width : {ts.width(text, font, 16) - 0.01, 20.0, 14.0}) {
            CAPTURE(text);
            CAPTURE(width);
            const std::vector<TextLine> lines = ts.set_paragraph(text, style_of(width, Align::left));
            reassemble(text, lines);
            for (const TextLine& line : lines) {
                const TextLine alone = ts.set_line(line.text, font, 16);
                REQUIRE(alone.glyphs.size() == line.glyphs.size());
                for (std::size_t i = 0; i < alone.glyphs.size(); ++i) {
                    CHECK(line.glyphs[i].gid == alone.glyphs[i].gid);
                    CHECK(line.glyphs[i].x == doctest::Approx(alone.glyphs[i].x));
                }
                CHECK(line.width == doctest::Approx(alone.width));
                if (line.text.size() > 1) CHECK(line.width <= width + 1e-9);
            }
        }
    }
    CHECK(ts.stats().reshaped_lines > 0);
    CHECK(ts.stats().lines > ts.stats().reshaped_lines);
}

TEST_CASE("text.paragraph: odd input: blanks, zero width space, invalid UTF-8") {
    Typesetter ts;
    const Font& font = fonts().regular();
    const std::vector<TextLine> blank = ts.set_paragraph("   ", style_of(100, Align::left));
    REQUIRE(blank.size() == 1);
    CHECK(blank[0].text.empty());
    CHECK(blank[0].glyphs.empty());

    // A zero width space is a break opportunity without width, dropped at a line end.
    const std::string zw = "ผลกระทบ\u200Bของงาน";
    const double full = ts.width(zw, font, 16);
    CHECK(full == doctest::Approx(ts.width("ผลกระทบของงาน", font, 16)));
    const std::vector<TextLine> lines = ts.set_paragraph(zw, style_of(ts.width("ผลกระทบ", font, 16) + 0.5, Align::left));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].text == "ผลกระทบ");
    CHECK(lines[1].text == "ของงาน");

    // Invalid UTF-8 is reported, not drawn as a box.
    try {
        ts.set_paragraph(std::string("ก\xE0\xB8") + "ข", style_of(100, Align::left));
        FAIL("no error for invalid UTF-8");
    } catch (const MissingGlyphError& e) {
        CHECK(e.codepoint == 0xFFFD);
        CHECK(e.offset == 3);
        CHECK(std::string(e.what()).find("invalid UTF-8") != std::string::npos);
    }
    CHECK(ts.set_line("", font, 16).glyphs.empty());
    CHECK(ts.width("", font, 16) == 0);
}

// Thai reads a widened gap between words as a space. A justified Thai line must spread its
// slack over the boundaries between clusters, so that no gap inside a space-free stretch of
// Thai opens to a tenth of an em (where pdftotext, and a reader, see a word break), while a
// real space takes more of the slack than any cluster boundary.
TEST_CASE("Justified Thai spreads its slack between clusters, not into word gaps") {
    const std::string guidance =
        "วัฒนธรรมดิจิทัลในหน่วยสมรรถนะนี้หมายถึง การทำงานแบบใหม่ที่มีการแบ่งปันข้อมูลดิจิทัลการ "
        "เปิดเผยข้อมูลดิจิทัลสาธารณะ มีความกล้าเสี่ยง เพื่อประโยชน์ส่วนรวม โดยคำนึงถึงความปลอดภัยข้อมูล "
        "และความเป็นส่วนตัว เปิดรับเทคโนโลยีดิจิทัลเพื่อนำมาสู่การพัฒนางาน ใช้เป็นเครื่องมือเรียนรู้ตลอดชีวิต";
    Typesetter ts;
    const ParagraphStyle style = style_of(450, Align::justify);
    const std::vector<TextLine> lines = ts.set_paragraph(guidance, style);
    REQUIRE(lines.size() >= 3);
    int checked = 0;
    for (std::size_t l = 0; l + 1 < lines.size(); ++l) {
        const TextLine& line = lines[l];
        CHECK(line.width == doctest::Approx(450).epsilon(1e-4));
        double widest_thai_gap = 0, narrowest_space_gap = 1e9;
        for (std::size_t i = 1; i < line.glyphs.size(); ++i) {
            const LineGlyph& a = line.glyphs[i - 1];
            const LineGlyph& b = line.glyphs[i];
            if (b.cluster == a.cluster || b.advance == 0 || a.advance == 0) continue;  // marks
            const double gap = b.x - (a.x + a.advance);   // what justification added
            const bool after_space = line.text[b.cluster - 1] == ' ';
            if (after_space) narrowest_space_gap = std::min(narrowest_space_gap, gap);
            else widest_thai_gap = std::max(widest_thai_gap, gap);
        }
        CHECK(widest_thai_gap < 0.1 * style.size);
        if (narrowest_space_gap < 1e9) CHECK(narrowest_space_gap > widest_thai_gap);
        ++checked;
    }
    CHECK(checked >= 2);
}
