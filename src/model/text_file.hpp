// A plain UTF-8 text file read as paragraphs, one a line: what `proof` sets.
#pragma once

#include <string>
#include <vector>

#include "model/unit.hpp"

namespace compforms::model {

struct TextFile {
    std::string source_path;
    std::vector<Text> paragraphs;   // an empty line is an empty paragraph (blank space)
};

} // namespace compforms::model
