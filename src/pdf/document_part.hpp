// A document too big to hold is rendered a part of its pages at a time (streamed_pdf.hpp):
// each part is a document of its own for libharu, and the merged file (merged_file.hpp)
// carries its objects over. This is what the two share: the objects every part uses that
// the file holds once, and what rendering a part tells the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pdf/shared_part.hpp"

namespace compforms::pdf::detail {

// The objects of the shared part (its fonts and content streams) already in the file,
// by object number there. The first part that uses one makes it; later parts refer to
// it through a stub (an empty object the file replaces by the one it holds).
struct SharedInFile {
    std::map<int, std::uint32_t> fonts;   // font index → the Type0 font
    std::map<std::pair<const void*, double>, std::uint32_t> contents;   // (shared list, page height) → content stream
};

struct DocumentPart {
    // Given to the render.
    SharedPart* shared = nullptr;       // the whole document's shared part, or null
    const SharedInFile* in_file = nullptr;
    const std::set<std::string>* defined_before = nullptr;   // destinations earlier parts define
    std::size_t first_page = 0;         // the pages of earlier parts (for messages)
    bool first = false;                 // the first part also writes the document information

    // Told by the render (object numbers in the part's own file).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stubs;   // stub → the object in the file
    std::map<int, std::uint32_t> new_fonts;                       // shared fonts made here
    std::map<std::pair<const void*, double>, std::uint32_t> new_contents;   // shared content streams made here
    std::vector<std::string> dest_names;   // the names of its destinations, in its name tree's order
    std::map<std::string, std::size_t> open_links;   // names no part has defined yet → first page linking there
};

} // namespace compforms::pdf::detail
