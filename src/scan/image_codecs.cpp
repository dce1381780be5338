// PNG (libpng's simplified API), JPEG (libjpeg) and TIFF (libtiff) into grey pages.
#include <csetjmp>
#include <cstdio>
#include <memory>

#include <jpeglib.h>
#include <png.h>
#include <tiffio.h>

#include "scan/image_files.hpp"

namespace compforms::scan {
namespace {

struct JpegError {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void jpeg_fail(j_common_ptr info) {
    auto* err = reinterpret_cast<JpegError*>(info->err);
    (*info->err->format_message)(info, err->message);
    std::longjmp(err->jump, 1);
}

void jpeg_quiet(j_common_ptr, int) {}

// Luminance of an RGBA pixel, composited on white.
std::uint8_t grey_of(std::uint32_t abgr) {
    const unsigned r = TIFFGetR(abgr), g = TIFFGetG(abgr), b = TIFFGetB(abgr), a = TIFFGetA(abgr);
    const unsigned y = (299 * r + 587 * g + 114 * b) / 1000;
    return static_cast<std::uint8_t>((y * a + 255 * (255 - a)) / 255);
}

} // namespace

std::string decode_png(const std::string& bytes, GrayImage& out) {
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size())) return "not a readable PNG image";
    if (!acceptable_size(png.width, png.height)) {
        png_image_free(&png);
        return "the image is too large";
    }
    png.format = PNG_FORMAT_GRAY;
    out = GrayImage(static_cast<int>(png.width), static_cast<int>(png.height));
    png_color white{255, 255, 255};   // a transparent part is paper
    if (!png_image_finish_read(&png, &white, out.pixels.data(), 0, nullptr)) {
        png_image_free(&png);
        return std::string("a damaged PNG image: ") + png.message;
    }
    return {};
}

// setjmp/longjmp is libjpeg's way of failing: nothing with a destructor lives between the
// two (the image's storage is made before, and stays valid).
std::string decode_jpeg(const std::string& bytes, GrayImage& out) {
    jpeg_decompress_struct info{};
    JpegError err{};
    info.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = jpeg_fail;
    err.mgr.emit_message = jpeg_quiet;
    if (setjmp(err.jump)) {
        jpeg_destroy_decompress(&info);
        out = GrayImage();
        return std::string("a damaged JPEG image: ") + err.message;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    if (!acceptable_size(info.image_width, info.image_height)) {
        jpeg_destroy_decompress(&info);
        return "the image is too large";
    }
    info.out_color_space = JCS_GRAYSCALE;
    jpeg_start_decompress(&info);
    out.width = static_cast<int>(info.output_width);
    out.height = static_cast<int>(info.output_height);
    out.pixels.assign(static_cast<std::size_t>(out.width) * out.height, 255);
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = out.pixels.data() + static_cast<std::size_t>(info.output_scanline) * out.width;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return {};
}

std::string read_tiff_pages(const std::string& path, const PageSink& sink) {
    TIFFSetErrorHandler(nullptr);
    TIFFSetWarningHandler(nullptr);
    std::unique_ptr<TIFF, void (*)(TIFF*)> tif(TIFFOpen(path.c_str(), "r"), TIFFClose);
    if (!tif) return "not a readable TIFF image";
    int n = 0;
    const bool many = TIFFNumberOfDirectories(tif.get()) > 1;
    do {
        ++n;
        PageRef ref{many ? path + "#" + std::to_string(n) : path, true, {}};
        std::uint32_t w = 0, h = 0;
        TIFFGetField(tif.get(), TIFFTAG_IMAGEWIDTH, &w);
        TIFFGetField(tif.get(), TIFFTAG_IMAGELENGTH, &h);
        GrayImage image;
        if (!acceptable_size(w, h)) {
            ref = PageRef{ref.source, false, "the image is too large or empty"};
        } else {
            std::vector<std::uint32_t> raster(static_cast<std::size_t>(w) * h);
            if (!TIFFReadRGBAImageOriented(tif.get(), w, h, raster.data(), ORIENTATION_TOPLEFT, 0)) {
                ref = PageRef{ref.source, false, "a damaged TIFF image"};
            } else {
                image = GrayImage(static_cast<int>(w), static_cast<int>(h));
                for (std::size_t i = 0; i < raster.size(); ++i) image.pixels[i] = grey_of(raster[i]);
            }
        }
        sink(ref, image);
    } while (TIFFReadDirectory(tif.get()));
    return {};
}

} // namespace compforms::scan
