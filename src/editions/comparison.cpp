#include "editions/comparison.hpp"

#include <algorithm>

namespace compforms::editions {

Comparison compare_editions(const model::Unit& old_unit, const model::Unit& new_unit) {
    Comparison c;
    c.pcs = match_criteria(old_unit, new_unit);
    c.sections = section_changes(old_unit, new_unit);
    for (const PcChange& pc : c.pcs.changes) ++c.counts[static_cast<std::size_t>(pc.kind)];
    return c;
}

ChangedParts changed_parts(const Comparison& comparison) {
    ChangedParts out;
    for (const PcChange& pc : comparison.pcs.changes)
        if (pc.new_pc && pc.kind != ChangeKind::unchanged) out.criteria.insert(pc.new_pc);
    for (const SectionChange& s : comparison.sections) {
        // The booklet prints no coverage: an item whose covers changed reads the same.
        if (s.part == SectionPart::coverage) continue;
        for (std::size_t i = 0; i < s.new_paragraphs.size(); ++i)
            if (std::find(s.old_paragraphs.begin(), s.old_paragraphs.end(), s.new_paragraphs[i]) == s.old_paragraphs.end() &&
                s.new_sources[i])
                out.texts.insert(s.new_sources[i]);
    }
    return out;
}

} // namespace compforms::editions
