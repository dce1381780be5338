#include "forms/printable.hpp"

#include "forms/candidate_details.hpp"
#include "forms/unit_texts.hpp"
#include "layout/layout_error.hpp"

namespace compforms::forms {
namespace {

// The faces the forms set a unit's texts in: Regular, and Bold for titles and headings
// (the assessment forms' synthetic bold is the Regular face).
std::vector<layout::TextStyle> faces() { return {layout::TextStyle{}, layout::bold_style()}; }

} // namespace

std::vector<Unprintable> unprintable_texts(const model::Unit& unit, const layout::TextSetter& setter) {
    std::vector<Unprintable> out;
    for (const model::Text* text : unit_texts(unit)) {
        for (const layout::TextStyle& style : faces()) {
            try {
                setter.line(text->value, style, text->origin);
            } catch (const layout::UnprintableText& e) {
                out.push_back({e.what(), e.source_offset});
                break;   // one problem per text is enough to find it
            }
        }
    }
    return out;
}

std::optional<std::string> unprintable_detail(const model::Candidate& candidate, const layout::TextSetter& setter) {
    for (const auto& [slot, value] : candidate_values(candidate)) {
        try {
            setter.width(value, layout::TextStyle{});
        } catch (const layout::UnprintableText& e) {
            return slot + ": " + e.what();
        }
    }
    return std::nullopt;
}

} // namespace compforms::forms
