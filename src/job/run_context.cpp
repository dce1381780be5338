#include "job/run_context.hpp"

namespace compforms::job {

void RunContext::report(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    if (observer_) observer_->diagnostic(d);
    result_.diagnostics.push_back(std::move(d));
}

void RunContext::report_all(const Diagnostics& found) {
    for (const Diagnostic& d : found.all()) report(d);
}

void RunContext::error(std::string file, std::string message, std::size_t line, std::size_t column) {
    report({Severity::error, std::move(file), line, column, std::move(message), {}, false});
}

void RunContext::warning(std::string file, std::string message, std::size_t line, std::size_t column,
                         std::string kind) {
    report({Severity::warning, std::move(file), line, column, std::move(message), std::move(kind), false});
}

void RunContext::usage_error(std::string message) {
    report({Severity::error, {}, 0, 0, std::move(message), {}, true});
}

void RunContext::add_file(OutputFile file) {
    if (observer_) observer_->wrote(file);
    result_.files.push_back(std::move(file));
}

} // namespace compforms::job
