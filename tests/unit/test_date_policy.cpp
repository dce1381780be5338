#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "job/date_policy.hpp"

using namespace compforms;

namespace {
std::string show(const layout::Timestamp& t) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buffer;
}

std::string parsed(const char* value) {
    std::string error;
    auto t = job::parse_source_date_epoch(value, error);
    return t ? show(*t) : "error: " + error;
}
} // namespace

TEST_CASE("date policy: SOURCE_DATE_EPOCH values") {
    CHECK(parsed("0") == "1970-01-01T00:00:00");
    CHECK(parsed("951782400") == "2000-02-29T00:00:00");
    CHECK(parsed("1795478400") == "2026-11-24T00:00:00");
    CHECK(parsed("1795529045") == "2026-11-24T14:04:05");
    CHECK(parsed("253402300799") == "9999-12-31T23:59:59");
    for (const char* bad : {"", "-1", "12a", " 1", "1.5", "253402300800", "99999999999999999999"})
        CHECK(parsed(bad).rfind("error: ", 0) == 0);
    CHECK(parsed("soon") ==
          "error: SOURCE_DATE_EPOCH='soon' is not a whole number of seconds since 1970-01-01 (0 to 253402300799)");
}

TEST_CASE("date policy: the edition date wins over SOURCE_DATE_EPOCH, which wins over none") {
    std::string error;
    const auto epoch = job::parse_source_date_epoch("0", error);
    model::Edition undated;
    CHECK_FALSE(job::document_date(undated, std::nullopt));
    REQUIRE(job::document_date(undated, epoch));
    CHECK(show(*job::document_date(undated, epoch)) == "1970-01-01T00:00:00");
    model::Edition dated;
    dated.date = model::Date{2023, 6, 1};
    CHECK(show(*job::document_date(dated, epoch)) == "2023-06-01T00:00:00");
    CHECK(show(*job::document_date(dated, std::nullopt)) == "2023-06-01T00:00:00");
}
