// Block flow: keep-with-next, orphans and widows, lists, check boxes, fill-in lines,
// signature blocks, anchors; asserted on the Document's items.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout/flow.hpp"
#include "layout/text_setter.hpp"
#include "layout_test_support.hpp"

using namespace compforms;
using namespace compforms::layout;
using layout_test::items_of;

namespace {

const std::string kLong =
    "ผู้ที่ผ่านหน่วยสมรรถนะนี้มีความสามารถในการกำหนดแนวทางการบ่มเพาะคนพันธุ์ใหม่ เพื่อให้บริการแบบดิจิทัล "
    "พัฒนาคนพันธุ์ใหม่ที่พร้อมปรับเปลี่ยนสู่วัฒนธรรมการทำงานแบบดิจิทัล มีเทคนิคและรูปแบบการรักษาบุคลากรคนพันธุ์ใหม่ "
    "สามารถเชื่อมโยงความคิดและสร้างสรรค์สิ่งใหม่เพื่อปรับปรุงงานของหน่วยงานให้มีประสิทธิภาพมากยิ่งขึ้น "
    "โดยวิเคราะห์ความต้องการของผู้ใช้บริการและติดตามประเมินผลอย่างต่อเนื่อง";

const TextSetter& kit() { return layout_test::setter(); }

double body_line() { return kit().metrics(TextStyle{}).height; }

// A rule whose space after leaves exactly `room` points of the first page's content box.
Rule filler(const PageSetup& ps, double room) {
    Rule r;
    r.space_before = 0;
    r.line_width = 0.5;
    r.space_after = ps.content_height() - r.line_width - room;
    return r;
}

// Page index of each TextItem whose text is in `wanted` order of appearance.
std::vector<std::size_t> pages_of_lines(const Document& doc, const std::vector<std::string>& lines) {
    std::vector<std::size_t> out;
    const auto find = [&](const std::string& want) {
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
            for (const auto& t : layout_test::texts(doc.pages[p]))
                if (t == want) return p;
        return doc.pages.size();
    };
    for (const auto& want : lines) out.push_back(find(want));
    return out;
}

std::vector<std::string> paragraph_lines(const std::string& text, double width) {
    std::vector<std::string> out;
    for (const auto& b : kit().paragraph(text, TextStyle{}, 0, width, text::Align::justify))
        out.push_back(std::get<TextItem>(b.items.front()).line->text);
    return out;
}

} // namespace

TEST_CASE("layout flow: a heading near the page foot moves with its next block") {
    const PageSetup ps;
    const double head_h = kit().metrics(bold_style()).height;
    // Room for the heading and one body line: too little for heading + 2 lines.
    {
        FlowLayouter flow(layout_test::setter(), ps);
        flow.add(filler(ps, 6 + head_h + 3 + 1.5 * body_line()));
        flow.add(Heading("หัวข้อที่หนึ่ง"));
        flow.add(Paragraph(kLong, {}, {text::Align::justify}));
        const Document doc = flow.finish();
        REQUIRE(doc.pages.size() == 2);
        CHECK(layout_test::texts(doc.pages[0]).empty());
        const auto t1 = layout_test::texts(doc.pages[1]);
        REQUIRE(!t1.empty());
        CHECK(t1.front() == "หัวข้อที่หนึ่ง");
        // At the top of the content box (its space before dropped).
        const auto* h = items_of<TextItem>(doc.pages[1]).front();
        CHECK(h->baseline == doctest::Approx(ps.content_top() + kit().baseline_offset(bold_style())));
        layout_test::check_inside(doc, ps);
    }
    // Room for heading + 2 lines: it stays.
    {
        FlowLayouter flow(layout_test::setter(), ps);
        flow.add(filler(ps, 6 + head_h + 3 + 2.2 * body_line()));
        flow.add(Heading("หัวข้อที่หนึ่ง"));
        flow.add(Paragraph(kLong, {}, {text::Align::justify}));
        const Document doc = flow.finish();
        REQUIRE(doc.pages.size() == 2);
        const auto t0 = layout_test::texts(doc.pages[0]);
        REQUIRE(t0.size() == 3);
        CHECK(t0[0] == "หัวข้อที่หนึ่ง");
    }
    // A heading followed by a table keeps the table's header and first row with it.
    {
        FlowLayouter flow(layout_test::setter(), ps);
        flow.add(filler(ps, 6 + head_h + 3 + 2.2 * body_line()));
        flow.add(Heading("ตาราง"));
        Table t;
        t.columns = {ColumnWidth::relative(1)};
        t.header_rows.push_back(Row({Cell("หัวตาราง", bold_style())}));
        t.rows.push_back(Row({Cell(kLong)}));
        flow.add(std::move(t));
        const Document doc = flow.finish();
        REQUIRE(doc.pages.size() == 2);
        CHECK(layout_test::texts(doc.pages[0]).empty());
        CHECK(layout_test::texts(doc.pages[1]).front() == "ตาราง");
    }
}

