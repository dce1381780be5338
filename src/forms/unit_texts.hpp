// Every text of a unit that a form prints, with its origin in the source: what the
// font-coverage pass (printable.hpp) checks.
#pragma once

#include <vector>

#include "model/unit.hpp"

namespace compforms::forms {

// In source order: title block, sections 1-18 (paragraphs, items, PCs, evidence,
// definitions, methods).
std::vector<const model::Text*> unit_texts(const model::Unit& unit);

} // namespace compforms::forms
