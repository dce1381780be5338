// What the command line prints of diagnostics: gcc-style lines, usage with a pointer to
// the help, a kind repeated many times in one file shown ten times and then counted.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/diagnostic_printer.hpp"

using namespace compforms;

TEST_CASE("diagnostic printer: a warning repeated 30 times in one file is shown 10 times, then counted") {
    std::ostringstream out;
    cli::DiagnosticPrinter printer(out, "pack");
    for (int line = 2; line < 32; ++line)
        printer.print({Severity::warning, "c.csv", static_cast<std::size_t>(line), 0, "unsafe ID", "unsafe-id", false});
    printer.print({Severity::warning, "other.csv", 2, 0, "unsafe ID", "unsafe-id", false});   // another file: its own count
    printer.print({Severity::error, "c.csv", 40, 0, "bad date", {}, false});                   // no kind: never capped
    printer.finish();
    std::istringstream lines(out.str());
    std::vector<std::string> got;
    for (std::string l; std::getline(lines, l);) got.push_back(l);
    REQUIRE(got.size() == 13);
    CHECK(got[0] == "c.csv:2: warning: unsafe ID");
    CHECK(got[9] == "c.csv:11: warning: unsafe ID");
    CHECK(got[10] == "other.csv:2: warning: unsafe ID");
    CHECK(got[11] == "c.csv:40: error: bad date");
    CHECK(got[12] == "c.csv: warning: and 20 more like this (unsafe-id)");
}

TEST_CASE("diagnostic printer: bad usage names the command and its help") {
    std::ostringstream out;
    cli::DiagnosticPrinter printer(out, "booklet");
    printer.print({Severity::error, {}, 0, 0, "no output given (-o)", {}, true});
    CHECK(out.str() == "compforms booklet: no output given (-o)\n(see 'compforms booklet --help')\n");
}
