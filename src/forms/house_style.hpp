// The house style of the assessment forms, so they look alike: sizes, the page, the
// emphasis, header cells, a tick box centred in a cell, the title lines, the running
// header and footer.
#pragma once

#include <string>
#include <vector>

#include "forms/coverage.hpp"
#include "layout/block.hpp"
#include "layout/flow.hpp"
#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "layout/text_setter.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

constexpr double kFormSize = 16;            // body text (official papers)
constexpr double kTableSize = 14;           // table text: narrow columns need it
constexpr double kHeaderSize = 14;          // table header cells (bold)
constexpr double kResultHeadSize = 12;      // the heads over narrow columns of tick boxes
// Lines of a table cell 1.45 em apart, as in the booklet (the font's ink extents would
// give 1.6): under 1.5 em pdftotext reads a wrapped cell as one block instead of
// interleaving it, line by line, with the cell beside it; and a row of three lines is a
// line shorter.
constexpr double kTableLineHeight = 1.45;
constexpr double kBoxSide = layout::mm(5);  // a box to tick by hand (>= 4 mm)

// A4 with the margins of a form, narrower than a letter's (forms are not letters): left
// 20 mm, right 15 mm, top 20 mm, bottom 15 mm. The running header and footer still fit
// in the top and bottom margins.
layout::PageSetup form_page();

// The emphasis of the assessment forms: the Regular face, its outlines stroked 3% of the
// size wide (synthetic bold). A centre prints these forms by the hundred as separate
// files, and the Bold face would be a second font program in each of them. The booklet,
// printed once, keeps the real Bold.
constexpr double kFormEmbolden = 0.03;
layout::TextStyle form_bold(double size = kFormSize);
// A heading of the forms (kept with the next block like every Heading), in form_bold.
layout::Heading form_heading(const std::string& text, double size = kFormSize);

// Table text at `size` (kTableSize unless told), lines kTableLineHeight apart.
layout::TextStyle table_style(double size = kTableSize);
layout::TextStyle table_bold(double size = kTableSize);

// The width of a column whose cells must each hold one of `texts` on one line unbroken
// (codes, short header words), plus the table's padding; at least `min`.
double column_fitting(const std::vector<std::string>& texts, const layout::TextStyle& style, double padding_x,
                      double min, const layout::TextSetter& setter);

// The shading of an element's heading row and of a totals row.
inline const layout::Color kGroupFill{0.94, 0.94, 0.94};

// What the forms' code column prints, for measuring it: every element's code (its heading
// row starts there) and every PC's name and system code.
std::vector<std::string> pc_codes(const model::Unit& unit);
// The head of that column, as the unit's PCs are named: "รหัส PC (เล่ม/ระบบ)" with both
// codes, "รหัส PC" with book codes only, "ข้อ" (the PC's number) without codes, "ข้อ (ระบบ)"
// with system codes only. `lines` gives the head cut where a narrow column wraps it.
std::string pc_column_head(const model::Unit& unit);
std::vector<std::string> pc_column_head_lines(const model::Unit& unit);
// Whether a PC table gives the codes a column of their own: yes when every text of
// pc_codes fits on one line in a column of at most kCodeColumnAtMost (section_headings.hpp)
// in `style`. A code that wraps there is read by pdftotext's default order into the middle
// of the criterion beside it; such a table prints the codes above the criterion instead
// (criterion_cell_with_codes), and its element rows across the whole width.
bool codes_fit_column(const model::Unit& unit, const layout::TextStyle& style, double padding_x,
                      const layout::TextSetter& setter);
// The width of the code column of a table whose codes fit one (codes_fit_column): each
// code and each line of the head on one line, with the table's padding; and a gutter of
// 1.5 em from the end of a system code to the next column. A system code is the second
// line of a PC's cell, beside the criterion's second line: closer than 1.5 em (poppler's
// widest gap inside a line), pdftotext's default order pulls it into the criterion.
double code_column_width(const model::Unit& unit, const layout::TextStyle& body, const layout::TextStyle& head,
                         double padding_x, const layout::TextSetter& setter);
