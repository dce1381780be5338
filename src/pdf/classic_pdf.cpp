#include "pdf/classic_pdf.hpp"

#include <algorithm>
#include <utility>

namespace compforms::pdf::detail {
namespace {

using namespace syntax;
using Object = ClassicPdf::Object;

class Reader {
public:
    explicit Reader(std::string_view file) : file_(file) { out_.file = file; }

    ClassicPdf read() && {
        parse_header();
        find_startxref();
        parse_xref();
        for (std::size_t n = 0; n < out_.objects.size(); ++n)
            if (out_.objects[n].state == Object::Unparsed) parse_object(n);
        check_layout();
        check_trailer_targets();
        return std::move(out_);
    }

private:
    void parse_header() {
        const std::string_view& s = file_;
        if (s.size() < 9 || s.substr(0, 5) != "%PDF-" || !is_digit(s[5]) || s[6] != '.' || !is_digit(s[7]))
            fail("not a PDF file (no %PDF-x.y header)", 0);
        std::size_t p = 8;
        if (!skip_eol(p)) fail("the %PDF header is not followed by an end of line", p);
        out_.header = s.substr(0, 8);
        if (p < s.size() && s[p] == '%') {  // libharu's binary comment line
            std::size_t q = p;
            while (q < s.size() && !is_eol(s[q])) ++q;
            if (!skip_eol(q)) fail("the header comment line does not end", q);
            out_.comment = s.substr(p, q - p);
            p = q;
        }
        body_begin_ = p;
    }

    bool skip_eol(std::size_t& p) const {
        if (p + 1 < file_.size() && file_[p] == '\r' && file_[p + 1] == '\n') p += 2;
        else if (p < file_.size() && is_eol(file_[p])) p += 1;
        else return false;
        return true;
    }

    // "startxref" N "%%EOF" at the very end, read backwards.
    void find_startxref() {
        std::size_t e = file_.size();
        while (e > body_begin_ && is_space(file_[e - 1])) --e;
        if (e < body_begin_ + 5 || file_.substr(e - 5, 5) != "%%EOF") fail("the file does not end with %%EOF (truncated?)", e);
        std::size_t p = e - 5;
        while (p > body_begin_ && is_space(file_[p - 1])) --p;
        std::size_t digits_end = p;
        while (p > body_begin_ && is_digit(file_[p - 1])) --p;
        long long x = parse_uint(file_.substr(p, digits_end - p));
        std::size_t q = p;
        while (q > body_begin_ && is_space(file_[q - 1])) --q;
        if (x < 0 || q == p || q < body_begin_ + 9 || file_.substr(q - 9, 9) != "startxref")
            fail("no startxref before %%EOF", p);
        startxref_ = q - 9;
        xref_ = static_cast<std::size_t>(x);
        if (xref_ < body_begin_ || xref_ >= startxref_) fail("startxref points outside the file body", startxref_);
    }

    void parse_xref() {
        const std::string_view& s = file_;
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
            if (static_cast<std::size_t>(first) != out_.objects.size())
                fail("xref subsections that do not run on from object 0 without gaps", p);
            if (static_cast<std::size_t>(count) > (startxref_ - p) / 20) fail("an xref subsection longer than the file", p);
            for (long long i = 0; i < count; ++i, p += 20) out_.objects.push_back(xref_entry(p, out_.objects.size()));
        }
        if (out_.objects.empty()) fail("an empty xref table", p);
        if (out_.objects[0].state != Object::Free) fail("object 0 is not free in the xref table", xref_);
        parse_trailer(p + 7);
    }

