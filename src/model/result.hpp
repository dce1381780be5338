// A result read back from a scanned sheet, or recorded by hand: one row of RESULTS.csv.
#pragma once

#include <string>

namespace compforms::model {

struct RecordedResult {
    std::string candidate;   // empty: a blank form's
    std::string form;        // "scoresheet" or "checklist"
    int page = 0;
    std::string item;        // PC code or number, element code, unit code, evidence ID
    std::string result;      // pass, fail, present, absent, blank, ambiguous
    double fill_pass = 0, fill_fail = 0;   // ink in the first and the second box (0..1)
    std::string source;      // FILE or FILE#PAGE
    long line = 0;           // of the CSV, when read from one
};

} // namespace compforms::model
