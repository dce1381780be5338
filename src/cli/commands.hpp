// The commands of the compforms executable. Each lives in its own cmd_*.cpp; each takes
// the arguments after its name, handles --help, and returns the exit status
// (0 ok, 1 bad input, 2 bad usage).
#pragma once

#include <string>
#include <vector>

namespace compforms::cli {

using Argv = std::vector<std::string>;

int run_check(const Argv& args);       // compforms check FILE...
int run_proof(const Argv& args);       // compforms proof FILE.txt -o OUT.pdf
int run_booklet(const Argv& args);     // compforms booklet FILE.xml -o OUT.pdf
int run_checklist(const Argv& args);   // compforms checklist FILE.xml -o OUT.pdf
int run_scoresheet(const Argv& args);  // compforms scoresheet FILE.xml -o OUT.pdf
int run_pack(const Argv& args);        // compforms pack FILE.xml --candidates CSV -o DIR

// Dispatches argv[1] to a command; the whole program behind main().
int run(int argc, char** argv);

} // namespace compforms::cli
