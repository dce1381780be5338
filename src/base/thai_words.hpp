// Thai has no spaces between words: where one ends is a question for a dictionary. This is
// the one place that asks (libthai's, loaded once): the line breaker breaks lines there and
// the source checks look for a word written twice there, so both see the same words.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace compforms::thai {

// Letters, vowels and marks that make Thai words (not ฯ, ๆ, digits or punctuation).
bool is_word_letter(char32_t cp);

// The word boundaries strictly inside a run of Thai word letters, as indices into it
// (code points), ascending. Linear in the run. Empty when the dictionary is unavailable.
std::vector<std::size_t> word_breaks(std::u32string_view run);

} // namespace compforms::thai
