// The table paginator, asserted on the laid-out Document: which page each row lands on,
// where its borders and lines are.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "layout/flow.hpp"
#include "layout/layout_error.hpp"
#include "layout/table_layout.hpp"
#include "layout_test_support.hpp"

using namespace compforms;
using namespace compforms::layout;
using layout_test::items_of;

namespace {

const char* const kClauses[] = {
    "กำหนดแนวทางการบ่มเพาะคนพันธุ์ใหม่ที่สอดคล้องกับยุทธศาสตร์ขององค์กร",
    "วิเคราะห์ความต้องการของผู้ใช้บริการเพื่อออกแบบบริการแบบดิจิทัล",
    "สื่อสารเป้าหมายการเปลี่ยนแปลงให้บุคลากรทุกระดับเข้าใจตรงกัน",
    "ติดตามและประเมินผลการพัฒนาอย่างต่อเนื่องตามตัวชี้วัดที่กำหนดไว้",
};

std::string long_text(int i, int clauses) {
    std::string s;
    for (int k = 0; k < clauses; ++k) {
        if (k) s += " ";
        s += kClauses[(i + k) % 4];
    }
    return s;
}

std::string code(int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "DL101.%02d", i);
    return buf;
}

std::string strip_spaces(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
}

Table make_table(int rows, int clauses, int tall_row = -1) {
    Table t;
    t.columns = {ColumnWidth::fixed_pt(90), ColumnWidth::relative(1)};
    t.header_rows.push_back(Row({Cell("รหัส PC", bold_style()), Cell("เกณฑ์การปฏิบัติงาน", bold_style())}));
    for (int i = 0; i < rows; ++i) {
        Cell c(code(i));
        c.continued_label = code(i) + " (ต่อ)";
        Row r({c, Cell(long_text(i, i == tall_row ? 60 : clauses), {}, text::Align::justify)});
        r.dests.push_back(code(i));
        t.rows.push_back(std::move(r));
    }
    return t;
}

struct RowOnPage {
    std::size_t page;
    double top, height;
    std::string code_text;   // text in the first column's cell
    std::string body_text;   // text in the second column's cell, lines joined
    bool text_inside = true; // every line's ink lies inside the cell
};

// Reads the body rows back from the stroked rectangles (borders) of each page.
std::vector<RowOnPage> read_rows(const Document& doc, double header_bottom_min) {
    std::vector<RowOnPage> out;
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const auto& page = doc.pages[p];
        std::vector<const RectItem*> borders;
        for (const auto* r : items_of<RectItem>(page))
            if (r->stroke && !r->fill) borders.push_back(r);
        // Header borders are the ones at the table's top on this page.
        double table_top = 1e9;
        for (const auto* r : borders) table_top = std::min(table_top, r->y);
        std::map<double, std::vector<const RectItem*>> by_y;
        for (const auto* r : borders)
            if (r->y > table_top + 0.01) by_y[r->y].push_back(r);
        for (auto& [y, cells] : by_y) {
            std::sort(cells.begin(), cells.end(), [](auto* a, auto* b) { return a->x < b->x; });
            REQUIRE(cells.size() == 2);
            RowOnPage row{p, y, cells[0]->h, "", "", true};
            std::vector<std::pair<double, std::string>> lines[2];
            for (const auto* t : items_of<TextItem>(page)) {
                for (int c = 0; c < 2; ++c) {
                    const auto* cell = cells[c];
                    if (t->x >= cell->x && t->x < cell->x + cell->w && t->baseline > cell->y &&
                        t->baseline < cell->y + cell->h) {
                        lines[c].push_back({t->baseline, t->line->text});
                        const auto m = text::line_metrics(*t->line->font, t->line->size);
                        if (t->baseline - m.ascent < cell->y - 0.01 ||
                            t->baseline + m.descent > cell->y + cell->h + 0.01)
                            row.text_inside = false;
                    }
                }
            }
            for (int c = 0; c < 2; ++c) {
                std::sort(lines[c].begin(), lines[c].end());
                for (auto& l : lines[c]) (c == 0 ? row.code_text : row.body_text) += l.second;
            }
            out.push_back(row);
        }
        (void)header_bottom_min;
    }
    return out;
}

