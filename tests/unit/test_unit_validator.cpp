// One fixture per rule (tests/fixtures/source/, written by make_fixtures.py from valid.xml):
// each must give exactly these diagnostics, at exactly these positions.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <set>

#include "source/unit_loader.hpp"
#include "source_test_support.hpp"

using namespace compforms;
using compforms::test::fixture;
using compforms::test::formatted;

namespace {

using Expected = std::vector<std::string>;  // "LINE:COL: severity: message", in order

const std::map<std::string, Expected>& rules() {
    static const std::map<std::string, Expected> table = {
        // structure
        {"missing-code", {"2:1: error: missing <code> in <unit>"}},
        {"empty-title", {"12:3: error: empty <title>"}},
        {"missing-attribute", {"27:7: error: missing required attribute 'number' on <criterion>"}},
        {"unexpected-element", {"16:23: error: unexpected element <note> in <sector>"}},
        {"unexpected-attribute", {"20:27: error: unexpected attribute 'name' on <element>"}},
        {"duplicate-element", {"4:3: error: duplicate <kind> in <unit>"}},
        {"out-of-order", {"12:3: error: <code> must come before <title>"}},
        {"no-criteria", {"25:5: error: missing <criterion> in <element>"}},
        {"no-method",
         {"22:7: error: PC TS101.01 is not covered by any assessment method",
          "23:7: error: PC TS101.02 is not covered by any assessment method",
          "27:7: error: PC TS102.01 is not covered by any assessment method",
          "51:3: error: missing <method> in <assessment-methods> (or <na/> when it has none)"}},
        {"duplicate-term", {"46:45: error: duplicate <term> in <definition>"}},
        {"wrong-root", {"2:1: error: the root element is <html>; a unit source is a <unit> in namespace urn:compforms:unit:1"}},
        {"namespace", {"2:7: error: <unit> is in namespace 'urn:compforms:unit:2'; expected 'urn:compforms:unit:1'"}},
        {"format-version", {"2:52: error: unsupported format-version '2.0' (this program reads 1.x)"}},
        {"unknown-entity", {"44:26: error: unknown entity '&nbsp;'"}},
        // codes and numbering
        {"unit-code-format",
         {"11:9: error: unit code 'TS 100' is not a code: a code is 1-40 ASCII letters, digits, '.', '_' or '-', "
          "starting with a letter or digit"}},
        {"element-code-format",
         {"25:20: error: element code 'T102' is not two capital letters and three digits (like DL101), as in unit TS100"}},
        {"pc-numbering", {"23:37: error: criterion code 'TS101.03' should be 'TS101.02' (criterion 2 of element TS101)"}},
        {"pc-wrong-element", {"27:37: error: criterion code 'TS101.03' should be 'TS102.01' (criterion 1 of element TS102)"}},
        {"criterion-number", {"23:7: warning: criterion number '1.3' does not match its position (expected '1.2')"}},
        {"system-code-digits",
         {"23:60: error: system code '1000/2' is not a system code: a system code is 1-20 ASCII letters, digits or '-'"}},
        {"duplicate-system-code", {"27:60: error: duplicate system code '100001' (first used on line 22)"}},
        {"duplicate-code",
         {"25:20: error: duplicate code 'TS101' (first used on line 20)",
          "27:37: error: duplicate code 'TS101.01' (first used on line 22)"}},
        {"code-spaces", {"23:37: warning: code ' TS101.02' has leading or trailing spaces"}},
        // covers and coverage
        {"covers-unknown", {"38:34: error: covers names unknown PC or element 'TS101.09' (nearest: TS101.02)"}},
        {"covers-twice", {"38:43: warning: covers names 'TS101.01' twice in evidence KE1"}},
        {"empty-covers", {"38:34: error: empty covers list on <evidence>"}},
        {"uncovered-evidence", {"27:7: error: PC TS102.01 is not covered by any evidence item"}},
        {"uncovered-method", {"23:7: error: PC TS101.02 is not covered by any assessment method"}},
        {"duplicate-id", {"38:7: error: duplicate id 'PE1' (first used on line 35)"}},
        // values
        {"level-range", {"15:10: error: level '9' is not an integer from 1 to 8"}},
        {"date-invalid", {"8:11: error: date '2023-02-29' is not a real calendar date (YYYY-MM-DD)"}},
        {"revision-invalid", {"6:15: error: revision '-1' is not a non-negative integer"}},
        {"status-invalid", {"7:13: error: status 'draft' is neither 'new' nor 'revised'"}},
        // Thai text
        {"control-character", {"38:49: error: control character U+0007 in the source"}},
        {"mark-without-base", {"40:34: error: Thai mark U+0E48 without a base consonant before it"}},
        {"two-tone-marks", {"22:82: error: second tone mark U+0E49 on one consonant"}},
        {"entities-offsets", {"13:44: error: second tone mark U+0E48 on one consonant"}},
        {"leading-vowel-end", {"43:33: error: leading vowel U+0E40 at the end of a word"}},
        {"doubled-word", {"44:28: warning: doubled 'การการ': 'การ' is repeated"}},
        {"not-nfc", {"30:40: warning: text is not in Unicode normalization form C (NFC)"}},
        // format 1.1: no diagnostics (see the test of what it loads)
        {"format-1-1", {}},
        {"thai-number", {}},
        {"thai-digit-code",
         {"25:20: error: element code 'TS๑๐๒' is not a code: a code is 1-40 ASCII letters, digits, '.', '_' or '-', "
          "starting with a letter or digit"}},
        // what the schema refuses, the loader refuses too (tests/scripts/xsd_schema.sh)
        {"format-version-no-minor",
         {"2:52: error: format-version '1' is not a version this program reads: write 1, a dot and the minor number "
          "(1.0, 1.1)"}},
        {"id-not-a-letter", {"38:21: error: id '1KE' is not an id: an id is an ASCII letter, then letters, digits, '_' or '-'"}},
        {"term-attribute", {"46:25: error: unexpected attribute 'lang' on <term>"}},
        {"replaces-not-a-code",
         {"23:41: error: replaces 'TS101/02' is not a code or a number: a name is 1-40 ASCII letters, digits, Thai digits, "
          "'.', '_' or '-', starting with a letter or digit"}},
        {"covers-not-a-name",
         {"38:34: error: covers name 'TS101.01,' is not a code or a number: a name is 1-40 ASCII letters, digits, Thai "
          "digits, '.', '_' or '-', starting with a letter or digit"}},
        {"element-code-is-pc-code",
         {"25:20: error: element code 'TS101.01' is not two capital letters and three digits (like DL101), as in unit TS100",
          "25:20: error: duplicate code 'TS101.01' (first used on line 22)"}},
        // what only the loader sees (the schema compares numbers as written)
        {"thai-number-duplicate",
         {"23:7: warning: criterion number '๑.๑' does not match its position (expected '1.2')",
          "23:7: error: duplicate criterion number '1.1' (first used on line 22)"}},
    };
    return table;
}

} // namespace

