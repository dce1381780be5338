// How the booklet prints the lists a standard holds: section contents (paragraphs, and
// runs of items under their bullets or the labels the standard prints, "7" and all),
// evidence items, definitions (the term emphasised where the definition begins with it),
// and N/A as the standard words it ("ไม่มี") or "N/A".
#pragma once

#include <string>
#include <vector>

#include "editions/comparison.hpp"
#include "layout/block.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

// One list item: its text, the label the standard prints (empty: a bullet), and the term
// it defines (printed emphasised before the rest, when the text begins with it).
struct ListEntry {
    const model::Text* text = nullptr;
    std::string label;
    const model::Text* term = nullptr;
};

// A booklet list at `indent` (items left-aligned: justified, their few Thai breaks gape).
// Items in `changes` get a change bar.
layout::ListBlock booklet_list(const std::vector<ListEntry>& entries, double indent,
                               const editions::ChangedParts* changes = nullptr);

// A section's content as blocks: N/A, or its paragraphs and runs of items in order; a
// paragraph or item in `changes` with a change bar.
std::vector<layout::Block> content_blocks(const model::Content& content, double indent,
                                          const editions::ChangedParts* changes = nullptr);

// A body paragraph at `indent`.
layout::Paragraph body_paragraph(std::string text, double indent, text::Align align = text::Align::justify);
layout::Paragraph body_paragraph(const model::Text& text, double indent, text::Align align = text::Align::justify);

} // namespace compforms::forms
