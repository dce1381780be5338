// What the command line shows of a run while it goes and when it ends: diagnostics on
// stderr (capped, kept off the progress bar's line), a progress bar or progress lines for
// a batch, the batch's closing summary, and check's one line per source on stdout.
#pragma once

#include <memory>

#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/progress.hpp"
#include "job/job.hpp"

namespace compforms::cli {

class Reporter : public Observer {
public:
    explicit Reporter(const Command& command);

    void diagnostic(const Diagnostic& d) override;
    void writing(std::size_t files) override;
    void wrote(const OutputFile& file) override;
    void skipped(std::size_t files) override;
    void finish(const Result& result);

private:
    const Command& command_;
    DiagnosticPrinter printer_;
    std::unique_ptr<Progress> progress_;   // from the moment a batch says how many files
    std::size_t warnings_ = 0;
};

} // namespace compforms::cli
