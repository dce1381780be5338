#include <doctest/doctest.h>

#include <stdexcept>

#include "layout/thai_formats.hpp"

using namespace compforms::layout;

TEST_CASE("layout: to_thai_digits converts every ASCII digit and nothing else") {
    CHECK(to_thai_digits("หน้า 12/30") == "หน้า ๑๒/๓๐");
    CHECK(to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙");
    CHECK(to_thai_digits("ไม่มีตัวเลข") == "ไม่มีตัวเลข");
    CHECK(to_thai_digits("") == "");
    // Thai digits already present stay as they are.
    CHECK(to_thai_digits("๑2") == "๑๒");
}

TEST_CASE("layout: Buddhist Era dates with Thai month names") {
    CHECK(format_thai_date(2026, 11, 24) == "24 พฤศจิกายน 2569");
    CHECK(format_thai_date(2026, 11, 24, true) == "๒๔ พฤศจิกายน ๒๕๖๙");
    CHECK(format_thai_date(2023, 1, 1) == "1 มกราคม 2566");
    CHECK(format_thai_date(2024, 2, 29) == "29 กุมภาพันธ์ 2567");
    CHECK(thai_month_name(12) == "ธันวาคม");
    CHECK_THROWS_AS(thai_month_name(13), std::out_of_range);
    CHECK_THROWS_AS(format_thai_date(2026, 0, 1), std::out_of_range);
    CHECK_THROWS_AS(format_thai_date(2026, 5, 32), std::out_of_range);
}

TEST_CASE("layout: revision line n / year BE") {
    CHECK(format_revision(1, 2566) == "1 / 2566");
    CHECK(format_revision(std::nullopt, std::nullopt) == "/");
    CHECK(format_revision(2, std::nullopt) == "2");
    CHECK(format_revision(std::nullopt, 2566) == "/ 2566");
    CHECK(format_revision(2, 2567, true) == "๒ / ๒๕๖๗");
}
