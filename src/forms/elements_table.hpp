// Section 11 of the booklet: the table of elements and performance criteria, as the
// published standard prints it (element with its title spanning its PCs, each PC's number
// and text, its book code and its system code), a named destination at every PC row (its
// book code) and an outline entry per element.
#pragma once

#include "editions/comparison.hpp"
#include "forms/form_options.hpp"
#include "layout/table.hpp"
#include "layout/text_setter.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

// A PC row in `changes` (a changed or new PC of a revised edition) has a change bar.
layout::Table elements_table(const model::Unit& unit, const FormOptions& options, const layout::TextSetter& setter,
                             double content_width, const editions::ChangedParts* changes = nullptr);

} // namespace compforms::forms
