// Thai word segmentation (base/thai_words), data-driven: each case is a run of Thai letters
// written with '|' at a word boundary and '·' at a boundary inside a compound.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "base/thai_words.hpp"
#include "base/utf8.hpp"

using namespace compforms;

namespace {

std::string segmented(const std::string& text) {
    const std::u32string run = utf8::to_u32(text);
    std::string out;
    std::size_t from = 0;
    for (const thai::WordBreak& b : thai::word_breaks(run)) {
        for (std::size_t i = from; i < b.at; ++i) utf8::append(out, run[i]);
        out += b.inside_compound ? "·" : "|";
        from = b.at;
    }
    for (std::size_t i = from; i < run.size(); ++i) utf8::append(out, run[i]);
    return out;
}

std::string unmarked(std::string marked) {
    for (const std::string mark : {"|", "·"})
        for (std::size_t at; (at = marked.find(mark)) != std::string::npos;) marked.erase(at, mark.size());
    return marked;
}

} // namespace

TEST_CASE("text.words: the compound dictionary is installed (hunspell-th)") {
    REQUIRE(thai::compound_dictionary_available());
}

TEST_CASE("text.words: a compound the dictionary knows is one word, its parts kept inside") {
    for (const char* expected : {
             "สาย·งาน",                       // libthai alone: สาย|งาน
             "ตัว·ละคร",
             "ผู้·ประเมิน",
             "ผล·กระทบ",
             "หน่วย·งาน",
             "ของเหลว",                       // one word for libthai already
             "คน|พันธุ์|ใหม่",                  // a phrase: in no dictionary as one word
             "ของ|ของเหลว",
             "ผู้·ประเมิน|ประเมิน|ความ·รู้",
             "มุ่ง·เน้น|การ|การ|บ่ม·เพาะ",
             "ความ·สามารถ|ใน|การ|แบ่ง|สาย·งาน|ให้|เหมาะสม",
         }) {
        CAPTURE(expected);
        CHECK(segmented(unmarked(expected)) == expected);
    }
}

TEST_CASE("text.words: where two compounds overlap, the longer is the word") {
    for (const char* expected : {
             "ใช้|การ·ประเมิน",   // not ใช้การ|ประเมิน
             "การ|นำ·เสนอ",       // not การนำ|เสนอ
         }) {
        CAPTURE(expected);
        CHECK(segmented(unmarked(expected)) == expected);
    }
}

TEST_CASE("text.words: a compound is at most kCompoundParts words and kCompoundLength letters") {
    // In the word list, but five of libthai's words and 29 letters: a phrase, broken as one.
    CHECK(segmented("กรมสวัสดิการและคุ้มครองแรงงาน").find('|') != std::string::npos);
    CHECK(segmented("").empty());
    CHECK(segmented("ก") == "ก");
}

TEST_CASE("text.words: a 10,000-letter run is segmented in linear time") {
    // The criteria's words over and over, and one letter repeated (no word at all).
    std::string words;
    while (utf8::to_u32(words).size() < 10000) words += "บ่มเพาะคนพันธุ์ใหม่ที่สามารถปรับตัวได้อย่างพลวัตรสายงานผลกระทบ";
    const std::u32string runs[] = {utf8::to_u32(words).substr(0, 10000), std::u32string(10000, U'ก')};
    thai::word_breaks(U"สายงาน");   // loads the dictionaries
    for (const std::u32string& run : runs) {
        const auto start = std::chrono::steady_clock::now();
        const std::vector<thai::WordBreak> breaks = thai::word_breaks(run);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        CAPTURE(ms);
        // Milliseconds in a release build and 0.1-0.4 s with sanitizers on a busy machine;
        // a search without the bounds takes 24-75 s on these runs.
        CHECK(ms < 3000);
        CHECK(breaks.size() > 1000);
        CHECK(std::adjacent_find(breaks.begin(), breaks.end(), [](const thai::WordBreak& a, const thai::WordBreak& b) {
                  return a.at >= b.at;
              }) == breaks.end());
    }
}
