// Comparing editions: Thai words as the line breaker finds them, word differences, and the
// five PC matching rules with what each match is called.
#include <doctest/doctest.h>

#include <ctime>
#include <string>

#include "editions/comparison.hpp"
#include "editions/edition_checks.hpp"
#include "editions/mapping_csv.hpp"
#include "source/unit_loader.hpp"
#include "source_test_support.hpp"

using namespace compforms;
using namespace compforms::editions;

namespace {

std::string text_of(const std::string& text, Span s) { return text.substr(s.begin, s.end - s.begin); }

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    for (Span s : word_spans(text)) out.push_back(text_of(text, s));
    return out;
}

model::Criterion pc(const std::string& number, const std::string& code, const std::string& text,
                    const std::string& system_code = "") {
    model::Criterion c;
    c.number = number;
    c.code = code;
    c.system_code = system_code;
    c.text.value = text;
    return c;
}

model::Unit unit_of(std::vector<std::pair<std::string, std::vector<model::Criterion>>> elements) {
    model::Unit u;
    for (auto& [code, pcs] : elements) {
        model::Element e;
        e.code = code;
        e.criteria = std::move(pcs);
        u.elements.push_back(std::move(e));
    }
    return u;
}

const std::string kAnalyse = "วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้";
const std::string kExplain = "อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้";
const std::string kEvaluate = "ประเมินประสิทธิภาพการทำงานของหน่วยงาน";

} // namespace

TEST_CASE("Words: Thai as the dictionary cuts it, a code or a number whole, punctuation alone") {
    CHECK(words_of("ประเมินประสิทธิภาพการทำงานของหน่วยงาน") ==
          std::vector<std::string>{"ประเมิน", "ประสิทธิภาพ", "การทำงาน", "ของ", "หน่วยงาน"});
    CHECK(words_of("ตาม DL101.01 ข้อ 1.1 (Agile)") ==
          std::vector<std::string>{"ตาม", "DL101.01", "ข้อ", "1.1", "(", "Agile", ")"});
    CHECK(words_of("  ").empty());
}

TEST_CASE("Similarity is on words: two words that differ by a letter share nothing") {
    Vocabulary v;
    CHECK(similarity(v.words("ระบบ"), v.words("ระบุ")) == 0.0);
    CHECK(similarity(v.words(kExplain), v.words(kExplain)) == 1.0);
    CHECK(similarity(v.words(""), v.words("")) == 1.0);
    const double s = similarity(v.words(kEvaluate), v.words("ประเมินประสิทธิภาพการทำงานของบุคลากร"));
    CHECK(s == doctest::Approx(0.8));   // 4 of 5 words each side
}

TEST_CASE("A word difference marks whole words: inserted and deleted runs") {
    Vocabulary v;
    const std::string old_text = kExplain;
    // The dictionary reads the new text อธิบาย|และ|ประเมินผล|กระทบ: ผลกระทบ is no longer a word
    // of it, so it is deleted whole and the new words inserted whole, never a part of one.
    const std::string new_text = "อธิบายและประเมินผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้";
    const WordDiff d = diff_words(v.words(old_text), v.words(new_text));
    REQUIRE(d.deleted.size() == 1);
    CHECK(text_of(old_text, d.deleted[0]) == "ผลกระทบ");
    REQUIRE(d.inserted.size() == 1);
    CHECK(text_of(new_text, d.inserted[0]) == "และประเมินผลกระทบ");
    const std::string added = "เพิ่มคำ " + old_text;
    const WordDiff e = diff_words(v.words(old_text), v.words(added));
    CHECK(e.deleted.empty());
    REQUIRE(e.inserted.size() == 1);
    CHECK(text_of(added, e.inserted[0]) == "เพิ่มคำ");

    const std::string a = "เสนอแนวทางด้านงานบุคคล ซึ่งมีผลต่อการทำงานแบบดิจิทัลและแบบเชิงรุก";
    const std::string b = "เสนอแนวทางด้านทรัพยากรบุคคล ซึ่งมีผลต่อการทำงานแบบดิจิทัล";
    const WordDiff f = diff_words(v.words(a), v.words(b));
    REQUIRE(f.deleted.size() == 2);
    CHECK(text_of(a, f.deleted[0]) == "งานบุคคล");        // one compound word: งานบุคคล
    CHECK(text_of(a, f.deleted[1]) == "และแบบเชิงรุก");
    REQUIRE(f.inserted.size() == 1);
    CHECK(text_of(b, f.inserted[0]) == "ทรัพยากรบุคคล");
}

