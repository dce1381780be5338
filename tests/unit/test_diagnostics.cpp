#include <doctest/doctest.h>

#include "base/diagnostic.hpp"

using namespace compforms;

TEST_CASE("LineIndex counts lines from 1 and columns in code points") {
    std::string text = "ab\nกขc\n";
    LineIndex index(text);
    CHECK(index.locate(0) == std::pair<std::size_t, std::size_t>{1, 1});
    CHECK(index.locate(3) == std::pair<std::size_t, std::size_t>{2, 1});
    CHECK(index.locate(9) == std::pair<std::size_t, std::size_t>{2, 3});  // after two 3-byte Thai letters
}

TEST_CASE("Diagnostic formats gcc-style") {
    Diagnostic d{Severity::error, "x.xml", 3, 7, "boom", {}, false};
    CHECK(format(d) == "x.xml:3:7: error: boom");
    d.severity = Severity::warning;
    d.line = 0;
    CHECK(format(d) == "x.xml: warning: boom");
    d.file.clear();
    CHECK(format(d) == "compforms: warning: boom");
}

TEST_CASE("exit_status: usage 2, any other error 1, warnings alone 0") {
    std::vector<Diagnostic> ds;
    CHECK(exit_status(ds) == 0);
    ds.push_back({Severity::warning, "c.csv", 4, 0, "renamed", {}, false});
    CHECK(exit_status(ds) == 0);
    ds.push_back({Severity::error, "c.csv", 5, 0, "bad date", {}, false});
    CHECK(exit_status(ds) == 1);
    Diagnostic usage{Severity::error, "", 0, 0, "unknown option '--x'", {}, false};
    usage.usage = true;
    ds.push_back(usage);
    CHECK(exit_status(ds) == 2);
}
