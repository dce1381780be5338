#include "scan/review_crop.hpp"

#include <algorithm>
#include <cmath>

namespace compforms::scan {

GrayImage crop_boxes(const GrayImage& image, const Affine& to_image, const forms::Field& first,
                     const forms::Field& second) {
    const double margin = layout::mm(3), per_point = 8 / layout::mm(1);
    const double x0 = std::min(first.x, second.x) - margin, y0 = std::min(first.y, second.y) - margin;
    const double x1 = std::max(first.x + first.size, second.x + second.size) + margin;
    const double y1 = std::max(first.y + first.size, second.y + second.size) + margin;
    const int w = std::clamp(static_cast<int>(std::ceil((x1 - x0) * per_point)), 1, 4000);
    const int h = std::clamp(static_cast<int>(std::ceil((y1 - y0) * per_point)), 1, 4000);
    GrayImage out(w, h);
    for (int j = 0; j < h; ++j)
        for (int i = 0; i < w; ++i) {
            const ImagePoint p = to_image.apply(x0 + (i + 0.5) / per_point, y0 + (j + 0.5) / per_point);
            out.pixels[static_cast<std::size_t>(j) * w + i] =
                image.at_or_white(static_cast<int>(std::floor(p.x)), static_cast<int>(std::floor(p.y)));
        }
    return out;
}

} // namespace compforms::scan
