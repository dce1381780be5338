// The change report's table of the other sections' differences: per changed part of the
// unit, a shaded row naming it, then its old paragraphs beside its new ones, deleted words
// struck through and inserted words underlined.
#pragma once

#include <string>
#include <vector>

#include "editions/section_changes.hpp"
#include "layout/table.hpp"

namespace compforms::forms {

// The heading the report prints for a part ("6. ขอบเขต…", "13 (ก) ความต้องการด้านทักษะ").
std::string section_part_title(editions::SectionPart part, bool thai_digits);

// Old and new side by side: pdftotext's default mode joins words across a gap narrower than
// about an em into one line, interleaving the two columns; this much padding each side of
// the rule between them (1.6 em at the table's 14 pt) keeps each cell a block of its own.
constexpr double kSideBySidePadding = 11;

// A table cell holding `text` with `spans` marked.
layout::Cell marked_cell(const std::string& text, const std::vector<editions::Span>& spans, layout::TextMark::Kind kind);

layout::Table section_changes_table(const std::vector<editions::SectionChange>& changes, bool thai_digits);

} // namespace compforms::forms
