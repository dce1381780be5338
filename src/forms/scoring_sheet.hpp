// The assessor's scoring sheet (แบบบันทึกผลการประเมิน): candidate and assessment details,
// one row per PC grouped under its element with both PC codes (stacked in one column), the
// criterion, the methods that assess it and ผ่าน / ไม่ผ่าน boxes, a result line per element
// and for the unit, and the assessor's and candidate's signatures side by side, kept with
// the results. Laid out once; each candidate's copy only adds their values.
#pragma once

#include <string>

#include "forms/coverage.hpp"
#include "forms/form_template.hpp"
#include "model/candidate.hpp"
#include "model/unit.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::forms {

struct AssessmentFormOptions {
    // Every PC code links to the named destination of the same name: for a merged pack,
    // whose booklet part sets one at each PC row. Off for stand-alone files.
    bool link_codes = false;
};

class ScoringSheet {
public:
    // The unit must outlive the sheet; the typesetter and fonts only have to live while
    // it is made, the fonts as long as any Document from it is in use.
    ScoringSheet(const model::Unit& unit, text::Typesetter& ts, const text::FontSet& fonts,
                 const AssessmentFormOptions& options = {});

    static constexpr const char* kTitle = "แบบบันทึกผลการประเมินสมรรถนะ";
    static constexpr const char* kSuffix = "-scoresheet.pdf";

    const FormTemplate& form() const { return form_; }
    FormTemplate& form() { return form_; }   // to reserve a batch's values
    // The blank sheet (no candidate): a copy of the shared pages.
    layout::Document blank() const { return form_.blank(); }
    // A candidate's sheet: the blank sheet's pages plus their values.
    layout::Document for_candidate(const model::Candidate& candidate, SlotSetter& setter) const;

private:
    FormTemplate form_;
};

} // namespace compforms::forms
