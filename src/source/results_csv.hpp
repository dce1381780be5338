// RESULTS.csv, as `compforms read` writes it and `--results` reads it:
//     candidate_id,form,page,item,result,fill_pass,fill_fail,source
// one row per pair of boxes. Reading needs only candidate_id, form, item and result (a
// results file typed by hand may leave the rest empty); every bad row is an error at its
// line, and none of its results is used.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.hpp"
#include "model/result.hpp"

namespace compforms::source {

inline constexpr const char* kResultsHeader = "candidate_id,form,page,item,result,fill_pass,fill_fail,source";

std::string format_results_csv(const std::vector<model::RecordedResult>& rows);

std::vector<model::RecordedResult> read_results_csv(std::string_view text, const std::string& path, Diagnostics& diags);

} // namespace compforms::source
