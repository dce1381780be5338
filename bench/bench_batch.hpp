// What the batch benchmarks share: the candidates they print (every name new text, as a
// real batch's are) and the process's peak RSS.
#pragma once

#include <sys/resource.h>

#include <cstdio>
#include <string>

#include "model/candidate.hpp"

namespace compforms::bench {

inline model::Candidate candidate(std::size_t i) {
    static const char* first[] = {"นายสมชาย", "นางสาวกมลวรรณ", "นางวราภรณ์", "นายธนพล", "นางสาวสุดารัตน์"};
    static const char* last[] = {"ใจดีงาม", "ศรีสวัสดิ์พงษ์", "แก้วมณีรัตน์", "รุ่งเรืองสกุลชัย", "บุญประเสริฐกุล"};
    model::Candidate c;
    char id[32];
    std::snprintf(id, sizeof id, "DL-2569-%06zu", i);
    c.id = id;
    c.name = std::string(first[i % 5]) + " " + last[(i / 5) % 5] + std::to_string(i);
    c.centre = "ศูนย์ทดสอบสมรรถนะดิจิทัลภาครัฐ กรุงเทพมหานคร";
    c.date = model::Date{2026, 11, 24};
    c.assessor = "นางสาวพรทิพย์ วัฒนกุลศิริ";
    return c;
}

inline long peak_rss_kib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace compforms::bench
