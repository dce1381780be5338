// Reading scanned sheets, timed: N candidates' scoring sheets (2 pages each) rendered at
// 200 dpi grey with poppler, marked with ticks (--results), written as PNG files once
// (not timed); then every page read back as `compforms read` reads it: PNG decoded, code
// found and decoded, marks found, transform fitted, every box measured. Prints pages/s
// (wall and CPU), how many rows read right, and peak RSS after 1x and 4x the pages (flat
// memory: one page at a time).
//
// usage: bench_read UNIT.xml WORKDIR [N=25]
// Run it on one core: `taskset -c 0 bench_read forms/DL100.xml /dev/shm/read`
#include <sys/resource.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/output_file.hpp"
#include "bench_clock.hpp"
#include "forms/candidate_details.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/scoring_sheet.hpp"
#include "layout/text_setter.hpp"
#include "pdf/pdf_writer.hpp"
#include "scan/image_files.hpp"
#include "scan/page_reader.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;
namespace fs = std::filesystem;

namespace {

long peak_rss_kib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// The result recorded for item k of candidate i: pass, fail, or nothing (blank).
int recorded(std::size_t i, std::size_t k) { return static_cast<int>((i + k * 7) % 3) - 1; }   // -1 blank, 0, 1

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_read UNIT.xml WORKDIR [N=25]\n");
        return 2;
    }
    const std::size_t n = argc > 3 ? std::stoul(argv[3]) : 25;
    const fs::path dir = argv[2];
    fs::create_directories(dir);
    const source::LoadedUnit loaded = source::load_unit(argv[1]);
    if (!loaded.ok()) return 1;
    const auto fonts = text::FontSet::load(text::find_font_dir());
    text::Typesetter ts;
    const layout::TextSetter setter(ts, *fonts);
    const forms::FormContext ctx(loaded.unit, setter);
    const forms::FormTemplate sheet = forms::scoring_sheet(ctx), checklist = forms::evidence_checklist(ctx);
    const scan::KnownForms known{loaded.unit.code.value, forms::edition_token(loaded.unit.edition), &sheet, &checklist};

    // The scans, made once.
    std::vector<std::string> files;
    std::map<std::string, std::map<std::string, int>> truth;   // candidate → item → -1/0/1
    forms::SlotSetter slots;
    for (std::size_t i = 0; i < n; ++i) {
        model::Candidate c;
        c.id = "C" + std::to_string(1000 + i);
        c.name = "ผู้เข้ารับการประเมิน " + std::to_string(i);
        std::map<std::string, int> ticks;
        std::size_t k = 0;
        for (const forms::Field& f : sheet.fields())
            if (f.choice == 0) {
                const int r = recorded(i, k++);
                truth[c.id][f.item] = r;
                if (r >= 0) ticks[f.item] = r;
            }
        const std::string pdf = pdf::PdfWriter().render(forms::fill_for_candidate(sheet, c, slots, false, ticks));
        int page = 0;
        scan::read_pdf_pages("x.pdf", &pdf, [&](const scan::PageRef&, scan::GrayImage& img) {
            const std::string path = (dir / (c.id + "-" + std::to_string(++page) + ".png")).string();
            write_file_atomically(path, scan::encode_png(img));
            files.push_back(path);
        }, 200);
    }

    std::size_t rows = 0, right = 0, unread = 0;
    auto read_all = [&] {
        for (const std::string& path : files)
            scan::read_scan_pages(path, [&](const scan::PageRef&, scan::GrayImage& img) {
                const scan::PageReading r = scan::read_page(img, known);
                if (!r.ok) return void(++unread);
                for (const scan::BoxPair& p : r.pairs) {
                    const int want = truth[r.id.candidate][p.first->item];
                    const scan::PairReading expect = want < 0 ? scan::PairReading::blank
                                                     : want == 0 ? scan::PairReading::first
                                                                 : scan::PairReading::second;
                    ++rows;
                    right += p.reading == expect;
                }
            });
    };
    bench::Stopwatch t;
    read_all();
    const double wall = t.wall_ms(), cpu = t.cpu_ms();
    const long rss1 = peak_rss_kib();
    for (int again = 0; again < 3; ++again) read_all();
    std::printf("read %zu pages at 200 dpi: %.1f pages/s wall, %.1f pages/s CPU (%.1f ms/page CPU); "
                "%zu/%zu rows right, %zu pages unread; peak RSS %ld KiB after 1x, %ld KiB after 4x\n",
                files.size(), files.size() / (wall / 1000), files.size() / (cpu / 1000), cpu / files.size(), right / 4,
                rows / 4, unread / 4, rss1, peak_rss_kib());
    return right == rows && unread == 0 ? 0 : 1;
}
