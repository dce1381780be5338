// A document written part by part (StreamedPdf): what a reader sees must be what the same
// document rendered whole shows (text, bookmarks, links resolving to their destinations),
// whatever the parts and however few pages are rendered together; the file valid, its
// page tree balanced, its fonts embedded subsets, and the same parts giving the same bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/streamed_pdf.hpp"
#include "pdf_test_support.hpp"

using namespace compforms;
using compforms::testing::hb_line;
using compforms::testing::run_command;

namespace {

using ItemList = std::shared_ptr<const std::vector<layout::Item>>;

layout::TextItem text_at(const text::Font& font, const std::string& s, double baseline) {
    return layout::TextItem{72, baseline, std::make_shared<text::TextLine>(hb_line(font, s, 14)), {}, 0};
}

// A booklet (destinations, bookmarks two levels deep) and a two-page form whose copies
// carry a candidate's name and links to the booklet's destinations. The form reserves the
// names' glyphs, as a batch's forms do: its shared subset then serves every copy.
struct Batch {
    std::unique_ptr<text::Font> font = text::Font::open(testing::regular_font_path());
    layout::Document form;

    Batch() {
        const char* lines[] = {"แบบบันทึกคะแนน ผู้รับการประเมิน ที่ได้", "ปั้น ก็ กำหนด ซึ่ง เพิ่ม ยิ่งขึ้น น้ำ ปี่"};
        for (const char* line : lines) {
            auto shared = std::make_shared<std::vector<layout::Item>>();
            shared->push_back(text_at(*font, line, 120));
            shared->push_back(layout::RectItem{70, 100, 200, 40, 0.75, true, false, {}, {}});
            shared->push_back(layout::ReservedText{std::make_shared<text::TextLine>(
                hb_line(*font, "นางสาวญาณิศา ฐิติพร 0123456789", 14))});
            form.pages.emplace_back();
            form.pages.back().shared = shared;
        }
    }

    layout::Document booklet() const {
        layout::Document doc;
        for (int p = 0; p < 3; ++p) {
            doc.pages.emplace_back();
            doc.pages.back().items.push_back(text_at(*font, "หน่วยสมรรถนะ หน้า " + std::to_string(p + 1), 80));
            doc.pages.back().items.push_back(layout::DestItem{"DL101.0" + std::to_string(p + 1), 100.0 + 50 * p});
        }
        doc.outline = {{"บทที่ ๑", 0, 0, 50}, {"1.1 ย่อย", 1, 1, 180}, {"บทที่ ๒", 0, 2, 50}};
        return doc;
    }

    layout::Document candidate(int i) const {
        layout::Document doc;
        doc.pages = form.pages;
        doc.pages[0].items.push_back(text_at(*font, "นางสาวญาณิศา ฐิติพร " + std::to_string(i), 60));
        doc.pages[0].items.push_back(layout::LinkItem{72, 110, 100, 20, "DL101.0" + std::to_string(1 + i % 3)});
        doc.pages[1].items.push_back(layout::LinkItem{72, 110, 100, 20, "DL101.02"});
        doc.outline = {{"ผู้สมัคร " + std::to_string(i), 0, 0, 0}, {"แบบบันทึก", 1, 0, 0}, {"หน้า ๒", 2, 1, 0}};
        return doc;
    }

    // The parts as one document, for PdfWriter::render.
    layout::Document whole(const std::vector<layout::Document>& parts) const {
        layout::Document doc;
        doc.info.title = "ชุดแบบประเมิน";
        for (const layout::Document& part : parts) {
            for (layout::OutlineEntry e : part.outline) {
                e.page += doc.pages.size();
                doc.outline.push_back(e);
            }
            doc.pages.insert(doc.pages.end(), part.pages.begin(), part.pages.end());
        }
        return doc;
    }

    std::vector<layout::Document> parts(int candidates) const {
        std::vector<layout::Document> out{booklet()};
        for (int i = 0; i < candidates; ++i) out.push_back(candidate(i));
        return out;
    }

