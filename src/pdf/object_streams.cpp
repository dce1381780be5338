#include "pdf/object_streams.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <utility>
#include <vector>

#include "pdf/pdf_syntax.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

using namespace syntax;

// The decimal digits of v.
void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

struct Object {
    enum State : unsigned char { Free, Unparsed, Parsing, Plain, Stream };
    State state = Free;
    std::uint32_t free_generation = 0;
    std::size_t offset = 0, end = 0;           // in the input: "N 0 obj" … after "endobj"
    std::size_t text_begin = 0, text_end = 0;  // the value (a stream's dictionary) in the arena
    std::size_t length_begin = 0, length_end = 0;  // a stream's /Length value in the arena
    std::size_t data_begin = 0, data_length = 0;   // a stream's data in the input
    long long integer = -1;                         // a plain non-negative integer object's value
    std::uint32_t length_uses = 0, other_uses = 0;  // references as a stream's /Length, and others
    bool dropped() const { return state == Plain && integer >= 0 && length_uses > 0 && other_uses == 0; }
};

class Packer {
public:
    explicit Packer(std::string_view pdf) : pdf_(pdf) {}

    void parse() {
        parse_header();
        find_startxref();
        parse_xref();
        for (std::size_t n = 0; n < objects_.size(); ++n)
            if (objects_[n].state == Object::Unparsed) parse_object(n);
        check_layout();
        check_trailer_targets();
    }

    std::string write(Deflater& deflater) const;

private:
    void parse_header() {
        const std::string_view& s = pdf_;
        if (s.size() < 9 || s.substr(0, 5) != "%PDF-" || !is_digit(s[5]) || s[6] != '.' || !is_digit(s[7]))
            fail("not a PDF file (no %PDF-x.y header)", 0);
        std::size_t p = 8;
        if (!skip_eol(p)) fail("the %PDF header is not followed by an end of line", p);
        header_ = s.substr(0, 8);
        if (p < s.size() && s[p] == '%') {  // libharu's binary comment line
            std::size_t q = p;
            while (q < s.size() && !is_eol(s[q])) ++q;
            if (!skip_eol(q)) fail("the header comment line does not end", q);
            comment_ = s.substr(p, q - p);
            p = q;
        }
        body_begin_ = p;
    }

    bool skip_eol(std::size_t& p) const {
        if (p + 1 < pdf_.size() && pdf_[p] == '\r' && pdf_[p + 1] == '\n') p += 2;
        else if (p < pdf_.size() && is_eol(pdf_[p])) p += 1;
        else return false;
        return true;
    }

    // "startxref" N "%%EOF" at the very end, read backwards.
    void find_startxref() {
        std::size_t e = pdf_.size();
        while (e > body_begin_ && is_space(pdf_[e - 1])) --e;
        if (e < body_begin_ + 5 || pdf_.substr(e - 5, 5) != "%%EOF") fail("the file does not end with %%EOF (truncated?)", e);
        std::size_t p = e - 5;
        while (p > body_begin_ && is_space(pdf_[p - 1])) --p;
        std::size_t digits_end = p;
        while (p > body_begin_ && is_digit(pdf_[p - 1])) --p;
        long long x = parse_uint(pdf_.substr(p, digits_end - p));
        std::size_t q = p;
        while (q > body_begin_ && is_space(pdf_[q - 1])) --q;
        if (x < 0 || q == p || q < body_begin_ + 9 || pdf_.substr(q - 9, 9) != "startxref")
            fail("no startxref before %%EOF", p);
        startxref_ = q - 9;
        xref_ = static_cast<std::size_t>(x);
        if (xref_ < body_begin_ || xref_ >= startxref_) fail("startxref points outside the file body", startxref_);
    }

