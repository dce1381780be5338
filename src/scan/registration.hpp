// Maps a scanned page onto the page it was printed from: an affine transform (rotation,
// scale, skew, shift; a flatbed scan has no perspective worth fitting) from layout points
// to image pixels, fitted first to the QR code's corners, then to the four registration
// marks found near where that first fit puts them.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "forms/sheet_code.hpp"
#include "scan/gray_image.hpp"
#include "scan/qr_finder.hpp"

namespace compforms::scan {

struct Affine {
    double a = 1, b = 0, c = 0;   // x' = a x + b y + c
    double d = 0, e = 1, f = 0;   // y' = d x + e y + f
    ImagePoint apply(double x, double y) const { return {a * x + b * y + c, d * x + e * y + f}; }
    // Pixels per point (the mean scale).
    double scale() const;
};

// The least-squares affine transform taking each `from` point to its `to` point; nothing
// when the points are fewer than three or all on a line.
std::optional<Affine> fit_affine(const std::vector<std::pair<forms::PagePoint, ImagePoint>>& pairs);

// The grey level between paper and ink (Otsu's threshold over a sample of the page).
std::uint8_t ink_threshold(const GrayImage& image);

struct Registration {
    Affine to_image;
    int marks = 0;   // registration marks found (the fit uses them when three or more are)
};

// Nothing when the code's corners give no transform, or the page is not the size the
// transform implies (a code cut from one sheet and pasted on another page still fits).
std::optional<Registration> register_page(const GrayImage& image, const FoundCode& code, double page_width,
                                          double page_height, std::uint8_t threshold);

} // namespace compforms::scan