    std::string streamed(pdf::PdfWriter& writer, const std::vector<layout::Document>& parts, std::size_t pages) const {
        std::string bytes;
        layout::DocInfo info;
        info.title = "ชุดแบบประเมิน";
        pdf::StreamedPdf doc(writer, [&bytes](std::string_view b) { bytes.append(b.data(), b.size()); }, info, {&form},
                             pages);
        for (const layout::Document& part : parts) doc.add(part);
        doc.finish();
        return bytes;
    }
};

std::string saved(const std::string& bytes, const std::string& name) {
    const std::string path = testing::temp_path(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

// Every link as mupdf resolves it: page, rectangle, and the page and height it goes to.
std::string links(const std::string& path) {
    const std::string script = testing::temp_path("links.js");
    std::ofstream(script) << "var doc = new Document(scriptArgs[0]);\n"
                             "for (var i = 0; i < doc.countPages(); ++i) {\n"
                             "  var links = doc.loadPage(i).getLinks();\n"
                             "  for (var k = 0; k < links.length; ++k)\n"
                             "    print(i + ' ' + links[k].bounds.join(' ') + ' ' + links[k].uri);\n"
                             "}\n";
    std::string out = run_command("mutool run " + script + " " + path + " 2>&1");
    std::remove(script.c_str());
    return out;
}

// What a reader sees of a file.
struct ReaderView {
    explicit ReaderView(const std::string& path)
        : text(run_command("pdftotext -enc UTF-8 " + path + " -")),
          raw(run_command("pdftotext -raw -enc UTF-8 " + path + " -")),
          outline(run_command("mutool show " + path + " outline")),
          link_targets(links(path)) {}
    std::string text, raw, outline, link_targets;
};

void check_valid(const std::string& path) {
    int st = 0;
    const std::string out = run_command("qpdf --check " + path + " 2>&1", &st);
    INFO(out);
    CHECK(st == 0);
    const std::string fonts = run_command("pdffonts " + path);
    INFO(fonts);
    CHECK(fonts.find("CID TrueType      Identity-H       yes yes yes") != std::string::npos);
    CHECK(fonts.find(" no ") == std::string::npos);
}

} // namespace

TEST_CASE("streamed pdf: reads as the document rendered whole, whatever the pages rendered together") {
    const Batch batch;
    const std::vector<layout::Document> parts = batch.parts(40);
    pdf::PdfWriter writer;
    const std::string whole = saved(writer.render(batch.whole(parts)), "whole.pdf");
    const ReaderView expected(whole);
    REQUIRE(expected.link_targets.find("#page=2") != std::string::npos);   // links resolve into the booklet
    for (std::size_t pages : {std::size_t{1}, std::size_t{3}, std::size_t{7}, pdf::StreamedPdf::kPagesPerRender}) {
        CAPTURE(pages);
        const std::string path = saved(batch.streamed(writer, parts, pages), "streamed.pdf");
        check_valid(path);
        const ReaderView seen(path);
        CHECK(seen.text == expected.text);
        CHECK(seen.raw == expected.raw);
        CHECK(seen.outline == expected.outline);
        CHECK(seen.link_targets == expected.link_targets);
        CHECK(run_command("qpdf --show-npages " + path) == "83\n");
        std::remove(path.c_str());
    }
    std::remove(whole.c_str());
}

TEST_CASE("streamed pdf: the shared part is in the file once, the page tree balanced") {
    const Batch batch;
    pdf::PdfWriter writer;
    // One page a render: 81 parts, more than one level of the page tree can hold.
    const std::string path = saved(batch.streamed(writer, batch.parts(40), 1), "tree.pdf");
    const std::string qdf = testing::temp_path("tree-qdf.pdf");
    run_command("qpdf --qdf --object-streams=disable " + path + " " + qdf);
    std::ifstream in(qdf, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string q = s.str();
    auto count = [&q](const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = q.find(what); at != std::string::npos; at = q.find(what, at + 1)) ++n;
        return n;
    };
    CHECK(count("/FontFile2") == 2);   // the shared subset, and the booklet's own
    // Kids arrays of at most 32 nodes: 41 parts (one a render) need a level above them.
    const std::regex pages_node(R"(/Count (\d+)\n  /Kids \[\n((?:\s+\d+ 0 R\n)+))");
    std::size_t nodes = 0;
    for (auto it = std::sregex_iterator(q.begin(), q.end(), pages_node); it != std::sregex_iterator(); ++it) {
        ++nodes;
        CHECK(std::count((*it)[2].first, (*it)[2].second, 'R') <= 32);
    }
    CHECK(nodes == 41 + 2 + 1);
    std::remove(path.c_str());
    std::remove(qdf.c_str());
}

TEST_CASE("streamed pdf: the same parts give the same bytes, through a fresh or a used writer") {
    const Batch batch;
    const std::vector<layout::Document> parts = batch.parts(12);
    pdf::PdfWriter writer;
    const std::string first = batch.streamed(writer, parts, 5);
    CHECK(batch.streamed(writer, parts, 5) == first);
    pdf::PdfWriter fresh;
    CHECK(batch.streamed(fresh, parts, 5) == first);
    CHECK(first.compare(0, 8, "%PDF-1.5") == 0);
}

TEST_CASE("streamed pdf: a link to nowhere and a page of an unknown form throw PdfError") {
    const Batch batch;
    pdf::PdfWriter writer;
    std::vector<layout::Document> parts = batch.parts(3);
    parts[2].pages[1].items.push_back(layout::LinkItem{72, 300, 50, 10, "DL999.99"});
    try {
        batch.streamed(writer, parts, 2);
        FAIL("no error");
    } catch (const pdf::PdfError& e) {
        CHECK(std::string(e.what()) == "page 7 links to 'DL999.99', which no page of the document defines");
    }

    layout::Document stranger;
    stranger.pages.emplace_back();
    stranger.pages.back().shared = std::make_shared<std::vector<layout::Item>>();
    pdf::StreamedPdf doc(writer, [](std::string_view) {}, {}, {&batch.form});
    CHECK_THROWS_AS(doc.add(stranger), pdf::PdfError);
}

TEST_CASE("streamed pdf: a link to a destination of a later part resolves") {
    const Batch batch;
    std::vector<layout::Document> parts = batch.parts(4);
    std::rotate(parts.begin(), parts.begin() + 1, parts.end());   // the booklet last
    pdf::PdfWriter writer;
    const std::string whole = saved(writer.render(batch.whole(parts)), "late-whole.pdf");
    const std::string path = saved(batch.streamed(writer, parts, 2), "late.pdf");
    check_valid(path);
    CHECK(links(path) == links(whole));
    CHECK(links(path).find("#page=9") != std::string::npos);
    std::remove(path.c_str());
    std::remove(whole.c_str());
}

TEST_CASE("streamed pdf: a part of more pages than a page tree node holds") {
    const Batch batch;
    layout::Document big;
    big.pages.resize(8200);
    big.pages.back().items.push_back(text_at(*batch.font, "หน้าสุดท้าย", 100));
    big.outline = {{"ท้าย", 0, 8199, 0}};
    pdf::PdfWriter writer;
    const std::string path = saved(batch.streamed(writer, {batch.booklet(), big}, 16), "big-part.pdf");
    check_valid(path);
    CHECK(run_command("qpdf --show-npages " + path) == "8203\n");
    CHECK(run_command("pdftotext -f 8203 -l 8203 -enc UTF-8 " + path + " -").find("หน้าสุดท้าย") != std::string::npos);
    CHECK(run_command("mutool show " + path + " outline").find("#page=8203") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("streamed pdf: a document of no parts is a valid empty file") {
    const Batch batch;
    pdf::PdfWriter writer;
    const std::string path = saved(batch.streamed(writer, {}, 4), "empty.pdf");
    int st = 0;
    run_command("qpdf --check " + path + " >/dev/null 2>&1", &st);
    CHECK(st == 0);
    CHECK(run_command("qpdf --show-npages " + path) == "0\n");
    std::remove(path.c_str());
}
