// The pieces of a PDF in the compact form (PDF 1.5, 7.5.7 and 7.5.8): stream objects with a
// direct /Length, object streams holding the other objects, and the cross-reference stream
// that ends the file. Written by the object stream packer (one document libharu wrote) and
// by the merged file (many parts of one document). Internal to the pdf module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/deflater.hpp"

namespace compforms::pdf::detail {

// The decimal digits of v.
void append_uint(std::string& out, std::uint64_t v);

// "%PDF-x.y" (at least 1.5: object streams need it), a line end, and the binary comment
// line libharu writes after it, as in the file the objects come from.
void append_compact_header(std::string& out, std::string_view header, std::string_view comment);

// "N 0 obj", the dictionary `dict_head` (without its closing ">>") completed with
// /Filter/FlateDecode and a direct /Length, and `data` as the stream.
void append_stream_object(std::string& out, std::uint64_t number, std::string_view dict_head, const std::string& data);

// One row of the cross-reference stream per object number: type 0 free (the next free
// number, the generation), 1 at an offset in the file, 2 the index-th object of an object
// stream. A row is 8 bytes in memory (a merged file has a few hundred thousand): the type
// in 2 bits, the second field in 40, the third in 22.
class XrefRows {
public:
    explicit XrefRows(std::size_t n = 0) : rows_(n, 0) {}
    std::size_t size() const { return rows_.size(); }
    void resize(std::size_t n) { rows_.resize(n, 0); }

    void at_offset(std::size_t number, std::uint64_t offset) { set(number, 1, offset, 0); }
    void packed(std::size_t number, std::uint64_t stream, std::uint64_t index) { set(number, 2, stream, index); }
    void free(std::size_t number, std::uint64_t generation) { set(number, 0, field2(number), generation); }
    void next_free(std::size_t number, std::uint64_t next) { set(number, 0, next, field3(number)); }

    unsigned type(std::size_t number) const { return static_cast<unsigned>(rows_[number] >> 62); }
    std::uint64_t field2(std::size_t number) const { return (rows_[number] >> 22) & ((std::uint64_t{1} << 40) - 1); }
    std::uint64_t field3(std::size_t number) const { return rows_[number] & ((std::uint64_t{1} << 22) - 1); }

private:
    // Throws PdfError past the fields' ranges (a terabyte file, four million objects in
    // one object stream).
    void set(std::size_t number, unsigned type, std::uint64_t f2, std::uint64_t f3);
    std::vector<std::uint64_t> rows_;
};

// The objects of one object stream, in the order added.
class ObjectStreamBuilder {
public:
    ObjectStreamBuilder(XrefRows& rows, std::uint64_t stream_number) : rows_(rows), number_(stream_number) {}
    void reserve(std::size_t objects, std::size_t bytes);
    // Object `number`, whose value (no "obj" line around it) is `text`.
    void add(std::uint64_t number, std::string_view text);
    std::uint64_t count() const { return index_; }
    // Appends the object stream, deflated, at `offset` in the file (where `out` ends).
    void write(std::string& out, std::uint64_t offset, Deflater& deflater);

private:
    XrefRows& rows_;
    std::uint64_t number_;
    std::uint64_t index_ = 0;
    std::string head_, body_;
};

// What the trailer of a classic file says, carried into the cross-reference stream.
struct TrailerKeys {
    std::uint64_t root = 0;
    std::uint64_t info = 0;   // 0: none
    std::string_view id;      // the /ID array as written, or empty
};

// Appends the cross-reference stream as object `number` (the last row of `rows`, filled
// here) starting at `offset` in the file (where `out` ends), deflated, then startxref and
// %%EOF.
void append_xref_stream(std::string& out, XrefRows& rows, std::uint64_t number, std::uint64_t offset,
                        const TrailerKeys& trailer, Deflater& deflater);

} // namespace compforms::pdf::detail
