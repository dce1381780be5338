// The change report as laid out: deleted and inserted words marked by lines (paths) that
// lie on the words' own glyphs, and the report's parts present.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "editions/comparison.hpp"
#include "forms/change_report.hpp"
#include "forms/booklet.hpp"
#include "forms/form_context.hpp"
#include "layout/change_bars.hpp"
#include "layout/page_setup.hpp"
#include "layout/text_marks.hpp"
#include "layout_test_support.hpp"
#include "source/unit_loader.hpp"
#include "source_test_support.hpp"

using namespace compforms;
using layout_test::items_of;
using layout_test::setter;

namespace {

constexpr double kSize = 14;

// Lines a mark draws: horizontal, solid, as thick as text_marks.cpp makes them at kSize.
std::vector<const layout::LineItem*> mark_lines(const layout::Page& page) {
    std::vector<const layout::LineItem*> out;
    for (const layout::LineItem* l : items_of<layout::LineItem>(page))
        if (!l->dotted && l->y1 == l->y2 && std::abs(l->width - kSize * 0.05) < 1e-9) out.push_back(l);
    return out;
}

// The characters of `item`'s line whose glyphs start inside [x1, x2].
std::string covered_text(const layout::TextItem& item, double x1, double x2) {
    std::size_t lo = std::string::npos, hi = 0;
    const text::TextLine& line = *item.line;
    for (std::size_t i = 0; i < line.glyphs.size(); ++i) {
        const double gx = item.x + line.glyphs[i].x;
        if (gx < x1 - 0.01 || gx > x2 - 0.01) continue;
        lo = std::min<std::size_t>(lo, line.glyphs[i].cluster);
        std::size_t end = line.text.size();
        for (const text::LineGlyph& g : line.glyphs)
            if (g.cluster > line.glyphs[i].cluster) end = std::min<std::size_t>(end, g.cluster);
        hi = std::max(hi, end);
    }
    return lo == std::string::npos ? "" : line.text.substr(lo, hi - lo);
}

} // namespace

TEST_CASE("A mark lies under or through exactly the glyphs of its words, on each line they take") {
    layout::TextStyle style;
    style.size = kSize;
    const std::string text = "ประเมินประสิทธิภาพการทำงานของหน่วยงาน และรายงานผลต่อผู้บริหาร";
    const std::size_t at = text.find("การทำงาน"), and_at = text.find("และรายงาน");
    std::vector<layout::Band> bands = setter().paragraph(text, style, 0, 1000, text::Align::left);
    layout::draw_marks(bands, text,
                       {{layout::TextMark::Kind::strike, at, at + std::string("การทำงาน").size()},
                        {layout::TextMark::Kind::underline, and_at, text.size()}},
                       style);
    REQUIRE(bands.size() == 1);
    std::vector<const layout::LineItem*> lines;
    const layout::TextItem* item = nullptr;
    for (const layout::Item& it : bands[0].items) {
        if (const auto* l = std::get_if<layout::LineItem>(&it)) lines.push_back(l);
        if (const auto* t = std::get_if<layout::TextItem>(&it)) item = t;
    }
    REQUIRE(item);
    REQUIRE(lines.size() == 2);
    CHECK(covered_text(*item, lines[0]->x1, lines[0]->x2) == "การทำงาน");
    CHECK(lines[0]->y1 < item->baseline);   // struck through, above the baseline
    CHECK(covered_text(*item, lines[1]->x1, lines[1]->x2) == "และรายงานผลต่อผู้บริหาร");
    CHECK(lines[1]->y1 > item->baseline);   // underlined

    // Broken over lines: one mark line on each.
    std::vector<layout::Band> narrow = setter().paragraph(text, style, 0, 120, text::Align::left);
    REQUIRE(narrow.size() >= 2);
    layout::draw_marks(narrow, text, {{layout::TextMark::Kind::underline, 0, text.size()}}, style);
    for (const layout::Band& b : narrow)
        CHECK(std::count_if(b.items.begin(), b.items.end(),
                            [](const layout::Item& i) { return std::holds_alternative<layout::LineItem>(i); }) == 1);
}

