#include "cli/commands.hpp"
#include "cli/form_command.hpp"
#include "forms/scoring_sheet.hpp"

namespace compforms::cli {

namespace {
constexpr const char* kHelp =
    "usage: compforms scoresheet FILE.xml -o OUT.pdf\n"
    "       compforms scoresheet FILE.xml --candidates CSV -o DIR [--skip-bad] [--encoding ENC]\n"
    "       compforms scoresheet FILE.xml --candidates CSV --merge -o OUT.pdf\n"
    "\n"
    "Prints the assessor's scoring sheet of a unit: blank, or one filled in per candidate of\n"
    "a candidates CSV (columns candidate_id, name, centre, date, assessor; Thai headers too).\n"
    "\n"
    "options:\n"
    "  -o, --output PATH     the PDF (blank or --merge), or the folder for one file per\n"
    "                        candidate, DIR/<id>-scoresheet.pdf (created if missing)\n"
    "  --candidates CSV      fill a sheet per candidate\n"
    "  --encoding ENC        utf-8, windows-874 or tis-620 (default: detect)\n"
    "  --skip-bad            write the good rows when some are bad (exit status 1 still)\n"
    "  --merge               one PDF for printing, a bookmark per candidate\n"
    "  --font-dir DIR        where Sarabun-*.ttf are\n"
    "  -h, --help            show this help\n"
    "  --version             show the version\n"
    "\n"
    "Exit status: 0 ok (warnings allowed), 1 bad input or rows skipped, 2 bad usage.\n";
} // namespace

int run_scoresheet(const Argv& argv) {
    FormKind kind{"scoresheet", forms::ScoringSheet::kSuffix, kHelp,
                  [](const model::Unit& unit, text::Typesetter& ts, const text::FontSet& fonts,
                     const forms::AssessmentFormOptions& options) {
                      return forms::ScoringSheet(unit, ts, fonts, options).form();
                  }};
    return run_form_command(kind, argv);
}

} // namespace compforms::cli
