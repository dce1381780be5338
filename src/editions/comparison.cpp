#include "editions/comparison.hpp"

namespace compforms::editions {

Comparison compare_editions(const model::Unit& old_unit, const model::Unit& new_unit) {
    Comparison c;
    c.pcs = match_criteria(old_unit, new_unit);
    c.sections = section_changes(old_unit, new_unit);
    for (const PcChange& pc : c.pcs.changes) ++c.counts[static_cast<std::size_t>(pc.kind)];
    return c;
}

} // namespace compforms::editions
