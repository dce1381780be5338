// The evidence checklist (แบบตรวจสอบหลักฐาน): candidate details, then every item of the
// unit's evidence guide (performance, then knowledge evidence, under their headings) as a
// row with มี / ไม่มี boxes, the PC codes it supports and room for remarks; then the
// mapping matrix on its own page. Laid out once; each candidate's copy adds their values.
#pragma once

#include "forms/form_template.hpp"
#include "forms/scoring_sheet.hpp"
#include "model/candidate.hpp"
#include "model/unit.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::forms {

class EvidenceChecklist {
public:
    EvidenceChecklist(const model::Unit& unit, text::Typesetter& ts, const text::FontSet& fonts,
                      const AssessmentFormOptions& options = {});

    static constexpr const char* kTitle = "แบบตรวจสอบหลักฐานการประเมินสมรรถนะ";
    static constexpr const char* kSuffix = "-checklist.pdf";

    const FormTemplate& form() const { return form_; }
    FormTemplate& form() { return form_; }   // to reserve a batch's values
    layout::Document blank() const { return form_.blank(); }
    layout::Document for_candidate(const model::Candidate& candidate, SlotSetter& setter) const;

private:
    FormTemplate form_;
};

} // namespace compforms::forms
