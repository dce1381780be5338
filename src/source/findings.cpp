#include "source/findings.hpp"

#include <algorithm>
#include <tuple>

namespace compforms::source {

bool Findings::has_errors() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

Diagnostics to_diagnostics(const std::vector<Finding>& findings, const std::string& file,
                           const LineIndex& lines) {
    std::vector<const Finding*> order;
    order.reserve(findings.size());
    for (const Finding& f : findings) order.push_back(&f);
    // npos is the largest offset; whole-file findings go first, so map it to "before 0".
    auto key = [](const Finding* f) { return f->offset == model::SourcePos::npos ? 0 : f->offset + 1; };
    std::stable_sort(order.begin(), order.end(),
                     [&](const Finding* a, const Finding* b) { return key(a) < key(b); });
    Diagnostics out;
    for (const Finding* f : order) {
        std::size_t line = 0, column = 0;
        if (f->offset != model::SourcePos::npos) std::tie(line, column) = lines.locate(f->offset);
        out.add(f->severity, file, line, column, f->message);
    }
    return out;
}

} // namespace compforms::source
