// /ActualText spans by the "word" policy: every space-delimited chunk of a line that holds
// a Thai mark, or a cluster the per-glyph ToUnicode map cannot express, is one span.
// poppler orders glyphs by x, so a zero-width mark drawn at its offset lands before or
// after its neighbours; a span over the whole word gives the word back exactly in every
// pdftotext mode, where a span per cluster does not. The text writer draws every glyph of
// a cluster inside its cluster's span, whatever its offset.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "pdf/to_unicode.hpp"
#include "text/text_line.hpp"

namespace compforms::pdf::detail {

class WordSpans {
public:
    // The spans of `line`, whose clusters are `clusters`; judged from the font's own cmap
    // (`seed`) only, so they do not depend on the rest of the document.
    WordSpans(const text::TextLine& line, const std::vector<LineCluster>& clusters, const ReverseCmap& seed);

    // The span cluster `c` is drawn in, or -1 when it needs none.
    int span_of(std::size_t c) const { return span_of_cluster_[c]; }
    // Opens a span: "/Span<</ActualText(…)>>BDC", the text as UTF-16BE with a BOM in a
    // literal string.
    void write_begin(std::string& out, int span) const;

private:
    struct Chunk {
        std::size_t begin = 0, end = 0;   // bytes of the line's text
        bool span = false;
    };
    const std::string& text_;
    std::vector<Chunk> chunks_;
    std::vector<int> span_of_cluster_;
};

} // namespace compforms::pdf::detail