    void parse_xref() {
        const std::string_view& s = pdf_;
        if (s.substr(xref_, 4) != "xref") {
            if (is_digit(s[xref_]))
                fail("startxref points to an object, not an xref table (a cross-reference stream: the file "
                     "already uses the compact form)",
                     xref_);
            fail("startxref does not point to an xref table", xref_);
        }
        std::size_t p = xref_ + 4;
        if (!is_space(s[p])) fail("a bad xref keyword", p);
        for (;;) {
            while (p < startxref_ && is_space(s[p])) ++p;
            if (s.substr(p, 7) == "trailer") break;
            std::size_t q = p;
            while (q < startxref_ && is_digit(s[q])) ++q;
            long long first = parse_uint(s.substr(p, q - p));
            if (first < 0 || q >= startxref_ || s[q] != ' ') fail("a bad xref subsection header", p);
            p = ++q;
            while (q < startxref_ && is_digit(s[q])) ++q;
            long long count = parse_uint(s.substr(p, q - p));
            if (count < 0 || q >= startxref_ || !is_space(s[q])) fail("a bad xref subsection header", p);
            p = q;
            while (p < startxref_ && is_space(s[p])) ++p;
            if (static_cast<std::size_t>(first) != objects_.size())
                fail("xref subsections that do not run on from object 0 without gaps", p);
            if (static_cast<std::size_t>(count) > (startxref_ - p) / 20) fail("an xref subsection longer than the file", p);
            for (long long i = 0; i < count; ++i, p += 20) objects_.push_back(xref_entry(p, objects_.size()));
        }
        if (objects_.empty()) fail("an empty xref table", p);
        if (objects_[0].state != Object::Free) fail("object 0 is not free in the xref table", xref_);
        parse_trailer(p + 7);
    }

    // One 20-byte entry: "oooooooooo ggggg n" and a two-byte end of line.
    Object xref_entry(std::size_t p, std::size_t number) const {
        const char* e = pdf_.data() + p;
        bool ok = e[10] == ' ' && e[16] == ' ' && (e[17] == 'n' || e[17] == 'f') &&
                  ((e[18] == ' ' && is_eol(e[19])) || (e[18] == '\r' && e[19] == '\n'));
        for (int i = 0; i < 16 && ok; ++i) ok = i == 10 || is_digit(e[i]);
        if (!ok) fail("a bad xref entry for object " + std::to_string(number), p);
        Object o;
        long long offset = parse_uint(pdf_.substr(p, 10)), gen = parse_uint(pdf_.substr(p + 11, 5));
        if (e[17] == 'f') {
            o.free_generation = static_cast<std::uint32_t>(std::min(gen, 65535LL));
            return o;
        }
        if (gen != 0)
            fail("object " + std::to_string(number) + " has generation " + std::to_string(gen) +
                     " (only generation 0 is supported)",
                 p);
        o.state = Object::Unparsed;
        o.offset = static_cast<std::size_t>(offset);
        return o;
    }

    void parse_trailer(std::size_t p) {
        Lexer lexer(pdf_, p, startxref_);
        Token open = lexer.next();
        if (open.kind != Token::DictOpen) fail("no dictionary after trailer", open.begin);
        std::vector<std::uint64_t> refs;
        std::vector<Entry> entries;
        ValueCopier copier(lexer, trailer_text_, refs);
        copier.dictionary(open, entries);
        Token after = lexer.next();
        if (after.kind != Token::End) fail("unexpected bytes between the trailer and startxref", after.begin);
        bool size = false;
        for (const Entry& e : entries) {
            if (e.key == "/Size") {
                if (e.value.kind != Value::Int || e.value.number != objects_.size())
                    fail("the trailer's /Size does not match the xref table", open.begin);
                size = true;
            } else if (e.key == "/Root" || e.key == "/Info") {
                if (e.value.kind != Value::Ref || e.value.generation != 0 || e.value.number == 0 ||
                    e.value.number >= objects_.size())
                    fail("the trailer's " + std::string(e.key) + " is not a reference to an object", open.begin);
                (e.key == "/Root" ? root_ : info_) = e.value.number;
                refs.push_back(e.value.number);
            } else if (e.key == "/ID") {
                id_ = trailer_text_.view(e.value_begin, e.value_end);
            } else if (e.key == "/Prev") {
                fail("an incremental update (/Prev in the trailer)", open.begin);
            } else if (e.key == "/XRefStm") {
                fail("a hybrid file with a cross-reference stream (/XRefStm)", open.begin);
            } else if (e.key == "/Encrypt") {
                fail("an encrypted file", open.begin);
            } else {
                fail("an unexpected trailer key " + std::string(e.key), open.begin);
            }
        }
        if (!size || root_ == 0) fail("the trailer has no /Size or no /Root", open.begin);
        trailer_refs_ = std::move(refs);
    }

