// Greedy line fitting over a paragraph that was shaped once: the shaped glyphs are cut at
// break offsets and placed (indent, alignment, Thai justification) into TextLines.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "text/line_breaker.hpp"
#include "text/shaper.hpp"
#include "text/text_line.hpp"
#include "text/typesetter.hpp"

namespace compforms::text {

// What the setter needs from its owner (the Typesetter, with its caches).
struct ParagraphServices {
    // Shapes a piece of text on its own (no context): a line whose ends are unsafe to break.
    std::function<std::shared_ptr<const ShapedRun>(std::string_view)> shape_alone;
    // Grapheme cluster boundaries of the paragraph (last-resort cut points).
    std::function<std::vector<std::size_t>()> graphemes;
    // Incremented for each line that had to be reshaped on its own (may be null).
    std::size_t* reshaped_lines = nullptr;
};

// Lines of `text` (shaped as `shaped`, may break at `breaks`) set in `style`.
// A line's glyphs are the paragraph's glyphs cut at its ends; only a line with an end
// HarfBuzz marks unsafe to break (shaping would differ across the cut) is reshaped
// alone. Trailing break spaces are dropped.
std::vector<TextLine> set_paragraph_lines(std::string_view text, const ShapedRun& shaped,
                                          const std::vector<BreakOpportunity>& breaks,
                                          const ParagraphStyle& style,
                                          const ParagraphServices& services);

// Places glyphs (clusters relative to the line text) on one unbroken line at x = 0.
TextLine place_line(std::string_view text, const ShapedRun& shaped, const Font& font, double size);

} // namespace compforms::text
