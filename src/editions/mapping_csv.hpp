// MAP.csv: for every PC of either edition, what became of it, one row each in the old
// edition's order, added PCs last:
//   old_code,old_system_code,new_code,new_system_code,change,similarity
// A code is the PC's book code, or its number where the unit gives none; a side without
// the PC has empty cells; similarity is the word similarity with two decimals, empty for an
// added or removed PC. UTF-8 without a byte order mark, lines ended by LF; a field with a comma or a quote is quoted (RFC 4180).
#pragma once

#include <string>

#include "editions/pc_matching.hpp"

namespace compforms::editions {

inline constexpr const char* kMappingHeader = "old_code,old_system_code,new_code,new_system_code,change,similarity";

std::string mapping_csv(const PcMatching& matching);

} // namespace compforms::editions
