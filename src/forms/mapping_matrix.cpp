#include "forms/mapping_matrix.hpp"

#include "forms/form_parts.hpp"

#include <algorithm>

namespace compforms::forms {

namespace {
using layout::Cell;
using layout::mm;
// The matrix's text: a size smaller than the other tables', so each criterion takes a
// line or two beside the columns of marks.
constexpr double kMatrixSize = 13;
} // namespace

void add_mapping_matrix(layout::FlowLayouter& flow, const model::Unit& unit, const Coverage& coverage,
                        const AssessmentFormOptions& options, text::Typesetter& ts, const text::FontSet& fonts) {
    layout::Heading heading =
        form_heading("ตารางแสดงความสัมพันธ์ระหว่างเกณฑ์ในการปฏิบัติงานกับหลักฐานและวิธีการประเมิน");
    heading.format.align = text::Align::center;
    flow.add(layout::Block(std::move(heading)).bookmark("ตารางความสัมพันธ์ (Mapping Matrix)"));

    const std::size_t n = coverage.columns.size();
    const std::size_t evidence = coverage.evidence_count, methods = n - evidence;
    const int across = static_cast<int>(n) + 2;   // ids, count and criterion

    // Narrow columns for the codes (stacked: "DL101.01" over "191372"), the marks and the
    // count, measured so nothing in them wraps; the criterion takes the rest of the width.
    layout::Table t;
    using W = layout::ColumnWidth;
    t.padding_x = 3;
    const layout::TextStyle body = table_style(kMatrixSize), bold = table_bold(kMatrixSize);
    const layout::TextStyle head = table_bold(kMatrixSize);
    std::vector<std::string> codes;
    for (const model::Criterion* pc : model::all_criteria(unit)) {
        codes.push_back(pc->code);
        codes.push_back(pc->system_code);
    }
    const double code_w = std::max(column_fitting(codes, body, t.padding_x, 0, ts, fonts),
                                   column_fitting({"รหัส PC", "(เล่ม/ระบบ)"}, head, t.padding_x, 0, ts, fonts));
    t.columns = {W::fixed_pt(code_w)};
    for (const CoverageColumn& col : coverage.columns)
        t.columns.push_back(W::fixed_pt(column_fitting({col.id, "999"}, head, t.padding_x, mm(9), ts, fonts)));
    t.columns.push_back(W::fixed_pt(column_fitting({"รวม", "999"}, head, t.padding_x, mm(9), ts, fonts)));
    // The criterion comes last: text to the right of a wrapped criterion would land inside
    // it when pdftotext reads the page in its default order.
    t.columns.push_back(W::relative(1));

    layout::Row top({header_cell("รหัส PC (เล่ม/ระบบ)", kMatrixSize).span_rows(2)});
    if (evidence) top.cells.push_back(header_cell("หลักฐาน", kMatrixSize).span_cols(static_cast<int>(evidence)));
    if (methods) top.cells.push_back(header_cell("วิธีการประเมิน", kMatrixSize).span_cols(static_cast<int>(methods)));
    top.cells.push_back(header_cell("รวม", kMatrixSize).span_rows(2));
    top.cells.push_back(header_cell("เกณฑ์ในการปฏิบัติงาน", kMatrixSize).span_rows(2));
    t.header_rows.push_back(std::move(top));
    layout::Row ids;
    for (const CoverageColumn& col : coverage.columns) ids.cells.push_back(header_cell(col.id, kMatrixSize));
    t.header_rows.push_back(std::move(ids));

    for (const model::Element& element : unit.elements) {
        layout::Row er({Cell(element.code, bold), Cell(element.title.value, bold).span_cols(across)});
        er.fill = layout::Color{0.94, 0.94, 0.94};
        t.rows.push_back(std::move(er));
        for (const model::Criterion& pc : element.criteria) {
            Cell code(pc.code, body);
            code.content.push_back(layout::CellParagraph{pc.system_code, body, text::Align::left});
            if (options.link_codes) code.link(pc.code);
            layout::Row row({std::move(code)});
            for (std::size_t c = 0; c < n; ++c)
                row.cells.push_back(Cell(coverage.covers(c, pc.code) ? kMatrixMark : "", bold, text::Align::center));
            row.cells.push_back(Cell(std::to_string(coverage.row_count(pc.code)), body, text::Align::center));
            row.cells.push_back(Cell(pc.text.value, body));
            t.rows.push_back(std::move(row));
        }
    }
    layout::Row totals({Cell("รวม", bold, text::Align::center)});
    std::size_t all = 0;
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t count = coverage.column_count(c, unit);
        all += count;
        totals.cells.push_back(Cell(std::to_string(count), bold, text::Align::center));
    }
    totals.cells.push_back(Cell(std::to_string(all), bold, text::Align::center));
    totals.cells.push_back(Cell("", body));
    totals.fill = layout::Color{0.94, 0.94, 0.94};
    t.rows.push_back(std::move(totals));
    flow.add(layout::Block(std::move(t)));

    // The legend: each column id with its full text.
    flow.add(layout::Block(layout::Paragraph("คำอธิบาย", table_bold())));
    const layout::TextStyle legend = table_style();
    layout::ParagraphFormat item;
    item.left_indent = mm(8);
    for (const CoverageColumn& col : coverage.columns) {
        const char* kind = col.kind == CoverageColumn::Kind::performance_evidence ? "หลักฐานการปฏิบัติงาน"
                           : col.kind == CoverageColumn::Kind::knowledge_evidence ? "หลักฐานความรู้"
                                                                                   : "วิธีการประเมิน";
        flow.add(layout::Block(layout::Paragraph(col.id + " = " + col.text + " (" + kind + ")", legend, item)));
    }
}

} // namespace compforms::forms
