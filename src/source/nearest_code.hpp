// The known code closest to a misspelt one, for "did you mean" in messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace compforms::source {

// Levenshtein distance (byte-wise: codes are ASCII).
std::size_t edit_distance(std::string_view a, std::string_view b);
// The candidate with the smallest distance (the first of equals); empty when none.
std::string nearest_code(std::string_view code, const std::vector<std::string>& candidates);

} // namespace compforms::source
