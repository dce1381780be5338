// Lines and compounds, data-driven: each case is a text, the line its first line used to be
// when only libthai's words were known (the width is that line's plus half a point), and
// the lines now, joined with '/'. A compound that fits on a line is not broken inside,
// unless keeping it whole would make the paragraph a line longer.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/typesetter.hpp"
#include "text_test_support.hpp"

using namespace compforms::text;
using compforms::text::testing::fonts;
using compforms::text::testing::style_of;

namespace {

std::string joined(const std::vector<TextLine>& lines) {
    std::string out;
    for (const TextLine& line : lines) out += (out.empty() ? "" : "/") + line.text;
    return out;
}

struct Case {
    const char* text;
    const char* old_first_line;   // the first line when every word break was as good
    const char* lines;            // the lines now
};

double width_of(Typesetter& ts, const std::string& text) { return ts.width(text, fonts().regular(), 16); }

} // namespace

TEST_CASE("text.compounds: a compound that does not fit what is left of the line moves whole") {
    const Case cases[] = {
        {"ความสามารถในการแบ่งสายงานให้เหมาะสม", "ความสามารถในการแบ่งสาย", "ความสามารถในการแบ่ง/สายงานให้เหมาะสม"},
        {"ผู้ประเมินประเมินความรู้และทักษะ", "ผู้ประเมินประเมินความ", "ผู้ประเมินประเมิน/ความรู้และทักษะ"},
        {"บทบาทของตัวละครสำคัญในเรื่อง", "บทบาทของตัว", "บทบาทของ/ตัวละครสำคัญ/ในเรื่อง"},
        {"อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้",
         "อธิบายผลกระทบของงานด้านบุคคลที่มีผล", "อธิบายผลกระทบของงานด้านบุคคลที่/มีผลต่อความสำเร็จขององค์กรดิจิทัลได้"},
    };
    Typesetter ts;
    for (const Case& c : cases)
        for (Align align : {Align::left, Align::justify}) {
            CAPTURE(std::string(c.text));
            const double width = width_of(ts, c.old_first_line) + 0.5;
            CHECK(joined(ts.set_paragraph(c.text, style_of(width, align))) == std::string(c.lines));
        }
}

TEST_CASE("text.compounds: a compound does not move when the paragraph would take a line more") {
    // สายงาน moved whole would push ของ onto a third line.
    Typesetter ts;
    const std::string text = "ความสามารถในการแบ่งสายงานให้เหมาะสมกับงานของ";
    for (Align align : {Align::left, Align::justify}) {
        const double width = width_of(ts, "ความสามารถในการแบ่งสาย") + 0.5;
        CHECK(joined(ts.set_paragraph(text, style_of(width, align))) == "ความสามารถในการแบ่งสาย/งานให้เหมาะสมกับงานของ");
    }
}

TEST_CASE("text.compounds: a compound wider than a line still breaks inside") {
    Typesetter ts;
    // On a line of its own: wider than the line, so broken at its parts (ผล|กระทบ).
    CHECK(joined(ts.set_paragraph("ผลกระทบ", style_of(width_of(ts, "กระทบ") + 0.5, Align::left))) == "ผล/กระทบ");
    // After a word: the compound is broken anyway, so the line takes a part of it rather
    // than ending before it.
    const std::vector<TextLine> after =
        ts.set_paragraph("ของผลกระทบ", style_of(width_of(ts, "ของผล") + 0.5, Align::left));
    REQUIRE(!after.empty());
    CHECK(after[0].text == "ของผล");
}

TEST_CASE("text.compounds: inside a compound when nothing else fits the line") {
    // The indented first line is narrower than สายงาน, which fits the lines after it.
    Typesetter ts;
    const double width = width_of(ts, "สายงาน") + 0.5;
    const std::vector<TextLine> lines =
        ts.set_paragraph("สายงานของหน่วยงาน", style_of(width, Align::left, width_of(ts, "งาน")));
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].text == "สาย");
    CHECK(lines[1].text.rfind("งาน", 0) == 0);
}
