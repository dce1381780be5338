// How a job wants its documents printed: the options every form takes.
#pragma once

#include <optional>

#include "layout/document.hpp"

namespace compforms::forms {

struct FormOptions {
    // Numbers the forms print themselves (page numbers, section and PC numbers, dates,
    // revision) in Thai digits. Codes (DL100, DL101.01, 191372) and the source's own text
    // never change.
    bool thai_digits = false;
    // Every PC code on an assessment form links to the named destination of the same
    // name: for a merged pack, whose booklet part sets one at each PC row.
    bool link_codes = false;
    // The documents' creation date, as the job's date policy chose it; none: no date.
    std::optional<layout::Timestamp> date;
};

} // namespace compforms::forms
