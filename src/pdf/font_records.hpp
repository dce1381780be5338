// The fonts a writer has drawn with, across documents: each one's number, which keys the
// per-font maps of the writer (resource names do not use it, see page_content.hpp), and
// the reverse cmap that seeds its ToUnicode map and CIDs.
#pragma once

#include <map>

#include <hb.h>

#include "pdf/to_unicode.hpp"
#include "text/font.hpp"

namespace compforms::pdf::detail {

// Holds a reference on the face, so its address cannot be reused by another font while
// the writer lives.
struct FontRecord {
    hb_face_t* face = nullptr;
    int index = 0;
    ReverseCmap seed;
};

class FontRecords {
public:
    FontRecords() = default;
    ~FontRecords();
    FontRecords(const FontRecords&) = delete;
    FontRecords& operator=(const FontRecords&) = delete;

    // The record of `font`, made the first time it is seen (or when its face changed).
    FontRecord& record(const text::Font& font);

private:
    std::map<const text::Font*, FontRecord> fonts_;
    int next_index_ = 1;
};

} // namespace compforms::pdf::detail
