#include "source/text_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <stdexcept>

#include "base/utf8.hpp"

namespace compforms::source {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    Converter conv(ucnv_open(name, &status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU has no converter for ") + name);
    // Substitute (not stop) so one bad byte costs one row, not the whole file.
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
    return conv;
}

} // namespace

std::optional<TextEncoding> parse_encoding_name(std::string_view name) {
    std::string n = lowercase(name);
    if (n == "utf-8" || n == "utf8") return TextEncoding::utf8;
    if (n == "windows-874" || n == "cp874" || n == "tis-620" || n == "tis620") return TextEncoding::windows874;
    return std::nullopt;
}

const char* encoding_name(TextEncoding encoding) {
    return encoding == TextEncoding::utf8 ? "UTF-8" : "windows-874";
}

TextEncoding detect_encoding(std::string_view bytes) {
    if (!utf8::first_invalid(bytes)) return TextEncoding::utf8;
    // A UTF-8 file damaged in a few places still has mostly well-formed sequences, while
    // Windows-874 Thai is almost never well-formed UTF-8: weigh one against the other.
    std::size_t valid_sequences = 0, invalid_bytes = 0;
    for (std::string_view rest = bytes; !rest.empty();) {
        std::optional<std::size_t> bad = utf8::first_invalid(rest);
        std::string_view good = rest.substr(0, bad.value_or(rest.size()));
        for (char c : good)
            if ((static_cast<unsigned char>(c) & 0xC0) == 0xC0) ++valid_sequences;
        if (!bad) break;
        ++invalid_bytes;
        rest.remove_prefix(*bad + 1);
    }
    std::size_t thai = 0, high = 0;
    for (char ch : bytes) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c < 0x80) continue;
        ++high;
        if (c >= 0xA1 && c <= 0xFB) ++thai;
    }
    bool thai_dominant = thai * 10 >= high * 9;
    return thai_dominant && invalid_bytes > valid_sequences ? TextEncoding::windows874 : TextEncoding::utf8;
}

bool has_utf16_bom(std::string_view bytes) {
    return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                 (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

Utf8Text decode_to_utf8(std::string_view bytes, TextEncoding encoding) {
    Utf8Text out;
    if (encoding == TextEncoding::utf8 && bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        bytes.remove_prefix(kUtf8Bom.size());
    Converter conv = open_converter(encoding == TextEncoding::utf8 ? "UTF-8" : "windows-874-2000");
    out.utf8.reserve(bytes.size() + bytes.size() / 2);
    const char* src = bytes.data();
    const char* const src_end = bytes.data() + bytes.size();
    // Convert in chunks; `offsets` maps each UTF-16 unit back to its source byte so a
    // U+FFFD can be told apart from a genuine one written in the UTF-8 file.
    UChar buffer[4096];
    int32_t offsets[4096];
    std::size_t consumed = 0;  // bytes before `src` at the start of this chunk
    char16_t pending_high = 0;
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        UChar* dst = buffer;
        const char* chunk_start = src;
        ucnv_toUnicode(conv.get(), &dst, buffer + 4096, &src, src_end, offsets, /*flush=*/true, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
            throw std::runtime_error(std::string("decoding failed: ") + u_errorName(status));
        for (UChar* p = buffer; p < dst; ++p) {
            char16_t u = *p;
            if (pending_high) {
                char32_t cp = 0x10000 + ((pending_high - 0xD800) << 10) + (u - 0xDC00);
                utf8::append(out.utf8, cp);
                pending_high = 0;
                continue;
            }
            if (u >= 0xD800 && u <= 0xDBFF) { pending_high = u; continue; }
            // windows-874-2000 maps the code page's unassigned bytes (0xDB-0xDE, 0xFC-0xFF)
            // into the Private Use Area; no Thai text contains those, so they are bad bytes.
            if (encoding == TextEncoding::windows874 && u >= 0xE000 && u <= 0xF8FF) u = 0xFFFD;
            if (u == 0xFFFD) {
                std::size_t at = consumed + static_cast<std::size_t>(offsets[p - buffer] < 0 ? 0 : offsets[p - buffer]);
                bool genuine = encoding == TextEncoding::utf8 && bytes.substr(at, 3) == kReplacement;
                if (!genuine) out.bad_offsets.push_back(out.utf8.size());
            }
            utf8::append(out.utf8, u);
        }
        consumed += static_cast<std::size_t>(src - chunk_start);
        if (status != U_BUFFER_OVERFLOW_ERROR) break;
    }
    return out;
}

} // namespace compforms::source
