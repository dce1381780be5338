#include "forms/house_style.hpp"

#include <algorithm>
#include <optional>

#include "forms/section_headings.hpp"
#include "layout/flow.hpp"
#include "layout/page_decorations.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {

layout::PageSetup form_page() {
    layout::PageSetup page;
    page.margin_left = layout::mm(20);
    page.margin_right = layout::mm(15);
    page.margin_top = layout::mm(20);
    page.margin_bottom = layout::mm(15);
    return page;
}

layout::TextStyle table_style(double size) {
    layout::TextStyle s;
    s.size = size;
    s.line_height = kTableLineHeight;
    return s;
}

layout::TextStyle form_bold(double size) {
    layout::TextStyle s;
    s.size = size;
    s.embolden = kFormEmbolden;
    return s;
}

layout::Heading form_heading(const std::string& text, double size) {
    layout::Heading h(text, size);
    h.style = form_bold(size);
    return h;
}

layout::TextStyle table_bold(double size) {
    layout::TextStyle s = form_bold(size);
    s.line_height = kTableLineHeight;
    return s;
}

double column_fitting(const std::vector<std::string>& texts, const layout::TextStyle& style, double padding_x,
                      double min, const layout::TextSetter& setter) {
    double w = 0;
    for (const std::string& t : texts) w = std::max(w, setter.width(t, style));
    return std::max(min, w + 2 * padding_x + 2);   // 2 pt slack: rounding must never wrap a code
}

std::vector<std::string> pc_codes(const model::Unit& unit) {
    std::vector<std::string> codes;
    for (const model::Element& element : unit.elements) {
        codes.push_back(element.code);
        for (const model::Criterion& pc : element.criteria) {
            codes.push_back(pc.name());
            if (!pc.system_code.empty()) codes.push_back(pc.system_code);
        }
    }
    return codes;
}

std::string pc_column_head(const model::Unit& unit) {
    std::string head;
    for (const std::string& line : pc_column_head_lines(unit)) head += (head.empty() ? "" : " ") + line;
    return head;
}

std::vector<std::string> pc_column_head_lines(const model::Unit& unit) {
    if (!model::has_book_codes(unit)) return model::has_system_codes(unit) ? std::vector<std::string>{"ข้อ", "(ระบบ)"}
                                                                            : std::vector<std::string>{"ข้อ"};
    if (!model::has_system_codes(unit)) return {"รหัส PC"};
    return {"รหัส PC", "(เล่ม/ระบบ)"};
}

bool codes_fit_column(const model::Unit& unit, const layout::TextStyle& style, double padding_x,
                      const layout::TextSetter& setter) {
    return column_fitting(pc_codes(unit), style, padding_x, 0, setter) <= kCodeColumnAtMost;
}

double code_column_width(const model::Unit& unit, const layout::TextStyle& body, const layout::TextStyle& head,
                         double padding_x, const layout::TextSetter& setter) {
    double w = std::max(column_fitting(pc_codes(unit), body, padding_x, 0, setter),
                        column_fitting(pc_column_head_lines(unit), head, padding_x, 0, setter));
    for (const model::Element& element : unit.elements)
        for (const model::Criterion& pc : element.criteria)
            if (!pc.system_code.empty())
                w = std::max(w, padding_x + setter.width(pc.system_code, body) + 1.5 * body.size);
    return w;
}

layout::Cell criterion_head_with_codes(const model::Unit& unit, double size) {
    layout::Cell head = header_cell(pc_column_head(unit), size);
    head.content.push_back(layout::CellParagraph{"เกณฑ์ในการปฏิบัติงาน", table_bold(size), text::Align::center});
    return head;
}

layout::Cell criterion_cell_with_codes(const model::Criterion& pc, const layout::TextStyle& style,
                                       const layout::TextStyle& code_style, bool link) {
    const std::string codes = pc.system_code.empty() ? pc.name() : pc.name() + " / " + pc.system_code;
    layout::Cell cell(codes, code_style);
    cell.content.push_back(layout::CellParagraph{pc.text.value, style, text::Align::left, pc.text.origin});
    if (link) cell.link(pc.name());
    return cell;
}

