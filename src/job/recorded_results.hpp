// --results: the results a RESULTS.csv records, as the ticks each candidate's copy of a form
// prints (a re-print of a digital record, and the exact source of the tests' scans).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "forms/form_template.hpp"
#include "job/run_context.hpp"

namespace compforms::job {

// candidate ID → item → the box ticked (0 ผ่าน/มี, 1 ไม่ผ่าน/ไม่มี).
using RecordedTicks = std::map<std::string, std::map<std::string, int>>;

// The job's --results rows of the form `name` ("scoresheet" or "checklist"); blank and ambiguous
// rows tick nothing. A row whose item the form lacks, or a malformed file, is an error at
// its line: nothing then.
std::optional<RecordedTicks> load_recorded_ticks(RunContext& run, const forms::FormTemplate& form, const char* name);

} // namespace compforms::job
