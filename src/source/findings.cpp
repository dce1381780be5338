#include "source/findings.hpp"

#include <algorithm>

namespace compforms::source {

bool Findings::has_errors() const {
    return std::any_of(items_.begin(), items_.end(),
                       [](const Finding& f) { return f.severity == Severity::error; });
}

Diagnostics to_diagnostics(const std::vector<Finding>& findings, const std::string& file, std::string_view text) {
    std::vector<const Finding*> order;
    order.reserve(findings.size());
    for (const Finding& f : findings) order.push_back(&f);
    // npos is the largest offset; whole-file findings go first, so map it to "before 0".
    auto key = [](const Finding* f) { return f->offset == model::SourcePos::npos ? 0 : f->offset + 1; };
    std::stable_sort(order.begin(), order.end(),
                     [&](const Finding* a, const Finding* b) { return key(a) < key(b); });
    Diagnostics out;
    // Walk forward to each offset in turn; columns count code points (as LineIndex does).
    std::size_t at = 0, line = 1, column = 1;
    for (const Finding* f : order) {
        if (f->offset == model::SourcePos::npos) {
            out.add({f->severity, file, 0, 0, f->message, f->kind, false});
            continue;
        }
        std::size_t target = std::min(f->offset, text.size());
        for (; at < target; ++at) {
            if (text[at] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        out.add({f->severity, file, line, column, f->message, f->kind, false});
    }
    return out;
}

} // namespace compforms::source
