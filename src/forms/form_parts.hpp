// Small pieces every assessment form is built from, so the forms look alike: sizes,
// header cells, a tick box centred in a cell, the page header and footer.
#pragma once

#include <string>
#include <vector>

#include "layout/block.hpp"
#include "layout/flow.hpp"
#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "model/unit.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::forms {

constexpr double kFormSize = 16;            // body text (official papers)
constexpr double kTableSize = 14;           // table text: narrow columns need it
constexpr double kHeaderSize = 13;          // table header cells
constexpr double kBoxSide = layout::mm(5);  // a box to tick by hand (>= 4 mm)

layout::TextStyle table_style();
layout::TextStyle table_bold();

// The width of a column whose cells must each hold one of `texts` on one line unbroken
// (codes, short header words), plus the table's padding; at least `min`.
double column_fitting(const std::vector<std::string>& texts, const layout::TextStyle& style, double padding_x,
                      double min, text::Typesetter& ts, const text::FontSet& fonts);

// A bold, centred header cell.
layout::Cell header_cell(const std::string& text);
// A cell holding one empty tick box, centred in a column of `column_width` points
// (with the table's padding `padding_x` each side).
layout::Cell box_cell(double column_width, double padding_x);

// The form's title lines: a centred bold title, then the unit's code and title.
void add_title(layout::FlowLayouter& flow, const std::string& title, const model::Unit& unit);

// Running header (unit code, form name) and footer ("หน้า X/Y").
void decorate_form(layout::Document& doc, const std::string& form_name, const model::Unit& unit,
                   text::Typesetter& ts, const text::FontSet& fonts, const layout::PageSetup& page);

} // namespace compforms::forms
