// Fuzz target: the text engine, UTF-8 -> shaped, broken and set lines (Sarabun).
//
// Contract (src/text/typesetter.hpp, line_breaker.hpp): for any bytes and any valid style,
// set_paragraph and set_line return lines or throw MissingGlyphError (a character the
// font lacks, invalid UTF-8 included); LineBreaker's break opportunities and grapheme
// boundaries lie strictly inside the text, ascending; every character of a paragraph is
// on exactly one of its lines, in order, but the break spaces dropped at line ends. Any
// other exception, a crash, a hang, a leak, lost or doubled text, or a glyph pointing
// outside its line's text is a bug.
// Input: byte 0 picks the face and the alignment, 1 the width, 2 the size, 3 the
// first-line indent; the rest is the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"
#include "text/font.hpp"
#include "text/line_breaker.hpp"
#include "text/typesetter.hpp"

using namespace compforms::text;

namespace {

void check_inside_ascending(const std::vector<std::size_t>& offsets, std::size_t size) {
    for (std::size_t i = 0; i < offsets.size(); ++i)
        if (offsets[i] == 0 || offsets[i] >= size || (i > 0 && offsets[i] <= offsets[i - 1])) std::abort();
}

void check_line(const TextLine& line) {
    for (const LineGlyph& g : line.glyphs)
        if (g.cluster >= line.text.size()) std::abort();
}

// The lines' texts, in order, with nothing but break spaces between and after them, make
// up the whole paragraph.
void check_lines_cover(std::string_view text, const std::vector<TextLine>& lines) {
    std::size_t pos = 0;
    auto skip_break_space = [&] {
        std::size_t next = pos;
        if (pos >= text.size() || !is_break_space(compforms::utf8::decode(text, next))) std::abort();
        pos = next;
    };
    for (const TextLine& line : lines) {
        while (text.substr(pos, line.text.size()) != line.text) skip_break_space();
        pos += line.text.size();
    }
    while (pos < text.size()) skip_break_space();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::unique_ptr<FontSet> fonts = FontSet::load(find_font_dir());
    static Typesetter typesetter;
    static LineBreaker breaker;
    if (size < 4) return 0;
    typesetter.clear_cache();   // each input on its own, and memory bounded over a long run
    ParagraphStyle style;
    style.font = &fonts->get(static_cast<FontStyle>(data[0] % 4));
    style.align = static_cast<Align>((data[0] / 4) % 4);
    style.width = 1 + data[1] * 2.0;                           // 1 to 511 points
    style.size = 1 + data[2] % 48;                             // 1 to 48 points
    style.first_line_indent = style.width * (data[3] % 8) / 8;   // less than the width
    const std::string_view text(reinterpret_cast<const char*>(data) + 4, size - 4);

    std::vector<std::size_t> breaks;
    for (const BreakOpportunity& b : breaker.opportunities(text)) breaks.push_back(b.offset);
    check_inside_ascending(breaks, text.size());
    check_inside_ascending(breaker.grapheme_boundaries(text), text.size());
    try {
        const std::vector<TextLine> lines = typesetter.set_paragraph(text, style);
        for (const TextLine& line : lines) check_line(line);
        check_lines_cover(text, lines);
        check_line(typesetter.set_line(text, *style.font, style.size));
    } catch (const MissingGlyphError&) {
        // the expected outcome for a character Sarabun has no glyph for
    }
    return 0;
}
