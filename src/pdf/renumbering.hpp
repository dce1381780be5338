// The object numbers of a part's file (as libharu wrote it) in the merged file: the table,
// and values copied with their references rewritten through it. Internal to the pdf module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::pdf::detail {

class Renumbering {
public:
    explicit Renumbering(std::size_t objects) : to_(objects, 0) {}

    void set(std::uint64_t from, std::uint32_t to) { to_.at(from) = to; }
    bool carried(std::uint64_t from) const { return from < to_.size() && to_[from] != 0; }
    // The number in the merged file of object `from`; throws PdfError when it has none
    // (a reference to an object the merged file does not carry over is a bug).
    std::uint32_t operator()(std::uint64_t from) const;
    // Appends `text`, a value in compact syntax (compact_values.hpp), with every reference
    // "N G R" written "M 0 R" (M = this(N)); everything else as it is.
    void copy(std::string_view text, std::string& out) const;

private:
    std::vector<std::uint32_t> to_;
};

} // namespace compforms::pdf::detail
