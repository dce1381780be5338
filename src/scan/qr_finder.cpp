#include "scan/qr_finder.hpp"

#include <algorithm>
#include <memory>

#include <zbar.h>

namespace compforms::scan {
using namespace zbar;   // the C API, which zbar.h puts in a namespace for C++
namespace {

// Pages narrower than this (A4 under about 250 dpi) are also scanned at twice the size.
constexpr int kZoomBelow = 2000;

// A vertical strip of the page [x0, x1), `zoom` times larger (bilinear): zbar misses
// symbols whose modules are under about three pixels with jagged edges (150 dpi, turned a
// few degrees), and finds them at twice the size.
std::vector<std::uint8_t> strip_pixels(const GrayImage& image, int x0, int x1, int zoom) {
    const int w = (x1 - x0) * zoom, h = image.height * zoom;
    std::vector<std::uint8_t> strip(static_cast<std::size_t>(w) * h);
    if (zoom == 1) {
        for (int y = 0; y < image.height; ++y)
            std::copy_n(image.pixels.begin() + static_cast<std::ptrdiff_t>(y) * image.width + x0, w,
                        strip.begin() + static_cast<std::ptrdiff_t>(y) * w);
        return strip;
    }
    for (int y = 0; y < h; ++y) {
        const double sy = std::max(0.0, (y + 0.5) / zoom - 0.5);
        const int y0 = std::min(static_cast<int>(sy), image.height - 1), y1 = std::min(y0 + 1, image.height - 1);
        const double fy = sy - y0;
        for (int x = 0; x < w; ++x) {
            const double sx = std::max(0.0, (x + 0.5) / zoom - 0.5) + x0;
            const int xa = std::min(static_cast<int>(sx), image.width - 1), xb = std::min(xa + 1, image.width - 1);
            const double fx = sx - xa;
            const double top = image.at(xa, y0) * (1 - fx) + image.at(xb, y0) * fx;
            const double bottom = image.at(xa, y1) * (1 - fx) + image.at(xb, y1) * fx;
            strip[static_cast<std::size_t>(y) * w + x] = static_cast<std::uint8_t>(top * (1 - fy) + bottom * fy + 0.5);
        }
    }
    return strip;
}

// Scans a vertical strip of the page [x0, x1): the code sits in a side margin (the left
// one, or the right one of a page scanned upside down), and a strip is far cheaper to
// scan than the page. A new scanner each time: one that has scanned an image before can
// miss a symbol it finds when new.
// `threshold` > 0: the strip black and white first, split there (scanner noise on grey
// paper hides a small symbol's edges from zbar; a clean cut shows them).
std::vector<FoundCode> scan_strip(const GrayImage& image, int x0, int x1, int zoom, int threshold = 0) {
    std::unique_ptr<zbar_image_scanner_t, void (*)(zbar_image_scanner_t*)> scanner(zbar_image_scanner_create(),
                                                                                  zbar_image_scanner_destroy);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    std::vector<std::uint8_t> strip = strip_pixels(image, x0, x1, zoom);
    if (threshold > 0)
        for (std::uint8_t& v : strip) v = v < threshold ? 0 : 255;
    const int w = (x1 - x0) * zoom, h = image.height * zoom;
    std::unique_ptr<zbar_image_t, void (*)(zbar_image_t*)> zimg(zbar_image_create(), zbar_image_destroy);
    zbar_image_set_format(zimg.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(zimg.get(), static_cast<unsigned>(w), static_cast<unsigned>(h));
    zbar_image_set_data(zimg.get(), strip.data(), strip.size(), nullptr);
    std::vector<FoundCode> found;
    if (zbar_scan_image(scanner.get(), zimg.get()) <= 0) return found;
    for (const zbar_symbol_t* s = zbar_image_first_symbol(zimg.get()); s; s = zbar_symbol_next(s)) {
        if (zbar_symbol_get_type(s) != ZBAR_QRCODE || zbar_symbol_get_loc_size(s) != 4) continue;
        FoundCode code;
        code.text.assign(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
        for (unsigned i = 0; i < 4; ++i)
            code.corners[i] = ImagePoint{(zbar_symbol_get_loc_x(s, i) + 0.5) / zoom - 0.5 + x0,
                                         (zbar_symbol_get_loc_y(s, i) + 0.5) / zoom - 0.5};
        found.push_back(std::move(code));
    }
    return found;
}

} // namespace

std::vector<FoundCode> find_qr_codes(const GrayImage& image, std::uint8_t threshold) {
    if (image.width < 16 || image.height < 16) return {};
    const int strip = image.width / 4;   // the 20 mm margin is a tenth of A4's width
    // Cheapest first: the left strip (a page the right way up), the right one (upside
    // down); then, for a hard page, both strips at twice the size (a low resolution) and
    // cut black and white (noise), then the whole page (cropped or scanned off-centre).
    struct Try {
        int zoom, threshold;
    };
    const bool low = image.width <= kZoomBelow;
    for (const Try t : {Try{1, 0}, Try{low ? 2 : 0, 0}, Try{1, threshold}, Try{low ? 2 : 0, threshold}}) {
        if (t.zoom == 0) continue;
        for (int side : {0, 1}) {
            std::vector<FoundCode> found = scan_strip(image, side ? image.width - strip : 0, side ? image.width : strip,
                                                      t.zoom, t.threshold);
            if (!found.empty()) return found;
        }
    }
    return scan_strip(image, 0, image.width, 1);
}

} // namespace compforms::scan
