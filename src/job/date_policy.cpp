#include "job/date_policy.hpp"

namespace compforms::job {
namespace {

constexpr long long kMaxEpoch = 253402300799LL;   // 9999-12-31T23:59:59Z, the last PDF date

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

} // namespace

layout::Timestamp timestamp_from_unix(long long seconds) {
    long long days = seconds / 86400;
    const long long rest = seconds % 86400;
    layout::Timestamp t;
    t.hour = static_cast<int>(rest / 3600);
    t.minute = static_cast<int>(rest % 3600 / 60);
    t.second = static_cast<int>(rest % 60);
    // Walk whole years, then months: at most 8000 steps, once per run.
    int year = 1970;
    while (days >= (leap(year) ? 366 : 365)) days -= leap(year++) ? 366 : 365;
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 1;
    for (;;) {
        const int length = month_days[month - 1] + (month == 2 && leap(year) ? 1 : 0);
        if (days < length) break;
        days -= length;
        ++month;
    }
    t.year = year;
    t.month = month;
    t.day = static_cast<int>(days) + 1;
    return t;
}

std::optional<layout::Timestamp> parse_source_date_epoch(std::string_view value, std::string& error) {
    bool digits = !value.empty() && value.size() <= 12;
    long long seconds = 0;
    for (char c : value) {
        if (c < '0' || c > '9') {
            digits = false;
            break;
        }
        if (digits) seconds = seconds * 10 + (c - '0');
    }
    if (!digits || seconds > kMaxEpoch) {
        error = "SOURCE_DATE_EPOCH='" + std::string(value) + "' is not a whole number of seconds since 1970-01-01 (0 to " +
                std::to_string(kMaxEpoch) + ")";
        return std::nullopt;
    }
    return timestamp_from_unix(seconds);
}

std::optional<layout::Timestamp> document_date(const model::Edition& edition,
                                               const std::optional<layout::Timestamp>& source_date_epoch) {
    if (const auto& d = edition.date) return layout::Timestamp{d->year, d->month, d->day, 0, 0, 0};
    return source_date_epoch;
}

} // namespace compforms::job
