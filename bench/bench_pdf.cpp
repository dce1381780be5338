// PdfWriter throughput for a batch: N one-page sheets that share a static part (header,
// boxes, rules) and differ in a few candidate lines, rendered to memory by one writer
// (caches warm) and by a fresh writer per sheet. Not a test: run by hand.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "pdf/pdf_writer.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000;
    auto fonts = text::FontSet::load(text::find_font_dir());
    text::Typesetter ts;
    const char* criteria[] = {
        "1.1 วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้",
        "1.2 อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้",
        "1.3 ประเมินประสิทธิภาพการทำงานของหน่วยงาน",
        "1.5 เสนอแนวทางและพัฒนากลยุทธ์ด้านงานบุคคล ซึ่งมีผลต่อการเพิ่มประสิทธิภาพการทำงานแบบดิจิทัลและแบบเชิงรุก",
    };
    auto shared = std::make_shared<std::vector<layout::Item>>();
    double y = 80;
    text::ParagraphStyle style{&fonts->regular(), 14, 400, text::Align::left, 0};
    for (const char* c : criteria) {
        for (auto& line : ts.set_paragraph(c, style)) {
            shared->push_back(layout::TextItem{80, y, std::make_shared<text::TextLine>(std::move(line)), {}});
            y += 20;
        }
        shared->push_back(layout::RectItem{500, y - 32, 12, 12, 0.5, true, false, {}, {}});
        shared->push_back(layout::LineItem{70, y - 12, 525, y - 12, 0.5, false, {}});
    }
    auto sheet = [&](int i) {
        layout::Document doc;
        doc.pages.resize(1);
        layout::Page& page = doc.pages.back();
        page.shared = shared;
        std::string who = "ผู้รับการประเมิน นางสาวทดสอบ ที่ " + std::to_string(i);
        layout::TextItem name;
        name.x = 80;
        name.baseline = 40;
        name.line = std::make_shared<text::TextLine>(ts.set_line(who, fonts->bold(), 16));
        page.items.reserve(2);
        page.items.emplace_back(std::move(name));
        if (i % 2) page.items.emplace_back(layout::TickItem{500, 80, 12, 1});
        return doc;
    };
    std::size_t bytes = 0;
    auto t0 = std::chrono::steady_clock::now();
    pdf::PdfWriter writer;
    for (int i = 0; i < n; ++i) bytes += writer.render(sheet(i)).size();
    auto t1 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) bytes += pdf::PdfWriter().render(sheet(i)).size();
    auto t2 = std::chrono::steady_clock::now();
    auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
    std::printf("%d sheets, one writer: %.1f ms (%.3f ms/sheet); fresh writer each: %.1f ms (%.3f ms/sheet); %.0f B/sheet\n",
                n, ms(t1 - t0), ms(t1 - t0) / n, ms(t2 - t1), ms(t2 - t1) / n, bytes / 2.0 / n);
}
