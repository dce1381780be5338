// The compforms executable: a thin shell over the library (cli::run, then job/job.hpp).
#include "cli/commands.hpp"

int main(int argc, char** argv) { return compforms::cli::run(argc, argv); }
