// The one timestamp an output may carry: SOURCE_DATE_EPOCH (reproducible-builds.org),
// never the clock, so the same input gives the same bytes.
#pragma once

#include <optional>
#include <stdexcept>
#include <string_view>

#include "layout/document.hpp"

namespace compforms::cli {

struct BadSourceDateEpoch : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// UTC calendar time of seconds since 1970-01-01T00:00:00Z (0 .. 253402300799, year 9999).
layout::Timestamp timestamp_from_unix(long long seconds);

// Parses a SOURCE_DATE_EPOCH value: decimal digits only, within the range above.
// Throws BadSourceDateEpoch with a message for the user otherwise.
layout::Timestamp parse_source_date_epoch(std::string_view value);

// nullopt when SOURCE_DATE_EPOCH is unset or empty; throws BadSourceDateEpoch when invalid.
std::optional<layout::Timestamp> source_date_epoch();

} // namespace compforms::cli