TEST_CASE("Without system codes: same book code and similar wording, else the most similar wording") {
    const model::Unit old_unit = unit_of({{"AB101", {pc("1.1", "AB101.01", kAnalyse), pc("1.2", "AB101.02", kExplain),
                                                     pc("1.3", "AB101.03", kEvaluate)}},
                                          {"AB102", {pc("2.1", "AB102.01", "ผลักดันวัฒนธรรมดิจิทัล")}}});
    const model::Unit new_unit =
        unit_of({{"AB101", {pc("1.1", "AB101.01", kAnalyse + "อย่างเป็นระบบ"),   // same code, similar
                            pc("1.2", "AB101.02", "สร้างทีมงานใหม่")}},                  // same code, dissimilar
                 {"AB102", {pc("2.1", "AB102.01", "ผลักดันวัฒนธรรมดิจิทัล"),
                            pc("2.2", "AB102.02", "อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรได้")}}});
    const PcMatching m = match_criteria(old_unit, new_unit);
    REQUIRE(m.changes.size() == 5);
    CHECK(m.changes[0].kind == ChangeKind::reworded);
    CHECK(m.changes[0].rule == MatchRule::book_code);
    CHECK(m.changes[1].kind == ChangeKind::moved_reworded);    // kExplain went to AB102.02
    CHECK(m.changes[1].rule == MatchRule::similar_text);
    CHECK(m.changes[1].new_pc->code == "AB102.02");
    CHECK(m.changes[2].kind == ChangeKind::removed);           // kEvaluate: nothing like it
    CHECK(m.changes[3].kind == ChangeKind::unchanged);
    CHECK(m.changes[3].rule == MatchRule::same_text);          // rule 3 comes before the book code
    CHECK(m.changes[4].kind == ChangeKind::added);             // "สร้างทีมงานใหม่" shares no words
    CHECK(m.changes[4].new_pc->code == "AB101.02");
}

TEST_CASE("The same wording under another number is renumbered, and replaces wins over every other rule") {
    model::Unit old_unit = unit_of({{"AB101", {pc("1.1", "", kAnalyse, "100"), pc("1.2", "", kExplain, "101")}}});
    model::Unit new_unit = unit_of({{"AB101", {pc("1.1", "", kExplain), pc("1.2", "", "สร้างทีมงานใหม่", "102")}}});
    new_unit.elements[0].criteria[1].replaces = "1.1";
    const PcMatching m = match_criteria(old_unit, new_unit);
    REQUIRE(m.changes.size() == 2);
    CHECK(m.changes[0].rule == MatchRule::replaces);
    CHECK(m.changes[0].kind == ChangeKind::renumbered_reworded);   // 1.1 -> 1.2, and another wording
    CHECK(m.changes[0].diff.similarity == doctest::Approx(2.0 / 17));   // ใหม่ of 12 + 5 words
    CHECK(m.changes[1].rule == MatchRule::same_text);
    CHECK(m.changes[1].kind == ChangeKind::renumbered);            // 1.2 -> 1.1
    CHECK(m.problems.empty());
    CHECK(mapping_csv(m) == std::string(kMappingHeader) + "\n1.1,100,1.2,102,renumbered+reworded,0.12\n"
                                                          "1.2,101,1.1,,renumbered,1.00\n");
}

