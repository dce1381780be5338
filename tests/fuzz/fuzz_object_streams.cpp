// Fuzz target: the object-stream packer, PDF bytes -> compact PDF.
//
// Contract (src/pdf/object_streams.hpp): pack_object_streams accepts exactly the files
// libharu writes; for anything else (a bad offset, a stream without a usable /Length,
// bytes outside any object, ...) it throws PdfError. It never throws anything else, never
// crashes, hangs or leaks, and never returns a corrupt file; the same input packs to the
// same bytes. Seeds: real libharu-layout PDFs from make_pdf_seeds.cpp. Only the public
// declarations are used, since src/pdf is being split into smaller files.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pdf/object_streams.hpp"
#include "pdf/pdf_writer.hpp"   // PdfError

using namespace compforms::pdf;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // One deflater for every input, as the writer reuses one for a whole batch.
    static detail::Deflater deflater;
    const std::string_view pdf(reinterpret_cast<const char*>(data), size);
    try {
        const std::string packed = detail::pack_object_streams(pdf, deflater);
        // "Same input, same bytes": nothing left over from one file may reach the next.
        if (detail::pack_object_streams(pdf, deflater) != packed) std::abort();
    } catch (const PdfError&) {
        // a file that is not what libharu writes
    }
    return 0;
}
