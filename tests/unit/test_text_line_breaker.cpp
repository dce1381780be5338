// Line-break opportunities, data-driven: each case is the text with '|' where a line may
// break. The expectations come from the design note's measurements (ICU + libthai hybrid).
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "text/line_breaker.hpp"
#include "base/utf8.hpp"
#include "text_test_support.hpp"

using namespace compforms::text;

namespace {

// '|' marks a break opportunity, '·' one inside a compound the dictionary knows.
const std::string kCompoundMark = "·";

std::string unmark(const std::string& marked) {
    std::string text;
    for (std::size_t i = 0; i < marked.size(); ++i) {
        if (marked.compare(i, kCompoundMark.size(), kCompoundMark) == 0) i += kCompoundMark.size() - 1;
        else if (marked[i] != '|') text += marked[i];
    }
    return text;
}

std::string mark(const std::string& text, const std::vector<BreakOpportunity>& breaks) {
    std::string out;
    std::size_t prev = 0;
    for (const BreakOpportunity& b : breaks) {
        out += text.substr(prev, b.offset - prev) + (b.inside_compound ? kCompoundMark : "|");
        prev = b.offset;
    }
    return out + text.substr(prev);
}

LineBreaker& breaker() {
    static LineBreaker lb;
    return lb;
}

void check_marked(const std::string& marked) {
    const std::string text = unmark(marked);
    CAPTURE(marked);
    CHECK(mark(text, breaker().opportunities(text)) == marked);
}

std::vector<std::size_t> icu_graphemes(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale("th"), status));
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    it->setText(ut, status);
    std::vector<std::size_t> out;
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next()) out.push_back(static_cast<std::size_t>(b));
    utext_close(ut);
    REQUIRE(U_SUCCESS(status));
    return out;
}

} // namespace

TEST_CASE("text.breaks: DL100 criterion 2.3 breaks where the hybrid was measured to") {
    // Code point indices from thai-pdf-text.md: libthai's list (45 พล|วัตร, not ICU's 77).
    const std::vector<std::size_t> expected = {3,   7,   9,   15,  19,  22,  28,  32,  35,  38,
                                               43,  45,  50,  58,  64,  70,  73,  81,  90,  94,
                                               99,  101, 109, 117, 120, 130, 134, 138, 143, 151,
                                               154, 157, 162, 165, 168, 170, 181, 184, 188, 193};
    const std::string& text = compforms::text::testing::dl100_criteria()[7];
    const compforms::utf8::CodePoints d = compforms::utf8::decode_all(text);
    std::vector<std::size_t> got;
    for (std::size_t offset : testing::break_offsets(breaker(), text))
        for (std::size_t i = 0; i < d.offsets.size(); ++i)
            if (d.offsets[i] == offset) got.push_back(i);
    CHECK(got == expected);
    check_marked("บ่ม·เพาะ|คน|พันธุ์|ใหม่|ที่|สามารถ|ปรับ·ตัว|ได้|อย่าง|พล|วัตร |(Agile) |สามารถ|เชื่อม·โยง|"
                 "ความคิด |(Connect |the |Dot) |มี·วัฒนธรรม|ดิจิทัล |และ|สร้างสรรค์|สิ่ง·ใหม่|เพื่อ|ปรับปรุง|"
                 "งาน|ของ|หน่วย·งาน|ให้|มี·ประสิทธิภาพ|มาก·ยิ่ง·ขึ้น |(Creativity)");
}

TEST_CASE("text.breaks: Thai words from the dictionary, not ICU's mid-word splits") {
    for (const char* marked : {
             "อธิบาย|ผล·กระทบ|ของ|งาน|ด้าน|บุคคล",   // ICU alone: ผลก|ระ|ทบ
             "ผล·กระทบ",
             "เหมาะสม|กับ|เป้าหมาย",
             "ของ|องค์กร|ดิจิทัล",
             "ไม่·ย่อท้อ |(Persistent)",
         })
        check_marked(marked);
}

