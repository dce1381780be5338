#include "forms/evidence_checklist.hpp"

#include <algorithm>

#include "forms/candidate_details.hpp"
#include "forms/coverage.hpp"
#include "forms/house_style.hpp"
#include "forms/mapping_matrix.hpp"
#include "forms/section_headings.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {

namespace {

using layout::Cell;
using layout::mm;

const double kId = mm(12), kCodes = mm(44), kBox = mm(11), kRemarks = mm(18);

std::string codes_of(const CoverageColumn& col, const model::Unit& unit) {
    std::string out;   // in the unit's order, not the source list's
    for (const model::Criterion* pc : model::all_criteria(unit))
        if (col.covers.count(pc->name())) out += (out.empty() ? "" : " ") + pc->name();
    return out;
}

// The PC codes an item supports, each a link to its row in the booklet when `link`.
Cell codes_cell(std::string codes, const layout::TextStyle& style, bool link) {
    Cell c(std::move(codes), style);
    if (link) c.link_each_word();
    return c;
}

// One table per kind of evidence, under its own heading: a heading keeps with the table
// after it, where a group row inside one table could be left alone at a page foot.
layout::Table evidence_table(const FormContext& ctx, CoverageColumn::Kind kind) {
    const model::Unit& unit = ctx.unit;
    layout::Table t;
    t.padding_x = 3;
    t.space_before = 2;
    const layout::TextStyle body = table_style(), head = table_bold(kHeaderSize);
    // Two codes a line in the codes column; "หมายเหตุ" unbroken in the remarks header.
    std::vector<std::string> pairs;
    auto all = model::all_criteria(unit);
    if (!all.empty()) pairs.push_back(all.front()->code + " " + all.back()->code);
    const double codes = std::max(kCodes, std::min(column_fitting(pairs, body, t.padding_x, 0, ctx.setter),
                                                   1.5 * kCodeColumnAtMost));
    const double remarks = std::max(kRemarks, column_fitting({"หมายเหตุ"}, head, t.padding_x, 0, ctx.setter));
    // "ผลการตรวจสอบ" on one line over the two box columns, in smaller type (as on the
    // scoring sheet), so the header is two lines.
    const layout::TextStyle small_head = table_bold(kResultHeadSize);
    const double box = std::max({kBox, column_fitting({"ไม่มี"}, small_head, t.padding_x, 0, ctx.setter),
                                 column_fitting({"ผลการตรวจสอบ"}, small_head, t.padding_x, 0, ctx.setter) / 2});
    using W = layout::ColumnWidth;
    t.columns = {W::fixed_pt(kId), W::relative(1), W::fixed_pt(codes), W::fixed_pt(box), W::fixed_pt(box),
                 W::fixed_pt(remarks)};
    t.header_rows.push_back(layout::Row({header_cell("รหัส").span_rows(2), header_cell("รายการหลักฐาน").span_rows(2),
                                         header_cell("รหัส PC ที่สนับสนุน").span_rows(2),
                                         header_cell("ผลการตรวจสอบ", kResultHeadSize).span_cols(2),
                                         header_cell("หมายเหตุ").span_rows(2)}));
    t.header_rows.push_back(layout::Row({header_cell("มี", kResultHeadSize), header_cell("ไม่มี", kResultHeadSize)}));
    for (const CoverageColumn& col : ctx.coverage.columns) {
        if (col.kind != kind) continue;
        t.rows.push_back(layout::Row({Cell(col.id, body, text::Align::center), Cell(col.text, body).from(col.origin),
                                      codes_cell(codes_of(col, unit), body, ctx.options.link_codes),
                                      box_cell(box, t.padding_x, col.id, 0),
                                      box_cell(box, t.padding_x, col.id, 1), Cell("", body)}));
    }
    return t;
}

bool has_evidence(const FormContext& ctx, CoverageColumn::Kind kind) {
    for (const CoverageColumn& col : ctx.coverage.columns)
        if (col.kind == kind) return true;
    return false;
}

// `last`: the table before the signature, whose last row keeps with it.
void add_evidence(layout::FlowLayouter& flow, const FormContext& ctx, CoverageColumn::Kind kind, const char* heading,
                  bool last) {
    if (!has_evidence(ctx, kind)) return;
    layout::Heading h = form_heading(heading, kTableSize + 1);
    h.format.space_before = 4;
    h.format.space_after = 0;
    flow.add(layout::Block(std::move(h)));
    layout::Table table = evidence_table(ctx, kind);
    table.keep_with_next = last;
    table.continued_caption = std::string(heading) + " (ต่อ)";
    table.caption_style = form_bold(kTableSize + 1);
    flow.add(layout::Block(std::move(table)));
}

// The form a candidate gets: details, evidence tables, signatures.
void add_checklist(layout::FlowLayouter& flow, const FormContext& ctx) {
    add_title(flow, kEvidenceChecklistTitle, ctx.unit);
    add_candidate_details(flow, kFormSize, ctx.setter);
    const bool knowledge = has_evidence(ctx, CoverageColumn::Kind::knowledge_evidence);
    add_evidence(flow, ctx, CoverageColumn::Kind::performance_evidence, "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)",
                 !knowledge);
    add_evidence(flow, ctx, CoverageColumn::Kind::knowledge_evidence, "(ข) หลักฐานความรู้ (Knowledge Evidence)", true);
    add_candidate_signatures(flow, 18);
}

} // namespace

FormTemplate evidence_checklist(const FormContext& ctx) {
    const layout::PageSetup page = form_page();
    layout::FlowLayouter flow(ctx.setter, page);
    add_checklist(flow, ctx);
    return finish_candidate_form(flow, kEvidenceChecklistTitle, SheetForm::checklist, ctx, page);
}

layout::Document unit_checklist(const FormContext& ctx) {
    const layout::PageSetup page = form_page();
    layout::FlowLayouter flow(ctx.setter, page);
    add_checklist(flow, ctx);
    flow.add(layout::Block(layout::PageBreak{}));
    add_mapping_matrix(flow, ctx);
    layout::Document doc = flow.finish();
    doc.info.title = std::string(kEvidenceChecklistTitle) + " " + ctx.unit.code.value;
    doc.info.subject = ctx.unit.title.value;
    doc.info.creation_date = ctx.options.date;
    decorate_form(doc, kEvidenceChecklistTitle, ctx.unit, ctx.setter, page, ctx.options.thai_digits);
    // The checklist pages read back as a blank checklist's: laid out as a candidate's
    // (the same flow up to the matrix's page break), so its boxes stand where they do.
    add_blank_sheet_codes(doc, evidence_checklist(ctx).page_count(),
                          SheetId{ctx.unit.code.value, edition_token(ctx.unit.edition), SheetForm::checklist, {}, 1, 1},
                          ctx.setter, page, edition_text(ctx.unit.edition, ctx.options.thai_digits));
    return doc;
}

} // namespace compforms::forms
