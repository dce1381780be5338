#include <cstdio>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "source/unit_loader.hpp"

namespace compforms::cli {
namespace {

constexpr const char* kHelp =
    "usage: compforms check FILE.xml...\n"
    "\n"
    "Reads each unit source, validates it and prints every problem to stderr as\n"
    "FILE:LINE:COLUMN: error|warning: message, then one summary line per file to stdout.\n"
    "\n"
    "options:\n"
    "  -h, --help     show this help\n"
    "  --version      show the version\n"
    "\n"
    "Exit status: 0 no errors (warnings allowed), 1 some file has an error, 2 bad usage.\n";

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string summary(const source::LoadedUnit& loaded) {
    const Diagnostics& d = loaded.diagnostics;
    if (!loaded.ok())
        return loaded.path + ": " + plural(d.error_count(), "error") + ", " + plural(d.warning_count(), "warning");
    std::size_t criteria = model::all_criteria(loaded.unit).size();
    return loaded.path + ": ok (" + plural(loaded.unit.elements.size(), "element") + ", " +
           std::to_string(criteria) + (criteria == 1 ? " criterion" : " criteria") + ", " +
           plural(d.warning_count(), "warning") + ")";
}

} // namespace

int run_check(const Argv& argv) {
    Args args(argv, {{"--help", "-h", false}, {"--version", "", false}});
    if (auto done = answer_help_or_version(args, kHelp)) return *done;
    if (args.positional().empty()) throw UsageError("no FILE given");
    int status = kExitOk;
    for (const std::string& path : args.positional()) {
        source::LoadedUnit loaded = source::load_unit(path);
        for (const Diagnostic& d : loaded.diagnostics.all())
            std::fprintf(stderr, "%s\n", format(d).c_str());
        std::printf("%s\n", summary(loaded).c_str());
        if (!loaded.ok()) status = kExitBadInput;
    }
    std::fflush(stdout);
    return status;
}

} // namespace compforms::cli