TEST_CASE("A replaces that names nothing, or a PC already replaced, is a problem") {
    model::Unit old_unit = unit_of({{"AB101", {pc("1.1", "AB101.01", kAnalyse)}}});
    model::Unit new_unit = unit_of({{"AB101", {pc("1.1", "AB101.01", kAnalyse), pc("1.2", "AB101.02", kExplain)}}});
    new_unit.elements[0].criteria[0].replaces = "AB101.09";
    new_unit.elements[0].criteria[1].replaces = "AB101.01";
    PcMatching m = match_criteria(old_unit, new_unit);
    REQUIRE(m.problems.size() == 1);
    CHECK(m.problems[0].message == "replaces 'AB101.09', which names no PC of the previous edition");
    new_unit.elements[0].criteria[0].replaces = "AB101.01";
    m = match_criteria(old_unit, new_unit);
    REQUIRE(m.problems.size() == 1);
    CHECK(m.problems[0].message == "replaces 'AB101.01', which AB101.01 already replaces");
}

TEST_CASE("DL100 and its test edition: every PC's fate, in the old edition's order, added last") {
    const source::LoadedUnit a = source::load_unit(test::dl100_path());
    const source::LoadedUnit b = source::load_unit(std::string(COMPFORMS_TEST_DIR) + "/fixtures/editions/DL100-rev2.xml");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const Comparison c = compare_editions(a.unit, b.unit);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"DL101.01>DL101.01", "unchanged"}, {"DL101.02>DL101.02", "reworded"},
        {"DL101.03>", "removed"},           {"DL101.04>DL101.03", "renumbered"},
        {"DL101.05>DL101.04", "renumbered+reworded"}, {"DL102.01>DL102.01", "unchanged"},
        {"DL102.02>DL103.04", "moved"},     {"DL102.03>DL102.02", "renumbered"},
        {"DL103.01>DL103.01", "reworded"},  {"DL103.02>DL103.02", "reworded"},
        {"DL103.03>DL103.03", "unchanged"}, {">DL102.03", "added"}};
    REQUIRE(c.pcs.changes.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const PcChange& ch = c.pcs.changes[i];
        const std::string key = (ch.old_pc ? ch.old_pc->code : "") + ">" + (ch.new_pc ? ch.new_pc->code : "");
        CHECK(key == expected[i].first);
        CHECK(change_name(ch.kind) == expected[i].second);
    }
    CHECK(c.pcs.changes[9].rule == MatchRule::replaces);
    CHECK(c.count(ChangeKind::unchanged) == 3);
    CHECK(c.count(ChangeKind::renumbered) == 2);
    // Outside the PCs: the description, the skills, knowledge evidence KE2 and the coverage.
    std::vector<SectionPart> parts;
    for (const SectionChange& s : c.sections) parts.push_back(s.part);
    CHECK(parts == std::vector<SectionPart>{SectionPart::description, SectionPart::skills,
                                            SectionPart::knowledge_evidence, SectionPart::coverage});
}

TEST_CASE("Hundreds of long, alike criteria without codes are matched in bounded time") {
    // 300 criteria of 400 words drawn from 40, in both editions, every one reworded and moved
    // to another element under another number: rule 5 alone would compare 90,000 pairs of
    // 400 x 400 words.
    const std::vector<std::string> vocabulary = {"การ", "พัฒนา", "องค์กร", "ดิจิทัล", "บุคลากร", "ระบบ", "ข้อมูล",
                                                 "ประเมิน", "วิเคราะห์", "กำหนด"};
    auto text_of_pc = [&](int k, int salt) {
        std::string t;
        for (int w = 0; w < 400; ++w) t += vocabulary[static_cast<std::size_t>((k * 7 + w * (w % 3 + 1) + salt) % 10)] + std::to_string(w % 4) + " ";
        return t;
    };
    std::vector<model::Criterion> old_pcs, new_pcs;
    for (int k = 0; k < 300; ++k) {
        old_pcs.push_back(pc("1." + std::to_string(k + 1), "", text_of_pc(k, 0)));
        new_pcs.push_back(pc("2." + std::to_string(300 - k), "", text_of_pc(k, 0) + "เพิ่มเติม"));
    }
    const model::Unit old_unit = unit_of({{"AB101", old_pcs}});
    const model::Unit new_unit = unit_of({{"AB102", new_pcs}});
    const std::clock_t start = std::clock();
    const PcMatching m = match_criteria(old_unit, new_unit);
    // Unbounded, this takes minutes; bounded, about a second (the budget's 0.1 s, then linear
    // bag comparisons, then 300 word differences).
    CHECK(static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC < 20);
    CHECK(m.changes.size() >= 300);
    std::size_t matched = 0;
    for (const PcChange& c : m.changes) matched += c.old_pc && c.new_pc;
    CHECK(matched == 300);   // every text is still over half the same words as some new one
}

