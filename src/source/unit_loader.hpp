// Reading a unit source: file -> bytes -> XML -> model -> validation, with every problem
// reported as a gcc-style diagnostic (never an exception). The only entry point from
// other stages into `source`.
#pragma once

#include <string>

#include "model/unit.hpp"
#include "base/diagnostic.hpp"

namespace compforms::source {

struct LoadedUnit {
    model::Unit unit;          // as complete as the file allowed; trust it only when ok()
    std::string path;
    std::string text;          // the file's bytes (positions in the model index into it)
    Diagnostics diagnostics;   // all problems, sorted by position
    bool ok() const { return !diagnostics.has_errors(); }
};

// Reads, parses, builds the model and validates. Problems with the file itself (missing,
// a directory, unreadable, empty) are diagnostics without a position.
LoadedUnit load_unit(const std::string& path);

// The same from bytes already in memory (`path` names them in messages).
LoadedUnit load_unit_from_text(const std::string& path, std::string text);

} // namespace compforms::source
