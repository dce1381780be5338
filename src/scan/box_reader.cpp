#include "scan/box_reader.hpp"

#include <cmath>
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
// itself, where the transform is a pixel or two off.
ImagePoint refine(const GrayImage& image, const Affine& t, const forms::Field& box, std::uint8_t threshold) {
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
    return best;
}

} // namespace

double box_fill(const GrayImage& image, const Affine& to_image, const forms::Field& box, std::uint8_t threshold) {
    const ImagePoint shift = refine(image, to_image, box, threshold);
    const double inner = box.size - 2 * kInset;
    if (inner <= 0) return 0;
    const int n = std::max(4, static_cast<int>(std::ceil(inner * to_image.scale())));   // about a sample a pixel
    long inked = 0;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const ImagePoint p = to_image.apply(box.x + kInset + inner * (i + 0.5) / n, box.y + kInset + inner * (j + 0.5) / n);
            inked += ink(image, p.x + shift.x, p.y + shift.y, threshold);
        }
    return static_cast<double>(inked) / (static_cast<double>(n) * n);
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
