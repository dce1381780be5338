// Paragraph setting: shape once, break where ICU's rules and (inside Thai) libthai's
// dictionary allow, align. Results are cached by text, since shaping is in font units.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text/font.hpp"
#include "text/text_line.hpp"

namespace compforms::text {

// A character the font has no glyph for: an error, never a silent tofu box.
// Its message says which character and which font (unprintable_message).
struct MissingGlyphError : std::runtime_error {
    MissingGlyphError(char32_t cp, std::size_t offset, const std::string& what)
        : std::runtime_error(what), codepoint(cp), offset(offset) {}
    char32_t codepoint;
    std::size_t offset;   // byte offset into the text that was set
};

// "character '😀' (U+1F600) is not in font Sarabun-Regular"
std::string unprintable_message(char32_t cp, const Font& font);

enum class Align { left, center, right, justify };

struct ParagraphStyle {
    const Font* font = nullptr;
    double size = 16;                // points
    double width = 0;                // line width in points
    Align align = Align::left;
    double first_line_indent = 0;    // points; the first line is this much shorter and starts this far right
};

// Vertical metrics of a line of a font at a size, from the font's real extents, so the
// stacked marks of one line never touch the descenders of the line above.
struct LineMetrics {
    double ascent = 0;       // above the baseline (positive), points
    double descent = 0;      // below the baseline (positive), points
    double height = 0;       // baseline-to-baseline distance, points
};
LineMetrics line_metrics(const Font& font, double size);

// Counters for benchmarks and tests (how often the shape-once cut had to be redone).
struct TypesetterStats {
    std::size_t paragraphs = 0;
    std::size_t lines = 0;
    std::size_t reshaped_lines = 0;   // lines reshaped alone: HarfBuzz marked an end unsafe to break
    std::size_t shape_calls = 0;      // HarfBuzz shapings (cache misses)
    std::size_t cache_hits = 0;
};

// Owns the shaper, the line breaker and the caches: one per thread (not thread-safe);
// a long-lived one per batch makes repeated texts (criteria on every candidate's sheet)
// nearly free.
class Typesetter {
public:
    Typesetter();
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    // Sets a paragraph into lines (an empty text gives no lines). Lines carry x offsets
    // for alignment already applied to their glyphs: glyph x is relative to the paragraph's
    // left edge. Throws MissingGlyphError, and std::invalid_argument for a style without
    // a font, a size or width that is not positive, or an indent as wide as the line.
    std::vector<TextLine> set_paragraph(std::string_view text, const ParagraphStyle& style);
    // One line, never broken; the text is kept as given (spaces included), glyph x from 0.
    TextLine set_line(std::string_view text, const Font& font, double size);
    // Advance width of unbroken text, in points.
    double width(std::string_view text, const Font& font, double size);

    const TypesetterStats& stats() const;
    // Drops cached shapings and break lists (the next call shapes afresh).
    void clear_cache();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace compforms::text
