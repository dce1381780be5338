// The one kind of message about something a user can cause: a problem in a unit source, a
// CSV row, a character no font can print, a font file, an output path, the command line.
// Every stage reports through it; the job layer gathers them, the command line prints them
// gcc-style (format) and turns them into its exit status (exit_status), nothing else does.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace compforms {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;          // the file it is about; empty for the run as a whole
    std::size_t line = 0;      // 1-based; 0 when not about one line
    std::size_t column = 0;    // 1-based, in code points; 0 when about the whole line
    std::string message;
    // A short name of the kind of problem ("unsafe-id"): repeats of one kind are printed
    // a few times, then counted. Empty: the message itself is its kind.
    std::string kind;
    // Bad usage of the program (exit status 2), rather than bad input (1).
    bool usage = false;
};

// "FILE:LINE:COLUMN: error: message"; LINE and COLUMN are left out when unknown, and a
// diagnostic about no file reads "compforms: error: message".
std::string format(const Diagnostic& d);

// 2 when the command line was wrong, 1 when any input was (an error of any other kind),
// 0 otherwise: warnings alone never fail a run.
int exit_status(const std::vector<Diagnostic>& diagnostics);

// An ordered collection with the counts a caller asks about.
class Diagnostics {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(std::string file, std::size_t line, std::size_t column, std::string message, std::string kind = {});
    void warning(std::string file, std::size_t line, std::size_t column, std::string message, std::string kind = {});
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() != 0; }
    bool empty() const { return items_.empty(); }

private:
    std::vector<Diagnostic> items_;
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

} // namespace compforms
