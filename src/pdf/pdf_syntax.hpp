// PDF object syntax for the object stream packer (ISO 32000-1, 7.2–7.3): a strict
// tokenizer over a file's bytes, and a copier that re-writes a value with only the white
// space its tokens need, noting the references in it. Strings and names are copied
// exactly as they are; a hex string becomes the literal string of the same bytes.
// Internal to the pdf module.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace compforms::pdf::detail::syntax {

// Character classes (7.2.2): a token of regular characters runs until white space or a
// delimiter.
enum CharClass : unsigned char { kRegular, kSpace, kDelimiter };

constexpr std::array<unsigned char, 256> make_classes() {
    std::array<unsigned char, 256> c{};
    for (char w : {'\0', '\t', '\n', '\f', '\r', ' '}) c[static_cast<unsigned char>(w)] = kSpace;
    for (char d : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'}) c[static_cast<unsigned char>(d)] = kDelimiter;
    return c;
}
inline constexpr std::array<unsigned char, 256> kClass = make_classes();

inline unsigned char char_class(char c) { return kClass[static_cast<unsigned char>(c)]; }
inline bool is_space(char c) { return char_class(c) == kSpace; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_eol(char c) { return c == '\n' || c == '\r'; }

// Whether two tokens written side by side would read back differently: two runs of
// regular characters merge (a name counts as one even when empty, "/"), and '<' / '>'
// neighbours are kept apart although PDF lexers would split them correctly anyway.
inline bool needs_space(char before, char after) {
    bool angle_before = before == '<' || before == '>', angle_after = after == '<' || after == '>';
    if (angle_before && angle_after) return true;
    return (char_class(before) == kRegular || before == '/') && char_class(after) == kRegular;
}

// Throws PdfError: "<what> (byte <at>)".
[[noreturn]] void fail(const std::string& what, std::size_t at);

// A plain unsigned decimal (digits only, at most 15 of them), or -1.
long long parse_uint(std::string_view s);

// The deepest nesting of arrays and dictionaries accepted (the copier recurses).
constexpr int kMaxDepth = 100;

struct Token {
    enum Kind : unsigned char { End, DictOpen, DictClose, ArrayOpen, ArrayClose, Name, String, HexString, Word };
    Kind kind = End;
    std::size_t begin = 0, end = 0;
    long long number = -1;  // a Word that is a plain unsigned integer: its value
};

// Splits [pos, limit) of the file into tokens; comments count as white space. Strings are
// scanned by their own rules (balanced parentheses, backslash escapes), so any bytes
// inside them — "endobj", ">>", binary — are just string content. Malformed tokens
// (an unterminated string, a bad hex digit, a stray ')' '{' '}' '>') fail.
class Lexer {
public:
    Lexer(std::string_view s, std::size_t pos, std::size_t limit) : s_(s), pos_(pos), limit_(limit) {}
    std::size_t limit() const { return limit_; }
    void seek(std::size_t pos) { pos_ = pos; }
    std::string_view text(std::size_t begin, std::size_t end) const { return s_.substr(begin, end - begin); }
    std::string_view text(const Token& t) const { return text(t.begin, t.end); }
    const char* data() const { return s_.data(); }
    std::size_t size() const { return s_.size(); }
    char at(std::size_t i) const { return s_[i]; }

    // The next token; an End token at the limit.
    Token next();

private:
    std::string_view s_;
    std::size_t pos_, limit_;
};

// An append-only byte buffer whose appends are inlined (std::string::append is an
// out-of-line call, and the copier appends once per token) and whose growth leaves new
// bytes uninitialised.
class Sink {
public:
    std::size_t size() const { return size_; }
    char back() const { return buf_[size_ - 1]; }
    std::string_view view(std::size_t begin, std::size_t end) const {
        return std::string_view(buf_.get() + begin, end - begin);
    }
    void append(const char* p, std::size_t n) {
        std::memcpy(reserve(n), p, n);
        size_ += n;
    }
    void push(char c) {
        *reserve(1) = c;
        ++size_;
    }
    // append(), with tokens of up to 16 bytes copied as a fixed 16 (one move instead of
    // a call) when `readable` bytes from p allow it.
    void append_short(const char* p, std::size_t n, std::size_t readable) {
        if (n <= 16 && readable >= 16) {
            std::memcpy(reserve(16), p, 16);
            size_ += n;
        } else {
            append(p, n);
        }
    }
    // Room for n more bytes: write them from the pointer returned, then commit().
    char* reserve(std::size_t n) {
        if (n > capacity_ - size_) grow(n);
        return buf_.get() + size_;
    }
    void commit(const char* end) { size_ = static_cast<std::size_t>(end - buf_.get()); }
    void truncate(std::size_t size) { size_ = size; }

private:
    void grow(std::size_t n);
    std::unique_ptr<char[]> buf_;
    std::size_t size_ = 0, capacity_ = 0;
};

struct Value {
    enum Kind : unsigned char { Int, Ref, Other };
    Kind kind = Other;
    std::uint64_t number = 0;      // the integer, or the object referred to
    std::uint64_t generation = 0;  // of a reference
};

// A key of a top-level dictionary and where its value went in the copy.
struct Entry {
    std::string_view key;
    std::size_t value_begin = 0, value_end = 0;
    Value value;
};

// Copies a PDF value token by token into `out` with a space only where two tokens would
// otherwise merge, and collects the objects referred to in `refs`. The first token
// copied gets no space before it.
class ValueCopier {
public:
    ValueCopier(Lexer& lexer, Sink& out, std::vector<std::uint64_t>& refs)
        : lexer_(lexer), out_(out), refs_(refs), start_(out.size()) {}

    // The value starting with `t`, nested in `depth` arrays or dictionaries. A reference
    // is returned, and added to `refs` only when `collect`.
    Value value(const Token& t, int depth, bool collect);

    // The top-level dictionary whose "<<" is `open`: its entries' values are recorded in
    // `entries`, and references that are such values are left for the caller to count.
    void dictionary(const Token& open, std::vector<Entry>& entries);

private:
    bool integer_array(const Token& open);
    Value word(const Token& t, bool collect);
    bool reference_follows(std::size_t p, std::size_t& g_begin, std::size_t& g_end, std::size_t& r) const;
    void separate(char next) {
        if (out_.size() > start_ && needs_space(out_.back(), next)) out_.push(' ');
    }
    void emit(std::size_t begin, std::size_t end) {
        const char* s = lexer_.data();
        separate(s[begin]);
        out_.append_short(s + begin, end - begin, lexer_.size() - begin);
    }
    void emit(const Token& t) { emit(t.begin, t.end); }
    void emit_hex_as_literal(const Token& t);

    Lexer& lexer_;
    Sink& out_;
    std::vector<std::uint64_t>& refs_;
    std::size_t start_;
};

} // namespace compforms::pdf::detail::syntax
