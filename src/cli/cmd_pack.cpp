#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {

// Placeholder until the command is built.
int run_pack(const Argv&) { throw UsageError("'pack' is not available yet"); }

} // namespace compforms::cli
