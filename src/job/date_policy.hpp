// The one date policy for every output of every task: a document carries the edition date
// when its source has one, else SOURCE_DATE_EPOCH (reproducible-builds.org), else no date
// at all. Never the clock, so the same input gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "layout/document.hpp"
#include "model/unit.hpp"

namespace compforms::job {

// UTC calendar time of seconds since 1970-01-01T00:00:00Z (0 .. 253402300799, year 9999).
layout::Timestamp timestamp_from_unix(long long seconds);

// A SOURCE_DATE_EPOCH value: decimal digits only, within the range above. nullopt, with
// `error` set to a message for the user, when it is not one.
std::optional<layout::Timestamp> parse_source_date_epoch(std::string_view value, std::string& error);

// The date of a document printed from a source with `edition`.
std::optional<layout::Timestamp> document_date(const model::Edition& edition,
                                               const std::optional<layout::Timestamp>& source_date_epoch);

} // namespace compforms::job
