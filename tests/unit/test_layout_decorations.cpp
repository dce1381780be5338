// Running header and footer: "หน้า X/Y" with the total known, Thai digits on request,
// codes untouched, everything inside the page and outside the content box.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout/flow.hpp"
#include "layout/page_decorations.hpp"
#include "layout/thai_formats.hpp"
#include "layout_test_support.hpp"

using namespace compforms;
using namespace compforms::layout;
using layout_test::items_of;

namespace {

Document three_pages() {
    FlowLayouter flow(layout_test::setter());
    flow.add(Paragraph("หน้าแรก"));
    flow.add(PageBreak{});
    flow.add(Paragraph("หน้าสอง"));
    flow.add(PageBreak{});
    flow.add(Paragraph("หน้าสาม"));
    return flow.finish();
}

} // namespace

TEST_CASE("layout decorations: page numbers X/Y in Thai digits, codes stay Latin") {
    Document doc = three_pages();
    REQUIRE(doc.pages.size() == 3);
    const PageSetup ps;
    PageDecorations deco;
    deco.header_left = "DL101.01";
    deco.header_right = "นำการพัฒนาคนพันธุ์ใหม่ (Digital DNA) สำหรับพัฒนาองค์กรดิจิทัล";
    deco.footer_left = to_thai_digits("ฉบับที่ 1");
    deco.thai_digits = true;
    decorate_pages(doc, deco, layout_test::setter(), ps);
    for (std::size_t p = 0; p < 3; ++p) {
        CAPTURE(p);
        const auto t = layout_test::texts(doc.pages[p]);
        const std::string want = "หน้า " + to_thai_digits(std::to_string(p + 1) + "/3");
        CHECK(std::count(t.begin(), t.end(), want) == 1);
        CHECK(std::count(t.begin(), t.end(), std::string("DL101.01")) == 1);
        CHECK(std::count(t.begin(), t.end(), std::string("ฉบับที่ ๑")) == 1);
        CHECK(std::count(t.begin(), t.end(), deco.header_right) == 1);
        // Header first, page number last, in drawing (extraction) order.
        CHECK(t.front() == "DL101.01");
        CHECK(t.back() == want);
        for (const auto* ti : items_of<TextItem>(doc.pages[p])) {
            const auto m = text::line_metrics(*ti->line->font, ti->line->size);
            const auto e = glyph_extent(*ti);
            const bool running = ti->baseline < ps.content_top() || ti->baseline > ps.content_bottom();
            if (!running) continue;
            // In a margin: entirely outside the content box, entirely inside the page.
            const bool above = ti->baseline + m.descent <= ps.content_top();
            const bool below = ti->baseline - m.ascent >= ps.content_bottom();
            CHECK((above || below));
            CHECK(ti->baseline - m.ascent >= 0);
            CHECK(ti->baseline + m.descent <= ps.height);
            CHECK(e.x0 >= ps.content_left() - 0.01);
            CHECK(e.x1 <= ps.content_right() + 0.01);
        }
    }
}

TEST_CASE("layout decorations: Latin digits by default, a long title is cut to fit") {
    Document doc = three_pages();
    const PageSetup ps;
    PageDecorations deco;
    deco.header_left = "DL101";
    std::string title;
    for (int i = 0; i < 8; ++i) title += "นำการพัฒนาคนพันธุ์ใหม่สำหรับพัฒนาองค์กรดิจิทัล ";
    deco.header_right = title;
    decorate_pages(doc, deco, layout_test::setter(), ps);
    const auto t = layout_test::texts(doc.pages[1]);
    CHECK(std::count(t.begin(), t.end(), std::string("หน้า 2/3")) == 1);
    bool cut = false;
    for (const auto* ti : items_of<TextItem>(doc.pages[1])) {
        if (ti->line->text.find("\xE2\x80\xA6") != std::string::npos) {
            cut = true;
            CHECK(glyph_extent(*ti).x1 <= ps.content_right() + 0.01);
            CHECK(glyph_extent(*ti).x0 > ps.content_left() + 20);   // clear of the code
        }
    }
    CHECK(cut);
}
