#include <doctest/doctest.h>

#include "source/findings.hpp"

using namespace compforms;
using namespace compforms::source;

TEST_CASE("Findings become diagnostics sorted by position, columns in code points") {
    std::string text = "ab\nกขc\n\nz";
    Findings findings;
    findings.warning_at(12, "on z");         // line 4
    findings.error_at(6, "at ข");            // line 2, after one 3-byte letter
    findings.error({}, "whole file");
    findings.error_at(0, "first");
    findings.warning_at(6, "also at ข");     // ties keep their order
    Diagnostics d = to_diagnostics(findings.all(), "f.xml", text);
    std::vector<std::string> lines;
    for (const Diagnostic& x : d.all()) lines.push_back(format(x));
    CHECK(lines == std::vector<std::string>{"f.xml: error: whole file", "f.xml:1:1: error: first",
                                            "f.xml:2:2: error: at ข", "f.xml:2:2: warning: also at ข",
                                            "f.xml:4:1: warning: on z"});
    CHECK(d.error_count() == 3);
    CHECK(d.warning_count() == 2);
    CHECK(findings.has_errors());
}

TEST_CASE("LineIndex::line agrees with locate") {
    std::string text = "ab\nกขc\n\nz";
    LineIndex index(text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) CHECK(index.line(offset) == index.locate(offset).first);
    CHECK(index.line(1000) == 4);
}
