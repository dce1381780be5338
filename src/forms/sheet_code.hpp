// The machine-readable code on every page of an assessment form: a QR code of the sheet ID
// (forms/sheet_id.hpp) in the left margin by the page's foot, and four registration marks
// near the corners, all filled paths (never an image or glyphs, so they add nothing to the
// extracted text). They stand only in the margins, where nobody writes: the content box,
// the running header and the footer keep their places. The reader (src/scan) finds them
// at the same places, so the geometry lives here, once.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "layout/document.hpp"

namespace compforms::forms {

struct PagePoint {
    double x = 0, y = 0;   // points from the page's top-left corner, y down
};

// The registration marks: filled squares of this side centred kMarkInset from both edges
// of each corner, far from the header and footer texts and from a printer's unprintable
// edge (about 4 mm).
inline constexpr double kMarkSide = layout::mm(4);
inline constexpr double kMarkInset = layout::mm(8);
// The mark centres: top-left, top-right, bottom-left, bottom-right.
std::array<PagePoint, 4> mark_centres(double page_width, double page_height);

// The QR symbol's square (without its quiet zone): always this side, whatever the symbol's
// version, so a reader knows where it stands before it decodes it. A sheet ID of up to
// ~40 characters is a version 3 symbol: modules of 0.43 mm, 2.5 pixels at 150 dpi. It
// starts 5.2 mm from the paper's edge, inside the printable area (office printers leave
// about 4 mm unprinted; the layout check refuses anything within 5 mm), and leaves 2.3 mm
// of quiet zone to the content box.
inline constexpr double kQrSide = layout::mm(12.5);
inline constexpr double kQrLeft = layout::mm(5.2);
inline constexpr double kQrBottomInset = layout::mm(15); // the symbol's foot: the content box's (the form's bottom margin)
layout::RectItem qr_square(double page_width, double page_height);

// The QR code of `text` as filled rectangles (a run of dark modules of a row each) in
// qr_square. Error correction level M: a pen stroke across it still decodes.
std::vector<layout::Item> qr_code_items(const std::string& text, double page_width, double page_height);

// The four registration marks as filled squares.
std::vector<layout::Item> registration_mark_items(double page_width, double page_height);

} // namespace compforms::forms
