#include "pdf/compact_values.hpp"

namespace compforms::pdf::detail {

using syntax::Lexer;
using syntax::Token;

DictionaryText::DictionaryText(std::string_view text) {
    Lexer lexer(text, 0, text.size());
    const Token open = lexer.next();
    if (open.kind != Token::DictOpen) syntax::fail("a dictionary was expected", open.begin);
    std::vector<std::uint64_t> refs;
    syntax::ValueCopier(lexer, copy_, refs).dictionary(open, entries_);
}

const syntax::Entry* DictionaryText::find(std::string_view key) const {
    for (const syntax::Entry& e : entries_)
        if (e.key == key) return &e;
    return nullptr;
}

std::uint64_t DictionaryText::ref(std::string_view key) const {
    const syntax::Entry* e = find(key);
    return e && e->value.kind == syntax::Value::Ref ? e->value.number : 0;
}

long long DictionaryText::integer(std::string_view key, long long missing) const {
    const syntax::Entry* e = find(key);
    return e && e->value.kind == syntax::Value::Int ? static_cast<long long>(e->value.number) : missing;
}

bool read_reference(Lexer& lexer, const Token& t, std::size_t& end) {
    if (t.kind != Token::Word || t.number < 0) return false;
    Lexer ahead = lexer;
    const Token generation = ahead.next(), r = ahead.next();
    if (generation.kind != Token::Word || generation.number < 0 || r.kind != Token::Word || ahead.text(r) != "R")
        return false;
    lexer = ahead;
    end = r.end;
    return true;
}

std::vector<std::string_view> array_items(std::string_view text) {
    Lexer lexer(text, 0, text.size());
    const Token open = lexer.next();
    if (open.kind != Token::ArrayOpen) syntax::fail("an array was expected", open.begin);
    std::vector<std::string_view> items;
    for (;;) {
        const Token t = lexer.next();
        if (t.kind == Token::ArrayClose) return items;
        if (t.kind == Token::End) syntax::fail("an unterminated array", t.begin);
        std::size_t end = t.end;
        if (t.kind == Token::ArrayOpen || t.kind == Token::DictOpen) {
            for (int depth = 1; depth > 0;) {
                const Token inner = lexer.next();
                if (inner.kind == Token::End) syntax::fail("an unterminated array", t.begin);
                if (inner.kind == Token::ArrayOpen || inner.kind == Token::DictOpen) ++depth;
                if (inner.kind == Token::ArrayClose || inner.kind == Token::DictClose) --depth;
                end = inner.end;
            }
        } else {
            read_reference(lexer, t, end);
        }
        items.push_back(text.substr(t.begin, end - t.begin));
    }
}

} // namespace compforms::pdf::detail
