#include <doctest/doctest.h>

#include <unicode/ucnv.h>

#include <string>
#include <vector>

#include "source/candidate_fields.hpp"
#include "source/candidates_csv.hpp"
#include "source/csv_reader.hpp"
#include "source/text_encoding.hpp"

using namespace compforms;
using namespace compforms::source;

namespace {

struct Read {
    CandidatesCsv csv;
    std::vector<std::string> messages;
};

Read read(const std::string& bytes, CandidatesCsvOptions options = {}) {
    Diagnostics diags;
    Read r{read_candidates_csv(bytes, "c.csv", options, diags), {}};
    for (const Diagnostic& d : diags.all()) r.messages.push_back(format(d));
    return r;
}

std::string fixture(const std::string& name) { return std::string(COMPFORMS_TEST_DIR) + "/fixtures/csv/" + name; }

std::string to_cp874(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 16, '\0');
    int32_t n = ucnv_convert("windows-874-2000", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                             static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

const std::string kHeader = "candidate_id,name,centre,date,assessor\n";

} // namespace

TEST_CASE("csv: split_csv handles quotes, doubled quotes, newlines in quotes, CRLF and LF") {
    auto records = split_csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\r\nlast");
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields.size() == 3);
    CHECK(records[0].fields[1].value == "b,c");
    CHECK(records[0].fields[2].value == "say \"hi\"");
    CHECK(records[1].fields[0].value == "multi\nline");
    CHECK(records[1].fields.size() == 3);
    CHECK(records[1].fields[2].value.empty());
    CHECK(records[2].fields[0].value == "last");
    for (const auto& r : records) CHECK(r.error.empty());
}

TEST_CASE("csv: UTF-8, UTF-8 with BOM and Windows-874 files give the same candidates") {
    std::vector<std::vector<model::Candidate>> results;
    std::vector<TextEncoding> encodings;
    for (const char* name : {"candidates-utf8.csv", "candidates-utf8-bom.csv", "candidates-cp874.csv"}) {
        Diagnostics diags;
        CandidatesCsv csv = load_candidates_csv(fixture(name), {}, diags);
        INFO(name);
        CHECK(diags.all().empty());
        CHECK_FALSE(csv.fatal);
        results.push_back(csv.good());
        encodings.push_back(csv.encoding);
    }
    CHECK(encodings == std::vector<TextEncoding>{TextEncoding::utf8, TextEncoding::utf8, TextEncoding::windows874});
    REQUIRE(results[0].size() == 2);
    const model::Candidate& a = results[0][0];
    CHECK(a.id == "DL-0001");
    CHECK(a.name == "นางสาวสมใจ ใจดี");
    CHECK(a.centre == "ศูนย์ประเมิน กรุงเทพฯ, เขตบางรัก");
    REQUIRE(a.date);
    CHECK(a.date->year == 2026);
    CHECK(a.date->month == 11);
    CHECK(a.date->day == 24);
    CHECK(a.assessor == "นายประเมิน เก่งมาก");
    CHECK(a.line == 2);
    const model::Candidate& b = results[0][1];
    CHECK(b.name == "นายสมชาย \"ชาย\" รักเรียน");
    REQUIRE(b.date);   // written in Thai digits
    CHECK(b.date->day == 25);
    CHECK(b.line == 3);
    for (std::size_t i = 1; i < results.size(); ++i) {
        REQUIRE(results[i].size() == 2);
        for (std::size_t k = 0; k < 2; ++k) {
            CHECK(results[i][k].id == results[0][k].id);
            CHECK(results[i][k].name == results[0][k].name);
            CHECK(results[i][k].centre == results[0][k].centre);
            CHECK(results[i][k].assessor == results[0][k].assessor);
            CHECK(results[i][k].line == results[0][k].line);
        }
    }
}

