#include <cstdio>
#include <exception>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace compforms::cli {
namespace {

constexpr const char* kUsage =
    "usage: compforms COMMAND [OPTIONS] ...\n"
    "\n"
    "Prints Thai competency standards and their assessment forms from one XML source.\n"
    "\n"
    "commands:\n"
    "  check FILE.xml...                      validate unit sources (gcc-style messages)\n"
    "  booklet FILE.xml -o OUT.pdf            the published standard\n"
    "  checklist FILE.xml -o OUT.pdf|DIR      evidence checklist and PC mapping matrix\n"
    "  scoresheet FILE.xml -o OUT.pdf|DIR     assessor scoring sheets\n"
    "  pack FILE.xml --candidates CSV -o DIR  booklet, checklists and sheets per candidate\n"
    "  proof FILE.txt -o OUT.pdf              set a text file through the Thai text engine\n"
    "\n"
    "`compforms COMMAND --help` describes a command. Exit status: 0 ok, 1 bad input, 2 bad usage.\n";

struct Command {
    const char* name;
    int (*run)(const Argv&);
};

constexpr Command kCommands[] = {
    {"check", run_check},         {"booklet", run_booklet}, {"checklist", run_checklist},
    {"scoresheet", run_scoresheet}, {"pack", run_pack},     {"proof", run_proof},
};

} // namespace

int run(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    std::string word = argv[1];
    if (word == "--help" || word == "-h" || word == "help") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (word == "--version") {
        std::printf("compforms %s\n", COMPFORMS_VERSION);
        return kExitOk;
    }
    Argv rest(argv + 2, argv + argc);
    for (const Command& c : kCommands) {
        if (word != c.name) continue;
        try {
            return c.run(rest);
        } catch (const UsageError& e) {
            std::fprintf(stderr, "compforms %s: %s\n(see 'compforms %s --help')\n", c.name, e.what(), c.name);
            return kExitUsage;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "compforms %s: error: %s\n", c.name, e.what());
            return kExitBadInput;
        }
    }
    std::fprintf(stderr, "compforms: unknown command '%s'\n\n%s", word.c_str(), kUsage);
    return kExitUsage;
}

} // namespace compforms::cli
