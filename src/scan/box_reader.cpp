#include "scan/box_reader.hpp"

#include <cmath>
#include <utility>
#include <vector>

namespace compforms::scan {
namespace {

// Inside the box, this far from its edges (points): the 0.6 pt border, and room for the
// fit's error of a pixel or two.
constexpr double kInset = 2.2;

bool ink(const GrayImage& image, double x, double y, std::uint8_t threshold) {
    return image.at_or_white(static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y))) < threshold;
}

// The offset (pixels) that puts the box's outline on the most ink: the printed box
// itself, where the transform is a pixel or two off; and the part of the outline inked there.
std::pair<ImagePoint, double> refine(const GrayImage& image, const Affine& t, const forms::Field& box,
                                     std::uint8_t threshold) {
    std::vector<ImagePoint> outline;
    const int n = 24;
    for (int i = 0; i <= n; ++i) {
        const double s = box.size * i / n;
        outline.push_back(t.apply(box.x + s, box.y));
        outline.push_back(t.apply(box.x + s, box.y + box.size));
        outline.push_back(t.apply(box.x, box.y + s));
        outline.push_back(t.apply(box.x + box.size, box.y + s));
    }
    const int r = static_cast<int>(std::ceil(layout::mm(1) * t.scale()));
    ImagePoint best{0, 0};
    long best_score = -1;
    double best_dist = 0;
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx) {
            long score = 0;
            for (const ImagePoint& p : outline) score += ink(image, p.x + dx, p.y + dy, threshold);
            const double dist = dx * dx + dy * dy;
            if (score > best_score || (score == best_score && dist < best_dist)) {
                best_score = score;
                best_dist = dist;
                best = ImagePoint{static_cast<double>(dx), static_cast<double>(dy)};
            }
        }
    // How much of the outline is there: a pixel of ink beside each point will do (a thin
    // border, anti-aliased, is lighter than the threshold here and there).
    long found = 0;
    for (const ImagePoint& p : outline) {
        bool any = false;
        for (int dy = -1; dy <= 1 && !any; ++dy)
            for (int dx = -1; dx <= 1 && !any; ++dx) any = ink(image, p.x + best.x + dx, p.y + best.y + dy, threshold);
        found += any;
    }
    return {best, static_cast<double>(found) / static_cast<double>(outline.size())};
}

} // namespace

BoxMeasure measure_box(const GrayImage& image, const Affine& to_image, const forms::Field& box, std::uint8_t threshold) {
    const auto [shift, outline] = refine(image, to_image, box, threshold);
    const double inner = box.size - 2 * kInset;
    if (inner <= 0) return {0, outline};
    const int n = std::max(4, static_cast<int>(std::ceil(inner * to_image.scale())));   // about a sample a pixel
    long inked = 0;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const ImagePoint p = to_image.apply(box.x + kInset + inner * (i + 0.5) / n, box.y + kInset + inner * (j + 0.5) / n);
            inked += ink(image, p.x + shift.x, p.y + shift.y, threshold);
        }
    return {static_cast<double>(inked) / (static_cast<double>(n) * n), outline};
}

PairReading read_pair(const BoxMeasure& first, const BoxMeasure& second) {
    if (first.outline < kOutlineFound || second.outline < kOutlineFound) return PairReading::ambiguous;
    return read_pair(first.fill, second.fill);
}

PairReading read_pair(double first, double second) {
    const bool first_marked = first >= kMarkedFill, second_marked = second >= kMarkedFill;
    const bool first_clean = first <= kCleanFill, second_clean = second <= kCleanFill;
    if (first_clean && second_clean) return PairReading::blank;
    if (first_marked && second_clean) return PairReading::first;
    if (second_marked && first_clean) return PairReading::second;
    return PairReading::ambiguous;
}

} // namespace compforms::scan
