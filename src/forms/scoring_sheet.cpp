#include "forms/scoring_sheet.hpp"

#include <algorithm>

#include "forms/candidate_details.hpp"
#include "forms/form_parts.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {

namespace {

using layout::Cell;
using layout::mm;

// Space above the signature lines: room to sign.
constexpr double kSignatureRoom = 14;

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

layout::Table criteria_table(const model::Unit& unit, const Coverage& coverage, const AssessmentFormOptions& opt,
                             text::Typesetter& ts, const text::FontSet& fonts) {
    layout::Table t;
    t.padding_x = 3;
    // Codes and header words never wrap: their columns are measured; the criterion takes
    // the rest, most of the width. The two codes of a PC are stacked in one column
    // ("DL101.01" over "191372"): two code columns side by side would narrow the criterion
    // and put DL100's sheet on three pages. Both codes still extract, the book code first.
    std::vector<std::string> codes;
    for (const model::Criterion* pc : model::all_criteria(unit)) {
        codes.push_back(pc->code);
        codes.push_back(pc->system_code);
    }
    const layout::TextStyle head = table_bold(kHeaderSize), body = table_style();
    auto fit = [&](const std::vector<std::string>& cells, const std::vector<std::string>& words, double min) {
        return std::max(column_fitting(cells, body, t.padding_x, min, ts, fonts),
                        column_fitting(words, head, t.padding_x, min, ts, fonts));
    };
    using W = layout::ColumnWidth;
    t.columns.push_back(W::fixed_pt(fit(codes, {"รหัส PC", "(เล่ม/ระบบ)"}, 0)));
    // The methods column stands before the criterion, not after it: text to the right of a
    // wrapped criterion lands inside it when pdftotext reads the page in its default order.
    t.columns.push_back(W::fixed_pt(fit({"M1 M2"}, {"วิธีการ", "ประเมิน"}, 0)));
    t.columns.push_back(W::relative(1));
    // The result heads at kResultHeadSize: "ผลการประเมิน" on one line over both columns
    // (the header is then two lines, not three) and "ไม่ผ่าน" unbroken, in narrow columns
    // that each hold a box of kBoxSide.
    const double box_min = kBoxSide + 2 * t.padding_x + 4;
    const layout::TextStyle small_head = table_bold(kResultHeadSize);
    double pass = std::max(box_min, column_fitting({"ผ่าน"}, small_head, t.padding_x, 0, ts, fonts));
    double fail = std::max(box_min, column_fitting({"ไม่ผ่าน"}, small_head, t.padding_x, 0, ts, fonts));
    const double both = column_fitting({"ผลการประเมิน"}, small_head, t.padding_x, 0, ts, fonts);
    if (pass + fail < both) {
        const double more = both - pass - fail;
        pass += more / 2;
        fail += more / 2;
    }
    t.columns.push_back(W::fixed_pt(pass));
    t.columns.push_back(W::fixed_pt(fail));
    t.columns.push_back(W::fixed_pt(fit({}, {"หมายเหตุ"}, mm(22))));   // room to write a word or two
    const int spanned = static_cast<int>(t.columns.size()) - 1;

    layout::Row top;
    top.cells.push_back(header_cell("รหัส PC (เล่ม/ระบบ)").span_rows(2));
    top.cells.push_back(header_cell("วิธีการประเมิน").span_rows(2));
    top.cells.push_back(header_cell("เกณฑ์ในการปฏิบัติงาน").span_rows(2));
    top.cells.push_back(header_cell("ผลการประเมิน", kResultHeadSize).span_cols(2));
    top.cells.push_back(header_cell("หมายเหตุ").span_rows(2));
    t.header_rows.push_back(std::move(top));
    t.header_rows.push_back(
        layout::Row({header_cell("ผ่าน", kResultHeadSize), header_cell("ไม่ผ่าน", kResultHeadSize)}));

    for (const model::Element& element : unit.elements) {
        layout::Row er({Cell(element.code, table_bold()), Cell(element.title.value, table_bold()).span_cols(spanned)});
        er.fill = layout::Color{0.94, 0.94, 0.94};
        t.rows.push_back(std::move(er));
        for (const model::Criterion& pc : element.criteria) {
            layout::Row row;
            Cell code(pc.code, body);
            code.content.push_back(layout::CellParagraph{pc.system_code, body, text::Align::left});
            if (opt.link_codes) code.link(pc.code);
            row.cells.push_back(std::move(code));
            row.cells.push_back(Cell(join(coverage.methods_for(pc.code), " "), body, text::Align::center));
            row.cells.push_back(Cell(pc.text.value, body));
            row.cells.push_back(box_cell(pass, t.padding_x));
            row.cells.push_back(box_cell(fail, t.padding_x));
            row.cells.push_back(Cell("", body));
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
    // The unit's result stands out; the elements' are in table text, lines closer.
    layout::TextStyle style = bold ? form_bold(kFormSize) : table_style();
    layout::CheckBoxRow row(label, {layout::CheckBox{"ผ่าน", false}, layout::CheckBox{"ไม่ผ่าน", false}}, style);
    row.box_size = kBoxSide;
    row.space_before = 1;
    return row;
}

} // namespace

ScoringSheet::ScoringSheet(const model::Unit& unit, text::Typesetter& ts, const text::FontSet& fonts,
                           const AssessmentFormOptions& options) {
    const Coverage coverage = compute_coverage(unit);
    const layout::PageSetup page = form_page();
    layout::FlowLayouter flow(ts, fonts, page);
    add_title(flow, kTitle, unit);
    add_candidate_details(flow, kFormSize, ts, fonts);
    flow.add(layout::Block(criteria_table(unit, coverage, options, ts, fonts)));
    add_method_legend(flow, coverage);

    // The summary and the signatures stay together: a page never starts with the
    // signatures alone, nor ends with the results unsigned.
    layout::Heading summary = form_heading("สรุปผลการประเมิน");
    summary.format.space_before = 4;
    summary.format.space_after = 0;
    flow.add(layout::Block(std::move(summary)));
    for (const model::Element& element : unit.elements)
        flow.add(layout::Block(result_row("ผลการประเมินสมรรถนะย่อย " + element.code + ":", false)).keep());
    flow.add(layout::Block(result_row("ผลการประเมินหน่วยสมรรถนะ " + unit.code.value + ":", true)).keep());

    // The assessor's and the candidate's signatures side by side, in columns sized so that
    // both signature lines are as long: the longer role gets the wider column.
    layout::SignatureRow signatures;
    signatures.space_before = kSignatureRoom;
    signatures.gap = mm(6);
    layout::TextStyle sign_style = table_style();
    sign_style.line_height = 0;   // the font's full height: room to write between the lines
    const double sign_line = mm(60);   // a share, not a length: it evens the columns out
    for (const char* role : {"ผู้ประเมิน", "ผู้เข้ารับการประเมิน"}) {
        layout::SignatureBlock block;
        block.style = sign_style;
        block.role = role;
        block.width = layout::mm(200);   // the column's width
        signatures.shares.push_back(sign_line + ts.width(role, fonts.get(sign_style.font), sign_style.size));
        signatures.blocks.push_back(std::move(block));
    }
    flow.add(layout::Block(std::move(signatures)));

    form_ = finish_candidate_form(flow, kTitle, unit, ts, fonts, page);
}

layout::Document ScoringSheet::for_candidate(const model::Candidate& candidate, SlotSetter& setter) const {
    return fill_for_candidate(form_, candidate, setter);
}

} // namespace compforms::forms
