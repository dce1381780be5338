#include <doctest/doctest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "job/output_names.hpp"

using namespace compforms;
using namespace compforms::job;
namespace fs = std::filesystem;

namespace {

model::Candidate candidate(std::string id, long line) {
    model::Candidate c;
    c.id = std::move(id);
    c.name = "x";
    c.line = line;
    return c;
}

std::vector<std::string> messages(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.all()) out.push_back(format(d));
    return out;
}

} // namespace

TEST_CASE("names: safe IDs are kept as they are") {
    for (const char* id : {"DL-0001", "a_b.c", "ผู้สมัคร๑", "A1"}) {
        SafeStem s = safe_file_stem(id);
        CHECK(s.stem == id);
        CHECK_FALSE(s.changed);
    }
}

TEST_CASE("names: unsafe IDs become safe, tagged with the FNV-1a hash of the ID") {
    CHECK(fnv1a_32("") == 0x811c9dc5u);
    CHECK(fnv1a_32("a") == 0xe40c292cu);
    // '/' -> '_', then the leading dot and each ".." lose a dot: no way to climb out.
    CHECK(safe_file_stem("../../x").stem.substr(0, 8) == "_.__._x-");
    std::vector<std::string> bad = {"../../x", "/etc/x", ".hidden", "a\\b", std::string(300, 'a'), "CON",
                                    "com1.txt", "", "a b", "x\ty", "a..b", "end.", "..", "ชื่อ/x", "\xFF\xFE"};
    std::set<std::string> stems;
    for (const std::string& id : bad) {
        INFO("id: " << id);
        SafeStem s = safe_file_stem(id);
        CHECK(s.changed);
        CHECK(s.stem.size() <= 100);
        CHECK(s.stem.find('/') == std::string::npos);
        CHECK(s.stem.find('\\') == std::string::npos);
        CHECK(s.stem.find("..") == std::string::npos);
        CHECK(s.stem[0] != '.');
        char tag[16];
        std::snprintf(tag, sizeof tag, "-%08x", static_cast<unsigned>(fnv1a_32(id)));
        CHECK(s.stem.size() >= 9);
        CHECK(s.stem.substr(s.stem.size() - 9) == tag);
        // Already safe: mapping again changes nothing.
        CHECK_FALSE(safe_file_stem(s.stem).changed);
        stems.insert(s.stem);
    }
    CHECK(stems.size() == bad.size());   // distinct IDs stay distinct
    CHECK(safe_file_stem("/etc/x").stem.substr(0, 6) == "_etc_x");
    CHECK(safe_file_stem(".hidden").stem.substr(0, 7) == "_hidden");
    CHECK(safe_file_stem("CON").stem.substr(0, 5) == "_CON-");
    CHECK(safe_file_stem("com1.txt").stem.substr(0, 10) == "_com1.txt-");
    CHECK(safe_file_stem(std::string(300, 'a')).stem.size() == 100);
    // Two IDs that sanitise alike ("a/b", "a\b") still get different names.
    CHECK(safe_file_stem("a/b").stem != safe_file_stem("a\\b").stem);
}

TEST_CASE("names: a long Thai ID is cut at a character boundary") {
    std::string id;
    for (int i = 0; i < 40; ++i) id += "ก";   // 120 bytes
    SafeStem s = safe_file_stem(id);
    CHECK(s.changed);
    CHECK(s.stem.size() == 30 * 3 + 9);   // 91 bytes allowed before the tag: 30 whole letters
}

TEST_CASE("names: plan_outputs keeps every path inside the folder and warns about renamed IDs") {
    std::vector<model::Candidate> cs = {candidate("A1", 2), candidate("../../x", 3), candidate("/etc/x", 4),
                                        candidate(".hidden", 5), candidate("a\\b", 6),
                                        candidate(std::string(300, 'z'), 7), candidate("CON", 8)};
    Diagnostics diags;
    auto plan = plan_outputs(cs, "out/", "-scoresheet.pdf", "c.csv", diags);
    REQUIRE(plan.size() == cs.size());
    CHECK(plan[0].path == fs::path("out/A1-scoresheet.pdf"));
    CHECK_FALSE(plan[0].renamed);
    std::set<fs::path> paths;
    for (const PlannedOutput& p : plan) {
        INFO(p.path.string());
        CHECK(p.path.parent_path() == fs::path("out"));
        CHECK(is_directly_inside(p.path, "out"));
        CHECK_FALSE(p.clash);
        paths.insert(p.path);
    }
    CHECK(paths.size() == cs.size());
    CHECK(diags.error_count() == 0);
    CHECK(diags.warning_count() == 6);
    char tag[16];
    std::snprintf(tag, sizeof tag, "%08x", static_cast<unsigned>(fnv1a_32("../../x")));
    CHECK(messages(diags)[0] == "c.csv:3: warning: candidate_id '../../x' is not a safe file name; writing it as '_.__._x-" +
                                    std::string(tag) + "-scoresheet.pdf'");
}

TEST_CASE("names: a rename warning names every file of the candidate") {
    std::vector<model::Candidate> cs = {candidate("a/b", 2)};
    Diagnostics diags;
    auto plan = plan_outputs(cs, "out", "-scoresheet.pdf", "c.csv", diags, {"-checklist.pdf"});
    REQUIRE(plan.size() == 1);
    const std::string stem = plan[0].path.filename().string().substr(0, plan[0].path.filename().string().find("-scoresheet"));
    REQUIRE(messages(diags).size() == 1);
    CHECK(messages(diags)[0] == "c.csv:2: warning: candidate_id 'a/b' is not a safe file name; writing it as '" + stem +
                                    "-scoresheet.pdf' and '" + stem + "-checklist.pdf'");
}

TEST_CASE("names: two rows sharing a file name, also case-insensitively, are an error naming both lines") {
    std::vector<model::Candidate> cs = {candidate("Ab1", 2), candidate("B", 3), candidate("aB1", 4)};
    Diagnostics diags;
    auto plan = plan_outputs(cs, "/tmp/o", "-scoresheet.pdf", "c.csv", diags);
    CHECK(messages(diags) == std::vector<std::string>{"c.csv:4: error: candidate_id 'aB1' would be written to the same "
                                                      "file as 'Ab1' on line 2 (aB1-scoresheet.pdf)"});
    CHECK_FALSE(plan[0].clash);
    CHECK(plan[2].clash);
}

TEST_CASE("names: is_directly_inside") {
    CHECK(is_directly_inside("out/a.pdf", "out"));
    CHECK(is_directly_inside("out/a.pdf", "./out/"));
    CHECK(is_directly_inside("a.pdf", ""));
    CHECK(is_directly_inside("./a.pdf", "."));
    CHECK(is_directly_inside("/abs/d/a.pdf", "/abs/d"));
    CHECK_FALSE(is_directly_inside("out/../a.pdf", "out"));
    CHECK_FALSE(is_directly_inside("out/sub/a.pdf", "out"));
    CHECK_FALSE(is_directly_inside("out/..", "out"));
    CHECK_FALSE(is_directly_inside("/etc/x", "out"));
}
