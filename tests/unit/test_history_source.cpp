// Format 1.1's edition history and a PC's replaces attribute: read with their positions,
// every problem located at the attribute that has it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "source/unit_loader.hpp"
#include "source_test_support.hpp"

using namespace compforms;
using compforms::test::formatted;

namespace {

// The errors only: DL100 has a warning of its own (a doubled word the standard prints).
std::vector<std::string> errors(const source::LoadedUnit& loaded) {
    std::vector<std::string> out;
    for (const std::string& line : formatted(loaded))
        if (line.find(": error: ") != std::string::npos) out.push_back(line);
    return out;
}

std::string rev2_path() { return std::string(COMPFORMS_TEST_DIR) + "/fixtures/editions/DL100-rev2.xml"; }

// DL100's source with `from` replaced by `to` (the first occurrence; it must be there).
std::string dl100_with(const std::string& from, const std::string& to, const std::string& version = "1.1") {
    std::string text = test::read_text(test::dl100_path());
    text.replace(text.find("format-version=\"1.0\""), 20, "format-version=\"" + version + "\"");
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

const std::string kHistory =
    "<edition><revision>2</revision><date>2024-01-10</date><history>"
    "<entry revision=\"0\" date=\"2019-05-01\">ฉบับแรก</entry>\n"
    "<entry revision=\"1\" date=\"2021-02-03\">ปรับถ้อยคำ</entry>\n"
    "<entry revision=\"2\" date=\"2024-01-10\">เพิ่มเกณฑ์</entry></history></edition>";

} // namespace

TEST_CASE("The test edition of DL100 loads with its history and a replaces") {
    const source::LoadedUnit loaded = source::load_unit(rev2_path());
    CHECK(errors(loaded).empty());
    REQUIRE(loaded.ok());
    const model::Edition& e = loaded.unit.edition;
    REQUIRE(e.history.size() == 2);
    CHECK(e.history[0].revision == 0);
    CHECK(e.history[0].date.year == 2021);
    CHECK(e.history[0].summary.value == "ฉบับแรก");
    CHECK(e.history[1].revision == 1);
    CHECK(e.history[1].date.month == 6);
    const model::Criterion& replaced = loaded.unit.elements[2].criteria[1];
    CHECK(replaced.code == "DL103.02");
    CHECK(replaced.replaces == "191381");
    CHECK(loaded.text.compare(replaced.replaces_pos.offset, 6, "191381") == 0);
}

TEST_CASE("History entries in order load, out of order or newer than the edition are located errors") {
    CHECK(errors(source::load_unit_from_text("u.xml", dl100_with("<edition/>", kHistory))).empty());

    std::string swapped = kHistory;
    swapped.replace(swapped.find("revision=\"1\""), 12, "revision=\"0\"");
    std::vector<std::string> d = errors(source::load_unit_from_text("u.xml", dl100_with("<edition/>", swapped)));
    REQUIRE(d.size() == 1);
    CHECK(d[0].find("u.xml:11:") == 0);
    CHECK(d[0].find("error: history revision 0 after revision 0") != std::string::npos);

    std::string earlier = kHistory;
    earlier.replace(earlier.find("2021-02-03"), 10, "2018-02-03");
    d = errors(source::load_unit_from_text("u.xml", dl100_with("<edition/>", earlier)));
    REQUIRE(d.size() == 1);
    CHECK(d[0].find("history date 2018-02-03 is earlier than the entry before (2019-05-01)") != std::string::npos);

    std::string newer = kHistory;
    newer.replace(newer.find("<revision>2</revision>"), 22, "<revision>1</revision>");
    d = errors(source::load_unit_from_text("u.xml", dl100_with("<edition/>", newer)));
    REQUIRE(d.size() == 1);
    CHECK(d[0].find("history revision 2 is newer than the edition's revision 1") != std::string::npos);
}

TEST_CASE("A history entry's bad values are each reported where they stand") {
    const std::string bad = "<edition><history><entry revision=\"x\" date=\"2019-02-30\"> </entry></history></edition>";
    const std::vector<std::string> d = errors(source::load_unit_from_text("u.xml", dl100_with("<edition/>", bad)));
    REQUIRE(d.size() == 3);
    CHECK(d[0].find("u.xml:10:21: error: empty history <entry>") == 0);   // sorted by position: the <entry>
    CHECK(d[1].find("u.xml:10:38: error: revision 'x' is not a non-negative integer") == 0);
    CHECK(d[2].find("u.xml:10:47: error: date '2019-02-30' is not a real calendar date") == 0);
}

TEST_CASE("A history entry's revision and date may have spaces around them, as the schema's types allow") {
    const std::string spaced = "<edition><history><entry revision=\" 1 \" date=\" 2019-02-28\">แก้ไข</entry></history></edition>";
    const source::LoadedUnit loaded = source::load_unit_from_text("u.xml", dl100_with("<edition/>", spaced));
    CHECK(errors(loaded).empty());
    REQUIRE(loaded.unit.edition.history.size() == 1);
    CHECK(loaded.unit.edition.history[0].revision == 1);
    CHECK(loaded.unit.edition.history[0].date.iso() == "2019-02-28");
    const std::vector<std::string> all = formatted(loaded);
    CHECK(std::count_if(all.begin(), all.end(), [](const std::string& line) {
              return line.find("has leading or trailing spaces") != std::string::npos;
          }) == 2);
}

TEST_CASE("History and replaces need format-version 1.1") {
    std::vector<std::string> d =
        errors(source::load_unit_from_text("u.xml", dl100_with("<edition/>", kHistory, "1.0")));
    REQUIRE(d.size() == 1);
    CHECK(d[0].find("error: <history> needs format-version=\"1.1\" or later (the source says 1.0)") != std::string::npos);
    d = errors(source::load_unit_from_text(
        "u.xml", dl100_with("system-code=\"191372\"", "system-code=\"191372\" replaces=\"191300\"", "1.0")));
    REQUIRE(d.size() == 1);
    CHECK(d[0].find("the replaces attribute needs format-version") != std::string::npos);
    CHECK(errors(source::load_unit_from_text(
                        "u.xml", dl100_with("system-code=\"191372\"", "system-code=\"191372\" replaces=\"191300\"")))
              .empty());
}