TEST_CASE("text.breaks: inside a compound the dictionary knows, a break is second class") {
    // libthai alone gives สาย|งาน and ตัว|ละคร, all of them first class.
    for (const char* marked : {
             "การ|แบ่ง|สาย·งาน|ให้|เหมาะสม",
             "ตัว·ละคร|สำคัญ",
             "ผู้·ประเมิน|ประเมิน|ความ·รู้ |(Knowledge)",
             "ของ|ของเหลว",
             "ระบบ|ERP|ของ|หน่วย·งาน",
         })
        check_marked(marked);
}

TEST_CASE("text.breaks: English follows the Unicode line rules") {
    for (const char* marked : {
             "Service |Quality |and |Continual |Improvement",
             // Not after a hyphen inside a word: pdftotext would join the word and drop it.
             "e-Government |Lifecycle, |IT |Governance",
             "Pre-Production |Production |และ |Post-Production",
             "(Connect |the |Dot)",
             "abc\u200B|def",   // zero width space
         })
        check_marked(marked);
}

TEST_CASE("text.breaks: codes, numbers, years and percentages stay whole") {
    for (const char* marked : {
             "DL101.01 |191372",
             "DL102.03 |191379",
             "ICT-QLIP-401B |และ |PRT-PRS-4-255ZB",
             "ปี |2562-2565 |ได้",
             "โครงการ-ตรวจสอบ|งาน",   // a hyphen between Thai words: pdftotext would drop it
             "สถานการณ์|แก่- เปลี่ยน|เบี๋ยบ",   // nor a line ending in a word's hyphen
             "โครงการ |- ตรวจสอบ|งาน",   // nor in a hyphen standing alone ("Knowledge -")
             "Knowledge |- Assessment",
             "ปี |2567/2568 |ได้",
             "ใช้ |80% |ของ",
             "หน้า |1/2",
             "พ.ร.บ.ข้อมูล·ข่าวสาร",
         })
        check_marked(marked);
}

TEST_CASE("text.breaks: Thai next to Latin without a space breaks like libthai") {
    check_marked("ระบบ|ERP|ของ");
    check_marked("บุคลากร|ภาค|รัฐ|ABC|และ");
}

TEST_CASE("text.breaks: never next to ฯ nor before ๆ") {
    for (const char* marked : {
             "ฯลฯ",                 // libthai alone: ฯ|ลฯ
             "ฯลฯ |ต่างๆ |นานา",
             "ทูล|เกล้าฯ |ถวาย",
             "กรุงเทพฯ |เป็น",
             "ของ|ต่างๆ|นานา",
             "เด็กๆ |เล่น",
         })
        check_marked(marked);
}

TEST_CASE("text.breaks: a line end character is a mandatory break") {
    const std::string text = "หนึ่ง\nสอง";
    const std::vector<BreakOpportunity> got = breaker().opportunities(text);
    REQUIRE(got.size() == 1);
    CHECK(got[0].offset == std::string("หนึ่ง\n").size());
    CHECK(got[0].mandatory);
    CHECK_FALSE(breaker().opportunities("ผลกระทบ")[0].mandatory);
}

TEST_CASE("text.breaks: no break inside a grapheme cluster, empty and one-letter texts") {
    for (const std::string& text : compforms::text::testing::dl100_criteria()) {
        const std::vector<std::size_t> graphemes = icu_graphemes(text);
        for (std::size_t b : testing::break_offsets(breaker(), text)) {
            CAPTURE(b);
            CHECK(std::binary_search(graphemes.begin(), graphemes.end(), b));
        }
        const std::vector<std::size_t> own = breaker().grapheme_boundaries(text);
        CHECK(std::vector<std::size_t>(graphemes.begin() + 1, graphemes.end() - 1) == own);
    }
    CHECK(testing::break_offsets(breaker(), "").empty());
    CHECK(testing::break_offsets(breaker(), "ก").empty());
    CHECK(testing::break_offsets(breaker(), "ที่").empty());
}
