// Word-level differences between two wordings: which words of the old one were deleted and
// which of the new one inserted (a longest common subsequence of words), and how similar
// the two are.
#pragma once

#include <string_view>
#include <vector>

#include "editions/words.hpp"

namespace compforms::editions {

struct WordDiff {
    // Runs of consecutive deleted words in the old text and of inserted words in the new
    // one, as byte spans from the first word's start to the last one's end.
    std::vector<Span> deleted;
    std::vector<Span> inserted;
    double similarity = 1;   // see similarity()
};

// 2 × (words in common, in order) / (words of both): 1 for the same words, 0 for none in
// common; 1 for two empty texts. Comparing words never characters: ระบบ and ระบุ share
// nothing.
double similarity(const Words& a, const Words& b);

// An upper bound of similarity() in linear time: the words in common in any order (the
// multisets' intersection). `a` and `b` are word ids sorted ascending.
double bag_similarity(const std::vector<int>& a, const std::vector<int>& b);

// At most this many cells (old words × new words, after the common start and end are set
// aside) are compared word by word; beyond it (two rewritten texts of thousands of words)
// the middle is reported as deleted and inserted whole, so a hostile source costs bounded
// time and memory.
constexpr std::size_t kMaxDiffCells = 4'000'000;

// The differences from `a` (the words of old_text) to `b` (those of new_text).
WordDiff diff_words(const Words& a, const Words& b);

} // namespace compforms::editions
