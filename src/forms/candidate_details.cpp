#include "forms/candidate_details.hpp"

#include <algorithm>

#include "forms/house_style.hpp"
#include "forms/sheet_code.hpp"
#include "layout/page_decorations.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {

namespace {

// The sheet ID's small print: readable by a person with the page in hand, not a body text.
constexpr double kSheetIdSize = 7;

struct DetailLine {
    const char* slot;
    const char* label;
    double min_length;   // of the room for the value, in points
};

// The details in print order, as rows of one or two lines. The names (the candidate's,
// the assessor's) and the centre are written by hand or printed long: each gets at least
// 70 mm, the centre a row of its own. The ID and the date are short and share rows with
// the names.
using DetailRow = std::vector<DetailLine>;

const std::vector<DetailRow>& detail_rows() {
    using layout::mm;
    static const std::vector<DetailRow> rows = {
        {{"name", "ชื่อ-นามสกุล", mm(70)}, {"id", "เลขประจำตัว", mm(35)}},
        {{"centre", "ศูนย์ประเมิน", mm(70)}},
        {{"date", "วันที่ประเมิน", mm(40)}, {"assessor", "ผู้ประเมิน", mm(70)}},
    };
    return rows;
}

} // namespace

const std::vector<std::string>& detail_slot_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const DetailRow& row : detail_rows())
            for (const DetailLine& l : row) v.push_back(l.slot);
        return v;
    }();
    return names;
}

const std::vector<std::string>& candidate_slot_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v = detail_slot_names();
        v.push_back(kHeaderSlot);
        for (const char* who : {kAssessorSignature, kCandidateSignature})
            for (const char* part : {".name", ".day", ".month", ".year"}) v.push_back(std::string(who) + part);
        return v;
    }();
    return names;
}

void add_candidate_details(layout::FlowLayouter& flow, double size, const layout::TextSetter& setter) {
    layout::TextStyle style;
    style.size = size;
    const double width = flow.page_setup().content_width();
    for (const DetailRow& row : detail_rows()) {
        layout::FillInRow fill;
        // Each column holds its label, the space before the dots and before the value
        // (a quarter em each), and its least room; what is left goes to the lines in
        // proportion to that least room.
        std::vector<double> need;
        double needed = fill.gap * static_cast<double>(row.size() - 1), least = 0;
        for (const DetailLine& l : row) {
            need.push_back(setter.width(l.label, style) + 0.5 * size + l.min_length);
            needed += need.back();
            least += l.min_length;
        }
        const double spare = std::max(0.0, width - needed);
        for (std::size_t i = 0; i < row.size(); ++i) {
            layout::FillInLine line(row[i].label, 0, style);   // to the column's right edge
            line.slot = row[i].slot;
            fill.lines.push_back(std::move(line));
            fill.shares.push_back(need[i] + spare * row[i].min_length / least);
        }
        flow.add(layout::Block(std::move(fill)));
    }
}

void add_candidate_signatures(layout::FlowLayouter& flow, double space_before) {
    layout::SignatureRow signatures;
    signatures.space_before = space_before;
    signatures.gap = layout::mm(6);
    const layout::TextStyle style = table_style();
    // Lines 1.45 em apart as in the tables: room enough to write on the dotted lines. Two
    // equal columns: each date line holds a filled date (พฤศจิกายน 2569) at full size.
    for (const auto& [role, slot] : {std::pair{"ผู้ประเมิน", kAssessorSignature},
                                     std::pair{"ผู้เข้ารับการประเมิน", kCandidateSignature}}) {
        layout::SignatureBlock block;
        block.style = style;
        block.role = role;
        block.slot = slot;
        block.width = layout::mm(200);   // the column's width
        signatures.shares.push_back(1);
        signatures.blocks.push_back(std::move(block));
    }
    flow.add(layout::Block(std::move(signatures)));
}

