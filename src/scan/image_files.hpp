// Reads the pages of a scan file: PNG, JPEG, TIFF (every page of a multi-page one) or a
// PDF of scanned pages (rendered with poppler), told apart by their first bytes, never by
// the name. Pages are handed over one at a time, so memory stays flat however many pages a
// file has.
#pragma once

#include <functional>
#include <string>

#include "scan/gray_image.hpp"

namespace compforms::scan {

// What a page of a file is named in RESULTS.csv and in messages: FILE for a one-page
// image, FILE#N for page N of a PDF or a multi-page TIFF.
struct PageRef {
    std::string source;
    bool ok = true;          // false: the page could not be decoded (`problem` says why)
    std::string problem;
};

// PDFs are rendered at this resolution: enough for the codes and the boxes, and fast.
inline constexpr double kPdfDpi = 200;

using PageSink = std::function<void(const PageRef& ref, GrayImage& image)>;

// Calls `sink` for every page of the file, in order; a page that cannot be decoded comes
// with ok = false and an empty image. Returns an error message when the file as a whole
// cannot be read (missing, not an image or PDF); empty otherwise.
std::string read_scan_pages(const std::string& path, const PageSink& sink);

// The decoders, from a file's bytes (image_codecs.cpp, pdf_pages.cpp). Each returns an
// error message, or empty.
std::string decode_png(const std::string& bytes, GrayImage& out);
std::string decode_jpeg(const std::string& bytes, GrayImage& out);
std::string read_tiff_pages(const std::string& path, const PageSink& sink);
// A PDF from the file `name`, or from `bytes` when given (then `name` only names its pages).
std::string read_pdf_pages(const std::string& name, const std::string* bytes, const PageSink& sink,
                           double dpi = kPdfDpi);

} // namespace compforms::scan
