// The read stages of a run: unit sources (or proof's text file), read and validated; the
// fonts; whether the fonts can print every text; the candidates. Each stage reports what
// it finds and says whether the run can go on.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "job/run_context.hpp"
#include "layout/document.hpp"
#include "layout/text_setter.hpp"
#include "model/candidate.hpp"
#include "pdf/embedded_source.hpp"
#include "source/text_file_loader.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"

namespace compforms::job {

struct Inputs {
    std::vector<source::LoadedUnit> units;            // as many as the job names (check: any)
    std::optional<source::LoadedTextFile> text_file;  // proof
    std::unique_ptr<text::FontSet> fonts;
    std::optional<layout::Timestamp> source_date_epoch;
    std::optional<pdf::EmbeddedSource> extracted;     // extract: the booklet's source
};

// SOURCE_DATE_EPOCH, refused (exit 1) when it is set but not a date, before any work.
bool read_environment(RunContext& run, Inputs& in);
// Reads and validates a source; when `booklet_too`, a booklet printed by compforms is read as
// the source it carries, its messages naming the booklet and the file inside it,
// "B.pdf (DL100.xml):LINE:COLUMN" (diff, and the previous edition of check and booklet).
source::LoadedUnit load_unit_or_booklet(const std::string& path, bool booklet_too);
// Reads and validates every source of the job; false when any has an error.
bool load_sources(RunContext& run, Inputs& in);
// The fonts, from the job's font folder or the one installed beside the program.
bool load_fonts(RunContext& run, Inputs& in);
// Checks that the fonts can print every text of every valid source, each problem located
// in its source; false when one cannot be printed.
bool check_printable(RunContext& run, Inputs& in, const layout::TextSetter& setter);
// check's summary of every source: counts of elements, criteria, errors and warnings.
void summarise_sources(RunContext& run, const Inputs& in);

// The error at a byte offset of a source file (`lines` indexes its text), or about the
// whole file when the offset is not known.
Diagnostic located_error(const std::string& file, const LineIndex& lines, std::optional<std::size_t> offset,
                         std::string message);

} // namespace compforms::job
