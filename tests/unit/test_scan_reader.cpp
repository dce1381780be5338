// The reader on synthetic scans: a candidate's sheet rendered with poppler, marked the way
// pens mark (tick, cross, filled blob, a stroke running over the edge, both boxes), then
// turned, skewed, scaled, greyed and made noisy; every clear mark must read right, and
// blank and doubly marked rows be flagged, never guessed.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <memory>
#include <string>

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

namespace {

struct Forms {
    source::LoadedUnit loaded = source::load_unit(std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml");
    std::unique_ptr<text::FontSet> fonts = text::FontSet::load(text::find_font_dir());
    text::Typesetter ts;
    layout::TextSetter setter{ts, *fonts};
    forms::FormContext ctx{loaded.unit, setter};
    forms::FormTemplate sheet = forms::scoring_sheet(ctx), checklist = forms::evidence_checklist(ctx);
    scan::KnownForms known{"DL100", "", &sheet, &checklist};
};

Forms& dl100() {
    static Forms f;
    return f;
}

model::Candidate candidate() {
    model::Candidate c;
    c.id = "DL-2569-0007";
    c.name = "นางสาวณัฐธิดา ศรีสุขสวัสดิ์";
    return c;
}

std::vector<scan::GrayImage> render(const forms::FormTemplate& form, double dpi,
                                    const std::map<std::string, int>& ticks = {},
                                    const model::Candidate& who = candidate()) {
    forms::SlotSetter slots;
    const std::string pdf = pdf::PdfWriter().render(forms::fill_for_candidate(form, who, slots, false, ticks));
    std::vector<scan::GrayImage> pages;
    scan::read_pdf_pages("mem.pdf", &pdf, [&](const scan::PageRef& ref, scan::GrayImage& img) {
        REQUIRE(ref.ok);
        pages.push_back(std::move(img));
    }, dpi);
    return pages;
}

// A pen stroke from (x0, y0) to (x1, y1), in points on the page, 0.5 mm wide.
void stroke(scan::GrayImage& img, double dpi, double x0, double y0, double x1, double y1) {
    const double s = dpi / 72, half = layout::mm(0.25) * s;
    x0 *= s, y0 *= s, x1 *= s, y1 *= s;
    const double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
    for (int y = static_cast<int>(std::min(y0, y1) - half - 1); y <= std::max(y0, y1) + half + 1; ++y)
        for (int x = static_cast<int>(std::min(x0, x1) - half - 1); x <= std::max(x0, x1) + half + 1; ++x) {
            const double t = std::clamp(((x - x0) * dx + (y - y0) * dy) / len2, 0.0, 1.0);
            const double ex = x0 + t * dx - x, ey = y0 + t * dy - y;
            if (ex * ex + ey * ey <= half * half && x >= 0 && y >= 0 && x < img.width && y < img.height)
                img.pixels[static_cast<std::size_t>(y) * img.width + x] = 20;
        }
}

enum class Pen { tick, cross, blob, over_edge };

void mark(scan::GrayImage& img, double dpi, const forms::Field& f, Pen pen) {
    const double x = f.x, y = f.y, s = f.size;
    switch (pen) {
    case Pen::tick:
        stroke(img, dpi, x + 0.2 * s, y + 0.5 * s, x + 0.45 * s, y + 0.8 * s);
        stroke(img, dpi, x + 0.45 * s, y + 0.8 * s, x + 0.85 * s, y + 0.15 * s);
        break;
    case Pen::cross:
        stroke(img, dpi, x + 0.15 * s, y + 0.15 * s, x + 0.85 * s, y + 0.85 * s);
        stroke(img, dpi, x + 0.85 * s, y + 0.15 * s, x + 0.15 * s, y + 0.85 * s);
        break;
    case Pen::blob:
        for (double r = 0; r < 0.35 * s; r += 0.5) stroke(img, dpi, x + 0.5 * s - r, y + 0.3 * s, x + 0.5 * s - r, y + 0.7 * s);
        for (double r = 0; r < 0.35 * s; r += 0.5) stroke(img, dpi, x + 0.5 * s + r, y + 0.3 * s, x + 0.5 * s + r, y + 0.7 * s);
        break;
    case Pen::over_edge:   // a tick whose long arm runs out past the box's top-right corner
        stroke(img, dpi, x - 0.2 * s, y + 0.4 * s, x + 0.35 * s, y + 0.9 * s);
        stroke(img, dpi, x + 0.35 * s, y + 0.9 * s, x + 1.4 * s, y - 0.5 * s);
        break;
    }
}

struct Scan {
    double degrees = 0, scale = 1;
    bool upside_down = false;
    int paper = 255, noise = 0;   // grey paper, ± noise levels
};

// The page as a scanner would give it: turned about its centre, scaled, on paper of a
// grey, with noise (a fixed generator: the same scan every run).
scan::GrayImage scanned(const scan::GrayImage& in, const Scan& how) {
    const double a = (how.degrees + (how.upside_down ? 180 : 0)) * M_PI / 180;
    // The scanner's glass holds the whole turned page: the canvas grows to take it.
    const double c = std::fabs(std::cos(a)), s = std::fabs(std::sin(a));
    const int w = static_cast<int>((in.width * c + in.height * s) * how.scale);
    const int h = static_cast<int>((in.width * s + in.height * c) * how.scale);
    scan::GrayImage out(w, h);
    const double cx = in.width / 2.0, cy = in.height / 2.0, ox = w / 2.0, oy = h / 2.0;
    unsigned seed = 12345;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double u = (x - ox) / how.scale, v = (y - oy) / how.scale;
            const double sx = cx + u * std::cos(a) + v * std::sin(a), sy = cy - u * std::sin(a) + v * std::cos(a);
            int g = in.at_or_white(static_cast<int>(std::lround(sx)), static_cast<int>(std::lround(sy)));
            g = g * how.paper / 255;
            seed = seed * 1103515245u + 12345u;
            if (how.noise) g += static_cast<int>((seed >> 16) % (2 * how.noise + 1)) - how.noise;
            out.pixels[static_cast<std::size_t>(y) * w + x] = static_cast<std::uint8_t>(std::clamp(g, 0, 255));
        }
    return out;
}

// What each item of a page is marked with, and what it must read as.
struct Planned {
    std::string item;
    int box;      // 0, 1, or 2 for both
    Pen pen;
    const char* expect;
};

std::vector<Planned> plan(const forms::FormTemplate& form, std::size_t page) {
    std::vector<Planned> out;
    int k = 0;
    for (const forms::Field& f : form.fields()) {
        if (f.page != page || f.choice != 0) continue;
        const int which = k % 5;   // pass, fail, pass, blank, both
        const Pen pen = static_cast<Pen>(k % 4);
        out.push_back(which == 3   ? Planned{f.item, -1, pen, "blank"}
                      : which == 4 ? Planned{f.item, 2, pen, "ambiguous"}
                                   : Planned{f.item, which == 1, pen, which == 1 ? "fail" : "pass"});
        ++k;
    }
    return out;
}

void mark_page(scan::GrayImage& img, double dpi, const forms::FormTemplate& form, std::size_t page,
               const std::vector<Planned>& planned) {
    for (const Planned& p : planned)
        for (const forms::Field& f : form.fields())
            if (f.page == page && f.item == p.item && (p.box == 2 || p.box == f.choice)) mark(img, dpi, f, p.pen);
}

void check_reads(const scan::GrayImage& img, const std::vector<Planned>& planned, int page) {
    const scan::PageReading r = scan::read_page(img, dl100().known);
    INFO(r.problem);
    REQUIRE(r.ok);
    CHECK(r.id.candidate == "DL-2569-0007");
    CHECK(r.id.page == page);
    REQUIRE(r.pairs.size() == planned.size());
    for (std::size_t i = 0; i < planned.size(); ++i) {
        CAPTURE(planned[i].item);
        CAPTURE(r.pairs[i].first_fill);
        CAPTURE(r.pairs[i].second_fill);
        CHECK(r.pairs[i].first->item == planned[i].item);
        CHECK(std::string(scan::result_word(r.id.form, r.pairs[i].reading)) == planned[i].expect);
    }
}

} // namespace

