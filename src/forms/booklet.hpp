// The published standard of one unit (the "booklet"): a cover, then the 18 numbered
// sections of รายละเอียดหน่วยสมรรถนะ with the elements/PC table, composed from layout
// blocks only. Named destinations at every PC row (its book code, e.g. "DL101.01") let
// other documents link into it; the outline has an entry per section and per element.
#pragma once

#include <optional>

#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "model/unit.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::forms {

struct BookletOptions {
    // Page numbers, section numbers, PC numbers, dates and the revision number in Thai
    // digits. Codes (DL100, DL101.01, 191372) and the source's own text never change.
    bool thai_digits = false;
    // The document's creation date when the source gives no edition date (the caller
    // reads SOURCE_DATE_EPOCH); absent = no date at all. Never the clock.
    std::optional<layout::Timestamp> fallback_date;
    layout::PageSetup page;
};

// Lays the unit out. The typesetter and fonts must outlive the Document (its lines point
// at the fonts). Throws text::MissingGlyphError for a character the fonts lack.
layout::Document make_booklet(const model::Unit& unit, const BookletOptions& options,
                              text::Typesetter& typesetter, const text::FontSet& fonts);

// The edition as the running footer and the cover print it: "ทบทวนครั้งที่ 1 / 2566",
// or empty when the source has no edition facts at all.
std::string edition_text(const model::Edition& edition, bool thai_digits);

} // namespace compforms::forms
