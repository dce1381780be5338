// The commands of the compforms executable, as data: each names its task, its help and
// the options it takes, and turns its arguments into a Job. Nothing else happens here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/args.hpp"
#include "job/job.hpp"

namespace compforms::cli {

struct Command {
    const char* name;          // "scoresheet"
    Task task;
    const char* help;
    std::vector<OptionSpec> options;
};

// nullptr for a word that names no command.
const Command* find_command(std::string_view name);

// The job the arguments ask for; throws UsageError for a value the option cannot take.
Job job_from_args(const Command& command, const Args& args);

// The program behind main(): argv in, exit status out.
int run(int argc, char** argv);

} // namespace compforms::cli
