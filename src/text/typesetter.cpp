#include "text/typesetter.hpp"

#include <functional>
#include <stdexcept>
#include <unordered_map>

#include "base/utf8.hpp"
#include "text/line_breaker.hpp"
#include "text/paragraph_setter.hpp"
#include "text/shaper.hpp"

namespace compforms::text {

namespace {

// Bounds the caches for long batch runs; texts repeat heavily, so a rare full clear is
// cheaper than LRU bookkeeping on every lookup.
constexpr std::size_t cache_limit = 50000;

struct ShapeKey {
    const Font* font;
    std::string text;
    bool operator==(const ShapeKey& o) const { return font == o.font && text == o.text; }
};

struct ShapeKeyHash {
    std::size_t operator()(const ShapeKey& k) const {
        return std::hash<std::string>{}(k.text) ^ (std::hash<const void*>{}(k.font) * 0x9E3779B97F4A7C15ULL);
    }
};

} // namespace

struct Typesetter::Impl {
    Shaper shaper;
    LineBreaker breaker;
    TypesetterStats stats;
    std::unordered_map<ShapeKey, std::shared_ptr<const ShapedRun>, ShapeKeyHash> shapes;
    std::unordered_map<std::string, std::shared_ptr<const std::vector<BreakOpportunity>>> breaks;

    // Shaping results are in font units, so one entry serves every point size.
    std::shared_ptr<const ShapedRun> shape(const Font& font, std::string_view text) {
        ShapeKey key{&font, std::string(text)};
        auto it = shapes.find(key);
        if (it != shapes.end()) {
            ++stats.cache_hits;
            return it->second;
        }
        ++stats.shape_calls;
        auto run = std::make_shared<const ShapedRun>(shaper.shape(font, text));
        if (shapes.size() >= cache_limit) shapes.clear();
        shapes.emplace(std::move(key), run);
        return run;
    }

    std::shared_ptr<const std::vector<BreakOpportunity>> opportunities(std::string_view text) {
        std::string key(text);
        auto it = breaks.find(key);
        if (it != breaks.end()) return it->second;
        auto found = std::make_shared<const std::vector<BreakOpportunity>>(breaker.opportunities(text));
        if (breaks.size() >= cache_limit) breaks.clear();
        breaks.emplace(std::move(key), found);
        return found;
    }
};

Typesetter::Typesetter() : impl_(std::make_unique<Impl>()) {}
Typesetter::~Typesetter() = default;

std::vector<TextLine> Typesetter::set_paragraph(std::string_view text, const ParagraphStyle& style) {
    if (!style.font) throw std::invalid_argument("paragraph style has no font");
    if (!(style.size > 0)) throw std::invalid_argument("paragraph font size must be positive");
    if (!(style.width > 0) || !(style.width - style.first_line_indent > 0))
        throw std::invalid_argument("paragraph width (less the first-line indent) must be positive");
    if (text.empty()) return {};
    const std::shared_ptr<const ShapedRun> shaped = impl_->shape(*style.font, text);
    const std::shared_ptr<const std::vector<BreakOpportunity>> breaks = impl_->opportunities(text);
    ParagraphServices services;
    services.shape_alone = [&](std::string_view piece) { return impl_->shape(*style.font, piece); };
    services.graphemes = [&] { return impl_->breaker.grapheme_boundaries(text); };
    services.reshaped_lines = &impl_->stats.reshaped_lines;
    std::vector<TextLine> lines = set_paragraph_lines(text, *shaped, *breaks, style, services);
    ++impl_->stats.paragraphs;
    impl_->stats.lines += lines.size();
    return lines;
}

const TypesetterStats& Typesetter::stats() const { return impl_->stats; }

void Typesetter::clear_cache() {
    impl_->shapes.clear();
    impl_->breaks.clear();
}

TextLine Typesetter::set_line(std::string_view text, const Font& font, double size) {
    return place_line(text, *impl_->shape(font, text), font, size);
}

double Typesetter::width(std::string_view text, const Font& font, double size) {
    return static_cast<double>(impl_->shape(font, text)->advance()) * size / font.upem();
}

std::string unprintable_message(char32_t cp, const Font& font) {
    const std::string shown = cp == utf8::kReplacement ? std::string("invalid UTF-8") : "'" + utf8::encode(cp) + "'";
    return "character " + shown + " (" + utf8::code_point_name(cp) + ") is not in font " + font.postscript_name();
}

LineMetrics line_metrics(const Font& font, double size) {
    const FontMetrics& m = font.metrics();
    const double scale = size / m.upem;
    LineMetrics out;
    out.ascent = m.ink_top * scale;
    out.descent = -m.ink_bottom * scale;
    // A small gap (2% of the size) keeps the lowest descender of one line and the highest
    // stacked mark of the next apart even when both occur at the same x.
    out.height = out.ascent + out.descent + 0.02 * size;
    return out;
}

} // namespace compforms::text
