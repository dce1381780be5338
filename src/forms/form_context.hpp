// What every form is made from: the unit, the text setter (typesetter and fonts), the
// options, and the unit's coverage (which evidence and methods cover which PCs), computed
// once. Each form is a function of a context.
#pragma once

#include "editions/comparison.hpp"
#include "forms/coverage.hpp"
#include "forms/form_options.hpp"
#include "layout/text_setter.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

struct FormContext {
    // The unit and the setter must outlive the context and the documents made with it.
    FormContext(const model::Unit& u, const layout::TextSetter& s, FormOptions o = {})
        : unit(u), setter(s), options(o), coverage(compute_coverage(u)) {}

    const model::Unit& unit;
    const layout::TextSetter& setter;
    FormOptions options;
    Coverage coverage;
    // What the booklet marks with change bars (booklet --previous); none: no bars.
    const editions::ChangedParts* changes = nullptr;
};

} // namespace compforms::forms
