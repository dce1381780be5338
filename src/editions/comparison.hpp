// Two editions of a unit compared: what became of every PC, and the other sections' word
// differences. The one entry point `compforms diff` (and the booklet's change bars) use.
#pragma once

#include <array>
#include <cstddef>
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

} // namespace compforms::editions
