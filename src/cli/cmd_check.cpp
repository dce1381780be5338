#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {

// Placeholder until the command is built.
int run_check(const Argv&) { throw UsageError("'check' is not available yet"); }

} // namespace compforms::cli
