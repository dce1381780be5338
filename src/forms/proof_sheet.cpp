#include "forms/proof_sheet.hpp"

namespace compforms::forms {
namespace {

std::string base_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

layout::Document proof_sheet(const model::TextFile& file, const ProofLayout& how, const layout::TextSetter& setter) {
    layout::TextStyle style;
    style.size = how.size;
    const text::LineMetrics lm = setter.metrics(style);
    layout::Document doc;
    doc.info.title = base_name(file.source_path);
    doc.info.creation_date = how.date;
    const double left = layout::mm(30), top = layout::mm(25), bottom = layout::kA4Height - layout::mm(25);
    double baseline = 0;
    auto new_page = [&] {
        doc.pages.emplace_back();
        baseline = top + lm.ascent;
    };
    new_page();
    const text::Align align = how.justify ? text::Align::justify : text::Align::left;
    for (const model::Text& paragraph : file.paragraphs) {
        std::vector<layout::Band> lines =
            setter.paragraph(paragraph.value, style, left, layout::mm(how.width_mm), align, 0, paragraph.origin);
        if (lines.empty()) baseline += lm.height;   // an empty line keeps its place as blank space
        for (layout::Band& line : lines) {
            if (baseline + lm.descent > bottom && !doc.pages.back().items.empty()) new_page();
            layout::TextItem item = std::get<layout::TextItem>(line.items.front());
            item.baseline = baseline;
            doc.pages.back().items.push_back(std::move(item));
            baseline += lm.height;
        }
    }
    return doc;
}

} // namespace compforms::forms
