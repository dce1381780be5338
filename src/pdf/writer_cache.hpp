// What a PdfWriter keeps from one document to the next, so a batch of sheets pays once
// for what does not change between them (the writer's Impl, which StreamedPdf uses too).
#pragma once

#include "pdf/deflater.hpp"
#include "pdf/font_records.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/shared_part.hpp"

namespace compforms::pdf::detail {

struct WriterCache {
    Deflater deflater;
    Deflater fast_deflater{1};   // per-document font programs (the page items' subsets)
    Deflater best_deflater{9};   // the shared part, compressed once and written into every document
    SubsetCache subsets;
    FontRecords fonts;
    SharedParts shared_parts;
};

} // namespace compforms::pdf::detail

namespace compforms::pdf {

struct PdfWriter::Impl : detail::WriterCache {};

} // namespace compforms::pdf
