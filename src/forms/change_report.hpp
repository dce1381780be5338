// The change report between two editions of a unit (compforms diff): the unit and both
// editions, how many PCs changed in each way, every changed PC with its old and new wording
// side by side (deleted words struck through, inserted words underlined, drawn as paths),
// the added and removed PCs in full, and the other sections' word differences.
#pragma once

#include "editions/comparison.hpp"
#include "forms/form_options.hpp"
#include "layout/document.hpp"
#include "layout/text_setter.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

inline constexpr const char* kChangeReportTitle = "รายงานการเปลี่ยนแปลงมาตรฐาน";

// Thai name of a kind of change, as the report prints it.
const char* change_label(editions::ChangeKind kind);

layout::Document change_report(const model::Unit& old_unit, const model::Unit& new_unit,
                               const editions::Comparison& comparison, const layout::TextSetter& setter,
                               const FormOptions& options);

} // namespace compforms::forms
