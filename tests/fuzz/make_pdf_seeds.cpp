// Writes the object_streams fuzz seeds: small PDFs in libharu's own layout (plain objects,
// classic xref table: what pack_object_streams takes), rendered by the real PdfWriter with
// object streams off, so the seeds are what the packer really sees. Each exercises a part
// of the file: plain and deflated streams, a shared content stream, fonts (FontFile2,
// ToUnicode), an outline, named destinations and a link, document info.
//
//     fuzz_pdf_seeds tests/fuzz/object_streams
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

using namespace compforms;

namespace {

// One short line keeps the font subset (most of a file's bytes) to a few glyphs.
layout::TextItem text_item(text::Typesetter& setter, const text::Font& font, const char* utf8, double y) {
    return layout::TextItem{72, y, std::make_shared<text::TextLine>(setter.set_line(utf8, font, 14)), {}, 0};
}

layout::Document one_line(text::Typesetter& setter, const text::Font& font, const char* utf8) {
    layout::Document doc;
    doc.pages.emplace_back();
    doc.pages.back().items.push_back(text_item(setter, font, utf8, 100));
    return doc;
}

layout::Document rules_only() {
    layout::Document doc;
    doc.info.title = "rules (only)";
    doc.pages.emplace_back();
    doc.pages.back().items.push_back(layout::LineItem{72, 80, 300, 80, 0.5, true, {}});
    doc.pages.back().items.push_back(layout::RectItem{60, 90, 100, 40, 0.5, true, true, {}, {}});
    doc.pages.back().items.push_back(layout::TickItem{200, 90, 12, 1});
    return doc;
}

// Two pages sharing a form, with navigation: Outlines, Dests, Annots, Info.
layout::Document navigation(text::Typesetter& setter, const text::Font& font) {
    layout::Document doc;
    doc.info.title = "ทดสอบ \\ (DL100)";
    doc.info.author = "compforms";
    doc.info.creation_date = layout::Timestamp{2024, 5, 17, 8, 30, 0};
    auto shared = std::make_shared<std::vector<layout::Item>>();
    shared->push_back(text_item(setter, font, "ที่", 60));
    for (int p = 0; p < 2; ++p) {
        doc.pages.emplace_back();
        doc.pages.back().shared = shared;
        doc.pages.back().items.push_back(layout::DestItem{"DL101.0" + std::to_string(p + 1), 100});
        doc.pages.back().items.push_back(layout::LinkItem{72, 300, 100, 20, "DL101.02"});
        doc.outline.push_back(layout::OutlineEntry{"หน้า", p, static_cast<std::size_t>(p), 100});
    }
    return doc;
}

void write(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
    std::printf("%s: %zu bytes\n", path.c_str(), bytes.size());
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const auto font = text::Font::open(text::find_font_dir() + "/Sarabun-Regular.ttf");
    text::Typesetter setter;
    pdf::PdfWriter writer;
    pdf::PdfOptions plain;
    plain.compress = false;
    plain.object_streams = false;
    pdf::PdfOptions deflated;
    deflated.object_streams = false;
    write(dir + "/latin-plain.pdf", writer.render(one_line(setter, *font, "Ab 1"), plain));
    write(dir + "/thai-deflated.pdf", writer.render(one_line(setter, *font, "กำ"), deflated));
    write(dir + "/rules-plain.pdf", writer.render(rules_only(), plain));
    write(dir + "/navigation-deflated.pdf", writer.render(navigation(setter, *font), deflated));
    return 0;
}
