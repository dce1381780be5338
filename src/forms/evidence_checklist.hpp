// The evidence checklist (แบบตรวจสอบหลักฐาน): candidate details, then every item of the
// unit's evidence guide (performance, then knowledge evidence, under their headings) as a
// row with มี / ไม่มี boxes, the PC codes it supports and room for remarks, then the
// assessor's and the candidate's signatures. Laid out once; each candidate's copy adds
// their values. The unit checklist is the same blank form followed by the unit's mapping
// matrix: printed once (per pack, or alone), as the matrix is the unit's, not a candidate's.
#pragma once

#include "forms/form_context.hpp"
#include "forms/form_template.hpp"

namespace compforms::forms {

inline constexpr const char* kEvidenceChecklistTitle = "แบบตรวจสอบหลักฐานการประเมินสมรรถนะ";

// The blank checklist, ready to be filled per candidate (fill_for_candidate).
FormTemplate evidence_checklist(const FormContext& ctx);

// The unit checklist: the blank checklist, then the mapping matrix from a new page.
layout::Document unit_checklist(const FormContext& ctx);

} // namespace compforms::forms
