// compforms pack: everything a centre prints for one assessment round, in one run.
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/args.hpp"
#include "cli/batch_runner.hpp"
#include "cli/commands.hpp"
#include "cli/reproducible_time.hpp"
#include "forms/booklet.hpp"
#include "forms/candidate_details.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/scoring_sheet.hpp"
#include "text/typesetter.hpp"

namespace compforms::cli {
namespace {

constexpr const char* kHelp =
    "usage: compforms pack FILE.xml --candidates CSV -o DIR [--skip-bad] [--encoding ENC]\n"
    "       compforms pack FILE.xml --candidates CSV --merge -o OUT.pdf|DIR\n"
    "\n"
    "Prints the assessment pack of a unit: DIR/<unit>-booklet.pdf (the standard),\n"
    "DIR/<unit>-checklist.pdf (blank evidence checklist and mapping matrix), and for each\n"
    "candidate DIR/<id>-scoresheet.pdf and DIR/<id>-checklist.pdf. An ID that is not a safe\n"
    "file name is written under a safe one (with a warning naming its CSV line).\n"
    "With --merge: one PDF (OUT.pdf, or DIR/<unit>-pack.pdf) holding the booklet, then each\n"
    "candidate's sheet and checklist, a bookmark per candidate, every PC code on the sheets\n"
    "a link to its row in the booklet.\n"
    "\n"
    "Every file is written to a temporary name and renamed, so an interrupted run never\n"
    "leaves a truncated PDF. Bad CSV rows are reported with their line; without --skip-bad\n"
    "nothing is written.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR      the folder (created if missing), or OUT.pdf with --merge\n"
    "  --candidates CSV      the candidates (candidate_id, name, centre, date, assessor)\n"
    "  --encoding ENC        utf-8, windows-874 or tis-620 (default: detect)\n"
    "  --skip-bad            write the good rows when some are bad (exit status 1 still)\n"
    "  --merge               one PDF for printing\n"
    "  --font-dir DIR        where Sarabun-*.ttf are\n"
    "  -h, --help            show this help\n"
    "  --version             show the version\n"
    "\n"
    "Exit status: 0 ok (warnings allowed), 1 bad input or rows skipped, 2 bad usage.\n";

bool ends_with_pdf(const std::string& s) {
    return s.size() >= 4 && (s.compare(s.size() - 4, 4, ".pdf") == 0 || s.compare(s.size() - 4, 4, ".PDF") == 0);
}

} // namespace

int run_pack(const Argv& argv) {
    Args args(argv, batch_option_specs());
    if (auto done = answer_help_or_version(args, kHelp)) return *done;
    if (args.positional().size() != 1) throw UsageError("give exactly one FILE.xml");
    auto out = args.value("--output");
    if (!out || out->empty()) throw UsageError("no output folder given (-o)");
    if (!args.has("--candidates")) throw UsageError("no candidates given (--candidates CSV)");
    const bool merge = args.has("--merge");
    if (!merge && ends_with_pdf(*out)) throw UsageError("-o names a folder (or use --merge for one PDF)");

    auto loaded = load_unit_reporting(args.positional()[0]);
    if (!loaded) return kExitBadInput;
    const model::Unit& unit = loaded->unit;
    auto fonts = load_fonts(args);

    // Everything that can make the run stop is checked before the first file is written.
    CandidateList list = load_candidates_reporting(args);
    if (!list.stop) check_printable(list, fonts->regular(), args);
    const std::filesystem::path dir = merge && ends_with_pdf(*out) ? std::filesystem::path(*out).parent_path()
                                                                   : std::filesystem::path(*out);
    const std::string unit_stem = safe_file_stem(unit.code.value).stem;
    std::vector<std::string> sheet_paths, checklist_paths;
    if (!list.stop && !merge) {
        sheet_paths = plan_candidate_files(list, dir, forms::ScoringSheet::kSuffix, args);
        // Same stems, so the same warnings and clashes: plan quietly.
        Diagnostics quiet;
        for (const PlannedOutput& p : plan_outputs(list.candidates, dir, forms::EvidenceChecklist::kSuffix,
                                                   *args.value("--candidates"), quiet))
            checklist_paths.push_back(p.path.string());
    }
    // A candidate named like the unit would overwrite the unit's blank checklist.
    const std::string blank_path = (dir / (unit_stem + forms::EvidenceChecklist::kSuffix)).lexically_normal().string();
    for (std::size_t i = 0; i < checklist_paths.size() && !list.stop; ++i) {
        if (checklist_paths[i] != blank_path) continue;
        std::fprintf(stderr, "%s:%ld: error: candidate_id '%s' would overwrite the blank checklist %s\n",
                     args.value("--candidates")->c_str(), list.candidates[i].line, list.candidates[i].id.c_str(),
                     blank_path.c_str());
        list.stop = true;
    }
    if (list.stop) return kExitBadInput;
    if (!dir.empty()) ensure_directory(dir);

    // One typesetter, one font set, one PdfWriter for the whole run; each form laid out once.
    text::Typesetter ts;
    forms::BookletOptions booklet_options;
    booklet_options.fallback_date = source_date_epoch();
    forms::AssessmentFormOptions form_options;
    form_options.link_codes = merge;   // links only where the booklet's destinations are in the same file
    forms::ScoringSheet sheet(unit, ts, *fonts, form_options);
    forms::EvidenceChecklist checklist(unit, ts, *fonts, form_options);
    forms::SlotSetter setter;

    if (merge) {
        const std::string path = ends_with_pdf(*out) ? *out : (dir / (unit_stem + "-pack.pdf")).string();
        BatchWriter writer(1, "files");
        writer.warnings(loaded->diagnostics.warning_count() + list.warnings);
        layout::Document doc = forms::make_booklet(unit, booklet_options, ts, *fonts);
        doc.info.title = "ชุดแบบประเมิน " + unit.code.value;
        for (const model::Candidate& c : list.candidates) {
            const std::size_t first = doc.pages.size();
            doc.outline.push_back(layout::OutlineEntry{forms::candidate_title(c), 0, first, 0});
            append_to_merged(doc, sheet.form(), c, setter, forms::ScoringSheet::kTitle, 1);
            append_to_merged(doc, checklist.form(), c, setter, forms::EvidenceChecklist::kTitle, 1);
        }
        writer.write(doc, path);
        return writer.finish(list.skipped);
    }

    // Progress counts files: a skipped row is its two files skipped.
    BatchWriter writer(2 + 2 * (list.candidates.size() + list.skipped), "files");
    writer.warnings(loaded->diagnostics.warning_count() + list.warnings);
    writer.skipped(2 * list.skipped);
    {
        layout::Document booklet = forms::make_booklet(unit, booklet_options, ts, *fonts);
        writer.write(booklet, (dir / (unit_stem + "-booklet.pdf")).string());
    }
    layout::Document blank = checklist.blank();
    writer.write(blank, (dir / (unit_stem + forms::EvidenceChecklist::kSuffix)).string());
    // After the blank checklist, which prints no candidate: one font subset per form then
    // serves every candidate's file.
    const std::vector<forms::SlotValues> values = forms::batch_values(list.candidates);
    sheet.form().reserve(values, setter);
    checklist.form().reserve(values, setter);
    for (std::size_t i = 0; i < list.candidates.size(); ++i) {
        const model::Candidate& c = list.candidates[i];
        layout::Document s = sheet.for_candidate(c, setter);
        s.info.title += " " + c.id;
        writer.write(s, sheet_paths[i]);
        layout::Document k = checklist.for_candidate(c, setter);
        k.info.title += " " + c.id;
        writer.write(k, checklist_paths[i]);
    }
    return writer.finish(list.skipped);
}

} // namespace compforms::cli
