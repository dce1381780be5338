#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {

// Placeholder until the command is built.
int run_proof(const Argv&) { throw UsageError("'proof' is not available yet"); }

} // namespace compforms::cli
