#include "job/document_writer.hpp"

#include "base/output_file.hpp"

namespace compforms::job {

void DocumentWriter::expect(std::size_t files, std::size_t skipped) {
    if (Observer* o = run_.observer()) {
        o->writing(files);
        if (skipped) o->skipped(skipped);
    }
}

bool DocumentWriter::write(const layout::Document& doc, const std::string& path) {
    if (stopped_) return false;
    std::string bytes;
    try {
        bytes = pdf_.render(doc);
    } catch (const pdf::PdfError& e) {
        run_.error(path, std::string("cannot make the PDF: ") + e.what());
        stopped_ = true;
        return false;
    }
    return write_bytes(std::move(bytes), path);
}

// The pages are never all held, but the file's bytes are: base/output_file writes a
// file atomically in one piece, as every output is written.
bool DocumentWriter::write_parts(const std::string& path, const layout::DocInfo& info,
                                 const std::vector<const layout::Document*>& forms,
                                 const std::function<void(pdf::StreamedPdf&)>& parts) {
    if (stopped_) return false;
    std::string bytes;
    try {
        pdf::StreamedPdf doc(pdf_, [&bytes](std::string_view b) { bytes.append(b.data(), b.size()); }, info, forms);
        parts(doc);
        doc.finish();
    } catch (const pdf::PdfError& e) {
        run_.error(path, std::string("cannot make the PDF: ") + e.what());
        stopped_ = true;
        return false;
    }
    return write_bytes(std::move(bytes), path);
}

bool DocumentWriter::write_bytes(std::string bytes, const std::string& path) {
    if (stopped_) return false;
    if (run_.job().in_memory) {
        run_.add_file({path, std::move(bytes)});
        return true;
    }
    const std::string folder = path.substr(0, path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/'));
    if (cleaned_.insert(folder).second) remove_stale_temporaries(folder);
    if (std::string problem = write_file_atomically(path, bytes); !problem.empty()) {
        run_.error(path, problem);
        stopped_ = true;
        return false;
    }
    run_.add_file({path, {}});
    return true;
}

} // namespace compforms::job