TEST_CASE("The valid fixture has no diagnostics") {
    source::LoadedUnit loaded = source::load_unit(fixture("valid.xml"));
    CHECK(formatted(loaded).empty());
    CHECK(loaded.ok());
    CHECK(model::all_criteria(loaded.unit).size() == 3);
}

TEST_CASE("Each rule's fixture fails with the exact message at the exact line:column") {
    for (const auto& [name, expected] : rules()) {
        CAPTURE(name);
        std::string path = fixture(name + ".xml");
        source::LoadedUnit loaded = source::load_unit(path);
        Expected want;
        for (const std::string& line : expected) want.push_back(path + ":" + line);
        std::vector<std::string> got = formatted(loaded);
        CHECK(got.size() == want.size());
        for (std::size_t i = 0; i < want.size() && i < got.size(); ++i) CHECK(got[i] == want[i]);
        bool only_warnings = true;
        for (const std::string& line : expected) only_warnings = only_warnings && line.find(": error: ") == std::string::npos;
        CHECK(loaded.ok() == only_warnings);
    }
}

TEST_CASE("Format 1.1: PCs named by number, element covers, labels, an element's assessment, section 18 N/A") {
    source::LoadedUnit loaded = source::load_unit(fixture("format-1-1.xml"));
    REQUIRE(loaded.ok());
    const model::Unit& u = loaded.unit;
    const model::Criterion& pc = u.elements[1].criteria[0];
    CHECK(pc.code.empty());
    CHECK(pc.system_code.empty());
    CHECK(pc.name() == "๒.๑");
    REQUIRE(u.elements[1].assessment);
    CHECK(u.elements[1].assessment->blocks[0].label == "1.");
    CHECK(u.knowledge_evidence[0].label == "2.");
    CHECK(u.knowledge_evidence[0].covers[0].pcs == std::vector<std::string>{"๒.๑"});   // element TS102's PCs
    CHECK(u.performance_evidence[0].covers[2].pcs == std::vector<std::string>{"๒.๑"});  // by its number, ASCII digits
    CHECK(u.skills.blocks[0].label == "ข้อ ๑๐.");   // 7 characters in 19 bytes: a label counts characters
    CHECK(u.definitions[0].term.value.empty());
    CHECK(u.definitions[0].label == "1.");
    CHECK_FALSE(u.has_methods());
    CHECK(u.methods_not_applicable.not_applicable_text.value == "ไม่มี");
}

TEST_CASE("A warning never changes the text") {
    source::LoadedUnit doubled = source::load_unit(fixture("doubled-word.xml"));
    CHECK(doubled.unit.range_guidance.blocks[0].text.value == "คำแนะนำการการทดสอบ");
    source::LoadedUnit nfc = source::load_unit(fixture("not-nfc.xml"));
    CHECK(nfc.unit.prerequisites.blocks[0].text.value == "ความรู้พื้นฐาน ท\u0e48\u0e38ง");
    source::LoadedUnit spaces = source::load_unit(fixture("code-spaces.xml"));
    // The code itself is trimmed (it is a key, not text), and its position is its first character.
    const model::Criterion& pc = spaces.unit.elements[0].criteria[1];
    CHECK(pc.code == "TS101.02");
    CHECK(spaces.text.compare(pc.code_pos.offset, 8, "TS101.02") == 0);
}

TEST_CASE("Every fixture in the directory is exercised") {
    // A fixture nobody asserts on is a rule nobody tests: the loader tests take these six,
    // the table above all the others.
    std::set<std::string> covered = {"valid", "empty", "not-xml", "utf16", "invalid-utf8", "malformed"};
    for (const auto& entry : rules()) covered.insert(entry.first);
    std::set<std::string> present;
    for (const auto& entry : std::filesystem::directory_iterator(fixture("")))
        if (entry.path().extension() == ".xml") present.insert(entry.path().stem().string());
    CHECK(present == covered);
    CHECK(present.size() > 40);
}
