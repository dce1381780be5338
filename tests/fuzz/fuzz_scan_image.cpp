// Fuzz target: a scanned page's bytes, as `compforms read` takes them.
//
// Contract (src/scan/image_files.hpp, qr_finder.hpp, registration.hpp, box_reader.hpp):
// the decoders take ANY bytes and return an image or a message, never a crash, hang or
// leak; an image they return is as large as it says. On a decoded page every QR code is
// looked for, its text parsed as a sheet ID, and where the code lets the page be
// registered a box is measured and cropped: whatever the pixels, the fill is a fraction.
// The first byte picks the decoder (PNG, JPEG, PDF rendered at a low resolution).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "forms/form_template.hpp"
#include "forms/sheet_id.hpp"
#include "scan/box_reader.hpp"
#include "scan/image_files.hpp"
#include "scan/qr_finder.hpp"
#include "scan/registration.hpp"
#include "scan/review_crop.hpp"

using namespace compforms;

namespace {

void read_page(const scan::GrayImage& image) {
    if (image.pixels.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height))
        std::abort();
    if (image.pixels.size() > 4'000'000) return;   // the decoders were the point: keep a run fast
    const std::uint8_t threshold = scan::ink_threshold(image);
    for (const scan::FoundCode& code : scan::find_qr_codes(image, threshold)) {
        (void)forms::decode_sheet_id(code.text);
        const auto reg = scan::register_page(image, code, layout::kA4Width, layout::kA4Height, threshold);
        if (!reg) continue;
        const forms::Field a{0, "x", 0, 300, 400, 14.17}, b{0, "x", 1, 330, 400, 14.17};
        const scan::BoxMeasure m = scan::measure_box(image, reg->to_image, a, threshold);
        if (!(m.fill >= 0 && m.fill <= 1 && m.outline >= 0 && m.outline <= 1)) std::abort();
        (void)scan::crop_boxes(image, reg->to_image, a, b);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    scan::GrayImage image;
    switch (data[0] % 3) {
    case 0:
        if (scan::decode_png(bytes, image).empty()) read_page(image);
        break;
    case 1:
        if (scan::decode_jpeg(bytes, image).empty()) read_page(image);
        break;
    default:
        scan::read_pdf_pages("fuzz.pdf", &bytes, [](const scan::PageRef& ref, scan::GrayImage& page) {
            if (ref.ok) read_page(page);
        }, 20);
    }
    return 0;
}
