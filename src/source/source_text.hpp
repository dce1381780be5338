// Character data as the XML parser left it (raw, entities undecoded: we parse without
// pugixml's escape/EOL processing so every byte keeps its file offset), decoded here
// with a per-byte offset map so text checks can point at the exact character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_origin.hpp"
#include "source/findings.hpp"

namespace compforms::source {

class SourceText {
public:
    // Appends raw character data found at `offset` in the file; decodes the five
    // predefined entities and character references (unknown ones are reported and kept).
    void append_raw(std::string_view raw, std::size_t offset, Findings& findings);
    // Appends CDATA content verbatim.
    void append_verbatim(std::string_view raw, std::size_t offset);

    const std::string& bytes() const { return bytes_; }
    std::size_t offset_of(std::size_t index) const { return offsets_[index]; }
    bool empty() const { return bytes_.empty(); }
    // Offset of the first non-whitespace byte, or npos when all is whitespace.
    std::size_t first_content_offset() const;
    // The text from byte `start` on with whitespace collapsed (as collapse_whitespace),
    // and where each byte of the result stands in the file.
    std::string collapsed(std::size_t start, TextOrigin& origin) const;

private:
    std::string bytes_;
    std::vector<std::size_t> offsets_;
};

bool is_xml_space(char c);

// Runs of space, tab, CR and LF become one space; the ends are trimmed.
std::string collapse_whitespace(std::string_view text);

} // namespace compforms::source
