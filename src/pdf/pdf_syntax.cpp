#include "pdf/pdf_syntax.hpp"

#include <algorithm>

#include "pdf/pdf_format.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail::syntax {
namespace {

constexpr std::array<bool, 256> make_hex_or_space() {
    std::array<bool, 256> h{};
    for (int c = 0; c < 256; ++c)
        h[static_cast<std::size_t>(c)] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                                         kClass[static_cast<std::size_t>(c)] == kSpace;
    return h;
}
constexpr std::array<bool, 256> kHexOrSpace = make_hex_or_space();

// Any PDF number: an optional sign, digits and at most one point, at least one digit.
bool is_number(std::string_view s) {
    std::size_t i = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    bool digit = false, point = false;
    for (; i < s.size(); ++i) {
        if (is_digit(s[i])) digit = true;
        else if (s[i] == '.' && !point) point = true;
        else return false;
    }
    return digit;
}

std::size_t scan_hex(const char* s, std::size_t p, std::size_t limit) {
    // Hex strings are long (a UTF-16 title): find the end, then check the digits
    // without a branch per byte.
    const void* found = std::memchr(s + p, '>', limit - p);
    if (!found) fail("an unterminated hex string", p);
    const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(found) - s);
    bool ok = true;
    for (std::size_t q = p + 1; q < end; ++q) ok &= kHexOrSpace[static_cast<unsigned char>(s[q])];
    if (!ok) fail("a bad character in a hex string", p);
    return end + 1;
}

std::size_t scan_string(const char* s, std::size_t p, std::size_t limit) {
    const std::size_t start = p++;
    int depth = 1;
    while (p < limit) {
        char c = s[p++];
        if (c == '\\') {
            if (p >= limit) break;
            ++p;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return p;
        }
    }
    fail("an unterminated string", start);
}

// White space and comments from p: the first byte of a token, or limit.
std::size_t skip_space(const char* s, std::size_t p, std::size_t limit) {
    while (p < limit) {
        if (is_space(s[p])) {
            ++p;
        } else if (s[p] == '%') {
            while (p < limit && !is_eol(s[p])) ++p;
        } else {
            break;
        }
    }
    return p;
}

// The end of the number or keyword at p; `number` is its value when it is a plain
// unsigned integer (valued on the way, not parsed again).
std::size_t scan_word(const char* s, std::size_t p, std::size_t limit, long long& number) {
    std::uint64_t v = 0;
    bool digits = true;
    std::size_t q = p;
    do {
        unsigned d = static_cast<unsigned char>(s[q]) - unsigned{'0'};
        digits &= d < 10;
        v = v * 10 + d;
        ++q;
    } while (q < limit && char_class(s[q]) == kRegular);
    if (digits && q - p <= 15) number = static_cast<long long>(v);
    return q;
}

} // namespace

void fail(const std::string& what, std::size_t at) {
    throw PdfError(what + " (byte " + std::to_string(at) + ")");
}

