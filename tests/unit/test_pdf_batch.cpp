// A batch of scoring sheets through one writer: the shared part of a page (Page::shared)
// draws with its own font subset, cached and written verbatim into every document, while
// each sheet's candidate lines get a small subset of their own (or reuse the shared one
// when it holds all their glyphs). Every document must still extract exactly and embed
// only subset fonts with ToUnicode.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"

using namespace compforms;
using compforms::testing::hb_line;
using compforms::testing::run_command;

namespace {

const char* const kSharedLines[] = {
    "แบบบันทึกคะแนน ผู้รับการประเมิน",
    "1.1 วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการ",
    "1.2 อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จ",
    "ปั้น ก็ กำหนด ซึ่ง เพิ่ม ยิ่งขึ้น น้ำ ปี่",
};

layout::TextItem text_at(const text::Font& font, const std::string& s, double baseline) {
    layout::TextItem t;
    t.x = 72;
    t.baseline = baseline;
    t.line = std::make_shared<text::TextLine>(hb_line(font, s, 14));
    return t;
}

std::shared_ptr<const std::vector<layout::Item>> shared_part(const text::Font& font) {
    auto shared = std::make_shared<std::vector<layout::Item>>();
    double y = 120;
    for (const char* s : kSharedLines) {
        shared->push_back(text_at(font, s, y));
        shared->push_back(layout::LineItem{70, y + 6, 520, y + 6, 0.5, false, {}});
        y += 30;
    }
    shared->push_back(layout::RectItem{480, 100, 12, 12, 0.5, true, false, {}, {}});
    return shared;
}

layout::Document sheet(const std::shared_ptr<const std::vector<layout::Item>>& shared, const text::Font& font,
                       const std::string& candidate) {
    layout::Document doc;
    doc.pages.emplace_back();
    doc.pages.back().shared = shared;
    doc.pages.back().items.push_back(text_at(font, candidate, 60));
    doc.pages.back().items.push_back(layout::TickItem{480, 100, 12, 1});
    return doc;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == ' ' || line.back() == '\f')) line.pop_back();
        if (!line.empty() && line != "\f") out.push_back(line);
    }
    return out;
}

// An indirect object's text, "N 0 obj\n…endobj", as libharu writes it.
std::string object(const std::string& pdf, const std::string& id) {
    std::size_t at = pdf.find("\n" + id + " 0 obj\n");
    REQUIRE(at != std::string::npos);
    std::size_t end = pdf.find("endobj", at);
    REQUIRE(end != std::string::npos);
    return pdf.substr(at + 1, end - at - 1);
}

std::string ref(const std::string& text, const std::string& key) {
    std::smatch m;
    REQUIRE(std::regex_search(text, m, std::regex(key + R"(\s*\[?\s*(\d+) 0 R)")));
    return m[1];
}

// The raw (compressed) FontFile2 bytes of the font a page resource name points at.
std::string font_file_bytes(const std::string& pdf, const std::string& resource) {
    std::string descriptor = object(pdf, ref(object(pdf, ref(object(pdf, ref(pdf, "/" + resource)), "/DescendantFonts")),
                                             "/FontDescriptor"));
    std::string file = object(pdf, ref(descriptor, "/FontFile2"));
    std::size_t begin = file.find("stream\r\n");
    std::size_t end = file.rfind("\nendstream");
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    return file.substr(begin + 8, end - begin - 8);
}

// libharu's own layout (plain objects, xref table), which these tests read by regex.
pdf::PdfOptions plain_objects() {
    pdf::PdfOptions o;
    o.object_streams = false;
    return o;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void check_fonts_all_subset_embedded(const std::string& path, std::size_t expected_fonts) {
    std::string fonts = run_command("pdffonts " + path);
    INFO(fonts);
    std::vector<std::string> rows = lines_of(fonts);
    REQUIRE(rows.size() == 2 + expected_fonts);
    for (std::size_t i = 2; i < rows.size(); ++i) {
        CHECK(rows[i].find("+Sarabun-Regular") == 6);   // TAG+Name: a subset
        CHECK(rows[i].find("CID TrueType") != std::string::npos);
        CHECK(rows[i].find("yes yes yes") != std::string::npos);   // emb sub uni
    }
}

} // namespace

