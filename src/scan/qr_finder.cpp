#include "scan/qr_finder.hpp"

#include <algorithm>
#include <memory>

#include <zbar.h>

namespace compforms::scan {
using namespace zbar;   // the C API, which zbar.h puts in a namespace for C++
namespace {

// Scans a vertical strip of the page [x0, x1): the code sits in a side margin (the left
// one, or the right one of a page scanned upside down), and a strip is far cheaper to
// scan than the page.
std::vector<FoundCode> scan_strip(zbar_image_scanner_t* scanner, const GrayImage& image, int x0, int x1) {
    const int w = x1 - x0;
    std::vector<std::uint8_t> strip(static_cast<std::size_t>(w) * image.height);
    for (int y = 0; y < image.height; ++y)
        std::copy_n(image.pixels.begin() + static_cast<std::ptrdiff_t>(y) * image.width + x0, w,
                    strip.begin() + static_cast<std::ptrdiff_t>(y) * w);
    std::unique_ptr<zbar_image_t, void (*)(zbar_image_t*)> zimg(zbar_image_create(), zbar_image_destroy);
    zbar_image_set_format(zimg.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(zimg.get(), static_cast<unsigned>(w), static_cast<unsigned>(image.height));
    zbar_image_set_data(zimg.get(), strip.data(), strip.size(), nullptr);
    std::vector<FoundCode> found;
    if (zbar_scan_image(scanner, zimg.get()) <= 0) return found;
    for (const zbar_symbol_t* s = zbar_image_first_symbol(zimg.get()); s; s = zbar_symbol_next(s)) {
        if (zbar_symbol_get_type(s) != ZBAR_QRCODE || zbar_symbol_get_loc_size(s) != 4) continue;
        FoundCode code;
        code.text.assign(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
        for (unsigned i = 0; i < 4; ++i)
            code.corners[i] = ImagePoint{static_cast<double>(zbar_symbol_get_loc_x(s, i) + x0),
                                         static_cast<double>(zbar_symbol_get_loc_y(s, i))};
        found.push_back(std::move(code));
    }
    return found;
}

} // namespace

std::vector<FoundCode> find_qr_codes(const GrayImage& image) {
    if (image.width < 16 || image.height < 16) return {};
    std::unique_ptr<zbar_image_scanner_t, void (*)(zbar_image_scanner_t*)> scanner(zbar_image_scanner_create(),
                                                                                  zbar_image_scanner_destroy);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    const int strip = image.width / 4;   // the 20 mm margin is a tenth of A4's width
    std::vector<FoundCode> found = scan_strip(scanner.get(), image, 0, strip);
    if (found.empty()) found = scan_strip(scanner.get(), image, image.width - strip, image.width);
    if (found.empty()) found = scan_strip(scanner.get(), image, 0, image.width);   // a page cropped or scanned off-centre
    return found;
}

} // namespace compforms::scan