TEST_CASE("scan: pen marks on a rendered sheet read right however it was scanned") {
    const Scan scans[] = {
        {0, 1, false, 255, 0},      {2.5, 1, false, 255, 0},  {-3, 0.97, false, 235, 20},
        {1.5, 1.03, true, 220, 30}, {0, 1, true, 255, 10},    {-2, 1.02, true, 200, 25},
    };
    for (double dpi : {150.0, 300.0}) {
        const std::vector<scan::GrayImage> pages = render(dl100().sheet, dpi);
        REQUIRE(pages.size() == 2);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            const std::vector<Planned> planned = plan(dl100().sheet, p);
            scan::GrayImage marked = pages[p];
            mark_page(marked, dpi, dl100().sheet, p, planned);
            for (const Scan& how : scans) {
                CAPTURE(dpi);
                CAPTURE(p);
                CAPTURE(how.degrees);
                CAPTURE(how.upside_down);
                if (dpi > 200 && how.degrees != 0) continue;   // the turns at 150 dpi; 300 dpi upright and upside down
                check_reads(scanned(marked, how), planned, static_cast<int>(p + 1));
            }
        }
    }
}

TEST_CASE("scan: a checklist's present and absent, and ticks printed with --results") {
    std::map<std::string, int> ticks;
    int k = 0;
    for (const forms::Field& f : dl100().checklist.fields())
        if (f.choice == 0) ticks[f.item] = k++ % 3 == 0 ? 1 : 0;
    const std::vector<scan::GrayImage> pages = render(dl100().checklist, 150, ticks);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const scan::PageReading r = scan::read_page(scanned(pages[p], {-2, 0.98, p % 2 == 0, 230, 15}), dl100().known);
        REQUIRE(r.ok);
        CHECK(r.id.form == forms::SheetForm::checklist);
        for (const scan::BoxPair& pair : r.pairs) {
            CAPTURE(pair.first->item);
            CHECK(std::string(scan::result_word(r.id.form, pair.reading)) == (ticks.at(pair.first->item) ? "absent" : "present"));
        }
    }
}

