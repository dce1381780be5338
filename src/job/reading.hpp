// The read task: scanned pages of a unit's sheets back into RESULTS.csv (and, with
// --review, a crop of every blank or ambiguous row for a person to decide).
#pragma once

#include "job/inputs.hpp"
#include "job/run_context.hpp"
#include "layout/text_setter.hpp"

namespace compforms::job {

void read_scans(RunContext& run, const Inputs& in, const layout::TextSetter& setter);

} // namespace compforms::job
