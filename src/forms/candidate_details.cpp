#include "forms/candidate_details.hpp"

#include "layout/thai_numbers.hpp"

namespace compforms::forms {

namespace {

struct DetailLine {
    const char* slot;
    const char* label;
};

constexpr DetailLine kLines[] = {
    {"name", "ชื่อ-นามสกุล"},
    {"id", "เลขประจำตัว"},
    {"centre", "ศูนย์ประเมิน"},
    {"date", "วันที่ประเมิน"},
    {"assessor", "ผู้ประเมิน"},
};

} // namespace

const std::vector<std::string>& candidate_slot_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const DetailLine& l : kLines) v.push_back(l.slot);
        return v;
    }();
    return names;
}

void add_candidate_details(layout::FlowLayouter& flow, double size) {
    layout::TextStyle style;
    style.size = size;
    for (const DetailLine& l : kLines) {
        layout::FillInLine line(l.label, 0, style);   // to the right edge: well over 70 mm
        line.value = FormTemplate::marker(l.slot);
        line.space_after = 2;
        flow.add(layout::Block(std::move(line)));
    }
}

SlotValues candidate_values(const model::Candidate& c) {
    SlotValues v;
    v.emplace_back("name", c.name);
    v.emplace_back("id", c.id);
    v.emplace_back("centre", c.centre);
    if (c.date) v.emplace_back("date", layout::format_thai_date(c.date->year, c.date->month, c.date->day));
    v.emplace_back("assessor", c.assessor);
    return v;
}

std::string candidate_title(const model::Candidate& c) {
    if (c.name.empty()) return c.id;
    return c.name + " (" + c.id + ")";
}

} // namespace compforms::forms
