// The summary of a batch's recorded results (compforms summary): per candidate, each
// element's result and the unit's as the scoring sheet's own summary lines record them, and
// the items left blank or marked ambiguously, listed for follow-up.
#pragma once

#include <string>
#include <vector>

#include "forms/form_options.hpp"
#include "layout/document.hpp"
#include "layout/text_setter.hpp"
#include "model/result.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

inline constexpr const char* kResultSummaryTitle = "สรุปผลการประเมิน";

// One candidate's results: what their sheet's summary lines say, and what needs a look.
struct CandidateSummary {
    std::string candidate;
    std::vector<std::string> element_results;   // per element of the unit: pass, fail, blank, ambiguous, or ""
    std::string unit_result;                    // the same, for the unit
    std::vector<model::RecordedResult> follow_up;   // every blank or ambiguous row of theirs
};

// The candidates of `rows` by ID (a blank form's rows, with no candidate, are left out).
std::vector<CandidateSummary> summarise_results(const model::Unit& unit, const std::vector<model::RecordedResult>& rows);

// candidate_id,item,kind,result: a row per element and one for the unit per candidate
// (kind element or unit; an empty result where the sheet recorded none), then a row per
// follow-up item (kind follow-up, its result blank or ambiguous).
std::string summary_csv(const model::Unit& unit, const std::vector<CandidateSummary>& summaries);

layout::Document result_summary(const model::Unit& unit, const std::vector<CandidateSummary>& summaries,
                                const layout::TextSetter& setter, const FormOptions& options);

} // namespace compforms::forms
