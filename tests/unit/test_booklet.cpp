// The DL100 booklet at document level (outline, destinations, ticks, info, digits) and
// through the PDF (a generated unit whose 40 long criteria cross pages). The end-to-end
// text check against the XML lives in tests/scripts/booklet_cli.sh.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.hpp"
#include "forms/booklet.hpp"
#include "layout/layout_error.hpp"
#include "forms/section_headings.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace {

using namespace compforms;
using testing::run_command;

const text::FontSet& fonts() {
    static const std::unique_ptr<text::FontSet> f = text::FontSet::load(text::find_font_dir());
    return *f;
}

model::Unit dl100() {
    source::LoadedUnit loaded = source::load_unit(std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml");
    REQUIRE(loaded.ok());
    return loaded.unit;
}

// NFC, every white space removed: how the acceptance check compares extracted text.
std::string squeeze(const std::string& s) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
    REQUIRE(U_SUCCESS(err));
    icu::UnicodeString u = nfc->normalize(icu::UnicodeString::fromUTF8(s), err);
    REQUIRE(U_SUCCESS(err));
    icu::UnicodeString out;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        if (!u_isUWhiteSpace(c)) out.append(c);
        i += U16_LENGTH(c);
    }
    std::string r;
    out.toUTF8String(r);
    return r;
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
    return n;
}

layout::Document booklet(const model::Unit& unit, const forms::FormOptions& options = {}) {
    static text::Typesetter ts;   // outlives every Document made here
    static const layout::TextSetter setter(ts, fonts());
    return forms::booklet(forms::FormContext(unit, setter, options));
}

std::string render(const model::Unit& unit, const forms::FormOptions& options = {}) {
    text::Typesetter ts;
    const layout::TextSetter setter(ts, fonts());
    layout::Document doc = forms::booklet(forms::FormContext(unit, setter, options));
    pdf::PdfWriter writer;
    return writer.render(doc);
}

std::string write_pdf(const std::string& name, const std::string& bytes) {
    const std::string path = testing::temp_path(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string page_text(const std::string& pdf, int page, const char* mode = "") {
    const std::string p = std::to_string(page);
    return run_command(std::string("pdftotext -enc UTF-8 ") + mode + " -f " + p + " -l " + p + " " + pdf + " -");
}

int page_count(const std::string& pdf) {
    const std::string info = run_command("pdfinfo " + pdf);
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.substr(at + 6));
}

// Every text a page shows, in drawing order.
std::vector<std::string> texts_of(const layout::Page& page) {
    std::vector<std::string> out;
    for (const auto& it : page.items)
        if (const auto* t = std::get_if<layout::TextItem>(&it)) out.push_back(t->line->text);
    return out;
}

std::string all_text(const layout::Document& doc) {
    std::string s;
    for (const auto& p : doc.pages)
        for (const auto& t : texts_of(p)) s += t + "\n";
    return s;
}

std::vector<const layout::TickItem*> ticks(const layout::Document& doc, std::vector<std::size_t>* pages = nullptr) {
    std::vector<const layout::TickItem*> out;
    for (std::size_t i = 0; i < doc.pages.size(); ++i)
        for (const auto& it : doc.pages[i].items)
            if (const auto* t = std::get_if<layout::TickItem>(&it)) {
                out.push_back(t);
                if (pages) pages->push_back(i);
            }
    return out;
}

// The boxes (square RectItems) on a page whose top edge is at y, left to right.
std::vector<const layout::RectItem*> boxes_at(const layout::Page& page, double y) {
    std::vector<const layout::RectItem*> out;
    for (const auto& it : page.items)
        if (const auto* r = std::get_if<layout::RectItem>(&it))
            if (std::abs(r->y - y) < 0.01 && std::abs(r->w - r->h) < 0.01 && r->w < 20) out.push_back(r);
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->x < b->x; });
    return out;
}

model::Unit edited_unit() {
    model::Unit u = dl100();
    u.edition.revision = 2;
    u.edition.status = model::EditionStatus::revised;
    u.edition.date = model::Date{2023, 5, 1};
    u.edition.publisher = "สถาบันคุณวุฒิวิชาชีพ (องค์การมหาชน)";
    u.level = 4;
    return u;
}

