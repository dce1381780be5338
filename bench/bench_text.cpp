// Text-stage throughput on the eleven DL100 performance criteria: Thai word segmentation,
// shaping, breaking, paragraph setting (cold and cached), and shape-once versus a naive
// greedy wrap that reshapes every candidate line. Prints figures; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "base/thai_words.hpp"
#include "base/utf8.hpp"
#include "bench_clock.hpp"
#include "text/font.hpp"
#include "text/line_breaker.hpp"
#include "text/shaper.hpp"
#include "text/typesetter.hpp"

using namespace compforms::text;

namespace {

const std::vector<std::string> criteria = {
    "วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได",
    "อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้",
    "ประเมินประสิทธิภาพการทำงานของหน่วยงาน",
    "กำหนดความเชื่อมโยงของระบบการบริหารผลการปฏิบัติงาน กับระบบการจ่ายค่าตอบแทนและระบบการพัฒนาคนในองค์กรได",
    "เสนอแนวทางและพัฒนากลยุทธ์ด้านงานบุคคล ซึ่งมีผลต่อการเพิ่มประสิทธิภาพการทำงานแบบดิจิทัลและแบบเชิงรุก",
    "ผลักดัน สนับสนุน และเป็นต้นแบบการมีวัฒนธรรมทำงานแบบดิจิทัล",
    "เสริมทักษะดิจิทัลที่เหมาะสมกับบทบาทและลักษณะงานให้แก่บุคคล",
    "บ่มเพาะคนพันธุ์ใหม่ที่สามารถปรับตัวได้อย่างพลวัตร (Agile) สามารถเชื่อมโยงความคิด (Connect the Dot) "
    "มีวัฒนธรรมดิจิทัล และสร้างสรรค์สิ่งใหม่เพื่อปรับปรุงงานของหน่วยงานให้มีประสิทธิภาพมากยิ่งขึ้น (Creativity)",
    "สร้างความผูกพันของบุคคลากร มีการวิเคราะห์ผลการปฏิบัติที่ส่งเสริมความก้าวหน้า",
    "จัดมีการจัดแผนสืบทอดตำแหน่งในตำแหน่งสำคัญ",
    "ใช้เครื่องมือระบบบริหารแรงงานสัมพันธ์ (Employee Relationship Management) มาพัฒนาให้เกิดความเป็นธรรมในการทำงาน "
    "โดยกำหนดตัวชี้วัดผลการปฏิบัติงานเป็นรายบุคคลให้สอดคล้องกับเป้าหมายของหน่วยงาน",
};

constexpr double size = 16;
constexpr double width = 200;   // a criterion column of a scoring sheet, points
constexpr int rounds = 300;

// Process CPU time, not wall time: the build machine is shared, and CPU time is what
// the text stage costs.
double seconds_since(const compforms::bench::Stopwatch& clock) { return clock.cpu_ms() / 1000; }

// The wrap the design note measured against: for each line, reshape the text from the
// line start to every candidate break until it no longer fits.
std::size_t naive_wrap(Shaper& shaper, LineBreaker& breaker, const Font& font, const std::string& text) {
    const double avail = width * font.upem() / size;
    std::vector<std::size_t> ends;
    for (const BreakOpportunity& b : breaker.opportunities(text)) ends.push_back(b.offset);
    ends.push_back(text.size());
    std::size_t lines = 0;
    std::size_t start = 0;
    std::size_t k = 0;
    while (start < text.size()) {
        std::size_t best = 0;
        for (std::size_t j = k; j < ends.size(); ++j) {
            std::string piece = text.substr(start, ends[j] - start);
            while (!piece.empty() && piece.back() == ' ') piece.pop_back();
            if (static_cast<double>(shaper.shape(font, piece).advance()) > avail && best != 0) break;
            best = ends[j];
            k = j + 1;
        }
        start = best;
        ++lines;
    }
    return lines;
}

// The runs of Thai word letters of a text: what base/thai_words segments.
std::vector<std::u32string> thai_runs(const std::string& text) {
    const std::u32string all = compforms::utf8::to_u32(text);
    std::vector<std::u32string> runs;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t end = i;
        while (end < all.size() && compforms::thai::is_word_letter(all[end])) ++end;
        if (end > i) runs.push_back(all.substr(i, end - i));
        i = std::max(end, i + 1);
    }
    return runs;
}