long long parse_uint(std::string_view s) {
    if (s.empty() || s.size() > 15) return -1;
    long long v = 0;
    for (char c : s) {
        if (!is_digit(c)) return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Loops run on locals: through a member, every byte read through a char pointer would
// force pos_ back to memory.
Token Lexer::next() {
    const char* s = s_.data();
    const std::size_t limit = limit_;
    std::size_t p = skip_space(s, pos_, limit);
    Token t;
    t.begin = p;
    if (p >= limit) {
        t.end = pos_ = p;
        return t;
    }
    const char c = s[p];
    if (char_class(c) == kRegular) {
        p = scan_word(s, p, limit, t.number);
        t.kind = Token::Word;
    } else if (c == '/') {
        ++p;
        while (p < limit && char_class(s[p]) == kRegular) ++p;
        t.kind = Token::Name;
    } else if (c == '<' || c == '>') {
        const bool twice = p + 1 < limit && s[p + 1] == c;
        if (twice) {
            p += 2;
            t.kind = c == '<' ? Token::DictOpen : Token::DictClose;
        } else if (c == '<') {
            p = scan_hex(s, p, limit);
            t.kind = Token::HexString;
        } else {
            fail("a '>' outside a hex string", p);
        }
    } else if (c == '[' || c == ']') {
        ++p;
        t.kind = c == '[' ? Token::ArrayOpen : Token::ArrayClose;
    } else if (c == '(') {
        p = scan_string(s, p, limit);
        t.kind = Token::String;
    } else {
        fail(std::string("an unexpected '") + c + "'", p);  // ')', '{', '}'
    }
    t.end = pos_ = p;
    return t;
}

void Sink::grow(std::size_t n) {
    std::size_t capacity = std::max(2 * capacity_, size_ + n + 4096);
    std::unique_ptr<char[]> bigger(new char[capacity]);
    if (size_) std::memcpy(bigger.get(), buf_.get(), size_);
    buf_ = std::move(bigger);
    capacity_ = capacity;
}

// The value starting with `t`, nested in `depth` arrays or dictionaries. A reference
// is returned, and added to `refs` only when `collect`.
Value ValueCopier::value(const Token& t, int depth, bool collect) {
    if (depth > kMaxDepth) fail("objects nested too deeply", t.begin);
    Value v;
    switch (t.kind) {
    case Token::Word: return word(t, collect);
    case Token::DictOpen:
        emit(t);
        for (;;) {
            Token key = lexer_.next();
            if (key.kind == Token::DictClose) {
                emit(key);
                return v;
            }
            if (key.kind != Token::Name) fail("a dictionary key that is not a name", key.begin);
            emit(key);
            value(lexer_.next(), depth + 1, true);
        }
    case Token::ArrayOpen:
        if (integer_array(t)) return v;
        emit(t);
        for (;;) {
            Token item = lexer_.next();
            if (item.kind == Token::ArrayClose) {
                emit(item);
                return v;
            }
            value(item, depth + 1, true);
        }
    case Token::Name:
    case Token::String: emit(t); return v;
    case Token::HexString: emit_hex_as_literal(t); return v;
    case Token::End: fail("an unterminated object", t.begin);
    default: fail("an unexpected token", t.begin);
    }
}

// A hex string as the literal string of the same bytes (libharu writes every binary
// string in hex, two digits a byte; a UTF-16 title is mostly binary).
void ValueCopier::emit_hex_as_literal(const Token& t) {
    const char* s = lexer_.data();
    std::string lit = "(";
    int high = -1;
    for (std::size_t q = t.begin + 1; q + 1 < t.end; ++q) {
        const char c = s[q];
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) continue;   // white space (scan_hex accepted nothing else)
        if (high < 0) {
            high = d;
        } else {
            append_literal_byte(lit, static_cast<unsigned char>(high * 16 + d));
            high = -1;
        }
    }
    if (high >= 0) append_literal_byte(lit, static_cast<unsigned char>(high * 16));   // odd: a final 0 is implied
    lit += ')';
    separate('(');
    out_.append(lit.data(), lit.size());
}

// The top-level dictionary whose "<<" is `open`: its entries' values are recorded in
// `entries`, and references that are such values are left for the caller to count.
void ValueCopier::dictionary(const Token& open, std::vector<Entry>& entries) {
    emit(open);
    for (;;) {
        Token key = lexer_.next();
        if (key.kind == Token::DictClose) {
            emit(key);
            return;
        }
        if (key.kind != Token::Name) fail("a dictionary key that is not a name", key.begin);
        emit(key);
        Token t = lexer_.next();
        if (t.kind == Token::End) fail("an unterminated dictionary", t.begin);
        separate(lexer_.at(t.begin));
        Entry e;
        e.key = lexer_.text(key);
        e.value_begin = out_.size();
        e.value = value(t, 1, false);
        e.value_end = out_.size();
        entries.push_back(e);
    }
}

// Fast path for an array of unsigned integers and nested arrays of them (a font's
// /W, most of the tokens of a sheet): one pass over the bytes instead of a token at a
// time. Anything else inside (a real number, a reference, a comment, a string) and
// nothing is kept: the general path copies the array instead.
bool ValueCopier::integer_array(const Token& open) {
    const char* s = lexer_.data();
    const std::size_t limit = lexer_.limit(), mark = out_.size();
    emit(open);
    // The copy is never longer than the bytes it comes from.
    char* o = out_.reserve(limit - open.end);
    int depth = 1;
    bool space = false, digit = false;
    for (std::size_t p = open.end; p < limit; ++p) {
        const char c = s[p];
        if (is_digit(c)) {
            if (space && digit) *o++ = ' ';
            *o++ = c;
            digit = true;
            space = false;
        } else if (is_space(c)) {
            space = true;
        } else if (c == '[' && depth < kMaxDepth) {
            *o++ = c;
            ++depth;
            digit = space = false;
        } else if (c == ']') {
            *o++ = c;
            digit = space = false;
            if (--depth == 0) {
                out_.commit(o);
                lexer_.seek(p + 1);
                return true;
            }
        } else {
            break;
        }
    }
    out_.truncate(mark);
    return false;
}

Value ValueCopier::word(const Token& t, bool collect) {
    Value v;
    if (t.number >= 0) {
        // "N G R" is one reference. Looked for in the raw bytes: /W arrays are long
        // runs of numbers, and lexing two tokens ahead of each would cost more than the
        // rest of the parse.
        std::size_t g_begin, g_end, r;
        if (reference_follows(t.end, g_begin, g_end, r)) {
            emit(t.begin, t.end);
            emit(g_begin, g_end);
            emit(r, r + 1);
            lexer_.seek(r + 1);
            v.kind = Value::Ref;
            v.number = static_cast<std::uint64_t>(t.number);
            v.generation = static_cast<std::uint64_t>(parse_uint(lexer_.text(g_begin, g_end)));
            if (collect) refs_.push_back(v.number);
            return v;
        }
        emit(t);
        v.kind = Value::Int;
        v.number = static_cast<std::uint64_t>(t.number);
        return v;
    }
    std::string_view text = lexer_.text(t);
    if (!is_number(text) && text != "true" && text != "false" && text != "null")
        fail("an unexpected keyword '" + std::string(text.substr(0, 20)) + "' inside an object", t.begin);
    emit(t);
    return v;
}

// Whether white space, a generation number (digits), white space and "R" follow
// `p`; a comment in between is not recognised, and then "R" fails as a keyword.
bool ValueCopier::reference_follows(std::size_t p, std::size_t& g_begin, std::size_t& g_end, std::size_t& r) const {
    const std::size_t limit = lexer_.limit();
    const char* s = lexer_.data();
    while (p < limit && is_space(s[p])) ++p;
    if (p >= limit || !is_digit(s[p])) return false;
    g_begin = p;
    while (p < limit && is_digit(s[p])) ++p;
    g_end = p;
    if (g_end - g_begin > 15 || (p < limit && char_class(s[p]) == kRegular)) return false;
    while (p < limit && is_space(s[p])) ++p;
    if (p >= limit || s[p] != 'R' || (p + 1 < limit && char_class(s[p + 1]) == kRegular)) return false;
    r = p;
    return true;
}

} // namespace compforms::pdf::detail::syntax
