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
    bool compress = true;
};

// Reusable across documents: caches what does not change between them (font subsets
// for an identical glyph set, encoded shared page content), so a batch of sheets pays
// for them once.
class PdfWriter {
public:
    PdfWriter();
    ~PdfWriter();
    PdfWriter(const PdfWriter&) = delete;
    PdfWriter& operator=(const PdfWriter&) = delete;

    std::string render(const layout::Document& doc, const PdfOptions& options = {});
    // Renders and writes atomically: a temporary file beside `path`, then rename.
    void write(const layout::Document& doc, const std::string& path, const PdfOptions& options = {});

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Writes bytes to path atomically (temporary file in the same folder, fsync-free, rename);
// throws PdfError naming the path on failure and leaves no partial file behind.
void write_file_atomically(const std::string& path, const std::string& bytes);

} // namespace compforms::pdf
