// Assessment forms at the layout level: coverage from the model, the fill-in slots of a
// form template, candidates' copies sharing the blank form's items, values at the slots.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <variant>

#include "forms/candidate_details.hpp"
#include "forms/coverage.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/house_style.hpp"
#include "forms/printable.hpp"
#include "forms/form_template.hpp"
#include "forms/scoring_sheet.hpp"
#include "forms/sheet_code.hpp"
#include "forms/sheet_id.hpp"
#include "layout/text_setter.hpp"
#include "source/unit_loader.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

namespace {

const text::FontSet& fonts() {
    static const std::unique_ptr<text::FontSet> f = text::FontSet::load(text::find_font_dir());
    return *f;
}

const model::Unit& dl100() {
    static const source::LoadedUnit loaded = source::load_unit(std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml");
    REQUIRE(loaded.ok());
    return loaded.unit;
}

const layout::TextSetter& text_setter() {
    static text::Typesetter ts;   // outlives every form made here
    static const layout::TextSetter s(ts, fonts());
    return s;
}

forms::FormTemplate scoring_sheet() { return forms::scoring_sheet(forms::FormContext(dl100(), text_setter())); }
forms::FormTemplate evidence_checklist() { return forms::evidence_checklist(forms::FormContext(dl100(), text_setter())); }

model::Candidate somchai() {
    model::Candidate c;
    c.id = "DL-2569-0001";
    c.name = "นายสมชาย ใจดีงาม";
    c.centre = "ศูนย์ทดสอบ";
    c.date = model::Date{2026, 11, 24};
    c.assessor = "นางสาวพรทิพย์ วัฒนกุลศิริ";
    return c;
}

std::set<std::string> texts(const std::vector<layout::Item>& items) {
    std::set<std::string> out;
    for (const layout::Item& i : items)
        if (auto* t = std::get_if<layout::TextItem>(&i)) out.insert(t->line->text);
    return out;
}

// somchai()'s sheet ID on page n of N of DL100's scoring sheet (or checklist).
std::string sheet_id(int n, int pages, forms::SheetForm form = forms::SheetForm::scoresheet) {
    return forms::encode_sheet_id(forms::SheetId{"DL100", "", form, "DL-2569-0001", n, pages});
}

std::size_t qr_rects(const std::string& id) {
    return forms::qr_code_items(id, layout::kA4Width, layout::kA4Height).size();
}

} // namespace

TEST_CASE("forms.coverage: columns and counts come from the covers lists") {
    const forms::Coverage cov = forms::compute_coverage(dl100());
    REQUIRE(cov.columns.size() == 5);
    CHECK(cov.evidence_count == 3);
    CHECK(cov.columns[0].id == "PE1");
    CHECK(cov.columns[4].id == "M2");
    CHECK(cov.methods_for("DL101.01") == std::vector<std::string>{"M1", "M2"});
    CHECK(cov.methods_for("DL101.03") == std::vector<std::string>{"M2"});
    CHECK(cov.row_count("DL103.03") == 5);
    CHECK(cov.row_count("DL103.01") == 2);
    CHECK(cov.column_count(0, dl100()) == 11);
    CHECK(cov.column_count(2, dl100()) == 4);
    CHECK(cov.row_count("XX999.99") == 0);
}

TEST_CASE("forms.template: the scoring sheet has every details slot, names on dotted lines >= 70 mm") {
    forms::FormTemplate sheet = scoring_sheet();
    const forms::FormTemplate& form = sheet;
    REQUIRE(form.page_count() >= 1);
    const layout::PageSetup page = forms::form_page();
    std::map<double, std::vector<const forms::Slot*>> rows;   // by baseline
    for (const std::string& name : forms::detail_slot_names()) {
        CAPTURE(name);
        REQUIRE(form.slots().count(name) == 1);
        REQUIRE(form.slots().at(name).size() == 1);
        const forms::Slot& s = form.slots().at(name).front();
        CHECK(s.page == 0);
        // Names and the centre are written by hand: 70 mm; the ID and the date are short.
        const double least = name == "id" ? 35 : name == "date" ? 40 : 70;
        CHECK(s.width >= layout::mm(least));
        CHECK(s.x + s.width <= page.content_right() + 0.01);
        CHECK(s.font != nullptr);
        CHECK(s.size == 16);
        rows[s.baseline].push_back(&s);
    }
    // Three rows (two lines side by side where it fits), the lines of a row not overlapping.
    CHECK(rows.size() == 3);
    for (auto& [baseline, slots] : rows) {
        std::sort(slots.begin(), slots.end(), [](auto* a, auto* b) { return a->x < b->x; });
        for (std::size_t i = 1; i < slots.size(); ++i) CHECK(slots[i - 1]->x + slots[i - 1]->width < slots[i]->x);
    }
    // No slot is left on the blank form (nothing draws it), and its pages hold only shared items.
    for (const layout::Page& p : form.blank().pages) {
        CHECK(p.items.empty());
        REQUIRE(static_cast<bool>(p.shared));
        for (const layout::Item& item : *p.shared) CHECK_FALSE(std::holds_alternative<layout::SlotItem>(item));
    }
}

TEST_CASE("forms.template: a candidate's copy shares the blank pages and adds only the values") {
    forms::FormTemplate sheet = scoring_sheet();
    forms::SlotSetter setter;
    layout::Document a = forms::fill_for_candidate(sheet, somchai(), setter);
    model::Candidate other = somchai();
    other.name = "นางสาวกมลวรรณ ศรีสวัสดิ์พงษ์";
    layout::Document b = forms::fill_for_candidate(sheet, other, setter);
    REQUIRE(a.pages.size() == sheet.page_count());
    for (std::size_t i = 0; i < a.pages.size(); ++i) {
        CHECK((a.pages[i].shared.get() == sheet.blank().pages[i].shared.get()));   // the same items, not copies
        CHECK((b.pages[i].shared.get() == a.pages[i].shared.get()));
    }
    // The details on page 1, the candidate in every page's header, the names and the date
    // in the signatures on the last page; nothing else.
    // And the page's sheet code: its QR code (filled rectangles) and the ID in small print.
    const std::string header = "DL-2569-0001 นายสมชาย ใจดีงาม";
    const std::set<std::string> values = texts(a.pages[0].items);
    CHECK(values == std::set<std::string>{"นายสมชาย ใจดีงาม", "DL-2569-0001", "ศูนย์ทดสอบ", "24 พฤศจิกายน 2569",
                                          "นางสาวพรทิพย์ วัฒนกุลศิริ", header, sheet_id(1, 2)});
    REQUIRE(a.pages.size() == 2);
    CHECK(texts(a.pages[1].items) == std::set<std::string>{header, "นายสมชาย ใจดีงาม", "นางสาวพรทิพย์ วัฒนกุลศิริ", "24",
                                                           "พฤศจิกายน", "2569", sheet_id(2, 2)});
    // The header, two names, two dates of three parts; the ID and its QR code.
    CHECK(a.pages[1].items.size() == 9 + 1 + qr_rects(sheet_id(2, 2)));
    // Each value sits at its slot.
    const forms::Slot& name = sheet.slots().at("name").front();
    bool found = false;
    for (const layout::Item& item : a.pages[0].items)
        if (auto* t = std::get_if<layout::TextItem>(&item); t && t->line->text == "นายสมชาย ใจดีงาม") {
            CHECK(t->x == doctest::Approx(name.x));
            CHECK(t->baseline == doctest::Approx(name.baseline));
            found = true;
        }
    CHECK(found);
}

TEST_CASE("forms.template: a batch reserves its values' glyphs in the shared pages, keeping only new ones") {
    forms::FormTemplate sheet = scoring_sheet();
    const auto before = sheet.blank().pages[0].shared;
    auto shared_glyphs = [&sheet] {
        std::set<uint32_t> held;
        std::size_t reserved = 0;
        for (const layout::Page& p : sheet.blank().pages) {
            for (const layout::Item& item : *p.shared) {
                if (auto* t = std::get_if<layout::TextItem>(&item))
                    for (const auto& g : t->line->glyphs) held.insert(g.gid);
                if (auto* r = std::get_if<layout::ReservedText>(&item)) {
                    ++reserved;
                    for (const auto& g : r->line->glyphs) held.insert(g.gid);
                }
            }
        }
        return std::make_pair(held, reserved);
    };
    const std::size_t form_glyphs = shared_glyphs().first.size();

    std::vector<model::Candidate> batch(500, somchai());
    for (std::size_t i = 0; i < batch.size(); ++i) batch[i].id = "DL-2569-" + std::to_string(1000 + i);
    batch[7].name = "นายฆนาธิป ฌานวิฑูรย์";   // letters the form does not print
    batch[9].centre = "ศูนย์ฤๅษี";
    forms::SlotSetter setter;
    sheet.reserve(forms::batch_values(batch), setter);

    const auto [held, reserved] = shared_glyphs();
    CHECK(held.size() > form_glyphs);
    CHECK(reserved >= 2);
    CHECK(reserved <= 8);   // 500 IDs of the same digits bring nothing after the first few
    CHECK((sheet.blank().pages[0].shared != before));
    CHECK(sheet.blank().pages[0].shared->size() > before->size());
    // Every glyph any copy prints is in the shared pages.
    for (const model::Candidate& c : batch) {
        const layout::Document doc = forms::fill_for_candidate(sheet, c, setter);
        for (const layout::Page& p : doc.pages)
            for (const layout::Item& item : p.items)
                if (auto* t = std::get_if<layout::TextItem>(&item))
                    for (const auto& g : t->line->glyphs) REQUIRE(held.count(g.gid));
    }
}

TEST_CASE("forms.template: a value wider than its line is shrunk to fit") {
    forms::FormTemplate sheet = scoring_sheet();
    forms::SlotSetter setter;
    const forms::Slot& slot = sheet.slots().at("centre").front();
    // Longer than the line, but not so long that 60 % of its size would not fit.
    std::string longer = "ศูนย์ทดสอบสมรรถนะ";
    text::Typesetter& ts = text_setter().typesetter();
    while (ts.width(longer, *slot.font, slot.size) < 1.2 * slot.width) longer += " ศูนย์ทดสอบสมรรถนะ";
    REQUIRE(ts.width(longer, *slot.font, slot.size) * 0.6 < slot.width);
    auto line = setter.set(longer, slot);
    CHECK(line->size < slot.size);
    CHECK(line->width <= slot.width + 0.01);
    auto fits = setter.set("ศูนย์", slot);
    CHECK(fits->size == slot.size);
}

TEST_CASE("forms.template: every page of a copy, a blank form and the unit checklist carries its sheet code in the margins") {
    forms::FormTemplate sheet = scoring_sheet();
    forms::SlotSetter setter;
    const layout::PageSetup page = forms::form_page();
    const layout::RectItem qr = forms::qr_square(page.width, page.height);
    CHECK(qr.x + qr.w + layout::mm(2) <= page.content_left());   // a quiet zone before the content box
    CHECK(qr.y + qr.h <= page.content_bottom());
    auto ids_of = [](const layout::Page& p) {
        std::vector<const layout::TextItem*> out;
        for (const layout::Item& i : p.items)
            if (auto* t = std::get_if<layout::TextItem>(&i); t && t->line->text.rfind("CF1 ", 0) == 0) out.push_back(t);
        return out;
    };
    const layout::Document copy = forms::fill_for_candidate(sheet, somchai(), setter);
    for (std::size_t p = 0; p < copy.pages.size(); ++p) {
        CAPTURE(p);
        const auto ids = ids_of(copy.pages[p]);
        REQUIRE(ids.size() == 1);
        const auto id = forms::decode_sheet_id(ids[0]->line->text);
        REQUIRE(id);
        CHECK(id->candidate == "DL-2569-0001");
        CHECK(id->page == static_cast<int>(p + 1));
        CHECK(id->pages == 2);
        // The small print on the footer's line, from the content box's left edge, well
        // short of the page number at its right; the last item, so it extracts last.
        CHECK(ids[0] == std::get_if<layout::TextItem>(&copy.pages[p].items.back()));
        CHECK(ids[0]->x == doctest::Approx(page.content_left()));
        CHECK(ids[0]->baseline > page.content_bottom());
        CHECK(ids[0]->baseline < page.height - layout::mm(5));
        CHECK(layout::glyph_extent(*ids[0]).x1 < page.content_right() - layout::mm(40));
        // The QR code: black rectangles inside its square, nowhere else.
        std::size_t modules = 0;
        for (const layout::Item& i : copy.pages[p].items)
            if (auto* r = std::get_if<layout::RectItem>(&i)) {
                ++modules;
                CHECK(r->fill);
                CHECK(r->x >= qr.x - 1e-6);
                CHECK(r->x + r->w <= qr.x + qr.w + 1e-6);
                CHECK(r->y >= qr.y - 1e-6);
                CHECK(r->y + r->h <= qr.y + qr.h + 1e-6);
            }
        CHECK(modules == qr_rects(sheet_id(static_cast<int>(p + 1), 2)));
    }
    // The blank form: the unit, the form and the page, no candidate.
    const layout::Document blank = sheet.printed_blank(setter);
    REQUIRE(blank.pages.size() == 2);
    REQUIRE(ids_of(blank.pages[1]).size() == 1);
    CHECK(ids_of(blank.pages[1])[0]->line->text.rfind("CF1 DL100 - S - 2/2 ", 0) == 0);
    // The unit checklist: its checklist page is a blank checklist's, its matrix pages have none.
    const layout::Document unit = forms::unit_checklist(forms::FormContext(dl100(), text_setter()));
    REQUIRE(unit.pages.size() == 3);
    REQUIRE(ids_of(unit.pages[0]).size() == 1);
    CHECK(ids_of(unit.pages[0])[0]->line->text.rfind("CF1 DL100 - C - 1/1 ", 0) == 0);
    CHECK(ids_of(unit.pages[1]).empty());
    CHECK(ids_of(unit.pages[2]).empty());
}

TEST_CASE("forms.template: empty values print nothing, a missing date leaves its line blank") {
    forms::FormTemplate checklist = evidence_checklist();
    forms::SlotSetter setter;
    model::Candidate c = somchai();
    c.date.reset();
    c.centre.clear();
    layout::Document doc = forms::fill_for_candidate(checklist, c, setter);
    const std::string id = sheet_id(1, 1, forms::SheetForm::checklist);
    CHECK(texts(doc.pages[0].items) == std::set<std::string>{"นายสมชาย ใจดีงาม", "DL-2569-0001", "นางสาวพรทิพย์ วัฒนกุลศิริ",
                                                             "DL-2569-0001 นายสมชาย ใจดีงาม", id});
    // Details (3), header, the two signatures' names; no date parts; the sheet code.
    CHECK(doc.pages[0].items.size() == 6 + 1 + qr_rects(id));
}

TEST_CASE("forms.details: a character the font lacks is reported before anything is set") {
    model::Candidate c = somchai();
    CHECK_FALSE(forms::unprintable_detail(c, text_setter()));
    c.name = "นาย\xF0\x9F\x98\x80";   // U+1F600
    const std::optional<std::string> problem = forms::unprintable_detail(c, text_setter());
    REQUIRE(problem);
    CHECK(*problem == "name: character '\xF0\x9F\x98\x80' (U+1F600) is not in font Sarabun-Regular");
}

namespace {

// Every item of the form's pages inside the content box of the forms' page, but the
// running header and footer, which sit in the top and bottom margins, their ink (by the
// font's extents) at least 5 mm from the paper's edge, where printers print.
void check_inside_margins(const forms::FormTemplate& form) {
    const layout::PageSetup page = forms::form_page();
    const double eps = 0.01, edge = layout::mm(5);
    for (std::size_t p = 0; p < form.page_count(); ++p) {
        CAPTURE(p);
        int marks = 0;
        for (const layout::Item& item : *form.blank().pages[p].shared) {
            double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
            bool margin_text = false;
            if (auto* t = std::get_if<layout::TextItem>(&item)) {
                const auto e = layout::glyph_extent(*t);
                const auto m = text::line_metrics(*t->line->font, t->line->size);
                x0 = e.x0, x1 = e.x1, y0 = t->baseline - m.ascent, y1 = t->baseline + m.descent;
                margin_text = t->baseline < page.content_top() || t->baseline > page.content_bottom();
                CAPTURE(t->line->text);
            } else if (auto* r = std::get_if<layout::RectItem>(&item)) {
                x0 = r->x, x1 = r->x + r->w, y0 = r->y, y1 = r->y + r->h;
                if (r->fill && r->w == forms::kMarkSide && r->h == forms::kMarkSide) {
                    // A registration mark: in a corner of the margins, where printers print,
                    // beside the running texts (which start at the content box's edges).
                    CHECK(std::min(x0, y0) >= edge);
                    CHECK(std::max(x1, y1) <= page.height - edge);
                    CHECK((x1 < page.content_left() || x0 > page.content_right()));
                    CHECK((y1 < page.content_top() - layout::mm(8) || y0 > page.content_bottom() + layout::mm(4)));
                    ++marks;
                    continue;
                }
            } else if (auto* l = std::get_if<layout::LineItem>(&item)) {
                x0 = std::min(l->x1, l->x2), x1 = std::max(l->x1, l->x2);
                y0 = std::min(l->y1, l->y2), y1 = std::max(l->y1, l->y2);
                margin_text = y1 < page.content_top();   // the rule under the running header
            } else {
                continue;
            }
            CHECK(x0 >= page.content_left() - eps);
            CHECK(x1 <= page.content_right() + eps);
            if (margin_text) {
                CHECK(y0 >= edge);
                CHECK(y1 <= page.height - edge);
                CHECK((y1 <= page.content_top() + eps || y0 >= page.content_bottom() - eps));
            } else {
                // Table text may overhang its line by the rare tallest marks (1.45 em lines).
                CHECK(y0 >= page.content_top() - 2);
                CHECK(y1 <= page.content_bottom() + 2);
            }
        }
        CHECK(marks == 4);
    }
}

std::vector<const layout::TextItem*> texts_named(const layout::Page& page, const std::string& text) {
    std::vector<const layout::TextItem*> out;
    for (const layout::Item& i : *page.shared)
        if (auto* t = std::get_if<layout::TextItem>(&i); t && t->line->text == text) out.push_back(t);
    return out;
}

} // namespace

TEST_CASE("forms.sheet: DL100's scoring sheet is two pages, signed side by side under the result") {
    forms::FormTemplate sheet = scoring_sheet();
    const forms::FormTemplate& form = sheet;
    CHECK(form.page_count() == 2);
    check_inside_margins(form);
    const layout::Page& last = form.blank().pages.back();
    const auto sign = texts_named(last, "ลงชื่อ");
    const auto unit_result = texts_named(last, "ผลการประเมินหน่วยสมรรถนะ DL100:");
    REQUIRE(sign.size() == 2);
    REQUIRE(unit_result.size() == 1);
    CHECK(sign[0]->baseline == doctest::Approx(sign[1]->baseline));
    CHECK(sign[0]->x + layout::mm(60) < sign[1]->x);
    CHECK(sign[0]->baseline > unit_result[0]->baseline);
    CHECK(texts_named(last, "ผู้เข้ารับการประเมิน").size() == 1);
}

TEST_CASE("forms.sheet: a code too long for the code column prints above its criterion, in its cell") {
    // A code column wide enough for this code would leave the criterion a few words a line;
    // capped, the code would wrap beside the criterion, and pdftotext's default order reads
    // its pieces into the criterion.
    model::Unit unit = dl100();
    model::Criterion& pc = unit.elements[0].criteria[0];
    pc.code = "ECM-ZZZ-5-011ZA-DIGITAL.01";
    const forms::FormTemplate sheet = forms::scoring_sheet(forms::FormContext(unit, text_setter()));
    const layout::Page& page = sheet.blank().pages.front();
    const auto codes = texts_named(page, pc.code + " / " + pc.system_code);
    REQUIRE(codes.size() == 1);
    const layout::TextItem* criterion = nullptr;   // the criterion's first line
    for (const layout::Item& i : *page.shared)
        if (auto* t = std::get_if<layout::TextItem>(&i); t && !t->line->text.empty() &&
                                                         pc.text.value.rfind(t->line->text, 0) == 0)
            criterion = t;
    REQUIRE(criterion != nullptr);
    CHECK(criterion->x == doctest::Approx(codes[0]->x));
    CHECK(criterion->baseline > codes[0]->baseline);
    CHECK(criterion->baseline - codes[0]->baseline < 25);   // the next line
    // The element's heading row: its code and title on one line across the table.
    CHECK(texts_named(page, "DL101").empty());
    // DL100 as it is keeps its code column: "DL101.01" on a line of its own.
    CHECK(texts_named(scoring_sheet().blank().pages.front(), "DL101.01").size() == 1);
}

TEST_CASE("forms.checklist: a candidate's checklist is DL100's one page of evidence and signatures, the unit's adds the matrix") {
    forms::FormTemplate checklist = evidence_checklist();
    const forms::FormTemplate& form = checklist;
    CHECK(form.page_count() == 1);
    check_inside_margins(form);
    const auto has = [](const layout::Page& page, const std::string& prefix) {
        const auto& items = page.shared ? *page.shared : page.items;
        for (const layout::Item& i : items)
            if (auto* t = std::get_if<layout::TextItem>(&i); t && t->line->text.rfind(prefix, 0) == 0) return true;
        return false;
    };
    const std::string matrix = "ตารางแสดงความสัมพันธ์";
    CHECK(texts_named(form.blank().pages[0], "PE1").size() == 1);
    CHECK_FALSE(has(form.blank().pages[0], matrix));
    CHECK(texts_named(form.blank().pages[0], "ผู้เข้ารับการประเมิน").size() == 1);   // both sign

    const layout::Document unit = forms::unit_checklist(forms::FormContext(dl100(), text_setter()));
    REQUIRE(unit.pages.size() == 3);
    CHECK(has(unit.pages[0], "(ก) หลักฐานการปฏิบัติงาน"));
    CHECK_FALSE(has(unit.pages[0], matrix));
    CHECK(has(unit.pages[1], matrix));
}

TEST_CASE("forms.template: the header names the candidate on every page, cut with … only where it must be") {
    forms::FormTemplate sheet = scoring_sheet();
    const auto& headers = sheet.slots().at(forms::kHeaderSlot);
    REQUIRE(headers.size() == sheet.page_count());
    const layout::PageSetup page = forms::form_page();
    for (std::size_t p = 0; p < headers.size(); ++p) {
        CHECK(headers[p].page == p);
        CHECK(headers[p].cut);
        CHECK(headers[p].align == layout::SlotAlign::right);
        CHECK(headers[p].baseline < page.content_top());   // in the top margin
        CHECK(headers[p].width >= layout::mm(60));
    }
    forms::SlotSetter setter;
    model::Candidate c = somchai();
    c.name = "นางสาวกมลวรรณ ศรีสวัสดิ์พงษ์ไพบูลย์สุขสวัสดิ์วงศ์ ณ อยุธยา";
    layout::Document doc = forms::fill_for_candidate(sheet, c, setter);
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        CAPTURE(p);
        const layout::TextItem* head = nullptr;
        for (const layout::Item& i : doc.pages[p].items)
            if (auto* t = std::get_if<layout::TextItem>(&i); t && t->baseline == doctest::Approx(headers[p].baseline))
                head = t;
        REQUIRE(head != nullptr);
        CHECK(head->line->text == c.id + " " + c.name);   // fits: shrunk, not cut
        CHECK(head->x + head->line->width == doctest::Approx(headers[p].x + headers[p].width));   // right-aligned
    }
    // A value that cannot fit at half size is cut, and ends within its room.
    forms::Slot narrow = headers.front();
    narrow.width = layout::mm(30);
    const auto line = setter.set(c.id + " " + c.name, narrow);
    CHECK(line->text.rfind(c.id, 0) == 0);
    CHECK(line->text.size() > 3);
    CHECK(line->text.substr(line->text.size() - 3) == "\xE2\x80\xA6");
    CHECK(line->width <= narrow.width + 0.01);
}

TEST_CASE("forms.template: Thai digits for the dates and pages a candidate's form prints, never for the ID") {
    model::Candidate c = somchai();
    const forms::SlotValues values = forms::candidate_values(c, true);
    std::map<std::string, std::string> v(values.begin(), values.end());
    CHECK(v.at("date") == "๒๔ พฤศจิกายน ๒๕๖๙");
    CHECK(v.at("id") == "DL-2569-0001");
    CHECK(v.at(forms::kHeaderSlot) == "DL-2569-0001 นายสมชาย ใจดีงาม");
    CHECK(v.at(std::string(forms::kAssessorSignature) + ".day") == "๒๔");
    CHECK(v.at(std::string(forms::kCandidateSignature) + ".year") == "๒๕๖๙");
    CHECK(v.at(std::string(forms::kCandidateSignature) + ".name") == c.name);
    CHECK(v.at(std::string(forms::kAssessorSignature) + ".name") == c.assessor);
}
