// What `--review` shows a person: the two boxes of a row as printed, upright whichever way
// the page was scanned, with a few millimetres of the page around them.
#pragma once

#include "forms/form_template.hpp"
#include "scan/gray_image.hpp"
#include "scan/registration.hpp"

namespace compforms::scan {

// Sampled at 8 pixels a millimetre (about 200 dpi).
GrayImage crop_boxes(const GrayImage& image, const Affine& to_image, const forms::Field& first,
                     const forms::Field& second);

} // namespace compforms::scan
