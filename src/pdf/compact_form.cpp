#include "pdf/compact_form.hpp"

#include <algorithm>
#include <charconv>

#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

// Bytes needed for v in a big-endian xref stream field (at least 1).
int field_width(std::uint64_t v) {
    int w = 1;
    while (w < 8 && (v >> (8 * w)) != 0) ++w;
    return w;
}

// The cross-reference stream's dictionary up to its /Filter and /Length.
std::string xref_dictionary_head(std::size_t total, int w2, int w3, const TrailerKeys& trailer) {
    std::string dict = "<</Type/XRef/Size ";
    append_uint(dict, total);
    dict += "/W[1 ";
    append_uint(dict, static_cast<std::uint64_t>(w2));
    dict += ' ';
    append_uint(dict, static_cast<std::uint64_t>(w3));
    dict += "]/Root ";
    append_uint(dict, trailer.root);
    dict += " 0 R";
    if (trailer.info) {
        dict += "/Info ";
        append_uint(dict, trailer.info);
        dict += " 0 R";
    }
    if (!trailer.id.empty()) {
        dict += "/ID";
        dict += trailer.id;
    }
    return dict;
}

} // namespace

void XrefRows::set(std::size_t number, unsigned type, std::uint64_t f2, std::uint64_t f3) {
    if (f2 >> 40 || f3 >> 22) throw PdfError("a cross-reference entry out of range (the file is too big)");
    rows_.at(number) = std::uint64_t{type} << 62 | f2 << 22 | f3;
}

void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void append_compact_header(std::string& out, std::string_view header, std::string_view comment) {
    if (header >= std::string_view("%PDF-1.5")) out.append(header.data(), header.size());
    else out += "%PDF-1.5";
    out += '\n';
    out.append(comment.data(), comment.size());
}

void append_stream_object(std::string& out, std::uint64_t number, std::string_view dict_head, const std::string& data) {
    append_uint(out, number);
    out += " 0 obj\n";
    out.append(dict_head.data(), dict_head.size());
    out += "/Filter/FlateDecode/Length ";
    append_uint(out, data.size());
    out += ">>\nstream\n";
    out += data;
    out += "\nendstream\nendobj\n";
}

void ObjectStreamBuilder::reserve(std::size_t objects, std::size_t bytes) {
    head_.reserve(8 * objects);
    body_.reserve(bytes + objects);
}

void ObjectStreamBuilder::add(std::uint64_t number, std::string_view text) {
    if (index_) {
        head_ += ' ';
        body_ += '\n';
    }
    append_uint(head_, number);
    head_ += ' ';
    append_uint(head_, body_.size());
    body_.append(text.data(), text.size());
    rows_.packed(number, number_, index_++);
}

void ObjectStreamBuilder::write(std::string& out, std::uint64_t offset, Deflater& deflater) {
    head_ += '\n';
    const std::size_t first = head_.size();
    head_ += body_;
    body_.clear();
    body_.shrink_to_fit();
    std::string packed = deflater.compress(head_);
    std::string dict = "<</Type/ObjStm/N ";
    append_uint(dict, index_);
    dict += "/First ";
    append_uint(dict, first);
    rows_.at_offset(number_, offset);
    append_stream_object(out, number_, dict, packed);
}

void append_xref_stream(std::string& out, XrefRows& rows, std::uint64_t number, std::uint64_t offset,
                        const TrailerKeys& trailer, Deflater& deflater) {
    rows.at_offset(number, offset);
    const std::size_t total = rows.size();
    std::uint64_t max2 = 0, max3 = 0;
    for (std::size_t n = 0; n < total; ++n) {
        max2 = std::max(max2, rows.field2(n));
        max3 = std::max(max3, rows.field3(n));
    }
    const int w2 = field_width(max2), w3 = field_width(max3);
    const std::size_t width = static_cast<std::size_t>(1 + w2 + w3);
    // Deflated a few thousand rows at a time: a merged file has hundreds of thousands.
    std::size_t next = 0;
    const std::string data = deflater.compress(total * width, [&](std::string& piece) {
        piece.reserve(4096 * width);
        for (const std::size_t end = std::min(total, next + 4096); next < end; ++next) {
            piece += static_cast<char>(rows.type(next));
            const std::uint64_t f2 = rows.field2(next), f3 = rows.field3(next);
            for (int i = w2 - 1; i >= 0; --i) piece += static_cast<char>((f2 >> (8 * i)) & 0xFF);
            for (int i = w3 - 1; i >= 0; --i) piece += static_cast<char>((f3 >> (8 * i)) & 0xFF);
        }
    });
    append_stream_object(out, number, xref_dictionary_head(total, w2, w3, trailer), data);
    out += "startxref\n";
    append_uint(out, offset);
    out += "\n%%EOF\n";
}

} // namespace compforms::pdf::detail
