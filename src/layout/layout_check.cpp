#include "layout/layout_check.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>

#include <hb.h>

#include "base/utf8.hpp"
#include "text/font.hpp"

namespace compforms::layout {
namespace {

// A text as a message quotes it: its first words, enough to find it on the page.
std::string quoted(const TextItem& item) {
    constexpr std::size_t kShown = 24;   // code points
    const std::string& s = item.line->text;
    std::size_t at = 0, count = 0;
    while (at < s.size() && count < kShown) {
        utf8::decode(s, at, utf8::OnInvalid::replace);
        ++count;
    }
    return "text '" + s.substr(0, at) + (at < s.size() ? "…" : "") + "'";
}

std::string points(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

bool overlap(const LayoutChecker::Box& a, const LayoutChecker::Box& b, double tolerance) {
    return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > tolerance &&
           std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > tolerance;
}

Violation overlap_violation(const LayoutChecker::Box& a, const LayoutChecker::Box& b) {
    // Report it at the text that came from the source, when only one did.
    const bool swap = !a.item->source_offset && b.item->source_offset;
    const TextItem& first = swap ? *b.item : *a.item;
    const TextItem& second = swap ? *a.item : *b.item;
    Violation v;
    v.kind = Violation::Kind::overlap;
    v.what = quoted(first);
    v.source_offset = first.source_offset;
    v.other = quoted(second);
    v.other_offset = second.source_offset;
    return v;
}

// The pairs of `boxes` that overlap, by a sweep down the page (sorts `boxes` by top).
void find_overlaps(std::vector<LayoutChecker::Box>& boxes, double tolerance, std::vector<Violation>& out) {
    std::sort(boxes.begin(), boxes.end(), [](const auto& a, const auto& b) { return a.y0 < b.y0; });
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size() && boxes[j].y0 < boxes[i].y1 - tolerance; ++j)
            if (overlap(boxes[i], boxes[j], tolerance)) out.push_back(overlap_violation(boxes[i], boxes[j]));
}

// A path's extent: the ink of a rule, a box or a tick, half its line width included.
struct PathBox {
    double x0, y0, x1, y1;
    const char* what;
};

std::optional<PathBox> path_box(const Item& item) {
    if (const auto* l = std::get_if<LineItem>(&item)) {
        const double h = l->width / 2;
        return PathBox{std::min(l->x1, l->x2) - h, std::min(l->y1, l->y2) - h, std::max(l->x1, l->x2) + h,
                       std::max(l->y1, l->y2) + h, "a rule"};
    }
    if (const auto* r = std::get_if<RectItem>(&item)) {
        const double h = r->stroke ? r->line_width / 2 : 0;
        return PathBox{r->x - h, r->y - h, r->x + r->w + h, r->y + r->h + h, "a box"};
    }
    if (const auto* t = std::get_if<TickItem>(&item))
        return PathBox{t->x, t->y, t->x + t->size, t->y + t->size, "a tick"};
    return std::nullopt;
}

} // namespace

std::string describe(const Violation& v) {
    const std::string page = "page " + std::to_string(v.page + 1);
    if (v.kind == Violation::Kind::overlap) return v.what + " over " + v.other + " (" + page + ")";
    return v.what + " outside the page (" + page + (v.how.empty() ? "" : ", " + v.how) + ")";
}

LayoutChecker::InkBox LayoutChecker::ink(const TextItem& item) {
    InkBox box;
    const text::TextLine& line = *item.line;
    if (!line.font) return box;
    auto& cache = glyphs_[line.font];
    const double scale = line.size / line.font->upem();
    for (const text::LineGlyph& g : line.glyphs) {
        auto [it, added] = cache.try_emplace(g.gid);
        if (added) {
            hb_glyph_extents_t e{};
            if (hb_font_get_glyph_extents(line.font->hb_font(), g.gid, &e) && e.width != 0 && e.height != 0)
                it->second = InkBox{double(e.x_bearing), double(e.y_bearing + e.height),
                                    double(e.x_bearing + e.width), double(e.y_bearing), false};
        }
        const InkBox& f = it->second;   // font units, y up
        if (f.empty) continue;
        const double x = item.x + g.x, base = item.baseline - g.y;
        const InkBox placed{x + f.x0 * scale, base - f.y1 * scale, x + f.x1 * scale, base - f.y0 * scale, false};
        if (box.empty) box = placed;
        box = InkBox{std::min(box.x0, placed.x0), std::min(box.y0, placed.y0), std::max(box.x1, placed.x1),
                     std::max(box.y1, placed.y1), false};
    }
    // Synthetic bold strokes the outlines: half the stroke lies outside them.
    const double h = item.stroke / 2;
    if (!box.empty) box = InkBox{box.x0 - h, box.y0 - h, box.x1 + h, box.y1 + h, false};
    return box;
}

LayoutChecker::Box LayoutChecker::line_box(const TextItem& item, const InkBox& ink) const {
    const double em = item.line->size;
    return Box{ink.x0, item.baseline - rules_.above * em, ink.x1, item.baseline + rules_.below * em, &item};
}

void LayoutChecker::off_page(const InkBox& ink, const Page& page, std::string what, std::optional<std::size_t> offset,
                             std::vector<Violation>& out) const {
    const double e = rules_.edge, tol = 0.01;
    const double past[] = {e - ink.x0, ink.x1 - (page.width - e), e - ink.y0, ink.y1 - (page.height - e)};
    const char* edges[] = {"left", "right", "top", "bottom"};
    const auto worst = std::max_element(std::begin(past), std::end(past));
    if (*worst <= tol) return;
    Violation v;
    v.what = std::move(what);
    v.source_offset = offset;
    v.how = points(*worst) + " pt past the " + edges[worst - std::begin(past)] + " edge of the printable area";
    out.push_back(std::move(v));
}

// Each item's ink against the printable area; the texts' boxes gathered for overlaps.
void LayoutChecker::check_items(const std::vector<Item>& items, const Page& page, std::vector<Violation>& out,
                                std::vector<Box>& boxes) {
    for (const Item& item : items) {
        if (const auto* t = std::get_if<TextItem>(&item)) {
            if (!t->line) continue;
            const InkBox box = ink(*t);
            if (box.empty) continue;
            off_page(box, page, quoted(*t), t->source_offset, out);
            boxes.push_back(line_box(*t, box));
        } else if (const std::optional<PathBox> p = path_box(item)) {
            off_page(InkBox{p->x0, p->y0, p->x1, p->y1, false}, page, p->what, std::nullopt, out);
        }
    }
}

const LayoutChecker::SharedPart& LayoutChecker::shared(const Page& page) {
    auto [it, added] = shared_.try_emplace(page.shared.get());
    SharedPart& part = it->second;
    if (!added) return part;
    part.items = page.shared;
    check_items(*page.shared, page, part.violations, part.boxes);
    std::vector<Box> sorted = part.boxes;
    find_overlaps(sorted, rules_.tolerance, part.violations);
    part.boxes = std::move(sorted);
    return part;
}

std::vector<Violation> LayoutChecker::check(const Document& doc, std::size_t limit) {
    std::vector<Violation> out;
    for (std::size_t p = 0; p < doc.pages.size() && out.size() < limit; ++p) {
        const Page& page = doc.pages[p];
        std::vector<Violation> found;
        std::vector<Box> own;
        check_items(page.items, page, found, own);
        if (page.shared) {
            const SharedPart& part = shared(page);
            found.insert(found.begin(), part.violations.begin(), part.violations.end());
            // The page's own texts (a copy's values) against the shared ones.
            for (const Box& mine : own)
                for (const Box& theirs : part.boxes) {
                    if (theirs.y0 >= mine.y1) break;
                    if (overlap(mine, theirs, rules_.tolerance)) found.push_back(overlap_violation(mine, theirs));
                }
        }
        find_overlaps(own, rules_.tolerance, found);
        for (Violation& v : found) {
            if (out.size() == limit) break;
            v.page = p;
            out.push_back(std::move(v));
        }
    }
    return out;
}

} // namespace compforms::layout
