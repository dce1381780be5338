// Rules over the whole model that the XML structure alone cannot express: required
// values non-empty, code formats and numbering, uniqueness, covers-lists naming real
// PCs, every PC assessed. Structural problems (missing elements, unparseable values)
// were reported by the builder; a node it could not find has no position and is
// skipped here rather than reported twice.
#pragma once

#include "model/unit.hpp"
#include "base/diagnostic.hpp"
#include "source/findings.hpp"

namespace compforms::source {

// `lines` lets a message name the line of an earlier occurrence ("first used on line 12").
void validate_unit(const model::Unit& unit, const LineIndex& lines, Findings& findings);

} // namespace compforms::source
