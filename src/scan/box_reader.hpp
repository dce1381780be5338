// Reads the tick boxes of a registered page: how much of each box's inside is ink, and
// what a pair of boxes (ผ่าน/ไม่ผ่าน, มี/ไม่มี) says. Conservative by design: a box is
// marked only when clearly inked and empty only when clearly clean; anything between, or
// both boxes marked, is ambiguous, for a person to look at. A clear mark in one box is
// never read as the other.
#pragma once

#include "forms/form_template.hpp"
#include "scan/gray_image.hpp"
#include "scan/registration.hpp"

namespace compforms::scan {

// The fraction (0..1) of the box's inside that is ink: the box found within ±1 mm of
// where the transform puts it (its outline matched against the image), its border and a
// margin inside it left out, so that neither the printed border nor a slightly
// misregistered edge counts as a mark.
double box_fill(const GrayImage& image, const Affine& to_image, const forms::Field& box, std::uint8_t threshold);

inline constexpr double kMarkedFill = 0.05;   // a pen's tick covers 10-25 % of the inside
inline constexpr double kCleanFill = 0.015;   // paper, scanner noise, a speck

enum class PairReading { first, second, blank, ambiguous };
PairReading read_pair(double first_fill, double second_fill);

} // namespace compforms::scan
