// The assessment pack's batch path, timed: N scoring sheets as separate PDFs and as one
// merged PDF (a StreamedPdf), through one Typesetter, one FontSet and one PdfWriter, the
// blank sheet laid out once. Prints ms per sheet (wall and CPU), bytes per sheet and peak
// RSS; asserts nothing.
//
// usage: bench_pack UNIT.xml OUTDIR [N=1000] [BIG=10000]
// Run it on one core writing to tmpfs: `taskset -c 0 bench_pack forms/DL100.xml /dev/shm/x`
// (bench/run-pack-bench.sh does that).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_batch.hpp"
#include "bench_clock.hpp"
#include "forms/candidate_details.hpp"
#include "forms/scoring_sheet.hpp"
#include "base/output_file.hpp"
#include "layout/text_setter.hpp"
#include "model/candidate.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/streamed_pdf.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;
using bench::candidate;
using bench::peak_rss_kib;
namespace fs = std::filesystem;

namespace {

std::uintmax_t folder_bytes(const fs::path& dir, std::size_t& files) {
    std::uintmax_t total = 0;
    files = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.is_regular_file()) {
            total += e.file_size();
            ++files;
        }
    return total;
}

void write(pdf::PdfWriter& writer, const layout::Document& doc, const std::string& path) {
    const std::string problem = write_file_atomically(path, writer.render(doc));
    if (!problem.empty()) std::fprintf(stderr, "bench_pack: %s: %s\n", path.c_str(), problem.c_str());
}

void separate(forms::FormTemplate& sheet, pdf::PdfWriter& writer, forms::SlotSetter& setter,
              const fs::path& dir, std::size_t n) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    bench::Stopwatch t;
    // As the CLI does: the batch's values reserved in the shared pages first (here in
    // chunks, so the bench holds no more than the CLI's parsed CSV would).
    for (std::size_t i = 0; i < n; i += 1000) {
        std::vector<forms::SlotValues> chunk;
        for (std::size_t j = i; j < std::min(n, i + 1000); ++j) chunk.push_back(forms::candidate_values(candidate(j)));
        sheet.reserve(chunk, setter);
    }
    for (std::size_t i = 0; i < n; ++i) {
        model::Candidate c = candidate(i);
        write(writer, forms::fill_for_candidate(sheet, c, setter), (dir / (c.id + "-scoresheet.pdf")).string());
    }
    double wall = t.wall_ms(), cpu = t.cpu_ms();
    std::size_t files = 0;
    std::uintmax_t bytes = folder_bytes(dir, files);
    std::printf("separate %6zu sheets: %.3f ms/sheet wall, %.3f ms/sheet CPU, %ju B/sheet, %zu files, peak RSS %ld KiB\n",
                n, wall / n, cpu / n, bytes / (files ? files : 1), files, peak_rss_kib());
    fs::remove_all(dir);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_pack UNIT.xml OUTDIR [N=1000] [BIG=10000]\n");
        return 2;
    }
    const fs::path out = argv[2];
    const std::size_t n = argc > 3 ? std::stoul(argv[3]) : 1000;
    const std::size_t big = argc > 4 ? std::stoul(argv[4]) : 10000;
    source::LoadedUnit loaded = source::load_unit(argv[1]);
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_pack: %s has errors\n", argv[1]);
        return 1;
    }
    auto fonts = text::FontSet::load(text::find_font_dir());
    text::Typesetter ts;
    const layout::TextSetter text_setter(ts, *fonts);
    pdf::PdfWriter writer;
    forms::SlotSetter setter;

    bench::Stopwatch once;
    forms::FormTemplate sheet = forms::scoring_sheet(forms::FormContext(loaded.unit, text_setter));
    std::printf("blank sheet laid out once: %.2f ms (%zu pages)\n", once.wall_ms(), sheet.page_count());
    std::printf("peak RSS before the batch: %ld KiB\n", peak_rss_kib());

    {   // warm-up: font subsets and shared page bytes are cached by the writer from here on
        (void)writer.render(forms::fill_for_candidate(sheet, candidate(0), setter));
    }
    separate(sheet, writer, setter, out / "separate", n);
    separate(sheet, writer, setter, out / "separate", big);

    {   // merged: N candidates' sheets in one PDF, a StreamedPdf as the CLI's --merge uses
        fs::create_directories(out);
        bench::Stopwatch t;
        std::string bytes;
        std::size_t pages = 0;
        pdf::StreamedPdf doc(writer, [&bytes](std::string_view b) { bytes.append(b.data(), b.size()); },
                             sheet.blank().info, {&sheet.blank()});
        for (std::size_t i = 0; i < n; ++i) {
            model::Candidate c = candidate(i);
            layout::Document part;
            std::size_t first = sheet.append_filled(part, forms::candidate_values(c), setter, forms::CopyMarks{c.id, {}});
            part.outline.insert(part.outline.begin(), layout::OutlineEntry{forms::candidate_title(c), 0, first, 0});
            pages += part.pages.size();
            doc.add(std::move(part));
        }
        doc.finish();
        const fs::path path = out / "merged.pdf";
        const std::string problem = write_file_atomically(path.string(), bytes);
        if (!problem.empty()) std::fprintf(stderr, "bench_pack: %s: %s\n", path.c_str(), problem.c_str());
        double wall = t.wall_ms(), cpu = t.cpu_ms();
        std::printf("merged   %6zu sheets: %.3f ms/page wall, %.3f ms/page CPU (%zu pages, %ju B), peak RSS %ld KiB\n", n,
                    wall / pages, cpu / pages, pages, fs::file_size(path), peak_rss_kib());
        fs::remove(path);
    }
    return 0;
}