layout::Cell pc_code_cell(const model::Criterion& pc, const layout::TextStyle& style, bool link) {
    layout::Cell code(pc.name(), style);
    if (!pc.system_code.empty()) code.content.push_back(layout::CellParagraph{pc.system_code, style, text::Align::left});
    if (link) code.link(pc.name());
    return code;
}

layout::Row element_row(const model::Element& element, const layout::TextStyle& style, int span, bool code_column) {
    // Without a code column the code leads the title, in one cell across the table.
    const std::string lead = code_column ? std::string() : element.code + " ";
    const auto cells = [&](const char* suffix) {
        std::vector<layout::Cell> out;
        if (code_column) out.emplace_back(element.code, style);
        out.push_back(layout::Cell(lead + element.title.value + suffix, style)
                          .from(element.title.origin.after_prefix(lead.size()))
                          .span_cols(span));
        return out;
    };
    layout::Row row(cells(""));
    row.fill = kGroupFill;
    row.keep_with_next = true;
    row.continuation = cells(" (ต่อ)");
    return row;
}

void add_legend(layout::FlowLayouter& flow, const std::string& heading, std::vector<layout::Paragraph> lines) {
    layout::ParagraphFormat f;
    f.space_before = 0;
    flow.add(layout::Block(layout::Paragraph(heading, table_bold(), f)).keep());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        layout::Block b(std::move(lines[i]));
        if (i + 1 < lines.size()) b.keep();
        flow.add(std::move(b));
    }
}

layout::Cell header_cell(const std::string& text, double size) {
    return layout::Cell(text, table_bold(size), text::Align::center).middle();
}

layout::Cell box_cell(double column_width, double padding_x, const std::string& field, int choice) {
    layout::CheckBoxRow row("", {layout::CheckBox{"", false, field, choice}}, table_style());
    row.box_size = kBoxSide;
    row.left_indent = std::max(0.0, (column_width - 2 * padding_x - kBoxSide) / 2);
    layout::Cell cell(std::move(row));
    return cell.middle();
}

layout::Paragraph legend_line(const CoverageColumn& column, const std::string& suffix, const layout::TextStyle& style,
                              const layout::ParagraphFormat& format) {
    const std::string prefix = column.id + " = ";
    return layout::Paragraph(prefix + column.text + suffix, style, format).from(column.origin.after_prefix(prefix.size()));
}

void add_title(layout::FlowLayouter& flow, const std::string& title, const model::Unit& unit) {
    layout::Heading h = form_heading(title, 18);
    h.format.align = text::Align::center;
    h.format.space_before = 0;
    flow.add(layout::Block(std::move(h)));
    layout::TextStyle bold = form_bold(kFormSize);
    layout::ParagraphFormat centred;
    centred.align = text::Align::center;
    flow.add(layout::Block(layout::Paragraph(unit.kind.value + " " + unit.code.value, bold, centred).from(unit.kind.origin)));
    centred.space_after = 6;
    flow.add(layout::Block(layout::Paragraph(unit.title.value, bold, centred).from(unit.title.origin)));
}

std::string edition_text(const model::Edition& edition, bool thai_digits) {
    if (!edition.revision && !edition.date) return {};
    std::optional<int> year;
    if (edition.date) year = edition.date->year + 543;
    return std::string(kRevisionLabel) + " " + layout::format_revision(edition.revision, year, thai_digits);
}

void decorate_form(layout::Document& doc, const std::string& form_name, const model::Unit& unit,
                   const layout::TextSetter& setter, const layout::PageSetup& page, bool thai_digits) {
    layout::PageDecorations deco;
    deco.header_left = unit.code.value;
    deco.header_right = form_name;
    deco.footer_left = edition_text(unit.edition, thai_digits);
    deco.thai_digits = thai_digits;
    layout::decorate_pages(doc, deco, setter, page);
}

void decorate_candidate_form(layout::Document& doc, const std::string& form_name, const model::Unit& unit,
                             const layout::TextSetter& setter, const layout::PageSetup& page, bool thai_digits,
                             const std::string& slot) {
    layout::PageDecorations deco;
    deco.header_left = unit.code.value + "  " + form_name;
    deco.header_slot = slot;
    deco.footer_left = edition_text(unit.edition, thai_digits);
    deco.thai_digits = thai_digits;
    layout::decorate_pages(doc, deco, setter, page);
}

} // namespace compforms::forms
