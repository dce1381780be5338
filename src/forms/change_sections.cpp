#include "forms/change_sections.hpp"

#include "forms/house_style.hpp"
#include "forms/section_headings.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {
namespace {

using editions::SectionPart;

// "13 (ก) ความต้องการด้านทักษะ": a section's number before one of its lettered parts.
std::string sub(int section, const char* heading, bool thai_digits) {
    const std::string n = std::to_string(section);
    return (thai_digits ? layout::to_thai_digits(n) : n) + " " + heading;
}

std::vector<layout::TextMark> marks(const std::vector<editions::Span>& spans, layout::TextMark::Kind kind) {
    std::vector<layout::TextMark> out;
    for (const editions::Span& s : spans) out.push_back({kind, s.begin, s.end});
    return out;
}

// A cell of paragraphs, each with its marks.
layout::Cell paragraphs_cell(const std::vector<std::string>& paragraphs, const std::vector<std::vector<editions::Span>>& spans,
                             layout::TextMark::Kind kind) {
    layout::Cell cell;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        layout::CellParagraph p{paragraphs[i], table_style()};
        if (i < spans.size()) p.marks = marks(spans[i], kind);
        cell.content.push_back(std::move(p));
    }
    if (paragraphs.empty()) cell.content.push_back(layout::CellParagraph{"-", table_style()});
    return cell;
}

} // namespace

std::string section_part_title(SectionPart part, bool thai_digits) {
    switch (part) {
    case SectionPart::occupations: return section_heading_text(5, thai_digits);
    case SectionPart::description: return section_heading_text(6, thai_digits);
    case SectionPart::sector: return section_heading_text(8, thai_digits);
    case SectionPart::other_occupations: return section_heading_text(9, thai_digits);
    case SectionPart::licensing: return section_heading_text(10, thai_digits);
    case SectionPart::element_titles: return sub(11, "หน่วยสมรรถนะย่อย (Elements of Competence)", thai_digits);
    case SectionPart::prerequisites: return section_heading_text(12, thai_digits);
    case SectionPart::skills: return sub(13, kSkillsHeading, thai_digits);
    case SectionPart::knowledge: return sub(13, kKnowledgeHeading, thai_digits);
    case SectionPart::evidence_intro: return section_heading_text(14, thai_digits);
    case SectionPart::performance_evidence: return sub(14, kPerformanceEvidenceHeading, thai_digits);
    case SectionPart::knowledge_evidence: return sub(14, kKnowledgeEvidenceHeading, thai_digits);
    case SectionPart::assessment_guidance: return sub(14, kAssessmentGuidanceHeading, thai_digits);
    case SectionPart::method_notes: return sub(14, kMethodNotesHeading, thai_digits);
    case SectionPart::range: return section_heading_text(15, thai_digits);
    case SectionPart::range_guidance: return sub(15, kRangeGuidanceHeading, thai_digits);
    case SectionPart::definitions: return sub(15, kDefinitionsHeading, thai_digits);
    case SectionPart::shared_units: return section_heading_text(16, thai_digits);
    case SectionPart::shared_industries: return section_heading_text(17, thai_digits);
    case SectionPart::methods: return section_heading_text(18, thai_digits);
    case SectionPart::coverage: return "เกณฑ์ที่หลักฐานและวิธีการประเมินแต่ละรายการครอบคลุม";
    }
    return "";
}

layout::Cell marked_cell(const std::string& text, const std::vector<editions::Span>& spans, layout::TextMark::Kind kind) {
    return paragraphs_cell({text}, {spans}, kind);
}

layout::Table section_changes_table(const std::vector<editions::SectionChange>& changes, bool thai_digits) {
    layout::Table t;
    t.columns = {layout::ColumnWidth::relative(1), layout::ColumnWidth::relative(1)};
    t.padding_x = kSideBySidePadding;
    t.header_rows.push_back(layout::Row({header_cell("ฉบับเดิม"), header_cell("ฉบับใหม่")}));
    for (const editions::SectionChange& c : changes) {
        layout::Row title({layout::Cell(section_part_title(c.part, thai_digits), table_bold()).span_cols(2)});
        title.fill = kGroupFill;
        title.keep_with_next = true;
        t.rows.push_back(std::move(title));
        t.rows.push_back(layout::Row({paragraphs_cell(c.old_paragraphs, c.deleted, layout::TextMark::Kind::strike),
                                      paragraphs_cell(c.new_paragraphs, c.inserted, layout::TextMark::Kind::underline)}));
    }
    return t;
}

} // namespace compforms::forms
