#include "forms/result_summary.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "forms/house_style.hpp"
#include "layout/flow.hpp"

namespace compforms::forms {
namespace {

// How the summary prints a result of the sheet's summary lines.
std::string result_label(const std::string& result) {
    if (result == "pass") return "ผ่าน";
    if (result == "fail") return "ไม่ผ่าน";
    if (result == "blank") return "ไม่ได้ทำเครื่องหมาย";
    if (result == "ambiguous") return "ไม่ชัดเจน";
    return "ไม่มีผลที่อ่านได้";   // the page was not read
}

std::string follow_up_text(const std::vector<model::RecordedResult>& rows) {
    std::string out;
    for (const model::RecordedResult& r : rows)
        out += (out.empty() ? "" : ", ") + r.item + " (" + (r.form == "checklist" ? "แบบตรวจสอบ" : "แบบบันทึก") +
               (r.page > 0 ? " หน้า " + std::to_string(r.page) : std::string()) + ": " + result_label(r.result) + ")";
    return out;
}

// Who, then a row per element and one for the unit, then what needs a look: a group kept
// together where a page can hold it, its heading repeated "(ต่อ)" on a page it continues on.
void add_candidate(layout::Table& t, const model::Unit& unit, const CandidateSummary& s) {
    const layout::TextStyle body = table_style(), bold = table_bold();
    const int heading = static_cast<int>(t.rows.size());
    layout::Row head({layout::Cell("เลขประจำตัว " + s.candidate, bold).span_cols(3)});
    head.fill = layout::Color{0.93, 0.93, 0.93};
    head.keep_with_next = true;
    head.continuation = {layout::Cell("เลขประจำตัว " + s.candidate + " (ต่อ)", bold).span_cols(3)};
    t.rows.push_back(std::move(head));
    for (std::size_t e = 0; e < unit.elements.size(); ++e) {
        layout::Row row({layout::Cell(unit.elements[e].code, body), layout::Cell(unit.elements[e].title.value, body),
                         layout::Cell(result_label(s.element_results[e]), body, text::Align::center)});
        row.group_heading = heading;
        row.keep_with_next = true;
        t.rows.push_back(std::move(row));
    }
    layout::Row total({layout::Cell(unit.code.value, bold), layout::Cell("ผลการประเมินหน่วยสมรรถนะ", bold),
                       layout::Cell(result_label(s.unit_result), bold, text::Align::center)});
    total.group_heading = heading;
    total.keep_with_next = !s.follow_up.empty();
    t.rows.push_back(std::move(total));
    if (s.follow_up.empty()) return;
    layout::Row check({layout::Cell("ต้องตรวจสอบ: " + follow_up_text(s.follow_up), body).span_cols(3)});
    check.group_heading = heading;
    t.rows.push_back(std::move(check));
}

} // namespace

std::vector<CandidateSummary> summarise_results(const model::Unit& unit, const std::vector<model::RecordedResult>& rows) {
    std::vector<CandidateSummary> out;
    std::map<std::string, std::size_t> index;
    std::map<std::string, std::size_t> element;
    for (std::size_t e = 0; e < unit.elements.size(); ++e) element.emplace(unit.elements[e].code, e);
    for (const model::RecordedResult& r : rows) {
        if (r.candidate.empty()) continue;
        auto [it, added] = index.emplace(r.candidate, out.size());
        if (added) {
            out.push_back(CandidateSummary{r.candidate, std::vector<std::string>(unit.elements.size()), {}, {}});
        }
        CandidateSummary& s = out[it->second];
        if (r.result == "blank" || r.result == "ambiguous") s.follow_up.push_back(r);
        if (r.form != "scoresheet") continue;
        if (r.item == unit.code.value) s.unit_result = r.result;
        else if (auto e = element.find(r.item); e != element.end()) s.element_results[e->second] = r.result;
    }
    // The same results in any row order give the same summary: candidates by ID, the items
    // to follow up by form and item.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.candidate < b.candidate; });
    for (CandidateSummary& s : out)
        std::stable_sort(s.follow_up.begin(), s.follow_up.end(), [](const auto& a, const auto& b) {
            return std::tie(a.form, a.item) < std::tie(b.form, b.item);
        });
    return out;
}

std::string summary_csv(const model::Unit& unit, const std::vector<CandidateSummary>& summaries) {
    std::string out = "candidate_id,item,kind,result\n";
    // IDs and codes hold no commas or quotes the CSV reader accepts unquoted; quote anyway.
    auto field = [](const std::string& v) {
        if (v.find_first_of(",\"\n") == std::string::npos) return v;
        std::string q = "\"";
        for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    for (const CandidateSummary& s : summaries) {
        for (std::size_t e = 0; e < unit.elements.size(); ++e)
            out += field(s.candidate) + "," + field(unit.elements[e].code) + ",element," + s.element_results[e] + "\n";
        out += field(s.candidate) + "," + field(unit.code.value) + ",unit," + s.unit_result + "\n";
        for (const model::RecordedResult& r : s.follow_up)
            out += field(s.candidate) + "," + field(r.item) + ",follow-up," + r.result + "\n";
    }
    return out;
}

layout::Document result_summary(const model::Unit& unit, const std::vector<CandidateSummary>& summaries,
                                const layout::TextSetter& setter, const FormOptions& options) {
    const layout::PageSetup page = form_page();
    layout::FlowLayouter flow(setter, page);
    add_title(flow, kResultSummaryTitle, unit);
    layout::Table t;
    t.padding_x = 3;
    std::vector<std::string> codes = {unit.code.value};
    for (const model::Element& e : unit.elements) codes.push_back(e.code);
    t.columns = {layout::ColumnWidth::fixed_pt(column_fitting(codes, table_bold(), t.padding_x, layout::mm(18), setter)),
                 layout::ColumnWidth::relative(1),
                 layout::ColumnWidth::fixed_pt(column_fitting({"ไม่ได้ทำเครื่องหมาย"}, table_style(), t.padding_x, 0, setter))};
    t.header_rows.push_back(
        layout::Row({header_cell("รหัส"), header_cell("สมรรถนะย่อย / หน่วยสมรรถนะ"), header_cell("ผลการประเมิน")}));
    for (const CandidateSummary& s : summaries) add_candidate(t, unit, s);
    if (summaries.empty())
        t.rows.push_back(layout::Row({layout::Cell("ไม่มีผลการประเมินของผู้เข้ารับการประเมิน", table_style()).span_cols(3)}));
    flow.add(layout::Block(std::move(t)));
    layout::Document doc = flow.finish();
    doc.info.title = std::string(kResultSummaryTitle) + " " + unit.code.value;
    doc.info.subject = unit.title.value;
    doc.info.creation_date = options.date;
    decorate_form(doc, kResultSummaryTitle, unit, setter, page, options.thai_digits);
    return doc;
}

} // namespace compforms::forms
