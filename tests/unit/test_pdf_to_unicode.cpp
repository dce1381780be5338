// The ToUnicode learner: contextual forms map to their base characters, the nikhahit+tone
// ligature maps to the leftover characters in source order, and the CMap is well formed.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "pdf/cid_map.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/text_writer.hpp"
#include "pdf/to_unicode.hpp"
#include "pdf_test_support.hpp"

using namespace compforms;
using compforms::testing::hb_line;

namespace {

uint32_t glyph_named(const text::Font& font, const char* name) {
    hb_codepoint_t g = 0;
    REQUIRE_MESSAGE(hb_font_get_glyph_from_name(font.hb_font(), name, -1, &g), "no glyph " << name);
    return g;
}

std::string glyph_name(const text::Font& font, uint32_t gid) {
    char buf[64];
    hb_font_get_glyph_name(font.hb_font(), gid, buf, sizeof buf);
    return buf;
}

} // namespace

TEST_CASE("to_unicode: learned forms and the nikhahit+tone ligature") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::detail::ReverseCmap seed = pdf::detail::reverse_cmap(font->hb_font(), font->hb_face());
    pdf::detail::ToUnicodeMap map(&seed);

    text::TextLine line = hb_line(*font, "น้ำ ที่ ปี่ ญู ฐุ", 16);
    std::string names;
    for (const auto& g : line.glyphs) names += glyph_name(*font, g.gid) + " ";
    MESSAGE("shaped: " << names);

    const uint32_t lig = glyph_named(*font, "uni0E4D0E49");
    CHECK(map.lookup(lig).empty());   // not in the cmap: only learning can give it a meaning
    map.learn(line);
    CHECK(map.lookup(lig) == std::u32string{0x0E49, 0x0E4D});

    // Every glyph the line uses now has a meaning, and each non-ligature maps to one character.
    for (const auto& g : line.glyphs) {
        const std::u32string t = map.lookup(g.gid);
        INFO("glyph " << glyph_name(*font, g.gid));
        REQUIRE(!t.empty());
        if (g.gid != lig) CHECK(t.size() == 1);
    }
    // The contextual forms (small tone mark, narrow sara ii, tail-less ญ/ฐ) map to their base.
    int forms = 0;
    for (const auto& g : line.glyphs) {
        std::string n = glyph_name(*font, g.gid);
        auto dot = n.find('.');
        if (dot == std::string::npos || n.rfind("uni", 0) != 0) continue;
        ++forms;
        char32_t base = static_cast<char32_t>(std::stoul(n.substr(3, dot - 3), nullptr, 16));
        INFO("form " << n);
        CHECK(map.lookup(g.gid) == std::u32string(1, base));
    }
    CHECK(forms >= 3);
    CHECK(map.lookup(glyph_named(*font, "yoYingthai.less")) == U"\u0E0D");
    CHECK(map.lookup(glyph_named(*font, "thoThanthai.less")) == U"\u0E10");

    std::set<uint32_t> used;
    for (const auto& g : line.glyphs) used.insert(g.gid);
    std::string cmap = map.cmap(pdf::detail::CidMap(used, seed));
    CHECK(cmap.find("beginbfchar") != std::string::npos);
    CHECK(cmap.find("<0E490E4D>") != std::string::npos);
    CHECK(cmap.find("begincidrange") == std::string::npos);
    CHECK(cmap.find("beginbfrange") != std::string::npos);   // the glyphs whose CID is their code point
}

