#include "forms/mapping_matrix.hpp"

#include "forms/house_style.hpp"

#include <algorithm>

namespace compforms::forms {

namespace {
using layout::Cell;
using layout::mm;
// The matrix's text: a size smaller than the other tables', so each criterion takes a
// line or two beside the columns of marks.
constexpr double kMatrixSize = 13;

// Narrow columns for the codes (stacked: "DL101.01" over "191372"), the marks and the
// count, measured so nothing in them wraps; the criterion takes the rest of the width.
// It comes last: text to the right of a wrapped criterion would land inside it when
// pdftotext reads the page in its default order.
std::vector<layout::ColumnWidth> matrix_columns(const FormContext& ctx, double padding_x) {
    using W = layout::ColumnWidth;
    const layout::TextStyle body = table_style(kMatrixSize), head = table_bold(kMatrixSize);
    const double code_w = std::max(column_fitting(pc_codes(ctx.unit), body, padding_x, 0, ctx.setter),
                                   column_fitting(pc_column_head_lines(ctx.unit), head, padding_x, 0, ctx.setter));
    std::vector<W> columns = {W::fixed_pt(code_w)};
    for (const CoverageColumn& col : ctx.coverage.columns)
        columns.push_back(W::fixed_pt(column_fitting({col.id, "999"}, head, padding_x, mm(9), ctx.setter)));
    columns.push_back(W::fixed_pt(column_fitting({"รวม", "999"}, head, padding_x, mm(9), ctx.setter)));
    columns.push_back(W::relative(1));
    return columns;
}

std::vector<layout::Row> matrix_header(const FormContext& ctx) {
    const Coverage& coverage = ctx.coverage;
    const std::size_t evidence = coverage.evidence_count, methods = coverage.columns.size() - evidence;
    layout::Row top({header_cell(pc_column_head(ctx.unit), kMatrixSize).span_rows(2)});
    if (evidence) top.cells.push_back(header_cell("หลักฐาน", kMatrixSize).span_cols(static_cast<int>(evidence)));
    if (methods) top.cells.push_back(header_cell("วิธีการประเมิน", kMatrixSize).span_cols(static_cast<int>(methods)));
    top.cells.push_back(header_cell("รวม", kMatrixSize).span_rows(2));
    top.cells.push_back(header_cell("เกณฑ์ในการปฏิบัติงาน", kMatrixSize).span_rows(2));
    layout::Row ids;
    for (const CoverageColumn& col : coverage.columns) ids.cells.push_back(header_cell(col.id, kMatrixSize));
    return {std::move(top), std::move(ids)};
}

layout::Row criterion_row(const FormContext& ctx, const model::Criterion& pc) {
    const layout::TextStyle body = table_style(kMatrixSize), bold = table_bold(kMatrixSize);
    const Coverage& coverage = ctx.coverage;
    layout::Row row({pc_code_cell(pc, body, ctx.options.link_codes)});
    for (std::size_t c = 0; c < coverage.columns.size(); ++c)
        row.cells.push_back(Cell(coverage.covers(c, pc.name()) ? kMatrixMark : "", bold, text::Align::center));
    row.cells.push_back(Cell(std::to_string(coverage.row_count(pc.name())), body, text::Align::center));
    row.cells.push_back(Cell(pc.text.value, body).from(pc.text.origin));
    return row;
}

layout::Row totals_row(const FormContext& ctx) {
    const layout::TextStyle body = table_style(kMatrixSize), bold = table_bold(kMatrixSize);
    layout::Row totals({Cell("รวม", bold, text::Align::center)});
    std::size_t all = 0;
    for (std::size_t c = 0; c < ctx.coverage.columns.size(); ++c) {
        const std::size_t count = ctx.coverage.column_count(c, ctx.unit);
        all += count;
        totals.cells.push_back(Cell(std::to_string(count), bold, text::Align::center));
    }
    totals.cells.push_back(Cell(std::to_string(all), bold, text::Align::center));
    totals.cells.push_back(Cell("", body));
    totals.fill = kGroupFill;
    return totals;
}

// Each column id with its full text.
void add_column_legend(layout::FlowLayouter& flow, const Coverage& coverage) {
    layout::ParagraphFormat item;
    item.left_indent = mm(8);
    std::vector<layout::Paragraph> lines;
    for (const CoverageColumn& col : coverage.columns) {
        const char* kind = col.kind == CoverageColumn::Kind::performance_evidence ? "หลักฐานการปฏิบัติงาน"
                           : col.kind == CoverageColumn::Kind::knowledge_evidence ? "หลักฐานความรู้"
                                                                                   : "วิธีการประเมิน";
        lines.push_back(legend_line(col, std::string(" (") + kind + ")", table_style(), item));
    }
    add_legend(flow, "คำอธิบาย", std::move(lines));
}

} // namespace

void add_mapping_matrix(layout::FlowLayouter& flow, const FormContext& ctx) {
    layout::Heading heading =
        form_heading("ตารางแสดงความสัมพันธ์ระหว่างเกณฑ์ในการปฏิบัติงานกับหลักฐานและวิธีการประเมิน");
    heading.format.align = text::Align::center;
    flow.add(layout::Block(std::move(heading)).bookmark("ตารางความสัมพันธ์ (Mapping Matrix)"));

    layout::Table t;
    t.padding_x = 3;
    t.columns = matrix_columns(ctx, t.padding_x);
    t.header_rows = matrix_header(ctx);
    const int across = static_cast<int>(ctx.coverage.columns.size()) + 2;   // ids, count and criterion
    for (const model::Element& element : ctx.unit.elements)
        add_element_rows(t, element, table_bold(kMatrixSize), across,
                         [&](const model::Criterion& pc) { return criterion_row(ctx, pc); });
    t.rows.push_back(totals_row(ctx));
    flow.add(layout::Block(std::move(t)));
    add_column_legend(flow, ctx.coverage);
}

} // namespace compforms::forms
