#include "source/unit_loader.hpp"

#include "source/covers_resolver.hpp"
#include "source/encoding_check.hpp"
#include "source/file_reader.hpp"
#include "source/findings.hpp"
#include "source/unit_builder.hpp"
#include "source/unit_validator.hpp"

namespace compforms::source {

LoadedUnit load_unit(const std::string& path) {
    FileRead read = read_file(path);
    if (!read.bytes) {
        LoadedUnit loaded;
        loaded.path = path;
        loaded.unit.source_path = path;
        loaded.diagnostics.error(path, 0, 0, read.error);
        return loaded;
    }
    return load_unit_from_text(path, std::move(*read.bytes));
}

LoadedUnit load_unit_from_text(const std::string& path, std::string text) {
    LoadedUnit loaded;
    loaded.path = path;
    loaded.text = std::move(text);
    loaded.unit.source_path = path;
    Findings findings;
    LineIndex lines(loaded.text);
    bool whitespace_only = loaded.text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (whitespace_only) {
        findings.error({}, "empty file (expected a <unit> XML document)");
    } else if (check_encoding(loaded.text, findings) && build_unit(loaded.text, loaded.unit, findings)) {
        resolve_covers(loaded.unit);
        validate_unit(loaded.unit, lines, findings);
    }
    loaded.diagnostics = to_diagnostics(findings.all(), path, loaded.text);
    return loaded;
}

} // namespace compforms::source