// A unit of two elements and 40 long criteria, built in memory.
model::Unit long_unit() {
    model::Unit u;
    u.kind.value = "หน่วยสมรรถนะ";
    u.group.value = "กลุ่มทดสอบการจัดหน้า";
    u.code.value = "XY900";
    u.title.value = "หน่วยทดสอบตารางเกณฑ์ที่ยาวข้ามหลายหน้า";
    model::Block description;
    description.text.value = "คำอธิบายสั้น ๆ ของหน่วยทดสอบ";
    u.description.blocks.push_back(description);
    const std::vector<std::string> phrases = {
        "วิเคราะห์และระบุคุณสมบัติของบุคลากรที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้อย่างเป็นระบบ",
        "กำหนดความเชื่อมโยงของระบบการบริหารผลการปฏิบัติงานกับระบบการจ่ายค่าตอบแทน",
        "ใช้เครื่องมือระบบบริหารแรงงานสัมพันธ์ (Employee Relationship Management) อย่างเหมาะสม",
        "เสนอแนวทางและพัฒนากลยุทธ์ด้านงานบุคคลซึ่งมีผลต่อการเพิ่มประสิทธิภาพการทำงาน",
    };
    int pc = 0;
    for (int e = 0; e < 2; ++e) {
        model::Element el;
        el.code = "XY90" + std::to_string(e + 1);
        el.title.value = e == 0 ? "จัดการเกณฑ์ที่มีจำนวนมากในตารางเดียว" : "ตรวจสอบการต่อตารางข้ามหน้า";
        const int n = e == 0 ? 25 : 15;
        for (int i = 1; i <= n; ++i, ++pc) {
            model::Criterion c;
            c.number = std::to_string(e + 1) + "." + std::to_string(i);
            char code[16];
            std::snprintf(code, sizeof code, "%s.%02d", el.code.c_str(), i);
            c.code = code;
            c.system_code = std::to_string(500000 + pc);
            c.text.value = "ข้อ " + std::to_string(pc + 1) + " " + phrases[pc % 4] + " " + phrases[(pc + 1) % 4];
            el.criteria.push_back(c);
        }
        u.elements.push_back(el);
    }
    return u;
}

} // namespace

TEST_CASE("booklet: section headings are the standard's wording") {
    CHECK(forms::section_heading_text(1) == "1. รหัสหน่วยสมรรถนะ");
    CHECK(forms::section_heading_text(5) == "5. สำหรับชื่ออาชีพและรหัสอาชีพ (Occupational Classification)");
    CHECK(forms::section_heading_text(10) ==
          "10. ข้อกำหนดหรือกฎระเบียบที่เกี่ยวข้อง (Licensing or Regulation Related) (ถ้ามี)");
    CHECK(forms::section_heading_text(17) == "17. อุตสาหกรรมร่วม/กลุ่มอาชีพร่วม (ถ้ามี)");
    CHECK(forms::section_heading_text(18, true) ==
          "๑๘. รายละเอียดกระบวนการและวิธีการประเมิน (Assessment Description and Procedure)");
    CHECK_THROWS_AS(forms::section_heading(0), std::out_of_range);
    CHECK_THROWS_AS(forms::section_heading(19), std::out_of_range);
}

TEST_CASE("booklet: the outline has the 18 sections in order and the elements under 11") {
    const model::Unit unit = dl100();
    const layout::Document doc = booklet(unit);
    std::vector<std::string> top;
    std::vector<std::pair<std::size_t, std::string>> kids;   // (index of their section, title)
    std::size_t last_page = 0;
    for (const auto& o : doc.outline) {
        CHECK(o.page < doc.pages.size());
        CHECK(o.page >= last_page);   // in reading order
        last_page = o.page;
        if (o.level == 0) top.push_back(o.title);
        else if (o.level == 1) kids.emplace_back(top.size(), o.title);
        else FAIL("outline entry deeper than 1: " << o.title);
    }
    REQUIRE(top.size() == 18);
    for (int n = 1; n <= 18; ++n) CHECK(top[n - 1] == forms::section_heading_text(n));
    REQUIRE(kids.size() == unit.elements.size());
    for (std::size_t i = 0; i < kids.size(); ++i) {
        CHECK(kids[i].first == 11);   // after section 11's entry, before section 12's
        CHECK(kids[i].second == unit.elements[i].code + " " + unit.elements[i].title.value);
    }
}

