// The compforms executable: argv → Job → compforms::run → what the user reads and the exit
// status. All behaviour is in the library (job/job.hpp).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/commands.hpp"
#include "cli/help_texts.hpp"
#include "cli/reporter.hpp"

namespace compforms::cli {

int run(int argc, char** argv) {
    if (argc < 2) {
        std::fputs(kProgramHelp, stderr);
        return 2;
    }
    const std::string word = argv[1];
    if (word == "--help" || word == "-h" || word == "help") {
        std::fputs(kProgramHelp, stdout);
        return 0;
    }
    if (word == "--version") {
        std::printf("compforms %s\n", COMPFORMS_VERSION);
        return 0;
    }
    const Command* command = find_command(word);
    if (!command) {
        std::fprintf(stderr, "compforms: unknown command '%s'\n\n%s", word.c_str(), kProgramHelp);
        return 2;
    }
    Job job;
    try {
        const Args args(std::vector<std::string>(argv + 2, argv + argc), command->options);
        if (std::optional<int> done = answer_help_or_version(args, command->help)) return *done;
        job = job_from_args(*command, args);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "compforms %s: %s\n(see 'compforms %s --help')\n", command->name, e.what(), command->name);
        return 2;
    }
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) job.source_date_epoch = epoch;
    Reporter reporter(*command);
    const Result result = compforms::run(job, &reporter);
    reporter.finish(result);
    return result.exit_status();
}

} // namespace compforms::cli
