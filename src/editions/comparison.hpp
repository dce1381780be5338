// Two editions of a unit compared: what became of every PC, and the other sections' word
// differences. The one entry point `compforms diff` (and the booklet's change bars) use.
#pragma once

#include <array>
#include <cstddef>
#include <set>
#include <vector>

#include "editions/pc_matching.hpp"
#include "editions/section_changes.hpp"
#include "model/unit.hpp"

namespace compforms::editions {

struct Comparison {
    PcMatching pcs;
    std::vector<SectionChange> sections;
    std::array<std::size_t, kChangeKinds> counts{};   // PCs of each ChangeKind, indexed by it

    std::size_t count(ChangeKind kind) const { return counts[static_cast<std::size_t>(kind)]; }
};

Comparison compare_editions(const model::Unit& old_unit, const model::Unit& new_unit);

// What of the new edition a revised booklet marks with change bars: every PC that is not
// unchanged (new ones included), and every paragraph, item or title whose text is not the
// text of one in the same part of the old edition (coverage aside: the booklet prints none).
struct ChangedParts {
    std::set<const model::Criterion*> criteria;
    std::set<const model::Text*> texts;
    bool has(const model::Criterion& pc) const { return criteria.count(&pc) != 0; }
    bool has(const model::Text& text) const { return texts.count(&text) != 0; }
};
ChangedParts changed_parts(const Comparison& comparison);

} // namespace compforms::editions
