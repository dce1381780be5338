#include "base/thai_words.hpp"

#include <thai/thbrk.h>
#include <thai/thwbrk.h>

#include <algorithm>
#include <memory>

namespace compforms::thai {
namespace {

constexpr char32_t kPaiyannoi = 0x0E2F;   // ฯ abbreviation mark
constexpr char32_t kMaiyamok = 0x0E46;    // ๆ repetition mark

// libthai's dictionary breaker: a large trie, loaded once for the process.
ThBrk* breaker() {
    static const std::unique_ptr<ThBrk, void (*)(ThBrk*)> b(th_brk_new(nullptr), &th_brk_delete);
    return b.get();
}

// libthai finds breaks by maximal matching over the whole string it is given, which costs
// more than linear time on a long run without a break; runs are cut into pieces of this
// many code points at a boundary libthai itself reports near the cut.
constexpr std::size_t kPiece = 4096;

} // namespace

bool is_word_letter(char32_t cp) {
    return ((cp >= 0x0E01 && cp <= 0x0E3A) || (cp >= 0x0E40 && cp <= 0x0E4E)) && cp != kPaiyannoi && cp != kMaiyamok;
}

std::vector<std::size_t> word_breaks(std::u32string_view run) {
    std::vector<std::size_t> out;
    ThBrk* b = breaker();
    if (!b || run.size() < 2) return out;
    std::vector<thwchar_t> wide;
    std::vector<int> pos;
    for (std::size_t start = 0; start < run.size();) {
        const std::size_t end = std::min(run.size(), start + kPiece + kPiece / 4);
        wide.assign(run.begin() + static_cast<std::ptrdiff_t>(start), run.begin() + static_cast<std::ptrdiff_t>(end));
        wide.push_back(0);
        pos.assign(wide.size(), 0);
        const int n = th_brk_wc_find_breaks(b, wide.data(), pos.data(), pos.size());
        std::vector<std::size_t> found;   // absolute, strictly inside the run
        for (int k = 0; k < n; ++k) {
            const std::size_t at = start + static_cast<std::size_t>(pos[k]);
            if (at > start && at < run.size()) found.push_back(at);
        }
        if (end == run.size()) {
            out.insert(out.end(), found.begin(), found.end());
            break;
        }
        // Cut at the last break of the piece's first kPiece code points (the rest of the
        // piece was only context), or at kPiece when there is none.
        std::size_t cut = start + kPiece;
        for (std::size_t at : found)
            if (at <= start + kPiece) cut = at;
        for (std::size_t at : found)
            if (at < cut) out.push_back(at);
        out.push_back(cut);
        start = cut;
    }
    return out;
}

} // namespace compforms::thai
