#include "forms/booklet_lists.hpp"

#include "forms/section_headings.hpp"

namespace compforms::forms {
namespace {

// List bullets hang in this much room right of the list's indent (wider for a long label).
const double kBulletHang = layout::mm(6);

// The part of a definition after its term, when the text begins with the term.
std::size_t after_term(const model::Text& text, const model::Text* term) {
    if (!term || term->value.empty() || text.value.compare(0, term->value.size(), term->value) != 0) return 0;
    std::size_t at = term->value.size();
    while (at < text.value.size() && text.value[at] == ' ') ++at;
    return at;
}

} // namespace

layout::Paragraph body_paragraph(std::string text, double indent, text::Align align) {
    layout::ParagraphFormat f;
    f.align = align;
    f.left_indent = indent;
    f.space_after = 2;
    return layout::Paragraph(std::move(text), layout::TextStyle{}, f);
}

layout::Paragraph body_paragraph(const model::Text& text, double indent, text::Align align) {
    return body_paragraph(text.value, indent, align).from(text.origin);
}

layout::ListBlock booklet_list(const std::vector<ListEntry>& entries, double indent,
                               const editions::ChangedParts* changes) {
    layout::ListBlock l(layout::ListBlock::Kind::bullet, {});
    for (const ListEntry& e : entries) {
        const std::size_t rest = after_term(*e.text, e.term);
        l.items.push_back(e.text->value.substr(rest));
        l.origins.push_back(rest ? e.text->origin.suffix(rest) : e.text->origin);
        l.labels.push_back(e.label);
        l.leads.push_back(rest ? e.term->value : std::string());
        l.change_bars.push_back(changes && changes->has(*e.text));
    }
    l.align = text::Align::left;
    l.left_indent = indent;
    l.hang = kBulletHang;
    l.item_spacing = 1;
    l.space_after = 2;
    return l;
}

std::vector<layout::Block> content_blocks(const model::Content& c, double indent,
                                          const editions::ChangedParts* changes) {
    std::vector<layout::Block> out;
    const auto barred = [&](layout::Paragraph p, const model::Text& text) {
        p.change_bar = changes && changes->has(text);
        return p;
    };
    if (c.not_applicable) {
        if (c.not_applicable_text.value.empty())
            out.emplace_back(barred(body_paragraph(kNotApplicable, indent, text::Align::left), c.not_applicable_text));
        else
            out.emplace_back(barred(body_paragraph(c.not_applicable_text, indent, text::Align::left), c.not_applicable_text));
        return out;
    }
    std::vector<ListEntry> run;
    auto flush = [&]() {
        if (!run.empty()) out.emplace_back(booklet_list(run, indent, changes));
        run.clear();
    };
    for (const model::Block& b : c.blocks) {
        if (b.kind == model::Block::Kind::bullet) {
            run.push_back({&b.text, b.label, nullptr});
        } else {
            flush();
            out.emplace_back(barred(body_paragraph(b.text, indent), b.text));
        }
    }
    flush();
    return out;
}

} // namespace compforms::forms
