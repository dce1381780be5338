// check --previous: the job's one source checked as a revision of the previous edition.
#pragma once

#include "job/inputs.hpp"
#include "job/run_context.hpp"

namespace compforms::job {

// Loads the previous edition (its own problems reported: it is input too) and reports each
// way the source fails to revise it, located in the source and counted in its summary.
void check_previous_edition(RunContext& run, Inputs& in);

} // namespace compforms::job
