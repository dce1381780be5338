#include "pdf/object_streams.hpp"

#include "pdf/classic_pdf.hpp"
#include "pdf/compact_form.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

using Object = ClassicPdf::Object;

// Writes the compact form of one file, its objects numbered as in the input, the object
// stream and the cross-reference stream after them.
class CompactWriter {
public:
    CompactWriter(const ClassicPdf& in, Deflater& deflater)
        : in_(in), deflater_(deflater), objstm_(in.objects.size()), xref_(objstm_ + 1), rows_(objstm_ + 2) {}

    std::string write() {
        out_.reserve(in_.file.size());
        append_compact_header(out_, in_.header, in_.comment);
        copy_streams();
        write_object_stream();
        link_free_entries();
        append_xref_stream(out_, rows_, xref_, out_.size(), TrailerKeys{in_.root, in_.info, in_.id}, deflater_);
        return std::move(out_);
    }

private:
    // Streams, data byte for byte, /Length direct.
    void copy_streams() {
        for (std::size_t n = 0; n < in_.objects.size(); ++n) {
            const Object& o = in_.objects[n];
            if (o.state != Object::Stream) continue;
            rows_.at_offset(n, out_.size());
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
        ObjectStreamBuilder stream(rows_, objstm_);
        stream.reserve(in_.objects.size(), in_.values.size());
        for (std::size_t n = 0; n < in_.objects.size(); ++n) {
            const Object& o = in_.objects[n];
            if (o.state == Object::Plain && !o.dropped()) stream.add(n, in_.values.view(o.text_begin, o.text_end));
        }
        stream.write(out_, out_.size(), deflater_);
    }

    // Free entries, linked in number order from object 0 (generation 0 there, as in
    // qpdf's xref streams; a dropped length object's next generation is 1).
    void link_free_entries() {
        std::size_t last_free = 0;
        for (std::size_t n = 1; n < in_.objects.size(); ++n) {
            const Object& o = in_.objects[n];
            if (o.state == Object::Free || o.dropped()) {
                rows_.next_free(last_free, n);
                rows_.free(n, o.state == Object::Free ? o.free_generation : 1);
                last_free = n;
            }
        }
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
