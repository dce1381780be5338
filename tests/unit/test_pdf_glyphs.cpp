// What the PDF draws, read back by an independent reader: `mutool trace` lists every glyph
// id and its position; they must be exactly HarfBuzz's choice, within 0.01 pt of where
// HarfBuzz puts them. And the font objects: compressed, with ToUnicode, truly subset.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "pdf/font_subset.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"
#include "text/typesetter.hpp"

using namespace compforms;
using compforms::testing::hb_line;
using compforms::testing::run_command;

namespace {

struct TracedGlyph {
    uint32_t gid;
    double x, y;
};

std::vector<TracedGlyph> trace_glyphs(const std::string& pdf) {
    std::string xml = run_command("mutool trace " + pdf + " 2>/dev/null");
    std::vector<TracedGlyph> out;
    static const std::regex g_re(R"re(<g unicode="[^"]*" glyph="([^"]*)" x="([^"]*)" y="([^"]*)")re");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), g_re); it != std::sregex_iterator(); ++it) {
        const std::string id = (*it)[1];
        REQUIRE_MESSAGE(id.find_first_not_of("0123456789") == std::string::npos, "mutool printed a glyph name: " << id);
        out.push_back({static_cast<uint32_t>(std::stoul(id)), std::stod((*it)[2]), std::stod((*it)[3])});
    }
    return out;
}

const char* const kLines[] = {
    "ที่ ได้ น้ำ ปี่ ญู ฐุ ฤๅ ฦๅ",
    "ปั้น ก็ กำหนด ซึ่ง เพิ่ม ยิ่งขึ้น วงศ์สวัสดิ์",
    "(Agile) ปี่ ๑๒๓ DL101.01 191372",
};

} // namespace

TEST_CASE("pdf glyphs: mutool trace gives HarfBuzz's glyph ids and positions") {
    auto font = text::Font::open(testing::regular_font_path());
    layout::Document doc;
    doc.pages.emplace_back();
    const double x0 = 56.5, size = 15;
    std::vector<text::TextLine> expected;
    std::vector<double> baselines;
    double baseline = 100.25;
    text::Typesetter typesetter;
    for (const char* s : kLines) {
        layout::TextItem t;
        t.x = x0;
        t.baseline = baseline;
        t.line = std::make_shared<text::TextLine>(typesetter.set_line(s, *font, size));   // the engine's line
        doc.pages.back().items.push_back(t);
        expected.push_back(hb_line(*font, s, size));   // what HarfBuzz gives, independently
        baselines.push_back(baseline);
        baseline += 27.3;
    }
    std::string path = testing::temp_path("glyphs.pdf");
    pdf::PdfWriter().write(doc, path);
    std::vector<TracedGlyph> traced = trace_glyphs(path);

    // The embedded subset numbers its glyphs anew: map HarfBuzz's ids the way hb-subset does.
    std::set<uint32_t> used;
    for (const auto& l : expected)
        for (const auto& g : l.glyphs) used.insert(g.gid);
    const pdf::detail::FontSubset subset = pdf::detail::subset_font(font->hb_face(), used);
    std::size_t n = 0, raised = 0;
    for (std::size_t l = 0; l < expected.size(); ++l) n += expected[l].glyphs.size();
    REQUIRE(traced.size() == n);
    std::size_t k = 0;
    const double page_h = layout::kA4Height;
    for (std::size_t l = 0; l < expected.size(); ++l) {
        for (const text::LineGlyph& g : expected[l].glyphs) {
            const TracedGlyph& t = traced[k++];
            INFO("line " << l << " glyph " << k << " gid " << g.gid);
            CHECK(t.gid == subset.new_gid(g.gid));
            CHECK(std::abs(t.x - (x0 + g.x)) < 0.01);
            CHECK(std::abs(t.y - (page_h - baselines[l] + g.y)) < 0.01);
            if (g.y != 0) ++raised;
        }
    }
    CHECK(raised > 0);   // the corpus exercises vertical offsets (ปั้น), so Ts is tested
    std::remove(path.c_str());
}

TEST_CASE("pdf glyphs: font streams are deflated, ToUnicode present, subset much smaller") {
    auto font = text::Font::open(testing::regular_font_path());
    layout::Document doc;
    doc.pages.emplace_back();
    layout::TextItem t;
    t.x = 72;
    t.baseline = 72;
    t.line = std::make_shared<text::TextLine>(hb_line(*font, kLines[0], 12));
    doc.pages.back().items.push_back(t);
    pdf::PdfOptions plain;
    plain.object_streams = false;
    std::string bytes = pdf::PdfWriter().render(doc, plain);

    // libharu's own layout (plain objects): find the FontFile2 stream dictionary.
    std::smatch m;
    REQUIRE(std::regex_search(bytes, m, std::regex(R"(/Length (\d+) 0 R\n/Length1 (\d+)\n/Filter /FlateDecode\n>>)")));
    const std::size_t program = std::stoul(m[2]);
    std::smatch len;
    REQUIRE(std::regex_search(bytes, len, std::regex("\n" + std::string(m[1]) + R"( 0 obj\n(\d+)\n)")));
    const std::size_t stored = std::stoul(len[1]);
    MESSAGE("FontFile2: subset " << program << " B, stored " << stored << " B (original 83080 B)");
    CHECK(program < 83080 / 4);
    CHECK(stored < program);

    REQUIRE(std::regex_search(bytes, m, std::regex(R"(/ToUnicode (\d+) 0 R)")));
    std::smatch tu;
    REQUIRE(std::regex_search(bytes, tu, std::regex("\n" + std::string(m[1]) + R"( 0 obj\n<<\n[^>]*/Filter /FlateDecode\n>>)")));
    CHECK(std::regex_search(bytes, std::regex(R"(/CIDToGIDMap \d+ 0 R)")));   // CIDs are code points, not glyph ids
    CHECK(bytes.rfind("%PDF-1.5\n", 0) == 0);
}