    // One 20-byte entry: "oooooooooo ggggg n" and a two-byte end of line.
    Object xref_entry(std::size_t p, std::size_t number) const {
        const char* e = file_.data() + p;
        bool ok = e[10] == ' ' && e[16] == ' ' && (e[17] == 'n' || e[17] == 'f') &&
                  ((e[18] == ' ' && is_eol(e[19])) || (e[18] == '\r' && e[19] == '\n'));
        for (int i = 0; i < 16 && ok; ++i) ok = i == 10 || is_digit(e[i]);
        if (!ok) fail("a bad xref entry for object " + std::to_string(number), p);
        Object o;
        long long offset = parse_uint(file_.substr(p, 10)), gen = parse_uint(file_.substr(p + 11, 5));
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
        Lexer lexer(file_, p, startxref_);
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
                if (e.value.kind != Value::Int || e.value.number != out_.objects.size())
                    fail("the trailer's /Size does not match the xref table", open.begin);
                size = true;
            } else if (e.key == "/Root" || e.key == "/Info") {
                if (e.value.kind != Value::Ref || e.value.generation != 0 || e.value.number == 0 ||
                    e.value.number >= out_.objects.size())
                    fail("the trailer's " + std::string(e.key) + " is not a reference to an object", open.begin);
                (e.key == "/Root" ? out_.root : out_.info) = e.value.number;
                refs.push_back(e.value.number);
            } else if (e.key == "/ID") {
                out_.id = trailer_text_.view(e.value_begin, e.value_end);
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
        if (!size || out_.root == 0) fail("the trailer has no /Size or no /Root", open.begin);
        trailer_refs_ = std::move(refs);
    }

    // `for_length`: parsed to resolve a stream's /Length, so it must be a plain number,
    // and a stream there fails at once (a chain of streams whose lengths refer to each
    // other would otherwise recurse once per link).
    void parse_object(std::size_t n, bool for_length = false) {
        Object& o = out_.objects[n];
        o.state = Object::Parsing;
        if (o.offset < body_begin_ || o.offset >= xref_)
            fail(object_name(n) + "'s xref offset is outside the file body", o.offset);
        Lexer lexer(file_, o.offset, xref_);
        expect_object_head(lexer, n);

        refs_.clear();
        entries_.clear();
        ValueCopier copier(lexer, out_.values, refs_);
        o.text_begin = out_.values.size();
        Token first = lexer.next();
        const bool dictionary = first.kind == Token::DictOpen;
        Value value;
        if (dictionary) copier.dictionary(first, entries_);
        else value = copier.value(first, 0, true);
        o.text_end = out_.values.size();

        Token keyword = lexer.next();
        std::string_view word = keyword.kind == Token::Word ? lexer.text(keyword) : std::string_view();
        const bool stream = word == "stream" && dictionary;
        if (!stream && word != "endobj") fail(object_name(n) + " does not end with endobj", keyword.begin);
        if (stream && for_length) fail(object_name(n) + " is a stream where a /Length number was expected", o.offset);

        // Count references now: resolving /Length below parses another object and reuses
        // refs_ and entries_.
        const Entry length = count_references(n, stream);
        if (!stream) {
            if (value.kind == Value::Int) o.integer = static_cast<long long>(value.number);
            o.end = keyword.end;
            o.state = Object::Plain;
            return;
        }
        const std::uint64_t data_length = stream_length(n, length);
        o.length_begin = length.value_begin;
        o.length_end = length.value_end;
        read_stream_data(n, lexer, keyword.end, data_length);
    }

    static std::string object_name(std::size_t n) { return "object " + std::to_string(n); }

    // "n 0 obj" where object n's xref entry points.
    void expect_object_head(Lexer& lexer, std::size_t n) const {
        const std::size_t offset = out_.objects[n].offset;
        Token a = lexer.next(), b = lexer.next(), c = lexer.next();
        if (a.begin != offset || a.kind != Token::Word || parse_uint(lexer.text(a)) != static_cast<long long>(n) ||
            b.kind != Token::Word || c.kind != Token::Word || lexer.text(c) != "obj")
            fail(object_name(n) + "'s xref offset does not point to \"" + std::to_string(n) + " 0 obj\"", offset);
        if (lexer.text(b) != "0") fail(object_name(n) + " has a generation other than 0", b.begin);
    }