TEST_CASE("layout flow: no orphan or widow lines") {
    const PageSetup ps;
    const auto lines = paragraph_lines(kLong, ps.content_width());
    REQUIRE(lines.size() >= 5);
    const double lh = body_line();
    const auto run = [&](double room) {
        FlowLayouter flow(layout_test::setter(), ps);
        flow.add(filler(ps, room));
        flow.add(Paragraph(kLong, {}, {text::Align::justify}));
        const Document doc = flow.finish();
        layout_test::check_inside(doc, ps);
        return pages_of_lines(doc, lines);
    };
    const std::size_t n = lines.size();
    SUBCASE("room for one line: the paragraph moves whole") {
        const auto p = run(1.5 * lh);
        REQUIRE(p.size() == n);
        CHECK(std::all_of(p.begin(), p.end(), [](std::size_t x) { return x == 1; }));
    }
    SUBCASE("room for two lines: two stay") {
        const auto p = run(2.5 * lh);
        REQUIRE(p.size() == n);
        CHECK(std::count(p.begin(), p.end(), 0u) == 2);
    }
    SUBCASE("room for all but one line: two go over") {
        const auto p = run((n - 1 + 0.5) * lh);
        REQUIRE(p.size() == n);
        CHECK(std::count(p.begin(), p.end(), 1u) == 2);
        CHECK(std::count(p.begin(), p.end(), 0u) == static_cast<long>(n - 2));
    }
}

TEST_CASE("layout flow: lists hang their bullets and numbers, Thai digits on request") {
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    ListBlock nums(ListBlock::Kind::numbered, {kLong, "ข้อสอง"});
    nums.style.thai_digits = true;
    flow.add(nums);
    flow.add(ListBlock(ListBlock::Kind::bullet, {"หนึ่ง", "สอง"}));
    const Document doc = flow.finish();
    layout_test::check_inside(doc, ps);
    const auto items = items_of<TextItem>(doc.pages[0]);
    const TextItem* one = nullptr;
    for (const auto* t : items)
        if (t->line->text == "๑.") one = t;
    REQUIRE(one != nullptr);
    CHECK(one->x == doctest::Approx(ps.content_left()));
    // The item's lines all start at the hanging indent, right of the number.
    int hanging = 0;
    for (const auto* t : items)
        if (t->line->text != "๑." && t->line->text != "๒." && t->line->text != "\xE2\x80\xA2") {
            CHECK(layout::glyph_extent(*t).x0 >= ps.content_left() + mm(8) - 0.01);
            ++hanging;
        }
    CHECK(hanging >= 5);
    int bullets = 0, two = 0;
    for (const auto* t : items) {
        bullets += t->line->text == "\xE2\x80\xA2";
        two += t->line->text == "๒.";
    }
    CHECK(bullets == 2);
    CHECK(two == 1);
    // Drawn (and so extracted) before the item's text.
    const auto t = layout_test::texts(doc.pages[0]);
    REQUIRE(t.size() >= 2);
    CHECK(t[0] == "๑.");
    CHECK(t[1].rfind("ผู้ที่ผ่าน", 0) == 0);
}