// The head of a criterion column that carries the codes above each criterion.
layout::Cell criterion_head_with_codes(const model::Unit& unit, double size = kHeaderSize);
// A PC's criterion cell with its codes on the line above the text ("ECM-ZZZ-5-011ZA.01 /
// 170955" in `code_style`; the number alone for a PC without codes), for a table without a
// code column; the cell a link to the PC's row in the booklet when `link`.
layout::Cell criterion_cell_with_codes(const model::Criterion& pc, const layout::TextStyle& style,
                                       const layout::TextStyle& code_style, bool link);
// A PC's name and system code stacked in one cell ("DL101.01" over "191372"; "1.1" alone
// for a PC without codes), the name a link to its row in the booklet when `link`.
layout::Cell pc_code_cell(const model::Criterion& pc, const layout::TextStyle& style, bool link);
// An element's heading row: its code, then its title across `span` columns, shaded; kept
// with its first PC, and repeated with "(ต่อ)" on a page its PCs continue on (rows of the
// group point at it with Row::group_heading: see add_element_rows).
// Without a code column (`code_column` false), the code and title share one cell across
// `span` columns.
layout::Row element_row(const model::Element& element, const layout::TextStyle& style, int span,
                        bool code_column = true);
// Appends an element's heading row, then a row per PC made by `pc_row`, grouped under it.
template <typename MakeRow>
void add_element_rows(layout::Table& t, const model::Element& element, const layout::TextStyle& style, int span,
                      MakeRow pc_row, bool code_column = true) {
    const int heading = static_cast<int>(t.rows.size());
    t.rows.push_back(element_row(element, style, span, code_column));
    for (const model::Criterion& pc : element.criteria) {
        layout::Row row = pc_row(pc);
        row.group_heading = heading;
        t.rows.push_back(std::move(row));
    }
}

// A legend: its heading, then a line per entry, kept together on one page (and the heading
// with the first line).
void add_legend(layout::FlowLayouter& flow, const std::string& heading, std::vector<layout::Paragraph> lines);

// A bold, centred header cell (kHeaderSize unless told).
layout::Cell header_cell(const std::string& text, double size = kHeaderSize);
// A cell holding one empty tick box, centred in a column of `column_width` points
// (with the table's padding `padding_x` each side); the box is the field `field` (its
// `choice`) a scan is read at (layout::FieldItem).
layout::Cell box_cell(double column_width, double padding_x, const std::string& field, int choice);

// A legend line "ID = text<suffix>" for a column of evidence or methods.
layout::Paragraph legend_line(const CoverageColumn& column, const std::string& suffix, const layout::TextStyle& style,
                              const layout::ParagraphFormat& format);

// The form's title lines: a centred bold title, then the unit's code and title.
void add_title(layout::FlowLayouter& flow, const std::string& title, const model::Unit& unit);

// Running header (unit code, form name) and footer ("หน้า X/Y", Thai digits when asked).
void decorate_form(layout::Document& doc, const std::string& form_name, const model::Unit& unit,
                   const layout::TextSetter& setter, const layout::PageSetup& page, bool thai_digits);
// A candidate's form: the header names the unit and the form at the left, and the candidate
// (the kHeaderSlot of candidate_details.hpp) and the page "n/N" at the right, so that a loose
// page goes back to its candidate.
void decorate_candidate_form(layout::Document& doc, const std::string& form_name, const model::Unit& unit,
                             const layout::TextSetter& setter, const layout::PageSetup& page, bool thai_digits,
                             const std::string& slot);

// The edition as the running footers and the cover print it: "ทบทวนครั้งที่ 1 / 2566",
// or empty when the source has no edition facts at all. Every page of every form prints it,
// so a filed sheet says which edition it assessed against.
std::string edition_text(const model::Edition& edition, bool thai_digits);

} // namespace compforms::forms
