#include "forms/elements_table.hpp"

#include <algorithm>

#include "forms/section_headings.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {
namespace {

// The table is set a size smaller than body text, as tables in official papers are: four
// columns at 16 pt leave the criteria a column two or three words wide.
constexpr double kTableSize = 14;
// Lines of a cell 1.45 em apart (the font's ink extents would give 1.6): under 1.5 em
// pdftotext reads a wrapped cell as one block instead of interleaving it, line by line,
// with the cell beside it.
constexpr double kTableLineHeight = 1.45;

layout::TextStyle table_style(bool bold = false) {
    layout::TextStyle s = bold ? layout::bold_style(kTableSize) : layout::TextStyle{};
    s.size = kTableSize;
    s.line_height = kTableLineHeight;
    return s;
}

// A column head, one paragraph per line of it.
layout::Cell head_cell(const ColumnHead& head) {
    layout::Cell c;
    for (const char* line : head.lines)
        if (line) c.content.push_back(layout::CellParagraph{line, table_style(true), text::Align::center});
    c.valign = layout::VAlign::middle;
    return c;
}

// A column as wide as its widest text or head line (codes and heads never break).
double code_column(const layout::TextSetter& setter, const std::vector<std::string>& texts, const ColumnHead& head,
                   const layout::Table& t) {
    double w = 0;
    for (const auto& s : texts) w = std::max(w, setter.width(s, table_style()));
    for (const char* line : head.lines)
        if (line) w = std::max(w, setter.width(line, table_style(true)));
    return w + 2 * t.padding_x + 2 * t.border_width + 1;
}

// The criteria column's width at least, as a share of the table's, before codes stack.
constexpr double kCriteriaAtLeast = 0.2;
// The head of the codes stacked in one column.
constexpr ColumnHead kColumnStackedCodes = {{"รหัส PC", "(ตามเล่ม/", "จากระบบ)"}};

// The columns the unit fills: element, criteria, then a book code and a system code column
// only where PCs have them, and the assessment column (section 11's third) only where an
// element gives one. Code columns fit their codes; of the rest the element column takes a
// third (at least its head's longest line) and the criteria the remainder, less a third
// for the assessment column.
struct Columns {
    bool book = false, system = false, assessment = false;
    bool stacked = false;   // the two codes in one column, the book code over the system code
    // The codes on a line above the criterion, in its cell, and no code column: a code wider
    // than kCodeColumnAtMost would wrap in its column, and pdftotext's default order reads
    // the pieces of a wrapped code, to the right of the criterion, into the criterion.
    bool in_criterion = false;
    std::vector<layout::ColumnWidth> widths;
};

Columns columns(const model::Unit& unit, const layout::TextSetter& setter, const layout::Table& t, double content_width) {
    Columns c;
    c.book = model::has_book_codes(unit);
    c.system = model::has_system_codes(unit);
    for (const model::Element& e : unit.elements) c.assessment = c.assessment || e.assessment.has_value();
    std::vector<std::string> book_codes, system_codes;
    for (const model::Criterion* pc : model::all_criteria(unit)) {
        book_codes.push_back(pc->code);
        system_codes.push_back(pc->system_code);
    }
    // Long codes wrap in their cells rather than take the criteria's width.
    const auto capped = [&](const std::vector<std::string>& codes, const ColumnHead& head) {
        return std::max(std::min(code_column(setter, codes, head, t), kCodeColumnAtMost), code_column(setter, {}, head, t));
    };
    c.in_criterion = (c.book && code_column(setter, book_codes, {}, t) > kCodeColumnAtMost) ||
                     (c.system && code_column(setter, system_codes, {}, t) > kCodeColumnAtMost);
    const double book_w = c.book ? capped(book_codes, kColumnBookCode) : 0;
    const double system_w = c.system ? capped(system_codes, kColumnSystemCode) : 0;
    const double element_min = code_column(setter, {}, kColumnElement, t);
    const double share = c.assessment ? 1.8 : 1;   // the criteria's and the assessment's
    auto criteria_width = [&](double codes) {
        const double rest = content_width - codes;
        return (rest - std::max(element_min, rest * (c.assessment ? 0.22 : 0.34))) / share;
    };
    // Long codes in two columns (ECM-ZZZ-5-011ZA.01) squeeze the criteria to a few letters a
    // line: the codes then stack in one column, as on the scoring sheet.
    c.stacked = c.book && c.system && criteria_width(book_w + system_w) < kCriteriaAtLeast * content_width;
    double codes_w = c.stacked ? std::max(capped(book_codes, kColumnStackedCodes), system_w) : book_w + system_w;
    if (criteria_width(codes_w) < kCriteriaAtLeast * content_width) c.in_criterion = true;
    if (c.in_criterion) {
        c.stacked = false;
        codes_w = 0;
    }
    const double rest = content_width - codes_w;
    const double element_w = std::max(element_min, rest * (c.assessment ? 0.22 : 0.34));
    c.widths = {layout::ColumnWidth::fixed_pt(element_w), layout::ColumnWidth::relative(1)};
    if (c.stacked) {
        c.widths.push_back(layout::ColumnWidth::fixed_pt(codes_w));
    } else if (!c.in_criterion) {
        if (c.book) c.widths.push_back(layout::ColumnWidth::fixed_pt(book_w));
        if (c.system) c.widths.push_back(layout::ColumnWidth::fixed_pt(system_w));
    }
    if (c.assessment) c.widths.push_back(layout::ColumnWidth::relative(0.8));
    return c;
}

// The element's cell, spanning its PCs and continued under "DL101 (ต่อ)" on a next page.
layout::Cell element_cell(const model::Element& e) {
    layout::Cell el;
    el.content.push_back(layout::CellParagraph{e.code, table_style(true), text::Align::left});
    el.content.push_back(layout::CellParagraph{e.title.value, table_style(), text::Align::left, e.title.origin});
    el.rowspan = static_cast<int>(e.criteria.size());
    el.continued_label = e.code + " (ต่อ)";
    return el;
}

// The element's assessment (third column), spanning its PCs: each paragraph or item as the
// standard prints it, an item after its label.
layout::Cell assessment_cell(const model::Element& e) {
    layout::Cell cell;
    if (e.assessment) {
        for (const model::Block& b : e.assessment->blocks) {
            const std::string label = b.label.empty() ? std::string() : b.label + " ";
            cell.content.push_back(layout::CellParagraph{label + b.text.value, table_style(), text::Align::left,
                                                         b.text.origin.after_prefix(label.size())});
        }
        if (e.assessment->not_applicable)
            cell.content.push_back(layout::CellParagraph{e.assessment->not_applicable_text.value.empty()
                                                             ? std::string(kNotApplicable)
                                                             : e.assessment->not_applicable_text.value,
                                                         table_style(), text::Align::left,
                                                         e.assessment->not_applicable_text.origin});
    }
    cell.rowspan = static_cast<int>(e.criteria.size());
    if (!cell.content.empty()) cell.continued_label = e.code + " (ต่อ)";   // nothing to continue else
    return cell;
}

} // namespace

