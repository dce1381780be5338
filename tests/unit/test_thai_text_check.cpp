#include <doctest/doctest.h>

#include "source/source_text.hpp"
#include "source/thai_text_check.hpp"

using namespace compforms;
using namespace compforms::source;

namespace {

// The findings for `text` placed at offset 100 of some file, as "OFFSET severity message".
std::vector<std::string> check(const std::string& text) {
    Findings findings;
    SourceText source;
    source.append_raw(text, 100, findings);
    check_thai_text(source, findings);
    std::vector<std::string> out;
    for (const Finding& f : findings.all())
        out.push_back(std::to_string(f.offset) + (f.severity == Severity::error ? " error " : " warning ") + f.message);
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("Correct Thai passes") {
    CHECK(check("ข้าราชการ เพื่อให้บริการ ที่สำคัญ น้ำใจ ใหม่ๆ ฯลฯ กุ้ง").empty());
    CHECK(check("จัดการการสื่อสาร ขององค์กร พยายาม นานา").empty());  // repeats inside or across words
    CHECK(check("Strategic Thinking &amp; HR").empty());
    CHECK(check("").empty());
}

TEST_CASE("A Thai mark without its consonant is an error at the mark") {
    CHECK(check("\u0e48ก") == Lines{"100 error Thai mark U+0E48 without a base consonant before it"});
    CHECK(check("a\u0e34") == Lines{"101 error Thai mark U+0E34 without a base consonant before it"});
    CHECK(check("ก \u0e31") == Lines{"104 error Thai mark U+0E31 without a base consonant before it"});
    CHECK(check("ทำ\u0e49") == Lines{"106 error Thai mark U+0E49 without a base consonant before it"});
}

TEST_CASE("Two tone marks on one consonant are an error at the second") {
    CHECK(check("ก\u0e48\u0e49") == Lines{"106 error second tone mark U+0E49 on one consonant"});
    CHECK(check("ที\u0e48\u0e48") == Lines{"109 error second tone mark U+0E48 on one consonant"});
    CHECK(check("ก\u0e48ข\u0e49").empty());
}

TEST_CASE("A leading vowel that ends a word is an error") {
    CHECK(check("เ") == Lines{"100 error leading vowel U+0E40 at the end of a word"});
    CHECK(check("กแ ข") == Lines{"103 error leading vowel U+0E41 at the end of a word"});
    CHECK(check("ไ,") == Lines{"100 error leading vowel U+0E44 at the end of a word"});
    CHECK(check("เก แก โก ใจ ไป").empty());
}

TEST_CASE("A word written twice in a row is a warning at the repeat") {
    CHECK(check("มุ่งเน้นการการบ่มเพาะ") ==
          Lines{"133 warning doubled 'การการ': 'การ' is repeated"});
    // Words as the line breaker segments them, a compound the dictionary knows being one
    // word: a word next to a longer one that begins or ends like it is correct Thai, not a
    // doubling (libthai alone reads ผู้|ประเมิน|ประเมิน), and a compound written twice is one.
    CHECK(check("ของของเหลว").empty());
    CHECK(check("การจัดการการสื่อสาร").empty());
    CHECK(check("ผู้ประเมินประเมินความรู้").empty());
    CHECK(check("ผู้ประเมินประเมินผู้ประเมิน").empty());
    CHECK(check("สายงานสายงาน") == Lines{"118 warning doubled 'สายงานสายงาน': 'สายงาน' is repeated"});
}

TEST_CASE("The doubled-word check is linear: a 10,000-letter Thai title is checked at once") {
    std::string title;
    while (title.size() < 30000) title += "การพัฒนาบุคลากรดิจิทัล";
    CHECK(check(title).empty());
    std::string doubled = title + "การการ";
    CHECK(check(doubled).size() == 1);
}

TEST_CASE("Text not in NFC is a warning where it starts") {
    // Tone mark before the lower vowel: NFC orders U+0E38 (ccc 103) before U+0E48 (ccc 107).
    CHECK(check("ทุ่ง ท\u0e48\u0e38ง") == Lines{"116 warning text is not in Unicode normalization form C (NFC)"});
    CHECK(check("e\u0301") == Lines{"100 warning text is not in Unicode normalization form C (NFC)"});
    CHECK(check("\u00e9").empty());
}

TEST_CASE("Entities are decoded and positions still point into the source") {
    // "&#x0E01;" is ก: the mark after it has its base; the second mark is at its own byte.
    CHECK(check("&#x0E01;\u0e48\u0e48") == Lines{"111 error second tone mark U+0E48 on one consonant"});
    CHECK(check("a &bogus; b") == Lines{"102 error unknown entity '&bogus;'"});
    CHECK(check("a & b") == Lines{"102 error '&' not followed by an entity name and ';' (write '&amp;')"});
    CHECK(check("&#1;") == Lines{"100 error character reference '&#1;' is not an allowed character"});
}

TEST_CASE("collapse_whitespace joins runs of space, tab, CR and LF and trims") {
    CHECK(collapse_whitespace("  ก \t\r\n ข\n") == "ก ข");
    CHECK(collapse_whitespace("\n\n") == "");
    CHECK(collapse_whitespace("a\u00a0b") == "a\u00a0b");  // no-break space is text
}
