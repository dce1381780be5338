#include "pdf/pdf_writer.hpp"

#include "base/output_file.hpp"
#include "pdf/document_render.hpp"
#include "pdf/writer_cache.hpp"

namespace compforms::pdf {

PdfWriter::PdfWriter() : impl_(std::make_unique<Impl>()) {}
PdfWriter::~PdfWriter() = default;

std::string PdfWriter::render(const layout::Document& doc, const PdfOptions& options) {
    detail::DocumentRender r(*impl_, options);
    return r.render(doc);
}

void PdfWriter::write(const layout::Document& doc, const std::string& path, const PdfOptions& options) {
    if (const std::string problem = write_file_atomically(path, render(doc, options)); !problem.empty())
        throw PdfError(path + ": " + problem);
}

} // namespace compforms::pdf
