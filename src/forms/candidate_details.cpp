#include "forms/candidate_details.hpp"

#include "layout/thai_numbers.hpp"
#include "text/utf8.hpp"

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
        line.space_after = 0;
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

std::string unprintable_value(const model::Candidate& candidate, const text::Font& font) {
    for (const auto& [slot, value] : candidate_values(candidate)) {
        for (std::size_t pos = 0; pos < value.size();) {
            char32_t cp = text::decode_utf8(value, pos);
            if (text::is_break_space(cp) || font.nominal_glyph(cp) != 0) continue;
            return slot + ": " + text::code_point_name(cp) + " is not in " + font.postscript_name();
        }
    }
    return {};
}

std::string candidate_title(const model::Candidate& c) {
    if (c.name.empty()) return c.id;
    return c.name + " (" + c.id + ")";
}

} // namespace compforms::forms
