// Problems found while reading one source, by byte offset. Stages append here; the
// loader turns them into sorted line:column Diagnostics once at the end (one LineIndex).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/unit.hpp"
#include "base/diagnostic.hpp"

namespace compforms::source {

struct Finding {
    std::size_t offset = model::SourcePos::npos;  // npos: the file as a whole
    Severity severity = Severity::error;
    std::string message;
    std::string kind;   // see Diagnostic::kind
};

class Findings {
public:
    void error(model::SourcePos pos, std::string message) {
        items_.push_back({pos.offset, Severity::error, std::move(message), {}});
    }
    void warning(model::SourcePos pos, std::string message, std::string kind = {}) {
        items_.push_back({pos.offset, Severity::warning, std::move(message), std::move(kind)});
    }
    void error_at(std::size_t offset, std::string message) { error(model::SourcePos{offset}, std::move(message)); }
    void warning_at(std::size_t offset, std::string message, std::string kind = {}) {
        warning(model::SourcePos{offset}, std::move(message), std::move(kind));
    }
    bool has_errors() const;
    const std::vector<Finding>& all() const { return items_; }

private:
    std::vector<Finding> items_;
};

// Sorted by position (whole-file findings first, ties keep their order), as Diagnostics
// with line:column in `text`. One pass over the text for all of them: a minified one-line
// source with thousands of findings stays linear.
Diagnostics to_diagnostics(const std::vector<Finding>& findings, const std::string& file, std::string_view text);

} // namespace compforms::source
