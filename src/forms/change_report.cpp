#include "forms/change_report.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include "forms/booklet.hpp"
#include "forms/change_sections.hpp"
#include "forms/house_style.hpp"
#include "forms/section_headings.hpp"
#include "layout/flow.hpp"
#include "layout/page_decorations.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {
namespace {

using editions::ChangeKind;
using layout::Cell;
using layout::ColumnWidth;

constexpr ChangeKind kKinds[] = {ChangeKind::unchanged,    ChangeKind::reworded,
                                 ChangeKind::renumbered,   ChangeKind::renumbered_reworded,
                                 ChangeKind::moved,        ChangeKind::moved_reworded,
                                 ChangeKind::added,        ChangeKind::removed};

class ReportComposer {
public:
    ReportComposer(const model::Unit& old_unit, const model::Unit& new_unit, const editions::Comparison& c,
                   const layout::TextSetter& setter, const FormOptions& options)
        : old_(old_unit), new_(new_unit), c_(c), setter_(setter), opt_(options), flow_(setter, form_page()) {}

    layout::Document compose() {
        add_title(flow_, kChangeReportTitle, new_);
        flow_.add(layout::Block(editions_table()));
        heading("สรุปการเปลี่ยนแปลงเกณฑ์ในการปฏิบัติงาน (Performance Criteria)");
        flow_.add(layout::Block(counts_table()));
        heading("ตารางเทียบเกณฑ์ระหว่างฉบับ");
        flow_.add(layout::Block(mapping_table()));
        legend();
        pc_section("เกณฑ์ที่เปลี่ยนแปลง", changed_table());
        pc_section("เกณฑ์ที่เพิ่มใหม่", one_side_table(ChangeKind::added));
        pc_section("เกณฑ์ที่ยกเลิก", one_side_table(ChangeKind::removed));
        heading("การเปลี่ยนแปลงในส่วนอื่นของมาตรฐาน");
        if (c_.sections.empty()) none();
        else flow_.add(layout::Block(section_changes_table(c_.sections, opt_.thai_digits)));
        layout::Document doc = flow_.finish();
        // A loose page names the unit, the report, and the two editions it compares.
        layout::PageDecorations deco;
        deco.header_left = new_.code.value;
        deco.header_right = kChangeReportTitle;
        deco.footer_left = edition_line(old_.edition) + " \xE2\x86\x92 " + edition_line(new_.edition);
        deco.thai_digits = opt_.thai_digits;
        layout::decorate_pages(doc, deco, setter_, form_page());
        doc.info.title = std::string(kChangeReportTitle) + " " + new_.code.value + " " + new_.title.value;
        doc.info.subject = edition_line(old_.edition) + " → " + edition_line(new_.edition);
        if (new_.edition.publisher) doc.info.author = *new_.edition.publisher;
        doc.info.creation_date = opt_.date;
        return doc;
    }

private:
    const model::Unit& old_;
    const model::Unit& new_;
    const editions::Comparison& c_;
    const layout::TextSetter& setter_;
    const FormOptions& opt_;
    layout::FlowLayouter flow_;

    std::string number(std::string s) const { return opt_.thai_digits ? layout::to_thai_digits(s) : s; }

    std::string edition_line(const model::Edition& e) const {
        std::optional<int> year;
        if (e.date) year = e.date->year + 543;
        return std::string(kRevisionLabel) + " " + layout::format_revision(e.revision, year, opt_.thai_digits);
    }

    void heading(const std::string& text) {
        layout::Heading h = form_heading(text);
        h.format.space_before = 10;
        h.format.space_after = 2;
        flow_.add(layout::Block(std::move(h)).bookmark(text, 0));
    }

    void none() {
        layout::ParagraphFormat f;
        f.left_indent = layout::mm(8);
        flow_.add(layout::Block(layout::Paragraph("ไม่มี", table_style(kFormSize), f)));
    }

    void pc_section(const std::string& title, std::optional<layout::Table> table) {
        heading(title);
        if (table) flow_.add(layout::Block(std::move(*table)));
        else none();
    }

    void legend() {
        layout::ParagraphFormat f;
        f.space_before = 4;
        layout::Paragraph p("ในตารางเปรียบเทียบ ถ้อยคำที่ขีดฆ่าคือถ้อยคำที่ตัดออกจากฉบับเดิม ถ้อยคำที่ขีดเส้นใต้คือถ้อยคำที่เพิ่มในฉบับใหม่ "
                            "ความคล้ายคือสัดส่วนของคำที่ตรงกันตามลำดับระหว่างถ้อยคำเดิมกับถ้อยคำใหม่",
                            table_style(), f);
        flow_.add(layout::Block(std::move(p)));
    }

