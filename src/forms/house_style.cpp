#include "forms/form_parts.hpp"

#include <algorithm>

#include "layout/flow.hpp"
#include "layout/page_decorations.hpp"

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
                      double min, text::Typesetter& ts, const text::FontSet& fonts) {
    double w = 0;
    for (const std::string& t : texts) w = std::max(w, ts.width(t, fonts.get(style.font), style.size));
    return std::max(min, w + 2 * padding_x + 2);   // 2 pt slack: rounding must never wrap a code
}

layout::Cell header_cell(const std::string& text, double size) {
    return layout::Cell(text, table_bold(size), text::Align::center).middle();
}

layout::Cell box_cell(double column_width, double padding_x) {
    layout::CheckBoxRow row("", {layout::CheckBox{"", false}}, table_style());
    row.box_size = kBoxSide;
    row.left_indent = std::max(0.0, (column_width - 2 * padding_x - kBoxSide) / 2);
    layout::Cell cell(std::move(row));
    return cell.middle();
}

void add_title(layout::FlowLayouter& flow, const std::string& title, const model::Unit& unit) {
    layout::Heading h = form_heading(title, 18);
    h.format.align = text::Align::center;
    h.format.space_before = 0;
    flow.add(layout::Block(std::move(h)));
    layout::TextStyle bold = form_bold(kFormSize);
    layout::ParagraphFormat centred;
    centred.align = text::Align::center;
    flow.add(layout::Block(layout::Paragraph(unit.kind.value + " " + unit.code.value, bold, centred)));
    centred.space_after = 6;
    flow.add(layout::Block(layout::Paragraph(unit.title.value, bold, centred)));
}

void decorate_form(layout::Document& doc, const std::string& form_name, const model::Unit& unit,
                   text::Typesetter& ts, const text::FontSet& fonts, const layout::PageSetup& page) {
    layout::PageDecorations deco;
    deco.header_left = unit.code.value;
    deco.header_right = form_name;
    layout::decorate_pages(doc, deco, ts, fonts, page);
}

} // namespace compforms::forms
