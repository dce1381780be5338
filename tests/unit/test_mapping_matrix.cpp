// The mapping matrix at any width: parts that repeat the PC column and the criterion, every
// mark in its column, the criterion never narrower than its minimum, nothing off the page.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <variant>

#include "forms/coverage.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/house_style.hpp"
#include "forms/mapping_matrix.hpp"
#include "layout/text_setter.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

namespace {

const layout::TextSetter& text_setter() {
    static const std::unique_ptr<text::FontSet> fonts = text::FontSet::load(text::find_font_dir());
    static text::Typesetter ts;
    static const layout::TextSetter s(ts, *fonts);
    return s;
}

const char* const kPhrases[] = {
    "วิเคราะห์และระบุคุณสมบัติของบุคลากรที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัล",
    "ใช้เครื่องมือระบบบริหารแรงงานสัมพันธ์ (Employee Relationship Management)",
    "เสนอแนวทางด้านงานบุคคลที่ได้น้ำใจผู้ใช้บริการ",
};

// `elements` × `pcs` criteria; `columns` evidence items and methods (a third each, about),
// column c covering every PC whose index is ≡ c modulo 3, or 0 modulo 5.
model::Unit wide_unit(int elements, int pcs, int columns) {
    model::Unit u;
    u.code.value = "WX500";
    u.title.value = "หน่วยทดสอบตารางกว้าง";
    std::vector<std::string> names;
    for (int e = 1; e <= elements; ++e) {
        model::Element el;
        el.code = "WX50" + std::to_string(e);
        el.title.value = "สมรรถนะย่อยที่ " + std::to_string(e);
        for (int i = 1; i <= pcs; ++i) {
            model::Criterion c;
            c.number = std::to_string(e) + "." + std::to_string(i);
            c.code = el.code + "." + (i < 10 ? "0" : "") + std::to_string(i);
            c.system_code = std::to_string(300000 + e * 100 + i);
            c.text.value = kPhrases[(e + i) % 3];
            names.push_back(c.code);
            el.criteria.push_back(c);
        }
        u.elements.push_back(el);
    }
    const auto refs = [&](int c) {
        std::vector<model::CodeRef> out;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (static_cast<int>(i) % 3 == c % 3 || i % 5 == 0) out.push_back({names[i], {}, {names[i]}});
        return out;
    };
    for (int c = 0; c < columns; ++c) {
        const int kind = c * 3 / columns;   // PE, KE, then M
        if (kind < 2) {
            model::EvidenceItem item;
            item.kind = kind == 0 ? model::EvidenceKind::performance : model::EvidenceKind::knowledge;
            item.id = (kind == 0 ? "PE" : "KE") + std::to_string(c + 1);
            item.text.value = "หลักฐานรายการที่ " + std::to_string(c + 1);
            item.covers = refs(c);
            (kind == 0 ? u.performance_evidence : u.knowledge_evidence).push_back(item);
        } else {
            model::Method m;
            m.id = "M" + std::to_string(c + 1);
            m.text.value = "วิธีการประเมินที่ " + std::to_string(c + 1);
            m.covers = refs(c);
            u.methods.push_back(m);
        }
    }
    return u;
}

} // namespace

TEST_CASE("forms.matrix: any number of columns prints in parts, every mark once, the criterion at least 60 mm") {
    const layout::PageSetup page = forms::form_page();
    for (const auto& [elements, pcs, columns] : {std::tuple{3, 4, 5}, std::tuple{3, 4, 12}, std::tuple{4, 6, 30},
                                                 std::tuple{10, 15, 40}}) {
        CAPTURE(columns);
        const model::Unit unit = wide_unit(elements, pcs, columns);
        const forms::FormContext ctx(unit, text_setter());
        layout::FlowLayouter flow(text_setter(), page);
        forms::add_mapping_matrix(flow, ctx);
        const layout::Document doc = flow.finish();

        std::size_t marks = 0, parts = 0;
        std::map<std::string, int> ids;        // column id → times printed in a header
        std::size_t criteria = 0;              // criteria's first lines
        double criterion_left = 1e9;
        for (const layout::Page& p : doc.pages)
            for (const layout::Item& item : p.items) {
                const auto* t = std::get_if<layout::TextItem>(&item);
                if (!t) continue;
                const std::string& s = t->line->text;
                const auto e = layout::glyph_extent(*t);
                CHECK(e.x0 >= page.content_left() - 0.01);
                CHECK(e.x1 <= page.content_right() + 0.01);
                if (s == forms::kMatrixMark) ++marks;
                if (s.rfind("ส่วนที่ ", 0) == 0) ++parts;
                if (s.size() <= 4 && (s[0] == 'P' || s[0] == 'K' || s[0] == 'M')) ++ids[s];
                for (const char* phrase : kPhrases)
                    if (std::string(phrase).rfind(s, 0) == 0 && s.size() > 20) {
                        ++criteria;
                        criterion_left = std::min(criterion_left, t->x);
                    }
            }
        // Every coverage mark printed once: the model's count.
        const forms::Coverage coverage = forms::compute_coverage(unit);
        std::size_t expected = 0;
        for (std::size_t c = 0; c < coverage.columns.size(); ++c) expected += coverage.column_count(c, unit);
        CHECK(marks == expected);
        // Each column's id once in a header row per page its part spans: at least once.
        for (const auto& col : coverage.columns) CHECK(ids[col.id] >= 1);
        // One part when the columns fit beside a 60 mm criterion, else as few as fit.
        const std::size_t n_parts = parts == 0 ? 1 : parts;
        if (columns <= 5) CHECK(parts == 0);
        if (columns >= 12) CHECK(parts >= 2);
        CHECK(n_parts <= (static_cast<std::size_t>(columns) + 4) / 5);   // at least 5 columns a part
        CHECK(page.content_right() - criterion_left >= layout::mm(60) - 3);   // 3 pt: the cell's padding
        // Every criterion printed in every part.
        CHECK(criteria == static_cast<std::size_t>(elements * pcs) * n_parts);
    }
}
