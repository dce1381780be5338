#include "forms/scoring_sheet.hpp"

#include <algorithm>

#include "forms/candidate_details.hpp"
#include "forms/house_style.hpp"
#include "forms/section_headings.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {

namespace {

using layout::Cell;
using layout::mm;

// Space above the signature lines: room to sign.
constexpr double kSignatureRoom = 10;

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

// The columns: codes and header words never wrap, so their columns are measured; the
// criterion takes the rest, most of the width. The two codes of a PC are stacked in one
// column ("DL101.01" over "191372"): two code columns side by side would narrow the
// criterion and put DL100's sheet on three pages. Both codes still extract, the book code
// first. The methods column stands before the criterion, not after it: text to the right
// of a wrapped criterion lands inside it when pdftotext reads the page in its default order.
// A PC's method ids stay on one line for the same reason ("M3" on a second line beside the
// criterion's second line is read into it): a list wider than this goes above the criterion.
const double kMethodsAtMost = layout::mm(30);

// The criterion keeps at least this width beside a code column; narrower, the codes go
// above the criterion (codes_fit_column), where they take no width from it.
const double kCriterionAtLeast = layout::mm(60);

// What the sheet's table prints beside the criterion, and what above it in its cell.
struct SheetLayout {
    bool code_column = true;      // else the codes head the criterion's cell
    bool methods_column = false;  // the PC's method ids in a column of their own
    bool methods_above = false;   // else, when the unit has methods, on a line above the criterion
    double methods_width = 0;
};

std::string methods_of(const FormContext& ctx, const model::Criterion& pc) {
    return join(ctx.coverage.methods_for(pc.name()), " ");
}

std::vector<layout::ColumnWidth> sheet_columns(const FormContext& ctx, double padding_x, const SheetLayout& l) {
    const layout::TextStyle head = table_bold(kHeaderSize), body = table_style();
    auto fit = [&](const std::vector<std::string>& cells, const std::vector<std::string>& words, double min) {
        return std::max(column_fitting(cells, body, padding_x, min, ctx.setter),
                        column_fitting(words, head, padding_x, min, ctx.setter));
    };
    // The result heads at kResultHeadSize: "ผลการประเมิน" on one line over both columns
    // (the header is then two lines, not three) and "ไม่ผ่าน" unbroken, in narrow columns
    // that each hold a box of kBoxSide.
    const double box_min = kBoxSide + 2 * padding_x + 4;
    const layout::TextStyle small_head = table_bold(kResultHeadSize);
    double pass = std::max(box_min, column_fitting({"ผ่าน"}, small_head, padding_x, 0, ctx.setter));
    double fail = std::max(box_min, column_fitting({"ไม่ผ่าน"}, small_head, padding_x, 0, ctx.setter));
    const double both = column_fitting({"ผลการประเมิน"}, small_head, padding_x, 0, ctx.setter);
    if (pass + fail < both) {
        const double more = both - pass - fail;
        pass += more / 2;
        fail += more / 2;
    }
    using W = layout::ColumnWidth;
    std::vector<W> columns;
    if (l.code_column) columns.push_back(W::fixed_pt(code_column_width(ctx.unit, body, head, padding_x, ctx.setter)));
    if (l.methods_column) columns.push_back(W::fixed_pt(l.methods_width));
    columns.insert(columns.end(), {W::relative(1), W::fixed_pt(pass), W::fixed_pt(fail),
                                   W::fixed_pt(fit({}, {"หมายเหตุ"}, mm(22)))});   // room to write a word or two
    return columns;
}

// The codes get a column when they fit one (codes_fit_column) and leave the criterion
// kCriterionAtLeast; the methods when every PC's list fits kMethodsAtMost on one line.
SheetLayout sheet_layout(const FormContext& ctx, double padding_x) {
    SheetLayout l;
    if (ctx.coverage.has_methods()) {
        std::vector<std::string> lists = {"M1 M2"};
        for (const model::Element& e : ctx.unit.elements)
            for (const model::Criterion& pc : e.criteria) lists.push_back(methods_of(ctx, pc));
        l.methods_width = std::max(column_fitting(lists, table_style(), padding_x, 0, ctx.setter),
                                   column_fitting({"วิธีการ", "ประเมิน"}, table_bold(kHeaderSize), padding_x, 0, ctx.setter));
        l.methods_column = l.methods_width <= kMethodsAtMost;
        l.methods_above = !l.methods_column;
    }
    l.code_column = codes_fit_column(ctx.unit, table_style(), padding_x, ctx.setter);
    if (l.code_column) {
        double fixed = 0;
        for (const layout::ColumnWidth& c : sheet_columns(ctx, padding_x, l))
            if (c.kind == layout::ColumnWidth::Kind::fixed) fixed += c.value;
        l.code_column = form_page().content_width() - fixed >= kCriterionAtLeast;
    }
    return l;
}

std::vector<layout::Row> sheet_header(const FormContext& ctx, const SheetLayout& l) {
    layout::Row top;
    if (l.code_column) top.cells.push_back(header_cell(pc_column_head(ctx.unit)).span_rows(2));
    if (l.methods_column) top.cells.push_back(header_cell("วิธีการประเมิน").span_rows(2));
    layout::Cell criterion = l.code_column ? header_cell("เกณฑ์ในการปฏิบัติงาน") : criterion_head_with_codes(ctx.unit);
    if (l.methods_above)
        criterion.content.push_back(layout::CellParagraph{"(วิธีการประเมิน)", table_bold(kHeaderSize), text::Align::center});
    top.cells.push_back(criterion.span_rows(2));
    top.cells.push_back(header_cell("ผลการประเมิน", kResultHeadSize).span_cols(2));
    top.cells.push_back(header_cell("หมายเหตุ").span_rows(2));
    return {std::move(top), layout::Row({header_cell("ผ่าน", kResultHeadSize), header_cell("ไม่ผ่าน", kResultHeadSize)})};
}

// The criterion's cell: its text, under its codes when they have no column, and under
// "วิธีการประเมิน M1 M4 M9" when the methods have none.
Cell criterion_cell(const FormContext& ctx, const model::Criterion& pc, const SheetLayout& l) {
    const layout::TextStyle body = table_style();
    Cell cell = l.code_column ? Cell(pc.text.value, body).from(pc.text.origin)
                              : criterion_cell_with_codes(pc, body, table_bold(), ctx.options.link_codes);
    if (l.methods_above) {
        const std::string methods = methods_of(ctx, pc);
        if (!methods.empty())
            cell.content.insert(cell.content.end() - 1, layout::CellParagraph{"วิธีการประเมิน " + methods, body});
    }
    return cell;
}

layout::Table criteria_table(const FormContext& ctx) {
    layout::Table t;
    t.padding_x = 3;
    const SheetLayout l = sheet_layout(ctx, t.padding_x);
    t.columns = sheet_columns(ctx, t.padding_x, l);
    t.header_rows = sheet_header(ctx, l);
    const layout::TextStyle body = table_style();
    const std::size_t boxes = t.columns.size() - 3;   // the pass column; fail follows it
    const double pass = t.columns[boxes].value, fail = t.columns[boxes + 1].value;
    const int spanned = static_cast<int>(t.columns.size()) - (l.code_column ? 1 : 0);
    for (const model::Element& element : ctx.unit.elements) {
        add_element_rows(t, element, table_bold(), spanned, [&](const model::Criterion& pc) {
            layout::Row row;
            if (l.code_column) row.cells.push_back(pc_code_cell(pc, body, ctx.options.link_codes));
            if (l.methods_column) row.cells.push_back(Cell(methods_of(ctx, pc), body, text::Align::center));
            row.cells.push_back(criterion_cell(ctx, pc, l));
            row.cells.insert(row.cells.end(), {box_cell(pass, t.padding_x, pc.name(), 0),
                                               box_cell(fail, t.padding_x, pc.name(), 1), Cell("", body)});
            return row;
        }, l.code_column);
    }
    return t;
}

void add_method_legend(layout::FlowLayouter& flow, const Coverage& coverage) {
    if (!coverage.has_methods()) return;
    layout::ParagraphFormat item;
    item.left_indent = mm(8);
    std::vector<layout::Paragraph> lines;
    for (std::size_t c = coverage.evidence_count; c < coverage.columns.size(); ++c)
        lines.push_back(legend_line(coverage.columns[c], "", table_style(), item));
    add_legend(flow, "วิธีการประเมิน", std::move(lines));
}

// `field`: the element's or the unit's code, the item its result is read back as.
layout::CheckBoxRow result_row(const std::string& label, bool bold, const std::string& field) {
    // The unit's result stands out in bold; all are in table text, lines 1.45 em apart.
    layout::TextStyle style = bold ? table_bold() : table_style();
    layout::CheckBoxRow row(label, {layout::CheckBox{"ผ่าน", false, field, 0}, layout::CheckBox{"ไม่ผ่าน", false, field, 1}}, style);
    row.box_size = kBoxSide;
    row.space_before = 0;
    return row;
}

// The summary and the signatures stay together: a page never starts with the
// signatures alone, nor ends with the results unsigned.
void add_results(layout::FlowLayouter& flow, const model::Unit& unit) {
    layout::Heading summary = form_heading("สรุปผลการประเมิน");
    summary.format.space_before = 2;
    summary.format.space_after = 0;
    flow.add(layout::Block(std::move(summary)));
    for (const model::Element& element : unit.elements)
        flow.add(layout::Block(result_row("ผลการประเมินสมรรถนะย่อย " + element.code + ":", false, element.code)).keep());
    flow.add(layout::Block(result_row("ผลการประเมินหน่วยสมรรถนะ " + unit.code.value + ":", true, unit.code.value)).keep());
}

} // namespace

FormTemplate scoring_sheet(const FormContext& ctx) {
    const layout::PageSetup page = form_page();
    layout::FlowLayouter flow(ctx.setter, page);
    add_title(flow, kScoringSheetTitle, ctx.unit);
    add_candidate_details(flow, kFormSize, ctx.setter);
    flow.add(layout::Block(criteria_table(ctx)));
    add_method_legend(flow, ctx.coverage);
    add_results(flow, ctx.unit);
    add_candidate_signatures(flow, kSignatureRoom);
    return finish_candidate_form(flow, kScoringSheetTitle, SheetForm::scoresheet, ctx, page);
}

} // namespace compforms::forms
