#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {

// Placeholder until the command is built.
int run_checklist(const Argv&) { throw UsageError("'checklist' is not available yet"); }

} // namespace compforms::cli
