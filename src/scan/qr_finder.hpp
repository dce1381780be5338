// Finds and decodes the QR codes of a page with zbar: their text and where their corners are.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "scan/gray_image.hpp"

namespace compforms::scan {

struct ImagePoint {
    double x = 0, y = 0;   // pixels, y down
};

struct FoundCode {
    std::string text;
    // The symbol's corners as zbar reports them: top-left, bottom-left, bottom-right,
    // top-right of the symbol as printed (whichever way up the page was scanned).
    std::array<ImagePoint, 4> corners;
};

// Every QR code zbar finds on the page (the sheet has one; a page may carry others).
// `threshold`: the page's grey level between paper and ink (ink_threshold).
std::vector<FoundCode> find_qr_codes(const GrayImage& image, std::uint8_t threshold);

} // namespace compforms::scan
