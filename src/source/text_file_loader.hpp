// Reading a plain text file (`proof`'s input): UTF-8 with or without a BOM, one paragraph a
// line (LF or CRLF), invalid UTF-8 reported at its line and column.
#pragma once

#include <string>

#include "base/diagnostic.hpp"
#include "model/text_file.hpp"

namespace compforms::source {

struct LoadedTextFile {
    model::TextFile file;
    std::string text;          // the file's bytes (origins index into them)
    Diagnostics diagnostics;
    bool ok() const { return !diagnostics.has_errors(); }
};

LoadedTextFile load_text_file(const std::string& path);

} // namespace compforms::source
