// Where a line may break: ICU's UAX #14 line rules (spaces, brackets, numbers, '/', '%',
// ZWSP) with the dictionary's word breaks (base/thai_words) replacing ICU's inside runs of
// Thai letters, since ICU's own Thai dictionary splits words such as ผลก|ระทบ.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace compforms::text {

struct BreakOpportunity {
    std::size_t offset = 0;   // byte offset where the next line would start
    bool mandatory = false;   // after a line end character
    // Between the parts of a compound the dictionary knows (สาย|งาน of สายงาน): second
    // class, taken only when no other break fits the line or the compound is wider than one.
    bool inside_compound = false;
};

// Characters a line may end with that are dropped at a break (they neither show nor
// count in the width): space, tab, line ends, zero width space.
bool is_break_space(char32_t cp);

class LineBreaker {
public:
    LineBreaker();   // throws std::runtime_error if ICU or libthai cannot be set up
    ~LineBreaker();
    LineBreaker(const LineBreaker&) = delete;
    LineBreaker& operator=(const LineBreaker&) = delete;

    // Break opportunities strictly inside the text (never 0 nor text.size()), ascending.
    // Never inside a grapheme cluster, next to ฯ, or before ๆ.
    std::vector<BreakOpportunity> opportunities(std::string_view text);
    // Grapheme cluster boundaries strictly inside the text: the last-resort cut points
    // for a piece of text longer than a line.
    std::vector<std::size_t> grapheme_boundaries(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace compforms::text