TEST_CASE("layout flow: a defined term wider than most of its line goes on lines of its own") {
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    ListBlock terms(ListBlock::Kind::bullet, {"คือความสามารถในการทำงาน", "คือสั้น"});
    std::string term;
    for (int i = 0; i < 12; ++i) term += "การพัฒนาบุคลากรดิจิทัล";   // wider than the line
    terms.leads = {term, "คำ"};
    flow.add(terms);
    const Document doc = flow.finish();   // threw "paragraph width must be positive"
    layout_test::check_inside(doc, ps);
    const auto t = layout_test::texts(doc.pages[0]);
    std::string all;
    for (const std::string& s : t) all += s;
    CHECK(all.find("คือความสามารถในการทำงาน") != std::string::npos);
    // The term's lines, then the text on a line of its own; the short term leads its line.
    const auto items = items_of<TextItem>(doc.pages[0]);
    double term_bottom = 0, text_top = 1e9;
    for (const auto* i : items) {
        if (term.find(i->line->text) != std::string::npos && i->line->text.size() > 9) term_bottom = std::max(term_bottom, i->baseline);
        if (i->line->text == "คือความสามารถในการทำงาน") text_top = i->baseline;
    }
    CHECK(term_bottom > 0);
    CHECK(text_top > term_bottom);
    bool short_lead = false;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) short_lead |= t[k] == "คำ" && t[k + 1] == "คือสั้น";
    CHECK(short_lead);
}

TEST_CASE("layout flow: each check box is as near its own label's ink as the others, nearer than the next") {
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(CheckBoxRow("ผลการประเมิน:", {{"ผ่าน", false}, {"ไม่ผ่าน", false}}));
    const Document doc = flow.finish();
    const auto boxes = items_of<RectItem>(doc.pages[0]);
    REQUIRE(boxes.size() == 2);
    std::vector<Extent> ink;
    for (const auto* t : items_of<TextItem>(doc.pages[0]))
        if (t->line->text == "ผ่าน" || t->line->text == "ไม่ผ่าน") ink.push_back(ink_extent(*t));
    REQUIRE(ink.size() == 2);
    const double own0 = ink[0].x0 - (boxes[0]->x + boxes[0]->w), own1 = ink[1].x0 - (boxes[1]->x + boxes[1]->w);
    CHECK(own0 == doctest::Approx(own1).epsilon(0.01));     // ผ and ไ start alike after their box
    CHECK(boxes[1]->x - ink[0].x1 > 2 * own0);            // the next box stands clear of ผ่าน
}

TEST_CASE("layout flow: check boxes, fill-in lines and signature blocks are paths") {
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    std::vector<CheckBox> levels;
    for (int i = 1; i <= 8; ++i) levels.push_back({std::to_string(i), i == 3});
    flow.add(CheckBoxRow("สำหรับระดับคุณวุฒิ", levels));
    flow.add(CheckBoxRow("", {{"สร้างใหม่", true}, {"ปรับปรุง", false}}));
    flow.add(FillInLine("ชื่อผู้เข้ารับการประเมิน", 0));
    SignatureBlock sig;
    sig.role = "ผู้ประเมิน";
    flow.add(sig);
    const Document doc = flow.finish();
    REQUIRE(doc.pages.size() == 1);
    layout_test::check_inside(doc, ps);
    const auto& page = doc.pages[0];
    int boxes = 0;
    for (const auto* r : items_of<RectItem>(page)) boxes += r->stroke && std::abs(r->w - r->h) < 0.01;
    CHECK(boxes == 10);
    CHECK(items_of<TickItem>(page).size() == 2);
    // No box drawn as a character.
    for (const auto& t : layout_test::texts(page)) {
        CHECK(t.find("\xE2\x98\x90") == std::string::npos);
        CHECK(t.find("..") == std::string::npos);
    }
    int dotted = 0;
    for (const auto* l : items_of<LineItem>(page)) dotted += l->dotted;
    CHECK(dotted == 1 + 6);   // fill-in + (signature, parentheses, position, day, month, year)
    const auto t = layout_test::texts(page);
    for (const char* want : {"ลงชื่อ", "(", ")", "ตำแหน่ง", "วันที่", "เดือน", "พ.ศ.", "ผู้ประเมิน"})
        CHECK(std::count(t.begin(), t.end(), std::string(want)) == 1);
}