TEST_CASE("pdf glyphs: subsets renumber glyph ids in order, drop layout tables, are cached by glyph set") {
    auto font = text::Font::open(testing::regular_font_path());
    std::set<uint32_t> glyphs;
    for (const auto& g : hb_line(*font, kLines[0], 12).glyphs) glyphs.insert(g.gid);
    pdf::detail::SubsetCache cache;
    const pdf::detail::FontSubset& a = cache.get(font->hb_face(), glyphs, nullptr);
    const pdf::detail::FontSubset& b = cache.get(font->hb_face(), glyphs, nullptr);
    CHECK(&a == &b);   // the second document with the same glyphs does not subset again
    CHECK(a.tag.size() == 6);
    CHECK(a.tag.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
    CHECK(pdf::detail::subset_font(font->hb_face(), glyphs).tag == a.tag);   // deterministic
    std::set<uint32_t> more = glyphs;
    more.insert(font->nominal_glyph(U'Z'));
    CHECK(cache.get(font->hb_face(), more, nullptr).tag != a.tag);

    hb_blob_t* blob = hb_blob_create(a.program.data(), static_cast<unsigned>(a.program.size()), HB_MEMORY_MODE_READONLY,
                                     nullptr, nullptr);
    hb_face_t* sub = hb_face_create(blob, 0);
    // Renumbered in the original order, .notdef first. Only the components of composite
    // glyphs come in besides (no layout closure): here 2.
    CHECK(hb_face_get_glyph_count(sub) >= glyphs.size() + 1);
    CHECK(hb_face_get_glyph_count(sub) <= glyphs.size() + 3);
    CHECK(a.new_ids.size() == glyphs.size() + 1);
    for (std::size_t i = 1; i < a.new_ids.size(); ++i) CHECK(a.new_ids[i].second > a.new_ids[i - 1].second);
    CHECK(a.new_ids.front() == std::make_pair(uint32_t{0}, uint32_t{0}));
    CHECK_THROWS_AS(a.new_gid(font->nominal_glyph(U'Z')), pdf::PdfError);
    for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F')}) {
        hb_blob_t* t = hb_face_reference_table(sub, tag);
        CHECK(hb_blob_get_length(t) == 0);
        hb_blob_destroy(t);
    }
    hb_blob_t* glyf = hb_face_reference_table(sub, HB_TAG('g', 'l', 'y', 'f'));
    CHECK(hb_blob_get_length(glyf) > 0);
    hb_blob_destroy(glyf);
    hb_face_destroy(sub);
    hb_blob_destroy(blob);
}

TEST_CASE("pdf glyphs: justified lines land where the typesetter put each glyph") {
    auto font = text::Font::open(testing::regular_font_path());
    text::Typesetter typesetter;
    text::ParagraphStyle style;
    style.font = font.get();
    style.size = 14;
    style.width = 260;
    style.align = text::Align::justify;
    std::vector<text::TextLine> lines = typesetter.set_paragraph(
        "2.3 บ่มเพาะคนพันธุ์ใหม่ที่สามารถปรับตัวได้อย่างพลวัตร (Agile) สามารถเชื่อมโยงความคิด (Connect the Dot) "
        "มีวัฒนธรรมดิจิทัล และสร้างสรรค์สิ่งใหม่เพื่อปรับปรุงงานของหน่วยงานให้มีประสิทธิภาพมากยิ่งขึ้น (Creativity)",
        style);
    REQUIRE(lines.size() >= 3);
    layout::Document doc;
    doc.pages.emplace_back();
    double baseline = 90;
    for (const text::TextLine& l : lines) {
        doc.pages.back().items.push_back(layout::TextItem{70, baseline, std::make_shared<text::TextLine>(l), {}, 0});
        baseline += 22;
    }
    std::string path = testing::temp_path("justified.pdf");
    pdf::PdfWriter().write(doc, path);
    std::vector<TracedGlyph> traced = trace_glyphs(path);
    std::set<uint32_t> used;
    for (const text::TextLine& l : lines)
        for (const auto& g : l.glyphs) used.insert(g.gid);
    const pdf::detail::FontSubset subset = pdf::detail::subset_font(font->hb_face(), used);
    std::size_t k = 0, n = 0;
    for (const text::TextLine& l : lines) n += l.glyphs.size();
    REQUIRE(traced.size() == n);
    for (std::size_t li = 0; li < lines.size(); ++li) {
        for (const text::LineGlyph& g : lines[li].glyphs) {
            const TracedGlyph& t = traced[k++];
            INFO("line " << li << " glyph " << k);
            CHECK(t.gid == subset.new_gid(g.gid));
            CHECK(std::abs(t.x - (70 + g.x)) < 0.01);
            CHECK(std::abs(t.y - (layout::kA4Height - (90 + 22.0 * static_cast<double>(li)) + g.y)) < 0.01);
        }
    }
    // Justified: the first line ends at the full width (its last glyph's advance reaches it).
    const text::LineGlyph& last = lines[0].glyphs.back();
    CHECK(std::abs(last.x + last.advance - style.width) < 0.5);
    std::remove(path.c_str());
}
