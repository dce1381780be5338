// The merged pack, timed: for each batch size, in a process of its own (peak RSS is per
// process), `compforms pack UNIT --candidates C.csv --merge -o OUTDIR/merged.pdf` through
// the library's run(); and the same pages through a StreamedPdf whose bytes go straight
// to a file, which is the PDF layer's own memory (the job gathers the file's bytes to
// write them atomically). Prints ms per page (wall and CPU), bytes, peak RSS, and the I/O
// floor: writing the same bytes atomically. Asserts nothing.
//
// usage: bench_merged UNIT.xml OUTDIR [N ...]   (default 1000 7000 11000)
// Run it on one core writing to tmpfs: `taskset -c 0 bench_merged forms/DL100.xml /dev/shm/x`
// (bench/run-pack-bench.sh does that).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/output_file.hpp"
#include "bench_batch.hpp"
#include "bench_clock.hpp"
#include "forms/booklet.hpp"
#include "forms/candidate_details.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/scoring_sheet.hpp"
#include "job/job.hpp"
#include "layout/text_setter.hpp"
#include "pdf/streamed_pdf.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;
using bench::candidate;
using bench::peak_rss_kib;
namespace fs = std::filesystem;

namespace {

void write_csv(const fs::path& path, std::size_t n) {
    std::ofstream out(path);
    out << "candidate_id,name,centre,date,assessor\n";
    for (std::size_t i = 0; i < n; ++i) {
        const model::Candidate c = candidate(i);
        out << c.id << ',' << c.name << ',' << c.centre << ",2026-11-24," << c.assessor << '\n';
    }
}


// The unit's booklet and forms laid out as the merged pack lays them out (links on).
struct PackForms {
    explicit PackForms(const std::string& unit_path)
        : loaded(source::load_unit(unit_path)), fonts(text::FontSet::load(text::find_font_dir())), setter(ts, *fonts),
          ctx(loaded.unit, setter, options()), sheet(forms::scoring_sheet(ctx)), checklist(forms::evidence_checklist(ctx)) {}
    static forms::FormOptions options() {
        forms::FormOptions o;
        o.link_codes = true;
        return o;
    }
    std::size_t pages(std::size_t n) const { return forms::booklet(ctx).pages.size() + n * (sheet.page_count() + checklist.page_count()); }

    source::LoadedUnit loaded;
    std::unique_ptr<text::FontSet> fonts;
    text::Typesetter ts;
    layout::TextSetter setter;
    forms::FormContext ctx;
    forms::FormTemplate sheet, checklist;
};

void report(const char* what, std::size_t n, std::size_t pages, const bench::Stopwatch& t, long rss, std::uintmax_t bytes) {
    std::printf("%-6s %6zu candidates, %6zu pages: %.4f ms/page wall, %.4f ms/page CPU, %.1f MB, peak RSS %ld MiB\n", what,
                n, pages, t.wall_ms() / pages, t.cpu_ms() / pages, bytes / 1e6, rss / 1024);
}

// The product's path: the job, as the command line runs it.
void run_job(const std::string& unit, const fs::path& dir, std::size_t n) {
    write_csv(dir / "candidates.csv", n);
    Job job;
    job.task = Task::pack;
    job.sources = {unit};
    job.candidates = (dir / "candidates.csv").string();
    job.output = (dir / "merged.pdf").string();
    job.merge = true;
    const bench::Stopwatch t;
    const Result result = run(job);
    const long rss = peak_rss_kib();
    if (result.exit_status() > 1) std::fprintf(stderr, "bench_merged: the job failed\n");
    const std::size_t pages = PackForms(unit).pages(n);
    report("job", n, pages, t, rss, fs::file_size(job.output));
    std::ifstream in(job.output, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const bench::Stopwatch io;
    write_file_atomically((dir / "floor.pdf").string(), bytes.str());
    std::printf("       I/O floor (the same bytes written atomically): %.4f ms/page\n", io.wall_ms() / pages);
}

// The PDF layer alone, its bytes written as they come.
void run_stream(const std::string& unit, const fs::path& dir, std::size_t n) {
    PackForms f(unit);
    const bench::Stopwatch t;
    std::vector<model::Candidate> rows;
    for (std::size_t i = 0; i < n; ++i) rows.push_back(candidate(i));
    forms::SlotSetter slots;
    {
        const std::vector<forms::SlotValues> values = forms::batch_values(rows);
        f.sheet.reserve(values, slots);
        f.checklist.reserve(values, slots);
    }
    std::FILE* out = std::fopen((dir / "streamed.pdf").c_str(), "wb");
    pdf::PdfWriter writer;
    pdf::StreamedPdf doc(writer, [out](std::string_view b) { std::fwrite(b.data(), 1, b.size(), out); },
                         layout::DocInfo{}, {&f.sheet.blank(), &f.checklist.blank()});
    doc.add(forms::booklet(f.ctx));
    for (const model::Candidate& c : rows) {
        layout::Document part;
        part.outline.push_back(layout::OutlineEntry{forms::candidate_title(c), 0, 0, 0});
        f.sheet.append_filled(part, forms::candidate_values(c), slots, true, 1);
        f.checklist.append_filled(part, forms::candidate_values(c), slots, true, 1);
        doc.add(std::move(part));
    }
    doc.finish();
    std::fclose(out);
    report("stream", n, f.pages(n), t, peak_rss_kib(), fs::file_size(dir / "streamed.pdf"));
}

// Runs `what` in a child process, so that its peak RSS is its own.
void in_child(void (*what)(const std::string&, const fs::path&, std::size_t), const std::string& unit,
              const fs::path& dir, std::size_t n) {
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid == 0) {
        what(unit, dir, n);
        std::fflush(stdout);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_merged UNIT.xml OUTDIR [N ...]\n");
        return 2;
    }
    const fs::path dir = argv[2];
    std::vector<std::size_t> sizes;
    for (int i = 3; i < argc; ++i) sizes.push_back(std::stoul(argv[i]));
    if (sizes.empty()) sizes = {1000, 7000, 11000};
    fs::create_directories(dir);
    for (std::size_t n : sizes) {
        in_child(run_job, argv[1], dir, n);
        in_child(run_stream, argv[1], dir, n);
    }
    fs::remove_all(dir);
    return 0;
}