TEST_CASE("cid map: cmap glyphs take their code point, the others free control-code slots") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::detail::ReverseCmap seed = pdf::detail::reverse_cmap(font->hb_font(), font->hb_face());
    text::TextLine line = hb_line(*font, "ที่ ได้ น้ำ ปี่ ญู ฐุ ฤๅ A1", 16);
    std::set<uint32_t> used;
    for (const auto& g : line.glyphs) used.insert(g.gid);
    const pdf::detail::CidMap cids(used, seed);
    REQUIRE(cids.by_cid().size() == used.size() + 1);   // and .notdef
    CHECK(cids.cid(0) == 0);
    std::set<uint16_t> seen;
    int forms = 0;
    for (uint32_t g : used) {
        const uint16_t c = cids.cid(g);
        CHECK(seen.insert(c).second);   // one glyph per CID
        auto it = seed.find(g);
        if (it != seed.end()) {
            CHECK(c == it->second);
        } else {
            ++forms;
            INFO("glyph " << glyph_name(*font, g) << " CID " << c);
            CHECK(((c >= 1 && c < 0x20) || (c >= 0x7F && c < 0xA0)));
        }
    }
    CHECK(forms >= 4);   // small tone, narrow vowel, ligature, tail-less ญ/ฐ
    CHECK(cids.cid(font->nominal_glyph(U'A')) == 0x41);
    // CIDToGIDMap: two bytes per CID up to the highest, each the glyph's id in the subset.
    const pdf::detail::FontSubset subset = pdf::detail::subset_font(font->hb_face(), used);
    const std::string map = cids.cid_to_gid_map(subset);
    CHECK(map.size() == 2u * (cids.by_cid().back().first + 1u));
    for (const auto& [c, g] : cids.by_cid())
        CHECK(((static_cast<unsigned char>(map[2 * c]) << 8) | static_cast<unsigned char>(map[2 * c + 1])) ==
              subset.new_gid(g));
    CHECK_THROWS_AS(cids.cid(9999), pdf::PdfError);
}

TEST_CASE("to_unicode: identity CIDs as bfranges, blocks of at most 100 entries") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::detail::ReverseCmap seed = pdf::detail::reverse_cmap(font->hb_font(), font->hb_face());
    pdf::detail::ToUnicodeMap map(&seed);
    std::set<uint32_t> used;
    for (const auto& [gid, cp] : seed) used.insert(gid);
    REQUIRE(used.size() > 200);
    const pdf::detail::CidMap cids(used, seed);
    std::string cmap = map.cmap(cids);
    // Read back, every block holds at most 100 entries and every CID means what its glyph
    // does; a few dozen entries cover hundreds of glyphs.
    std::map<uint32_t, std::u32string> read;
    std::size_t entries = 0;
    std::istringstream in(cmap);
    std::string line, op;
    std::size_t block = 0;
    auto hex = [](const std::string& h) { return static_cast<uint32_t>(std::stoul(h, nullptr, 16)); };
    while (std::getline(in, line)) {
        if (line.find("beginbf") != std::string::npos) {
            block = std::stoul(line);
            CHECK(block <= 100);
            entries += block;
            op = line.substr(line.find("beginbf"));
            continue;
        }
        std::vector<std::string> f;
        for (std::size_t p = 0; (p = line.find('<', p)) != std::string::npos; ++p)
            f.push_back(line.substr(p + 1, line.find('>', p) - p - 1));
        if (op == "beginbfrange" && f.size() == 3) {
            for (uint32_t c = hex(f[0]); c <= hex(f[1]); ++c) read[c] = std::u32string(1, hex(f[2]) + (c - hex(f[0])));
        } else if (op == "beginbfchar" && f.size() == 2 && f[1].size() == 4) {
            read[hex(f[0])] = std::u32string(1, hex(f[1]));
        }
    }
    for (const auto& [c, g] : cids.by_cid()) {
        const std::u32string want = g ? map.lookup(g) : std::u32string();
        if (want.empty() || want.size() > 1) continue;
        INFO("CID " << c);
        CHECK(read[c] == want);
    }
    CHECK(entries < 40);
    CHECK(used.size() > 200);
    CHECK(cmap.find("<0E01> <0E5B> <0E01>") != std::string::npos);   // the Thai block in one range
    // lowest code point wins: the space glyph means U+0020, not U+00A0
    CHECK(map.lookup(font->nominal_glyph(U' ')) == U" ");
}

