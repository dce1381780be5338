// Whether a job makes sense, decided before anything is read: the right number of sources,
// an output where one is needed, options that go together. A problem is bad usage (exit 2).
#pragma once

#include "job/run_context.hpp"

namespace compforms::job {

bool check_usage(RunContext& run);

} // namespace compforms::job
