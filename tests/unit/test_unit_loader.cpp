#include <doctest/doctest.h>

#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "large_unit_source.hpp"
#include "source/unit_loader.hpp"
#include "source_test_support.hpp"

using namespace compforms;
using compforms::test::fixture;
using compforms::test::formatted;

namespace {

std::string write_temp(const std::string& name, const std::string& bytes) {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("compforms-loader-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::path path = dir / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
}

// The diagnostics of loading `path` as a user without privileges: root reads any file, so
// when the suite runs as root (as the README runs it) the load happens in a child process
// that has given its root rights up for nobody's (uid and gid 65534).
std::string loaded_unprivileged(const std::string& path) {
    if (::geteuid() != 0) {
        std::vector<std::string> lines = formatted(source::load_unit(path));
        return lines.size() == 1 ? lines.front() : "unexpected: " + std::to_string(lines.size()) + " diagnostics";
    }
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        std::string out = "could not drop privileges";
        if (::setgroups(0, nullptr) == 0 && ::setgid(65534) == 0 && ::setuid(65534) == 0 && ::geteuid() != 0) {
            std::vector<std::string> lines = formatted(source::load_unit(path));
            out = lines.size() == 1 ? lines.front() : "unexpected: " + std::to_string(lines.size()) + " diagnostics";
        }
        const ssize_t written = ::write(fds[1], out.data(), out.size());
        ::_exit(written == static_cast<ssize_t>(out.size()) ? 0 : 1);
    }
    ::close(fds[1]);
    std::string got;
    char buffer[512];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) got.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return got;
}

} // namespace

TEST_CASE("DL100 loads with its 3 elements and 11 PCs, no errors") {
    source::LoadedUnit loaded = source::load_unit(test::dl100_path());
    for (const std::string& line : formatted(loaded)) MESSAGE(line);
    REQUIRE(loaded.ok());
    const model::Unit& unit = loaded.unit;
    CHECK(unit.format_version == "1.0");
    CHECK(unit.code.value == "DL100");
    CHECK(unit.title.value == "นำการพัฒนาคนพันธุ์ใหม่ (Digital DNA) สำหรับพัฒนาองค์กรดิจิทัล");
    CHECK(unit.kind.value == "หน่วยสมรรถนะ");
    REQUIRE(unit.elements.size() == 3);
    CHECK(unit.elements[0].code == "DL101");
    CHECK(unit.elements[1].code == "DL102");
    CHECK(unit.elements[2].code == "DL103");
    CHECK(unit.elements[2].title.value == "มีเทคนิคและรูปแบบการรักษาคนพันธุ์ใหม่ (Digital DNA)");
    std::vector<const model::Criterion*> pcs = model::all_criteria(unit);
    REQUIRE(pcs.size() == 11);
    const char* codes[] = {"DL101.01", "DL101.02", "DL101.03", "DL101.04", "DL101.05", "DL102.01",
                           "DL102.02", "DL102.03", "DL103.01", "DL103.02", "DL103.03"};
    for (std::size_t i = 0; i < pcs.size(); ++i) {
        CHECK(pcs[i]->code == codes[i]);
        CHECK(pcs[i]->system_code == std::to_string(191372 + i));
    }
    CHECK(pcs[0]->number == "1.1");
    // The fixed tone mark of 1.1: "ได้", not the extraction's "ได".
    CHECK(pcs[0]->text.value == "วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้");
    CHECK(pcs[7]->text.value.rfind("บ่มเพาะคนพันธุ์ใหม่ที่สามารถปรับตัวได้อย่างพลวัตร (Agile)", 0) == 0);
    CHECK(pcs[10]->number == "3.3");
    CHECK(unit.edition.pos.known());
    CHECK(!unit.edition.revision);
    CHECK(!unit.edition.date);
    CHECK(!unit.level);
    CHECK(unit.other_occupations.not_applicable);
    CHECK(unit.shared_units.not_applicable);
    REQUIRE(unit.prerequisites.blocks.size() == 5);
    CHECK(unit.prerequisites.blocks[0].kind == model::Block::Kind::bullet);
    CHECK(unit.prerequisites.blocks[0].text.value == "ทักษะการเรียนรู้ในศตวรรษที่ 21");
    // An entity decoded: "&amp;" in the source.
    CHECK(unit.skills.blocks[2].text.value ==
          "ทักษะความคิดเชิงกลยุทธ์และการกำหนดกลยุทธ์งานด้านบุคลากร (Strategic Thinking & HR Direction)");
    REQUIRE(unit.performance_evidence.size() == 1);
    REQUIRE(unit.knowledge_evidence.size() == 2);
    CHECK(unit.performance_evidence[0].covers.size() == 11);
    CHECK(unit.knowledge_evidence[1].id == "KE2");
    CHECK(unit.knowledge_evidence[1].kind == model::EvidenceKind::knowledge);
    REQUIRE(unit.methods.size() == 2);
    CHECK(unit.methods[0].text.value == "สอบข้อเขียน");
    REQUIRE(unit.definitions.size() == 4);
    CHECK(unit.definitions[0].term.value == "คนพันธุ์ใหม่");
    CHECK(unit.definitions[0].text.value.rfind("คนพันธุ์ใหม่ คือ ข้าราชการภาครัฐ", 0) == 0);
    CHECK(unit.definitions[2].term.value == "ข้อมูลขนาดใหญ่ (Big Data)");
}

