#include <doctest/doctest.h>

#include "source/diagnostics.hpp"

using namespace compforms::source;

TEST_CASE("LineIndex counts lines from 1 and columns in code points") {
    std::string text = "ab\nกขc\n";
    LineIndex index(text);
    CHECK(index.locate(0) == std::pair<std::size_t, std::size_t>{1, 1});
    CHECK(index.locate(3) == std::pair<std::size_t, std::size_t>{2, 1});
    CHECK(index.locate(9) == std::pair<std::size_t, std::size_t>{2, 3});  // after two 3-byte Thai letters
}

TEST_CASE("Diagnostic formats gcc-style") {
    Diagnostic d{Severity::error, "x.xml", 3, 7, "boom"};
    CHECK(format(d) == "x.xml:3:7: error: boom");
    d.severity = Severity::warning;
    d.line = 0;
    CHECK(format(d) == "x.xml: warning: boom");
}
