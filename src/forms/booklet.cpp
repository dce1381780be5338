#include "forms/booklet.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "forms/booklet_lists.hpp"
#include "forms/house_style.hpp"
#include "forms/elements_table.hpp"
#include "forms/history_table.hpp"
#include "forms/section_headings.hpp"
#include "layout/block.hpp"
#include "layout/check_box_layout.hpp"
#include "layout/flow.hpp"
#include "layout/page_decorations.hpp"
#include "layout/text_setter.hpp"
#include "layout/thai_formats.hpp"

namespace compforms::forms {
namespace {

using layout::Block;
using layout::mm;

// Section bodies sit this far right of their headings.
const double kBodyIndent = mm(8);
const double kSubIndent = mm(8);
layout::TextStyle plain_style(double size = layout::kBodySize) {
    layout::TextStyle s;
    s.size = size;
    return s;
}

class BookletComposer {
public:
    explicit BookletComposer(const FormContext& ctx)
        : unit_(ctx.unit), opt_(ctx.options), setter_(ctx.setter), changes_(ctx.changes), flow_(ctx.setter, page_) {}

    layout::Document compose() {
        cover();
        details();
        return flow_.finish();
    }

private:
    // Numbers the booklet prints itself (never codes, never the source's text).
    std::string number(std::string s) const { return opt_.thai_digits ? layout::to_thai_digits(s) : s; }

    void add(Block b) { flow_.add(std::move(b)); }

    static layout::Paragraph centered(std::string text, layout::TextStyle style, double space_before = 0) {
        layout::ParagraphFormat f;
        f.align = text::Align::center;
        f.space_before = space_before;
        return layout::Paragraph(std::move(text), style, f);
    }
    static layout::Paragraph centered(const model::Text& text, layout::TextStyle style, double space_before = 0) {
        return centered(text.value, style, space_before).from(text.origin);
    }

    // A check-box row centred in the content box.
    layout::CheckBoxRow centered(layout::CheckBoxRow row) const {
        const double w = layout::check_box_natural_width(setter_, row);
        row.left_indent = std::max(0.0, (page_.content_width() - w) / 2);
        return row;
    }

    std::vector<layout::CheckBox> status_boxes() const {
        const auto& status = unit_.edition.status;
        return {{kStatusNew, status == model::EditionStatus::new_unit},
                {kStatusRevised, status == model::EditionStatus::revised}};
    }

    std::string revision_value() const {
        std::optional<int> year;
        if (unit_.edition.date) year = unit_.edition.date->year + 543;
        return layout::format_revision(unit_.edition.revision, year, opt_.thai_digits);
    }

    // The cover fits one page whatever the title's length: the spacers shrink first, then
    // the type (a unit title has at most 500 characters: the source checks it).
    void cover() {
        static const struct { double space, type; } kScales[] = {
            {1, 1}, {0.6, 1}, {0.3, 1}, {0.2, 0.85}, {0.2, 0.7}, {0.2, 0.6}};
        std::vector<Block> blocks;
        for (const auto& scale : kScales) {
            blocks = cover_blocks(scale.space, scale.type);
            layout::FlowLayouter probe(setter_, page_);
            for (const Block& b : blocks) probe.add(b);
            if (probe.finish().pages.size() == 1) break;
        }
        for (Block& b : blocks) add(std::move(b));
        add(layout::PageBreak{});
    }

    std::vector<Block> cover_blocks(double space, double type) const {
        std::vector<Block> out;
        out.emplace_back(centered(unit_.kind, layout::bold_style(28 * type)));
        layout::Rule rule;
        rule.line_width = 1.2;
        rule.left_indent = rule.right_indent = mm(30);
        rule.space_before = 6;
        rule.space_after = 0;
        out.emplace_back(rule);
        out.emplace_back(layout::Spacer{mm(55) * space});
        out.emplace_back(centered(unit_.code, layout::bold_style(26 * type)));
        out.emplace_back(centered(unit_.title, layout::bold_style(24 * type), 10 * type));
        out.emplace_back(centered(unit_.group, plain_style(18 * type), 14 * type));
        out.emplace_back(layout::Spacer{mm(45) * space});
        out.emplace_back(centered(std::string(kRevisionLabel) + " " + revision_value(), layout::TextStyle{}));
        layout::CheckBoxRow boxes({}, status_boxes());
        boxes.space_before = 6;
        out.emplace_back(centered(boxes));
        const model::Edition& ed = unit_.edition;
        if (ed.date)
            out.emplace_back(centered(
                layout::format_thai_date(ed.date->year, ed.date->month, ed.date->day, opt_.thai_digits),
                layout::TextStyle{}, 6));
        if (ed.publisher) out.emplace_back(centered(*ed.publisher, layout::TextStyle{}, 6));
        return out;
    }

    void section_heading(int n) {
        layout::Heading h(section_heading_text(n, opt_.thai_digits));
        h.format.space_before = n == 1 ? 4 : 10;
        h.format.space_after = 2;
        add(Block(std::move(h)).bookmark(section_heading_text(n, opt_.thai_digits), 0));
    }

    void sub_heading(const char* text) {
        layout::Heading h(text);
        h.format.left_indent = kSubIndent;
        h.format.space_before = 4;
        h.format.space_after = 1;
        add(std::move(h));
    }

    layout::Paragraph body(std::string text, double indent, text::Align align = text::Align::justify) const {
        return body_paragraph(std::move(text), indent, align);
    }
    layout::Paragraph body(const model::Text& text, double indent, text::Align align = text::Align::justify) const {
        return body_paragraph(text, indent, align);
    }

    void content(const model::Content& c, double indent = kBodyIndent) {
        for (layout::Block& b : content_blocks(c, indent, changes_)) add(std::move(b));
    }

