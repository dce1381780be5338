// Thai has no spaces between words: where one ends is a question for a dictionary. This is
// the one place that asks: the line breaker breaks lines there and the source checks look
// for a word written twice there, so both see the same words.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace compforms::thai {

// Letters, vowels and marks that make Thai words (not ฯ, ๆ, digits or punctuation).
bool is_word_letter(char32_t cp);

// A compound is at most this many of libthai's words, and at most this many code points.
// Hunspell-th's list has 25,345 entries that libthai splits; 97.4% of them are within both
// bounds. Longer entries are phrases, proverbs and names of institutions
// (กรมสวัสดิการและคุ้มครองแรงงาน), which break like the phrases they are.
constexpr std::size_t kCompoundParts = 4;
constexpr std::size_t kCompoundLength = 20;

struct WordBreak {
    std::size_t at = 0;              // index into the run (code points)
    bool inside_compound = false;    // between the parts of a longer word (สาย|งาน of สายงาน)
};

// The word boundaries strictly inside a run of Thai word letters, ascending. libthai finds
// the words; consecutive words that together make a word of the compound dictionary are one
// word, the longest such word first, and the boundaries inside it are kept, marked
// inside_compound. Linear in the run. Empty when libthai's dictionary is unavailable;
// nothing is a compound when the compound dictionary is.
std::vector<WordBreak> word_breaks(std::u32string_view run);

// Whether the compound dictionary (hunspell-th's Thai word list) could be read.
bool compound_dictionary_available();

} // namespace compforms::thai
