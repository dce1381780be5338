#include "forms/history_table.hpp"

#include <algorithm>
#include <string>

#include "forms/house_style.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {

std::optional<layout::Table> history_table(const model::Edition& edition, const layout::TextSetter& setter,
                                           bool thai_digits) {
    if (edition.history.empty()) return std::nullopt;
    layout::Table t;
    const layout::TextStyle style = table_style();
    std::vector<std::string> revisions{kHistoryRevisionHead}, dates{kHistoryDateHead};
    std::vector<layout::Row> rows;
    for (const model::HistoryEntry& e : edition.history) {
        std::string revision = std::to_string(e.revision);
        if (thai_digits) revision = layout::to_thai_digits(revision);
        std::string date = layout::format_thai_date(e.date.year, e.date.month, e.date.day, thai_digits);
        revisions.push_back(revision);
        dates.push_back(date);
        layout::Row row({layout::Cell(revision, style, text::Align::center), layout::Cell(date, style),
                         layout::Cell(e.summary.value, style).from(e.summary.origin)});
        rows.push_back(std::move(row));
    }
    // Revision and date never break: their columns fit the widest (head included).
    t.columns = {layout::ColumnWidth::fixed_pt(column_fitting(revisions, table_bold(), t.padding_x, 0, setter)),
                 layout::ColumnWidth::fixed_pt(column_fitting(dates, table_bold(), t.padding_x, 0, setter)),
                 layout::ColumnWidth::relative(1)};
    t.header_rows.push_back(layout::Row({header_cell(kHistoryRevisionHead), header_cell(kHistoryDateHead),
                                         header_cell(kHistorySummaryHead)}));
    t.rows = std::move(rows);
    return t;
}

} // namespace compforms::forms
