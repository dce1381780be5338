#include "scan/image_files.hpp"

#include <fstream>
#include <iterator>

namespace compforms::scan {
namespace {

bool starts_with(const std::string& s, const char* prefix, std::size_t n) { return s.compare(0, n, prefix, n) == 0; }

void one_page(const std::string& path, const std::string& problem, GrayImage& image, const PageSink& sink) {
    PageRef ref{path, problem.empty(), problem};
    if (!ref.ok) image = GrayImage();
    sink(ref, image);
}

} // namespace

std::string read_scan_pages(const std::string& path, const PageSink& sink) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot open the file";
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return "cannot read the file";
    GrayImage image;
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n", 8)) {
        one_page(path, decode_png(bytes, image), image, sink);
    } else if (starts_with(bytes, "\xff\xd8\xff", 3)) {
        one_page(path, decode_jpeg(bytes, image), image, sink);
    } else if (starts_with(bytes, "II*\0", 4) || starts_with(bytes, "MM\0*", 4)) {
        bytes.clear();
        return read_tiff_pages(path, sink);
    } else if (bytes.find("%PDF-") < 1024) {
        return read_pdf_pages(path, bytes, sink);
    } else {
        return "not a PNG, JPEG, TIFF or PDF file";
    }
    return {};
}

} // namespace compforms::scan
