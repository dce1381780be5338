#include "editions/word_diff.hpp"

#include <algorithm>
#include <cstdint>

namespace compforms::editions {
namespace {

// The common start and end of two word sequences, set aside before the quadratic part.
struct Trimmed {
    std::size_t head = 0;   // words equal at the start
    std::size_t tail = 0;   // words equal at the end (not overlapping the head)
};

Trimmed trim(const std::vector<int>& a, const std::vector<int>& b) {
    Trimmed t;
    while (t.head < a.size() && t.head < b.size() && a[t.head] == b[t.head]) ++t.head;
    while (t.tail < a.size() - t.head && t.tail < b.size() - t.head &&
           a[a.size() - 1 - t.tail] == b[b.size() - 1 - t.tail])
        ++t.tail;
    return t;
}

// Length of the longest common subsequence of a[lo_a, hi_a) and b[lo_b, hi_b), in O(m) memory.
std::size_t lcs_length(const std::vector<int>& a, std::size_t lo_a, std::size_t hi_a, const std::vector<int>& b,
                       std::size_t lo_b, std::size_t hi_b) {
    const std::size_t m = hi_b - lo_b;
    std::vector<std::uint32_t> row(m + 1, 0), next(m + 1, 0);
    for (std::size_t i = lo_a; i < hi_a; ++i) {
        for (std::size_t j = 0; j < m; ++j)
            next[j + 1] = a[i] == b[lo_b + j] ? row[j] + 1 : std::max(row[j + 1], next[j]);
        std::swap(row, next);
    }
    return row[m];
}

// Appends word i's span to the runs, joining it to the last run when it follows that run's
// word directly.
void add_to_runs(std::vector<Span>& runs, const std::vector<Span>& spans, std::size_t i, std::size_t& last) {
    if (!runs.empty() && last + 1 == i) runs.back().end = spans[i].end;
    else runs.push_back(spans[i]);
    last = i;
}

} // namespace

double bag_similarity(const std::vector<int>& a, const std::vector<int>& b) {
    const std::size_t total = a.size() + b.size();
    if (total == 0) return 1;
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) ++common, ++i, ++j;
        else if (a[i] < b[j]) ++i;
        else ++j;
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(total);
}

double similarity(const Words& a, const Words& b) {
    const std::size_t total = a.ids.size() + b.ids.size();
    if (total == 0) return 1;
    const Trimmed t = trim(a.ids, b.ids);
    const std::size_t common =
        t.head + t.tail + lcs_length(a.ids, t.head, a.ids.size() - t.tail, b.ids, t.head, b.ids.size() - t.tail);
    return 2.0 * static_cast<double>(common) / static_cast<double>(total);
}

WordDiff diff_words(const Words& a, const Words& b) {
    WordDiff d;
    const Trimmed t = trim(a.ids, b.ids);
    const std::size_t n = a.ids.size() - t.head - t.tail, m = b.ids.size() - t.head - t.tail;
    // keep_a[i] / keep_b[j]: the word is in the common subsequence.
    std::vector<char> keep_a(n, 0), keep_b(m, 0);
    std::size_t common = 0;
    if (n > 0 && m > 0 && n * m <= kMaxDiffCells) {
        std::vector<std::uint32_t> table((n + 1) * (m + 1), 0);   // suffix LCS lengths
        auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return table[i * (m + 1) + j]; };
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                at(i, j) = a.ids[t.head + i] == b.ids[t.head + j] ? at(i + 1, j + 1) + 1
                                                                  : std::max(at(i + 1, j), at(i, j + 1));
        for (std::size_t i = 0, j = 0; i < n && j < m;) {
            if (a.ids[t.head + i] == b.ids[t.head + j]) {
                keep_a[i++] = keep_b[j++] = 1;
                ++common;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }
    std::size_t last = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!keep_a[i]) add_to_runs(d.deleted, a.spans, t.head + i, last);
    for (std::size_t j = 0; j < m; ++j)
        if (!keep_b[j]) add_to_runs(d.inserted, b.spans, t.head + j, last);
    const std::size_t total = a.ids.size() + b.ids.size();
    d.similarity = total == 0 ? 1 : 2.0 * static_cast<double>(t.head + t.tail + common) / static_cast<double>(total);
    return d;
}

} // namespace compforms::editions
