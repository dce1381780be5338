#include "cli/commands.hpp"

#include "cli/help_texts.hpp"

namespace compforms::cli {
namespace {

const OptionSpec kHelpOption{"--help", "-h", false};
const OptionSpec kVersionOption{"--version", "", false};
const OptionSpec kOutput{"--output", "-o", true};
const OptionSpec kFontDir{"--font-dir", "", true};
const OptionSpec kDigits{"--digits", "", true};

std::vector<OptionSpec> batch_options(bool results) {
    std::vector<OptionSpec> o = {kHelpOption, kVersionOption, kOutput, {"--candidates", "", true},
                                 {"--encoding", "", true}, {"--skip-bad", "", false}, {"--merge", "", false},
                                 {"--duplex", "", false}, kDigits, kFontDir};
    if (results) o.push_back({"--results", "", true});
    return o;
}

const std::vector<Command>& all_commands() {
    static const std::vector<Command> commands = {
        {"check", Task::check, kCheckHelp, {kHelpOption, kVersionOption, {"--previous", "", true}, kFontDir}},
        {"booklet", Task::booklet, kBookletHelp,
         {kHelpOption, kVersionOption, kOutput, {"--previous", "", true}, kDigits, kFontDir}},
        {"checklist", Task::checklist, kChecklistHelp, batch_options(true)},
        {"scoresheet", Task::scoresheet, kScoresheetHelp, batch_options(true)},
        {"pack", Task::pack, kPackHelp, batch_options(false)},
        {"read", Task::read, kReadHelp, {kHelpOption, kVersionOption, kOutput, {"--review", "", true}, kFontDir}},
        {"summary", Task::summary, kSummaryHelp, {kHelpOption, kVersionOption, kOutput, {"--csv", "", true}, kDigits, kFontDir}},
        {"proof", Task::proof, kProofHelp,
         {kHelpOption, kVersionOption, kOutput, {"--size", "", true}, {"--width", "", true}, {"--align", "", true},
          kFontDir}},
        {"extract", Task::extract, kExtractHelp, {kHelpOption, kVersionOption, kOutput}},
        {"diff", Task::diff, kDiffHelp, {kHelpOption, kVersionOption, kOutput, {"--mapping", "", true}, kDigits, kFontDir}},
    };
    return commands;
}

Digits digits_of(const Args& args) {
    const std::optional<std::string> v = args.value("--digits");
    if (!v || *v == "arabic") return Digits::arabic;
    if (*v == "thai") return Digits::thai;
    throw UsageError("--digits takes 'arabic' or 'thai', not '" + *v + "'");
}

ProofSettings proof_of(const Args& args) {
    ProofSettings p;
    p.size = args.number("--size").value_or(p.size);
    p.width_mm = args.number("--width").value_or(p.width_mm);
    if (const std::optional<std::string> a = args.value("--align")) {
        if (*a != "left" && *a != "justify") throw UsageError("--align takes left or justify, not '" + *a + "'");
        p.justify = *a == "justify";
    }
    return p;
}

} // namespace

const Command* find_command(std::string_view name) {
    for (const Command& c : all_commands())
        if (name == c.name) return &c;
    return nullptr;
}

Job job_from_args(const Command& command, const Args& args) {
    Job job;
    job.task = command.task;
    job.sources = args.positional();
    if (job.task == Task::read && job.sources.size() > 1) {   // read UNIT.xml SCAN...
        job.scans.assign(job.sources.begin() + 1, job.sources.end());
        job.sources.resize(1);
    }
    if (job.task == Task::summary && job.sources.size() == 2) {   // summary UNIT.xml RESULTS.csv
        job.results = job.sources.back();
        job.sources.pop_back();
    }
    if (job.results.empty()) job.results = args.value("--results").value_or("");
    job.summary_csv = args.value("--csv").value_or("");
    job.review_dir = args.value("--review").value_or("");
    job.output = args.value("--output").value_or("");
    job.mapping = args.value("--mapping").value_or("");
    job.previous = args.value("--previous").value_or("");
    job.candidates = args.value("--candidates").value_or("");
    job.encoding = args.value("--encoding").value_or("");
    job.skip_bad = args.has("--skip-bad");
    job.merge = args.has("--merge");
    job.duplex = args.has("--duplex");
    job.font_dir = args.value("--font-dir").value_or("");
    job.digits = digits_of(args);
    job.proof = proof_of(args);
    return job;
}

} // namespace compforms::cli
