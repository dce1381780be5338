#include "text/paragraph_setter.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "base/utf8.hpp"

namespace compforms::text {

namespace {

// Slack for comparing widths in font units: rounding must not push a fitting line out.
constexpr double fit_epsilon = 1e-6;

struct LinePlan {
    std::size_t start = 0;   // byte offset of the line in the paragraph
    std::size_t end = 0;     // end of its content (trailing break spaces dropped)
    std::size_t next = 0;    // where the next line starts
    bool last = false;       // last line of the paragraph or before a mandatory break
    bool second_class = false;   // ends inside a compound that would fit on a line of its own
};

// The end of [start, end) with trailing break spaces removed.
std::size_t trim_break_spaces(std::string_view text, std::size_t start, std::size_t end) {
    while (end > start) {
        std::size_t lead = end - 1;
        while (lead > start && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
        std::size_t pos = lead;
        if (!is_break_space(utf8::decode(text, pos))) break;
        end = lead;
    }
    return end;
}

class Setter {
public:
    Setter(std::string_view text, const ShapedRun& shaped, const std::vector<BreakOpportunity>& breaks,
           const ParagraphStyle& style, const ParagraphServices& services)
        : text_(text), shaped_(shaped), style_(style), services_(services),
          scale_(style.size / style.font->upem()) {
        for (const BreakOpportunity& b : breaks)
            if (b.offset < text.size() && shaped.cut_ok[b.offset]) breaks_.push_back(b);
        breaks_.push_back({text.size(), true});
        rank_breaks();
    }

    // Greedy fitting: each line takes as many break-to-break pieces as fit, measured on
    // the shape-once glyphs, preferring to end before a compound than inside it (see
    // prefer_first_class). Should the line, reshaped because an end word shapes
    // differently alone, no longer fit, the next shorter candidate is tried.
    std::vector<TextLine> run() {
        std::vector<TextLine> lines;
        std::size_t start = 0;
        std::size_t k = 0;
        while (start < text_.size()) {
            const bool first = lines.empty();
            const double avail_pt = available(first);
            const double avail = avail_pt / scale_;
            while (breaks_[k].offset <= start) ++k;
            std::vector<LinePlan> ends = fitting_ends(start, k, avail);
            if (ends.empty()) ends = emergency_ends(start, breaks_[k].offset, avail);
            else prefer_first_class(ends, lines.size());
            std::size_t i = ends.size();
            TextLine line;
            do {
                --i;
                line = build(ends[i], first);
            } while (i > 0 && line.width > avail_pt + 1e-9);
            start = ends[i].next;
            lines.push_back(std::move(line));
        }
        return lines;
    }

private:
    // A break inside a compound (สาย|งาน) is second class while the compound, from the
    // first-class break before it to the one after it, fits on a line of its own: a line
    // then rather ends before the compound. Inside a compound wider than any line every
    // break is as good as another, since the compound is broken anyway.
    void rank_breaks() {
        second_class_.assign(breaks_.size(), false);
        const double line = available(false) / scale_;
        std::size_t from = 0;
        for (std::size_t j = 0; j < breaks_.size();) {
            if (!breaks_[j].inside_compound) {
                from = breaks_[j++].offset;
                continue;
            }
            std::size_t to = j;   // the first-class break after the compound (the end is one)
            while (breaks_[to].inside_compound) ++to;
            const std::size_t end = content_end(from, breaks_[to].offset);
            const bool fits = static_cast<double>(shaped_.advance(from, end)) <= line + fit_epsilon;
            std::fill(second_class_.begin() + static_cast<std::ptrdiff_t>(j),
                      second_class_.begin() + static_cast<std::ptrdiff_t>(to), fits);
            j = to;
        }
    }

    // Visits the breaks a line from `start` may end at (it fits), shortest first, up to the
    // first mandatory break, as visit(break index, content end); break k is the first
    // after `start`.
    template <typename Visit>
    void each_fitting_end(std::size_t start, std::size_t k, double avail, Visit visit) const {
        for (std::size_t j = k; j < breaks_.size(); ++j) {
            const std::size_t end = content_end(start, breaks_[j].offset);
            if (static_cast<double>(shaped_.advance(start, end)) > avail + fit_epsilon) break;
            visit(j, end);
            if (breaks_[j].mandatory) break;   // the paragraph end is one
        }
    }

    std::vector<LinePlan> fitting_ends(std::size_t start, std::size_t k, double avail) const {
        std::vector<LinePlan> ends;
        each_fitting_end(start, k, avail, [&](std::size_t j, std::size_t end) {
            ends.push_back({start, end, breaks_[j].offset, breaks_[j].mandatory, second_class_[j]});
        });
        return ends;
    }

    // A line ends at its last first-class break that fits rather than inside a compound,
    // unless the paragraph would then take more lines than its fewest: keeping a word
    // whole never costs a line (a form's page count stays). With no first-class break on
    // the line, it ends inside the compound.
    void prefer_first_class(std::vector<LinePlan>& ends, std::size_t lines_before) {
        if (std::none_of(ends.begin(), ends.end(), [](const LinePlan& p) { return p.second_class; })) return;
        if (budget_ == kUnknown) budget_ = fewest_lines(0);
        const std::size_t allowed = budget_ > lines_before ? budget_ - lines_before : 0;
        for (std::size_t i = ends.size(); i-- > 0;) {
            if (ends[i].second_class) continue;
            if (1 + fewest_lines(ends[i].next) > allowed) return;   // nor would a shorter line
            ends.resize(i + 1);
            ends.erase(std::remove_if(ends.begin(), ends.end(), [](const LinePlan& p) { return p.second_class; }),
                       ends.end());
            return;
        }
    }

    // The fewest lines the text from `start` (0 or a break) takes: the greedy fit with
    // every break as good as another, on the shape-once widths (a piece wider than a line
    // counts the lines its width needs). Kept per break, so asking at every line costs
    // one pass over the paragraph.
    std::size_t fewest_lines(std::size_t start) {
        if (fewest_from_.empty()) fewest_from_.assign(breaks_.size(), kUnknown);
        std::vector<std::pair<std::size_t, std::size_t>> walked;   // (break, lines before it)
        std::size_t lines = 0;
        while (start < text_.size()) {
            const std::size_t k = first_break_after(start);
            if (start > 0) {   // a break: breaks_[k - 1]
                if (fewest_from_[k - 1] != kUnknown) {
                    lines += fewest_from_[k - 1];
                    break;
                }
                walked.push_back({k - 1, lines});
            }
            const double avail = available(start == 0) / scale_;
            std::size_t last = kUnknown;
            each_fitting_end(start, k, avail, [&](std::size_t j, std::size_t) { last = j; });
            if (last == kUnknown) {
                const auto wide = static_cast<double>(shaped_.advance(start, content_end(start, breaks_[k].offset)));
                lines += static_cast<std::size_t>(std::ceil(wide / avail));
            } else {
                ++lines;
            }
            start = breaks_[last == kUnknown ? k : last].offset;
        }
        for (const auto& [at, before] : walked) fewest_from_[at] = lines - before;
        return lines;
    }

    std::size_t first_break_after(std::size_t offset) const {
        return static_cast<std::size_t>(
            std::upper_bound(breaks_.begin(), breaks_.end(), offset,
                             [](std::size_t o, const BreakOpportunity& b) { return o < b.offset; }) -
            breaks_.begin());
    }

    double available(bool first) const {
        return style_.width - (first ? style_.first_line_indent : 0.0);
    }

    std::size_t content_end(std::size_t start, std::size_t next) const {
        const std::size_t end = trim_break_spaces(text_, start, next);
        return shaped_.cut_ok[end] ? end : next;
    }

    const std::vector<std::size_t>& graphemes() {
        if (!have_graphemes_) {
            graphemes_ = services_.graphemes();
            have_graphemes_ = true;
        }
        return graphemes_;
    }

    // A piece longer than the line: the grapheme boundaries inside it that fit, and at
    // least the first one, so that setting always progresses.
    std::vector<LinePlan> emergency_ends(std::size_t start, std::size_t piece_end, double avail) {
        std::vector<LinePlan> ends;
        const std::vector<std::size_t>& bounds = graphemes();
        for (auto it = std::upper_bound(bounds.begin(), bounds.end(), start);
             it != bounds.end() && *it < piece_end; ++it) {
            if (!shaped_.cut_ok[*it]) continue;
            if (!ends.empty() && static_cast<double>(shaped_.advance(start, *it)) > avail + fit_epsilon) break;
            ends.push_back({start, *it, *it, false});
        }
        if (ends.empty()) ends.push_back({start, content_end(start, piece_end), piece_end, piece_end == text_.size()});
        // Not a line ending in a hyphen (แก่-|เปลี่ยน) while a shorter one fits: pdftotext's
        // default mode would join the lines and drop the hyphen.
        while (ends.size() > 1 && ends_in_hyphen(ends.back().next)) ends.pop_back();
        return ends;
    }

    bool ends_in_hyphen(std::size_t end) const {
        std::size_t k = end;
        while (k > 0 && text_[k - 1] == ' ') --k;
        return k > 0 && text_[k - 1] == '-';
    }

    // HarfBuzz flags a glyph UNSAFE_TO_BREAK when cutting the text at its cluster and
    // shaping both sides apart would change the result (kerning or a ligature across the
    // cut, contextual forms). Without the flag the cut glyphs are exactly the glyphs of
    // the piece shaped alone.
    bool safe_cut(std::size_t offset) const {
        if (offset == 0 || offset == text_.size()) return true;
        const std::size_t g = shaped_.glyph_at(offset);
        return g == shaped_.glyphs.size() || !shaped_.glyphs[g].unsafe_to_break;
    }

    // Break opportunities strictly inside [start, end).
    std::vector<std::size_t> inner_breaks(std::size_t start, std::size_t end) const {
        std::vector<std::size_t> out;
        for (std::size_t j = first_break_after(start); j < breaks_.size() && breaks_[j].offset < end; ++j)
            out.push_back(breaks_[j].offset);
        return out;
    }

    // Where a justified line takes its slack, as (offset from the line start, weight).
    // Thai reads a gap between words as a space (a phrase break), so stretching only the
    // dictionary word breaks prints "ตรวจ ประเมิน หลักฐาน" for "ตรวจประเมินหลักฐาน". Thai
    // justification spreads the slack over the boundaries between clusters instead:
    // every grapheme boundary between two Thai characters (never inside a cluster, never
    // right after a leading vowel, which belongs to the syllable it precedes) takes one
    // share, and each real space takes kSpaceWeight shares. Latin words are never
    // letter-spaced: outside Thai only the line's break opportunities take slack. A line
    // with no such point is spread over its graphemes.
    std::vector<std::pair<std::size_t, double>> justification_points(std::size_t s, std::size_t e,
                                                                     const std::vector<std::size_t>& inner,
                                                                     const ShapedRun& source,
                                                                     std::size_t base) {
        constexpr double kSpaceWeight = 4;
        std::vector<std::pair<std::size_t, double>> points;
        auto usable = [&](std::size_t p) { return source.cut_ok[p - base]; };
        const std::vector<std::size_t>& bounds = graphemes();
        auto first = std::upper_bound(bounds.begin(), bounds.end(), s);
        auto in = inner.begin();
        for (auto it = first; it != bounds.end() && *it < e; ++it) {
            const std::size_t p = *it;
            while (in != inner.end() && *in < p) ++in;
            const bool is_break = in != inner.end() && *in == p;
            if (!usable(p)) continue;
            if (is_break && p > s && text_[p - 1] == ' ') {
                points.push_back({p - s, kSpaceWeight});
            } else if (thai_before(p) && starts_thai(p) && !after_leading_vowel(p)) {
                points.push_back({p - s, 1.0});
            } else if (is_break) {
                points.push_back({p - s, 1.0});
            }
        }
        if (points.empty()) {
            for (auto it = first; it != bounds.end() && *it < e; ++it)
                if (usable(*it)) points.push_back({*it - s, 1.0});
        }
        return points;
    }

    // Thai characters are U+0E00..U+0E7F: three bytes E0 B8|B9 xx in UTF-8.
    bool starts_thai(std::size_t p) const {
        return p + 1 < text_.size() && static_cast<unsigned char>(text_[p]) == 0xE0 &&
               (static_cast<unsigned char>(text_[p + 1]) & 0xFE) == 0xB8;
    }
    bool thai_before(std::size_t p) const { return p >= 3 && starts_thai(p - 3); }
    bool after_leading_vowel(std::size_t p) const {
        if (!thai_before(p)) return false;
        const auto b1 = static_cast<unsigned char>(text_[p - 2]);
        const auto b2 = static_cast<unsigned char>(text_[p - 1]);
        return b1 == 0xB9 && b2 >= 0x80 && b2 <= 0x84;   // U+0E40..U+0E44 เ แ โ ใ ไ
    }

    TextLine build(const LinePlan& plan, bool first) {
        const std::size_t s = plan.start;
        const std::size_t e = plan.end;
        std::vector<std::size_t> inner = inner_breaks(s, e);

        // Shape-once glyphs, unless a line end is unsafe to break: then the line alone.
        const ShapedRun* source = &shaped_;
        std::size_t base = 0;
        std::shared_ptr<const ShapedRun> reshaped;
        if (!safe_cut(s) || !safe_cut(e)) {
            reshaped = services_.shape_alone(text_.substr(s, e - s));
            source = reshaped.get();
            base = s;
            if (services_.reshaped_lines) ++*services_.reshaped_lines;
        }
        const std::size_t g0 = source->glyph_at(s - base);
        const std::size_t g1 = source->glyph_at(e - base);
        const double natural = static_cast<double>(source->advance_prefix[g1] - source->advance_prefix[g0]) * scale_;
        const double avail = available(first);

        // Justification: see justification_points(). Each point takes a share of the
        // slack in proportion to its weight.
        std::vector<std::pair<std::size_t, double>> points;
        double extra = 0;
        if (style_.align == Align::justify && !plan.last && natural < avail) {
            points = justification_points(s, e, inner, *source, base);
            double total = 0;
            for (const auto& pt : points) total += pt.second;
            if (total > 0) extra = (avail - natural) / total;
        }

        TextLine line;
        line.font = style_.font;
        line.size = style_.size;
        line.text.assign(text_.substr(s, e - s));
        line.width = extra > 0 ? avail : natural;
        double x = first ? style_.first_line_indent : 0.0;
        if (style_.align == Align::center) x += std::max(0.0, (avail - line.width) / 2);
        if (style_.align == Align::right) x += std::max(0.0, avail - line.width);
        line.x = x;
        line.glyphs.reserve(g1 - g0);
        int64_t pen = 0;
        std::size_t point = 0;
        double shift = 0;
        for (std::size_t i = g0; i < g1; ++i) {
            const ShapedGlyph& g = source->glyphs[i];
            const auto cluster = static_cast<uint32_t>(g.cluster + base - s);
            while (point < points.size() && cluster >= points[point].first) shift += points[point++].second * extra;
            LineGlyph out;
            out.gid = g.gid;
            out.x = x + static_cast<double>(pen + g.x_offset) * scale_ + shift;
            out.y = g.y_offset * scale_;
            out.advance = g.x_advance * scale_;
            out.cluster = cluster;
            line.glyphs.push_back(out);
            pen += g.x_advance;
        }
        return line;
    }

    std::string_view text_;
    const ShapedRun& shaped_;
    const ParagraphStyle& style_;
    const ParagraphServices& services_;
    double scale_;
    std::vector<BreakOpportunity> breaks_;
    std::vector<bool> second_class_;   // per break: see rank_breaks()
    static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
    std::vector<std::size_t> fewest_from_;   // per break: see fewest_lines(), kUnknown until asked
    std::size_t budget_ = kUnknown;          // fewest_lines(0), once asked
    std::vector<std::size_t> graphemes_;
    bool have_graphemes_ = false;
};

} // namespace

std::vector<TextLine> set_paragraph_lines(std::string_view text, const ShapedRun& shaped,
                                          const std::vector<BreakOpportunity>& breaks,
                                          const ParagraphStyle& style,
                                          const ParagraphServices& services) {
    if (text.empty()) return {};
    return Setter(text, shaped, breaks, style, services).run();
}

TextLine place_line(std::string_view text, const ShapedRun& shaped, const Font& font, double size) {
    const double scale = size / font.upem();
    TextLine line;
    line.font = &font;
    line.size = size;
    line.text.assign(text);
    line.glyphs.reserve(shaped.glyphs.size());
    int64_t pen = 0;
    for (const ShapedGlyph& g : shaped.glyphs) {
        LineGlyph out;
        out.gid = g.gid;
        out.x = static_cast<double>(pen + g.x_offset) * scale;
        out.y = g.y_offset * scale;
        out.advance = g.x_advance * scale;
        out.cluster = g.cluster;
        line.glyphs.push_back(out);
        pen += g.x_advance;
    }
    line.width = static_cast<double>(pen) * scale;
    return line;
}

} // namespace compforms::text
