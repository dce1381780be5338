// The compressor of every stream the writer fills (page content, font programs,
// ToUnicode, CIDToGIDMap, the object and cross-reference streams). libharu would deflate
// each stream with a fresh deflateInit/deflateEnd, allocating and clearing zlib's tables
// every time, and HPDF_COMP_ALL does not reach custom streams at all; so the writer turns
// libharu's compression off and deflates here with reused z_streams, font programs once
// per cached subset.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include <zlib.h>

namespace compforms::pdf::detail {

class Deflater {
public:
    // zlib level: the default (6) for everything written once; 1 for a per-document font
    // program, written once per sheet, where speed matters more than the last bytes.
    explicit Deflater(int level = Z_DEFAULT_COMPRESSION);
    int level() const { return level_; }
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
    // zlib format (what /FlateDecode reads); deterministic for the same input (the
    // window and hash sizes are chosen from the input's size alone).
    std::string compress(const std::string& data);
    // The same bytes as compress() of `size` bytes that `piece` appends to its argument a
    // piece at a time (it is called until they have all come): for data that need not be
    // held whole, such as a merged file's cross-reference rows.
    std::string compress(std::size_t size, const std::function<void(std::string&)>& piece);

private:
    // One z_stream per window size (2^9 … 2^15 bytes): deflateReset clears the whole hash
    // table, so a small stream gets a z_stream whose table fits it.
    static constexpr int kMinBits = 9, kMaxBits = 15;
    z_stream* stream_for(std::size_t size);
    int level_;
    z_stream z_[kMaxBits - kMinBits + 1]{};
    bool ready_[kMaxBits - kMinBits + 1]{};
};

} // namespace compforms::pdf::detail
