#include "source/thai_text_check.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "base/thai_words.hpp"
#include "base/utf8.hpp"

namespace compforms::source {
namespace {

bool is_consonant(char32_t cp) { return cp >= 0x0E01 && cp <= 0x0E2E; }
bool is_leading_vowel(char32_t cp) { return cp >= 0x0E40 && cp <= 0x0E44; }
bool is_tone_mark(char32_t cp) { return cp >= 0x0E48 && cp <= 0x0E4B; }
bool is_combining_mark(char32_t cp) {
    return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

bool ends_word(char32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return true;
    if (cp < 0x80) return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
                          (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
    return cp == 0x0E2F || cp == 0x0E46 || cp == 0x0E4F || cp == 0x0E5A || cp == 0x0E5B ||
           (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00A0;
}

struct CodePoint {
    char32_t cp;
    std::size_t index;  // byte index in the text
};

std::vector<CodePoint> code_points(const std::string& bytes) {
    std::vector<CodePoint> out;
    out.reserve(bytes.size() / 2);
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t at = i;
        out.push_back({utf8::decode(bytes, i, utf8::OnInvalid::flag), at});
    }
    return out;
}

void check_marks(const SourceText& text, const std::vector<CodePoint>& cps, Findings& findings) {
    bool has_base = false;
    int tones = 0;
    for (std::size_t k = 0; k < cps.size(); ++k) {
        char32_t cp = cps[k].cp;
        std::size_t at = text.offset_of(cps[k].index);
        if (is_consonant(cp)) {
            has_base = true;
            tones = 0;
        } else if (is_combining_mark(cp)) {
            if (!has_base)
                findings.error_at(at, "Thai mark " + utf8::code_point_name(cp) + " without a base consonant before it");
            if (is_tone_mark(cp) && ++tones > 1)
                findings.error_at(at, "second tone mark " + utf8::code_point_name(cp) + " on one consonant");
        } else {
            has_base = false;
            tones = 0;
        }
        if (is_leading_vowel(cp) && (k + 1 == cps.size() || ends_word(cps[k + 1].cp)))
            findings.error_at(at, "leading vowel " + utf8::code_point_name(cp) + " at the end of a word");
    }
}

std::string slice(const std::string& bytes, const std::vector<CodePoint>& cps, std::size_t from, std::size_t to) {
    std::size_t end = to < cps.size() ? cps[to].index : bytes.size();
    return bytes.substr(cps[from].index, end - cps[from].index);
}

bool same_word(const std::vector<CodePoint>& cps, std::size_t a, std::size_t b, std::size_t length) {
    for (std::size_t k = 0; k < length; ++k)
        if (cps[a + k].cp != cps[b + k].cp) return false;
    return true;
}

// "มุ่งเน้นการการบ่มเพาะ": a word the dictionary knows, written twice in a row, as the line
// breaker segments the text (thai::word_breaks), a compound being one word. A word next to a
// longer one that begins or ends like it is no doubling (ของ|ของเหลว, ผู้ประเมิน|ประเมิน).
// Linear in the text.
void check_doubled(const SourceText& text, const std::vector<CodePoint>& cps, Findings& findings) {
    const std::size_t n = cps.size();
    for (std::size_t i = 0; i < n;) {
        if (!thai::is_word_letter(cps[i].cp)) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < n && thai::is_word_letter(cps[end].cp)) ++end;
        std::u32string run;
        for (std::size_t k = i; k < end; ++k) run.push_back(cps[k].cp);
        std::vector<std::size_t> bounds = {i};
        for (const thai::WordBreak& b : thai::word_breaks(run))
            if (!b.inside_compound) bounds.push_back(i + b.at);
        bounds.push_back(end);
        for (std::size_t w = 0; w + 2 < bounds.size(); ++w) {
            const std::size_t a = bounds[w], b = bounds[w + 1], c = bounds[w + 2];
            if (b - a < 2 || c - b != b - a || !same_word(cps, a, b, b - a)) continue;
            findings.warning_at(text.offset_of(cps[b].index),
                                "doubled '" + slice(text.bytes(), cps, a, c) + "': '" + slice(text.bytes(), cps, a, b) +
                                    "' is repeated",
                                "doubled-word");
        }
        i = end;
    }
}

void check_nfc(const SourceText& text, const std::vector<CodePoint>& cps, Findings& findings) {
    bool ascii = true;
    for (char c : text.bytes()) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return;
    icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(text.bytes());
    if (nfc->isNormalized(utf16, status) || U_FAILURE(status)) return;
    int32_t span = nfc->spanQuickCheckYes(utf16, status);
    if (U_FAILURE(status)) return;
    // Count the code points of the NFC prefix to find the byte of the first one not in it.
    std::size_t k = static_cast<std::size_t>(utf16.countChar32(0, span));
    std::size_t index = k < cps.size() ? cps[k].index : 0;
    findings.warning_at(text.offset_of(index), "text is not in Unicode normalization form C (NFC)", "not-nfc");
}

} // namespace

void check_thai_text(const SourceText& text, Findings& findings) {
    if (text.empty()) return;
    std::vector<CodePoint> cps = code_points(text.bytes());
    check_marks(text, cps, findings);
    check_doubled(text, cps, findings);
    check_nfc(text, cps, findings);
}

} // namespace compforms::source