TEST_CASE("DL100's change report marks every deleted and inserted run on its words") {
    const source::LoadedUnit a = source::load_unit(test::dl100_path());
    const source::LoadedUnit b = source::load_unit(std::string(COMPFORMS_TEST_DIR) + "/fixtures/editions/DL100-rev2.xml");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const editions::Comparison c = editions::compare_editions(a.unit, b.unit);
    const layout::Document doc = forms::change_report(a.unit, b.unit, c, setter(), {});
    std::size_t runs = 0;
    for (const editions::PcChange& ch : c.pcs.changes)
        if (ch.old_pc && ch.new_pc) runs += ch.diff.deleted.size() + ch.diff.inserted.size();
    for (const editions::SectionChange& s : c.sections)
        for (const auto* side : {&s.deleted, &s.inserted})
            for (const auto& spans : *side) runs += spans.size();
    CHECK(runs >= 20);
    std::size_t drawn = 0;
    std::string all_text;
    for (const layout::Page& page : doc.pages) {
        for (const layout::TextItem* t : items_of<layout::TextItem>(page)) all_text += t->line->text + "\n";
        for (const layout::LineItem* l : mark_lines(page)) {
            ++drawn;
            // On a line of text: a TextItem whose baseline is within half an em and whose
            // glyphs it covers.
            bool on_text = false;
            for (const layout::TextItem* t : items_of<layout::TextItem>(page))
                if (std::abs(t->baseline - l->y1) < kSize / 2 && !covered_text(*t, l->x1, l->x2).empty()) on_text = true;
            CHECK(on_text);
        }
    }
    CHECK(drawn >= runs);   // a run across a line end is drawn on both lines
    CHECK(drawn <= 2 * runs);
    for (const char* part : {"รายงานการเปลี่ยนแปลงมาตรฐาน", "เกณฑ์ที่เปลี่ยนแปลง", "เกณฑ์ที่เพิ่มใหม่", "เกณฑ์ที่ยกเลิก",
                             "การเปลี่ยนแปลงในส่วนอื่นของมาตรฐาน", "ย้ายไปหน่วยสมรรถนะย่อยอื่น (moved)"})
        CHECK(all_text.find(part) != std::string::npos);
}

TEST_CASE("booklet --previous: a bar beside exactly the changed and new PC rows and paragraphs") {
    const source::LoadedUnit a = source::load_unit(test::dl100_path());
    const source::LoadedUnit b = source::load_unit(std::string(COMPFORMS_TEST_DIR) + "/fixtures/editions/DL100-rev2.xml");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const editions::ChangedParts changes = editions::changed_parts(editions::compare_editions(a.unit, b.unit));
    CHECK(changes.criteria.size() == 8);   // all but DL101.01, DL102.01 and DL103.03
    // The description, the new skill, KE2: the texts whose words changed.
    CHECK(changes.texts.size() == 3);
    CHECK(changes.has(b.unit.description.blocks[0].text));
    CHECK(changes.has(b.unit.knowledge_evidence[1].text));

    auto bars_of = [](const layout::Document& doc) {
        std::vector<std::pair<std::size_t, const layout::LineItem*>> out;
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
            for (const layout::LineItem* l : items_of<layout::LineItem>(doc.pages[p]))
                if (l->x1 == l->x2 && l->width == layout::kChangeBarWidth) out.emplace_back(p, l);
        return out;
    };
    forms::FormContext plain(b.unit, setter());
    CHECK(bars_of(forms::booklet(plain)).empty());

    forms::FormContext revised(b.unit, setter());
    revised.changes = &changes;
    const layout::Document doc = forms::booklet(revised);
    const auto bars = bars_of(doc);
    const layout::PageSetup page;
    for (const auto& [p, bar] : bars) CHECK(bar->x1 == doctest::Approx(page.content_right() + layout::kChangeBarGap));
    // Each PC row: barred from its top (its named destination) iff it changed.
    for (const model::Criterion* pc : model::all_criteria(b.unit)) {
        bool barred = false;
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
            for (const layout::DestItem* d : items_of<layout::DestItem>(doc.pages[p]))
                if (d->name == pc->name())
                    for (const auto& [q, bar] : bars)
                        if (q == p && std::abs(bar->y1 - d->y) < 0.01) barred = true;
        CHECK_MESSAGE(barred == changes.has(*pc), pc->name());
    }
    // The rows' bars, and the description's 5 lines, the new skill's 2, KE2's 2.
    CHECK(bars.size() >= 8 + 9);
}
