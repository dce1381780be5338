// Every text of a unit that a form prints, with its source position: lets a command
// point a problem found while printing (a character the font lacks) at FILE:LINE:COLUMN.
#pragma once

#include <string_view>
#include <vector>

#include "model/unit.hpp"

namespace compforms::forms {

// In source order: title block, sections 1-18 (paragraphs, items, PCs, evidence,
// definitions, methods).
std::vector<const model::Text*> unit_texts(const model::Unit& unit);

// The first of unit_texts() whose value contains `needle`, or nullptr.
const model::Text* find_text_containing(const model::Unit& unit, std::string_view needle);

} // namespace compforms::forms
