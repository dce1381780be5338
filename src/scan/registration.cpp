#include "scan/registration.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace compforms::scan {
namespace {

// Solves the 3×3 system m·x = v (Cramer's rule); false when it is singular.
bool solve3(const std::array<std::array<double, 3>, 3>& m, const std::array<double, 3>& v, std::array<double, 3>& x) {
    auto det = [](const std::array<std::array<double, 3>, 3>& q) {
        return q[0][0] * (q[1][1] * q[2][2] - q[1][2] * q[2][1]) - q[0][1] * (q[1][0] * q[2][2] - q[1][2] * q[2][0]) +
               q[0][2] * (q[1][0] * q[2][1] - q[1][1] * q[2][0]);
    };
    const double d = det(m);
    if (std::fabs(d) < 1e-9) return false;
    for (int k = 0; k < 3; ++k) {
        auto q = m;
        for (int r = 0; r < 3; ++r) q[r][k] = v[r];
        x[k] = det(q) / d;
    }
    return true;
}

// The centroid of the ink within `half` pixels of `at`, and how many ink pixels there are.
std::pair<ImagePoint, long> ink_centroid(const GrayImage& image, ImagePoint at, double half, std::uint8_t threshold) {
    const int x0 = static_cast<int>(std::floor(at.x - half)), x1 = static_cast<int>(std::ceil(at.x + half));
    const int y0 = static_cast<int>(std::floor(at.y - half)), y1 = static_cast<int>(std::ceil(at.y + half));
    double sx = 0, sy = 0;
    long n = 0;
    for (int y = std::max(0, y0); y <= std::min(image.height - 1, y1); ++y)
        for (int x = std::max(0, x0); x <= std::min(image.width - 1, x1); ++x)
            if (image.at(x, y) < threshold) {
                sx += x;
                sy += y;
                ++n;
            }
    if (n == 0) return {at, 0};
    return {ImagePoint{sx / n, sy / n}, n};
}

// A registration mark near `predicted`: a filled square kMarkSide across. Looked for in a
// window of ±5 mm (the first fit's error at the far corners), then again centred on what
// was found, in a window just larger than the mark so that nothing else counts.
std::optional<ImagePoint> find_mark(const GrayImage& image, ImagePoint predicted, double scale, std::uint8_t threshold) {
    auto [first, n] = ink_centroid(image, predicted, layout::mm(5) * scale, threshold);
    if (n == 0) return std::nullopt;
    const double side = forms::kMarkSide * scale;
    ImagePoint at = first;
    for (int pass = 0; pass < 2; ++pass) std::tie(at, n) = ink_centroid(image, at, side * 0.5 + layout::mm(1) * scale, threshold);
    const double area = side * side;
    if (n < 0.6 * area || n > 1.5 * area) return std::nullopt;
    return at;
}

} // namespace

double Affine::scale() const { return std::sqrt(std::fabs(a * e - b * d)); }

std::optional<Affine> fit_affine(const std::vector<std::pair<forms::PagePoint, ImagePoint>>& pairs) {
    if (pairs.size() < 3) return std::nullopt;
    std::array<std::array<double, 3>, 3> m{};
    std::array<double, 3> vx{}, vy{};
    for (const auto& [p, q] : pairs) {
        const std::array<double, 3> row{p.x, p.y, 1};
        for (int i = 0; i < 3; ++i) {
            for (int j = 0; j < 3; ++j) m[i][j] += row[i] * row[j];
            vx[i] += row[i] * q.x;
            vy[i] += row[i] * q.y;
        }
    }
    std::array<double, 3> x{}, y{};
    if (!solve3(m, vx, x) || !solve3(m, vy, y)) return std::nullopt;
    return Affine{x[0], x[1], x[2], y[0], y[1], y[2]};
}

std::uint8_t ink_threshold(const GrayImage& image) {
    std::array<double, 256> hist{};
    const std::size_t step = std::max<std::size_t>(1, image.pixels.size() / 200000);
    double total = 0;
    for (std::size_t i = 0; i < image.pixels.size(); i += step, ++total) ++hist[image.pixels[i]];
    double sum = 0;
    for (int i = 0; i < 256; ++i) sum += i * hist[i];
    double w0 = 0, sum0 = 0, best = -1;
    int t = 128;
    for (int i = 0; i < 255; ++i) {
        w0 += hist[i];
        sum0 += i * hist[i];
        const double w1 = total - w0;
        if (w0 == 0 || w1 == 0) continue;
        const double m0 = sum0 / w0, m1 = (sum - sum0) / w1;
        const double between = w0 * w1 * (m0 - m1) * (m0 - m1);
        if (between > best) best = between, t = i + 1;
    }
    return static_cast<std::uint8_t>(std::clamp(t, 32, 224));
}

std::optional<Registration> register_page(const GrayImage& image, const FoundCode& code, double page_width,
                                          double page_height, std::uint8_t threshold) {
    const layout::RectItem q = forms::qr_square(page_width, page_height);
    const std::array<forms::PagePoint, 4> qr{forms::PagePoint{q.x, q.y}, forms::PagePoint{q.x, q.y + q.h},
                                             forms::PagePoint{q.x + q.w, q.y + q.h}, forms::PagePoint{q.x + q.w, q.y}};
    std::vector<std::pair<forms::PagePoint, ImagePoint>> pairs;
    for (int i = 0; i < 4; ++i) pairs.emplace_back(qr[i], code.corners[i]);
    std::optional<Affine> first = fit_affine(pairs);
    if (!first || first->scale() < 0.5 || first->scale() > 20) return std::nullopt;
    Registration reg{*first, 0};
    std::vector<std::pair<forms::PagePoint, ImagePoint>> marks;
    for (const forms::PagePoint& m : forms::mark_centres(page_width, page_height))
        if (auto at = find_mark(image, first->apply(m.x, m.y), first->scale(), threshold)) marks.emplace_back(m, *at);
    reg.marks = static_cast<int>(marks.size());
    if (marks.size() >= 3)
        if (std::optional<Affine> fine = fit_affine(marks)) reg.to_image = *fine;
    // The page the transform implies must be the image's page: its corners inside the
    // image, give or take a margin a scanner crops.
    const double slack = layout::mm(20) * reg.to_image.scale();
    for (auto [x, y] : {std::pair{0.0, 0.0}, {page_width, 0.0}, {0.0, page_height}, {page_width, page_height}}) {
        const ImagePoint p = reg.to_image.apply(x, y);
        if (p.x < -slack || p.y < -slack || p.x > image.width + slack || p.y > image.height + slack) return std::nullopt;
    }
    return reg;
}

} // namespace compforms::scan
