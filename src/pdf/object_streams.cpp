#include "pdf/object_streams.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <vector>

#include "pdf/classic_pdf.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

using Object = ClassicPdf::Object;

// The decimal digits of v.
void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// Bytes needed for v in a big-endian xref stream field (at least 1).
int field_width(std::uint64_t v) {
    int w = 1;
    while (w < 8 && (v >> (8 * w)) != 0) ++w;
    return w;
}

void append_stream_object(std::string& out, std::uint64_t number, std::string_view dict_head,
                          const std::string& data) {
    append_uint(out, number);
    out += " 0 obj\n";
    out.append(dict_head.data(), dict_head.size());
    out += "/Filter/FlateDecode/Length ";
    append_uint(out, data.size());
    out += ">>\nstream\n";
    out += data;
    out += "\nendstream\nendobj\n";
}

// The cross-reference stream's three fields of every object, the object stream and the
// cross-reference stream itself included.
struct XrefRows {
    explicit XrefRows(std::size_t n) : type(n, 0), f2(n, 0), f3(n, 0) {}
    std::vector<unsigned char> type;
    std::vector<std::uint64_t> f2, f3;
};

// Writes the compact form of one file, its objects numbered as in the input, the object
// stream and the cross-reference stream after them.
class CompactWriter {
public:
    CompactWriter(const ClassicPdf& in, Deflater& deflater)
        : in_(in), deflater_(deflater), objstm_(in.objects.size()), xref_(objstm_ + 1), rows_(objstm_ + 2) {}

    std::string write() {
        out_.reserve(in_.file.size());
        if (in_.header >= std::string_view("%PDF-1.5")) out_.append(in_.header.data(), in_.header.size());
        else out_ += "%PDF-1.5";
        out_ += '\n';
        out_.append(in_.comment.data(), in_.comment.size());
        copy_streams();
        write_object_stream();
        link_free_entries();
        write_xref_stream();
        return std::move(out_);
    }

private:
    // Streams, data byte for byte, /Length direct.
    void copy_streams() {
        for (std::size_t n = 0; n < in_.objects.size(); ++n) {
            const Object& o = in_.objects[n];
            if (o.state != Object::Stream) continue;
            rows_.type[n] = 1;
            rows_.f2[n] = out_.size();
            append_uint(out_, n);
            out_ += " 0 obj\n";
            out_ += in_.values.view(o.text_begin, o.length_begin);
            append_uint(out_, o.data_length);
            out_ += in_.values.view(o.length_end, o.text_end);
            out_ += "\nstream\n";
            out_.append(in_.file.data() + o.data_begin, o.data_length);
            out_ += "\nendstream\nendobj\n";
        }
    }

    // Every other object that stays, in number order, in one object stream.
    void write_object_stream() {
        const std::size_t size = in_.objects.size();
        std::string head, body;
        head.reserve(8 * size);
        body.reserve(in_.values.size() + size);
        std::uint64_t index = 0;
        for (std::size_t n = 0; n < size; ++n) {
            const Object& o = in_.objects[n];
            if (o.state != Object::Plain || o.dropped()) continue;
            if (index) {
                head += ' ';
                body += '\n';
            }
            append_uint(head, n);
            head += ' ';
            append_uint(head, body.size());
            body += in_.values.view(o.text_begin, o.text_end);
            rows_.type[n] = 2;
            rows_.f2[n] = objstm_;
            rows_.f3[n] = index++;
        }
        head += '\n';
        const std::size_t first = head.size();
        head += body;
        std::string packed = deflater_.compress(head);
        std::string dict = "<</Type/ObjStm/N ";
        append_uint(dict, index);
        dict += "/First ";
        append_uint(dict, first);
        rows_.type[objstm_] = 1;
        rows_.f2[objstm_] = out_.size();
        append_stream_object(out_, objstm_, dict, packed);
    }

    // Free entries, linked in number order from object 0 (generation 0 there, as in
    // qpdf's xref streams; a dropped length object's next generation is 1).
    void link_free_entries() {
        std::size_t last_free = 0;
        for (std::size_t n = 1; n < in_.objects.size(); ++n) {
            const Object& o = in_.objects[n];
            if (o.state == Object::Free || o.dropped()) {
                rows_.f2[last_free] = n;
                rows_.f3[n] = o.state == Object::Free ? o.free_generation : 1;
                last_free = n;
            }
        }
    }

    void write_xref_stream() {
        rows_.type[xref_] = 1;
        rows_.f2[xref_] = out_.size();
        const int w2 = field_width(*std::max_element(rows_.f2.begin(), rows_.f2.end()));
        const int w3 = field_width(*std::max_element(rows_.f3.begin(), rows_.f3.end()));
        const std::size_t total = rows_.type.size();
        std::string rows;
        rows.reserve(total * static_cast<std::size_t>(1 + w2 + w3));
        for (std::size_t n = 0; n < total; ++n) {
            rows += static_cast<char>(rows_.type[n]);
            for (int i = w2 - 1; i >= 0; --i) rows += static_cast<char>((rows_.f2[n] >> (8 * i)) & 0xFF);
            for (int i = w3 - 1; i >= 0; --i) rows += static_cast<char>((rows_.f3[n] >> (8 * i)) & 0xFF);
        }
        const std::size_t xref_offset = out_.size();
        append_stream_object(out_, xref_, xref_dictionary_head(total, w2, w3), deflater_.compress(rows));
        out_ += "startxref\n";
        append_uint(out_, xref_offset);
        out_ += "\n%%EOF\n";
    }

    // The cross-reference stream's dictionary up to its /Filter and /Length.
    std::string xref_dictionary_head(std::size_t total, int w2, int w3) const {
        std::string dict = "<</Type/XRef/Size ";
        append_uint(dict, total);
        dict += "/W[1 ";
        append_uint(dict, static_cast<std::uint64_t>(w2));
        dict += ' ';
        append_uint(dict, static_cast<std::uint64_t>(w3));
        dict += "]/Root ";
        append_uint(dict, in_.root);
        dict += " 0 R";
        if (in_.info) {
            dict += "/Info ";
            append_uint(dict, in_.info);
            dict += " 0 R";
        }
        if (!in_.id.empty()) {
            dict += "/ID";
            dict += in_.id;
        }
        return dict;
    }

    const ClassicPdf& in_;
    Deflater& deflater_;
    const std::size_t objstm_, xref_;   // the numbers of the two streams written
    XrefRows rows_;
    std::string out_;
};

} // namespace

std::string pack_object_streams(std::string_view pdf, Deflater& deflater) {
    ClassicPdf in;
    try {
        in = read_classic_pdf(pdf);
    } catch (const PdfError& e) {
        throw PdfError(std::string("cannot pack object streams: ") + e.what());
    }
    return CompactWriter(in, deflater).write();
}

} // namespace compforms::pdf::detail
