// The layout check: a glyph or a path outside the printable area, and text over text, are
// violations located in the source; Thai stacked marks reaching into the line above are
// not; real forms have none; the job turns a violation into an error and writes nothing.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "forms/booklet.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/scoring_sheet.hpp"
#include "job/checked_writer.hpp"
#include "layout/layout_check.hpp"
#include "layout_test_support.hpp"
#include "source/unit_loader.hpp"

using namespace compforms;
using namespace compforms::layout;

namespace {

const std::string kDl100 = std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml";

// The TextItems of a paragraph set at (x, baseline of its first line), as a source text
// starting at byte `source` of its file would be.
std::vector<TextItem> set(const std::string& text, double x, double baseline, double width, std::size_t source,
                          double size = 16) {
    TextStyle style;
    style.size = size;
    style.line_height = 1.45;
    std::vector<TextItem> out;
    double y = baseline;
    for (const Band& band : layout_test::setter().paragraph(text, style, x, width, text::Align::left, 0,
                                                             TextOrigin::span(source, text.size()))) {
        TextItem item = std::get<TextItem>(band.items.front());
        item.baseline = y;
        y += band.height;
        out.push_back(item);
    }
    return out;
}

Document one_page(const std::vector<TextItem>& texts) {
    Document doc;
    doc.pages.emplace_back();
    for (const TextItem& t : texts) doc.pages.back().items.push_back(t);
    return doc;
}

const std::string kThai = "วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้ "
                          "อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้";

} // namespace

TEST_CASE("layout check: each line of a source paragraph knows where its first character stands") {
    const std::vector<TextItem> lines = set(kThai, 100, 100, 150, 5000);
    REQUIRE(lines.size() >= 3);
    std::size_t at = 0;
    for (const TextItem& line : lines) {
        at = kThai.find(line.line->text, at);
        REQUIRE(at != std::string::npos);
        REQUIRE(line.source_offset);
        CHECK(*line.source_offset == 5000 + at);
    }
    // A text set without an origin (a form's own words) has none.
    TextStyle style;
    for (const Band& band : layout_test::setter().paragraph(kThai, style, 0, 150, text::Align::left))
        CHECK_FALSE(std::get<TextItem>(band.items.front()).source_offset);
}

TEST_CASE("layout check: a glyph past the page's edge is off the page, reported at its line") {
    const std::vector<TextItem> lines = set(kThai, 100, 100, 150, 5000);
    Document doc = one_page(lines);
    std::get<TextItem>(doc.pages[0].items[1]).x = kA4Width - 40;   // the second line runs off the right
    const std::vector<Violation> found = LayoutChecker().check(doc);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == Violation::Kind::off_page);
    CHECK(found[0].page == 0);
    CHECK(found[0].source_offset == lines[1].source_offset);
    const std::string message = describe(found[0]);
    CHECK(message.rfind("text '", 0) == 0);
    CHECK(message.find("outside the page (page 1, ") != std::string::npos);
    CHECK(message.find("right edge of the printable area") != std::string::npos);
}

TEST_CASE("layout check: the printable area is the page less 5 mm, paths included") {
    Document doc;
    doc.pages.emplace_back();
    Page& page = doc.pages[0];
    page.items.push_back(LineItem{mm(5) + 0.3, 100, 300, 100, 0.5, false, {}});   // inside (half its width too)
    page.items.push_back(RectItem{100, kA4Height - mm(5) - 10, 50, 12, 0.5, true, false, {}, {}});   // 2 pt below
    page.items.push_back(TickItem{mm(4), 300, 8, 1.0});   // 1 mm past the left edge
    const std::vector<Violation> found = LayoutChecker().check(doc);
    REQUIRE(found.size() == 2);
    CHECK(found[0].what == "a box");
    CHECK(found[0].how.find("bottom") != std::string::npos);
    CHECK(found[1].what == "a tick");
    CHECK(found[1].how.find("left") != std::string::npos);
    CHECK_FALSE(found[0].source_offset);
}