Document lay_out(Table t, PageSetup ps = {}) {
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(Paragraph("ตารางทดสอบ"));
    flow.add(std::move(t));
    return flow.finish();
}

} // namespace

TEST_CASE("layout table: 40 long rows cross pages, header repeated, no row split") {
    const PageSetup ps;
    const Document doc = lay_out(make_table(40, 3), ps);
    REQUIRE(doc.pages.size() >= 3);
    layout_test::check_inside(doc, ps);

    // Every page starts (at its topmost text) with the header row's texts.
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        CAPTURE(p);
        auto ts = items_of<TextItem>(doc.pages[p]);
        std::vector<const TextItem*> body;
        double first_row_base = 1e9;
        for (const auto* t : ts)
            if (t->line->text != "ตารางทดสอบ") first_row_base = std::min(first_row_base, t->baseline);
        std::set<std::string> top_texts;
        for (const auto* t : ts)
            if (std::abs(t->baseline - first_row_base) < 0.01) top_texts.insert(t->line->text);
        CHECK(top_texts == std::set<std::string>{"รหัส PC", "เกณฑ์การปฏิบัติงาน"});
        // Continued pages: the header sits at the top of the content box, shaded.
        if (p > 0) {
            bool shaded_at_top = false;
            for (const auto* r : items_of<RectItem>(doc.pages[p]))
                if (r->fill && std::abs(r->y - ps.content_top()) < 0.01) shaded_at_top = true;
            CHECK(shaded_at_top);
        }
    }

    const auto rows = read_rows(doc, 0);
    REQUIRE(rows.size() == 40);   // each row once: none was split over two pages
    std::set<std::string> seen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CAPTURE(i);
        const int idx = static_cast<int>(i);
        CHECK(rows[i].code_text == code(idx));
        CHECK(strip_spaces(rows[i].body_text) == strip_spaces(long_text(idx, 3)));
        CHECK(rows[i].text_inside);
        seen.insert(rows[i].code_text);
    }
    CHECK(seen.size() == 40);

    // The row destinations point at the row's page and top.
    std::map<std::string, std::pair<std::size_t, double>> dests;
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto* d : items_of<DestItem>(doc.pages[p])) dests[d->name] = {p, d->y};
    for (const auto& r : rows) {
        REQUIRE(dests.count(r.code_text));
        CHECK(dests[r.code_text].first == r.page);
        CHECK(dests[r.code_text].second == doctest::Approx(r.top));
    }

    // A row moved to the next page left room at the foot that it did not fit in.
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        if (rows[i + 1].page != rows[i].page) {
            const double room = ps.content_bottom() - (rows[i].top + rows[i].height);
            CHECK(room < rows[i + 1].height);
        }
}

TEST_CASE("layout table: a continued caption heads every page the table continues to, above its header") {
    const PageSetup ps;
    Table t = make_table(40, 3);
    t.continued_caption = "(ข) หลักฐานความรู้ (ต่อ)";
    const Document doc = lay_out(t, ps);
    REQUIRE(doc.pages.size() >= 3);
    layout_test::check_inside(doc, ps);
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        CAPTURE(p);
        const TextItem* caption = nullptr;
        double header = 1e9;
        for (const auto* i : items_of<TextItem>(doc.pages[p])) {
            if (i->line->text == t.continued_caption) caption = i;
            if (i->line->text == "รหัส PC") header = std::min(header, i->baseline);
        }
        CHECK((caption != nullptr) == (p > 0));   // not where the table starts
        if (caption) CHECK(caption->baseline < header);
    }
    // Each row still once.
    CHECK(read_rows(doc, 0).size() == 40);
}

TEST_CASE("layout table: a code wrapped in a narrow cell links each piece to the whole code") {
    Table t;
    t.columns = {ColumnWidth::fixed_pt(60), ColumnWidth::relative(1)};
    const std::string code = "41ZJN-5AR6B-F83-94Z-PC0.01";
    t.rows.push_back(Row({Cell(code + " AB1.02", TextStyle{}).link_each_word(), Cell("ข้อความ", TextStyle{})}));
    const Document doc = lay_out(t);
    std::vector<std::string> dests;
    for (const auto* l : items_of<LinkItem>(doc.pages[0])) dests.push_back(l->dest);
    REQUIRE(dests.size() >= 3);   // the code takes two lines at least
    for (std::size_t i = 0; i + 1 < dests.size(); ++i) CHECK(dests[i] == code);
    CHECK(dests.back() == "AB1.02");
}

