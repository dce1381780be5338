// Reads a whole file into memory, or says in plain words why it cannot.
#pragma once

#include <optional>
#include <string>

namespace compforms::source {

struct FileRead {
    std::optional<std::string> bytes;
    std::string error;  // set when bytes is empty: "cannot open: No such file or directory"
};

FileRead read_file(const std::string& path);

} // namespace compforms::source