TEST_CASE("DL100 positions point at the source") {
    source::LoadedUnit loaded = source::load_unit(test::dl100_path());
    const model::Criterion* pc = nullptr;
    for (const model::Criterion* c : model::all_criteria(loaded.unit))
        if (c->code == "DL103.03") pc = c;
    REQUIRE(pc != nullptr);
    // Each recorded offset names the thing it belongs to.
    CHECK(loaded.text.compare(pc->pos.offset, 10, "<criterion") == 0);
    CHECK(loaded.text.compare(pc->code_pos.offset, 8, "DL103.03") == 0);
    CHECK(loaded.text.compare(pc->system_code_pos.offset, 6, "191382") == 0);
    CHECK(loaded.text.compare(pc->text.pos.offset, std::string("ใช้").size(), "ใช้") == 0);
    const model::CodeRef& ref = loaded.unit.methods[0].covers.back();
    CHECK(ref.code == "DL103.03");
    CHECK(loaded.text.compare(ref.pos.offset, 8, "DL103.03") == 0);
    CHECK(loaded.text.compare(loaded.unit.elements[1].pos.offset, 8, "<element") == 0);
    CHECK(loaded.text.compare(loaded.unit.elements[1].code_pos.offset, 5, "DL102") == 0);

    CHECK(LineIndex(loaded.text).locate(pc->pos.offset) == std::pair<std::size_t, std::size_t>{56, 7});
}

TEST_CASE("The doubled syllable DL100 keeps from the standard is one warning") {
    source::LoadedUnit loaded = source::load_unit(test::dl100_path());
    CHECK(formatted(loaded) ==
          std::vector<std::string>{test::dl100_path() + ":114:36: warning: doubled 'การการ': 'การ' is repeated"});
}

TEST_CASE("A missing file, a directory and an unreadable file are clear errors") {
    std::string missing = fixture("no-such-file.xml");
    CHECK(formatted(source::load_unit(missing)) ==
          std::vector<std::string>{missing + ": error: cannot open: No such file or directory"});
    std::string dir = std::string(COMPFORMS_TEST_DIR) + "/fixtures";
    CHECK(formatted(source::load_unit(dir)) == std::vector<std::string>{dir + ": error: is a directory, not a file"});
    std::string under_file = fixture("valid.xml/unit.xml");
    CHECK(formatted(source::load_unit(under_file)) ==
          std::vector<std::string>{under_file + ": error: cannot open: Not a directory"});
    std::string locked = write_temp("locked.xml", "<unit/>");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    CHECK(loaded_unprivileged(locked) == locked + ": error: cannot open: Permission denied");
}

