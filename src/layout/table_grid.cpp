#include "layout/table_grid.hpp"

#include <algorithm>
#include <numeric>
#include <string>

#include "layout/layout_error.hpp"

namespace compforms::layout {

std::vector<GridCell> place_in_grid(const std::vector<Row>& rows, int ncols, const char* what) {
    static const Cell empty;
    std::vector<GridCell> out;
    std::vector<std::vector<bool>> used(rows.size(), std::vector<bool>(ncols, false));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        int col = 0;
        for (const Cell& cell : rows[r].cells) {
            while (col < ncols && used[r][col]) ++col;
            const int cs = std::max(1, cell.colspan);
            if (col + cs > ncols)
                throw LayoutError(std::string("table ") + what + " row " + std::to_string(r + 1) +
                                  " has more cells than the table's " + std::to_string(ncols) + " columns");
            const int rs = std::clamp(cell.rowspan, 1, static_cast<int>(rows.size() - r));
            for (int i = 0; i < rs; ++i)
                for (int j = 0; j < cs; ++j) used[r + i][col + j] = true;
            out.push_back(GridCell{&cell, static_cast<int>(r), col, rs, cs});
            col += cs;
        }
        for (int c = 0; c < ncols; ++c)
            if (!used[r][c]) {
                used[r][c] = true;
                out.push_back(GridCell{&empty, static_cast<int>(r), c, 1, 1});
            }
    }
    return out;
}

std::vector<double> column_widths(const std::vector<ColumnWidth>& columns, double width) {
    const std::size_t n = columns.size();
    std::vector<double> w(n, 0);
    double fixed = 0, shares = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (columns[i].kind == ColumnWidth::Kind::fixed) {
            w[i] = columns[i].value;
            fixed += columns[i].value;
        } else {
            shares += std::max(0.0, columns[i].value);
        }
    }
    const double rest = width - fixed;
    if (shares > 0) {
        for (std::size_t i = 0; i < n; ++i)
            if (columns[i].kind == ColumnWidth::Kind::relative) w[i] = rest * std::max(0.0, columns[i].value) / shares;
    } else if (rest > 0 && n > 0) {
        w[n - 1] += rest;
    }
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    if (sum > width + 1e-6)
        for (double& v : w) v *= width / sum;
    return w;
}

} // namespace compforms::layout
