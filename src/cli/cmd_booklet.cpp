#include <cstdio>
#include <memory>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/reproducible_time.hpp"
#include "forms/booklet.hpp"
#include "forms/unit_texts.hpp"
#include "pdf/pdf_writer.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"
#include "base/utf8.hpp"

namespace compforms::cli {
namespace {

constexpr const char* kHelp =
    "usage: compforms booklet FILE.xml -o OUT.pdf [--digits arabic|thai] [--font-dir DIR]\n"
    "\n"
    "Prints the published standard of a unit: a cover, then the 18 numbered sections with\n"
    "the elements and performance criteria table. Every PC row is a named destination\n"
    "(OUT.pdf#DL101.01); the outline lists every section and element. The source is\n"
    "validated first: problems are printed as FILE:LINE:COLUMN: error: message and nothing\n"
    "is written. The PDF is written atomically (a temporary file, then renamed).\n"
    "\n"
    "options:\n"
    "  -o, --output OUT.pdf     where to write the booklet (required)\n"
    "  --digits arabic|thai     page, section and PC numbers, dates and the revision in\n"
    "                           Arabic (default) or Thai digits; codes never change\n"
    "  --font-dir DIR           take Sarabun-{Regular,Bold,Italic,BoldItalic}.ttf from DIR\n"
    "  -h, --help               show this help\n"
    "  --version                show the version\n"
    "\n"
    "environment:\n"
    "  SOURCE_DATE_EPOCH        creation date of the PDF when the source has no edition date\n"
    "                           (otherwise the PDF carries no date; never the clock)\n"
    "\n"
    "Exit status: 0 written, 1 bad input (nothing written), 2 bad usage.\n";

} // namespace

int run_booklet(const Argv& argv) {
    Args args(argv, {{"--output", "-o", true},
                     {"--digits", "", true},
                     {"--font-dir", "", true},
                     {"--help", "-h", false},
                     {"--version", "", false}});
    if (auto done = answer_help_or_version(args, kHelp)) return *done;
    if (args.positional().empty()) throw UsageError("no FILE.xml given");
    if (args.positional().size() > 1) throw UsageError("one FILE.xml at a time, not " +
                                                       std::to_string(args.positional().size()));
    const auto output = args.value("--output");
    if (!output || output->empty()) throw UsageError("-o OUT.pdf is required");
    forms::BookletOptions options;
    if (auto digits = args.value("--digits")) {
        if (*digits == "thai") options.thai_digits = true;
        else if (*digits != "arabic") throw UsageError("--digits takes 'arabic' or 'thai', not '" + *digits + "'");
    }
    try {
        options.fallback_date = source_date_epoch();
    } catch (const BadSourceDateEpoch& e) {
        std::fprintf(stderr, "compforms booklet: error: %s\n", e.what());
        return kExitBadInput;
    }

    const std::string& path = args.positional().front();
    source::LoadedUnit loaded = source::load_unit(path);
    for (const Diagnostic& d : loaded.diagnostics.all())
        std::fprintf(stderr, "%s\n", format(d).c_str());
    if (!loaded.ok()) return kExitBadInput;

    // Fonts come after the source: a broken source is reported even without fonts.
    std::unique_ptr<text::FontSet> fonts = text::FontSet::load(text::find_font_dir(args.value("--font-dir").value_or("")));
    text::Typesetter typesetter;
    layout::Document doc;
    try {
        doc = forms::make_booklet(loaded.unit, options, typesetter, *fonts);
    } catch (const text::MissingGlyphError& e) {
        // Point at the source text that holds the character, when one does.
        const model::Text* where = forms::find_text_containing(loaded.unit, utf8::encode(e.codepoint));
        Diagnostic d = source::diagnostic_at(loaded, where ? where->pos : model::SourcePos{},
                                                     Severity::error, e.what());
        std::fprintf(stderr, "%s\n", format(d).c_str());
        return kExitBadInput;
    }
    pdf::PdfWriter writer;
    writer.write(doc, *output);
    return kExitOk;
}

} // namespace compforms::cli