TEST_CASE("layout table: a row taller than a page splits between lines, borders closed") {
    const PageSetup ps;
    const Document doc = lay_out(make_table(6, 2, 3), ps);
    layout_test::check_inside(doc, ps);
    const auto rows = read_rows(doc, 0);
    std::vector<RowOnPage> tall;
    for (const auto& r : rows)
        if (r.code_text.rfind(code(3), 0) == 0) tall.push_back(r);
    REQUIRE(tall.size() >= 2);   // split over at least two pages
    std::string joined;
    for (std::size_t k = 0; k < tall.size(); ++k) {
        CAPTURE(k);
        CHECK(tall[k].text_inside);              // each piece's lines lie inside its closed cell
        CHECK(!tall[k].body_text.empty());       // no empty bordered piece
        if (k > 0) {
            CHECK(tall[k].page == tall[k - 1].page + 1);
            CHECK(strip_spaces(tall[k].code_text) == strip_spaces(code(3) + " (ต่อ)"));
        }
        joined += tall[k].body_text;
    }
    CHECK(strip_spaces(joined) == strip_spaces(long_text(3, 60)));
    // Normal rows are never split.
    for (int i : {0, 1, 2, 4, 5}) {
        int n = 0;
        for (const auto& r : rows) n += r.code_text == code(i);
        CHECK(n == 1);
    }
}

TEST_CASE("layout table: no empty bordered row at a page foot, header never alone") {
    // Sweep the table's start down the page: whatever is left at the foot, every bordered
    // row carries text, and a header is always followed by a row on its page.
    const PageSetup ps;
    for (int lead = 0; lead < 40; lead += 3) {
        CAPTURE(lead);
        FlowLayouter flow(layout_test::setter(), ps);
        Rule pad;
        pad.space_before = 0;
        pad.space_after = lead * 17.0;
        flow.add(pad);
        flow.add(make_table(12, 2));
        const Document doc = flow.finish();
        const auto rows = read_rows(doc, 0);
        CHECK(rows.size() == 12);
        for (const auto& r : rows) {
            CHECK(!r.body_text.empty());
            CHECK(!r.code_text.empty());
            CHECK(r.text_inside);
        }
        for (std::size_t p = 0; p < doc.pages.size(); ++p) {
            bool has_header = false, has_row = false;
            for (const auto* t : items_of<TextItem>(doc.pages[p])) has_header |= t->line->text == "รหัส PC";
            for (const auto& r : rows) has_row |= r.page == p;
            CHECK(has_header == has_row);
        }
        layout_test::check_inside(doc, ps);
    }
}

TEST_CASE("layout table: a spanning group cell continues on the next page under its label") {
    Table t;
    t.columns = {ColumnWidth::fixed_pt(100), ColumnWidth::fixed_pt(80), ColumnWidth::relative(1)};
    t.header_rows.push_back(
        Row({Cell("สมรรถนะย่อย", bold_style()), Cell("รหัส PC", bold_style()), Cell("เกณฑ์", bold_style())}));
    for (int g = 0; g < 3; ++g) {
        for (int i = 0; i < 8; ++i) {
            Row r;
            if (i == 0) {
                Cell e("DL10" + std::to_string(g + 1));
                e.content.push_back(CellParagraph{"กำหนดแนวทาง", {}, text::Align::left});
                e.rowspan = 8;
                e.continued_label = "DL10" + std::to_string(g + 1) + " (ต่อ)";
                r.cells.push_back(e);
            }
            r.cells.push_back(Cell(code(g * 8 + i)).link(code(g * 8 + i)));
            r.cells.push_back(Cell(long_text(i, 2)));
            t.rows.push_back(std::move(r));
        }
    }
    const PageSetup ps;
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(std::move(t));
    const Document doc = flow.finish();
    REQUIRE(doc.pages.size() >= 2);
    layout_test::check_inside(doc, ps);
    // Every page after the first whose first body row is inside a group shows the label.
    int labels = 0;
    for (std::size_t p = 1; p < doc.pages.size(); ++p)
        for (const auto& s : layout_test::texts(doc.pages[p]))
            if (s.find("(ต่อ)") != std::string::npos) ++labels;
    CHECK(labels >= 1);
    // Each group's first row text appears exactly once.
    for (int g = 1; g <= 3; ++g) {
        int n = 0;
        for (const auto& page : doc.pages)
            for (const auto& s : layout_test::texts(page)) n += s == "DL10" + std::to_string(g);
        CHECK(n == 1);
    }
    // Links cover the code cells' text.
    int links = 0;
    for (const auto& page : doc.pages)
        for (const auto* l : items_of<LinkItem>(page)) {
            ++links;
            CHECK(l->w > 0);
            CHECK(l->dest.rfind("DL101.", 0) == 0);
        }
    CHECK(links == 24);
}

