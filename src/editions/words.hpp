// A text as the words a reader sees in it, for comparing two editions word by word. Thai
// words are found as the line breaker finds them (base/thai_words: libthai's words, joined
// into the compounds its dictionary knows), so a difference is always a whole word and
// never a part of a Thai cluster; a run of Latin letters or digits is one word; any other
// character that is not a space (punctuation, brackets) is a word of its own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace compforms::editions {

// Where a word stands in its text: bytes [begin, end).
struct Span {
    std::size_t begin = 0, end = 0;
};

struct Words {
    std::vector<Span> spans;   // in text order
    std::vector<int> ids;      // one per span: equal words have equal ids (see Vocabulary)
};

// Gives every distinct word a number, so that comparing words is comparing integers. The
// words of two texts are comparable only when one Vocabulary numbered both. A text is cut
// into words once: most PCs of a revision keep their wording, and the dictionary lookups are
// most of what comparing two editions costs.
class Vocabulary {
public:
    const Words& words(std::string_view text);

private:
    std::unordered_map<std::string, int> ids_;
    std::unordered_map<std::string, Words> texts_;
};

// The word spans of a text, in order.
std::vector<Span> word_spans(std::string_view text);

} // namespace compforms::editions