TEST_CASE("csv: encoding detection and the encoding option") {
    std::string thai = "candidate_id,name\nA1,สมใจ ใจดี\n";
    std::string cp874 = to_cp874(thai);
    CHECK(detect_encoding(thai) == TextEncoding::utf8);
    CHECK(detect_encoding(cp874) == TextEncoding::windows874);
    CHECK(parse_encoding_name("UTF-8") == TextEncoding::utf8);
    CHECK(parse_encoding_name("tis-620") == TextEncoding::windows874);
    CHECK(parse_encoding_name("Windows-874") == TextEncoding::windows874);
    CHECK_FALSE(parse_encoding_name("latin1"));
    Read forced = read(cp874, {TextEncoding::windows874});
    CHECK(forced.messages.empty());
    REQUIRE(forced.csv.rows.size() == 1);
    CHECK(forced.csv.rows[0].candidate.name == "สมใจ ใจดี");
    // Forcing UTF-8 on Windows-874 bytes: every row with Thai is undecodable.
    Read wrong = read(cp874, {TextEncoding::utf8});
    REQUIRE(wrong.messages.size() == 1);
    CHECK(wrong.messages[0] ==
          "c.csv:2:4: error: bytes that cannot be decoded as UTF-8 (for a Thai Windows/TIS-620 file use --encoding "
          "windows-874)");
    CHECK(wrong.csv.rows[0].bad);
}

TEST_CASE("csv: a UTF-8 file with one stray byte stays UTF-8 and only that row is bad") {
    std::string text = "candidate_id,name\nA1,สมใจ ใจดี\nA2,กข\xA1\nA3,ประเสริฐ\n";
    CHECK(detect_encoding(text) == TextEncoding::utf8);
    Read r = read(text);
    CHECK(r.messages == std::vector<std::string>{"c.csv:3:6: error: bytes that cannot be decoded as UTF-8 (for a Thai "
                                                 "Windows/TIS-620 file use --encoding windows-874)"});
    REQUIRE(r.csv.rows.size() == 3);
    CHECK(r.csv.rows[2].candidate.name == "ประเสริฐ");
    CHECK(r.csv.bad_count() == 1);
}

TEST_CASE("csv: undecodable Windows-874 bytes name their line") {
    std::string bytes = to_cp874("candidate_id,name\nA1,สมใจ\n") + "A2,\xA1\xDB\n";
    Read r = read(bytes);
    CHECK(r.csv.encoding == TextEncoding::windows874);
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0] == "c.csv:3:5: error: bytes that cannot be decoded as windows-874");
    CHECK_FALSE(r.csv.rows[0].bad);
    CHECK(r.csv.rows[1].bad);
}

TEST_CASE("csv: Thai headers, any case and spacing, unknown columns warned about") {
    Read r = read(" Candidate ID ,NAME,ชื่อ - นามสกุล x,phone,Center\nA1,Somchai,,0812345678,Bangkok\n");
    CHECK(r.messages == std::vector<std::string>{"c.csv:1: warning: ignoring unknown columns 'ชื่อ - นามสกุล x', 'phone'"});
    REQUIRE(r.csv.rows.size() == 1);
    CHECK(r.csv.rows[0].candidate.centre == "Bangkok");
    CHECK(match_column("ชื่อ-นามสกุล") == CandidateColumn::name);
    CHECK(match_column("เลขประจำตัว") == CandidateColumn::id);
    CHECK(match_column("ผู้ประเมิน") == CandidateColumn::assessor);
    CHECK(match_column("CANDIDATE_ID") == CandidateColumn::id);
}

TEST_CASE("csv: fields are trimmed and NFC-normalised") {
    // "é" written as e + combining acute (NFD) must come out as U+00E9.
    Read r = read("candidate_id,name\n  A1 ,\"  Jose\xCC\x81 \xC2\xA0\"\n");
    REQUIRE(r.csv.rows.size() == 1);
    CHECK(r.csv.rows[0].candidate.id == "A1");
    CHECK(r.csv.rows[0].candidate.name == "Jos\xC3\xA9");
}

TEST_CASE("csv: quoted fields with commas and newlines keep the record's first line") {
    Read r = read(kHeader + "A1,\"Somchai, Jr.\",\"Centre\nBuilding 2\",2026-11-24,X\nA2,B,,,\n");
    CHECK(r.messages.empty());
    REQUIRE(r.csv.rows.size() == 2);
    CHECK(r.csv.rows[0].candidate.name == "Somchai, Jr.");
    CHECK(r.csv.rows[0].candidate.centre == "Centre Building 2");   // one line on a form
    CHECK(r.csv.rows[1].candidate.line == 4);
}