TEST_CASE("booklet: a named destination per PC book code, on the page that shows it") {
    const model::Unit unit = dl100();
    const layout::Document doc = booklet(unit);
    std::map<std::string, int> seen;
    for (const auto& page : doc.pages) {
        const auto texts = texts_of(page);
        for (const auto& it : page.items)
            if (const auto* d = std::get_if<layout::DestItem>(&it)) {
                ++seen[d->name];
                CHECK_MESSAGE(std::find(texts.begin(), texts.end(), d->name) != texts.end(),
                              d->name << " is not printed on its destination's page");
            }
    }
    std::map<std::string, int> want;
    for (const auto* pc : model::all_criteria(unit)) want[pc->code] = 1;
    CHECK(want.size() == 11);
    CHECK(seen == want);
}

TEST_CASE("booklet: document info comes from the source or the given date, never the clock") {
    const model::Unit unit = dl100();
    layout::Document doc = booklet(unit);
    CHECK(doc.info.title == "DL100 นำการพัฒนาคนพันธุ์ใหม่ (Digital DNA) สำหรับพัฒนาองค์กรดิจิทัล");
    CHECK(doc.info.language == "th-TH");
    CHECK(doc.info.author.empty());
    CHECK_FALSE(doc.info.creation_date.has_value());

    // The date is the job's choice (job/date_policy); the booklet prints what it is given.
    forms::FormOptions opt;
    opt.date = layout::Timestamp{2025, 11, 26, 1, 2, 3};
    doc = booklet(unit, opt);
    REQUIRE(doc.info.creation_date.has_value());
    CHECK(doc.info.creation_date->year == 2025);
    CHECK(doc.info.creation_date->second == 3);

    doc = booklet(edited_unit(), opt);
    CHECK(doc.info.author == "สถาบันคุณวุฒิวิชาชีพ (องค์การมหาชน)");
}

TEST_CASE("booklet: status and level boxes are ticked as the source says") {
    CHECK(ticks(booklet(dl100())).empty());   // DL100 gives neither

    const layout::Document doc = booklet(edited_unit());
    std::vector<std::size_t> pages;
    const auto t = ticks(doc, &pages);
    REQUIRE(t.size() == 3);   // cover status, section 4, section 7
    CHECK(pages[0] == 0);
    // Each tick sits in a box of its row: status rows have 2 boxes (ปรับปรุง is the second),
    // the level row 8 (level 4 is the fourth).
    int status_rows = 0, level_rows = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto row = boxes_at(doc.pages[pages[i]], t[i]->y);
        if (row.size() == 2) {
            ++status_rows;
            CHECK(std::abs(row[1]->x - t[i]->x) < 0.01);
        } else if (row.size() == 8) {
            ++level_rows;
            CHECK(std::abs(row[3]->x - t[i]->x) < 0.01);
        } else {
            FAIL("a tick in a row of " << row.size() << " boxes");
        }
    }
    CHECK(status_rows == 2);
    CHECK(level_rows == 1);
}

TEST_CASE("booklet: the edition prints as 'n / year BE' on the cover, in section 3 and in the footer") {
    const model::Unit unit = edited_unit();
    const layout::Document doc = booklet(unit);
    const std::string text = all_text(doc);
    CHECK(count(text, "ทบทวนครั้งที่ 2 / 2566") == doc.pages.size() + 1);   // every footer + the cover
    CHECK(count(text, "2 / 2566\n") >= 1);                                 // section 3's value
    CHECK(text.find("1 พฤษภาคม 2566") != std::string::npos);
    CHECK(text.find(*unit.edition.publisher) != std::string::npos);

    forms::FormOptions thai;
    thai.thai_digits = true;
    const std::string t = all_text(booklet(unit, thai));
    CHECK(t.find("ทบทวนครั้งที่ ๒ / ๒๕๖๖") != std::string::npos);
    CHECK(t.find("๑ พฤษภาคม ๒๕๖๖") != std::string::npos);
    CHECK(t.find("2566") == std::string::npos);

    // DL100 has no edition facts: section 3 is a bare "/", the footer has no edition.
    const std::string d = all_text(booklet(dl100()));
    CHECK(d.find("ทบทวนครั้งที่ /\n") != std::string::npos);   // the cover
    CHECK(d.find("\n/\n") != std::string::npos);               // section 3
    CHECK(count(d, "ทบทวนครั้งที่") == 2);                     // cover and section 3's heading only
}