namespace {

// The horizontal extent of a text, rule or box.
std::pair<double, double> x_extent(const Item& it) {
    if (const auto* t = std::get_if<TextItem>(&it)) {
        const auto e = layout::glyph_extent(*t);
        return {e.x0, e.x1};
    }
    if (const auto* l = std::get_if<LineItem>(&it)) return {std::min(l->x1, l->x2), std::max(l->x1, l->x2)};
    if (const auto* r = std::get_if<RectItem>(&it)) return {r->x, r->x + r->w};
    return {0, 0};
}

SignatureRow two_signatures() {
    SignatureRow row;
    SignatureBlock assessor;
    assessor.role = "ผู้ประเมิน";
    SignatureBlock candidate;
    candidate.role = "ผู้เข้ารับการประเมิน";
    row.blocks = {assessor, candidate};
    return row;
}

} // namespace

TEST_CASE("layout flow: a signature row sets its blocks side by side in the content box") {
    PageSetup ps;   // the forms' narrower margins
    ps.margin_left = mm(20);
    ps.margin_right = mm(15);
    ps.margin_top = mm(20);
    ps.margin_bottom = mm(15);
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(Paragraph("สรุปผลการประเมิน"));
    SignatureRow row = two_signatures();
    flow.add(row);
    const Document doc = flow.finish();
    REQUIRE(doc.pages.size() == 1);
    layout_test::check_inside(doc, ps);
    const auto& page = doc.pages[0];

    // Two columns of (width - gap) / 2: every item of the row lies wholly in one of them.
    const double col = (ps.content_width() - row.gap) / 2;
    const double left_end = ps.content_left() + col, right_start = left_end + row.gap;
    int in_left = 0, in_right = 0;
    for (const auto& it : page.items) {
        if (std::holds_alternative<TextItem>(it) && std::get<TextItem>(it).line->text == "สรุปผลการประเมิน") continue;
        const auto [x0, x1] = x_extent(it);
        if (x1 <= left_end + 0.01) ++in_left;
        else if (x0 >= right_start - 0.01) ++in_right;
        else FAIL_CHECK("an item straddles the two columns: ", x0, " .. ", x1);
    }
    CHECK(in_left == in_right);   // the same block twice: as many items each side
    CHECK(in_left >= 10);

    // Line by line on the same baselines, the left block first in drawing order.
    std::vector<const TextItem*> sign, date;
    for (const auto* t : items_of<TextItem>(page)) {
        if (t->line->text == "ลงชื่อ") sign.push_back(t);
        if (t->line->text == "วันที่") date.push_back(t);
    }
    REQUIRE(sign.size() == 2);
    REQUIRE(date.size() == 2);
    CHECK(sign[0]->baseline == doctest::Approx(sign[1]->baseline));
    CHECK(date[0]->baseline == doctest::Approx(date[1]->baseline));
    CHECK(date[0]->baseline > sign[0]->baseline);
    CHECK(sign[0]->x < left_end);
    CHECK(sign[1]->x >= right_start - 0.01);
    int dotted = 0;
    for (const auto* l : items_of<LineItem>(page)) dotted += l->dotted;
    CHECK(dotted == 2 * 6);
    const auto t = layout_test::texts(page);
    CHECK(std::count(t.begin(), t.end(), std::string("ผู้ประเมิน")) == 1);
    CHECK(std::count(t.begin(), t.end(), std::string("ผู้เข้ารับการประเมิน")) == 1);
}

TEST_CASE("layout flow: a signature row near the page foot moves whole to the next page") {
    const PageSetup ps;
    const double line = kit().metrics(TextStyle{}).height;
    for (const double room : {1.5 * line, 3.5 * line}) {
        CAPTURE(room);
        FlowLayouter flow(layout_test::setter(), ps);
        flow.add(filler(ps, room));
        SignatureRow row = two_signatures();
        row.space_before = 0;
        flow.add(row);
        const Document doc = flow.finish();
        REQUIRE(doc.pages.size() == 2);
        CHECK(layout_test::texts(doc.pages[0]).empty());
        CHECK(std::count_if(doc.pages[1].items.begin(), doc.pages[1].items.end(),
                            [](const Item& i) { return std::holds_alternative<LineItem>(i); }) == 12);
        layout_test::check_inside(doc, ps);
    }
    // With room for all four lines it stays.
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(filler(ps, 4.2 * line));
    SignatureRow row = two_signatures();
    row.space_before = 0;
    flow.add(row);
    CHECK(flow.finish().pages.size() == 1);
}

