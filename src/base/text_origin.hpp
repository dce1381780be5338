// Where the bytes of a printed string stand in the source file they came from. A unit's
// texts are not copies of the file: whitespace is collapsed and entities are decoded, and
// a form may print a text after a prefix of its own ("1.1 " before a criterion). So an
// origin is a piecewise-linear map: byte `i` of the string stands at
// `anchor.source + (i - anchor.at)` for the last anchor at or before `i`. Layout carries
// it beside the text, so a character no font can print is reported where it stands.
// Bytes at or past the end of the mapped text (a suffix a form adds) have no origin.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace compforms {

class TextOrigin {
public:
    struct Anchor {
        std::size_t at = 0;       // byte offset in the string
        std::size_t source = 0;   // byte offset in the source file
    };

    TextOrigin() = default;
    // `length` bytes copied unchanged from `source_offset` on.
    static TextOrigin span(std::size_t source_offset, std::size_t length);

    bool known() const { return !anchors_.empty(); }
    // Byte `at` of the string stands at `source`; a caller building a string maps its
    // bytes in order (an anchor the map already predicts is not stored).
    void map(std::size_t at, std::size_t source);
    // The source offset of byte `at` of the string, if it came from a source.
    std::optional<std::size_t> source_offset(std::size_t at) const;
    // The origin of the same text printed after a prefix of `bytes` bytes of its own.
    TextOrigin after_prefix(std::size_t bytes) const;
    // The origin of the text's bytes from `from` on, printed alone (a definition's words
    // after its term, which is printed apart).
    TextOrigin suffix(std::size_t from) const;
    // This text followed, `at` bytes from its start, by `other` text.
    TextOrigin followed_by(const TextOrigin& other, std::size_t at) const;

private:
    std::vector<Anchor> anchors_;
    std::size_t end_ = 0;   // one past the last byte mapped
};

} // namespace compforms
