// What the layout check (layout/layout_check.hpp) costs beside the layout it checks: the
// booklet, the blank checklist and the blank scoring sheet of a unit, each laid out and then
// checked, with a fresh checker (HarfBuzz asked for every glyph's extents) and a warm one;
// and a batch of filled scoring sheets, where the shared page is checked once and each copy
// only for its values. Prints wall and CPU time per page.
// Not a test: run by hand, e.g. `taskset -c 0 bench_layout_check forms/DL100.xml 200`.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_clock.hpp"
#include "forms/booklet.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/scoring_sheet.hpp"
#include "layout/layout_check.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

namespace {

void report(const char* what, const bench::Stopwatch& clock, std::size_t pages, int rounds) {
    const double n = static_cast<double>(pages) * rounds;
    std::printf("%-26s %5zu pages x %4d  wall %.4f ms/page  cpu %.4f ms/page\n", what, pages, rounds,
                clock.wall_ms() / n, clock.cpu_ms() / n);
}

void measure(const char* name, const layout::Document& doc, int rounds) {
    std::size_t violations = 0;
    {
        bench::Stopwatch clock;
        for (int r = 0; r < rounds; ++r) violations += layout::LayoutChecker().check(doc).size();
        report((std::string(name) + " check, cold").c_str(), clock, doc.pages.size(), rounds);
    }
    layout::LayoutChecker warm;
    bench::Stopwatch clock;
    for (int r = 0; r < rounds; ++r) warm.check(doc);
    report((std::string(name) + " check, warm").c_str(), clock, doc.pages.size(), rounds);
    if (violations) std::printf("  (%zu violations)\n", violations / rounds);
}

} // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "forms/DL100.xml";
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 100;
    source::LoadedUnit loaded = source::load_unit(path);
    if (!loaded.ok() || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_layout_check [UNIT.xml] [ROUNDS]: %s does not load\n", path.c_str());
        return 2;
    }
    auto fonts = text::FontSet::load(text::find_font_dir());
    text::Typesetter ts;
    const layout::TextSetter setter(ts, *fonts);
    const forms::FormContext ctx(loaded.unit, setter);
    layout::Document booklet;
    {
        bench::Stopwatch clock;
        for (int r = 0; r < rounds; ++r) booklet = forms::booklet(ctx);
        report("booklet layout", clock, booklet.pages.size(), rounds);
    }
    measure("booklet", booklet, rounds);
    measure("checklist", forms::evidence_checklist(ctx).blank(), rounds);
    forms::FormTemplate sheet = forms::scoring_sheet(ctx);
    measure("scoring sheet", sheet.blank(), rounds);
    // A batch: one checker for the run, as the job has; each copy a new document.
    forms::SlotSetter slots;
    layout::LayoutChecker checker;
    const forms::SlotValues values = {{"name", "นางสาวกมลวรรณ ศรีสวัสดิ์พงษ์"}, {"id", "DL-2569-0002"}};
    for (const bool check : {false, true}) {
        std::size_t pages = 0;
        bench::Stopwatch clock;
        for (int r = 0; r < rounds; ++r) {
            layout::Document copy;
            sheet.append_filled(copy, values, slots);
            pages = copy.pages.size();
            if (check) checker.check(copy);
        }
        report(check ? "filled sheet, fill+check" : "filled sheet, fill", clock, pages, rounds);
    }
    return 0;
}
