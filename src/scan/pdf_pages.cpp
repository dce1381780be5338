// A PDF of scanned pages, each rendered in grey with poppler (at kPdfDpi unless told).
#include <algorithm>
#include <memory>

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "scan/image_files.hpp"

namespace compforms::scan {
namespace {

void quiet(const std::string&, void*) {}

} // namespace

std::string read_pdf_pages(const std::string& path, const std::string* bytes, const PageSink& sink, double dpi) {
    poppler::set_debug_error_function(quiet, nullptr);
    std::vector<char> data;
    if (bytes) data.assign(bytes->begin(), bytes->end());
    std::unique_ptr<poppler::document> doc(bytes ? poppler::document::load_from_data(&data)
                                                 : poppler::document::load_from_file(path));
    if (!doc || doc->is_locked()) return "not a readable PDF";
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    const int pages = doc->pages();
    for (int i = 0; i < pages; ++i) {
        PageRef ref{path + "#" + std::to_string(i + 1), true, {}};
        GrayImage image;
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        const poppler::rectf box = page ? page->page_rect() : poppler::rectf();
        const long w = static_cast<long>(box.width() / 72 * dpi), h = static_cast<long>(box.height() / 72 * dpi);
        if (!page || !acceptable_size(w, h)) {
            ref = PageRef{ref.source, false, "a page of no size, or too large"};
        } else {
            const poppler::image img = renderer.render_page(page.get(), dpi, dpi);
            if (!img.is_valid() || img.format() != poppler::image::format_gray8) {
                ref = PageRef{ref.source, false, "the page cannot be rendered"};
            } else {
                image = GrayImage(img.width(), img.height());
                for (int y = 0; y < img.height(); ++y) {
                    const char* row = img.const_data() + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row();
                    std::copy(row, row + img.width(), image.pixels.begin() + static_cast<std::ptrdiff_t>(y) * img.width());
                }
            }
        }
        sink(ref, image);
    }
    return {};
}

} // namespace compforms::scan
