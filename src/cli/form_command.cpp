#include "cli/form_command.hpp"

#include <cstdio>

#include "cli/batch_runner.hpp"
#include "forms/candidate_details.hpp"

namespace compforms::cli {

int run_form_command(const FormKind& kind, const Argv& argv) {
    Args args(argv, batch_option_specs());
    if (auto done = answer_help_or_version(args, kind.help)) return *done;
    if (args.positional().size() != 1) throw UsageError("give exactly one FILE.xml");
    auto out = args.value("--output");
    if (!out || out->empty()) throw UsageError("no output given (-o)");
    const bool batch = args.has("--candidates");
    if (!batch && (args.has("--merge") || args.has("--skip-bad") || args.has("--encoding")))
        throw UsageError("--merge, --skip-bad and --encoding need --candidates");

    auto loaded = load_unit_reporting(args.positional()[0]);
    if (!loaded) return kExitBadInput;
    auto fonts = load_fonts(args);
    CandidateList list;
    std::vector<std::string> paths;
    const bool merge = args.has("--merge");
    if (batch) {
        list = load_candidates_reporting(args);
        if (!list.stop) check_printable(list, fonts->regular(), args);
        if (!list.stop && !merge) paths = plan_candidate_files(list, *out, kind.suffix, args);
        if (list.stop) return kExitBadInput;
    }
    text::Typesetter ts;
    forms::FormTemplate form = kind.make(loaded->unit, ts, *fonts, {});
    forms::SlotSetter setter;

    const std::size_t unit_warnings = loaded->diagnostics.warning_count();
    if (!batch) {
        BatchWriter writer(1, "files");
        writer.warnings(unit_warnings);
        layout::Document doc = form.blank();
        writer.write(doc, *out);
        return writer.finish(0);
    }
    if (merge) {
        BatchWriter writer(1, "files");
        writer.warnings(unit_warnings + list.warnings);
        layout::Document doc;
        doc.info = form.blank().info;
        for (const model::Candidate& c : list.candidates)
            append_to_merged(doc, form, c, setter, forms::candidate_title(c));
        writer.write(doc, *out);
        return writer.finish(list.skipped);
    }
    ensure_directory(*out);
    form.reserve(forms::batch_values(list.candidates), setter);   // one font subset serves every file
    BatchWriter writer(list.candidates.size() + list.skipped, "files");
    writer.warnings(unit_warnings + list.warnings);
    writer.skipped(list.skipped);
    for (std::size_t i = 0; i < list.candidates.size(); ++i) {
        layout::Document doc;
        doc.info = form.blank().info;
        doc.info.title += " " + list.candidates[i].id;
        form.append_filled(doc, forms::candidate_values(list.candidates[i]), setter);
        writer.write(doc, paths[i]);
    }
    return writer.finish(list.skipped);
}

} // namespace compforms::cli
