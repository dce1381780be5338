// A document too big to hold, written as it is made: a merged batch of thousands of forms.
// The caller adds the document a part at a time (a candidate's forms); every few hundred
// pages are rendered through libharu as a document of their own, and their objects go
// straight into one PDF in the compact form (object streams, a cross-reference stream),
// so memory holds one such stretch of pages, not the document. The parts are joined into
// one balanced page tree, one outline and one name tree of destinations; the fonts and
// content streams of the forms' shared part (Page::shared) are in the file once.
//
// A reader sees what PdfWriter::render would make of the whole document (pages, text,
// links, destinations, bookmarks; fonts embedded as subsets, a part's glyphs that the
// shared subsets lack in a subset of the part's own). The bytes differ; the same parts
// give the same bytes.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "layout/document.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf {

// Where the bytes of a file go, in order, as they are made.
using ByteSink = std::function<void(std::string_view)>;

class StreamedPdf {
public:
    // The pages rendered together, at least (a part is never split).
    static constexpr std::size_t kPagesPerRender = 256;

    // `forms`: the documents whose pages' shared item lists (Page::shared) the parts'
    // pages point at, such as the blank forms a batch fills; their glyphs and content are
    // in the file once. `writer` keeps its caches for the next document, as with render().
    StreamedPdf(PdfWriter& writer, ByteSink out, const layout::DocInfo& info,
                const std::vector<const layout::Document*>& forms, std::size_t pages_per_render = kPagesPerRender);
    ~StreamedPdf();
    StreamedPdf(const StreamedPdf&) = delete;
    StreamedPdf& operator=(const StreamedPdf&) = delete;

    // The next pages, with their bookmarks (OutlineEntry::page counts from the part's
    // first page). A part's outline starts at level 0: no entry nests under another part's.
    // Throws PdfError when a page shares an item list none of the forms has.
    void add(layout::Document part);
    // Writes what is left, and the end of the file. Throws PdfError when a link goes to a
    // destination no part defines.
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace compforms::pdf
