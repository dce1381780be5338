// The published standard of one unit (the "booklet"): a cover, then the 18 numbered
// sections of รายละเอียดหน่วยสมรรถนะ with the elements/PC table, composed from layout
// blocks only. Named destinations at every PC row (its book code, e.g. "DL101.01") let
// other documents link into it; the outline has an entry per section and per element.
#pragma once

#include <string>

#include "forms/form_context.hpp"
#include "layout/document.hpp"

namespace compforms::forms {

// Lays the unit out. Throws layout::UnprintableText for a character the fonts lack.
layout::Document booklet(const FormContext& ctx);

} // namespace compforms::forms
