#include "forms/mapping_matrix.hpp"

#include <algorithm>

#include "forms/house_style.hpp"
#include "forms/section_headings.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {

namespace {
using layout::Cell;
using layout::mm;
// The matrix's text: a size smaller than the other tables', so each criterion takes a
// line or two beside the columns of marks.
constexpr double kMatrixSize = 13;
constexpr double kPaddingX = 3;

// A count or a part's number, in the digits asked for.
std::string number(const FormContext& ctx, std::size_t n) {
    return ctx.options.thai_digits ? layout::to_thai_digits(std::to_string(n)) : std::to_string(n);
}

// The criterion keeps at least this width: about 25 Thai characters a line at kMatrixSize.
const double kMinCriterion = mm(60);

// A matrix wider than the page is printed as parts, one table each: every part repeats
// the PC column and the criterion, and shows a run of the evidence and method columns. The
// evidence items are counted in a "รวม" column after the last of them, the methods in one
// after the last method, each in the part that holds that last column. One part when all
// fit.
struct MatrixPart {
    std::size_t first = 0, last = 0;   // coverage columns [first, last)
};

// What a part shows between the code and the criterion, left to right: a coverage column
// (its index), or a count.
enum : long { kEvidenceCount = -1, kMethodCount = -2 };
std::vector<long> part_cells(const Coverage& coverage, const MatrixPart& part) {
    std::vector<long> out;
    for (std::size_t c = part.first; c < part.last; ++c) {
        out.push_back(static_cast<long>(c));
        if (c + 1 == coverage.evidence_count) out.push_back(kEvidenceCount);
        if (c + 1 == coverage.columns.size() && coverage.has_methods()) out.push_back(kMethodCount);
    }
    return out;
}

bool is_evidence(const Coverage& coverage, std::size_t column) { return column < coverage.evidence_count; }

struct MatrixWidths {
    double code = 0, total = 0;   // code 0: no code column (codes_fit_column)
    std::vector<double> columns;   // per coverage column
};

// Narrow columns for the codes (stacked: "DL101.01" over "191372"), the marks and the
// counts, measured so nothing in them wraps; the criterion takes the rest of the width.
MatrixWidths matrix_widths(const FormContext& ctx, double padding_x) {
    const layout::TextStyle body = table_style(kMatrixSize), head = table_bold(kMatrixSize);
    MatrixWidths w;
    if (codes_fit_column(ctx.unit, body, padding_x, ctx.setter))
        w.code = code_column_width(ctx.unit, body, head, padding_x, ctx.setter);
    for (const CoverageColumn& col : ctx.coverage.columns)
        w.columns.push_back(column_fitting({col.id, "999"}, head, padding_x, mm(9), ctx.setter));
    w.total = column_fitting({"รวม", "999"}, head, padding_x, mm(9), ctx.setter);
    return w;
}

// As few parts as fit the width (room kept for both counts), the columns spread evenly.
std::vector<MatrixPart> matrix_parts(const MatrixWidths& w, double width) {
    const std::size_t n = w.columns.size();
    const double room = width - w.code - 2 * w.total - kMinCriterion;
    // The columns are alike (9 mm unless an id is long): size the parts by the widest.
    const double widest = n ? *std::max_element(w.columns.begin(), w.columns.end()) : 1;
    std::size_t per_part = room > 0 ? static_cast<std::size_t>(room / widest) : 0;
    per_part = std::max<std::size_t>(per_part, 1);
    const std::size_t parts = std::max<std::size_t>(1, (n + per_part - 1) / per_part);
    std::vector<MatrixPart> out;
    for (std::size_t p = 0; p < parts; ++p) out.push_back({n * p / parts, n * (p + 1) / parts});
    return out;
}

// The criterion comes last: text to the right of a wrapped criterion would land inside it
// when pdftotext reads the page in its default order.
std::vector<layout::ColumnWidth> matrix_columns(const MatrixWidths& w, const std::vector<long>& cells) {
    using W = layout::ColumnWidth;
    std::vector<W> columns;
    if (w.code > 0) columns.push_back(W::fixed_pt(w.code));
    for (long c : cells) columns.push_back(W::fixed_pt(c < 0 ? w.total : w.columns[static_cast<std::size_t>(c)]));
    columns.push_back(W::relative(1));
    return columns;
}

std::vector<layout::Row> matrix_header(const FormContext& ctx, const std::vector<long>& cells, bool code_column) {
    const Coverage& coverage = ctx.coverage;
    int evidence = 0, methods = 0;
    for (long c : cells)
        ++((c == kEvidenceCount || (c >= 0 && is_evidence(coverage, static_cast<std::size_t>(c)))) ? evidence : methods);
    layout::Row top;
    if (code_column) top.cells.push_back(header_cell(pc_column_head(ctx.unit), kMatrixSize).span_rows(2));
    if (evidence) top.cells.push_back(header_cell("หลักฐาน", kMatrixSize).span_cols(evidence));
    if (methods) top.cells.push_back(header_cell("วิธีการประเมิน", kMatrixSize).span_cols(methods));
    top.cells.push_back((code_column ? header_cell("เกณฑ์ในการปฏิบัติงาน", kMatrixSize)
                                     : criterion_head_with_codes(ctx.unit, kMatrixSize))
                            .span_rows(2));
    layout::Row ids;
    for (long c : cells)
        ids.cells.push_back(header_cell(c < 0 ? "รวม" : coverage.columns[static_cast<std::size_t>(c)].id, kMatrixSize));
    return {std::move(top), std::move(ids)};
}

// How many evidence items (or methods) cover the PC.
std::size_t pc_count(const Coverage& coverage, const std::string& pc, bool evidence) {
    std::size_t n = 0;
    for (std::size_t c = 0; c < coverage.columns.size(); ++c)
        n += is_evidence(coverage, c) == evidence && coverage.covers(c, pc);
    return n;
}

layout::Row criterion_row(const FormContext& ctx, const model::Criterion& pc, const std::vector<long>& cells,
                          bool code_column) {
    const layout::TextStyle body = table_style(kMatrixSize), bold = table_bold(kMatrixSize);
    const Coverage& coverage = ctx.coverage;
    layout::Row row;
    if (code_column) row.cells.push_back(pc_code_cell(pc, body, ctx.options.link_codes));
    for (long c : cells) {
        if (c >= 0)
            row.cells.push_back(Cell(coverage.covers(static_cast<std::size_t>(c), pc.name()) ? kMatrixMark : "", bold,
                                     text::Align::center));
        else
            row.cells.push_back(Cell(number(ctx, pc_count(coverage, pc.name(), c == kEvidenceCount)), body,
                                     text::Align::center));
    }
    row.cells.push_back(code_column ? Cell(pc.text.value, body).from(pc.text.origin)
                                    : criterion_cell_with_codes(pc, body, bold, ctx.options.link_codes));
    return row;
}

layout::Row totals_row(const FormContext& ctx, const std::vector<long>& cells, bool code_column) {
    const layout::TextStyle body = table_style(kMatrixSize), bold = table_bold(kMatrixSize);
    const Coverage& coverage = ctx.coverage;
    std::size_t evidence = 0, methods = 0;
    for (std::size_t c = 0; c < coverage.columns.size(); ++c)
        (is_evidence(coverage, c) ? evidence : methods) += coverage.column_count(c, ctx.unit);
    layout::Row totals;   // "รวม" heads the row, in the code column or else in the criterion's
    if (code_column) totals.cells.push_back(Cell("รวม", bold, text::Align::center));
    for (long c : cells) {
        const std::size_t count = c == kEvidenceCount ? evidence
                                  : c == kMethodCount ? methods
                                                      : coverage.column_count(static_cast<std::size_t>(c), ctx.unit);
        totals.cells.push_back(Cell(number(ctx, count), bold, text::Align::center));
    }
    totals.cells.push_back(code_column ? Cell("", body) : Cell("รวม", bold));
    totals.fill = kGroupFill;
    return totals;
}

layout::Table matrix_table(const FormContext& ctx, const MatrixWidths& w, const MatrixPart& part) {
    const std::vector<long> cells = part_cells(ctx.coverage, part);
    layout::Table t;
    t.padding_x = kPaddingX;
    t.columns = matrix_columns(w, cells);
    const bool code_column = w.code > 0;
    t.header_rows = matrix_header(ctx, cells, code_column);
    const int across = static_cast<int>(t.columns.size()) - (code_column ? 1 : 0);   // all but the code column
    for (const model::Element& element : ctx.unit.elements)
        add_element_rows(
            t, element, table_bold(kMatrixSize), across,
            [&](const model::Criterion& pc) { return criterion_row(ctx, pc, cells, code_column); }, code_column);
    t.rows.push_back(totals_row(ctx, cells, code_column));
    return t;
}

// "ส่วนที่ 2 จาก 3: KE1 ถึง M4" above a part, when there are several.
layout::Heading part_heading(const FormContext& ctx, const MatrixPart& part, std::size_t index, std::size_t parts) {
    std::string text = "ส่วนที่ " + number(ctx, index + 1) + " จาก " + number(ctx, parts) + ": " +
                       ctx.coverage.columns[part.first].id;
    if (part.last - part.first > 1) text += " ถึง " + ctx.coverage.columns[part.last - 1].id;
    layout::Heading h = form_heading(text, kMatrixSize);
    h.format.space_before = index == 0 ? 2 : 8;
    h.format.space_after = 0;
    return h;
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

    const MatrixWidths widths = matrix_widths(ctx, kPaddingX);
    const std::vector<MatrixPart> parts = matrix_parts(widths, flow.page_setup().content_width());
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (parts.size() > 1) flow.add(layout::Block(part_heading(ctx, parts[p], p, parts.size())));
        flow.add(layout::Block(matrix_table(ctx, widths, parts[p])));
    }
    add_column_legend(flow, ctx.coverage);
}

} // namespace compforms::forms
