#include "pdf/actual_text.hpp"

#include <string_view>

#include "base/utf8.hpp"
#include "pdf/pdf_format.hpp"

namespace compforms::pdf::detail {
namespace {

bool is_thai_mark(char32_t c) {
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E) || c == 0x0E33;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

// A cluster is plain when its glyphs map 1:1, by the font's own cmap, to its characters
// and it has no Thai mark: then ToUnicode alone gives it back, and no zero-width mark sits
// on the origin of another glyph (poppler takes two glyphs less than 0.1 em apart for a
// duplicate and breaks the word there).
bool plain_cluster(const text::TextLine& line, const LineCluster& c, const ReverseCmap& seed) {
    std::u32string chars = utf8::to_u32(std::string_view(line.text).substr(c.text_begin, c.text_end - c.text_begin));
    if (chars.size() != c.last - c.first) return false;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (is_thai_mark(chars[i])) return false;
        auto it = seed.find(line.glyphs[c.first + i].gid);
        if (it == seed.end() || it->second != chars[i]) return false;
    }
    return true;
}

} // namespace

WordSpans::WordSpans(const text::TextLine& line, const std::vector<LineCluster>& clusters, const ReverseCmap& seed)
    : text_(line.text) {
    for (std::size_t i = 0; i < text_.size();) {
        if (is_space(text_[i])) {
            ++i;
            continue;
        }
        Chunk ch;
        ch.begin = i;
        while (i < text_.size() && !is_space(text_[i])) ++i;
        ch.end = i;
        chunks_.push_back(ch);
    }
    auto chunk_of = [this](std::size_t byte) -> int {
        for (std::size_t k = 0; k < chunks_.size(); ++k)
            if (byte >= chunks_[k].begin && byte < chunks_[k].end) return static_cast<int>(k);
        return -1;
    };
    std::vector<int> chunk_of_cluster(clusters.size());
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const int k = chunk_of(clusters[c].text_begin);
        chunk_of_cluster[c] = k;
        if (k >= 0 && !plain_cluster(line, clusters[c], seed)) chunks_[static_cast<std::size_t>(k)].span = true;
    }
    for (int k : chunk_of_cluster) span_of_cluster_.push_back(k >= 0 && chunks_[static_cast<std::size_t>(k)].span ? k : -1);
}

void WordSpans::write_begin(std::string& out, int span) const {
    const Chunk& ch = chunks_[static_cast<std::size_t>(span)];
    const std::string bytes =
        "\xFE\xFF" + utf16be(utf8::to_u32(std::string_view(text_).substr(ch.begin, ch.end - ch.begin)));
    out += "/Span<</ActualText(";
    for (char b : bytes) append_literal_byte(out, static_cast<unsigned char>(b));
    out += ")>>BDC\n";
}

} // namespace compforms::pdf::detail
