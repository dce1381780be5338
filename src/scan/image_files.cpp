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
    // What the file is, from its first bytes; a PDF or TIFF is then read page by page
    // from the file, never whole into memory.
    std::string head(1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (starts_with(head, "II*\0", 4) || starts_with(head, "MM\0*", 4)) return read_tiff_pages(path, sink);
    if (head.find("%PDF-") != std::string::npos) return read_pdf_pages(path, nullptr, sink);
    const bool png = starts_with(head, "\x89PNG\r\n\x1a\n", 8), jpeg = starts_with(head, "\xff\xd8\xff", 3);
    if (!png && !jpeg) return "not a PNG, JPEG, TIFF or PDF file";
    in.clear();
    in.seekg(0);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return "cannot read the file";
    GrayImage image;
    one_page(path, png ? decode_png(bytes, image) : decode_jpeg(bytes, image), image, sink);
    return {};
}

} // namespace compforms::scan
