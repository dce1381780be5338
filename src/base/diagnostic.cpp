#include "base/diagnostic.hpp"

#include <algorithm>

#include "base/utf8.hpp"

namespace compforms {

std::string format(const Diagnostic& d) {
    std::string out = d.file.empty() ? std::string("compforms") : d.file;
    if (!d.file.empty() && d.line != 0) {
        out += ':' + std::to_string(d.line);
        if (d.column != 0) out += ':' + std::to_string(d.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

int exit_status(const std::vector<Diagnostic>& diagnostics) {
    bool error = false;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity != Severity::error) continue;
        if (d.usage) return 2;
        error = true;
    }
    return error ? 1 : 0;
}

void Diagnostics::error(std::string file, std::size_t line, std::size_t column, std::string message,
                        std::string kind) {
    items_.push_back({Severity::error, std::move(file), line, column, std::move(message), std::move(kind), false});
}

void Diagnostics::warning(std::string file, std::size_t line, std::size_t column, std::string message,
                          std::string kind) {
    items_.push_back({Severity::warning, std::move(file), line, column, std::move(message), std::move(kind), false});
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error;
    }));
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

LineIndex::LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

std::pair<std::size_t, std::size_t> LineIndex::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const std::size_t line = this->line(offset);
    const std::size_t start = line_starts_[line - 1];
    return {line, utf8::column_of(text_.substr(start), offset - start)};
}

std::size_t LineIndex::line(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                    line_starts_.begin());
}

} // namespace compforms
