#include "cli/batch_runner.hpp"

#include <cstdio>
#include <iostream>
#include <system_error>

#include "cli/reproducible_time.hpp"
#include "forms/candidate_details.hpp"
#include "source/candidates_csv.hpp"

namespace compforms::cli {

std::vector<OptionSpec> batch_option_specs() {
    return {{"--help", "-h", false},      {"--version", "", false},   {"--output", "-o", true},
            {"--candidates", "", true},   {"--encoding", "", true},   {"--skip-bad", "", false},
            {"--merge", "", false},       {"--font-dir", "", true}};
}

namespace {
void print(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.all()) std::fprintf(stderr, "%s\n", format(d).c_str());
}
} // namespace

std::unique_ptr<source::LoadedUnit> load_unit_reporting(const std::string& path) {
    auto loaded = std::make_unique<source::LoadedUnit>(source::load_unit(path));
    print(loaded->diagnostics);
    if (!loaded->ok()) return nullptr;
    return loaded;
}

std::unique_ptr<text::FontSet> load_fonts(const Args& args) {
    return text::FontSet::load(text::find_font_dir(args.value("--font-dir").value_or("")));
}

CandidateList load_candidates_reporting(const Args& args) {
    CandidateList list;
    const std::string path = *args.value("--candidates");
    source::CandidatesCsvOptions options;
    if (auto name = args.value("--encoding")) {
        options.encoding = source::parse_encoding_name(*name);
        if (!options.encoding)
            throw UsageError("unknown encoding '" + *name + "' (use utf-8, windows-874 or tis-620)");
    }
    Diagnostics diags;
    source::CandidatesCsv csv = source::load_candidates_csv(path, options, diags);
    print(diags);
    list.warnings = diags.warning_count();
    if (csv.fatal) {
        list.stop = true;
        return list;
    }
    const std::size_t bad = csv.bad_count();
    if (bad && !args.has("--skip-bad")) {
        std::fprintf(stderr, "%s: %zu bad row%s; nothing written (use --skip-bad to write the good rows)\n",
                     path.c_str(), bad, bad == 1 ? "" : "s");
        list.stop = true;
        return list;
    }
    for (const source::CandidateRow& row : csv.rows)
        if (row.bad) std::fprintf(stderr, "%s:%ld: skipped this row\n", path.c_str(), row.candidate.line);
    list.skipped = bad;
    list.candidates = csv.good();
    if (list.candidates.empty() && !bad) {
        std::fprintf(stderr, "%s: no candidates\n", path.c_str());
        list.stop = true;
    }
    return list;
}

void check_printable(CandidateList& list, const text::Font& font, const Args& args) {
    const std::string csv = *args.value("--candidates");
    std::vector<model::Candidate> kept;
    std::size_t bad = 0;
    for (model::Candidate& c : list.candidates) {
        std::string problem = forms::unprintable_value(c, font);
        if (problem.empty()) {
            kept.push_back(std::move(c));
            continue;
        }
        ++bad;
        std::fprintf(stderr, "%s:%ld: error: %s\n", csv.c_str(), c.line, problem.c_str());
    }
    if (bad && !args.has("--skip-bad")) {
        std::fprintf(stderr, "%s: %zu bad row%s; nothing written (use --skip-bad to write the good rows)\n",
                     csv.c_str(), bad, bad == 1 ? "" : "s");
        list.stop = true;
    }
    list.skipped += bad;
    list.candidates = std::move(kept);
}

std::vector<std::string> plan_candidate_files(CandidateList& list, const std::filesystem::path& dir,
                                              const std::string& suffix, const Args& args) {
    Diagnostics diags;
    std::vector<PlannedOutput> plan = plan_outputs(list.candidates, dir, suffix, *args.value("--candidates"), diags);
    print(diags);
    list.warnings += diags.warning_count();
    std::vector<std::string> paths;
    std::vector<model::Candidate> kept;
    std::size_t clashes = 0;
    for (const PlannedOutput& p : plan) {
        if (p.clash) {
            ++clashes;
            continue;
        }
        kept.push_back(list.candidates[p.candidate]);
        paths.push_back(p.path.string());
    }
    if (clashes && !args.has("--skip-bad")) {
        std::fprintf(stderr, "%zu row%s share a file name; nothing written\n", clashes, clashes == 1 ? "" : "s");
        list.stop = true;
    }
    list.skipped += clashes;
    list.candidates = std::move(kept);
    return paths;
}

void ensure_directory(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        throw std::runtime_error(dir.string() + ": cannot create the output folder" + (ec ? ": " + ec.message() : ""));
}

BatchWriter::BatchWriter(std::size_t total, const std::string& noun)
    : progress_(Progress::for_stderr(total, noun)), date_(source_date_epoch()) {}

bool BatchWriter::write(layout::Document& doc, const std::string& path) {
    if (date_) doc.info.creation_date = date_;
    try {
        writer_.write(doc, path);
    } catch (const pdf::PdfError& e) {
        std::fprintf(stderr, "compforms: error: %s\n", e.what());
        ++failures_;
        progress_.skipped();
        return false;
    }
    progress_.written();
    return true;
}

int BatchWriter::finish(std::size_t skipped_rows) {
    progress_.finish();
    return skipped_rows || failures_ ? kExitBadInput : kExitOk;
}

void append_to_merged(layout::Document& merged, const forms::FormTemplate& form, const model::Candidate& candidate,
                      forms::SlotSetter& setter, const std::string& title, int level) {
    const std::size_t first = form.append_filled(merged, forms::candidate_values(candidate), setter, true, level + 1);
    // The bookmark goes before the form's own ones (append_filled added them at the end).
    auto pos = merged.outline.end() - static_cast<std::ptrdiff_t>(form.blank().outline.size());
    merged.outline.insert(pos, layout::OutlineEntry{title, level, first, 0});
}

} // namespace compforms::cli
