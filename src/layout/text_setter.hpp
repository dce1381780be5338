// What layout needs from the text stage, in layout's terms: the typesetter and the fonts
// in one object, a TextStyle picking the face, Thai digits applied before shaping, set
// lines coming back as bands. A text may carry its TextOrigin: a character no font can
// print is then reported where it stands in the source (UnprintableText).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_origin.hpp"
#include "layout/band.hpp"
#include "layout/style.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::layout {

class TextSetter {
public:
    // Both must outlive the setter and every Document laid out with it (lines point at the fonts).
    TextSetter(text::Typesetter& typesetter, const text::FontSet& fonts) : ts_(typesetter), fonts_(fonts) {}

    const text::Font& font(const TextStyle& style) const { return fonts_.get(style.font); }
    const text::FontSet& fonts() const { return fonts_; }
    text::Typesetter& typesetter() const { return ts_; }

    text::LineMetrics metrics(const TextStyle& style) const;
    // Where the baseline sits below a line band's top: the spare leading split evenly.
    double baseline_offset(const TextStyle& style) const;
    // The text as it will be printed (Thai digits when the style asks for them).
    static std::string printed(std::string_view text, const TextStyle& style);

    double width(std::string_view text, const TextStyle& style) const;
    std::shared_ptr<const text::TextLine> line(std::string_view text, const TextStyle& style,
                                               const TextOrigin& origin = {}) const;
    // A single line as a band, its text starting at x.
    Band line_band(std::string_view text, const TextStyle& style, double x) const;
    // A paragraph set to `width`, one band per line, lines starting at x. Page breaks
    // are allowed before every line; callers tighten that (orphans, widows).
    std::vector<Band> paragraph(std::string_view text, const TextStyle& style, double x, double width,
                                text::Align align, double first_line_indent = 0,
                                const TextOrigin& origin = {}) const;

private:
    text::Typesetter& ts_;
    const text::FontSet& fonts_;
};

// The horizontal extent [x0, x1) the glyphs of a placed line cover.
struct Extent {
    double x0 = 0, x1 = 0;
};
Extent glyph_extent(const TextItem& item);
// The horizontal extent of the line's ink (outlines, not advances): where a reader sees its
// letters start and end (ไ starts at its advance's edge, ผ well inside it).
Extent ink_extent(const TextItem& item);

// Each space-separated word of a placed line with the extent its glyphs cover.
struct WordExtent {
    std::string word;
    double x0 = 0, x1 = 0;
};
std::vector<WordExtent> word_extents(const TextItem& item);

} // namespace compforms::layout
