// The pages `proof` prints: a text file's paragraphs, one a line, set on A4 (margins 30 mm
// left, 25 mm top and bottom) through the whole engine, to show how any text comes out.
#pragma once

#include <optional>

#include "layout/document.hpp"
#include "layout/text_setter.hpp"
#include "model/text_file.hpp"

namespace compforms::forms {

struct ProofLayout {
    double size = 16;          // points
    double width_mm = 160;     // line width
    bool justify = false;
    std::optional<layout::Timestamp> date;
};

// Throws layout::UnprintableText for a character the font lacks.
layout::Document proof_sheet(const model::TextFile& file, const ProofLayout& how, const layout::TextSetter& setter);

} // namespace compforms::forms
