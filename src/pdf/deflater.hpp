// Stream data the writer compresses itself. libharu deflates each stream with a fresh
// deflateInit/deflateEnd (a quarter-megabyte allocated, cleared and freed per stream, the
// largest cost of a one-page sheet), and HPDF_COMP_ALL does not reach custom streams at
// all. So every stream the writer fills (page content, FontFile2, ToUnicode) is deflated
// here with one reused z_stream, and font programs are deflated once per cached subset.
#pragma once

#include <string>

#include <zlib.h>

namespace compforms::pdf::detail {

class Deflater {
public:
    // zlib level: the default (6) for everything written once; 1 for a per-document font
    // program, where deflate's match search was the largest cost of a sheet.
    explicit Deflater(int level = Z_DEFAULT_COMPRESSION);
    int level() const { return level_; }
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
    // zlib format (what /FlateDecode reads); deterministic for the same input (the
    // window and hash sizes are chosen from the input's size alone).
    std::string compress(const std::string& data);

private:
    // One z_stream per window size (2^9 … 2^15 bytes): deflateReset clears the hash
    // table, so a 64 KB table for a 1 KB ToUnicode stream was most of its cost.
    static constexpr int kMinBits = 9, kMaxBits = 15;
    z_stream* stream_for(std::size_t size);
    int level_;
    z_stream z_[kMaxBits - kMinBits + 1]{};
    bool ready_[kMaxBits - kMinBits + 1]{};
};

} // namespace compforms::pdf::detail
