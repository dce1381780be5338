// Reads one scanned page: its code says which sheet it is, the registration marks where it
// lies, and the form laid out again (layout is deterministic) where every box is.
#pragma once

#include <string>
#include <vector>

#include "forms/form_template.hpp"
#include "forms/sheet_id.hpp"
#include "scan/box_reader.hpp"
#include "scan/gray_image.hpp"
#include "scan/registration.hpp"

namespace compforms::scan {

// The unit the scans are read against: its code and edition as the sheet IDs name them,
// and its two forms as printed.
struct KnownForms {
    std::string unit;
    std::string edition;
    const forms::FormTemplate* scoresheet = nullptr;
    const forms::FormTemplate* checklist = nullptr;
    const forms::FormTemplate* form(forms::SheetForm f) const {
        return f == forms::SheetForm::scoresheet ? scoresheet : checklist;
    }
};

struct BoxPair {
    const forms::Field* first = nullptr;    // ผ่าน / มี
    const forms::Field* second = nullptr;   // ไม่ผ่าน / ไม่มี
    double first_fill = 0, second_fill = 0;
    PairReading reading = PairReading::ambiguous;
};

struct PageReading {
    bool ok = false;
    std::string problem;     // why not (no code, another unit or edition, no registration)
    forms::SheetId id;
    Affine to_image;
    std::vector<BoxPair> pairs;   // in the page's reading order
};

PageReading read_page(const GrayImage& image, const KnownForms& known);

// "pass"/"fail" on a scoring sheet, "present"/"absent" on a checklist, "blank", "ambiguous".
const char* result_word(forms::SheetForm form, PairReading reading);

} // namespace compforms::scan