    // Counts the references among the entries of object n's dictionary just copied, and
    // returns a stream's one /Length entry.
    Entry count_references(std::size_t n, bool stream) {
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
                std::string_view type = out_.values.view(e.value_begin, e.value_end);
                if (type == "/ObjStm" || type == "/XRef")
                    fail("the file already has object or cross-reference streams", out_.objects[n].offset);
            }
        }
        for (std::uint64_t r : refs_)
            if (r < out_.objects.size()) ++out_.objects[r].other_uses;
        if (stream && lengths != 1)
            fail(object_name(n) + " is a stream with " + (lengths ? "two /Length keys" : "no /Length"),
                 out_.objects[n].offset);
        return length;
    }

    // The value of stream n's /Length: a number, or a reference to a number object.
    std::uint64_t stream_length(std::size_t n, const Entry& length) {
        const std::size_t offset = out_.objects[n].offset;
        if (length.value.kind == Value::Int) return length.value.number;
        if (length.value.kind != Value::Ref || length.value.generation != 0 || length.value.number >= out_.objects.size())
            fail(object_name(n) + "'s /Length is neither an integer nor a reference to an object", offset);
        const std::size_t m = length.value.number;
        if (out_.objects[m].state == Object::Unparsed) parse_object(m, true);
        Object& target = out_.objects[m];
        if (target.state != Object::Plain || target.integer < 0)
            fail(object_name(n) + "'s /Length refers to object " + std::to_string(m) + ", which is not a plain integer",
                 offset);
        ++target.length_uses;
        return static_cast<std::uint64_t>(target.integer);
    }

    // "stream" CRLF or LF, exactly /Length bytes, an optional end of line, "endstream",
    // "endobj"; `p` is the end of the stream keyword.
    void read_stream_data(std::size_t n, Lexer& lexer, std::size_t p, std::uint64_t data_length) {
        Object& o = out_.objects[n];
        if (!(p < xref_ && file_[p] == '\n') && !(p + 1 < xref_ && file_[p] == '\r' && file_[p + 1] == '\n'))
            fail(object_name(n) + ": the stream keyword is not followed by CRLF or LF", p);
        p += file_[p] == '\r' ? 2 : 1;
        if (data_length > xref_ - p) fail(object_name(n) + "'s /Length runs past the end of the file body", p);
        o.data_begin = p;
        o.data_length = static_cast<std::size_t>(data_length);
        p += o.data_length;
        if (p < xref_ && file_.substr(p, 9) != "endstream") skip_eol(p);
        if (p + 9 > xref_ || file_.substr(p, 9) != "endstream" || (p + 9 < xref_ && char_class(file_[p + 9]) == kRegular))
            fail(object_name(n) + ": no endstream right after /Length bytes of data (a wrong /Length?)", p);
        lexer.seek(p + 9);
        Token end = lexer.next();
        if (end.kind != Token::Word || lexer.text(end) != "endobj")
            fail(object_name(n) + " does not end with endobj", end.begin);
        o.end = end.end;
        o.state = Object::Stream;
    }

    // Every byte of the body belongs to an object or is white space between objects:
    // nothing the xref table does not account for is silently lost.
    void check_layout() const {
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        spans.reserve(out_.objects.size());
        for (const Object& o : out_.objects)
            if (o.state != Object::Free) spans.emplace_back(o.offset, o.end);
        std::sort(spans.begin(), spans.end());
        std::size_t p = body_begin_;
        spans.emplace_back(xref_, xref_);
        for (const auto& [begin, end] : spans) {
            if (begin < p) fail("two objects overlap", begin);
            for (; p < begin; ++p)
                if (!is_space(file_[p])) fail("bytes outside any object listed in the xref table", p);
            p = end;
        }
    }

    void check_trailer_targets() {
        if (out_.objects[out_.root].state != Object::Plain) fail("the trailer's /Root is not a dictionary object", xref_);
        if (out_.info && out_.objects[out_.info].state != Object::Plain) fail("the trailer's /Info is not a dictionary object", xref_);
        for (std::uint64_t r : trailer_refs_)
            if (r < out_.objects.size()) ++out_.objects[r].other_uses;
    }

    std::string_view file_;
    ClassicPdf out_;
    std::size_t body_begin_ = 0, xref_ = 0, startxref_ = 0;
    Sink trailer_text_;  // the trailer dictionary, copied as the objects' values are
    std::vector<std::uint64_t> refs_, trailer_refs_;
    std::vector<Entry> entries_;
};

} // namespace

ClassicPdf read_classic_pdf(std::string_view file) { return Reader(file).read(); }

} // namespace compforms::pdf::detail