TEST_CASE("check --previous: revision and date must advance, codes keep their criterion and element") {
    model::Unit old_unit = unit_of({{"AB101", {pc("1.1", "AB101.01", kAnalyse, "100"), pc("1.2", "AB101.02", kExplain, "101")}},
                                    {"AB102", {pc("2.1", "X.01", kEvaluate, "102")}}});
    old_unit.edition.revision = 1;
    old_unit.edition.date = model::Date{2024, 5, 1};
    model::Unit new_unit = unit_of({{"AB101", {pc("1.1", "AB101.01", kAnalyse + "อย่างเป็นระบบ", "100"),
                                               pc("1.2", "X.01", kEvaluate, "103")}},            // X.01 was AB102's
                                    {"AB102", {pc("2.1", "AB102.01", "สร้างทีมงานใหม่", "101")}}});  // 101 was kExplain
    new_unit.edition.revision = 2;
    new_unit.edition.date = model::Date{2025, 1, 1};
    std::vector<editions::EditionProblem> p = editions::check_against_previous(old_unit, new_unit);
    REQUIRE(p.size() == 2);
    CHECK(p[0].message == "book code X.01 was a PC of element AB102 in the previous edition; here it is one of AB101");
    CHECK(p[1].message.find("system code 101 named AB101.02 in the previous edition, whose wording this one does not "
                            "keep (similarity 0.00)") == 0);

    new_unit.edition.revision = 1;
    new_unit.edition.date = model::Date{2024, 5, 1};
    p = editions::check_against_previous(old_unit, new_unit);
    REQUIRE(p.size() == 4);
    CHECK(p[0].message == "revision 1 is not greater than the previous edition's 1");
    CHECK(p[1].message == "date 2024-05-01 is not later than the previous edition's 2024-05-01");

    // The test edition revises DL100 cleanly.
    const source::LoadedUnit a = source::load_unit(test::dl100_path());
    const source::LoadedUnit b = source::load_unit(std::string(COMPFORMS_TEST_DIR) + "/fixtures/editions/DL100-rev2.xml");
    CHECK(editions::check_against_previous(a.unit, b.unit).empty());
}

TEST_CASE("Two long rewritten texts past the cell bound are deleted and inserted whole, between their common ends") {
    std::string a = "เริ่ม ", b = "เริ่ม ";
    for (int i = 0; i < 2500; ++i) {
        a += "a" + std::to_string(i) + " ";   // one Latin word each: a0 … a2499
        b += "b" + std::to_string(i) + " ";
    }
    a += "จบ";
    b += "จบ";
    Vocabulary v;
    const WordDiff d = diff_words(v.words(a), v.words(b));   // 2,500 x 2,500 words > kMaxDiffCells
    REQUIRE(d.deleted.size() == 1);
    REQUIRE(d.inserted.size() == 1);
    CHECK(a.substr(d.deleted[0].begin, 3) == "a0 ");
    CHECK(a.substr(d.deleted[0].end - 5, 5) == "a2499");
    CHECK(b.substr(d.inserted[0].begin, 3) == "b0 ");
    CHECK(d.similarity == doctest::Approx(4.0 / 5004));   // เริ่ม and จบ on each side of 2,502 words
}