TEST_CASE("text writer: every glyph of a cluster inside its span, sara am only through ActualText") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::detail::ReverseCmap seed = pdf::detail::reverse_cmap(font->hb_font(), font->hb_face());
    text::TextLine line = hb_line(*font, "ซึ่ง กำหนด DL101.01", 16);
    std::set<uint32_t> used;
    for (const auto& g : line.glyphs) used.insert(g.gid);
    const pdf::detail::CidMap cids(used, seed);
    std::string out;
    pdf::detail::TextObject(out).line(line, 10, 20, pdf::detail::LineFonts{"HbF1", &cids, {}, nullptr}, seed, {});
    MESSAGE(out);
    // Two spans (the two Thai words); the Latin code needs none.
    std::size_t spans = 0, pos = 0;
    while ((pos = out.find("BDC", pos)) != std::string::npos) ++spans, ++pos;
    CHECK(spans == 2);
    // The strings of the stream, unescaped: the ActualText of each span, then its glyph strings.
    std::vector<std::string> strings;
    for (std::size_t p = 0; p < out.size(); ++p) {
        if (out[p] != '(') continue;
        std::string str;
        for (++p; p < out.size() && out[p] != ')'; ++p) {
            if (out[p] == '\\') {
                ++p;
                str.push_back(out[p] == 'r' ? '\r' : out[p] == 'n' ? '\n' : out[p]);
            } else {
                str.push_back(out[p]);
            }
        }
        strings.push_back(str);
    }
    auto utf16 = [](std::u32string_view text, bool bom) {
        std::string b = bom ? "\xFE\xFF" : "";
        for (char32_t c : text) b += {static_cast<char>(c >> 8), static_cast<char>(c & 0xFF)};
        return b;
    };
    REQUIRE(strings.size() >= 3);
    CHECK(strings[0] == utf16(U"ซึ่ง", true));        // not ซ่ึง: the marks in source order
    // All glyphs of ซึ่ง (including the raised tone mark after a Ts) sit between BDC and EMC,
    // in glyph strings of their CIDs (ซ is CID 0x0E0B, its code point).
    std::size_t bdc = out.find("BDC"), emc = out.find("EMC");
    std::string glyphs;
    for (std::size_t k = 1, p = bdc; k < strings.size() && (p = out.find('(', p + 1)) < emc; ++k) glyphs += strings[k];
    std::string want;
    for (std::size_t i = 0; i < 4; ++i) {
        const uint16_t c = cids.cid(line.glyphs[i].gid);
        want += {static_cast<char>(c >> 8), static_cast<char>(c & 0xFF)};
    }
    CHECK(glyphs == want);
    CHECK(want.substr(0, 2) == std::string("\x0E\x0B", 2));
    // กำหนด comes back with U+0E33 through its ActualText.
    CHECK(std::find(strings.begin(), strings.end(), utf16(U"กำหนด", true)) != strings.end());
    CHECK(out.find("q BT\n/HbF1 16 Tf\n10 20 Td\n") == 0);   // black: no colour set
    CHECK(out.rfind("ET Q\n") == out.size() - 5);
}

TEST_CASE("text writer: one text object sets only what changes from line to line") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::detail::ReverseCmap seed = pdf::detail::reverse_cmap(font->hb_font(), font->hb_face());
    text::TextLine a = hb_line(*font, "DL101", 16), b = hb_line(*font, "DL102", 16), c = hb_line(*font, "DL103", 12);
    std::set<uint32_t> used;
    for (const auto* l : {&a, &b, &c})
        for (const auto& g : l->glyphs) used.insert(g.gid);
    const pdf::detail::CidMap cids(used, seed);
    const pdf::detail::LineFonts f{"HbS1", &cids, {}, nullptr};
    std::string out;
    {
        pdf::detail::TextObject text(out);
        text.line(a, 56.695, 700.004, f, seed, {}, 0.48);   // synthetic bold
        text.line(b, 56.695, 674.374, f, seed, {}, 0);       // next line, same font and size
        text.line(c, 100, 674.374, f, seed, {0.5, 0, 0}, 0);   // red, smaller, same baseline
    }
    MESSAGE(out);
    CHECK(out.rfind("q BT\n", 0) == 0);
    CHECK(out.find("0 0 0 RG 0.48 w 1 j 2 Tr\n/HbS1 16 Tf\n56.7 700 Td\n") != std::string::npos);
    CHECK(out.find("0 Tr\n0 -25.63 Td\n") != std::string::npos);   // bold off; moved from the line before
    CHECK(out.find(std::string("0.5 0 0 rg\n/HbS1 12 Tf\n43.3 0 Td\n[(\0D\0L\0001\0000\0003)]TJ\n", 50)) !=
          std::string::npos);
    std::size_t tfs = 0;
    for (std::size_t p = 0; (p = out.find(" Tf\n", p)) != std::string::npos; ++p) ++tfs;
    CHECK(tfs == 2);
    CHECK(out.size() - out.rfind("ET Q\n") == 5);
}
