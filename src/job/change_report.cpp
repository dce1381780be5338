// diff: two editions compared, the report laid out and written, then MAP.csv. A replaces
// that names nothing is bad input, located in the new source, and nothing is written (the
// booklet's change bars stop on it too).
#include "job/printing.hpp"

#include "editions/comparison.hpp"
#include "editions/mapping_csv.hpp"
#include "forms/change_report.hpp"
#include "job/date_policy.hpp"
#include "job/document_writer.hpp"

namespace compforms::job {

bool report_replaces_problems(RunContext& run, const source::LoadedUnit& new_source,
                              const editions::Comparison& comparison) {
    if (comparison.pcs.problems.empty()) return true;
    const LineIndex lines(new_source.text);
    for (const editions::ReplacesProblem& p : comparison.pcs.problems)
        run.report(located_error(new_source.path, lines,
                                 p.pc->replaces_pos.known() ? std::optional<std::size_t>(p.pc->replaces_pos.offset)
                                                            : std::nullopt,
                                 p.pc->name() + " " + p.message));
    return false;
}

void print_change_report(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    const source::LoadedUnit& old_source = in.units.at(0);
    const source::LoadedUnit& new_source = in.units.at(1);
    if (old_source.unit.code.value != new_source.unit.code.value) {
        // Allowed (a unit recoded between editions), but more often two files mixed up.
        const LineIndex lines(new_source.text);
        Diagnostic d = located_error(new_source.path, lines, new_source.unit.code.pos.offset,
                                     "unit " + new_source.unit.code.value + " is compared with unit " +
                                         old_source.unit.code.value + " of " + old_source.path +
                                         ": a change report is between two editions of one unit");
        d.severity = Severity::warning;
        run.report(std::move(d));
    }
    const editions::Comparison comparison = editions::compare_editions(old_source.unit, new_source.unit);
    if (!report_replaces_problems(run, new_source, comparison)) return;
    forms::FormOptions options;
    options.thai_digits = run.job().digits == Digits::thai;
    options.date = document_date(new_source.unit.edition, in.source_date_epoch);
    const layout::Document report =
        forms::change_report(old_source.unit, new_source.unit, comparison, setter, options);
    DocumentWriter out(run);
    out.expect(run.job().mapping.empty() ? 1 : 2, 0);
    if (out.write(report, run.job().output) && !run.job().mapping.empty())
        out.write_bytes(editions::mapping_csv(comparison.pcs), run.job().mapping);
}

} // namespace compforms::job
