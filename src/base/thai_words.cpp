#include "base/thai_words.hpp"

#include <thai/thbrk.h>
#include <thai/thwbrk.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>

#include "base/utf8.hpp"

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

// libthai's word boundaries strictly inside the run, ascending.
std::vector<std::size_t> libthai_breaks(std::u32string_view run) {
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

// libthai's dictionary lacks most compounds (สายงาน, ตัวละคร, ผู้ประเมิน, ผลกระทบ, หน่วยงาน are
// not in it, and it never splits a word it has), so compounds come from hunspell-th's
// Thai word list (NECTEC's, 51,616 entries of Thai letters only).
constexpr const char* kCompoundWordList = "/usr/share/hunspell/th_TH.dic";

// Words of the competency standards that neither list has. Without บ่มเพาะ, "การการบ่มเพาะ"
// would read as การ|การบ่ม|เพาะ and the doubled การ would go unseen.
constexpr const char* kExtraWords[] = {"บ่มเพาะ"};

// Thai word letters are U+0E01..U+0E4E: one byte each as the offset from U+0E00, which
// keeps the words in half a megabyte. Returns the length, 0 when the word has another
// character or is too long to be a compound.
std::size_t narrow(std::string_view utf8_word, char (&out)[kCompoundLength]) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < utf8_word.size();) {
        const char32_t cp = utf8::decode(utf8_word, pos);
        if (!is_word_letter(cp) || n == kCompoundLength) return 0;
        out[n++] = static_cast<char>(cp - 0x0E00);
    }
    return n;
}

std::size_t narrow(std::u32string_view word, char (&out)[kCompoundLength]) {
    if (word.size() > kCompoundLength) return 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (!is_word_letter(word[i])) return 0;
        out[i] = static_cast<char>(word[i] - 0x0E00);
    }
    return word.size();
}

// The file's bytes; empty when it cannot be read.
std::string read_whole(const char* path) {
    std::string bytes;
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : 0; size > 0) {
        bytes.resize(static_cast<std::size_t>(size));
        in.seekg(0);
        if (!in.read(bytes.data(), size)) bytes.clear();
    }
    return bytes;
}

// The compound dictionary is read by every process that sets Thai, so it is built for a
// fast start: the file read whole, the words in one buffer, and an open-addressing hash
// table of their offsets (no allocation per word).
class CompoundDictionary {
public:
    CompoundDictionary() {
        const std::string list = read_whole(kCompoundWordList);
        std::vector<std::uint32_t> starts;   // of each word in pool_: a length byte, the letters
        auto add = [&](std::string_view utf8_word) {
            char narrowed[kCompoundLength];
            const std::size_t n = narrow(utf8_word, narrowed);
            if (n < 2) return;
            starts.push_back(static_cast<std::uint32_t>(pool_.size()));
            pool_.push_back(static_cast<char>(n));
            pool_.append(narrowed, n);
        };
        // One entry a line after a first line that counts them; "/flags" may follow a word.
        for (std::size_t at = list.find('\n'); at < list.size();) {
            std::size_t end = at + 1;
            while (end < list.size() && list[end] != '\n' && list[end] != '/' && list[end] != '\t' &&
                   list[end] != ' ' && list[end] != '\r')
                ++end;
            add(std::string_view(list).substr(at + 1, end - at - 1));
            at = list.find('\n', end);
        }
        available_ = !starts.empty();
        for (const char* word : kExtraWords) add(word);
        std::size_t size = 1;
        while (size < 2 * starts.size()) size *= 2;
        slots_.assign(size, kEmpty);
        for (std::uint32_t start : starts) {
            std::size_t i = hash(word_at(start)) & (size - 1);
            while (slots_[i] != kEmpty && word_at(slots_[i]) != word_at(start)) i = (i + 1) & (size - 1);
            slots_[i] = start;
        }
    }

    bool available() const { return available_; }

    bool contains(std::u32string_view word) const {
        char narrowed[kCompoundLength];
        const std::size_t n = narrow(word, narrowed);
        if (n == 0 || slots_.empty()) return false;
        const std::string_view key(narrowed, n);
        for (std::size_t i = hash(key) & (slots_.size() - 1); slots_[i] != kEmpty; i = (i + 1) & (slots_.size() - 1))
            if (word_at(slots_[i]) == key) return true;
        return false;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;

    static std::size_t hash(std::string_view key) {
        std::uint32_t h = 2166136261u;   // FNV-1a
        for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h;
    }

    std::string_view word_at(std::uint32_t start) const {
        return std::string_view(pool_).substr(start + 1, static_cast<unsigned char>(pool_[start]));
    }

    std::string pool_;                   // per word: its length, then its narrowed letters
    std::vector<std::uint32_t> slots_;   // offsets into pool_, kEmpty where there is none
    bool available_ = false;
};

const CompoundDictionary& compounds() {
    static const CompoundDictionary dictionary;
    return dictionary;
}

// The boundaries of `inner` (libthai's words) with those inside a compound marked. Each
// word tries the compounds of the next kCompoundParts words at most, so this is linear
// but for sorting the few compounds found.
// Where two compounds overlap the longer is the word (of two as long, the first):
// ผู้|ประเมิน|ประเมิน|ความ|รู้ reads ผู้ประเมิน|ประเมิน|ความรู้, and ใช้|การ|ประเมิน reads
// ใช้|การประเมิน, not ใช้การ|ประเมิน.
std::vector<WordBreak> mark_compounds(std::u32string_view run, const std::vector<std::size_t>& inner) {
    std::vector<std::size_t> bounds;   // word k is [bounds[k], bounds[k + 1])
    bounds.reserve(inner.size() + 2);
    bounds.push_back(0);
    bounds.insert(bounds.end(), inner.begin(), inner.end());
    bounds.push_back(run.size());
    const std::size_t words = bounds.size() - 1;

    struct Compound {
        std::size_t first, end;   // words [first, end)
        std::size_t length;       // code points
    };
    std::vector<Compound> found;
    const CompoundDictionary& dictionary = compounds();
    for (std::size_t a = 0; a < words; ++a)
        for (std::size_t c = a + 2; c <= words && c - a <= kCompoundParts; ++c) {
            const std::size_t length = bounds[c] - bounds[a];
            if (length > kCompoundLength) break;
            if (dictionary.contains(run.substr(bounds[a], length))) found.push_back({a, c, length});
        }
    std::stable_sort(found.begin(), found.end(),
                     [](const Compound& x, const Compound& y) { return x.length > y.length; });
    std::vector<char> taken(words, 0), inside(words + 1, 0);
    for (const Compound& c : found) {
        if (std::find(taken.begin() + c.first, taken.begin() + c.end, 1) != taken.begin() + c.end) continue;
        std::fill(taken.begin() + c.first, taken.begin() + c.end, 1);
        std::fill(inside.begin() + c.first + 1, inside.begin() + c.end, 1);
    }
    std::vector<WordBreak> out;
    out.reserve(inner.size());
    for (std::size_t k = 1; k < words; ++k) out.push_back({bounds[k], inside[k] != 0});
    return out;
}

} // namespace

bool is_word_letter(char32_t cp) {
    return ((cp >= 0x0E01 && cp <= 0x0E3A) || (cp >= 0x0E40 && cp <= 0x0E4E)) && cp != kPaiyannoi && cp != kMaiyamok;
}

std::vector<WordBreak> word_breaks(std::u32string_view run) {
    const std::vector<std::size_t> inner = libthai_breaks(run);
    if (inner.empty()) return {};
    return mark_compounds(run, inner);
}

bool compound_dictionary_available() { return compounds().available(); }

} // namespace compforms::thai