TEST_CASE("Empty, whitespace-only and non-XML files") {
    CHECK(formatted(source::load_unit(fixture("empty.xml"))) ==
          std::vector<std::string>{fixture("empty.xml") + ": error: empty file (expected a <unit> XML document)"});
    std::string blank = write_temp("blank.xml", " \n\t\n");
    CHECK(formatted(source::load_unit(blank)) ==
          std::vector<std::string>{blank + ": error: empty file (expected a <unit> XML document)"});
    CHECK(formatted(source::load_unit(fixture("not-xml.xml"))) ==
          std::vector<std::string>{fixture("not-xml.xml") + ": error: not an XML document: no root element"});
    // A binary file: its bad bytes are reported, a few of them.
    std::string binary = "\x89PNG\r\n\x1a\n";
    for (int i = 0; i < 200; ++i) binary += static_cast<char>(0x80 + (i * 7) % 128), binary += 'a';
    source::LoadedUnit png = source::load_unit(write_temp("image.png", binary));
    CHECK(!png.ok());
    CHECK(png.diagnostics.all().size() == 11);  // 10 shown (bad runs and a control character) + "N more"
    CHECK(format(png.diagnostics.all().front()).find(": error: ") != std::string::npos);
}

TEST_CASE("Malformed XML gives the parser's problem at its line and column") {
    CHECK(formatted(source::load_unit(fixture("malformed.xml"))) ==
          std::vector<std::string>{fixture("malformed.xml") + ":40:42: error: malformed XML: start-end tags mismatch"});
    std::string truncated = write_temp("truncated.xml", "<unit xmlns=\"urn:compforms:unit:1\">\n  <kind>ก");
    CHECK(formatted(source::load_unit(truncated)) ==
          std::vector<std::string>{truncated + ":2:10: error: malformed XML: start-end tags mismatch"});
    std::string two_roots = write_temp("two-roots.xml", "<a/>\n<b/>\n");
    std::vector<std::string> lines = formatted(source::load_unit(two_roots));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == two_roots + ":1:1: error: the root element is <a>; a unit source is a <unit> in namespace urn:compforms:unit:1");
    CHECK(lines[1] == two_roots + ":2:1: error: more than one root element (<b>)");
}

TEST_CASE("Invalid UTF-8 and UTF-16 stop before parsing, with one error") {
    CHECK(formatted(source::load_unit(fixture("invalid-utf8.xml"))) ==
          std::vector<std::string>{fixture("invalid-utf8.xml") +
                                   ":38:49: error: invalid UTF-8 (0xFF 0xFE); the source must be UTF-8"});
    CHECK(formatted(source::load_unit(fixture("utf16.xml"))) ==
          std::vector<std::string>{fixture("utf16.xml") +
                                   ": error: the file is UTF-16 (it starts with a UTF-16 byte order mark); the source must be UTF-8"});
    // Overlong, surrogate and truncated sequences.
    for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xE0\xB8"}) {
        std::string path = write_temp("bad-seq.xml", std::string("<unit>") + bad + "</unit>");
        std::vector<std::string> lines = formatted(source::load_unit(path));
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].rfind(path + ":1:7: error: invalid UTF-8 (", 0) == 0);
    }
    std::string nul = write_temp("nul.xml", std::string("<unit>\n\0</unit>", 15));
    CHECK(formatted(source::load_unit(nul)) ==
          std::vector<std::string>{nul + ":2:1: error: NUL byte: this is not a UTF-8 text file (UTF-16? binary?)"});
}

