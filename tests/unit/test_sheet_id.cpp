// The sheet ID codec (forms/sheet_id.hpp), the reader's small pieces (the affine fit, how
// a pair of boxes reads) and RESULTS.csv.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "forms/sheet_id.hpp"
#include "scan/box_reader.hpp"
#include "scan/registration.hpp"
#include "source/results_csv.hpp"

using namespace compforms;

namespace {

forms::SheetId sample() {
    return forms::SheetId{"DL100", "", forms::SheetForm::scoresheet, "DL-2569-0001", 1, 2};
}

} // namespace

TEST_CASE("sheet ID: encodes as the documented text and decodes back") {
    const std::string text = forms::encode_sheet_id(sample());
    CHECK(text.rfind("CF1 DL100 - S DL-2569-0001 1/2 ", 0) == 0);
    CHECK(text.size() == std::string("CF1 DL100 - S DL-2569-0001 1/2 ").size() + 8);
    const auto back = forms::decode_sheet_id(text);
    REQUIRE(back);
    CHECK(*back == sample());
}

TEST_CASE("sheet ID: any candidate ID, edition and a blank form round-trip") {
    for (const std::string& id : std::vector<std::string>{"", "-", "a b", "100%", "สมชาย 01", "x\ty", std::string("\x01\x7f", 2)}) {
        forms::SheetId s = sample();
        s.candidate = id;
        s.edition = "R2D20240115";
        s.form = forms::SheetForm::checklist;
        s.page = 3;
        s.pages = 3;
        const std::string text = forms::encode_sheet_id(s);
        for (unsigned char c : text) CHECK((c >= 0x20 && c < 0x7f));   // ASCII: every QR reader returns it as is
        CAPTURE(text);
        const auto back = forms::decode_sheet_id(text);
        REQUIRE(back);
        CHECK(*back == s);
    }
}

TEST_CASE("sheet ID: a Thai letter takes three characters, and only one way of writing an ID is read") {
    forms::SheetId s = sample();
    s.candidate = "สมชาย*01";
    const std::string text = forms::encode_sheet_id(s);
    CHECK(text.rfind("CF1 DL100 - S *2A*21*0A*32*22%2A01 1/2 ", 0) == 0);
    // The same ID written another way, with a check value that matches: not an ID.
    auto with_check = [](std::string body) {
        char crc[9];
        std::snprintf(crc, sizeof crc, "%08X", static_cast<unsigned>(forms::crc32(body)));
        return body + " " + crc;
    };
    CHECK(forms::decode_sheet_id(with_check("CF1 DL100 - S DL-2569-0001 1/2")));
    CHECK_FALSE(forms::decode_sheet_id(with_check("CF1 DL100 - S DL%2D2569-0001 1/2")));    // '-' needs no escape
    CHECK_FALSE(forms::decode_sheet_id(with_check("CF1 DL100 - S %E0%B8%AA 1/2")));         // ส is *2A
    CHECK_FALSE(forms::decode_sheet_id(with_check("CF1 DL100 - S *80 1/2")));               // past the Thai block
    CHECK_FALSE(forms::decode_sheet_id(with_check("CF1 DL100 - S 1/2")));                   // a field missing
}

TEST_CASE("sheet ID: a changed character, another format or a bad page is no ID") {
    const std::string text = forms::encode_sheet_id(sample());
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string bad = text;
        bad[i] = bad[i] == 'X' ? 'Y' : 'X';
        CAPTURE(bad);
        CHECK_FALSE(forms::decode_sheet_id(bad));
    }
    CHECK_FALSE(forms::decode_sheet_id(""));
    CHECK_FALSE(forms::decode_sheet_id(text + " "));
    CHECK_FALSE(forms::decode_sheet_id("CF2" + text.substr(3)));
    forms::SheetId s = sample();
    s.page = 3;   // past N: encoded, but never accepted
    CHECK_FALSE(forms::decode_sheet_id(forms::encode_sheet_id(s)));
}

