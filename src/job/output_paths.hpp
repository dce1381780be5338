// Where the files of a batch go: one per candidate and form, DIR/<safe ID><suffix>, never
// outside DIR, never two on one name, never over the unit's own files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "job/candidates.hpp"
#include "job/run_context.hpp"

namespace compforms::job {

// Paths for every candidate of the batch, one list per suffix ("-scoresheet.pdf"), in
// batch order. A renamed ID is warned about (by the first suffix's file); rows whose
// names clash with an earlier row's, or with one of `reserved` (the unit's own files), are
// bad rows (see drop_bad_rows). False when the run must stop.
bool plan_candidate_paths(RunContext& run, CandidateBatch& batch, const std::filesystem::path& dir,
                          const std::vector<std::string>& suffixes, const std::vector<std::string>& reserved,
                          std::vector<std::vector<std::string>>& paths);

// Creates the output folder (and its parents) when missing; false with an error otherwise.
bool ensure_directory(RunContext& run, const std::filesystem::path& dir);

// True when the output names a PDF file rather than a folder.
bool names_pdf(const std::string& output);

} // namespace compforms::job
