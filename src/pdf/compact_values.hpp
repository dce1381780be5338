// Values read back from the text the ValueCopier writes (pdf_syntax.hpp: compact syntax,
// no comments, strings as literals): a dictionary's entries, an array's items, the
// references in a value. The merged file reads the few dictionaries it rebuilds this way.
// Internal to the pdf module.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "pdf/pdf_syntax.hpp"

namespace compforms::pdf::detail {

// The top-level entries of a dictionary. The text must outlive it (keys point into it).
class DictionaryText {
public:
    explicit DictionaryText(std::string_view text);

    const std::vector<syntax::Entry>& entries() const { return entries_; }
    // The entry of `key` (with its slash: "/Pages"), or null.
    const syntax::Entry* find(std::string_view key) const;
    // An entry's value as text.
    std::string_view value(const syntax::Entry& e) const { return copy_.view(e.value_begin, e.value_end); }
    // The object `key` refers to; 0 when it is missing or not a reference.
    std::uint64_t ref(std::string_view key) const;
    // The non-negative integer of `key`; `missing` when it is missing or not one.
    long long integer(std::string_view key, long long missing) const;

private:
    syntax::Sink copy_;
    std::vector<syntax::Entry> entries_;
};

// The items of an array, each as its text (a reference "N G R" is one item).
std::vector<std::string_view> array_items(std::string_view text);

// Whether the token `t` just read by `lexer` starts a reference "N G R": then `lexer` is
// moved past the R, and `end` is where the R ends.
bool read_reference(syntax::Lexer& lexer, const syntax::Token& t, std::size_t& end);

} // namespace compforms::pdf::detail