    // `for_length`: parsed to resolve a stream's /Length, so it must be a plain number,
    // and a stream there fails at once (a chain of streams whose lengths refer to each
    // other would otherwise recurse once per link).
    void parse_object(std::size_t n, bool for_length = false) {
        Object& o = objects_[n];
        o.state = Object::Parsing;
        auto name = [n] { return "object " + std::to_string(n); };  // for messages only
        if (o.offset < body_begin_ || o.offset >= xref_) fail(name() + "'s xref offset is outside the file body", o.offset);
        Lexer lexer(pdf_, o.offset, xref_);
        Token a = lexer.next(), b = lexer.next(), c = lexer.next();
        if (a.begin != o.offset || a.kind != Token::Word || parse_uint(lexer.text(a)) != static_cast<long long>(n) ||
            b.kind != Token::Word || c.kind != Token::Word || lexer.text(c) != "obj")
            fail(name() + "'s xref offset does not point to \"" + std::to_string(n) + " 0 obj\"", o.offset);
        if (lexer.text(b) != "0") fail(name() + " has a generation other than 0", b.begin);

        refs_.clear();
        entries_.clear();
        ValueCopier copier(lexer, arena_, refs_);
        o.text_begin = arena_.size();
        Token first = lexer.next();
        const bool dictionary = first.kind == Token::DictOpen;
        Value value;
        if (dictionary) copier.dictionary(first, entries_);
        else value = copier.value(first, 0, true);
        o.text_end = arena_.size();

        Token keyword = lexer.next();
        std::string_view word = keyword.kind == Token::Word ? lexer.text(keyword) : std::string_view();
        const bool stream = word == "stream" && dictionary;
        if (!stream && word != "endobj") fail(name() + " does not end with endobj", keyword.begin);
        if (stream && for_length) fail(name() + " is a stream where a /Length number was expected", o.offset);

        // Count references now: resolving /Length below parses another object and reuses
        // refs_ and entries_.
        Entry length;
        int lengths = 0;
        for (const Entry& e : entries_) {
            if (stream && e.key == "/Length") {
                length = e;
                ++lengths;
            } else if (e.value.kind == Value::Ref) {
                refs_.push_back(e.value.number);
            }
            if (stream && e.key == "/Type") {
                std::string_view type = arena_.view(e.value_begin, e.value_end);
                if (type == "/ObjStm" || type == "/XRef")
                    fail("the file already has object or cross-reference streams", o.offset);
            }
        }
        for (std::uint64_t r : refs_)
            if (r < objects_.size()) ++objects_[r].other_uses;

        if (!stream) {
            if (value.kind == Value::Int) o.integer = static_cast<long long>(value.number);
            o.end = keyword.end;
            o.state = Object::Plain;
            return;
        }
        if (lengths != 1) fail(name() + " is a stream with " + (lengths ? "two /Length keys" : "no /Length"), o.offset);
        std::uint64_t data_length = 0;
        if (length.value.kind == Value::Int) {
            data_length = length.value.number;
        } else if (length.value.kind == Value::Ref && length.value.generation == 0 &&
                   length.value.number < objects_.size()) {
            const std::size_t m = length.value.number;
            if (objects_[m].state == Object::Unparsed) parse_object(m, true);
            if (objects_[m].state != Object::Plain || objects_[m].integer < 0)
                fail(name() + "'s /Length refers to object " + std::to_string(m) + ", which is not a plain integer",
                     o.offset);
            data_length = static_cast<std::uint64_t>(objects_[m].integer);
            ++objects_[m].length_uses;
        } else {
            fail(name() + "'s /Length is neither an integer nor a reference to an object", o.offset);
        }
        o.length_begin = length.value_begin;
        o.length_end = length.value_end;

        // "stream" CRLF or LF, exactly /Length bytes, an optional end of line, "endstream".
        std::size_t p = keyword.end;
        if (!(p < xref_ && pdf_[p] == '\n') && !(p + 1 < xref_ && pdf_[p] == '\r' && pdf_[p + 1] == '\n'))
            fail(name() + ": the stream keyword is not followed by CRLF or LF", p);
        p += pdf_[p] == '\r' ? 2 : 1;
        if (data_length > xref_ - p) fail(name() + "'s /Length runs past the end of the file body", p);
        o.data_begin = p;
        o.data_length = static_cast<std::size_t>(data_length);
        p += o.data_length;
        if (p < xref_ && pdf_.substr(p, 9) != "endstream") skip_eol(p);
        if (p + 9 > xref_ || pdf_.substr(p, 9) != "endstream" || (p + 9 < xref_ && char_class(pdf_[p + 9]) == kRegular))
            fail(name() + ": no endstream right after /Length bytes of data (a wrong /Length?)", p);
        lexer.seek(p + 9);
        Token end = lexer.next();
        if (end.kind != Token::Word || lexer.text(end) != "endobj") fail(name() + " does not end with endobj", end.begin);
        o.end = end.end;
        o.state = Object::Stream;
    }

