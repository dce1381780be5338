#include "text/cut_to_width.hpp"

#include <vector>

#include "base/utf8.hpp"

namespace compforms::text {
namespace {

// Thai marks that sit on the previous character: never cut text just before one.
bool is_thai_mark(char32_t c) {
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

// Byte offsets where the text may be cut (before a character that is not a mark).
std::vector<std::size_t> cut_points(const std::string& s) {
    std::vector<std::size_t> cuts;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        const char32_t cp = utf8::decode(s, i);
        if (at > 0 && !is_thai_mark(cp)) cuts.push_back(at);
    }
    return cuts;
}

} // namespace

std::string cut_to_width(const std::string& text, double max_width,
                         const std::function<double(const std::string&)>& width) {
    if (width(text) <= max_width) return text;
    const std::string ellipsis = "\xE2\x80\xA6";
    const std::vector<std::size_t> cuts = cut_points(text);
    std::size_t lo = 0, hi = cuts.size();   // the longest prefix that fits, by bisection
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (width(text.substr(0, cuts[mid - 1]) + ellipsis) <= max_width) lo = mid;
        else hi = mid - 1;
    }
    return lo == 0 ? ellipsis : text.substr(0, cuts[lo - 1]) + ellipsis;
}

} // namespace compforms::text
