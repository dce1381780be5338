#include "editions/words.hpp"

#include "base/thai_words.hpp"
#include "base/utf8.hpp"

namespace compforms::editions {
namespace {

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x200B; }
bool is_latin_word(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           (cp >= 0x0E50 && cp <= 0x0E59);   // Thai digits make numbers with ASCII ones
}

bool is_joiner(char32_t cp) { return cp == '.' || cp == '-' || cp == '_' || cp == '/'; }

// A run of Thai letters [first, last) of `cps`, cut into words at the dictionary's breaks
// between words (a compound the dictionary knows stays one word).
void add_thai_run(const utf8::CodePoints& cps, std::size_t first, std::size_t last, std::vector<Span>& out) {
    const std::u32string run(cps.values.begin() + static_cast<std::ptrdiff_t>(first),
                             cps.values.begin() + static_cast<std::ptrdiff_t>(last));
    std::size_t start = 0;
    for (const thai::WordBreak& b : thai::word_breaks(run)) {
        if (b.inside_compound) continue;
        out.push_back({cps.offsets[first + start], cps.offsets[first + b.at]});
        start = b.at;
    }
    out.push_back({cps.offsets[first + start], cps.offsets[last]});
}

} // namespace

std::vector<Span> word_spans(std::string_view text) {
    const utf8::CodePoints cps = utf8::decode_all(text);
    const std::size_t n = cps.values.size();
    std::vector<Span> out;
    for (std::size_t i = 0; i < n;) {
        const char32_t cp = cps.values[i];
        std::size_t j = i + 1;
        if (is_space(cp)) {
            i = j;
            continue;
        }
        if (thai::is_word_letter(cp)) {
            while (j < n && thai::is_word_letter(cps.values[j])) ++j;
            add_thai_run(cps, i, j, out);
        } else {
            // A code or a number is one word: DL101.01, 1.1, ICT-QLIP-401B.
            if (is_latin_word(cp))
                while (j < n && (is_latin_word(cps.values[j]) ||
                                 (is_joiner(cps.values[j]) && j + 1 < n && is_latin_word(cps.values[j + 1]))))
                    ++j;
            out.push_back({cps.offsets[i], cps.offsets[j]});
        }
        i = j;
    }
    return out;
}

const Words& Vocabulary::words(std::string_view text) {
    auto [cached, added_text] = texts_.try_emplace(std::string(text));
    if (!added_text) return cached->second;
    Words& w = cached->second;
    w.spans = word_spans(text);
    w.ids.reserve(w.spans.size());
    for (const Span& s : w.spans) {
        auto [it, added] = ids_.try_emplace(std::string(text.substr(s.begin, s.end - s.begin)),
                                            static_cast<int>(ids_.size()));
        w.ids.push_back(it->second);
    }
    return w;
}

} // namespace compforms::editions
