// Fuzz target: comparing two editions, bytes -> words, word differences, PC matching.
//
// Contract (src/editions): any two texts (UTF-8 or not) are cut into words whose spans lie in
// the text, in order, never overlapping; a word difference marks whole words of each side, in
// order, and its similarity lies in [0, 1] and equals similarity() wherever the difference was
// computed word by word; PC matching gives every PC of either edition exactly one row. The
// input is two texts split at the first NUL; each line of a text is also a PC of its edition.
// Anything else, a crash or a hang, is a bug here.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "editions/mapping_csv.hpp"
#include "editions/pc_matching.hpp"
#include "editions/word_diff.hpp"

using namespace compforms;

namespace {

void require(bool ok) {
    if (!ok) std::abort();
}

void check_spans(const std::vector<editions::Span>& spans, std::size_t size) {
    std::size_t last = 0;
    for (const editions::Span& s : spans) {
        require(s.begin >= last && s.begin < s.end && s.end <= size);
        last = s.end;
    }
}

model::Unit unit_of_lines(std::string_view text) {
    model::Unit u;
    model::Element e;
    e.code = "AB101";
    std::size_t n = 0;
    for (std::size_t start = 0; start <= text.size() && n < 64;) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        model::Criterion pc;
        pc.number = "1." + std::to_string(++n);
        pc.system_code = n % 3 ? std::to_string(n) : "";
        pc.text.value = std::string(text.substr(start, end - start));
        e.criteria.push_back(std::move(pc));
        start = end + 1;
    }
    u.elements.push_back(std::move(e));
    return u;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = bytes.find('\0');
    const std::string_view a = bytes.substr(0, cut), b = cut == std::string_view::npos ? "" : bytes.substr(cut + 1);
    editions::Vocabulary v;
    const editions::Words& wa = v.words(a);
    const editions::Words& wb = v.words(b);
    check_spans(wa.spans, a.size());
    check_spans(wb.spans, b.size());
    const editions::WordDiff d = editions::diff_words(wa, wb);
    check_spans(d.deleted, a.size());
    check_spans(d.inserted, b.size());
    require(d.similarity >= 0 && d.similarity <= 1);
    if (wa.ids.size() * wb.ids.size() <= editions::kMaxDiffCells)
        require(d.similarity == editions::similarity(wa, wb));

    const model::Unit old_unit = unit_of_lines(a), new_unit = unit_of_lines(b);
    const editions::PcMatching m = editions::match_criteria(old_unit, new_unit);
    std::size_t old_rows = 0, new_rows = 0;
    for (const editions::PcChange& c : m.changes) {
        old_rows += c.old_pc != nullptr;
        new_rows += c.new_pc != nullptr;
    }
    require(old_rows == old_unit.elements[0].criteria.size() && new_rows == new_unit.elements[0].criteria.size());
    editions::mapping_csv(m);
    return 0;
}
