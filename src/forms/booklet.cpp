#include "forms/booklet.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "forms/section_headings.hpp"
#include "layout/block.hpp"
#include "layout/check_box_layout.hpp"
#include "layout/flow.hpp"
#include "layout/page_decorations.hpp"
#include "layout/text_kit.hpp"
#include "layout/thai_numbers.hpp"

namespace compforms::forms {
namespace {

using layout::Block;
using layout::mm;

// Section bodies sit this far right of their headings; list bullets hang in the next mm(6).
const double kBodyIndent = mm(8);
const double kSubIndent = mm(8);
const double kBulletHang = mm(6);
// The elements table is set a size smaller than body text, as tables in official papers
// are: four columns at 16 pt leave the criteria a column two or three words wide.
constexpr double kTableSize = 14;
// Lines of a table cell 1.45 em apart (the font's ink extents would give 1.6): under 1.5 em
// pdftotext reads a wrapped cell as one block instead of interleaving it, line by line,
// with the cell beside it.
constexpr double kTableLineHeight = 1.45;

layout::TextStyle plain_style(double size = layout::kBodySize) {
    layout::TextStyle s;
    s.size = size;
    return s;
}

layout::TextStyle table_style(bool bold = false) {
    layout::TextStyle s = bold ? layout::bold_style(kTableSize) : plain_style(kTableSize);
    s.line_height = kTableLineHeight;
    return s;
}

class BookletComposer {
public:
    BookletComposer(const model::Unit& unit, const BookletOptions& options, text::Typesetter& ts,
                    const text::FontSet& fonts)
        : unit_(unit), opt_(options), kit_(ts, fonts), flow_(ts, fonts, options.page) {}

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

