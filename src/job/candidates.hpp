// The candidates of a batch: the job's CSV read with every problem reported at its line,
// rows the fonts cannot print refused like any bad row, and the bad rows either stopping
// the run or, with skip_bad, left out (the run then still ends with exit status 1).
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "job/run_context.hpp"
#include "forms/form_template.hpp"
#include "layout/text_setter.hpp"
#include "model/candidate.hpp"

namespace compforms::job {

struct CandidateBatch {
    std::vector<model::Candidate> rows;   // to print, in CSV order
    std::size_t skipped = 0;              // bad rows left out
};

// nullopt when the run must stop (nothing is written then).
std::optional<CandidateBatch> load_candidates(RunContext& run, const layout::TextSetter& setter);

// Rows with a value too long to print legibly in its line on one of `forms` (named as the
// user knows them) are bad rows: a value never prints over what stands beside it.
bool drop_unfit_rows(RunContext& run, CandidateBatch& batch,
                     const std::vector<std::pair<const char*, const forms::FormTemplate*>>& forms);

// Leaves out the rows marked `bad`: without skip_bad the run stops (returns false) with
// a line saying why nothing is written.
bool drop_bad_rows(RunContext& run, CandidateBatch& batch, const std::vector<bool>& bad, const char* why);

} // namespace compforms::job
