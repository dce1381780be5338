// PdfWriter throughput for a batch of scoring sheets: one-page sheets that share a static
// part (criteria text, boxes, rules) and differ in a few candidate lines (names differ in
// glyphs). Measures, with one reused writer:
//   render        — the sheet to memory;
//   render+write  — the sheet written atomically to DIR/<n>.pdf (temporary file + rename);
//   fresh writer  — a new PdfWriter per sheet (nothing cached);
//   merged        — all N sheets as pages of one document (ms/page).
// Prints wall and CPU (process) time: on a shared machine CPU time is what a sheet costs.
// Not a test: run by hand, e.g. `taskset -c 0 bench_pdf 1000 /dev/shm/compforms-bench`.
// `bench_pdf N DIR PHASE` runs one phase only (render|write|fresh|merged), for profilers.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <string>
#include <sys/stat.h>

#include "bench_clock.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

namespace {

struct Timer {
    bench::Stopwatch clock;
    void report(const char* what, int n, const char* unit, double bytes = 0) const {
        double w = clock.wall_ms(), c = clock.cpu_ms();
        std::printf("%-14s %5d %-6s wall %8.1f ms (%.3f ms/%s)  cpu %8.1f ms (%.3f ms/%s)", what, n, unit, w, w / n,
                    unit, c, c / n, unit);
        if (bytes > 0) std::printf("  %.0f B/%s", bytes / n, unit);
        std::printf("\n");
    }
};

} // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 1000;
    const std::string dir = argc > 2 ? argv[2] : "/dev/shm/compforms-bench";
    const std::string only = argc > 3 ? argv[3] : "";
    auto run = [&only](const char* phase) { return only.empty() || only == phase; };
    if (n <= 0) {
        std::fprintf(stderr, "usage: bench_pdf [N] [DIR] [render|write|fresh|merged]\n");
        return 2;
    }
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
            shared->push_back(layout::TextItem{80, y, std::make_shared<text::TextLine>(std::move(line)), {}, 0});
            y += 20;
        }
        shared->push_back(layout::RectItem{500, y - 32, 12, 12, 0.5, true, false, {}, {}});
        shared->push_back(layout::LineItem{70, y - 12, 525, y - 12, 0.5, false, {}});
    }
    const char* names[] = {"นางสาวทดสอบ ใจดี", "นายสมชาย รักเรียน", "นางวิไลวรรณ ศรีสุข", "Mr. John Smith"};
    auto fill_page = [&](layout::Page& page, int i) {
        page.shared = shared;
        std::string who = std::string("ผู้รับการประเมิน ") + names[i % 4] + " ที่ " + std::to_string(i);
        layout::TextItem name;
        name.x = 80;
        name.baseline = 40;
        name.line = std::make_shared<text::TextLine>(ts.set_line(who, fonts->bold(), 16));
        page.items.reserve(2);
        page.items.emplace_back(std::move(name));
        if (i % 2) page.items.emplace_back(layout::TickItem{500, 80, 12, 1});
    };
    auto sheet = [&](int i) {
        layout::Document doc;
        doc.pages.resize(1);
        fill_page(doc.pages.back(), i);
        return doc;
    };
    // Documents are laid out beforehand: the bench times the writer, not the typesetter.
    std::vector<layout::Document> docs;
    docs.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) docs.push_back(sheet(i));

    if (run("render")) {
        pdf::PdfWriter writer;
        writer.render(docs[0]);   // warm the caches, as the first sheet of a batch does
        double bytes = 0;
        Timer t;
        for (int i = 0; i < n; ++i) bytes += static_cast<double>(writer.render(docs[static_cast<std::size_t>(i)]).size());
        t.report("render", n, "sheet", bytes);
    }
    if (run("write")) {
        mkdir(dir.c_str(), 0755);
        pdf::PdfWriter writer;
        writer.render(docs[0]);
        Timer t;
        for (int i = 0; i < n; ++i)
            writer.write(docs[static_cast<std::size_t>(i)], dir + "/" + std::to_string(i) + ".pdf");
        t.report("render+write", n, "sheet");
        struct stat st {};
        if (stat((dir + "/0.pdf").c_str(), &st) == 0) std::printf("  (files in %s, e.g. 0.pdf %lld B)\n", dir.c_str(),
                                                                 static_cast<long long>(st.st_size));
    }
    if (run("fresh")) {
        int m = n < 200 ? n : 200;
        double bytes = 0;
        Timer t;
        for (int i = 0; i < m; ++i) bytes += static_cast<double>(pdf::PdfWriter().render(docs[static_cast<std::size_t>(i)]).size());
        t.report("fresh writer", m, "sheet", bytes);
    }
    if (run("merged")) {
        const int pages = 1000;
        layout::Document merged;
        merged.pages.resize(pages);
        for (int i = 0; i < pages; ++i) fill_page(merged.pages[static_cast<std::size_t>(i)], i);
        pdf::PdfWriter writer;
        Timer t;
        std::size_t bytes = writer.render(merged).size();
        t.report("merged", pages, "page", static_cast<double>(bytes));
    }
}
