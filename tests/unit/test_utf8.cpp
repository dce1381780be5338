// The one UTF-8 codec: strict decoding, both ways of treating what is not UTF-8.
#include <doctest/doctest.h>

#include "base/utf8.hpp"

using namespace compforms;

namespace {
// Decodes every code point of `s` with `mode`, for comparing with an expected list.
std::u32string decode_each(std::string_view s, utf8::OnInvalid mode) {
    std::u32string out;
    for (std::size_t pos = 0; pos < s.size();) out.push_back(utf8::decode(s, pos, mode));
    return out;
}
} // namespace

TEST_CASE("utf8: Thai, Latin and astral code points decode and encode back") {
    const std::string text = "ก้ำ A \xF0\x9F\x98\x80";
    const std::u32string cps = decode_each(text, utf8::OnInvalid::flag);
    CHECK(cps == std::u32string{0x0E01, 0x0E49, 0x0E33, U' ', U'A', U' ', 0x1F600});
    std::string back;
    for (char32_t cp : cps) utf8::append(back, cp);
    CHECK(back == text);
    CHECK_FALSE(utf8::first_invalid(text).has_value());
}

TEST_CASE("utf8: overlong forms, surrogates, values past U+10FFFF and truncation are invalid") {
    for (const char* bad : {"\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                            "\xE0\xB8", "\x80", "\xFF"}) {
        CAPTURE(bad);
        const std::string s = std::string("ok") + bad;
        REQUIRE(utf8::first_invalid(s).has_value());
        CHECK(*utf8::first_invalid(s) == 2);
        std::size_t pos = 2;
        CHECK(utf8::decode(s, pos, utf8::OnInvalid::flag) == utf8::kInvalid);
        CHECK(pos == 3);   // one byte consumed: a caller always moves on
        pos = 2;
        CHECK(utf8::decode(s, pos) == utf8::kReplacement);
    }
}

TEST_CASE("utf8: decode_all gives offsets with the end appended") {
    const utf8::CodePoints d = utf8::decode_all("กa\xFF");
    CHECK(d.values == std::vector<char32_t>{0x0E01, U'a', utf8::kReplacement});
    CHECK(d.offsets == std::vector<std::size_t>{0, 3, 4, 5});
}

TEST_CASE("utf8: truncate and column_of respect character boundaries") {
    CHECK(utf8::truncate("กขค", 7) == "กข");
    CHECK(utf8::truncate("กขค", 2).empty());
    CHECK(utf8::truncate("abc", 5) == "abc");
    CHECK(utf8::column_of("กขa", 6) == 3);
    CHECK(utf8::code_point_name(0x0E01) == "U+0E01");
    CHECK(utf8::code_point_name(0x1F600) == "U+1F600");
    CHECK(utf8::encode(0xD800) == "\xEF\xBF\xBD");   // a surrogate is not a character
}
