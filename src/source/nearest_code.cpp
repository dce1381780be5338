#include "source/nearest_code.hpp"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace compforms::source {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {

std::size_t common_prefix(std::string_view a, std::string_view b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
    return n;
}

// Among codes equally far by edits, the one whose first differing character is nearest
// in value: DL103.09 is closer to DL103.03 than to DL103.01 (a slip of one digit).
std::size_t first_difference(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return static_cast<std::size_t>(std::abs(a[i] - b[i]));
    return 0;
}

} // namespace

std::string nearest_code(std::string_view code, const std::vector<std::string>& candidates) {
    std::string best;
    // Fewest edits; then the longest shared prefix (the same element); then the nearest digit.
    using Key = std::tuple<std::size_t, std::size_t, std::size_t>;
    Key best_key{static_cast<std::size_t>(-1), 0, 0};
    for (const std::string& candidate : candidates) {
        Key key{edit_distance(code, candidate), static_cast<std::size_t>(-1) - common_prefix(code, candidate),
                first_difference(code, candidate)};
        if (key < best_key) {
            best_key = key;
            best = candidate;
        }
    }
    return best;
}

} // namespace compforms::source
