#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {

// Placeholder until the command is built.
int run_scoresheet(const Argv&) { throw UsageError("'scoresheet' is not available yet"); }

} // namespace compforms::cli
