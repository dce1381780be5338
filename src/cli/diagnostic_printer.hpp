// Diagnostics as the command line prints them: gcc-style, one a line (format()), bad
// usage as "compforms CMD: message" with a pointer to the help, and a kind of problem
// repeated many times in one file printed a few times, then counted: "and 412 more like
// this", so a 20,000-row CSV does not bury the one message that differs.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <tuple>

#include "base/diagnostic.hpp"

namespace compforms::cli {

class DiagnosticPrinter {
public:
    DiagnosticPrinter(std::ostream& out, std::string command, std::size_t shown_per_kind = 10)
        : out_(out), command_(std::move(command)), cap_(shown_per_kind) {}

    void print(const Diagnostic& d);
    // The counts of what was not shown, one line per file and kind.
    void finish();

private:
    using Key = std::tuple<std::string, Severity, std::string>;   // file, severity, kind
    std::ostream& out_;
    std::string command_;
    std::size_t cap_;
    std::map<Key, std::size_t> seen_;
};

} // namespace compforms::cli