TEST_CASE("pdf batch: sheets with different candidates share the shared font subset byte for byte") {
    auto font = text::Font::open(testing::regular_font_path());
    auto shared = shared_part(*font);
    const std::string candidates[] = {"ผู้รับการประเมิน นางสาวญาณิศา ฐิติพร", "ผู้รับการประเมิน นายสมชาย ฤๅษี 191372"};
    pdf::PdfWriter writer;
    std::vector<std::string> files;
    for (const std::string& who : candidates) {
        const layout::Document doc = sheet(shared, *font, who);
        const std::string path = testing::temp_path("batch-" + std::to_string(files.size()) + ".pdf");
        writer.write(doc, path, plain_objects());
        files.push_back(slurp(path));
        CHECK(pdf::PdfWriter().render(doc, plain_objects()) == files.back());   // a fresh writer writes the same bytes

        int st = 0;
        run_command("qpdf --check " + path + " >/dev/null 2>&1", &st);
        CHECK(st == 0);
        // Reading order puts the candidate (top of the page) first; -raw keeps content
        // order: the shared part is drawn first.
        std::vector<std::string> want{who}, want_raw;
        for (const char* s : kSharedLines) want.emplace_back(s), want_raw.emplace_back(s);
        want_raw.push_back(who);
        for (const char* mode : {"", "-raw"}) {
            const std::string out = run_command(std::string("pdftotext -enc UTF-8 ") + mode + " " + path + " -");
            INFO("pdftotext " << std::string(mode) << ":\n" << out);
            CHECK(lines_of(out) == (*mode ? want_raw : want));
        }
        // The shared subset and the candidate's own subset, both embedded with ToUnicode.
        check_fonts_all_subset_embedded(path, 2);
        std::remove(path.c_str());
    }
    const std::string a = font_file_bytes(files[0], "HbS1"), b = font_file_bytes(files[1], "HbS1");
    CHECK(a.size() > 1000);
    CHECK(a == b);
    // The candidates' own subsets differ (different names, different glyphs).
    CHECK(font_file_bytes(files[0], "HbX1") != font_file_bytes(files[1], "HbX1"));
}

TEST_CASE("pdf batch: candidate lines whose glyphs the shared subset holds use it alone") {
    auto font = text::Font::open(testing::regular_font_path());
    auto shared = shared_part(*font);
    const std::string who = "ผู้รับการประเมิน ซึ่ง กำหนด";   // every glyph is in the shared lines
    const layout::Document doc = sheet(shared, *font, who);
    const std::string path = testing::temp_path("batch-shared-only.pdf");
    pdf::PdfWriter writer;
    writer.write(doc, path, plain_objects());
    std::vector<std::string> want{who};
    for (const char* s : kSharedLines) want.emplace_back(s);
    CHECK(lines_of(run_command("pdftotext -enc UTF-8 " + path + " -")) == want);
    check_fonts_all_subset_embedded(path, 1);
    const std::string bytes = slurp(path);
    CHECK(ref(bytes, "/HbF1") == ref(bytes, "/HbS1"));   // the items' name for the shared font object
    CHECK(writer.render(doc, plain_objects()) == bytes);
    std::remove(path.c_str());
}

TEST_CASE("pdf batch: a writer that rendered other documents first writes the same bytes as a fresh one") {
    auto regular = text::Font::open(testing::regular_font_path());
    auto bold = text::Font::open(std::string(COMPFORMS_ROOT_DIR) + "/fonts/Sarabun-Bold.ttf");
    auto shared = shared_part(*regular);
    // Seen first by the reused writer: the bold font, then a regular-only shared part of
    // another document, so the writer's own font numbering differs from a fresh writer's.
    layout::Document other;
    other.pages.emplace_back();
    other.pages.back().items.push_back(text_at(*bold, "ตัวหนา ก่อน", 60));
    other.pages.back().items.push_back(text_at(*regular, "ปกติ ทีหลัง", 90));
    layout::Document doc = sheet(shared, *regular, "ผู้รับการประเมิน นางสาวญาณิศา ฐิติพร");
    doc.pages.back().items.push_back(text_at(*bold, "ศูนย์ประเมิน ฤๅษี", 80));
    pdf::PdfWriter writer;
    writer.render(other, plain_objects());
    const std::string reused = writer.render(doc, plain_objects());
    CHECK(reused == pdf::PdfWriter().render(doc, plain_objects()));
    // Packed (the default): the same holds, and the dictionaries are in an object stream.
    const std::string packed = writer.render(doc);
    CHECK(packed == pdf::PdfWriter().render(doc));
    CHECK(packed.find("/ObjStm") != std::string::npos);
    CHECK(packed.size() < reused.size());
    CHECK(reused.find("/HbF2") != std::string::npos);   // the items' two fonts, numbered by the document
}

TEST_CASE("pdf batch: a shared part that draws nothing adds no empty content stream") {
    auto font = text::Font::open(testing::regular_font_path());
    auto shared = std::make_shared<std::vector<layout::Item>>();
    shared->push_back(layout::DestItem{"DL101.01", 100});
    layout::Document doc;
    doc.pages.emplace_back();
    doc.pages.back().shared = shared;
    doc.pages.back().items.push_back(text_at(*font, "หน้าเดียว", 60));
    const std::string path = testing::temp_path("batch-empty-shared.pdf");
    pdf::PdfWriter().write(doc, path);
    int st = 0;
    std::string check = run_command("qpdf --check " + path + " 2>&1", &st);
    INFO(check);
    CHECK(st == 0);
    CHECK(check.find("WARNING") == std::string::npos);
    CHECK(slurp(path).find("/Contents [") == std::string::npos);
    CHECK(lines_of(run_command("pdftotext -enc UTF-8 " + path + " -")) == std::vector<std::string>{"หน้าเดียว"});
    std::remove(path.c_str());
}