TEST_CASE("layout table: column widths fixed and relative") {
    Table t;
    t.columns = {ColumnWidth::fixed_pt(100), ColumnWidth::fixed_pt(60), ColumnWidth::relative(1),
                 ColumnWidth::relative(3)};
    t.rows.push_back(Row({Cell("a"), Cell("DL101.01"), Cell("x"), Cell("y")}));
    const TextSetter& kit = layout_test::setter();
    TableLayout tl(kit, t, 400, 700);
    const auto& w = tl.column_widths();
    REQUIRE(w.size() == 4);
    CHECK(w[0] == doctest::Approx(100));
    CHECK(w[1] == doctest::Approx(60));
    CHECK(w[2] + w[3] == doctest::Approx(240));
    CHECK(w[3] == doctest::Approx(3 * w[2]));
    CHECK(w[0] + w[1] + w[2] + w[3] == doctest::Approx(400));

    Table bad;
    bad.columns = {ColumnWidth::relative(1)};
    bad.rows.push_back(Row({Cell("a"), Cell("b")}));
    CHECK_THROWS_AS(TableLayout(kit, bad, 400, 700), LayoutError);
    // Fixed columns that leave the text column no room, and header rows taller than half a
    // page, are errors: the table would otherwise run to thousands of pages.
    Table squeezed;
    squeezed.columns = {ColumnWidth::fixed_pt(380), ColumnWidth::relative(1)};
    squeezed.rows.push_back(Row({Cell("191372"), Cell("ข้อความ")}));
    CHECK_THROWS_AS(TableLayout(kit, squeezed, 400, 700), LayoutError);
    Table tall;
    tall.columns = {ColumnWidth::relative(1)};
    std::string head;
    for (int i = 0; i < 30; ++i) head += "หัวตารางที่ยาวมาก ";
    tall.header_rows.push_back(Row({Cell(head)}));
    CHECK_THROWS_AS(TableLayout(kit, tall, 100, 700), LayoutError);
}

TEST_CASE("layout table: blank rows to write in keep their height, huge ones are clamped") {
    const PageSetup ps;
    Table t;
    t.columns = {ColumnWidth::relative(1), ColumnWidth::relative(2)};
    t.header_rows.push_back(Row({Cell("ข้อ", bold_style()), Cell("บันทึก", bold_style())}));
    t.min_row_height = 40;
    for (int i = 0; i < 30; ++i) t.rows.push_back(Row({Cell(std::to_string(i + 1)), Cell()}));
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(std::move(t));
    const Document doc = flow.finish();
    layout_test::check_inside(doc, ps);
    int body_cells = 0;
    for (const auto& page : doc.pages)
        for (const auto* r : items_of<RectItem>(page))
            if (r->stroke && !r->fill && r->h == doctest::Approx(40)) ++body_cells;
    CHECK(body_cells == 60);

    Table huge;
    huge.columns = {ColumnWidth::relative(1)};
    huge.min_row_height = 5000;
    huge.rows.push_back(Row({Cell()}));
    huge.rows.push_back(Row({Cell("ท้าย")}));
    FlowLayouter flow2(layout_test::setter(), ps);
    flow2.add(std::move(huge));
    const Document doc2 = flow2.finish();   // terminates
    CHECK(doc2.pages.size() <= 3);
    layout_test::check_inside(doc2, ps);
}

