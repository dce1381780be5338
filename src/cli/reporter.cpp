#include "cli/reporter.hpp"

#include <iostream>

namespace compforms::cli {
namespace {

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// "forms/DL100.xml: ok (3 elements, 11 criteria, 1 warning)" or "x.xml: 1 error, 0 warnings"
std::string summary_line(const CheckedSource& c) {
    if (!c.ok) return c.path + ": " + plural(c.errors, "error") + ", " + plural(c.warnings, "warning");
    return c.path + ": ok (" + plural(c.elements, "element") + ", " + std::to_string(c.criteria) +
           (c.criteria == 1 ? " criterion" : " criteria") + ", " + plural(c.warnings, "warning") + ")";
}

} // namespace

Reporter::Reporter(const Command& command) : command_(command), printer_(std::cerr, command.name) {}

void Reporter::diagnostic(const Diagnostic& d) {
    if (d.severity == Severity::warning) {
        ++warnings_;
        if (progress_) progress_->add_warnings(1);
    }
    if (progress_) progress_->clear_line();
    printer_.print(d);
}

void Reporter::writing(std::size_t files) {
    progress_ = std::make_unique<Progress>(Progress::for_stderr(files, "files"));
    progress_->add_warnings(warnings_);
}

void Reporter::wrote(const OutputFile&) {
    if (progress_) progress_->written();
}

void Reporter::skipped(std::size_t files) {
    if (progress_)
        for (std::size_t i = 0; i < files; ++i) progress_->skipped();
}

void Reporter::finish(const Result& result) {
    printer_.finish();
    if (progress_) progress_->finish();
    std::cerr << std::flush;
    for (const CheckedSource& c : result.checked) std::cout << summary_line(c) << '\n';
    if (result.read && !result.files.empty())   // "read 9 pages: 54 rows (7 blank, 0 ambiguous) into R.csv"
        std::cout << "read " << plural(result.read->pages, "page") << ": " << plural(result.read->rows, "row") << " ("
                  << result.read->blank << " blank, " << result.read->ambiguous << " ambiguous) into "
                  << result.files.front().path << '\n';
    std::cout << std::flush;
}

} // namespace compforms::cli
