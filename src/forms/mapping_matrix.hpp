// The mapping matrix: PCs down (grouped by element, both codes), evidence items and
// assessment methods across, a mark where one covers the other, counts per row and per
// column, and a legend giving each column id's full text, so coverage is seen at a glance.
//
// The mark is a bold "X" centred in its cell. It is text, not a drawn tick, on purpose:
// a reader (or a test) can take the matrix back out of the PDF with pdftotext and compare
// it with the model. Sarabun has no "●" (U+25CF) or "✓" (U+2713), and "X" extracts as
// itself in every pdftotext mode.
#pragma once

#include "forms/form_context.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {

constexpr const char* kMatrixMark = "X";

// Adds the matrix's heading, table and legend to the flow.
void add_mapping_matrix(layout::FlowLayouter& flow, const FormContext& ctx);

} // namespace compforms::forms
