// XML -> model: parses a unit source (pugixml, kept inside unit_builder.cpp) and builds
// the plain model, reporting structural problems (malformed XML, wrong root or
// namespace, missing/unexpected/misordered elements and attributes, values that do not
// parse) and running the Thai text checks on every text as it is read.
#pragma once

#include <string>

#include "model/unit.hpp"
#include "source/findings.hpp"

namespace compforms::source {

// `text` is the file's bytes (already checked to be UTF-8). Returns false when the file
// could not be read as a unit at all (malformed XML, wrong root, unsupported version):
// then the unit is incomplete and should not be validated further.
bool build_unit(const std::string& text, model::Unit& unit, Findings& findings);

} // namespace compforms::source
