// The assessor's scoring sheet (แบบบันทึกผลการประเมิน): candidate and assessment details,
// one row per PC grouped under its element with both PC codes (stacked in one column), the
// criterion, the methods that assess it and ผ่าน / ไม่ผ่าน boxes, a result line per element
// and for the unit, and the assessor's and candidate's signatures side by side, kept with
// the results. Laid out once; each candidate's copy only adds their values.
#pragma once

#include "forms/form_context.hpp"
#include "forms/form_template.hpp"

namespace compforms::forms {

inline constexpr const char* kScoringSheetTitle = "แบบบันทึกผลการประเมินสมรรถนะ";

// The blank sheet, ready to be filled per candidate (fill_for_candidate).
FormTemplate scoring_sheet(const FormContext& ctx);

} // namespace compforms::forms
