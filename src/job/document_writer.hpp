// The last stage of every printing task: a laid-out document rendered as PDF and written
// (atomically) or kept in memory, the observer told, and the run stopped at the first
// output that cannot be written: when the folder is unwritable or the disk full, every
// further file would fail the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "job/run_context.hpp"
#include "layout/document.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/streamed_pdf.hpp"

namespace compforms::job {

class DocumentWriter {
public:
    explicit DocumentWriter(RunContext& run) : run_(run) {}

    // The number of files the task will write and of files left out for bad rows.
    void expect(std::size_t files, std::size_t skipped);
    // Renders and writes; false (with a diagnostic) when the output cannot be written.
    bool write(const layout::Document& doc, const std::string& path);
    // A document too big to hold (a merged batch), which `parts` adds to the StreamedPdf
    // it is given, a part at a time; `forms` are those its pages fill (see streamed_pdf.hpp).
    // Written as write() writes.
    bool write_parts(const std::string& path, const layout::DocInfo& info,
                     const std::vector<const layout::Document*>& forms,
                     const std::function<void(pdf::StreamedPdf&)>& parts);
    // Writes bytes made elsewhere (a CSV) the same way: atomically, or kept in memory.
    bool write_bytes(std::string bytes, const std::string& path);
    bool stopped() const { return stopped_; }

private:
    RunContext& run_;
    pdf::PdfWriter pdf_;   // one for the run: what documents share is encoded once
    bool stopped_ = false;
    std::set<std::string> cleaned_;   // folders whose stale temporaries are gone
};

} // namespace compforms::job