SlotValues candidate_values(const model::Candidate& c, bool thai_digits) {
    const auto digits = [&](std::string s) { return thai_digits ? layout::to_thai_digits(s) : s; };
    SlotValues v;
    v.emplace_back("name", c.name);
    v.emplace_back("id", c.id);
    v.emplace_back("centre", c.centre);
    if (c.date) v.emplace_back("date", layout::format_thai_date(c.date->year, c.date->month, c.date->day, thai_digits));
    v.emplace_back("assessor", c.assessor);
    v.emplace_back(kHeaderSlot, c.name.empty() ? c.id : c.id + " " + c.name);
    for (const auto& [slot, name] : {std::pair{kAssessorSignature, &c.assessor}, std::pair{kCandidateSignature, &c.name}}) {
        const std::string who(slot);
        v.emplace_back(who + ".name", *name);
        if (!c.date) continue;
        v.emplace_back(who + ".day", digits(std::to_string(c.date->day)));
        v.emplace_back(who + ".month", layout::thai_month_name(c.date->month));
        v.emplace_back(who + ".year", digits(std::to_string(c.date->year + 543)));
    }
    return v;
}

std::vector<SlotValues> batch_values(const std::vector<model::Candidate>& candidates, bool thai_digits) {
    std::vector<SlotValues> out;
    out.reserve(candidates.size());
    for (const model::Candidate& c : candidates) out.push_back(candidate_values(c, thai_digits));
    return out;
}

std::string candidate_title(const model::Candidate& c) {
    if (c.name.empty()) return c.id;
    return c.name + " (" + c.id + ")";
}

FormTemplate finish_candidate_form(layout::FlowLayouter& flow, const std::string& form_name, SheetForm sheet,
                                   const FormContext& ctx, const layout::PageSetup& page) {
    layout::Document doc = flow.finish();
    doc.info.title = form_name + " " + ctx.unit.code.value;
    doc.info.subject = ctx.unit.title.value;
    doc.info.creation_date = ctx.options.date;
    decorate_candidate_form(doc, form_name, ctx.unit, ctx.setter, page, ctx.options.thai_digits, kHeaderSlot);
    FormTemplate form(std::move(doc), candidate_slot_names());
    SlotSetter setter;
    form.add_sheet_code(SheetId{ctx.unit.code.value, edition_token(ctx.unit.edition), sheet, {}, 1, 1},
                        sheet_id_slot(ctx.setter, page, edition_text(ctx.unit.edition, ctx.options.thai_digits)),
                        setter);
    return form;
}

Slot sheet_id_slot(const layout::TextSetter& setter, const layout::PageSetup& page, const std::string& footer_left) {
    layout::TextStyle small;
    small.size = kSheetIdSize;
    layout::TextStyle footer;
    footer.size = layout::PageDecorations{}.size;
    const double taken = footer_left.empty() ? 0 : setter.width(footer_left, footer) + layout::mm(3);
    return Slot{0, page.content_left() + taken, layout::footer_baseline(layout::PageDecorations{}, setter, page),
                page.content_width() * 0.7 - taken, &setter.font(small), small.size, layout::SlotAlign::left, true};
}

void add_blank_sheet_codes(layout::Document& doc, std::size_t pages, SheetId id, const layout::TextSetter& setter,
                           const layout::PageSetup& page, const std::string& footer_left) {
    const Slot print = sheet_id_slot(setter, page, footer_left);
    SlotSetter slots;
    id.candidate.clear();
    id.pages = static_cast<int>(pages);
    for (std::size_t p = 0; p < pages && p < doc.pages.size(); ++p) {
        layout::Page& out = doc.pages[p];
        id.page = static_cast<int>(p + 1);
        const std::string text = encode_sheet_id(id);
        for (layout::Item& mark : registration_mark_items(out.width, out.height)) out.items.push_back(std::move(mark));
        for (layout::Item& module : qr_code_items(text, out.width, out.height)) out.items.push_back(std::move(module));
        out.items.push_back(layout::TextItem{print.x, print.baseline, slots.set(text, print), {}, 0});
    }
}

layout::Document fill_for_candidate(const FormTemplate& form, const model::Candidate& candidate,
                                    SlotSetter& setter, bool thai_digits, const std::map<std::string, int>& ticks) {
    layout::Document doc;
    doc.info = form.blank().info;
    doc.info.title += " " + candidate.id;
    form.append_filled(doc, candidate_values(candidate, thai_digits), setter, CopyMarks{candidate.id, ticks});
    return doc;
}

} // namespace compforms::forms
