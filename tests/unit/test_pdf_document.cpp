// The document around the text: info, bookmarks, named destinations, links, paths,
// shared page content, determinism and the atomic write.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"

using namespace compforms;
using compforms::testing::hb_line;
using compforms::testing::run_command;

namespace {

layout::TextItem text_at(const text::Font& font, const char* s, double x, double baseline) {
    layout::TextItem t;
    t.x = x;
    t.baseline = baseline;
    t.line = std::make_shared<text::TextLine>(hb_line(font, s, 14));
    return t;
}

layout::Document navigation_document(const text::Font& font) {
    layout::Document doc;
    doc.info.title = "แบบประเมิน DL101";
    doc.info.subject = "Scoring sheet";
    doc.info.author = "สำนักงาน";
    doc.info.creation_date = layout::Timestamp{2024, 1, 2, 3, 4, 5};
    auto shared = std::make_shared<std::vector<layout::Item>>();
    shared->push_back(text_at(font, "หัวกระดาษร่วม ที่ได้", 72, 60));
    shared->push_back(layout::RectItem{70, 70, 200, 40, 0.75, true, true, {0.9, 0.9, 0.9}, {}});
    shared->push_back(layout::LineItem{72, 130, 300, 130, 0.5, true, {}});
    shared->push_back(layout::TickItem{80, 80, 12, 1.0});
    for (int p = 0; p < 2; ++p) {
        layout::Page page;
        page.shared = shared;
        page.items.push_back(text_at(font, p == 0 ? "หน้าแรก กำหนด" : "หน้าสอง ซึ่ง", 72, 200));
        doc.pages.push_back(page);
    }
    doc.pages[1].items.push_back(layout::DestItem{"DL101.02", 300});
    doc.pages[0].items.push_back(layout::DestItem{"DL101.01", 180});
    doc.pages[0].items.push_back(layout::LinkItem{72, 400, 100, 20, "DL101.02"});
    doc.outline.push_back({"บทที่ ๑", 0, 0, 50});
    doc.outline.push_back({"1.1 ย่อย", 1, 0, 180});
    doc.outline.push_back({"บทที่ ๒", 0, 1, 50});
    return doc;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("pdf document: info, outline, named destinations, links, shared content") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::PdfWriter writer;
    const layout::Document doc = navigation_document(*font);
    const std::string path = testing::temp_path("nav.pdf"), qdf = testing::temp_path("nav-qdf.pdf");
    writer.write(doc, path);
    int st = 0;
    run_command("qpdf --check " + path + " >/dev/null 2>&1", &st);
    CHECK(st == 0);

    std::string info = run_command("pdfinfo " + path);
    CHECK(info.find("แบบประเมิน DL101") != std::string::npos);
    CHECK(info.find("สำนักงาน") != std::string::npos);
    CHECK(info.find("Pages:") != std::string::npos);
    CHECK(info.find("Pages:") < info.find(" 2\n", info.find("Pages:")));

    run_command("qpdf --qdf --object-streams=disable " + path + " " + qdf);
    const std::string q = slurp(qdf);
    CHECK(q.find("/Lang (th-TH)") != std::string::npos);
    CHECK(q.find("/CreationDate (D:20240102030405Z") != std::string::npos);
    CHECK(q.find("/ModDate") == std::string::npos);
    // The name tree lists names sorted, each with an /XYZ destination.
    std::size_t a = q.find("(DL101.01)"), b = q.find("(DL101.02)");
    CHECK(a != std::string::npos);
    CHECK(b != std::string::npos);
    CHECK(a < b);
    CHECK(q.find("/Dests") != std::string::npos);
    CHECK(q.find("/XYZ") != std::string::npos);
    CHECK(q.find("/S /GoTo") != std::string::npos);
    CHECK(q.find("/D (DL101.02)") != std::string::npos);
    CHECK(q.find("/Border [\n") != std::string::npos);
    // Paths, not characters: a rectangle, a dotted line and a tick mark.
    CHECK(q.find(" re B") != std::string::npos);
    CHECK(q.find("1 J [0 1.5] 0 d") != std::string::npos);

    std::string outline = run_command("mutool show " + path + " outline");
    CHECK(outline.find("บทที่ ๑") != std::string::npos);
    CHECK(outline.find("1.1 ย่อย") != std::string::npos);
    CHECK(outline.find("บทที่ ๒") != std::string::npos);

    // Shared content is drawn on both pages; each page's own text only on its page.
    std::string p1 = run_command("pdftotext -enc UTF-8 -f 1 -l 1 " + path + " -");
    std::string p2 = run_command("pdftotext -enc UTF-8 -f 2 -l 2 " + path + " -");
    CHECK(p1.find("หัวกระดาษร่วม ที่ได้") != std::string::npos);
    CHECK(p2.find("หัวกระดาษร่วม ที่ได้") != std::string::npos);
    CHECK(p1.find("หน้าแรก กำหนด") != std::string::npos);
    CHECK(p2.find("หน้าสอง ซึ่ง") != std::string::npos);
    CHECK(p1.find("หน้าสอง") == std::string::npos);

    // Same document, same bytes: a fresh writer, and the same writer again (its caches warm).
    const std::string first = slurp(path);
    CHECK(first.find("/ID") == std::string::npos);   // no random file identifier
    CHECK(pdf::PdfWriter().render(doc) == first);
    CHECK(writer.render(doc) == first);
    if (const char* keep = std::getenv("COMPFORMS_KEEP_TEST_PDF")) run_command("cp " + path + " " + keep);
    std::remove(path.c_str());
    std::remove(qdf.c_str());
}

TEST_CASE("pdf document: one Type0 font per text::Font, one subset per document") {
    auto regular = text::Font::open(testing::regular_font_path());
    auto bold = text::Font::open(std::string(COMPFORMS_ROOT_DIR) + "/fonts/Sarabun-Bold.ttf");
    layout::Document doc;
    doc.pages.resize(2);
    doc.pages[0].items.push_back(text_at(*regular, "ปกติ ที่", 72, 100));
    doc.pages[0].items.push_back(text_at(*bold, "ตัวหนา ได้", 72, 130));
    doc.pages[1].items.push_back(text_at(*regular, "น้ำ", 72, 100));
    const std::string path = testing::temp_path("fonts.pdf");
    pdf::PdfWriter().write(doc, path);
    std::string fonts = run_command("pdffonts " + path);
    MESSAGE(fonts);
    CHECK(fonts.find("+Sarabun-Regular") != std::string::npos);
    CHECK(fonts.find("+Sarabun-Bold") != std::string::npos);
    // pdffonts lists a font once per object: exactly two lines after the header.
    std::size_t lines = 0;
    for (char c : fonts) lines += c == '\n';
    CHECK(lines == 4);
    std::string text = run_command("pdftotext -enc UTF-8 " + path + " -");
    CHECK(text.find("ตัวหนา ได้") != std::string::npos);
    CHECK(text.find("น้ำ") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("pdf document: a write that fails names the path, bad documents are not written") {
    const std::string bad = "/nonexistent-dir-compforms/x.pdf";
    try {
        pdf::PdfWriter().write(layout::Document{}, bad);
        FAIL("no error for an unwritable path");
    } catch (const pdf::PdfError& e) {
        CHECK(std::string(e.what()).find(bad) != std::string::npos);
    }
    // A link to a destination no page defines is a layout bug, reported, not written.
    layout::Document dangling;
    dangling.pages.emplace_back();
    dangling.pages[0].items.push_back(layout::LinkItem{72, 72, 50, 20, "DL999.99"});
    CHECK_THROWS_WITH_AS(pdf::PdfWriter().render(dangling), doctest::Contains("DL999.99"), pdf::PdfError);
    // An empty document still renders to a valid file.
    layout::Document empty;
    std::string bytes = pdf::PdfWriter().render(empty);
    CHECK(bytes.rfind("%PDF-1.5", 0) == 0);
}
