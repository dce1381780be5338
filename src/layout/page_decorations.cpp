#include "layout/page_decorations.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "layout/thai_formats.hpp"
#include "text/cut_to_width.hpp"

namespace compforms::layout {
namespace {

constexpr double kFooterGap = 6;   // between the running texts and the content box

// The text, shrunk down to min_size and then cut with "…", to fit max_width.
std::pair<std::string, TextStyle> fit(const TextSetter& setter, const std::string& s, TextStyle st,
                                      double max_width, double min_size) {
    while (st.size > min_size && setter.width(s, st) > max_width) st.size = std::max(min_size, st.size - 0.5);
    return {text::cut_to_width(s, max_width, [&](const std::string& t) { return setter.width(t, st); }), st};
}

void put(Page& page, const TextSetter& setter, const std::string& s, const TextStyle& st, double x,
         double baseline) {
    if (s.empty()) return;
    page.items.push_back(TextItem{x, baseline, setter.line(s, st), st.color, st.stroke_width()});
}

// A candidate's header: "n/N" at the right end, the slot between it and the left text.
void add_header_slot(std::vector<Item>& head, const PageDecorations& deco, const TextSetter& setter,
                     const TextStyle& st, const PageSetup& page, double baseline, double left_w, std::size_t i,
                     const std::string& total) {
    std::string number = std::to_string(i + 1) + "/" + total;
    if (deco.thai_digits) number = to_thai_digits(number);
    const auto line = setter.line(number, st);
    const double right = page.content_right();
    head.push_back(TextItem{right - line->width, baseline, line, st.color, st.stroke_width()});
    const double x0 = page.content_left() + left_w + deco.size, x1 = right - line->width - deco.size;
    head.push_back(SlotItem{deco.header_slot, x0, baseline, std::max(0.0, x1 - x0), &setter.font(st), st.size,
                            SlotAlign::right, true, true});
}

} // namespace

double footer_baseline(const PageDecorations& deco, const TextSetter& setter, const PageSetup& page) {
    TextStyle st;
    st.size = deco.size;
    return page.content_bottom() + kFooterGap + setter.metrics(st).ascent;
}

void decorate_pages(Document& doc, const PageDecorations& deco, const TextSetter& setter,
                    const PageSetup& page) {
    TextStyle st;
    st.size = deco.size;
    const text::LineMetrics m = setter.metrics(st);
    const double left = page.content_left(), right = page.content_right();
    const double gap = kFooterGap;
    const double head_base = page.content_top() - gap - m.descent - (deco.header_rule ? 2 : 0);
    const double foot_base = footer_baseline(deco, setter, page);
    const std::string total = std::to_string(doc.pages.size());

    // The header is the same on every page: set it once.
    std::string head_right;
    TextStyle head_right_style = st;
    const double left_w = deco.header_left.empty() ? 0 : setter.width(deco.header_left, st);
    if (!deco.header_right.empty()) {
        const double room = page.content_width() - left_w - (left_w > 0 ? deco.size : 0);
        std::tie(head_right, head_right_style) = fit(setter, deco.header_right, st, room, 0.75 * deco.size);
    }
    std::shared_ptr<const text::TextLine> head_left_line, head_right_line;
    if (!deco.header_left.empty()) head_left_line = setter.line(deco.header_left, st);
    if (!head_right.empty() && deco.header_slot.empty()) head_right_line = setter.line(head_right, head_right_style);

    for (std::size_t i = 0; i < doc.pages.size(); ++i) {
        Page& p = doc.pages[i];
        const bool header = !(deco.skip_first_page && i == 0) &&
                            (head_left_line || head_right_line || !deco.header_slot.empty());
        if (header) {
            // The header goes before the page's content, so it also extracts first.
            std::vector<Item> head;
            if (head_left_line) head.push_back(TextItem{left, head_base, head_left_line, st.color, st.stroke_width()});
            if (head_right_line)
                head.push_back(TextItem{right - head_right_line->width, head_base, head_right_line,
                                        st.color, st.stroke_width()});
            if (!deco.header_slot.empty()) add_header_slot(head, deco, setter, st, page, head_base, left_w, i, total);
            if (deco.header_rule) {
                LineItem rule;
                rule.x1 = left;
                rule.x2 = right;
                rule.y1 = rule.y2 = page.content_top() - gap + 1;
                rule.width = 0.4;
                head.push_back(rule);
            }
            p.items.insert(p.items.begin(), head.begin(), head.end());
        }
        put(p, setter, deco.footer_left, st, left, foot_base);
        std::string number = deco.page_label + " " + std::to_string(i + 1) + "/" + total;
        if (deco.thai_digits) number = to_thai_digits(number);
        const auto line = setter.line(number, st);
        p.items.push_back(TextItem{right - line->width, foot_base, line, st.color, st.stroke_width()});
    }
}

} // namespace compforms::layout