TEST_CASE("layout table: a group header row spans all columns, row bookmarks") {
    const PageSetup ps;
    Table t;
    t.columns = {ColumnWidth::fixed_pt(90), ColumnWidth::relative(1), ColumnWidth::fixed_pt(80)};
    t.header_rows.push_back(Row({Cell("รหัส", bold_style()), Cell("เกณฑ์", bold_style()), Cell("ผล", bold_style())}));
    for (int g = 0; g < 2; ++g) {
        Row group({Cell("สมรรถนะย่อย DL10" + std::to_string(g + 1), bold_style()).span_cols(3)});
        group.fill = Color{0.95, 0.95, 0.95};
        group.outline = OutlineTarget{"DL10" + std::to_string(g + 1), 1};
        t.rows.push_back(std::move(group));
        for (int i = 0; i < 3; ++i)
            t.rows.push_back(Row({Cell(code(i)), Cell(long_text(i, 1)),
                                  Cell(CheckBoxRow("", {{"ผ่าน", false}, {"ไม่ผ่าน", false}})).middle()}));
    }
    FlowLayouter flow(layout_test::setter(), ps);
    flow.add(std::move(t));
    const Document doc = flow.finish();
    REQUIRE(doc.pages.size() == 1);
    layout_test::check_inside(doc, ps);
    int full_width = 0, shaded = 0;
    for (const auto* r : items_of<RectItem>(doc.pages[0])) {
        if (r->stroke && r->w == doctest::Approx(ps.content_width())) ++full_width;
        if (r->fill && r->fill_color.r == doctest::Approx(0.95)) ++shaded;
    }
    CHECK(full_width == 2);
    CHECK(shaded == 2);
    REQUIRE(doc.outline.size() == 2);
    CHECK(doc.outline[0].title == "DL101");
    CHECK(doc.outline[1].level == 1);
    CHECK(doc.outline[1].y > doc.outline[0].y);
    CHECK(items_of<RectItem>(doc.pages[0]).size() > 12);
}

namespace {

// Groups of `per_group` rows, each group under a heading row that keeps with its first row
// and continues as "หมวด N (ต่อ)" on a page its rows run onto.
Table grouped_table(int groups, int per_group) {
    Table t;
    t.columns = {ColumnWidth::fixed_pt(90), ColumnWidth::relative(1)};
    t.header_rows.push_back(Row({Cell("รหัส", bold_style()), Cell("เกณฑ์", bold_style())}));
    for (int g = 0; g < groups; ++g) {
        const std::string name = "หมวด" + std::to_string(g + 1);
        Row heading({Cell(name, bold_style()).span_cols(2)});
        heading.keep_with_next = true;
        heading.continuation = {Cell(name + " (ต่อ)", bold_style()).span_cols(2)};
        const int h = static_cast<int>(t.rows.size());
        t.rows.push_back(std::move(heading));
        for (int i = 0; i < per_group; ++i) {
            Row r({Cell("G" + std::to_string(g + 1) + "." + std::to_string(i + 1)), Cell(long_text(i, 2))});
            r.group_heading = h;
            t.rows.push_back(std::move(r));
        }
    }
    return t;
}

// The first-column texts of a page's body, top to bottom ("หมวด…" or "G…").
std::vector<std::string> first_column(const Page& page) {
    std::vector<std::pair<double, std::string>> found;
    for (const auto* t : items_of<TextItem>(page))
        if (t->line->text.rfind("หมวด", 0) == 0 || t->line->text.rfind("G", 0) == 0)
            found.push_back({t->baseline, t->line->text});
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& f : found) out.push_back(f.second);
    return out;
}

} // namespace

