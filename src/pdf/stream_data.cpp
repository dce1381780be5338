#include "pdf/stream_data.hpp"

#include <hpdf_streams.h>

#include "pdf/cid_font.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) { return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012"); }

} // namespace

Deflater::Deflater() {
    if (deflateInit(&z_, Z_DEFAULT_COMPRESSION) != Z_OK) throw PdfError("cannot initialise zlib");
    ready_ = true;
}

Deflater::~Deflater() {
    if (ready_) deflateEnd(&z_);
}

std::string Deflater::compress(const std::string& data) {
    if (deflateReset(&z_) != Z_OK) throw PdfError("zlib: cannot reset the compressor");
    std::string out(deflateBound(&z_, static_cast<uLong>(data.size())), '\0');
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z_.avail_in = static_cast<uInt>(data.size());
    z_.next_out = reinterpret_cast<Bytef*>(out.data());
    z_.avail_out = static_cast<uInt>(out.size());
    if (deflate(&z_, Z_FINISH) != Z_STREAM_END) throw PdfError("zlib: cannot compress a stream");
    out.resize(z_.total_out);
    return out;
}

void set_stream_data(HPDF_Dict stream, const std::string& data, bool deflated) {
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = deflated ? write_flate_filter : nullptr;
    if (!data.empty())
        check_hpdf(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                     static_cast<HPDF_UINT>(data.size())),
                   "writing stream data");
}

} // namespace compforms::pdf::detail