// Thai word segmentation (libthai's words, then compounds): the dictionaries' load on the
// first call, the criteria, and one run of 10,000 letters.
void bench_segmentation() {
    compforms::bench::Stopwatch load;
    compforms::thai::word_breaks(U"สายงาน");
    std::printf("dictionaries (first call):      %7.2f ms\n", load.cpu_ms());
    std::vector<std::u32string> runs;
    for (const std::string& t : criteria)
        for (std::u32string& r : thai_runs(t)) runs.push_back(std::move(r));
    compforms::bench::Stopwatch t0;
    std::size_t n = 0;
    for (int r = 0; r < rounds; ++r)
        for (const std::u32string& run : runs) n += compforms::thai::word_breaks(run).size();
    std::printf("segmentation (thai_words):      %7.2f us/paragraph  (%zu boundaries)\n",
                seconds_since(t0) * 1e6 / (rounds * criteria.size()), n / rounds);
    std::u32string long_run;
    while (long_run.size() < 10000)
        for (const std::u32string& run : runs) long_run += run;
    long_run.resize(10000);
    compforms::bench::Stopwatch t1;
    n = compforms::thai::word_breaks(long_run).size();
    std::printf("segmentation, 10,000 letters:   %7.2f ms  (%zu boundaries)\n", t1.cpu_ms(), n);
}

} // namespace

int main() {
    const std::unique_ptr<FontSet> fonts = FontSet::load(find_font_dir());
    const Font& font = fonts->regular();
    std::size_t bytes = 0;
    for (const std::string& t : criteria) bytes += t.size();
    std::printf("bench_text: %zu DL100 criteria (%zu bytes), Sarabun %g pt, width %g pt, %d rounds, CPU time\n",
                criteria.size(), bytes, size, width, rounds);
    bench_segmentation();

    {
        compforms::bench::Stopwatch t0;
        Shaper shaper;
        std::size_t glyphs = 0;
        for (int r = 0; r < rounds; ++r)
            for (const std::string& t : criteria) glyphs += shaper.shape(font, t).glyphs.size();
        const double s = seconds_since(t0);
        std::printf("shaping (itemise + hb_shape):   %7.2f us/paragraph  (%zu glyphs)\n",
                    s * 1e6 / (rounds * criteria.size()), glyphs / rounds);
    }
    {
        LineBreaker breaker;
        compforms::bench::Stopwatch t0;
        std::size_t n = 0;
        for (int r = 0; r < rounds; ++r)
            for (const std::string& t : criteria) n += breaker.opportunities(t).size();
        const double s = seconds_since(t0);
        std::printf("breaking (ICU + thai_words):    %7.2f us/paragraph  (%zu opportunities)\n",
                    s * 1e6 / (rounds * criteria.size()), n / rounds);
    }
    for (Align align : {Align::left, Align::justify}) {
        Typesetter ts;
        ParagraphStyle style;
        style.font = &font;
        style.size = size;
        style.width = width;
        style.align = align;
        const char* name = align == Align::left ? "left" : "justified";
        std::size_t lines = 0;
        compforms::bench::Stopwatch t0;
        for (int r = 0; r < rounds; ++r) {
            ts.clear_cache();
            for (const std::string& t : criteria) lines += ts.set_paragraph(t, style).size();
        }
        double s = seconds_since(t0);
        std::printf("set_paragraph %-9s cold:     %7.2f us/paragraph  %9.0f lines/s  (%zu lines, %zu reshaped)\n",
                    name, s * 1e6 / (rounds * criteria.size()), static_cast<double>(lines) / s, lines / rounds,
                    ts.stats().reshaped_lines / rounds);
        lines = 0;
        t0 = compforms::bench::Stopwatch();
        for (int r = 0; r < rounds; ++r)
            for (const std::string& t : criteria) lines += ts.set_paragraph(t, style).size();
        s = seconds_since(t0);
        std::printf("set_paragraph %-9s cached:   %7.2f us/paragraph  %9.0f lines/s\n", name,
                    s * 1e6 / (rounds * criteria.size()), static_cast<double>(lines) / s);
    }
    {
        Shaper shaper;
        LineBreaker breaker;
        std::size_t lines = 0;
        compforms::bench::Stopwatch t0;
        for (int r = 0; r < rounds; ++r)
            for (const std::string& t : criteria) lines += naive_wrap(shaper, breaker, font, t);
        const double s = seconds_since(t0);
        std::printf("naive wrap, reshape per line:   %7.2f us/paragraph  %9.0f lines/s  (%zu lines)\n",
                    s * 1e6 / (rounds * criteria.size()), static_cast<double>(lines) / s, lines / rounds);
    }
    return 0;
}
