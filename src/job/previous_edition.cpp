#include "job/previous_edition.hpp"

#include "editions/edition_checks.hpp"

namespace compforms::job {

void check_previous_edition(RunContext& run, Inputs& in) {
    const source::LoadedUnit previous = load_unit_or_booklet(run.job().previous, true);
    run.report_all(previous.diagnostics);
    if (!previous.ok() || in.units.empty()) return;
    source::LoadedUnit& unit = in.units.front();
    const LineIndex lines(unit.text);
    for (const editions::EditionProblem& p : editions::check_against_previous(previous.unit, unit.unit)) {
        Diagnostic d = located_error(unit.path, lines,
                                     p.pos.known() ? std::optional<std::size_t>(p.pos.offset) : std::nullopt,
                                     p.message + " (previous edition: " + previous.path + ")");
        unit.diagnostics.add(d);
        run.report(std::move(d));
    }
}

} // namespace compforms::job