    // Every byte of the body belongs to an object or is white space between objects:
    // nothing the xref table does not account for is silently lost.
    void check_layout() const {
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        spans.reserve(objects_.size());
        for (const Object& o : objects_)
            if (o.state != Object::Free) spans.emplace_back(o.offset, o.end);
        std::sort(spans.begin(), spans.end());
        std::size_t p = body_begin_;
        spans.emplace_back(xref_, xref_);
        for (const auto& [begin, end] : spans) {
            if (begin < p) fail("two objects overlap", begin);
            for (; p < begin; ++p)
                if (!is_space(pdf_[p])) fail("bytes outside any object listed in the xref table", p);
            p = end;
        }
    }

    void check_trailer_targets() {
        if (objects_[root_].state != Object::Plain) fail("the trailer's /Root is not a dictionary object", xref_);
        if (info_ && objects_[info_].state != Object::Plain) fail("the trailer's /Info is not a dictionary object", xref_);
        for (std::uint64_t r : trailer_refs_)
            if (r < objects_.size()) ++objects_[r].other_uses;
    }

    std::string_view pdf_;
    std::string_view header_, comment_, id_;
    std::size_t body_begin_ = 0, xref_ = 0, startxref_ = 0;
    std::uint64_t root_ = 0, info_ = 0;
    std::vector<Object> objects_;
    Sink arena_;         // objects' values (streams' dictionaries), whitespace minimised
    Sink trailer_text_;  // the trailer dictionary, the same way
    std::vector<std::uint64_t> refs_, trailer_refs_;
    std::vector<Entry> entries_;
};

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

