// The shared machinery of the commands that print assessment forms for a list of
// candidates (scoresheet, checklist, pack): reading the unit, fonts and candidates CSV with
// every problem reported, planning safe output names, and writing many documents through
// one PdfWriter with progress and a closing summary. Every file goes through
// PdfWriter::write (a temporary file, then rename), so an interrupted run never leaves a
// truncated PDF behind.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/output_names.hpp"
#include "cli/progress.hpp"
#include "forms/form_template.hpp"
#include "layout/document.hpp"
#include "model/candidate.hpp"
#include "pdf/pdf_writer.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"

namespace compforms::cli {

// Options shared by the candidate-aware commands.
std::vector<OptionSpec> batch_option_specs();

// Loads and validates the unit, printing every diagnostic to stderr. nullopt on errors.
std::unique_ptr<source::LoadedUnit> load_unit_reporting(const std::string& path);

// The fonts, from --font-dir or the usual places (text::find_font_dir).
std::unique_ptr<text::FontSet> load_fonts(const Args& args);

struct CandidateList {
    std::vector<model::Candidate> candidates;   // the rows to write
    std::size_t skipped = 0;                   // bad rows left out (only with --skip-bad)
    std::size_t warnings = 0;
    bool stop = false;                         // a fatal problem, or bad rows without --skip-bad
};

// Reads --candidates (with --encoding) and reports every problem with its line. Bad rows
// stop the run unless --skip-bad, which leaves them out (listed on stderr).
CandidateList load_candidates_reporting(const Args& args);

// Rows with a character the font cannot print are bad rows too (reported with their line):
// they set list.stop, or are dropped and counted as skipped with --skip-bad.
void check_printable(CandidateList& list, const text::Font& font, const Args& args);

// Plans DIR/<stem><suffix> for each candidate (warning for each renamed ID, error for two
// rows sharing a file name). Clashing rows are dropped from `list` and counted as skipped
// when --skip-bad, otherwise they set list.stop. Returns the paths of the rows kept.
std::vector<std::string> plan_candidate_files(CandidateList& list, const std::filesystem::path& dir,
                                              const std::string& suffix, const Args& args);

// Creates DIR (and parents) when missing; throws std::runtime_error naming it on failure.
void ensure_directory(const std::filesystem::path& dir);

// Writes documents one after another through one PdfWriter, stamping SOURCE_DATE_EPOCH
// (never the clock) and counting for the summary.
class BatchWriter {
public:
    BatchWriter(std::size_t total, const std::string& noun);
    // Renders and writes atomically; on failure prints the error and counts it. True when written.
    bool write(layout::Document& doc, const std::string& path);
    void skipped(std::size_t n) { for (std::size_t i = 0; i < n; ++i) progress_.skipped(); }
    void warnings(std::size_t n) { progress_.add_warnings(n); }
    // Prints the summary; the exit status: 1 when anything was skipped or failed.
    int finish(std::size_t skipped_rows);

private:
    pdf::PdfWriter writer_;
    Progress progress_;
    std::optional<layout::Timestamp> date_;
    std::size_t failures_ = 0;
};

// Appends a candidate's copy of `form` to a merged document: a top-level bookmark
// `title` at its first page, the form's own bookmarks one level below it.
void append_to_merged(layout::Document& merged, const forms::FormTemplate& form, const model::Candidate& candidate,
                      forms::SlotSetter& setter, const std::string& title, int level = 0);

} // namespace compforms::cli