TEST_CASE("csv: each bad row kind gives its line-numbered error and is marked bad") {
    std::string text = kHeader +          // line 1
                       "A1,Ann,,,\n"      // 2 good
                       ",Bob,,,\n"        // 3 missing id
                       "A1,Cat,,,\n"      // 4 duplicate
                       "A4,,,,\n"         // 5 missing name
                       "A5,Eve,,\n"       // 6 wrong field count
                       "A6,Fay,,31/02/2569,\n"    // 7 not a real date
                       "A7,Gus,,2026-13-01,\n"    // 8 not a real date
                       "A8,Hal,,tomorrow,\n"      // 9 not a date
                       "A9,Ida,,24/11/2026,\n"    // 10 Christian year in B.E. form
                       "\n"                       // 11 blank: skipped
                       "B1,Jo,,29/02/2567,\n"     // 12 good (2024 is a leap year)
                       "B2,\"Kim,,,\n";           // 13 unterminated quote
    Read r = read(text);
    std::vector<std::string> expected = {
        "c.csv:3:1: error: missing candidate_id",
        "c.csv:4: error: duplicate candidate_id 'A1' (first on line 2)",
        "c.csv:5:4: error: missing name",
        "c.csv:6: error: expected 5 fields (as in the header), found 4",
        "c.csv:7:9: error: date '31/02/2569' is not a real date",
        "c.csv:8:9: error: date '2026-13-01' is not a real date",
        "c.csv:9:9: error: date 'tomorrow' is not YYYY-MM-DD or DD/MM/YYYY (Buddhist Era)",
        "c.csv:10:9: error: date '24/11/2026' has a year before 2400 B.E.; write the Buddhist Era year (e.g. 2569)",
        "c.csv:13:4: error: unterminated quoted field (no closing '\"' before the end of the file)",
    };
    CHECK(r.messages == expected);
    CHECK_FALSE(r.csv.fatal);
    std::vector<long> bad, good;
    for (const CandidateRow& row : r.csv.rows) (row.bad ? bad : good).push_back(row.candidate.line);
    CHECK(good == std::vector<long>{2, 12});
    CHECK(bad == std::vector<long>{3, 4, 5, 6, 7, 8, 9, 10, 13});
    CHECK(r.csv.bad_count() == 9);
    REQUIRE(r.csv.good().size() == 2);
    CHECK(r.csv.good()[1].date->year == 2024);
}

TEST_CASE("csv: file-level errors") {
    CHECK(read("").messages == std::vector<std::string>{
                                   "c.csv:1: error: empty file; expected a header row naming candidate_id and name"});
    CHECK(read("\n\r\n").csv.fatal);
    Read missing = read("id,phone\nA1,1\n");
    CHECK(missing.csv.fatal);
    CHECK(missing.messages == std::vector<std::string>{"c.csv:1: warning: ignoring unknown column 'phone'",
                                                       "c.csv:1: error: missing required column 'name' (ชื่อ-นามสกุล)"});
    CHECK(read("candidate_id,name\n").messages ==
          std::vector<std::string>{"c.csv:1: error: no candidates after the header row"});
    CHECK(read("name,id,ชื่อ-นามสกุล\n").messages ==
          std::vector<std::string>{"c.csv:1:9: error: column 'ชื่อ-นามสกุล' is a second name column (first is column 1)"});
    CHECK(read(std::string("\xFF\xFE", 2) + "a").messages ==
          std::vector<std::string>{"c.csv:1: error: the file is UTF-16; save it as \"CSV UTF-8\""});
    Diagnostics diags;
    CHECK(load_candidates_csv(fixture("no-such-file.csv"), {}, diags).fatal);
    CHECK(diags.error_count() == 1);
}

TEST_CASE("csv: dates in both forms, with Thai digits") {
    auto iso = parse_candidate_date("2026-11-24");
    REQUIRE(iso.date);
    CHECK(iso.date->year == 2026);
    auto be = parse_candidate_date("๒๔/๑๑/๒๕๖๙");
    REQUIRE(be.date);
    CHECK(be.date->year == 2026);
    CHECK(be.date->month == 11);
    CHECK(be.date->day == 24);
    CHECK(parse_candidate_date("1/2/2569").date->day == 1);
    CHECK_FALSE(parse_candidate_date("29/02/2568").date);   // 2025 is not a leap year
    CHECK_FALSE(parse_candidate_date("2026-11-24x").date);
    CHECK_FALSE(parse_candidate_date("24/11/69").date);
}