TEST_CASE("A UTF-8 byte order mark and CRLF line ends keep positions exact") {
    std::string text = "\xEF\xBB\xBF" + test::read_text(fixture("valid.xml"));
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    std::size_t at = crlf.find("covers=\"TS101.01\"");
    crlf.replace(at, 17, "covers=\"TS101.07\"");
    std::string path = write_temp("bom-crlf.xml", crlf);
    CHECK(formatted(source::load_unit(path)) ==
          std::vector<std::string>{path + ":38:34: error: covers names unknown PC or element 'TS101.07' (nearest: TS101.02)"});
}

TEST_CASE("Text is whitespace-collapsed, a definition's text includes its term") {
    std::string path = write_temp("collapse.xml", [] {
        std::string text = test::read_text(fixture("valid.xml"));
        text.replace(text.find("<p>ตรวจหลักฐาน</p>"), std::string("<p>ตรวจหลักฐาน</p>").size(),
                     "<p>\n   ตรวจ\t\t หลักฐาน\r\n  <![CDATA[ <ดู> ]]>  ภาคผนวก &#x41;&lt;\n</p>");
        return text;
    }());
    source::LoadedUnit loaded = source::load_unit(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.unit.assessment_guidance.blocks[0].text.value == "ตรวจ หลักฐาน <ดู> ภาคผนวก A<");
    CHECK(loaded.unit.definitions[0].term.value == "ผู้ทดสอบ");
    CHECK(loaded.unit.definitions[0].text.value == "ผู้ทดสอบ คือ ผู้ที่ทำการทดสอบ");
    CHECK(loaded.unit.level == 3);
    REQUIRE(loaded.unit.edition.date);
    CHECK(loaded.unit.edition.date->year == 2024);
    CHECK(loaded.unit.edition.date->month == 2);
    CHECK(loaded.unit.edition.date->day == 29);
    CHECK(loaded.unit.edition.revision == 1);
    CHECK(loaded.unit.edition.status == model::EditionStatus::revised);
    CHECK(loaded.unit.edition.publisher == std::string("สำนักงานทดสอบ"));
}

TEST_CASE("A large generated source (tens of MB) loads cleanly") {
    const int kElements = 1000, kCriteria = 90;
    std::string xml = test::large_unit_source(kElements, kCriteria);
    CHECK(xml.size() > (20u << 20));
    std::string path = write_temp("large.xml", xml);
    xml.clear();
    source::LoadedUnit loaded = source::load_unit(path);
    MESSAGE("large source: " << loaded.text.size() << " bytes");
    for (std::size_t i = 0; i < loaded.diagnostics.all().size() && i < 5; ++i)
        MESSAGE(format(loaded.diagnostics.all()[i]));
    CHECK(loaded.ok());
    CHECK(loaded.diagnostics.all().empty());
    REQUIRE(loaded.unit.elements.size() == kElements);
    CHECK(model::all_criteria(loaded.unit).size() == static_cast<std::size_t>(kElements * kCriteria));
    CHECK(loaded.unit.elements.back().criteria.back().code == test::large_element_code(kElements - 1) + ".90");
    CHECK(loaded.unit.elements.back().criteria.back().system_code == std::to_string(1000000 + kElements * kCriteria - 1));
    CHECK(loaded.unit.methods.back().covers.size() == static_cast<std::size_t>(kCriteria));
    std::filesystem::remove(path);
}

TEST_CASE("A large source with one error reports it at its place") {
    std::string xml = test::large_unit_source(300, 90);
    std::size_t at = xml.rfind("ZA299.90\" system-code");
    REQUIRE(at != std::string::npos);
    xml.replace(at, 8, "ZA299.91");
    std::string path = write_temp("large-bad.xml", xml);
    source::LoadedUnit loaded = source::load_unit(path);
    std::vector<std::string> lines = formatted(loaded);
    // The code, the PC it should have been now covered by nothing, the references to it dangling.
    std::string pc_line = path + ":27905:";
    CHECK(lines == std::vector<std::string>{
                       pc_line + "3: error: PC ZA299.91 is not covered by any evidence item",
                       pc_line + "3: error: PC ZA299.91 is not covered by any assessment method",
                       pc_line + "36: error: criterion code 'ZA299.91' should be 'ZA299.90' (criterion 90 of element ZA299)",
                       path + ":28209:830: error: covers names unknown PC or element 'ZA299.90' (nearest: ZA299.91)",
                       path + ":28513:828: error: covers names unknown PC or element 'ZA299.90' (nearest: ZA299.91)"});
    std::filesystem::remove(path);
}

