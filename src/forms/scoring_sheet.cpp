#include "forms/scoring_sheet.hpp"

#include <algorithm>

#include "forms/candidate_details.hpp"
#include "forms/form_parts.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {

namespace {

using layout::Cell;
using layout::mm;


std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

layout::Table criteria_table(const model::Unit& unit, const Coverage& coverage, const AssessmentFormOptions& opt,
                             text::Typesetter& ts, const text::FontSet& fonts) {
    layout::Table t;
    t.padding_x = 3;
    // Codes and header words never wrap: their columns are measured; the criterion takes the rest.
    std::vector<std::string> codes, system_codes;
    for (const model::Criterion* pc : model::all_criteria(unit)) {
        codes.push_back(pc->code);
        system_codes.push_back(pc->system_code);
    }
    const layout::TextStyle head = layout::bold_style(kHeaderSize), body = table_style();
    auto fit = [&](const std::vector<std::string>& cells, const std::vector<std::string>& words, double min) {
        return std::max(column_fitting(cells, body, t.padding_x, min, ts, fonts),
                        column_fitting(words, head, t.padding_x, min, ts, fonts));
    };
    const double book = fit(codes, {"(ตามเล่ม", "มาตรฐาน)"}, 0);
    const double system = fit(system_codes, {"(จาก", "ระบบ)"}, 0);
    const double methods = fit({"M1 M2"}, {"วิธีการ", "ประเมิน"}, 0);
    // Narrow on purpose: "ไม่ผ่าน" and "หมายเหตุ" may wrap in the header, the criterion needs the room.
    const double result = std::max(mm(11), kBoxSide + 2 * t.padding_x + 6);
    const double remarks = mm(14);
    using W = layout::ColumnWidth;
    // The methods column stands before the criterion, not after it: text to the right of a
    // wrapped criterion lands inside it when pdftotext reads the page in its default order.
    t.columns = {W::fixed_pt(book),   W::fixed_pt(system), W::fixed_pt(methods), W::relative(1),
                 W::fixed_pt(result), W::fixed_pt(result), W::fixed_pt(remarks)};
    t.header_rows.push_back(layout::Row({header_cell("รหัส PC (ตามเล่มมาตรฐาน)").span_rows(2),
                                         header_cell("รหัส PC (จากระบบ)").span_rows(2),
                                         header_cell("วิธีการประเมิน").span_rows(2),
                                         header_cell("เกณฑ์ในการปฏิบัติงาน").span_rows(2),
                                         header_cell("ผลการประเมิน").span_cols(2),
                                         header_cell("หมายเหตุ").span_rows(2)}));
    t.header_rows.push_back(layout::Row({header_cell("ผ่าน"), header_cell("ไม่ผ่าน")}));

    for (const model::Element& element : unit.elements) {
        layout::Row er({Cell(element.code, table_bold()), Cell(element.title.value, table_bold()).span_cols(6)});
        er.fill = layout::Color{0.94, 0.94, 0.94};
        t.rows.push_back(std::move(er));
        for (const model::Criterion& pc : element.criteria) {
            Cell code(pc.code, body);
            if (opt.link_codes) code.link(pc.code);
            layout::Row row({std::move(code), Cell(pc.system_code, body),
                             Cell(join(coverage.methods_for(pc.code), " "), body, text::Align::center),
                             Cell(pc.text.value, body),
                             box_cell(result, t.padding_x), box_cell(result, t.padding_x), Cell("", body)});
            t.rows.push_back(std::move(row));
        }
    }
    return t;
}

void add_method_legend(layout::FlowLayouter& flow, const Coverage& coverage) {
    layout::TextStyle style = table_style();
    layout::ParagraphFormat f;
    f.space_before = 0;
    flow.add(layout::Block(layout::Paragraph("วิธีการประเมิน", table_bold(), f)));
    layout::ParagraphFormat item;
    item.left_indent = mm(8);
    for (std::size_t c = coverage.evidence_count; c < coverage.columns.size(); ++c)
        flow.add(layout::Block(layout::Paragraph(coverage.columns[c].id + " = " + coverage.columns[c].text, style, item)));
}

layout::CheckBoxRow result_row(const std::string& label, bool bold) {
    layout::TextStyle style = bold ? layout::bold_style(kFormSize) : layout::TextStyle{};
    layout::CheckBoxRow row(label, {layout::CheckBox{"ผ่าน", false}, layout::CheckBox{"ไม่ผ่าน", false}}, style);
    row.box_size = kBoxSide;
    row.space_before = 1;
    return row;
}

} // namespace

ScoringSheet::ScoringSheet(const model::Unit& unit, text::Typesetter& ts, const text::FontSet& fonts,
                           const AssessmentFormOptions& options) {
    const Coverage coverage = compute_coverage(unit);
    layout::PageSetup page;
    layout::FlowLayouter flow(ts, fonts, page);
    add_title(flow, kTitle, unit);
    add_candidate_details(flow, kFormSize);
    flow.add(layout::Block(criteria_table(unit, coverage, options, ts, fonts)));
    add_method_legend(flow, coverage);

    layout::Heading summary("สรุปผลการประเมิน");
    summary.format.space_before = 4;
    flow.add(layout::Block(std::move(summary)));
    for (const model::Element& element : unit.elements)
        flow.add(layout::Block(result_row("ผลการประเมินสมรรถนะย่อย " + element.code + ":", false)));
    flow.add(layout::Block(result_row("ผลการประเมินหน่วยสมรรถนะ " + unit.code.value + ":", true)));

    // The signatures in table-size text: two blocks of four lines fit below the summary.
    layout::SignatureBlock assessor;
    assessor.style = table_style();
    assessor.role = "ผู้ประเมิน";
    assessor.space_before = 4;
    flow.add(layout::Block(assessor));
    layout::SignatureBlock candidate;
    candidate.style = table_style();
    candidate.role = "ผู้เข้ารับการประเมิน";
    candidate.space_before = 2;
    flow.add(layout::Block(candidate));

    layout::Document doc = flow.finish();
    doc.info.title = std::string(kTitle) + " " + unit.code.value;
    doc.info.subject = unit.title.value;
    decorate_form(doc, kTitle, unit, ts, fonts, page);
    form_ = FormTemplate(std::move(doc), candidate_slot_names());
}

layout::Document ScoringSheet::for_candidate(const model::Candidate& candidate, SlotSetter& setter) const {
    layout::Document doc;
    doc.info = form_.blank().info;
    form_.append_filled(doc, candidate_values(candidate), setter);
    return doc;
}

} // namespace compforms::forms
