// A PDF file in the classic layout libharu writes (one revision, a cross-reference table,
// every object of generation 0), read strictly from its xref table: stream data is
// measured by /Length, never searched for. Anything unexpected (a bad offset, a
// generation other than 0, a stream without a usable /Length, an incremental update,
// encryption, existing object or cross-reference streams, bytes outside any object)
// throws PdfError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/pdf_syntax.hpp"

namespace compforms::pdf::detail {

struct ClassicPdf {
    struct Object {
        enum State : unsigned char { Free, Unparsed, Parsing, Plain, Stream };
        State state = Free;
        std::uint32_t free_generation = 0;
        std::size_t offset = 0, end = 0;               // in the file: "N 0 obj" … after "endobj"
        std::size_t text_begin = 0, text_end = 0;      // the value (a stream's dictionary) in `values`
        std::size_t length_begin = 0, length_end = 0;  // a stream's /Length value in `values`
        std::size_t data_begin = 0, data_length = 0;   // a stream's data in the file
        long long integer = -1;                        // a plain non-negative integer object's value
        std::uint32_t length_uses = 0, other_uses = 0; // references as a stream's /Length, and others
        // A number object that only holds stream lengths.
        bool dropped() const { return state == Plain && integer >= 0 && length_uses > 0 && other_uses == 0; }
    };

    std::string_view file;
    std::string_view header;    // "%PDF-x.y"
    std::string_view comment;   // the binary comment line after it, or empty
    std::string id;             // the trailer's /ID array as copied, or empty
    std::uint64_t root = 0, info = 0;   // 0: no /Info
    std::vector<Object> objects;        // by number
    // The objects' values (streams' dictionaries), each with only the white space its
    // tokens need (see syntax::ValueCopier).
    syntax::Sink values;
};

// Reads `file`, which must outlive the result.
ClassicPdf read_classic_pdf(std::string_view file);

} // namespace compforms::pdf::detail
