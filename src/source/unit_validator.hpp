// Rules over the whole model that the XML structure alone cannot express: required values
// non-empty, codes as tokens, the numbering rules of the code family a unit uses,
// uniqueness, covers lists naming real PCs or elements, every PC assessed. Structural
// problems (missing elements, unparseable values) were reported by the builder; a node it
// could not find has no position and is skipped here rather than reported twice.
#pragma once

#include "base/diagnostic.hpp"
#include "model/unit.hpp"
#include "source/findings.hpp"

namespace compforms::source {

// `lines` lets a message name the line of an earlier occurrence ("first used on line 12").
// The unit's covers lists must have been resolved (resolve_covers).
void validate_unit(const model::Unit& unit, const LineIndex& lines, Findings& findings);

} // namespace compforms::source