TEST_CASE("layout check: two lines over each other overlap, lines at the forms' leading do not") {
    std::vector<TextItem> a = set(kThai, 100, 200, 300, 10), b = set(kThai, 100, 400, 300, 900);
    Document apart = one_page({a[0], a[1], b[0], b[1]});
    // Thai stacked marks (ที่, ต้อง, ใหม่) reach into the line above at 1.45 em: allowed.
    CHECK(LayoutChecker().check(apart).empty());
    b[0].baseline = a[0].baseline + 4;   // 4 pt lower: the bodies of the letters overlap
    b[0].x += 30;
    const std::vector<Violation> found = LayoutChecker().check(one_page({a[0], b[0]}));
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == Violation::Kind::overlap);
    CHECK(found[0].source_offset);
    CHECK(found[0].other_offset);
    CHECK(describe(found[0]).find("' over text '") != std::string::npos);
    // Touching by less than half a point is rounding.
    b[0] = a[0];
    b[0].baseline = a[0].baseline + 0.9 * 16 - 0.4;
    CHECK(LayoutChecker().check(one_page({a[0], b[0]})).empty());
}

TEST_CASE("layout check: a shared page is checked once, a copy's values against it") {
    const std::vector<TextItem> lines = set(kThai, 100, 200, 300, 10);
    auto shared = std::make_shared<std::vector<Item>>();
    shared->push_back(lines[0]);
    shared->push_back(LineItem{100, kA4Height, 300, kA4Height, 0.5, false, {}});   // off the page on every copy
    Document doc;
    for (int copy = 0; copy < 3; ++copy) {
        Page page;
        page.shared = shared;
        TextItem value = lines[1];
        value.baseline = copy == 2 ? lines[0].baseline : 300;   // the third copy prints its value over the text
        page.items.push_back(value);
        doc.pages.push_back(page);
    }
    LayoutChecker checker;
    const std::vector<Violation> found = checker.check(doc);
    REQUIRE(found.size() == 4);
    for (std::size_t i = 0; i < 3; ++i) CHECK(found[i].page == i);
    CHECK(found[0].what == "a rule");
    CHECK(found[3].kind == Violation::Kind::overlap);
    CHECK(found[3].page == 2);
    CHECK(checker.check(doc).size() == 4);   // remembered, the same again
}

TEST_CASE("layout check: the DL100 booklet, checklist and scoring sheet have no violation") {
    const source::LoadedUnit loaded = source::load_unit(kDl100);
    REQUIRE(loaded.ok());
    const forms::FormContext ctx(loaded.unit, layout_test::setter());
    LayoutChecker checker;
    const Document booklet = forms::booklet(ctx);
    CHECK(booklet.pages.size() > 3);
    for (const Violation& v : checker.check(booklet)) FAIL(describe(v));
    for (const Violation& v : checker.check(forms::evidence_checklist(ctx).blank())) FAIL(describe(v));
    for (const Violation& v : checker.check(forms::scoring_sheet(ctx).blank())) FAIL(describe(v));
}

TEST_CASE("layout check: the job reports a violation at FILE:LINE:COL, exit 1, and writes nothing") {
    job::Inputs in;
    in.units.push_back(source::load_unit(kDl100));
    REQUIRE(in.units.front().ok());
    const model::Text& title = in.units.front().unit.title;
    const std::vector<TextItem> lines = set(title.value, kA4Width - 60, 100, 400, *title.origin.source_offset(0));
    Job job;
    job.task = Task::booklet;
    job.in_memory = true;
    job::RunContext run(job, nullptr);
    job::CheckedWriter out(run, in);
    CHECK_FALSE(out.write(one_page(lines), "DL100.pdf", "booklet"));
    CHECK(out.stopped());
    CHECK_FALSE(out.write(one_page({}), "next.pdf", "booklet"));   // the run stops there
    const Result r = run.finish();
    CHECK(r.files.empty());
    CHECK(r.exit_status() == 1);
    REQUIRE(r.diagnostics.size() == 1);
    const LineIndex index(in.units.front().text);
    const auto [line, column] = index.locate(title.pos.offset);
    CHECK(r.diagnostics[0].line == line);
    CHECK(r.diagnostics[0].column > 0);
    CHECK(format(r.diagnostics[0]).find(":" + std::to_string(line) + ":") != std::string::npos);
    CHECK(r.diagnostics[0].message.rfind("the booklet would print text 'นำการพัฒนา", 0) == 0);
    CHECK(r.diagnostics[0].message.find("outside the page (page 1") != std::string::npos);
    (void)column;
}