TEST_CASE("sheet ID: the edition token names the revision and the date") {
    model::Edition e;
    CHECK(forms::edition_token(e).empty());
    e.revision = 2;
    CHECK(forms::edition_token(e) == "R2");
    e.date = model::Date{2024, 1, 15};
    CHECK(forms::edition_token(e) == "R2D20240115");
}

TEST_CASE("scan: the affine fit recovers a rotated, scaled, shifted page") {
    const double angle = 3.0 * M_PI / 180, s = 150.0 / 72 * 1.03;
    const scan::Affine truth{s * std::cos(angle), -s * std::sin(angle), 40, s * std::sin(angle), s * std::cos(angle), -25};
    std::vector<std::pair<forms::PagePoint, scan::ImagePoint>> pairs;
    for (auto [x, y] : {std::pair{20.0, 30.0}, {570.0, 25.0}, {30.0, 810.0}, {560.0, 820.0}})
        pairs.emplace_back(forms::PagePoint{x, y}, truth.apply(x, y));
    const auto fit = scan::fit_affine(pairs);
    REQUIRE(fit);
    const scan::ImagePoint p = fit->apply(300, 400), q = truth.apply(300, 400);
    CHECK(p.x == doctest::Approx(q.x).epsilon(1e-9));
    CHECK(p.y == doctest::Approx(q.y).epsilon(1e-9));
    CHECK(fit->scale() == doctest::Approx(s));
    pairs.resize(2);
    CHECK_FALSE(scan::fit_affine(pairs));   // two points fix no affine transform
}

TEST_CASE("scan: a pair of boxes reads conservatively") {
    using scan::PairReading;
    CHECK(scan::read_pair(0.17, 0.0) == PairReading::first);
    CHECK(scan::read_pair(0.0, 0.2) == PairReading::second);
    CHECK(scan::read_pair(0.0, 0.01) == PairReading::blank);
    CHECK(scan::read_pair(0.2, 0.15) == PairReading::ambiguous);   // both marked
    CHECK(scan::read_pair(0.2, 0.03) == PairReading::ambiguous);   // a smudge in the other: a person decides
    CHECK(scan::read_pair(0.03, 0.0) == PairReading::ambiguous);   // faint: not a mark, not clean
    // A box whose printed outline is not where the page says: never read.
    CHECK(scan::read_pair(scan::BoxMeasure{0.2, 0.9}, scan::BoxMeasure{0, 0.95}) == PairReading::first);
    CHECK(scan::read_pair(scan::BoxMeasure{0.2, 0.9}, scan::BoxMeasure{0, 0.3}) == PairReading::ambiguous);
}

TEST_CASE("RESULTS.csv: written with its header, read back, bad rows located") {
    std::vector<model::RecordedResult> rows{
        {"A,1", "scoresheet", 1, "DL101.01", "pass", 0.171, 0, "scan \"1\".png", 0},
        {"B", "checklist", 2, "PE1", "absent", 0, 0.2, "b.pdf#3", 0}};
    const std::string csv = source::format_results_csv(rows);
    CHECK(csv == "candidate_id,form,page,item,result,fill_pass,fill_fail,source\n"
                 "\"A,1\",scoresheet,1,DL101.01,pass,0.171,0.000,\"scan \"\"1\"\".png\"\n"
                 "B,checklist,2,PE1,absent,0.000,0.200,b.pdf#3\n");
    Diagnostics diags;
    const auto back = source::read_results_csv(csv, "r.csv", diags);
    CHECK(diags.empty());
    REQUIRE(back.size() == 2);
    CHECK(back[0].candidate == "A,1");
    CHECK(back[1].result == "absent");
    CHECK(back[1].line == 3);
    Diagnostics bad;
    source::read_results_csv("candidate_id,form,item,result\nA,scoresheet,X,present\nA,pack,X,pass\n", "r.csv", bad);
    REQUIRE(bad.all().size() == 2);
    CHECK(format(bad.all()[0]) == "r.csv:2: error: result 'present' is not one a scoresheet records");
    CHECK(bad.all()[1].line == 3);
    Diagnostics none;
    source::read_results_csv("id,form\n", "r.csv", none);
    CHECK(none.error_count() == 3);   // no candidate_id, item, result column
}
