// Turns a laid-out Document into PDF bytes through libharu, with shaped text written as
// glyph ids through a Type0/CIDFontType2 Identity-H font subset by hb-subset, ToUnicode
// and /ActualText so the text extracts exactly. The only module that knows libharu.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "layout/document.hpp"

namespace compforms::pdf {

struct PdfError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct PdfOptions {
    // Streams deflated; off: everything plain, for reading the file by eye.
    bool compress = true;
    // The dictionaries in one object stream with a cross-reference stream (PDF 1.5), when
    // compressing; off: libharu's own layout (plain objects, xref table).
    bool object_streams = true;
};

// Reusable across documents: caches what does not change between them, so a batch of
// sheets pays for it once. Page::shared content is drawn from its own content stream
// (compressed once, one object per document however many pages share it) with its own
// font subset per font (font program, ToUnicode and CIDToGIDMap compressed once and
// written verbatim); each document's Page::items get a small subset of their own glyphs,
// or the shared subset when it holds them all. Output depends only on the document: a
// fresh and a reused writer write the same bytes.
class PdfWriter {
public:
    PdfWriter();
    ~PdfWriter();
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    std::string render(const layout::Document& doc, const PdfOptions& options = {});
    // Renders and writes the file as base/output_file.hpp does (atomically, never through a
    // planted link); throws PdfError naming the path when it cannot be written.
    void write(const layout::Document& doc, const std::string& path, const PdfOptions& options = {});

private:
    friend class StreamedPdf;   // renders its parts with the writer's caches
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace compforms::pdf