    // The unit's two editions side by side.
    layout::Table editions_table() const {
        layout::Table t;
        const layout::TextStyle body = table_style();
        auto date = [&](const model::Edition& e) {
            return e.date ? layout::format_thai_date(e.date->year, e.date->month, e.date->day, opt_.thai_digits)
                          : std::string("-");
        };
        auto status = [](const model::Edition& e) -> std::string {
            if (!e.status) return "-";
            return *e.status == model::EditionStatus::new_unit ? kStatusNew : kStatusRevised;
        };
        auto pcs = [&](const model::Unit& u) { return number(std::to_string(model::all_criteria(u).size())); };
        const std::vector<std::string> labels = {kRevisionLabel, "วันที่ประกาศ", "สถานะ", "จำนวนเกณฑ์ในการปฏิบัติงาน"};
        t.columns = {ColumnWidth::fixed_pt(column_fitting(labels, body, t.padding_x, 0, setter_)), ColumnWidth::relative(1),
                     ColumnWidth::relative(1)};
        t.header_rows.push_back(layout::Row({header_cell(""), header_cell("ฉบับเดิม"), header_cell("ฉบับใหม่")}));
        auto revision = [&](const model::Edition& e) {
            return edition_line(e).substr(std::string(kRevisionLabel).size() + 1);
        };
        const std::vector<std::vector<std::string>> rows = {
            {labels[0], revision(old_.edition), revision(new_.edition)},
            {labels[1], date(old_.edition), date(new_.edition)},
            {labels[2], status(old_.edition), status(new_.edition)},
            {labels[3], pcs(old_), pcs(new_)}};
        for (const auto& r : rows) t.rows.push_back(layout::Row({Cell(r[0], table_bold()), Cell(r[1], body), Cell(r[2], body)}));
        return t;
    }

    layout::Table counts_table() const {
        layout::Table t;
        const layout::TextStyle body = table_style();
        t.columns = {ColumnWidth::relative(1), ColumnWidth::fixed_pt(layout::mm(30))};
        t.header_rows.push_back(layout::Row({header_cell("การเปลี่ยนแปลง"), header_cell("จำนวนเกณฑ์")}));
        for (ChangeKind k : kKinds)
            t.rows.push_back(layout::Row({Cell(std::string(change_label(k)) + " (" + editions::change_name(k) + ")", body),
                                          Cell(number(std::to_string(c_.count(k))), body, text::Align::center)}));
        return t;
    }

    // Every PC of either edition and what became of it, as MAP.csv has it: the old edition's
    // order, added PCs last.
    layout::Table mapping_table() const {
        layout::Table t;
        const layout::TextStyle body = table_style();
        auto code = [](const model::Criterion* pc) {
            if (!pc) return std::string("-");
            return pc->name() + (pc->system_code.empty() ? "" : " (" + pc->system_code + ")");
        };
        // Codes and similarities on one line each; the change takes the rest.
        std::vector<std::string> codes = {"ฉบับเดิม", "ฉบับใหม่"};
        for (const editions::PcChange& c : c_.pcs.changes) codes.insert(codes.end(), {code(c.old_pc), code(c.new_pc)});
        const double code_w = column_fitting(codes, table_bold(kHeaderSize), t.padding_x, 0, setter_);
        t.columns = {ColumnWidth::fixed_pt(code_w), ColumnWidth::fixed_pt(code_w), ColumnWidth::relative(1),
                     ColumnWidth::fixed_pt(column_fitting({"ความคล้าย"}, table_bold(kHeaderSize), t.padding_x, 0, setter_))};
        t.header_rows.push_back(layout::Row(
            {header_cell("ฉบับเดิม"), header_cell("ฉบับใหม่"), header_cell("การเปลี่ยนแปลง"), header_cell("ความคล้าย")}));
        for (const editions::PcChange& c : c_.pcs.changes) {
            char similarity[16] = "-";
            if (c.old_pc && c.new_pc) std::snprintf(similarity, sizeof similarity, "%.2f", c.diff.similarity);
            t.rows.push_back(layout::Row({Cell(code(c.old_pc), body), Cell(code(c.new_pc), body),
                                          Cell(change_label(c.kind), body),
                                          Cell(number(similarity), body, text::Align::center)}));
        }
        return t;
    }

