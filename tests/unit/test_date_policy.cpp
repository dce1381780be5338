#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/reproducible_time.hpp"

using namespace compforms;

namespace {
std::string show(const layout::Timestamp& t) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buffer;
}
} // namespace

TEST_CASE("epoch: SOURCE_DATE_EPOCH values") {
    CHECK(show(cli::parse_source_date_epoch("0")) == "1970-01-01T00:00:00");
    CHECK(show(cli::parse_source_date_epoch("951782400")) == "2000-02-29T00:00:00");
    CHECK(show(cli::parse_source_date_epoch("1795478400")) == "2026-11-24T00:00:00");
    CHECK(show(cli::parse_source_date_epoch("1795529045")) == "2026-11-24T14:04:05");
    CHECK(show(cli::parse_source_date_epoch("253402300799")) == "9999-12-31T23:59:59");
    for (const char* bad : {"", "-1", "12a", " 1", "1.5", "253402300800", "99999999999999999999"})
        CHECK_THROWS_AS(cli::parse_source_date_epoch(bad), cli::BadSourceDateEpoch);
    CHECK_THROWS_WITH(cli::parse_source_date_epoch("soon"),
                      "SOURCE_DATE_EPOCH='soon' is not a whole number of seconds since 1970-01-01 (0 to 253402300799)");
}

TEST_CASE("epoch: read from the environment") {
    const char* saved = std::getenv("SOURCE_DATE_EPOCH");
    std::string restore = saved ? saved : "";
    unsetenv("SOURCE_DATE_EPOCH");
    CHECK_FALSE(cli::source_date_epoch());
    setenv("SOURCE_DATE_EPOCH", "86400", 1);
    auto t = cli::source_date_epoch();
    REQUIRE(t);
    CHECK(show(*t) == "1970-01-02T00:00:00");
    setenv("SOURCE_DATE_EPOCH", "x", 1);
    CHECK_THROWS_AS(cli::source_date_epoch(), cli::BadSourceDateEpoch);
    if (saved) setenv("SOURCE_DATE_EPOCH", restore.c_str(), 1);
    else unsetenv("SOURCE_DATE_EPOCH");
}
