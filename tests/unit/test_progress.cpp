#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "cli/progress.hpp"

using compforms::cli::Progress;

TEST_CASE("progress: plain lines every 10 % and a summary") {
    std::ostringstream out;
    Progress progress(out, /*terminal=*/false, 20);
    for (int i = 0; i < 19; ++i) progress.written();
    progress.skipped();
    progress.add_warnings(3);
    progress.finish();
    std::string text = out.str();
    std::string expected_lines;
    for (int n = 2; n <= 20; n += 2) expected_lines += "compforms: " + std::to_string(n) + "/20 sheets\n";
    REQUIRE(text.size() > expected_lines.size());
    CHECK(text.substr(0, expected_lines.size()) == expected_lines);
    CHECK(text.substr(expected_lines.size()).rfind("compforms: 19 written, 1 skipped, 3 warnings in ", 0) == 0);
    CHECK(text.find('\r') == std::string::npos);
}

TEST_CASE("progress: large batches report every 100 items") {
    std::ostringstream out;
    Progress progress(out, false, 5000, "sheets");
    for (int i = 0; i < 250; ++i) progress.written();
    CHECK(out.str() == "compforms: 100/5000 sheets\ncompforms: 200/5000 sheets\n");
}

TEST_CASE("progress: a terminal gets one redrawn line, then the summary on its own line") {
    std::ostringstream out;
    Progress progress(out, /*terminal=*/true, 3, "sheets");
    progress.written();
    progress.written();
    progress.written();
    progress.finish();
    std::string text = out.str();
    CHECK(text.rfind("\r[", 0) == 0);
    CHECK(text.find("3/3 sheets") != std::string::npos);   // the last item is always drawn
    CHECK(text.find("[##############################] 3/3") != std::string::npos);
    CHECK(text.find("\ncompforms: 3 written, 0 skipped, 0 warnings in ") != std::string::npos);
    CHECK(text.find("\n") == text.rfind("\n", text.size() - 2));   // no other newline before the summary
}
