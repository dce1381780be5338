// Helpers shared by the source tests: fixture paths and diagnostics as formatted lines.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "source/unit_loader.hpp"

namespace compforms::test {

inline std::string fixture(const std::string& name) {
    return std::string(COMPFORMS_TEST_DIR) + "/fixtures/source/" + name;
}

inline std::string dl100_path() { return std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml"; }

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::vector<std::string> formatted(const source::LoadedUnit& loaded) {
    std::vector<std::string> out;
    for (const Diagnostic& d : loaded.diagnostics.all()) out.push_back(format(d));
    return out;
}

} // namespace compforms::test
