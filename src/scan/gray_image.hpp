// A page of a scan as the reader sees it: 8-bit grey, one byte a pixel, rows top to bottom.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace compforms::scan {

// An A4 page at 800 dpi: anything bigger is refused, not allocated.
inline constexpr long kMaxPixels = 64'000'000;
inline constexpr int kMaxSide = 20'000;

struct GrayImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;   // width * height, 0 = black

    GrayImage() = default;
    GrayImage(int w, int h, std::uint8_t fill = 255)
        : width(w), height(h), pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), fill) {}
    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
    // Outside the image: white (the paper goes on).
    std::uint8_t at_or_white(int x, int y) const {
        return x < 0 || y < 0 || x >= width || y >= height ? 255 : at(x, y);
    }
};

// Whether a decoder may allocate an image of this size.
inline bool acceptable_size(long w, long h) { return w > 0 && h > 0 && w <= kMaxSide && h <= kMaxSide && w * h <= kMaxPixels; }

// The image as a grey PNG file's bytes (for the review crops).
std::string encode_png(const GrayImage& image);

} // namespace compforms::scan
