// The documents of a run pass the layout check (layout/layout_check.hpp) before they are
// written: a form that would print off the page or text over text is an error at its place
// in the source, exit 1, and neither it nor any later document of the run is written (the
// next copies of a batch share its layout, so they would fail alike).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "job/document_writer.hpp"
#include "job/inputs.hpp"
#include "layout/layout_check.hpp"

namespace compforms::job {

class CheckedWriter {
public:
    CheckedWriter(RunContext& run, const Inputs& in) : run_(run), in_(in), out_(run) {}

    void expect(std::size_t files, std::size_t skipped) { out_.expect(files, skipped); }
    // Checks `doc`, then writes it; false when it failed the check or could not be written.
    // `form` names it in messages: "booklet", "scoring sheet".
    bool write(const layout::Document& doc, const std::string& path, const std::string& form);
    // A merged batch, as DocumentWriter::write_parts writes it, `parts` handing each part to
    // `add`, which checks it before the StreamedPdf gets it. A part that fails the check
    // stops the document: nothing is written.
    using AddPart = std::function<void(layout::Document)>;
    bool write_parts(const std::string& path, const layout::DocInfo& info,
                     const std::vector<const layout::Document*>& forms, const std::string& form,
                     const std::function<void(const AddPart&)>& parts);
    bool stopped() const { return stopped_ || out_.stopped(); }

private:
    // Reports what the check found; false when it found anything.
    bool passes(const layout::Document& doc, const std::string& path, const std::string& form);

    RunContext& run_;
    const Inputs& in_;
    DocumentWriter out_;
    layout::LayoutChecker checker_;   // one per run: a batch's shared pages are checked once
    bool stopped_ = false;
};

} // namespace compforms::job