std::string Packer::write(Deflater& deflater) const {
    const std::size_t size = objects_.size();
    const std::size_t objstm = size, xref = size + 1, total = size + 2;
    // xref stream fields per object: type, field 2, field 3
    std::vector<unsigned char> type(total, 0);
    std::vector<std::uint64_t> f2(total, 0), f3(total, 0);

    std::string out;
    out.reserve(pdf_.size());
    if (header_ >= std::string_view("%PDF-1.5")) out.append(header_.data(), header_.size());
    else out += "%PDF-1.5";
    out += '\n';
    out.append(comment_.data(), comment_.size());

    // Streams, data byte for byte, /Length direct.
    for (std::size_t n = 0; n < size; ++n) {
        const Object& o = objects_[n];
        if (o.state != Object::Stream) continue;
        type[n] = 1;
        f2[n] = out.size();
        append_uint(out, n);
        out += " 0 obj\n";
        out += arena_.view(o.text_begin, o.length_begin);
        append_uint(out, o.data_length);
        out += arena_.view(o.length_end, o.text_end);
        out += "\nstream\n";
        out.append(pdf_.data() + o.data_begin, o.data_length);
        out += "\nendstream\nendobj\n";
    }

    // Every other object that stays, in number order, in one object stream.
    std::string head, body;
    head.reserve(8 * size);
    body.reserve(arena_.size() + size);
    std::uint64_t index = 0;
    for (std::size_t n = 0; n < size; ++n) {
        const Object& o = objects_[n];
        if (o.state != Object::Plain || o.dropped()) continue;
        if (index) {
            head += ' ';
            body += '\n';
        }
        append_uint(head, n);
        head += ' ';
        append_uint(head, body.size());
        body += arena_.view(o.text_begin, o.text_end);
        type[n] = 2;
        f2[n] = objstm;
        f3[n] = index++;
    }
    head += '\n';
    const std::size_t first = head.size();
    head += body;
    std::string packed = deflater.compress(head);
    std::string dict = "<</Type/ObjStm/N ";
    append_uint(dict, index);
    dict += "/First ";
    append_uint(dict, first);
    type[objstm] = 1;
    f2[objstm] = out.size();
    append_stream_object(out, objstm, dict, packed);

    // Free entries, linked in number order from object 0 (generation 0 there, as in
    // qpdf's xref streams; a dropped length object's next generation is 1).
    std::size_t last_free = 0;
    for (std::size_t n = 1; n < size; ++n) {
        const Object& o = objects_[n];
        if (o.state == Object::Free || o.dropped()) {
            f2[last_free] = n;
            f3[n] = o.state == Object::Free ? o.free_generation : 1;
            last_free = n;
        }
    }

    type[xref] = 1;
    f2[xref] = out.size();
    const int w2 = field_width(*std::max_element(f2.begin(), f2.end()));
    const int w3 = field_width(*std::max_element(f3.begin(), f3.end()));
    std::string rows;
    rows.reserve(total * static_cast<std::size_t>(1 + w2 + w3));
    for (std::size_t n = 0; n < total; ++n) {
        rows += static_cast<char>(type[n]);
        for (int i = w2 - 1; i >= 0; --i) rows += static_cast<char>((f2[n] >> (8 * i)) & 0xFF);
        for (int i = w3 - 1; i >= 0; --i) rows += static_cast<char>((f3[n] >> (8 * i)) & 0xFF);
    }
    dict = "<</Type/XRef/Size ";
    append_uint(dict, total);
    dict += "/W[1 ";
    append_uint(dict, static_cast<std::uint64_t>(w2));
    dict += ' ';
    append_uint(dict, static_cast<std::uint64_t>(w3));
    dict += "]/Root ";
    append_uint(dict, root_);
    dict += " 0 R";
    if (info_) {
        dict += "/Info ";
        append_uint(dict, info_);
        dict += " 0 R";
    }
    if (!id_.empty()) {
        dict += "/ID";
        dict.append(id_.data(), id_.size());
    }
    const std::size_t xref_offset = out.size();
    append_stream_object(out, xref, dict, deflater.compress(rows));
    out += "startxref\n";
    append_uint(out, xref_offset);
    out += "\n%%EOF\n";
    return out;
}

} // namespace

std::string pack_object_streams(std::string_view pdf, Deflater& deflater) {
    Packer packer(pdf);
    try {
        packer.parse();
    } catch (const PdfError& e) {
        throw PdfError(std::string("cannot pack object streams: ") + e.what());
    }
    return packer.write(deflater);
}

} // namespace compforms::pdf::detail
