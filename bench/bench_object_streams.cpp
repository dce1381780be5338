// pack_object_streams on a finished PDF: size before and after, and CPU time per pack
// with one reused Deflater (as a batch would use it). Not a test: run by hand, e.g.
//   taskset -c 0 bench_object_streams forms/DL100.xml 20000 /tmp/sheet-packed.pdf
// A unit source (.xml) is rendered as its blank scoring sheet in libharu's own layout
// (what the writer packs); a PDF must be in that layout too (compforms writes packed files).
// Deflater levels to compare: `bench_object_streams FILE N OUT LEVEL` (default 6).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>

#include "bench_clock.hpp"
#include "forms/scoring_sheet.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/pdf_writer.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_object_streams UNIT.xml|FILE.pdf [N] [OUT.pdf] [ZLIB-LEVEL]\n");
        return 2;
    }
    std::string pdf;
    const std::string path = argv[1];
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0) {
        source::LoadedUnit loaded = source::load_unit(path);
        if (!loaded.ok()) {
            std::fprintf(stderr, "%s has errors\n", argv[1]);
            return 1;
        }
        auto fonts = text::FontSet::load(text::find_font_dir());
        text::Typesetter ts;
        const layout::TextSetter setter(ts, *fonts);
        const forms::FormTemplate sheet = forms::scoring_sheet(forms::FormContext(loaded.unit, setter));
        pdf::PdfOptions libharu_layout;
        libharu_layout.object_streams = false;
        pdf = pdf::PdfWriter().render(sheet.blank(), libharu_layout);
    } else {
        std::ifstream in(argv[1], std::ios::binary);
        pdf.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "cannot read %s\n", argv[1]);
            return 1;
        }
    }
    const int n = argc > 2 ? std::atoi(argv[2]) : 10000;
    const int level = argc > 4 ? std::atoi(argv[4]) : 6;
    pdf::detail::Deflater deflater(level);
    std::string packed;
    try {
        packed = pdf::detail::pack_object_streams(pdf, deflater);
    } catch (const pdf::PdfError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    if (argc > 3) std::ofstream(argv[3], std::ios::binary) << packed;
    std::size_t check = 0;
    bench::Stopwatch clock;
    for (int i = 0; i < n; ++i) check += pdf::detail::pack_object_streams(pdf, deflater).size();
    const double t = clock.cpu_ms() * 1000;   // µs
    std::printf("%s: %zu B -> %zu B (%+.1f%%), zlib level %d: %.2f us/pack (cpu, %d packs)\n", argv[1], pdf.size(),
                packed.size(), 100.0 * (static_cast<double>(packed.size()) / static_cast<double>(pdf.size()) - 1.0),
                level, t / n, n);
    return check == packed.size() * static_cast<std::size_t>(n) ? 0 : 1;
}
