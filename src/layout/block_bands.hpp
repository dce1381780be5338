// Turns the simple block kinds into bands with their break rules: paragraphs keep at
// least 2 lines at a page foot and head, headings and signature blocks never break.
#pragma once

#include <vector>

#include "layout/band.hpp"
#include "layout/block_types.hpp"
#include "layout/text_setter.hpp"

namespace compforms::layout {

// A block ready for the flow: bands with x relative to the content box's left edge.
struct BandBlock {
    std::vector<Band> bands;
    double space_before = 0;   // dropped at the top of a page
    double space_after = 0;
    bool keep_with_next = false;
};

// Orphans and widows: forbid a page break that leaves fewer than `min_lines` lines of
// bands [first, last) on either side.
void protect_lines(std::vector<Band>& bands, std::size_t first, std::size_t last, std::size_t min_lines = 2);

BandBlock paragraph_bands(const TextSetter& setter, const Paragraph& p, double width);
BandBlock heading_bands(const TextSetter& setter, const Heading& h, double width);
BandBlock list_bands(const TextSetter& setter, const ListBlock& l, double width);
BandBlock rule_bands(const Rule& r, double width);
BandBlock check_box_row_bands(const TextSetter& setter, const CheckBoxRow& row, double width);
BandBlock fill_in_bands(const TextSetter& setter, const FillInLine& f, double width);
BandBlock signature_bands(const TextSetter& setter, const SignatureBlock& s, double width);
BandBlock signature_row_bands(const TextSetter& setter, const SignatureRow& row, double width);
BandBlock fill_in_row_bands(const TextSetter& setter, const FillInRow& row, double width);

} // namespace compforms::layout
