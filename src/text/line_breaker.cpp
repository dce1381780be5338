#include "text/line_breaker.hpp"

#include <stdexcept>

#include <hb.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "base/thai_words.hpp"
#include "base/utf8.hpp"

namespace compforms::text {

namespace {

constexpr char32_t paiyannoi = 0x0E2F;   // ฯ abbreviation mark
constexpr char32_t maiyamok = 0x0E46;    // ๆ repetition mark


bool is_latin_letter(char32_t cp) {
    return hb_unicode_script(hb_unicode_funcs_get_default(), cp) == HB_SCRIPT_LATIN;
}

// Runs an ICU break iterator over UTF-8 text; UText indices are byte offsets.
template <typename Visit>
void each_boundary(icu::BreakIterator& it, std::string_view text, Visit visit) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot read the text");
    it.setText(ut, status);
    if (U_SUCCESS(status))
        for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) visit(b, it);
    utext_close(ut);
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot iterate over the text");
}

} // namespace

bool is_break_space(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v' ||
           cp == 0x200B || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
}

struct LineBreaker::Impl {
    std::unique_ptr<icu::BreakIterator> line;
    std::unique_ptr<icu::BreakIterator> character;
};

LineBreaker::LineBreaker() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->line.reset(icu::BreakIterator::createLineInstance(icu::Locale("th"), status));
    if (U_FAILURE(status) || !impl_->line) throw std::runtime_error("ICU line break iterator unavailable");
    impl_->character.reset(icu::BreakIterator::createCharacterInstance(icu::Locale("th"), status));
    if (U_FAILURE(status) || !impl_->character)
        throw std::runtime_error("ICU character break iterator unavailable");
}

LineBreaker::~LineBreaker() = default;

std::vector<BreakOpportunity> LineBreaker::opportunities(std::string_view text) {
    const utf8::CodePoints d = utf8::decode_all(text);
    const std::size_t n = d.values.size();
    std::vector<BreakOpportunity> out;
    if (n < 2) return out;
    // Per code point index i: may a line start at code point i?
    std::vector<int> cp_at_byte(text.size() + 1, -1);
    for (std::size_t i = 0; i <= n; ++i) cp_at_byte[d.offsets[i]] = static_cast<int>(i);

    std::vector<uint8_t> icu_break(n + 1, 0), hard(n + 1, 0), grapheme(n + 1, 0), dict(n + 1, 0);
    each_boundary(*impl_->line, text, [&](int32_t b, icu::BreakIterator& it) {
        const int i = cp_at_byte[static_cast<std::size_t>(b)];
        if (i < 0) return;
        icu_break[i] = 1;
        const int32_t status = it.getRuleStatus();
        if (status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT) hard[i] = 1;
    });
    each_boundary(*impl_->character, text, [&](int32_t b, icu::BreakIterator&) {
        const int i = cp_at_byte[static_cast<std::size_t>(b)];
        if (i >= 0) grapheme[i] = 1;
    });

    // The dictionary's word boundaries inside each run of Thai letters; a run's edges
    // are boundaries too (ระบบ|ERP|ของ: ICU never breaks between Thai and Latin).
    enum : uint8_t { no_word_break, word_break, compound_part_break };
    for (std::size_t i = 0; i < n;) {
        if (!thai::is_word_letter(d.values[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < n && thai::is_word_letter(d.values[end])) ++end;
        dict[i] = word_break;
        dict[end] = word_break;
        for (const thai::WordBreak& b : thai::word_breaks(std::u32string_view(d.values.data() + i, end - i)))
            dict[i + b.at] = b.inside_compound ? compound_part_break : word_break;
        i = end;
    }

    for (std::size_t i = 1; i < n; ++i) {
        const char32_t before = d.values[i - 1];
        const char32_t after = d.values[i];
        bool allowed = icu_break[i];
        if (thai::is_word_letter(before) && thai::is_word_letter(after))
            allowed = dict[i] != no_word_break;   // inside a Thai word run the dictionary decides
        else if ((thai::is_word_letter(before) && is_latin_letter(after)) ||
                 (is_latin_letter(before) && thai::is_word_letter(after)))
            allowed = allowed || dict[i] != no_word_break;   // ระบบ|ERP|ของ: ICU never breaks there
        if (before == paiyannoi || after == paiyannoi || after == maiyamok) allowed = false;
        // No line ends in a hyphen, spaces aside (Post-Production, ICT-QLIP-401B, แก่- เปลี่ยน,
        // โครงการ - ตรวจสอบ): pdftotext's default mode takes a line ending in '-' for a word
        // hyphenated at the line end, joins the lines and drops the hyphen, so the text would
        // not come back as written. Such a text still breaks where nothing else fits.
        if (allowed && !hard[i]) {
            std::size_t k = i - 1;
            while (k > 0 && is_break_space(d.values[k])) --k;
            if (d.values[k] == U'-') allowed = false;
        }
        if (!grapheme[i]) allowed = false;
        if (hard[i]) allowed = true;
        if (allowed) out.push_back({d.offsets[i], hard[i] != 0, !hard[i] && dict[i] == compound_part_break});
    }
    return out;
}

std::vector<std::size_t> LineBreaker::grapheme_boundaries(std::string_view text) {
    std::vector<std::size_t> out;
    each_boundary(*impl_->character, text, [&](int32_t b, icu::BreakIterator&) {
        const auto offset = static_cast<std::size_t>(b);
        if (offset > 0 && offset < text.size()) out.push_back(offset);
    });
    return out;
}

} // namespace compforms::text