TEST_CASE("booklet: Thai digits for page, section and PC numbers, never for codes") {
    forms::FormOptions thai;
    thai.thai_digits = true;
    const model::Unit unit = dl100();
    const layout::Document doc = booklet(unit, thai);
    const std::string text = all_text(doc);
    const std::string total = std::to_string(doc.pages.size());
    CHECK(text.find("หน้า ๑/") != std::string::npos);
    CHECK(text.find("หน้า 1/") == std::string::npos);
    CHECK(text.find("๑๑. สมรรถนะย่อย") != std::string::npos);
    CHECK(text.find("๑.๑ วิเคราะห์") != std::string::npos);
    for (const auto* pc : model::all_criteria(unit)) {
        CHECK(text.find("\n" + pc->code + "\n") != std::string::npos);
        CHECK(text.find("\n" + pc->system_code + "\n") != std::string::npos);
    }
    CHECK(text.find("DL100\n") != std::string::npos);
    CHECK(text.find("DL๑") == std::string::npos);
    // The source's own words are printed as written.
    CHECK(text.find("ศตวรรษที่ 21") != std::string::npos);

    const std::string arabic = all_text(booklet(unit));
    CHECK(arabic.find("หน้า 1/" + total) != std::string::npos);
    CHECK(arabic.find("\xE0\xB9\x91") == std::string::npos);   // no ๑ anywhere
}

TEST_CASE("booklet: the same unit gives the same bytes") {
    const model::Unit unit = dl100();
    const std::string a = render(unit), b = render(unit);
    CHECK(a.size() > 10000);
    CHECK(a == b);
    forms::FormOptions dated;
    dated.date = layout::Timestamp{2025, 11, 26, 0, 0, 0};
    CHECK(render(unit, dated) == render(unit, dated));
    CHECK(render(unit, dated) != a);
}

TEST_CASE("booklet: a character the fonts lack is an error, not a box") {
    model::Unit unit = dl100();
    unit.methods[0].text.value += " \xF0\x9F\x98\x80";   // an emoji
    CHECK_THROWS_AS(booklet(unit), layout::UnprintableText);
}

