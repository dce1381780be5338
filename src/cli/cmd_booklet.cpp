#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {

// Placeholder until the command is built.
int run_booklet(const Argv&) { throw UsageError("'booklet' is not available yet"); }

} // namespace compforms::cli