layout::Table elements_table(const model::Unit& unit, const FormOptions& options, const layout::TextSetter& setter,
                             double content_width, const editions::ChangedParts* changes) {
    layout::Table t;
    t.padding_x = 7.5;
    t.padding_y = 2;
    t.paragraph_gap = 0;
    t.space_before = 4;
    t.space_after = 4;
    const Columns cols = columns(unit, setter, t, content_width);
    t.columns = cols.widths;
    layout::Row header({head_cell(kColumnElement), head_cell(kColumnCriterion)});
    if (cols.in_criterion) {
        header.cells[1].content.push_back(layout::CellParagraph{cols.system ? "(รหัส PC เล่ม/ระบบ)" : "(รหัส PC)",
                                                                table_style(true), text::Align::center});
    } else if (cols.stacked) {
        header.cells.push_back(head_cell(kColumnStackedCodes));
    } else {
        if (cols.book) header.cells.push_back(head_cell(kColumnBookCode));
        if (cols.system) header.cells.push_back(head_cell(kColumnSystemCode));
    }
    if (cols.assessment) header.cells.push_back(head_cell(kColumnAssessment));
    t.header_rows.push_back(std::move(header));
    const layout::TextStyle plain = table_style();
    for (const model::Element& e : unit.elements) {
        for (std::size_t i = 0; i < e.criteria.size(); ++i) {
            const model::Criterion& pc = e.criteria[i];
            layout::Row row;
            if (i == 0) {
                row.cells.push_back(element_cell(e));
                row.outline = layout::OutlineTarget{e.code + " " + e.title.value, 1};
            }
            // Numbers the booklet prints itself may be Thai digits; codes never.
            const std::string label = (options.thai_digits ? layout::to_thai_digits(pc.number) : pc.number) + " ";
            layout::Cell criterion(label + pc.text.value, plain);
            criterion.from(pc.text.origin.after_prefix(label.size()));
            if (cols.in_criterion)   // the book code over the system code, as in a stacked code column
                for (const std::string* code : {&pc.system_code, &pc.code})
                    if (!code->empty())
                        criterion.content.insert(criterion.content.begin(),
                                                 layout::CellParagraph{*code, table_style(true), text::Align::left});
            row.cells.push_back(std::move(criterion));
            if (cols.stacked) {
                layout::Cell codes(pc.code, plain, text::Align::center);
                codes.content.push_back(layout::CellParagraph{pc.system_code, plain, text::Align::center});
                row.cells.push_back(std::move(codes));
            } else if (!cols.in_criterion) {
                if (cols.book) row.cells.push_back(layout::Cell(pc.code, plain, text::Align::center));
                if (cols.system) row.cells.push_back(layout::Cell(pc.system_code, plain, text::Align::center));
            }
            if (cols.assessment && i == 0) row.cells.push_back(assessment_cell(e));
            row.dests.push_back(pc.name());
            row.change_bar = changes && changes->has(pc);
            t.rows.push_back(std::move(row));
        }
    }
    return t;
}

} // namespace compforms::forms