    template <typename Items>
    void list(const Items& items, double indent) {
        std::vector<ListEntry> entries;
        for (const auto& item : items) entries.push_back(entry(item));
        if (!entries.empty()) add(booklet_list(entries, indent, changes_));
    }
    static ListEntry entry(const model::EvidenceItem& e) { return {&e.text, e.label, nullptr}; }
    static ListEntry entry(const model::Method& m) { return {&m.text, {}, nullptr}; }
    static ListEntry entry(const model::Definition& d) { return {&d.text, d.label, &d.term}; }

    void details() {
        layout::Heading title(kDetailsHeading, 20);
        title.format.align = text::Align::center;
        title.format.space_after = 6;
        add(std::move(title));
        identity();
        occupation();
        section_heading(11);
        add(elements_table(unit_, opt_, setter_, page_.content_width(), changes_));
        requirements();
        evidence_and_range();
        section_heading(16);
        content(unit_.shared_units);
        section_heading(17);
        content(unit_.shared_industries);
        section_heading(18);
        if (unit_.has_methods()) list(unit_.methods, kBodyIndent);
        else content(unit_.methods_not_applicable);
        history();
    }

    // After the 18 sections, which keep the standard's numbering: what each revision changed.
    void history() {
        std::optional<layout::Table> table = history_table(unit_.edition, setter_, opt_.thai_digits);
        if (!table) return;
        layout::Heading h(kHistoryHeading);
        h.format.space_before = 14;
        h.format.space_after = 2;
        add(Block(std::move(h)).bookmark(kHistoryHeading, 0));
        add(std::move(*table));
    }

    // 1.-4.: code, title, revision, new or revised.
    void identity() {
        section_heading(1);
        add(body(unit_.code, kBodyIndent, text::Align::left));
        section_heading(2);
        add(body(unit_.title, kBodyIndent, text::Align::left));
        section_heading(3);
        add(body(revision_value(), kBodyIndent, text::Align::left));
        // 4. as the standard prints it: the number, then the two boxes with their labels.
        layout::CheckBoxRow status(number("4."), status_boxes(), layout::bold_style());
        status.space_before = 10;
        status.space_after = 2;
        add(Block(std::move(status)).bookmark(section_heading_text(4, opt_.thai_digits), 0));
    }

    // 5.-10.: occupations, description, level, sector, other occupations, licensing.
    void occupation() {
        section_heading(5);
        content(unit_.occupations);
        section_heading(6);
        content(unit_.description);
        section_heading(7);
        std::vector<layout::CheckBox> levels;
        for (int i = 1; i <= 8; ++i) levels.push_back({number(std::to_string(i)), unit_.level == i});
        layout::CheckBoxRow level_row({}, std::move(levels));
        level_row.left_indent = kBodyIndent;
        level_row.gap = 14;
        level_row.space_after = 2;
        add(std::move(level_row));
        section_heading(8);
        content(unit_.sector);
        section_heading(9);
        content(unit_.other_occupations);
        section_heading(10);
        content(unit_.licensing);
    }

    // 12.-13.: prerequisites, skills and knowledge.
    void requirements() {
        section_heading(12);
        content(unit_.prerequisites);
        section_heading(13);
        sub_heading(kSkillsHeading);
        content(unit_.skills, kSubIndent + kBodyIndent);
        sub_heading(kKnowledgeHeading);
        content(unit_.knowledge, kSubIndent + kBodyIndent);
    }

    // 14.-15.: the evidence guide and the range statement.
    void evidence_and_range() {
        section_heading(14);
        content(unit_.evidence_intro);
        sub_heading(kPerformanceEvidenceHeading);
        list(unit_.performance_evidence, kSubIndent + kBodyIndent);
        sub_heading(kKnowledgeEvidenceHeading);
        list(unit_.knowledge_evidence, kSubIndent + kBodyIndent);
        sub_heading(kAssessmentGuidanceHeading);
        content(unit_.assessment_guidance, kSubIndent + kBodyIndent);
        if (!unit_.method_notes.empty()) {
            sub_heading(kMethodNotesHeading);
            content(unit_.method_notes, kSubIndent + kBodyIndent);
        }
        section_heading(15);
        content(unit_.range);
        sub_heading(kRangeGuidanceHeading);
        content(unit_.range_guidance, kSubIndent + kBodyIndent);
        sub_heading(kDefinitionsHeading);
        list(unit_.definitions, kSubIndent + kBodyIndent);
    }

    const model::Unit& unit_;
    const FormOptions& opt_;
    const layout::TextSetter& setter_;
    const editions::ChangedParts* changes_;
    const layout::PageSetup page_;   // A4 with the margins of official papers
    layout::FlowLayouter flow_;
};

layout::DocInfo doc_info(const model::Unit& unit, const FormOptions& options) {
    layout::DocInfo info;
    info.title = unit.code.value + " " + unit.title.value;
    info.subject = unit.kind.value + " " + unit.group.value;
    if (unit.edition.publisher) info.author = *unit.edition.publisher;
    info.language = "th-TH";
    info.creation_date = options.date;
    return info;
}

} // namespace

layout::Document booklet(const FormContext& ctx) {
    layout::Document doc = BookletComposer(ctx).compose();
    layout::PageDecorations deco;
    deco.header_left = ctx.unit.code.value;
    deco.header_right = ctx.unit.title.value;
    deco.footer_left = edition_text(ctx.unit.edition, ctx.options.thai_digits);
    deco.thai_digits = ctx.options.thai_digits;
    deco.skip_first_page = true;
    layout::decorate_pages(doc, deco, ctx.setter);
    doc.info = doc_info(ctx.unit, ctx.options);
    return doc;
}

} // namespace compforms::forms