TEST_CASE("booklet: 40 long criteria cross pages, each continued page starts with the header row") {
    const model::Unit unit = long_unit();
    const std::string pdf = write_pdf("long-booklet.pdf", render(unit));
    int st = 0;
    run_command("qpdf --check " + pdf + " >/dev/null 2>&1", &st);
    CHECK(st == 0);
    const int pages = page_count(pdf);
    const auto criteria = model::all_criteria(unit);
    REQUIRE(criteria.size() == 40);

    std::vector<int> table_pages;
    std::map<std::string, int> code_seen, text_seen;
    for (int p = 1; p <= pages; ++p) {
        const std::string text = squeeze(page_text(pdf, p));
        bool has_pc = false;
        for (const auto* c : criteria) {
            const std::size_t n = count(text, c->code);
            code_seen[c->code] += static_cast<int>(n);
            has_pc = has_pc || n > 0;
            text_seen[c->code] += static_cast<int>(count(text, squeeze(c->number + " " + c->text.value)));
        }
        if (has_pc) table_pages.push_back(p);
    }
    CHECK(table_pages.size() >= 3);
    for (const auto* c : criteria) {
        CHECK_MESSAGE(code_seen[c->code] == 1, c->code << " printed " << code_seen[c->code] << " times");
        CHECK_MESSAGE(text_seen[c->code] == 1, c->code << "'s row is not whole on one page");
    }
    for (std::size_t i = 1; i < table_pages.size(); ++i) {
        const int p = table_pages[i];
        CHECK(table_pages[i] == table_pages[i - 1] + 1);   // the table runs on without a gap
        // Physical lines of the page: the running header, then the table's header row.
        std::istringstream lines(page_text(pdf, p, "-layout"));
        std::vector<std::string> nonempty;
        for (std::string l; std::getline(lines, l);)
            if (!squeeze(l).empty()) nonempty.push_back(squeeze(l));
        REQUIRE(nonempty.size() > 2);
        CHECK_MESSAGE(nonempty[0].find("XY900") == 0, "page " << p << " starts with " << nonempty[0]);
        // Everything below the running header, in physical order: every piece of the header
        // row comes before the first criterion (the code heads, three lines tall, start a
        // line above the others, so the row is checked as a whole).
        std::string below;
        for (std::size_t k = 1; k < nonempty.size(); ++k) below += nonempty[k] + "\n";
        std::size_t first_row = below.size();
        for (const auto* c : criteria) first_row = std::min(first_row, below.find(c->code));
        first_row = std::min(first_row, below.find("ข้อ"));   // every criterion text starts so
        CHECK(first_row < below.size());
        for (const char* head : {"หน่วยสมรรถนะย่อย", "(EOC)", "เกณฑ์ในการปฏิบัติงาน", "(PerformanceCriteria)",
                                 "(ตามเล่ม", "มาตรฐาน)", "(จากระบบ)"})
            CHECK_MESSAGE(below.find(head) < first_row, "page " << p << ": header piece " << head
                                                              << " is not above the first row");
        const bool starts_with_head = below.rfind("รหัสPC", 0) == 0 || below.rfind("หน่วยสมรรถนะย่อย", 0) == 0;
        CHECK_MESSAGE(starts_with_head, "page " << p << " does not start with the header row: " << below.substr(0, 80));
        const std::string text = squeeze(page_text(pdf, p));
        CHECK(text.find("(ตามเล่มมาตรฐาน)") != std::string::npos);
        CHECK(text.find("(จากระบบ)") != std::string::npos);
    }
    // The element that runs onto a later page says so at its top.
    std::string later;
    for (std::size_t i = 1; i < table_pages.size(); ++i) later += squeeze(page_text(pdf, table_pages[i]));
    CHECK(later.find("XY901(ต่อ)") != std::string::npos);
    std::remove(pdf.c_str());
}

TEST_CASE("booklet: the cover is one page for titles up to the 500 the source allows, whatever else it holds") {
    const std::string phrase = "การพัฒนาคนพันธุ์ใหม่ที่ทำงานแบบดิจิทัลเพื่อองค์กรที่ได้น้ำใจ ปี่พาทย์ และการบริหารจัดการ ";
    const std::u32string phrase32 = utf8::to_u32(phrase);
    for (const std::size_t length : {std::size_t(60), std::size_t(300), std::size_t(500)}) {
        CAPTURE(length);
        model::Unit u = edited_unit();
        std::u32string title;
        while (title.size() < length) title += phrase32;
        title.resize(length);
        u.title.value.clear();
        for (char32_t c : title) utf8::append(u.title.value, c);
        u.kind.value.clear();   // the other cover lines near their limit of 200
        while (utf8::count(u.kind.value) < 190) u.kind.value += "หน่วยสมรรถนะ ";
        u.group.value = u.kind.value;
        u.edition.publisher = u.kind.value;
        const layout::Document doc = booklet(u);
        const std::string cover = [&] {
            std::string s;
            for (const auto& t : texts_of(doc.pages[0])) s += t;
            return s;
        }();
        // Everything the cover prints is on page 1; page 2 starts with section 1.
        CHECK(cover.find("สร้างใหม่") != std::string::npos);
        CHECK(squeeze(cover).find(squeeze(*u.edition.publisher)) != std::string::npos);
        CHECK(squeeze(cover).find(squeeze(u.title.value)) != std::string::npos);
        const auto page2 = texts_of(doc.pages[1]);
        CHECK(std::find(page2.begin(), page2.end(), forms::section_heading_text(1, false)) != page2.end());
    }
}
