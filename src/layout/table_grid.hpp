// The grid of a table: which column each cell starts in (cells skip the columns a
// rowspan above covers; columns nobody covers get an empty cell, so borders stay closed)
// and how wide every column is.
#pragma once

#include <vector>

#include "layout/table.hpp"

namespace compforms::layout {

struct GridCell {
    const Cell* cell = nullptr;
    int row = 0, col = 0, rowspan = 1, colspan = 1;
};

// Throws LayoutError for a row with more cells than the table has columns; `what` names
// the rows in that message ("header", "body").
std::vector<GridCell> place_in_grid(const std::vector<Row>& rows, int ncols, const char* what);

// Fixed columns take their points; relative ones share what is left (the last column
// takes it when none is relative); all shrink in proportion when they would overflow.
std::vector<double> column_widths(const std::vector<ColumnWidth>& columns, double width);

} // namespace compforms::layout
