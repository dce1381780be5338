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