TEST_CASE("A minified one-line source with thousands of errors stays linear") {
    // Every method's covers entry renamed: 27000 dangling references and 27000 uncovered PCs,
    // all on line 3 of a ~9 MB file. Column computation per finding would be quadratic here.
    std::string xml = test::large_unit_source(300, 90);
    std::size_t methods = xml.find("<assessment-methods>");
    for (std::size_t at = xml.find(" covers=\"", methods); at != std::string::npos; at = xml.find(" covers=\"", at + 1)) {
        std::size_t end = xml.find('"', at + 9);
        for (std::size_t k = at + 9; k < end; ++k)
            if (xml[k] == '.') xml[k] = '-';
    }
    std::size_t first_newline = xml.find('\n', xml.find('\n') + 1);  // keep the declaration and <unit> lines
    for (std::size_t k = first_newline + 1; k < xml.size(); ++k)
        if (xml[k] == '\n') xml[k] = ' ';
    std::string path = write_temp("minified.xml", xml);
    source::LoadedUnit loaded = source::load_unit(path);
    CHECK(loaded.diagnostics.error_count() == 2u * 300 * 90);
    CHECK(loaded.diagnostics.warning_count() == 0);
    std::vector<std::string> lines = formatted(loaded);
    REQUIRE(!lines.empty());
    CHECK(lines.front() == path + ":3:341: error: PC ZA000.01 is not covered by any assessment method");
    CHECK(lines.back().find(": error: covers names unknown PC or element 'ZA299-90'") != std::string::npos);
    CHECK(lines.back().find(" (nearest: ") == std::string::npos);  // the nearest-code search is bounded
    std::filesystem::remove(path);
}

TEST_CASE("What the cover prints is limited: a title to 500 characters, kind, group and publisher to 200") {
    const std::string valid = test::read_text(fixture("valid.xml"));
    const auto with = [&](const std::string& from, const std::string& to) {
        std::string text = valid;
        text.replace(text.find(from), from.size(), to);
        return write_temp("cover-limits.xml", text);
    };
    // n words of 5 characters between single spaces: 6n - 1 characters, no word doubled.
    const auto words = [](int n) {
        std::string out;
        for (int i = 0; i < n; ++i) out += (i ? " " : "") + std::string("ทดสอบ");
        return out;
    };
    const std::string title = "<title>ทดสอบระบบ</title>";
    CHECK(source::load_unit(with(title, "<title>" + words(83) + "กขค</title>")).ok());   // 500
    std::string path = with(title, "<title>" + words(83) + "กขคง</title>");
    CHECK(formatted(source::load_unit(path)) ==
          std::vector<std::string>{path + ":12:10: error: the unit's <title> of 501 characters; the cover prints at most 500"});
    path = with("<kind>หน่วยสมรรถนะ</kind>", "<kind>" + words(34) + "</kind>");
    CHECK(formatted(source::load_unit(path)) ==
          std::vector<std::string>{path + ":3:9: error: <kind> of 203 characters; the cover prints at most 200"});
    path = with("<publisher>สำนักงานทดสอบ</publisher>", "<publisher>" + words(34) + "</publisher>");
    CHECK(formatted(source::load_unit(path)) ==
          std::vector<std::string>{path + ":9:16: error: <publisher> of 203 characters; the cover prints at most 200"});
}