TEST_CASE("layout flow: a fill-in row sets its lines side by side in shares of the width") {
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    FillInRow row;
    row.lines = {FillInLine("ศูนย์ประเมิน"), FillInLine("ผู้ประเมิน")};
    row.lines[0].value = "ศูนย์ทดสอบ";
    row.shares = {3, 2};
    flow.add(row);
    flow.add(FillInLine("ชื่อ-นามสกุล"));
    const Document doc = flow.finish();
    REQUIRE(doc.pages.size() == 1);
    layout_test::check_inside(doc, ps);
    const auto& page = doc.pages[0];
    const auto texts = items_of<TextItem>(page);
    REQUIRE(texts.size() == 4);
    // One line: the two labels and the value share a baseline; the next block is below.
    CHECK(texts[0]->line->text == "ศูนย์ประเมิน");
    CHECK(texts[1]->line->text == "ศูนย์ทดสอบ");
    CHECK(texts[2]->line->text == "ผู้ประเมิน");
    CHECK(texts[0]->baseline == doctest::Approx(texts[2]->baseline));
    CHECK(texts[1]->baseline == doctest::Approx(texts[2]->baseline));
    CHECK(texts[3]->baseline > texts[0]->baseline + 10);
    const double room = ps.content_width() - row.gap;
    const double second = ps.content_left() + room * 3 / 5 + row.gap;
    CHECK(texts[0]->x == doctest::Approx(ps.content_left()));
    CHECK(texts[2]->x == doctest::Approx(second));
    const auto lines = items_of<LineItem>(page);
    REQUIRE(lines.size() == 3);
    // The first line ends at its column's edge, the gap before the second label.
    CHECK(lines[0]->x2 == doctest::Approx(ps.content_left() + room * 3 / 5));
    CHECK(lines[1]->x1 > texts[2]->x);
    CHECK(lines[1]->x2 == doctest::Approx(ps.content_right()));
    CHECK(lines[0]->y1 == doctest::Approx(lines[1]->y1));
}

TEST_CASE("layout flow: outline entries, destinations and links") {
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(Block(Heading("1. รหัสหน่วยสมรรถนะ")).bookmark("รหัสหน่วยสมรรถนะ", 0).dest("sec1"));
    Paragraph link("ดูเกณฑ์ DL101.01");
    link.link_dest = "DL101.01";
    flow.add(link);
    flow.add(PageBreak{});
    flow.add(Block(Paragraph("เกณฑ์")).bookmark("เกณฑ์", 1).dest("DL101.01"));
    flow.add(PageBreak{});   // trailing: no empty page
    const Document doc = flow.finish();
    REQUIRE(doc.pages.size() == 2);
    REQUIRE(doc.outline.size() == 2);
    CHECK(doc.outline[0].title == "รหัสหน่วยสมรรถนะ");
    CHECK(doc.outline[0].page == 0);
    CHECK(doc.outline[0].y == doctest::Approx(ps.content_top()));
    CHECK(doc.outline[1].level == 1);
    CHECK(doc.outline[1].page == 1);
    const auto d1 = items_of<DestItem>(doc.pages[1]);
    REQUIRE(d1.size() == 1);
    CHECK(d1[0]->name == "DL101.01");
    const auto links = items_of<LinkItem>(doc.pages[0]);
    REQUIRE(links.size() == 1);
    CHECK(links[0]->dest == "DL101.01");
    CHECK(links[0]->w > 50);
}

TEST_CASE("layout flow: an empty flow gives one empty page") {
    FlowLayouter flow(layout_test::setter());
    const Document doc = flow.finish();
    CHECK(doc.pages.size() == 1);
    CHECK(doc.pages[0].items.empty());
}
