// Problems found in an input file, reported gcc-style: `FILE:LINE:COLUMN: error: message`
// (or `warning:`), all of them, not just the first. Positions are byte offsets until
// reporting, when they are turned into line:column against the file's text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::source {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    std::size_t line = 0;     // 1-based; 0 when unknown
    std::size_t column = 0;   // 1-based, in characters (code points); 0 when unknown
    std::string message;
};

// Maps byte offsets of one text to 1-based line and column (columns count code points).
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    // {line, column} of a byte offset (clamped to the end of the text).
    std::pair<std::size_t, std::size_t> locate(std::size_t offset) const;
    // Only the line of a byte offset: a binary search, cheap even on a one-line file.
    std::size_t line(std::size_t offset) const;

private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

class Diagnostics {
public:
    void add(Severity severity, std::string file, std::size_t line, std::size_t column,
             std::string message);
    void error(std::string file, std::size_t line, std::size_t column, std::string message) {
        add(Severity::error, std::move(file), line, column, std::move(message));
    }
    void warning(std::string file, std::size_t line, std::size_t column, std::string message) {
        add(Severity::warning, std::move(file), line, column, std::move(message));
    }
    const std::vector<Diagnostic>& all() const { return items_; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() != 0; }

private:
    std::vector<Diagnostic> items_;
};

// "FILE:LINE:COLUMN: error: message" (LINE/COLUMN left out when unknown).
std::string format(const Diagnostic& d);

} // namespace compforms::source
