// The modification history a revised edition prints (ประวัติการแก้ไข): one row per
// revision, oldest first, with its Buddhist-Era date and what it changed.
#pragma once

#include <optional>

#include "layout/table.hpp"
#include "layout/text_setter.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

inline constexpr const char* kHistoryHeading = "ประวัติการแก้ไข";
inline constexpr const char* kHistoryRevisionHead = "ครั้งที่";
inline constexpr const char* kHistoryDateHead = "วันที่";
inline constexpr const char* kHistorySummaryHead = "สรุปการแก้ไข";

// The table of `edition`'s history, none when it has no history. Revision numbers and
// dates in Thai digits when asked; the summaries as the source writes them.
std::optional<layout::Table> history_table(const model::Edition& edition, const layout::TextSetter& setter,
                                           bool thai_digits);

} // namespace compforms::forms
