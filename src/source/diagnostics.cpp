#include "source/diagnostics.hpp"

#include <algorithm>

namespace compforms::source {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::pair<std::size_t, std::size_t> LineIndex::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    std::size_t start = line_starts_[line - 1];
    // Columns count code points, as editors do: skip UTF-8 continuation bytes.
    std::size_t column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    return {line, column};
}

std::size_t LineIndex::line(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                    line_starts_.begin());
}

void Diagnostics::add(Severity severity, std::string file, std::size_t line, std::size_t column,
                      std::string message) {
    items_.push_back({severity, std::move(file), line, column, std::move(message)});
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error;
    }));
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

std::string format(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line != 0) {
        out += ':' + std::to_string(d.line);
        if (d.column != 0) out += ':' + std::to_string(d.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

} // namespace compforms::source
