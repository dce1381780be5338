// The differences between two editions outside the PCs: each section's text compared word
// by word, paragraph by paragraph in print order, and which PCs each evidence item and
// method covers (by their ids).
#pragma once

#include <string>
#include <vector>

#include "editions/words.hpp"
#include "model/unit.hpp"

namespace compforms::editions {

// The parts of a unit compared, in the booklet's order.
enum class SectionPart {
    occupations, description, sector, other_occupations, licensing, element_titles, prerequisites, skills,
    knowledge, evidence_intro, performance_evidence, knowledge_evidence, assessment_guidance, method_notes,
    range, range_guidance, definitions, shared_units, shared_industries, methods, coverage
};

// A part of the unit whose words differ between the editions: its paragraphs in each, with
// the deleted words of each old paragraph and the inserted words of each new one.
struct SectionChange {
    SectionPart part;
    std::vector<std::string> old_paragraphs, new_paragraphs;
    std::vector<std::vector<Span>> deleted;    // one per old paragraph, spans into it
    std::vector<std::vector<Span>> inserted;   // one per new paragraph
    // The new unit's text each new paragraph stands for (an evidence item's or method's
    // text for its coverage line).
    std::vector<const model::Text*> new_sources;
};

// Every part whose text differs, in the booklet's order (the PCs are matched apart: see
// pc_matching.hpp). Paragraphs are compared as one text, so a word moved to the next item
// is one deletion and one insertion.
std::vector<SectionChange> section_changes(const model::Unit& old_unit, const model::Unit& new_unit);

} // namespace compforms::editions