    // A PC's codes stacked: its name, its system code, its element ("DL101.01" / "191372" / "ใน DL101").
    static Cell code_cell(const model::Criterion& pc, const model::Element& element) {
        Cell cell(pc.name(), table_bold());
        if (!pc.system_code.empty()) cell.content.push_back(layout::CellParagraph{pc.system_code, table_style()});
        cell.content.push_back(layout::CellParagraph{"(" + element.code + ")", table_style()});
        return cell;
    }

    double code_width() const {
        std::vector<std::string> codes;
        for (const editions::PcChange& c : c_.pcs.changes)
            for (const auto& [pc, element] : {std::pair{c.old_pc, c.old_element}, std::pair{c.new_pc, c.new_element}})
                if (pc) codes.insert(codes.end(), {pc->name(), pc->system_code, "(" + element->code + ")"});
        return std::max(column_fitting(codes, table_bold(), 4, 0, setter_),
                        column_fitting({"ฉบับเดิม", "ฉบับใหม่"}, table_bold(kHeaderSize), 4, 0, setter_));
    }

    // "DL101.05 191376 (DL101)": how a heading row names a PC of one edition.
    static std::string pc_label(const model::Criterion& pc, const model::Element& element) {
        return pc.name() + (pc.system_code.empty() ? "" : " " + pc.system_code) + " (" + element.code + ")";
    }

    // Each changed PC: a shaded row naming it in both editions and the change, kept with the
    // row below it, which sets the old wording beside the new at half the width each.
    std::optional<layout::Table> changed_table() const {
        layout::Table t;
        t.columns = {ColumnWidth::relative(1), ColumnWidth::relative(1)};
        t.padding_x = kSideBySidePadding;
        t.header_rows.push_back(layout::Row({header_cell("ฉบับเดิม"), header_cell("ฉบับใหม่")}));
        for (const editions::PcChange& c : c_.pcs.changes) {
            if (!c.old_pc || !c.new_pc || c.kind == ChangeKind::unchanged) continue;
            layout::Row title({Cell(pc_label(*c.old_pc, *c.old_element) + " \xE2\x86\x92 " +
                                        pc_label(*c.new_pc, *c.new_element) + "  " + change_label(c.kind),
                                    table_bold())
                                   .span_cols(2)});
            title.fill = kGroupFill;
            title.keep_with_next = true;
            t.rows.push_back(std::move(title));
            t.rows.push_back(layout::Row(
                {marked_cell(c.old_pc->text.value, c.diff.deleted, layout::TextMark::Kind::strike),
                 marked_cell(c.new_pc->text.value, c.diff.inserted, layout::TextMark::Kind::underline)}));
        }
        if (t.rows.empty()) return std::nullopt;
        return t;
    }

    // The PCs of one side only, in full: the added (new edition) or the removed (old).
    std::optional<layout::Table> one_side_table(ChangeKind kind) const {
        layout::Table t;
        t.columns = {ColumnWidth::fixed_pt(code_width()), ColumnWidth::relative(1)};
        t.header_rows.push_back(layout::Row({header_cell(kind == ChangeKind::added ? "ฉบับใหม่" : "ฉบับเดิม"),
                                             header_cell("เกณฑ์ในการปฏิบัติงาน")}));
        for (const editions::PcChange& c : c_.pcs.changes) {
            if (c.kind != kind) continue;
            const bool added = kind == ChangeKind::added;
            const model::Criterion& pc = added ? *c.new_pc : *c.old_pc;
            t.rows.push_back(layout::Row({code_cell(pc, added ? *c.new_element : *c.old_element),
                                          Cell(pc.text.value, table_style())}));
        }
        if (t.rows.empty()) return std::nullopt;
        return t;
    }
};

} // namespace

const char* change_label(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::unchanged: return "ไม่เปลี่ยนแปลง";
    case ChangeKind::reworded: return "ปรับถ้อยคำ";
    case ChangeKind::renumbered: return "เปลี่ยนรหัส";
    case ChangeKind::moved: return "ย้ายไปหน่วยสมรรถนะย่อยอื่น";
    case ChangeKind::renumbered_reworded: return "เปลี่ยนรหัสและปรับถ้อยคำ";
    case ChangeKind::moved_reworded: return "ย้ายหน่วยสมรรถนะย่อยและปรับถ้อยคำ";
    case ChangeKind::added: return "เพิ่มใหม่";
    case ChangeKind::removed: return "ยกเลิก";
    }
    return "";
}

layout::Document change_report(const model::Unit& old_unit, const model::Unit& new_unit,
                               const editions::Comparison& comparison, const layout::TextSetter& setter,
                               const FormOptions& options) {
    return ReportComposer(old_unit, new_unit, comparison, setter, options).compose();
}

} // namespace compforms::forms