    // A check-box row centred in the content box.
    layout::CheckBoxRow centered(layout::CheckBoxRow row) const {
        const double w = layout::check_box_natural_width(kit_, row);
        row.left_indent = std::max(0.0, (opt_.page.content_width() - w) / 2);
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

    void cover() {
        add(centered(unit_.kind.value, layout::bold_style(28)));
        layout::Rule rule;
        rule.line_width = 1.2;
        rule.left_indent = rule.right_indent = mm(30);
        rule.space_before = 6;
        rule.space_after = 0;
        add(rule);
        add(layout::Spacer{mm(55)});
        add(centered(unit_.code.value, layout::bold_style(26)));
        add(centered(unit_.title.value, layout::bold_style(24), 10));
        add(centered(unit_.group.value, plain_style(18), 14));
        add(layout::Spacer{mm(45)});
        add(centered(std::string(kRevisionLabel) + " " + revision_value(), layout::TextStyle{}));
        layout::CheckBoxRow boxes({}, status_boxes());
        boxes.space_before = 6;
        add(centered(boxes));
        const model::Edition& ed = unit_.edition;
        if (ed.date)
            add(centered(layout::format_thai_date(ed.date->year, ed.date->month, ed.date->day, opt_.thai_digits),
                         layout::TextStyle{}, 6));
        if (ed.publisher) add(centered(*ed.publisher, layout::TextStyle{}, 6));
        add(layout::PageBreak{});
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
        layout::ParagraphFormat f;
        f.align = align;
        f.left_indent = indent;
        f.space_after = 2;
        return layout::Paragraph(std::move(text), layout::TextStyle{}, f);
    }

    layout::ListBlock bullets(std::vector<std::string> items, double indent) const {
        layout::ListBlock l(layout::ListBlock::Kind::bullet, std::move(items));
        l.align = text::Align::left;   // items are short: justified, their few Thai breaks gape
        l.left_indent = indent;
        l.hang = kBulletHang;
        l.item_spacing = 1;
        l.space_after = 2;
        return l;
    }

    // A section's content: N/A, or its paragraphs and runs of bulleted items in order.
    void content(const model::Content& c, double indent = kBodyIndent) {
        if (c.not_applicable) {
            add(body(kNotApplicable, indent, text::Align::left));
            return;
        }
        std::vector<std::string> run;
        auto flush = [&]() {
            if (!run.empty()) add(bullets(std::move(run), indent));
            run.clear();
        };
        for (const model::Block& b : c.blocks) {
            if (b.kind == model::Block::Kind::bullet) {
                run.push_back(b.text.value);
            } else {
                flush();
                add(body(b.text.value, indent));
            }
        }
        flush();
    }

    void evidence(const std::vector<model::EvidenceItem>& items, double indent) {
        std::vector<std::string> texts;
        for (const auto& e : items) texts.push_back(e.text.value);
        if (!texts.empty()) add(bullets(std::move(texts), indent));
    }

    void details() {
        layout::Heading title(kDetailsHeading, 20);
        title.format.align = text::Align::center;
        title.format.space_after = 6;
        add(std::move(title));

        section_heading(1);
        add(body(unit_.code.value, kBodyIndent, text::Align::left));
        section_heading(2);
        add(body(unit_.title.value, kBodyIndent, text::Align::left));
        section_heading(3);
        add(body(revision_value(), kBodyIndent, text::Align::left));

        // 4. as the standard prints it: the number, then the two boxes with their labels.
        layout::CheckBoxRow status(number("4."), status_boxes(), layout::bold_style());
        status.space_before = 10;
        status.space_after = 2;
        add(Block(std::move(status)).bookmark(section_heading_text(4, opt_.thai_digits), 0));

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

        section_heading(11);
        add(elements_table());

        section_heading(12);
        content(unit_.prerequisites);

        section_heading(13);
        sub_heading(kSkillsHeading);
        content(unit_.skills, kSubIndent + kBodyIndent);
        sub_heading(kKnowledgeHeading);
        content(unit_.knowledge, kSubIndent + kBodyIndent);

        section_heading(14);
        sub_heading(kPerformanceEvidenceHeading);
        evidence(unit_.performance_evidence, kSubIndent + kBodyIndent);
        sub_heading(kKnowledgeEvidenceHeading);
        evidence(unit_.knowledge_evidence, kSubIndent + kBodyIndent);
        sub_heading(kAssessmentGuidanceHeading);
        content(unit_.assessment_guidance, kSubIndent + kBodyIndent);

        section_heading(15);
        content(unit_.range);
        sub_heading(kRangeGuidanceHeading);
        content(unit_.range_guidance, kSubIndent + kBodyIndent);
        sub_heading(kDefinitionsHeading);
        std::vector<std::string> defs;
        for (const auto& d : unit_.definitions) defs.push_back(d.text.value);
        if (!defs.empty()) add(bullets(std::move(defs), kSubIndent + kBodyIndent));

        section_heading(16);
        content(unit_.shared_units);
        section_heading(17);
        content(unit_.shared_industries);

        section_heading(18);
        std::vector<std::string> methods;
        for (const auto& m : unit_.methods) methods.push_back(m.text.value);
        if (!methods.empty()) add(bullets(std::move(methods), kBodyIndent));
    }

    // A column head, one paragraph per line of it.
    static layout::Cell head_cell(const ColumnHead& head) {
        layout::Cell c;
        for (const char* line : head.lines)
            if (line) c.content.push_back(layout::CellParagraph{line, table_style(true), text::Align::center});
        c.valign = layout::VAlign::middle;
        return c;
    }

    // A column as wide as its widest text or head line (codes and heads never break).
    double code_column(const std::vector<std::string>& texts, const layout::TextStyle& body,
                       const ColumnHead& head, const layout::Table& t) const {
        double w = 0;
        for (const auto& s : texts) w = std::max(w, kit_.width(s, body));
        for (const char* line : head.lines)
            if (line) w = std::max(w, kit_.width(line, table_style(true)));
        return w + 2 * t.padding_x + 2 * t.border_width + 1;
    }

    layout::Table elements_table() const {
        layout::Table t;
        t.padding_x = 7.5;
        t.padding_y = 2;
        t.paragraph_gap = 0;
        t.space_before = 4;
        t.space_after = 4;
        const layout::TextStyle plain = table_style();
        std::vector<std::string> book_codes, system_codes;
        for (const model::Element& e : unit_.elements)
            for (const model::Criterion& pc : e.criteria) {
                book_codes.push_back(pc.code);
                system_codes.push_back(pc.system_code);
            }
        // Code columns fit their codes; of the rest the element column takes a third (at
        // least its head's longest line) and the criteria the remainder.
        const double book_w = code_column(book_codes, plain, kColumnBookCode, t);
        const double system_w = code_column(system_codes, plain, kColumnSystemCode, t);
        const double rest = opt_.page.content_width() - book_w - system_w;
        const double element_w = std::max(code_column({}, plain, kColumnElement, t), rest * 0.34);
        t.columns = {layout::ColumnWidth::fixed_pt(element_w), layout::ColumnWidth::relative(1),
                     layout::ColumnWidth::fixed_pt(book_w), layout::ColumnWidth::fixed_pt(system_w)};
        layout::Row header;
        header.cells.push_back(head_cell(kColumnElement));
        header.cells.push_back(head_cell(kColumnCriterion));
        header.cells.push_back(head_cell(kColumnBookCode));
        header.cells.push_back(head_cell(kColumnSystemCode));
        t.header_rows.push_back(std::move(header));

        for (const model::Element& e : unit_.elements) {
            for (std::size_t i = 0; i < e.criteria.size(); ++i) {
                const model::Criterion& pc = e.criteria[i];
                layout::Row row;
                if (i == 0) {
                    layout::Cell el;
                    el.content.push_back(layout::CellParagraph{e.code, table_style(true), text::Align::left});
                    el.content.push_back(layout::CellParagraph{e.title.value, plain, text::Align::left});
                    el.rowspan = static_cast<int>(e.criteria.size());
                    el.continued_label = e.code + " (ต่อ)";
                    row.cells.push_back(std::move(el));
                    row.outline = layout::OutlineTarget{e.code + " " + e.title.value, 1};
                }
                row.cells.push_back(layout::Cell(number(pc.number) + " " + pc.text.value, plain));
                row.cells.push_back(layout::Cell(pc.code, plain, text::Align::center));
                row.cells.push_back(layout::Cell(pc.system_code, plain, text::Align::center));
                row.dests.push_back(pc.code);
                t.rows.push_back(std::move(row));
            }
        }
        return t;
    }

    const model::Unit& unit_;
    const BookletOptions& opt_;
    layout::TextKit kit_;
    layout::FlowLayouter flow_;
};

layout::DocInfo doc_info(const model::Unit& unit, const BookletOptions& options) {
    layout::DocInfo info;
    info.title = unit.code.value + " " + unit.title.value;
    info.subject = unit.kind.value + " " + unit.group.value;
    if (unit.edition.publisher) info.author = *unit.edition.publisher;
    info.language = "th-TH";
    if (const auto& d = unit.edition.date)
        info.creation_date = layout::Timestamp{d->year, d->month, d->day, 0, 0, 0};
    else
        info.creation_date = options.fallback_date;
    return info;
}

} // namespace

std::string edition_text(const model::Edition& edition, bool thai_digits) {
    if (!edition.revision && !edition.date) return {};
    std::optional<int> year;
    if (edition.date) year = edition.date->year + 543;
    return std::string(kRevisionLabel) + " " + layout::format_revision(edition.revision, year, thai_digits);
}

layout::Document make_booklet(const model::Unit& unit, const BookletOptions& options,
                              text::Typesetter& typesetter, const text::FontSet& fonts) {
    layout::Document doc = BookletComposer(unit, options, typesetter, fonts).compose();
    layout::PageDecorations deco;
    deco.header_left = unit.code.value;
    deco.header_right = unit.title.value;
    deco.footer_left = edition_text(unit.edition, options.thai_digits);
    deco.thai_digits = options.thai_digits;
    deco.skip_first_page = true;
    layout::decorate_pages(doc, deco, typesetter, fonts, options.page);
    doc.info = doc_info(unit, options);
    return doc;
}

} // namespace compforms::forms
