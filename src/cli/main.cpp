// The compforms executable: a thin shell over the library (all behaviour is in cli::run).
#include "cli/commands.hpp"

int main(int argc, char** argv) { return compforms::cli::run(argc, argv); }