TEST_CASE("scan: a page whose code is covered, or of another unit, is not read") {
    std::vector<scan::GrayImage> pages = render(dl100().sheet, 150);
    scan::GrayImage covered = pages[0];
    const layout::RectItem q = forms::qr_square(layout::kA4Width, layout::kA4Height);
    const double s = 150.0 / 72;
    for (int y = static_cast<int>(q.y * s); y < (q.y + q.h / 2) * s; ++y)
        for (int x = static_cast<int>(q.x * s); x < (q.x + q.w) * s; ++x) covered.pixels[y * covered.width + x] = 0;
    const scan::PageReading r = scan::read_page(covered, dl100().known);
    CHECK_FALSE(r.ok);
    CHECK(r.problem.find("no sheet code") != std::string::npos);
    scan::KnownForms other = dl100().known;
    other.unit = "DL200";
    CHECK(scan::read_page(pages[0], other).problem == "a sheet of unit DL100, not DL200");
    other = dl100().known;
    other.edition = "R1";
    CHECK(scan::read_page(pages[0], other).problem.find("another edition") != std::string::npos);
}

TEST_CASE("scan: the boxes stand where they do whatever the digits the forms print in") {
    forms::FormOptions thai;
    thai.thai_digits = true;
    const forms::FormContext ctx(dl100().loaded.unit, dl100().setter, thai);
    for (const auto& [arabic, other] : {std::pair{&dl100().sheet, forms::scoring_sheet(ctx)},
                                        std::pair{&dl100().checklist, forms::evidence_checklist(ctx)}}) {
        REQUIRE(arabic->fields().size() == other.fields().size());
        REQUIRE(!arabic->fields().empty());
        for (std::size_t i = 0; i < other.fields().size(); ++i) {
            CHECK(arabic->fields()[i].item == other.fields()[i].item);
            CHECK(arabic->fields()[i].page == other.fields()[i].page);
            CHECK(arabic->fields()[i].x == other.fields()[i].x);
            CHECK(arabic->fields()[i].y == other.fields()[i].y);
        }
    }
}

TEST_CASE("scan: a Thai candidate ID goes through the code and back") {
    model::Candidate thai = candidate();
    thai.id = "สมชาย 01";
    std::map<std::string, int> ticks;
    for (const forms::Field& f : dl100().sheet.fields()) ticks[f.item] = 1;
    const std::vector<scan::GrayImage> pages = render(dl100().sheet, 150, ticks, thai);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const scan::GrayImage img = scanned(pages[p], {2, 1.02, p == 1, 240, 10});
        const scan::PageReading r = scan::read_page(img, dl100().known);
        CAPTURE(p);
        INFO(r.problem);
        REQUIRE(r.ok);
        CHECK(r.id.candidate == "สมชาย 01");
        for (const scan::BoxPair& pair : r.pairs) CHECK(pair.reading == scan::PairReading::second);
    }
}

TEST_CASE("scan: a box is measured only where its printed outline is found") {
    const std::vector<scan::GrayImage> pages = render(dl100().sheet, 150);
    const double s = 150.0 / 72;
    const forms::Field& box = dl100().sheet.fields().front();
    const scan::Affine right{s, 0, 0, 0, s, 0};
    CHECK(scan::measure_box(pages[box.page], right, box, 128).outline > 0.9);
    // 0.8 mm off: found by the search around it; 3 mm off (a page misregistered): not found.
    CHECK(scan::measure_box(pages[box.page], scan::Affine{s, 0, layout::mm(0.8) * s, 0, s, 0}, box, 128).outline > 0.9);
    const scan::BoxMeasure lost = scan::measure_box(pages[box.page], scan::Affine{s, 0, layout::mm(3) * s, 0, s, 0}, box, 128);
    CHECK(lost.outline < scan::kOutlineFound);
    CHECK(scan::read_pair(lost, lost) == scan::PairReading::ambiguous);
}
