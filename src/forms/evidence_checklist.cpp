#include "forms/evidence_checklist.hpp"

#include "forms/candidate_details.hpp"
#include "forms/coverage.hpp"
#include "forms/form_parts.hpp"
#include "forms/mapping_matrix.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {

namespace {

using layout::Cell;
using layout::mm;

const double kId = mm(12), kCodes = mm(44), kBox = mm(11), kRemarks = mm(18);

std::string codes_of(const CoverageColumn& col, const model::Unit& unit) {
    std::string out;   // in the unit's order, not the source list's
    for (const model::Criterion* pc : model::all_criteria(unit))
        if (col.covers.count(pc->code)) out += (out.empty() ? "" : " ") + pc->code;
    return out;
}

layout::Table evidence_table(const model::Unit& unit, const Coverage& coverage) {
    layout::Table t;
    t.padding_x = 3;
    using W = layout::ColumnWidth;
    t.columns = {W::fixed_pt(kId), W::relative(1), W::fixed_pt(kCodes), W::fixed_pt(kBox), W::fixed_pt(kBox),
                 W::fixed_pt(kRemarks)};
    t.header_rows.push_back(layout::Row({header_cell("รหัส").span_rows(2), header_cell("รายการหลักฐาน").span_rows(2),
                                         header_cell("รหัส PC ที่สนับสนุน").span_rows(2),
                                         header_cell("ผลการตรวจสอบ").span_cols(2), header_cell("หมายเหตุ").span_rows(2)}));
    t.header_rows.push_back(layout::Row({header_cell("มี"), header_cell("ไม่มี")}));

    const layout::TextStyle body = table_style();
    auto group = [&](CoverageColumn::Kind kind, const char* heading) {
        bool any = false;
        for (const CoverageColumn& col : coverage.columns) {
            if (col.kind != kind) continue;
            if (!any) {
                layout::Row g({Cell(heading, table_bold()).span_cols(6)});
                g.fill = layout::Color{0.94, 0.94, 0.94};
                t.rows.push_back(std::move(g));
                any = true;
            }
            t.rows.push_back(layout::Row({Cell(col.id, body, text::Align::center), Cell(col.text, body),
                                          Cell(codes_of(col, unit), body), box_cell(kBox, t.padding_x),
                                          box_cell(kBox, t.padding_x), Cell("", body)}));
        }
    };
    group(CoverageColumn::Kind::performance_evidence, "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)");
    group(CoverageColumn::Kind::knowledge_evidence, "(ข) หลักฐานความรู้ (Knowledge Evidence)");
    return t;
}

} // namespace

EvidenceChecklist::EvidenceChecklist(const model::Unit& unit, text::Typesetter& ts, const text::FontSet& fonts,
                                     const AssessmentFormOptions& options) {
    const Coverage coverage = compute_coverage(unit);
    layout::PageSetup page;
    layout::FlowLayouter flow(ts, fonts, page);
    add_title(flow, kTitle, unit);
    add_candidate_details(flow, kFormSize);
    flow.add(layout::Block(evidence_table(unit, coverage)));

    layout::SignatureBlock assessor;
    assessor.role = "ผู้ประเมิน";
    assessor.space_before = 18;
    flow.add(layout::Block(assessor));

    flow.add(layout::Block(layout::PageBreak{}));
    add_mapping_matrix(flow, unit, coverage, options, ts, fonts);

    layout::Document doc = flow.finish();
    doc.info.title = std::string(kTitle) + " " + unit.code.value;
    doc.info.subject = unit.title.value;
    decorate_form(doc, kTitle, unit, ts, fonts, page);
    form_ = FormTemplate(std::move(doc), candidate_slot_names());
}

layout::Document EvidenceChecklist::for_candidate(const model::Candidate& candidate, SlotSetter& setter) const {
    layout::Document doc;
    doc.info = form_.blank().info;
    form_.append_filled(doc, candidate_values(candidate), setter);
    return doc;
}

} // namespace compforms::forms
