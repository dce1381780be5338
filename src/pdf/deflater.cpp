#include "pdf/deflater.hpp"

#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {

Deflater::Deflater(int level) : level_(level) {}

Deflater::~Deflater() {
    for (int i = 0; i <= kMaxBits - kMinBits; ++i)
        if (ready_[i]) deflateEnd(&z_[i]);
}

z_stream* Deflater::stream_for(std::size_t size) {
    int bits = kMinBits;
    while (bits < kMaxBits && (std::size_t{1} << bits) < size) ++bits;
    int i = bits - kMinBits;
    if (!ready_[i]) {
        // memLevel follows the window: hash table 2^(bits-1) entries, at most zlib's default.
        int mem_level = bits - 8 < 1 ? 1 : bits - 8 > 8 ? 8 : bits - 8;
        if (level_ == Z_BEST_COMPRESSION) mem_level = 9;   // made once: the largest hash table finds the most
        if (deflateInit2(&z_[i], level_, Z_DEFLATED, bits, mem_level, Z_DEFAULT_STRATEGY) != Z_OK)
            throw PdfError("cannot initialise zlib");
        ready_[i] = true;
    } else if (deflateReset(&z_[i]) != Z_OK) {
        throw PdfError("zlib: cannot reset the compressor");
    }
    return &z_[i];
}

std::string Deflater::compress(const std::string& data) {
    z_stream* z = stream_for(data.size());
    std::string out(deflateBound(z, static_cast<uLong>(data.size())), '\0');
    z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z->avail_in = static_cast<uInt>(data.size());
    z->next_out = reinterpret_cast<Bytef*>(out.data());
    z->avail_out = static_cast<uInt>(out.size());
    if (deflate(z, Z_FINISH) != Z_STREAM_END) throw PdfError("zlib: cannot compress a stream");
    out.resize(z->total_out);
    return out;
}

// zlib's output does not depend on how its input is split: the window and hash sizes
// are chosen from the whole size, as compress() chooses them.
std::string Deflater::compress(std::size_t size, const std::function<void(std::string&)>& piece) {
    z_stream* z = stream_for(size);
    std::string out, in;
    char buf[16384];
    for (std::size_t done = 0;;) {
        in.clear();
        if (done < size) piece(in);
        if (done < size && in.empty()) throw PdfError("zlib: a stream's data ended early");
        done += in.size();
        const int flush = done >= size ? Z_FINISH : Z_NO_FLUSH;
        z->next_in = reinterpret_cast<Bytef*>(in.data());
        z->avail_in = static_cast<uInt>(in.size());
        int rc = Z_OK;
        do {
            z->next_out = reinterpret_cast<Bytef*>(buf);
            z->avail_out = sizeof buf;
            rc = deflate(z, flush);
            if (rc == Z_STREAM_ERROR) throw PdfError("zlib: cannot compress a stream");
            out.append(buf, sizeof buf - z->avail_out);
        } while (z->avail_out == 0 && rc != Z_STREAM_END);
        if (flush == Z_FINISH) {
            if (rc != Z_STREAM_END) throw PdfError("zlib: cannot compress a stream");
            return out;
        }
    }
}

} // namespace compforms::pdf::detail
