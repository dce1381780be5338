#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "source/nearest_code.hpp"
#include "source/value_parsers.hpp"

using namespace compforms;
using namespace compforms::source;

TEST_CASE("Dates must be real calendar days") {
    CHECK(parse_date("2024-02-29"));
    CHECK(parse_date("2000-02-29"));
    CHECK(!parse_date("1900-02-29"));
    CHECK(!parse_date("2023-02-29"));
    CHECK(!parse_date("2026-04-31"));
    CHECK(!parse_date("2026-13-01"));
    CHECK(!parse_date("2026-1-01"));
    CHECK(!parse_date("24-11-2026"));
    auto d = parse_date("2026-11-24");
    REQUIRE(d);
    CHECK(d->year == 2026);
    CHECK(d->month == 11);
    CHECK(d->day == 24);
}

TEST_CASE("Integers, statuses, versions and codes") {
    CHECK(parse_non_negative_int("0") == 0);
    CHECK(parse_non_negative_int("12") == 12);
    CHECK(!parse_non_negative_int("-1"));
    CHECK(!parse_non_negative_int(" 1"));
    CHECK(!parse_non_negative_int("9999999999"));
    CHECK(parse_status("new") == compforms::model::EditionStatus::new_unit);
    CHECK(!parse_status("New"));
    CHECK(parse_format_major("1.0") == 1);
    CHECK(parse_format_major("2.13") == 2);
    CHECK(!parse_format_major("1"));
    CHECK(!parse_format_major("1.x"));
    CHECK(!parse_format_major("v1"));
    // The versions this program reads are the schema's 1\.[0-9]+, exactly.
    CHECK(parse_format_minor("1.0") == 0);
    CHECK(parse_format_minor("1.1") == 1);
    CHECK(parse_format_minor("1.12") == 12);
    CHECK(parse_format_minor("1.99999999999") == std::numeric_limits<int>::max());
    for (const char* bad : {"1", "1.", "01.1", " 1.1", "1.1 ", "2.0", "1.x", "1.1.1", "+1.1", ""})
        CHECK_FALSE(parse_format_minor(bad));
    CHECK(is_dl_code("DL101"));
    CHECK(!is_dl_code("Dl101"));
    CHECK(!is_dl_code("DL1011"));
    CHECK(!is_dl_code("DL10A"));
    CHECK(is_all_digits("191372"));
    CHECK(!is_all_digits(""));
}

TEST_CASE("The nearest code is the fewest edits away, then the nearest digit") {
    CHECK(edit_distance("DL103.09", "DL103.03") == 1);
    CHECK(edit_distance("DL13.03", "DL103.03") == 1);
    CHECK(edit_distance("", "abc") == 3);
    std::vector<std::string> codes = {"DL101.01", "DL103.01", "DL103.02", "DL103.03"};
    CHECK(nearest_code("DL103.09", codes) == "DL103.03");
    CHECK(nearest_code("DL13.03", codes) == "DL103.03");
    CHECK(nearest_code("DL101.1", codes) == "DL101.01");
    CHECK(nearest_code("ZA299.90", {"ZA199.90", "ZA299.91"}) == "ZA299.91");  // same element first
    CHECK(nearest_code("X", {}).empty());
}

TEST_CASE("Codes are tokens, system codes shorter ones, numbers may use Thai digits") {
    for (const char* ok : {"DL100", "DL101.01", "50101", "50101.01", "ICT-QLIP-401B", "DG-WPJL-028", "PRT-PRS-4-255ZB",
                           "ECM-ZZZ-5-011ZA", "a_b", "1"})
        CHECK(is_code_token(ok));
    for (const char* bad : {"", "-DL", ".1", "DL 101", "DL๑๐๑", "ก", "DL/1"}) CHECK_FALSE(is_code_token(bad));
    CHECK_FALSE(is_code_token(std::string(41, 'A')));
    CHECK(is_code_token(std::string(40, 'A')));
    CHECK(is_system_code_token("191372"));
    CHECK(is_system_code_token("AB-12"));
    CHECK_FALSE(is_system_code_token(std::string(21, '1')));
    CHECK_FALSE(is_system_code_token("19.1"));
    CHECK(is_criterion_number("1.1"));
    CHECK(is_criterion_number("๑.๑"));
    CHECK(is_criterion_number("12"));
    CHECK_FALSE(is_criterion_number("1."));
    CHECK_FALSE(is_criterion_number("1..2"));
    CHECK_FALSE(is_criterion_number("a.1"));
    CHECK(ascii_digits("๑.๑๐") == "1.10");
    // Covers names and replaces references: the schema's CoversName / PcReference.
    for (const char* ok : {"DL101.01", "1.1", "๑.๒", "50101.02", "191372", "๑", "A-b_c.9"}) CHECK(is_reference_token(ok));
    for (const char* bad : {"", ".1", "-A", "DL101/1", "DL101.01,", "ก.1", "1 1"}) CHECK_FALSE(is_reference_token(bad));
    CHECK(is_reference_token(std::string(40, '1')));
    CHECK_FALSE(is_reference_token(std::string(41, '1')));
    std::string thai40;
    for (int i = 0; i < 40; ++i) thai40 += "๑";
    CHECK(is_reference_token(thai40));   // 40 characters in 120 bytes
    CHECK_FALSE(is_reference_token(thai40 + "๑"));
    // Evidence and method ids: the schema's ItemId.
    for (const char* ok : {"PE1", "M2", "k", "KE-1_a"}) CHECK(is_item_id(ok));
    for (const char* bad : {"", "1", "1M", "_M", "-M", "M.1", "M 1", "ม1"}) CHECK_FALSE(is_item_id(bad));
    CHECK(code_family("DL100") == CodeFamily::dl);
    CHECK(code_family("50101") == CodeFamily::tpqi_numeric);
    CHECK(code_family("ICT-QLIP-401B") == CodeFamily::other);
}
