// `compforms proof FILE.txt -o OUT.pdf`: sets a UTF-8 text file, one paragraph a line,
// on A4 pages through the whole engine (typesetter, layout document, PDF writer). A proof
// tool: it shows how any text comes out, and it is how the text path is tested end to end.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "layout/document.hpp"
#include "pdf/pdf_writer.hpp"
#include "base/diagnostic.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"
#include "base/utf8.hpp"

namespace compforms::cli {
namespace {

constexpr const char* kHelp =
    "usage: compforms proof FILE.txt -o OUT.pdf [OPTIONS]\n"
    "\n"
    "Sets a UTF-8 text file, one paragraph per line, on A4 pages (margins 30 mm left,\n"
    "20 mm right, 25 mm top and bottom) in Sarabun, through the Thai text engine.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT.pdf   the PDF to write (written atomically)\n"
    "  --size PT              font size in points (default 16)\n"
    "  --width MM             line width in millimetres (default 160)\n"
    "  --align left|justify   paragraph alignment (default left)\n"
    "  --font-dir DIR         folder holding Sarabun-Regular.ttf\n"
    "  --help, --version\n"
    "\n"
    "Exit status: 0 ok, 1 bad input (unreadable file, invalid UTF-8, a character the font\n"
    "lacks), 2 bad usage.\n";

struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string diagnostic(const std::string& file, std::size_t line, std::size_t column, const std::string& msg) {
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.message = msg;
    return format(d);
}

std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": error: cannot read the file: " + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw InputError(path + ": error: cannot read the file");
    std::string all = buf.str();
    if (all.rfind("\xEF\xBB\xBF", 0) == 0) all.erase(0, 3);   // a BOM is not text
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        std::string line = all.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (std::optional<std::size_t> found = utf8::first_invalid(line)) {
            const std::size_t bad = *found;
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[bad]));
            throw InputError(diagnostic(path, lines.size() + 1, utf8::column_of(line, bad),
                                        std::string("invalid UTF-8 (byte ") + hex + ")"));
        }
        lines.push_back(std::move(line));
        if (end == all.size()) break;
        start = end + 1;
    }
    if (!lines.empty() && lines.back().empty()) lines.pop_back();   // the final newline ends a line, not a paragraph
    return lines;
}

std::optional<layout::Timestamp> source_date() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    char* end = nullptr;
    long long secs = std::strtoll(v, &end, 10);
    if (*end != '\0' || secs < 0) return std::nullopt;
    std::time_t t = static_cast<std::time_t>(secs);
    std::tm tm{};
    if (!gmtime_r(&t, &tm)) return std::nullopt;
    return layout::Timestamp{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec};
}

std::string base_name(const std::string& path) {
    std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

int run_proof(const Argv& argv) {
    Args args(argv, {{"--output", "-o", true},
                     {"--size", "", true},
                     {"--width", "", true},
                     {"--align", "", true},
                     {"--font-dir", "", true},
                     {"--help", "-h", false},
                     {"--version", "", false}});
    if (auto done = answer_help_or_version(args, kHelp)) return *done;
    if (args.positional().size() != 1) throw UsageError("expected one text file");
    auto output = args.value("--output");
    if (!output || output->empty()) throw UsageError("missing -o OUT.pdf");
    const double size = args.number("--size").value_or(16);
    const double width_mm = args.number("--width").value_or(160);
    if (!(size > 0) || size > 500) throw UsageError("--size must be a positive number of points (at most 500)");
    if (!(width_mm > 0) || width_mm > 180)
        throw UsageError("--width must be a positive number of millimetres, at most 180 (the page less its left margin)");
    text::Align align = text::Align::left;
    if (auto a = args.value("--align")) {
        if (*a == "justify") align = text::Align::justify;
        else if (*a != "left") throw UsageError("--align takes left or justify, not '" + *a + "'");
    }
    const std::string input = args.positional()[0];

    try {
        std::vector<std::string> paragraphs = read_lines(input);
        const std::string font_dir = text::find_font_dir(args.value("--font-dir").value_or(""));
        std::unique_ptr<text::Font> font = text::Font::open(font_dir + "/Sarabun-Regular.ttf");
        text::Typesetter typesetter;
        text::ParagraphStyle style;
        style.font = font.get();
        style.size = size;
        style.width = layout::mm(width_mm);
        style.align = align;
        const text::LineMetrics lm = text::line_metrics(*font, size);

        layout::Document doc;
        doc.info.title = base_name(input);
        doc.info.creation_date = source_date();
        const double left = layout::mm(30), top = layout::mm(25), bottom = layout::kA4Height - layout::mm(25);
        double baseline = 0;
        auto new_page = [&] {
            doc.pages.emplace_back();
            baseline = top + lm.ascent;
        };
        new_page();
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            std::vector<text::TextLine> lines;
            try {
                lines = typesetter.set_paragraph(paragraphs[i], style);
            } catch (const text::MissingGlyphError& e) {
                throw InputError(diagnostic(input, i + 1, utf8::column_of(paragraphs[i], e.offset),
                                            "character '" + utf8::encode(e.codepoint) + "' (" +
                                                utf8::code_point_name(e.codepoint) + ") is not in font " +
                                                font->postscript_name()));
            }
            if (lines.empty()) {   // an empty line keeps its place as blank space
                baseline += lm.height;
                continue;
            }
            for (text::TextLine& line : lines) {
                if (baseline + lm.descent > bottom && !doc.pages.back().items.empty()) new_page();
                layout::TextItem item;
                item.x = left;
                item.baseline = baseline;
                item.line = std::make_shared<text::TextLine>(std::move(line));
                doc.pages.back().items.push_back(std::move(item));
                baseline += lm.height;
            }
        }
        pdf::PdfWriter().write(doc, *output);
    } catch (const InputError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace compforms::cli
