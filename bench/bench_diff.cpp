// Time to compare two editions of a 150-PC unit (compforms diff without the PDF): the PCs
// matched by every rule, each pair's word difference, the other sections compared.
// usage: bench_diff [PCS [RUNS]]   (default 150 PCs, 20 runs; prints the fastest run's CPU time)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_clock.hpp"
#include "editions/comparison.hpp"

namespace {

using namespace compforms;

// Wordings of DL100's criteria, varied by a number so that no two PCs read alike.
const char* const kWordings[] = {
    "วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้",
    "อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้",
    "กำหนดความเชื่อมโยงของระบบการบริหารผลการปฏิบัติงาน กับระบบการจ่ายค่าตอบแทนและระบบการพัฒนาคนในองค์กรได้",
    "เสนอแนวทางและพัฒนากลยุทธ์ด้านงานบุคคล ซึ่งมีผลต่อการเพิ่มประสิทธิภาพการทำงานแบบดิจิทัลและแบบเชิงรุก",
    "บ่มเพาะคนพันธุ์ใหม่ที่สามารถปรับตัวได้อย่างพลวัตร (Agile) สามารถเชื่อมโยงความคิด (Connect the Dot) มีวัฒนธรรมดิจิทัล",
    "ใช้เครื่องมือระบบบริหารแรงงานสัมพันธ์ มาพัฒนาให้เกิดความเป็นธรรมในการทำงาน โดยกำหนดตัวชี้วัดผลการปฏิบัติงานเป็นรายบุคคล",
};

std::string wording(int i) { return std::string(kWordings[i % 6]) + " ข้อ " + std::to_string(i); }

// 10 elements of `pcs / 10` PCs. The new edition rewords every 5th PC, renumbers a run,
// removes every 17th, adds one per element, and drops the system codes of every 3rd PC so
// that the wording rules do the matching for a third of them.
model::Unit make_unit(int pcs, bool revised) {
    model::Unit u;
    model::Block description;
    description.text.value = wording(1) + (revised ? " อย่างต่อเนื่อง" : "");
    u.description.blocks.push_back(std::move(description));
    const int per = std::max(1, pcs / 10);
    for (int e = 0; e < 10; ++e) {
        model::Element element;
        element.code = "AB" + std::to_string(101 + e);
        int n = 0;
        for (int k = 0; k < per; ++k) {
            const int i = e * per + k;
            if (revised && i % 17 == 0) continue;
            model::Criterion pc;
            pc.number = std::to_string(e + 1) + "." + std::to_string(++n);
            pc.code = element.code + "." + (n < 10 ? "0" : "") + std::to_string(n);
            if (!(revised && i % 3 == 0)) pc.system_code = std::to_string(190000 + i);
            pc.text.value = wording(i) + (revised && i % 5 == 0 ? " อย่างเป็นระบบ" : "");
            element.criteria.push_back(std::move(pc));
        }
        if (revised) {
            model::Criterion added;
            added.number = std::to_string(e + 1) + "." + std::to_string(++n);
            added.code = element.code + "." + std::to_string(n);
            added.text.value = "ส่งเสริมการใช้ข้อมูลดิจิทัลในการตัดสินใจของหน่วยงาน " + std::to_string(e);
            element.criteria.push_back(std::move(added));
        }
        u.elements.push_back(std::move(element));
    }
    return u;
}

} // namespace

int main(int argc, char** argv) {
    const int pcs = argc > 1 ? std::atoi(argv[1]) : 150;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 20;
    const model::Unit old_unit = make_unit(pcs, false), new_unit = make_unit(pcs, true);
    double best_cpu = 1e9, best_wall = 1e9, first_cpu = 0;
    editions::Comparison c;
    for (int r = 0; r < runs; ++r) {
        bench::Stopwatch clock;
        c = editions::compare_editions(old_unit, new_unit);
        best_cpu = std::min(best_cpu, clock.cpu_ms());
        best_wall = std::min(best_wall, clock.wall_ms());
        if (r == 0) first_cpu = clock.cpu_ms();   // with libthai's dictionary loaded once per process
    }
    std::printf("diff of two %d-PC units (%zu rows: %zu unchanged, %zu reworded, %zu renumbered, %zu added, "
                "%zu removed): %.2f ms CPU, %.2f ms wall (fastest of %d; the first, loading the dictionaries, "
                "%.0f ms CPU; target < 20 ms)\n",
                pcs, c.pcs.changes.size(), c.count(editions::ChangeKind::unchanged),
                c.count(editions::ChangeKind::reworded), c.count(editions::ChangeKind::renumbered),
                c.count(editions::ChangeKind::added), c.count(editions::ChangeKind::removed), best_cpu, best_wall, runs, first_cpu);
    return best_cpu < 20 ? 0 : 1;
}
