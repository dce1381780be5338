// Input the layout cannot honour: a table row with more cells than columns, a character
// no font can print.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace compforms::layout {

struct LayoutError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A character the font of its style has no glyph for. `source_offset` is where it stands
// in the source file, when the text carried its TextOrigin.
struct UnprintableText : LayoutError {
    UnprintableText(const std::string& what, char32_t cp, std::optional<std::size_t> offset)
        : LayoutError(what), code_point(cp), source_offset(offset) {}
    char32_t code_point;
    std::optional<std::size_t> source_offset;
};

} // namespace compforms::layout
