// Running header and footer, added after all pages are laid out so the footer can say
// "หน้า X/Y" with Y known. They sit in the top and bottom margins, never in the content box.
#pragma once

#include <string>

#include "layout/document.hpp"
#include "layout/page_setup.hpp"
#include "layout/style.hpp"
#include "layout/text_setter.hpp"

namespace compforms::layout {

struct PageDecorations {
    std::string header_left;     // e.g. the unit code "DL101" (digits never converted)
    std::string header_right;    // e.g. the unit title (shrunk, then cut with "…" to fit)
    std::string footer_left;     // e.g. the edition text; may be empty; printed as given
                                 // (convert it with to_thai_digits yourself if wanted)
    std::string page_label = "หน้า";   // footer right: "หน้า X/Y"
    bool thai_digits = false;    // page numbers in Thai digits
    bool header_rule = true;     // a thin rule under the header
    double size = 12;            // point size of header and footer text
    bool skip_first_page = false;  // no header on page 1 (e.g. a cover); the footer still counts it
    // When set (a candidate's form), the header's right end is the page as "n/N", and the
    // room between header_left and it is the slot of this name on every page, its value
    // right-aligned and cut with "…" if it must be (header_right is not used).
    std::string header_slot;
};

// The footer's baseline (on every page), for what else stands on its line.
double footer_baseline(const PageDecorations& deco, const TextSetter& setter, const PageSetup& page = {});

void decorate_pages(Document& doc, const PageDecorations& deco, const TextSetter& setter,
                    const PageSetup& page = {});

} // namespace compforms::layout
