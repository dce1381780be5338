// Which PC of a new edition is which PC of the old one, and what became of each. Rules, in
// order, each among the PCs no earlier rule matched:
//  1. the new PC's `replaces` names the old one (book code, number or system code);
//  2. the same system code (a system code names one criterion across editions);
//  3. the same wording;
//  4. the same book code (or number) with similar wording;
//  5. the most similar wording, pairs taken best first, above kSimilarEnough.
// Similarity is measured on words (editions/words.hpp), never on characters.
#pragma once

#include <string>
#include <vector>

#include "editions/word_diff.hpp"
#include "model/unit.hpp"

namespace compforms::editions {

// Two wordings this similar (word_diff.hpp's measure) are taken for one criterion reworded.
constexpr double kSimilarEnough = 0.5;

enum class ChangeKind { unchanged, reworded, renumbered, moved, renumbered_reworded, moved_reworded, added, removed };
constexpr int kChangeKinds = 8;
// As MAP.csv writes it: "unchanged", "renumbered+reworded", …
const char* change_name(ChangeKind kind);

enum class MatchRule { none, replaces, system_code, same_text, book_code, similar_text };

struct PcChange {
    const model::Element* old_element = nullptr;
    const model::Criterion* old_pc = nullptr;    // null when added
    const model::Element* new_element = nullptr;
    const model::Criterion* new_pc = nullptr;    // null when removed
    ChangeKind kind = ChangeKind::unchanged;
    MatchRule rule = MatchRule::none;
    WordDiff diff;                               // old wording to new, when both are there
};

// A `replaces` that cannot be honoured: it names no PC of the old edition, or one another
// PC already replaces.
struct ReplacesProblem {
    const model::Criterion* pc = nullptr;        // of the new edition
    std::string message;
};

struct PcMatching {
    // One per PC of either edition: the old edition's order, then the added PCs in the new
    // edition's order.
    std::vector<PcChange> changes;
    std::vector<ReplacesProblem> problems;
};

PcMatching match_criteria(const model::Unit& old_unit, const model::Unit& new_unit);

} // namespace compforms::editions