TEST_CASE("layout table: a group heading never ends a page and repeats with (ต่อ) above its continued rows") {
    const PageSetup ps;
    int continued = 0;   // pages starting with a continuation row, over all the tables
    for (const int per_group : {3, 7, 11}) {
        CAPTURE(per_group);
        const Document doc = lay_out(grouped_table(12, per_group), ps);
        REQUIRE(doc.pages.size() >= 2);
        layout_test::check_inside(doc, ps);
        for (std::size_t p = 0; p < doc.pages.size(); ++p) {
            CAPTURE(p);
            const auto col = first_column(doc.pages[p]);
            REQUIRE(!col.empty());
            // No page ends with a heading (or its continuation) alone.
            CHECK(col.back().rfind("หมวด", 0) != 0);
            // A page that starts inside a group starts with that group's continuation row.
            if (p > 0 && col.front().rfind("G", 0) == 0) FAIL("page starts with a group's row but no heading");
            if (col.front().find("(ต่อ)") != std::string::npos) {
                ++continued;
                const std::string group = col.front().substr(0, col.front().find(" "));
                REQUIRE(col.size() > 1);
                CHECK(col[1].rfind("G" + group.substr(std::string("หมวด").size()) + ".", 0) == 0);
            }
        }
    }
    CHECK(continued >= 2);
}

TEST_CASE("layout table: a table kept with the next block keeps its last row with that block's start") {
    const PageSetup ps;
    // Find how many rows fit on the first page, then add a signature after a table whose
    // last row is the page's last: it must move over with the signature.
    const Document probe = lay_out(make_table(40, 1), ps);
    const auto rows = read_rows(probe, 0);
    int first_page = 0;
    for (const auto& r : rows) first_page += r.page == 0;
    REQUIRE(first_page > 3);
    for (const bool keep : {false, true}) {
        CAPTURE(keep);
        Table t = make_table(first_page, 1);
        t.keep_with_next = keep;
        FlowLayouter flow(layout_test::setter(), ps);
        flow.add(Paragraph("ตารางทดสอบ"));
        flow.add(std::move(t));
        SignatureBlock sign;
        sign.role = "ผู้ประเมิน";
        flow.add(sign);
        const Document doc = flow.finish();
        REQUIRE(doc.pages.size() == 2);
        layout_test::check_inside(doc, ps);
        const auto texts0 = layout_test::joined(doc.pages[0]);
        const auto texts1 = layout_test::joined(doc.pages[1]);
        const std::string last = code(first_page - 1);
        CHECK((texts0.find(last) != std::string::npos) == !keep);
        CHECK((texts1.find(last) != std::string::npos) == keep);
        CHECK(texts1.find("ผู้ประเมิน") != std::string::npos);
        if (keep) CHECK(texts1.find("เกณฑ์การปฏิบัติงาน") != std::string::npos);   // header repeated
    }
}

TEST_CASE("layout table: a first row kept with the next moves on with it, and a heading before the table too") {
    // Sweep the table's start down the page: the title row (kept with the next) never ends
    // a page, neither does the heading before the table.
    const PageSetup ps;
    for (int lead = 0; lead < 48; lead += 2) {
        CAPTURE(lead);
        FlowLayouter flow(layout_test::setter(), ps);
        Rule pad;
        pad.space_before = 0;
        pad.space_after = lead * 15.0;
        flow.add(pad);
        flow.add(Heading("หัวข้อก่อนตาราง"));
        Table t;
        t.columns = {ColumnWidth::relative(1)};
        t.header_rows.push_back(Row({Cell("หัวตาราง")}));
        Row title({Cell("แถวชื่อเรื่อง")});
        title.keep_with_next = true;
        t.rows.push_back(std::move(title));
        std::string tall;
        for (int i = 0; i < 12; ++i) tall += "ข้อความยาวหลายบรรทัดในแถวถัดไปของตาราง ";
        t.rows.push_back(Row({Cell(tall)}));
        flow.add(std::move(t));
        const Document doc = flow.finish();
        std::map<std::string, std::size_t> page_of;
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
            for (const auto* item : items_of<TextItem>(doc.pages[p]))
                page_of.emplace(item->line->text.rfind("ข้อความยาว", 0) == 0 ? "tall" : item->line->text, p);
        CHECK(page_of.at("แถวชื่อเรื่อง") == page_of.at("tall"));   // where the tall row starts
        CHECK(page_of.at("หัวข้อก่อนตาราง") == page_of.at("แถวชื่อเรื่อง"));
    }
}
