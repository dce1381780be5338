#include "source/text_file_loader.hpp"

#include <cstdio>

#include "base/utf8.hpp"
#include "source/file_reader.hpp"

namespace compforms::source {

LoadedTextFile load_text_file(const std::string& path) {
    LoadedTextFile loaded;
    loaded.file.source_path = path;
    FileRead read = read_file(path);
    if (!read.bytes) {
        loaded.diagnostics.error(path, 0, 0, read.error);
        return loaded;
    }
    loaded.text = std::move(*read.bytes);
    const std::string& all = loaded.text;
    std::size_t start = all.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;   // a BOM is not text
    for (std::size_t line = 1; start <= all.size(); ++line) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        std::size_t stop = end > start && all[end - 1] == '\r' ? end - 1 : end;
        const std::string_view text(all.data() + start, stop - start);
        if (const auto bad = utf8::first_invalid(text)) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad]));
            loaded.diagnostics.error(path, line, utf8::column_of(text, *bad), std::string("invalid UTF-8 (byte ") + hex + ")");
            return loaded;
        }
        if (end == all.size() && text.empty()) break;   // the final newline ends a line, not a paragraph
        model::Text paragraph;
        paragraph.value = std::string(text);
        paragraph.pos = {start};
        paragraph.origin = TextOrigin::span(start, text.size());
        loaded.file.paragraphs.push_back(std::move(paragraph));
        if (end == all.size()) break;
        start = end + 1;
    }
    return loaded;
}

} // namespace compforms::source
