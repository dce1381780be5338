// pack_object_streams on real libharu output and on hand-made files: the packed file is
// valid (qpdf), reads the same (pdftotext, pdffonts, and qpdf's normalised QDF form is
// byte-identical to the input's), is smaller, keeps only stream objects outside the one
// object stream, is deterministic; strings with PDF syntax inside survive; anything
// malformed throws PdfError and never crashes (also run under ASan/UBSan).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/object_streams.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"

using namespace compforms;
using compforms::testing::hb_line;
using compforms::testing::run_command;

namespace {

std::string pack(const std::string& pdf) {
    pdf::detail::Deflater deflater;
    return pdf::detail::pack_object_streams(pdf, deflater);
}

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Writes both files to the temporary folder and removes them at the end of the test.
struct FilePair {
    std::string original, packed;
    FilePair(const std::string& name, const std::string& a, const std::string& b)
        : original(testing::temp_path(name + ".pdf")), packed(testing::temp_path(name + "-packed.pdf")) {
        write_bytes(original, a);
        write_bytes(packed, b);
    }
    ~FilePair() {
        if (std::getenv("KEEP")) return;
        std::remove(original.c_str());
        std::remove(packed.c_str());
    }
    FilePair(const FilePair&) = delete;
    FilePair& operator=(const FilePair&) = delete;
};

// qpdf --check passes without a warning.
void check_qpdf_clean(const std::string& path) {
    int status = -1;
    std::string out = run_command("qpdf --check " + path + " 2>&1", &status);
    INFO(out);
    CHECK(status == 0);
    CHECK(out.find("No syntax or stream encoding errors") != std::string::npos);
    CHECK(out.find("WARNING") == std::string::npos);
}

// qpdf's normalised form (objects renumbered in reading order, streams uncompressed, a
// fixed /ID), without its %PDF-x.y line: the same for two files that hold the same
// objects, however stored.
std::string qdf(const std::string& path) {
    std::string out = path + ".qdf";
    run_command("qpdf --qdf --static-id --object-streams=disable " + path + " " + out + " 2>&1");
    std::string bytes = read_bytes(out);
    std::remove(out.c_str());
    return bytes.substr(std::min(bytes.size(), bytes.find('\n')));
}

layout::Document two_page_document(const text::Font& regular, const text::Font& bold) {
    const char* lines[] = {
        "ที่ ได้ น้ำ ปี่ ญู ฐุ ฤๅ ฦๅ",
        "ปั้น ก็ กำ กำหนด ซึ่ง เพิ่ม ยิ่งขึ้น วงศ์สวัสดิ์",
        "(Agile) ปี่ ๑๒๓ DL101.01 191372",
        "1.1 วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้",
    };
    layout::Document doc;
    doc.info.title = "แบบบันทึกผลการประเมิน (DL100) \\ ทดสอบ";
    doc.info.subject = "object streams";
    doc.info.author = "compforms tests";
    doc.info.creation_date = layout::Timestamp{2024, 5, 17, 8, 30, 0};
    auto shared = std::make_shared<std::vector<layout::Item>>();
    shared->push_back(layout::TextItem{72, 60, std::make_shared<text::TextLine>(hb_line(bold, "หัวข้อ แบบฟอร์ม", 18)), {}});
    shared->push_back(layout::RectItem{60, 80, 470, 200, 0.5, true, false, {}, {}});
    for (int p = 0; p < 2; ++p) {
        doc.pages.emplace_back();
        layout::Page& page = doc.pages.back();
        page.shared = shared;
        double y = 120;
        for (const char* s : lines) {
            page.items.push_back(layout::TextItem{72, y, std::make_shared<text::TextLine>(hb_line(regular, s, 14)), {}});
            y += 26;
        }
        page.items.push_back(layout::LineItem{72, y, 500, y, 0.5, true, {}});
        page.items.push_back(layout::DestItem{"DL101.0" + std::to_string(p + 1), 100});
        page.items.push_back(layout::LinkItem{72, 300, 100, 20, "DL101.02"});
        page.items.push_back(layout::TickItem{500, 120, 12, 1});
        doc.outline.push_back(layout::OutlineEntry{"หน้า " + std::to_string(p + 1), 0, static_cast<std::size_t>(p), 100});
    }
    return doc;
}

const std::string& thai_pdf() {
    static const std::string bytes = [] {
        auto regular = text::Font::open(testing::regular_font_path());
        auto bold = text::Font::open(std::string(COMPFORMS_ROOT_DIR) + "/fonts/Sarabun-Bold.ttf");
        pdf::PdfOptions libharu_layout;
        libharu_layout.object_streams = false;   // what the packer takes
        return pdf::PdfWriter().render(two_page_document(*regular, *bold), libharu_layout);
    }();
    return bytes;
}

// A PDF laid out as libharu lays it out, from object bodies (object N+1 is bodies[N]),
// with a correct xref table; `trailer` is the trailer dictionary's inside.
// `between` goes between objects.
std::string make_pdf(const std::vector<std::string>& bodies, const std::string& trailer,
                     const std::string& between = "") {
    std::string pdf = "%PDF-1.3\n%\xB7\xBE\xAD\xAA\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        if (i) pdf += between;
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n";
    }
    std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(bodies.size() + 1) + "\n0000000000 65535 f\r\n";
    for (std::size_t off : offsets) {
        char entry[32];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", off);
        pdf += entry;
    }
    pdf += "trailer\n<<\n/Size " + std::to_string(bodies.size() + 1) + "\n" + trailer + "\n>>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

std::string stream_body(const std::string& dict_inside, const std::string& data) {
    return "<<\n" + dict_inside + "\n>>\nstream\r\n" + data + "\nendstream";
}

// One page filling a rectangle: object 4 is its content stream, 5 the content's length
// (26, padded with spaces to `length_width` bytes), 6 the Info dictionary given.
std::string small_pdf(const std::string& info_body, std::size_t length_width = 2, const std::string& between = "") {
    const std::string content = "0 0 1 rg 10 10 100 50 re f";
    std::string length_body = std::to_string(content.size());
    length_body.resize(std::max(length_width, length_body.size()), ' ');
    std::vector<std::string> bodies = {
        "<<\n/Type /Catalog\n/Pages 2 0 R\n>>",
        "<<\n/Type /Pages\n/Kids [ 3 0 R ]\n/Count 1\n>>",
        "<<\n/Type /Page\n/MediaBox [ 0 0 200 200 ]\n/Contents 4 0 R\n/Parent 2 0 R\n>>",
        stream_body("/Length 5 0 R", content),
        length_body,
        info_body,
    };
    return make_pdf(bodies, "/Root 1 0 R\n/Info 6 0 R", between);
}

// An Info dictionary whose strings hold PDF syntax, escapes, an end of line and binary
// bytes (a NUL among them), a hex string with spaces, a '%' inside a string, every kind of
// number and the empty name.
std::string tricky_info() {
    static const char bytes[] =
        "<<\n/Title (endobj >> << ] [ /Name \\(unbalanced\\) (nested (twice)) \\\\ \\) \r\n stream\xFF\x01\x00\x80 end)\n"
        "/Subject <FE FF 0E 01>\n/Keywords (a%not a comment)\n/Empty ()\n"
        "/X [ /a/b 1 -2 +3 .5 4. true false null ]\n/N / /M 1\n>>";
    return std::string(bytes, sizeof bytes - 1);
}

void check_throws(const std::string& pdf, const char* what) {
    INFO(what);
    CHECK_THROWS_AS(pack(pdf), pdf::PdfError);
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
    std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("object streams: a packed two-page Thai document is valid, smaller and reads the same") {
    const std::string& original = thai_pdf();
    const std::string packed = pack(original);
    FilePair files("objstm-thai", original, packed);
    check_qpdf_clean(files.packed);
    CHECK(packed.size() < original.size());
    CHECK(packed.compare(0, 9, "%PDF-1.5\n") == 0);
    CHECK(packed.compare(9, 6, "%\xB7\xBE\xAD\xAA\n") == 0);

    std::string text_before = run_command("pdftotext -enc UTF-8 " + files.original + " -");
    std::string text_after = run_command("pdftotext -enc UTF-8 " + files.packed + " -");
    CHECK(text_before.find("วิเคราะห์และระบุคุณสมบัติ") != std::string::npos);
    CHECK(text_after == text_before);

    std::string fonts_before = run_command("pdffonts " + files.original);
    std::string fonts_after = run_command("pdffonts " + files.packed);
    CHECK(fonts_before.find("Sarabun-Bold") != std::string::npos);
    CHECK(fonts_after == fonts_before);

    std::string info_after = run_command("pdfinfo " + files.packed + " 2>&1");
    CHECK(info_after.find("แบบบันทึกผลการประเมิน (DL100) \\ ทดสอบ") != std::string::npos);
    std::size_t pages = info_after.find("Pages:");
    REQUIRE(pages != std::string::npos);
    CHECK(std::atoi(info_after.c_str() + pages + 6) == 2);

    // Every object the files hold, compared in qpdf's normal form.
    std::string qdf_before = qdf(files.original), qdf_after = qdf(files.packed);
    CHECK(qdf_before.size() > 10000);
    CHECK(qdf_after == qdf_before);
}

TEST_CASE("object streams: only streams stay outside the object stream, length objects are dropped") {
    const std::string& original = thai_pdf();
    const std::string packed = pack(original);
    FilePair files("objstm-xref", original, packed);
    std::string xref = run_command("qpdf --show-xref " + files.packed);
    std::istringstream lines(xref);
    int compressed = 0, uncompressed = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.find(": compressed; stream = ") != std::string::npos) ++compressed;
        else if (line.find(": uncompressed; offset = ") != std::string::npos) ++uncompressed;
    }
    // In the input: objects, streams, and "/Length N 0 R" (one per stream in libharu's files).
    int streams = 0, lengths = 0, objects = 0;
    for (std::size_t at = 0; (at = original.find(" 0 obj\n", at)) != std::string::npos; at += 7) ++objects;
    for (std::size_t at = 0; (at = original.find(">>\nstream\r\n", at)) != std::string::npos; at += 10) ++streams;
    for (std::size_t at = 0; (at = original.find("/Length ", at)) != std::string::npos; at += 8) {
        std::size_t end = original.find('\n', at);
        if (original.compare(end - 4, 4, " 0 R") == 0) ++lengths;
    }
    INFO(xref);
    CHECK(streams > 5);
    CHECK(lengths == streams);
    CHECK(uncompressed == streams + 2);  // and the object stream and the xref stream
    CHECK(compressed == objects - streams - lengths);
    CHECK(packed.find("/Type/ObjStm") != std::string::npos);
    CHECK(packed.find("/Type/XRef") != std::string::npos);
    CHECK(packed.find("\nxref\n") == std::string::npos);
}

TEST_CASE("object streams: the same input gives the same bytes") {
    const std::string& original = thai_pdf();
    pdf::detail::Deflater reused;
    std::string a = pdf::detail::pack_object_streams(original, reused);
    std::string b = pdf::detail::pack_object_streams(original, reused);
    std::string c = pack(original);
    CHECK(a == b);
    CHECK(a == c);
}

TEST_CASE("object streams: strings holding endobj, >>, escaped parentheses and binary bytes survive") {
    const std::string original = small_pdf(tricky_info());
    const std::string packed = pack(original);
    FilePair files("objstm-strings", original, packed);
    check_qpdf_clean(files.original);
    check_qpdf_clean(files.packed);
    for (int object : {1, 2, 3, 6}) {
        std::string before = run_command("qpdf --show-object=" + std::to_string(object) + " " + files.original);
        std::string after = run_command("qpdf --show-object=" + std::to_string(object) + " " + files.packed);
        INFO("object " << object << ": " << before);
        CHECK(!before.empty());
        CHECK(after == before);
    }
    CHECK(qdf(files.packed) == qdf(files.original));
    // the strings are copied byte for byte into the object stream (object 7)
    std::string objstm = run_command("qpdf --show-object=7 --filtered-stream-data " + files.packed);
    CHECK(objstm.find("(endobj >> << ] [ /Name \\(unbalanced\\) (nested (twice)) \\\\ \\) \r\n stream\xFF\x01"
                      + std::string(1, '\0') + "\x80 end)") != std::string::npos);
    // a hex string comes out as the literal string of the same bytes (half the size)
    CHECK(objstm.find("(\xFE\xFF\x0E\x01)") != std::string::npos);
    CHECK(objstm.find("(a%not a comment)") != std::string::npos);
    // whitespace only where tokens would merge: after the empty name, between numbers
    CHECK(objstm.find("/X[/a/b 1 -2 +3 .5 4. true false null]/N//M 1>>") != std::string::npos);
    CHECK(objstm.find("<</Type/Pages/Kids[3 0 R]/Count 1>>") != std::string::npos);
    // the content stream: direct /Length, data unchanged
    CHECK(packed.find("4 0 obj\n<</Length 26>>\nstream\n0 0 1 rg 10 10 100 50 re f\nendstream\nendobj\n") !=
          std::string::npos);
}

TEST_CASE("object streams: a length object also referred to elsewhere is kept") {
    std::string info = "<<\n/Title (t)\n/Count 5 0 R\n>>";
    const std::string original = small_pdf(info);
    const std::string packed = pack(original);
    FilePair files("objstm-kept-length", original, packed);
    check_qpdf_clean(files.packed);
    std::string xref = run_command("qpdf --show-xref " + files.packed);
    CHECK(xref.find("5/0: compressed") != std::string::npos);
    CHECK(run_command("qpdf --show-object=5 " + files.packed) == "26\n");

    // and without the extra reference it is dropped: a free entry, read as null
    const std::string plain = pack(small_pdf("<<\n/Title (t)\n>>"));
    FilePair plain_files("objstm-dropped-length", original, plain);
    check_qpdf_clean(plain_files.packed);
    CHECK(run_command("qpdf --show-xref " + plain_files.packed).find("5/0:") == std::string::npos);
    CHECK(run_command("qpdf --show-object=5 " + plain_files.packed) == "null\n");
}

TEST_CASE("object streams: a direct /Length, a trailer /ID and a PDF 1.7 header are kept") {
    // the stream's data is the two bytes "q ", then the end of line before endstream
    std::vector<std::string> bodies = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
        "<< /Type /Page /MediaBox [ 0 0 200 200 ] /Contents 4 0 R /Parent 2 0 R >>",
        "<< /Length 2 >>\nstream\nq \nendstream",
    };
    std::string original = make_pdf(bodies, "/Root 1 0 R\n/ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]");
    original.replace(0, 8, "%PDF-1.7");
    const std::string packed = pack(original);
    FilePair files("objstm-direct", original, packed);
    check_qpdf_clean(files.packed);
    CHECK(packed.compare(0, 9, "%PDF-1.7\n") == 0);
    const std::string id = std::string("(") + std::string("\0\x11\x22\x33\x44\x55\x66\x77\x88\x99\xAA\xBB\xCC\xDD\xEE\xFF", 16) + ")";
    CHECK(packed.find("/ID[" + id + id + "]") != std::string::npos);
    CHECK(packed.find("<</Length 2>>\nstream\nq \nendstream") != std::string::npos);
    CHECK(packed.find("/Info") == std::string::npos);
    CHECK(qdf(files.packed) == qdf(files.original));
}

TEST_CASE("object streams: malformed input throws PdfError") {
    // Every change below keeps every offset right, so each is rejected for its own reason.
    const std::string good = small_pdf("<<\n/Title (t)\n>>", 10);
    REQUIRE_NOTHROW(pack(good));

    check_throws("", "empty");
    check_throws("%PDF-1.4\n", "header only");
    check_throws("garbage that is not a PDF at all %%EOF\n", "garbage");
    check_throws(replace_once(good, "/Length 5 0 R", "/Lxngth 5 0 R"), "no /Length");
    check_throws(replace_once(good, "/Length 5 0 R", "/Length 6 0 R"), "/Length refers to a dictionary");
    check_throws(replace_once(good, "/Length 5 0 R", "/Length 4 0 R"), "/Length refers to the stream itself");
    check_throws(replace_once(good, "/Length 5 0 R", "/Length 9 0 R"), "/Length refers to no object");
    check_throws(replace_once(good, "/Length 5 0 R", "/Length 5 1 R"), "/Length refers to generation 1");
    check_throws(replace_once(good, "/Length 5 0 R", "/Length (5)  "), "/Length is a string");
    check_throws(replace_once(good, "5 0 obj\n26        \n", "5 0 obj\n25        \n"), "/Length one byte short");
    check_throws(replace_once(good, "5 0 obj\n26        \n", "5 0 obj\n28        \n"), "/Length two bytes long");
    check_throws(replace_once(good, "5 0 obj\n26        \n", "5 0 obj\n-1        \n"), "/Length negative");
    check_throws(replace_once(good, "5 0 obj\n26        \n", "5 0 obj\n9999999999\n"), "/Length past the end");
    check_throws(replace_once(good, "00000 n\r\n", "00001 n\r\n"), "generation 1 in the xref table");
    check_throws(replace_once(good, "3 0 obj", "3 1 obj"), "generation 1 in the object");
    check_throws(replace_once(good, "/Count 1\n>>", "/Count 1\n>)"), "unbalanced dictionary");
    check_throws(replace_once(good, "/Title (t)", "/Title (t "), "unterminated string");
    check_throws(replace_once(good, "/Title (t)", "/Title <t>"), "bad hex string");
    check_throws(replace_once(good, "/Title (t)", "/Title obj"), "a keyword inside an object");
    check_throws(replace_once(good, "/Title (t)", "(t) (t)   "), "a key that is not a name");
    check_throws(replace_once(good, "\nendobj\n2 0 obj", "\nendobx\n2 0 obj"), "no endobj");
    check_throws(replace_once(good, "endstream", "endstreax"), "no endstream");
    check_throws(replace_once(good, "stream\r\n", "stream \n"), "stream keyword not followed by EOL");
    check_throws(replace_once(good, "/Root 1 0 R", "/Root 4 0 R"), "/Root is a stream");
    check_throws(replace_once(good, "/Root 1 0 R", "/Root 0 0 R"), "/Root is object 0");
    check_throws(replace_once(good, "/Root 1 0 R", "/Encrypt 1 0 R"), "encrypted");
    check_throws(replace_once(good, "/Size 7", "/Size 8"), "/Size does not match");
    check_throws(replace_once(good, "xref\n0 7", "xref\n1 6"), "xref does not start at 0");
    check_throws(replace_once(good, "0000000000 65535 f", "0000000000 65535 n"), "object 0 in use");
    check_throws(replace_once(good, "%%EOF", "%%EOX"), "no %%EOF");
    check_throws(small_pdf("<<\n/Title (t)\n>>", 2, "%c\n"), "a comment between objects");
    check_throws(small_pdf("<<\n/Title (t)\n>>", 2, "null\n"), "an object the xref table does not list");
    CHECK_NOTHROW(pack(small_pdf("<<\n/Title (t)\n>>", 2, " \r\n\t")));
    check_throws(replace_once(good, "\nendobj\n2 0 obj", "\nendobj\n9 0 obj"), "an object number that differs");
    check_throws(replace_once(good, "\ntrailer\n", "\ntrailex\n"), "no trailer");
    check_throws(replace_once(good, ">>\nstartxref", ">> x\nstartxref"), "bytes after the trailer");
    for (const char* open : {"[", "<</A ", "[1 "}) {
        std::string deep = "<<\n/Title ";
        for (int i = 0; i < 300; ++i) deep += open;
        check_throws(small_pdf(deep + "\n>>"), "nesting too deep");
    }

    // a long chain of streams, each one's /Length the next stream: rejected, no deep recursion
    std::vector<std::string> chain = {"<< /Type /Catalog >>"};
    for (int i = 2; i <= 20000; ++i) chain.push_back("<< /Length " + std::to_string(i + 1) + " 0 R >>\nstream\nx\nendstream");
    chain.push_back("1");
    check_throws(make_pdf(chain, "/Root 1 0 R"), "a chain of /Length references");

    // every xref offset, and startxref, one byte off either way
    const std::size_t xref = good.rfind("xref\n0 7\n");
    for (std::size_t object = 1; object <= 6; ++object) {
        const std::size_t at = xref + 9 + 20 * object;
        const long long offset = std::stoll(good.substr(at, 10));
        for (int delta : {-1, 1}) {
            char entry[16];
            std::snprintf(entry, sizeof entry, "%010lld", offset + delta);
            std::string bad = good;
            bad.replace(at, 10, entry);
            check_throws(bad, ("object " + std::to_string(object) + " off by " + std::to_string(delta)).c_str());
        }
    }
    const std::string startxref = "startxref\n" + std::to_string(xref) + "\n";
    for (long long delta : {-1, 1})
        check_throws(replace_once(good, startxref, "startxref\n" + std::to_string(xref + delta) + "\n"),
                     "startxref off by one");
}

TEST_CASE("object streams: truncated files, incremental updates and packed files throw") {
    const std::string good = small_pdf(tricky_info());
    for (std::size_t n = 0; n + 1 < good.size(); ++n) check_throws(good.substr(0, n), "truncated");
    CHECK_NOTHROW(pack(good.substr(0, good.size() - 1)));  // only the last end of line gone

    const std::string& thai = thai_pdf();
    for (std::size_t n = 0; n + 1 < thai.size(); n += n < 200 || n + 300 > thai.size() ? 1 : 97)
        check_throws(thai.substr(0, n), "truncated sheet");

    // an incremental update: a second xref section and trailer with /Prev
    std::size_t first_xref = good.rfind("xref\n");
    std::string update = good + "xref\n0 1\n0000000000 65535 f\r\ntrailer\n<<\n/Size 7\n/Root 1 0 R\n/Prev " +
                         std::to_string(first_xref) + "\n>>\nstartxref\n" + std::to_string(good.size()) + "\n%%EOF\n";
    check_throws(update, "incremental update");
    check_throws(good + "1 0 obj\n<<>>\nendobj\n", "bytes after %%EOF");

    // already in the compact form: ours, and qpdf's
    check_throws(pack(good), "packed twice");
    std::string path = testing::temp_path("objstm-qpdf-in.pdf"), out = testing::temp_path("objstm-qpdf-out.pdf");
    write_bytes(path, good);
    run_command("qpdf --object-streams=generate " + path + " " + out);
    std::string by_qpdf = read_bytes(out);
    CHECK(by_qpdf.size() > 100);
    check_throws(by_qpdf, "qpdf's object streams");
    std::remove(path.c_str());
    std::remove(out.c_str());
}

TEST_CASE("object streams: damaged bytes never crash the packer") {
    // Every byte outside the stream data of a real sheet, replaced by a few values: each
    // result either throws PdfError or is a complete file (a digit inside a number can
    // change and still leave a valid file).
    const std::string& thai = thai_pdf();
    std::mt19937 random(12345);
    std::vector<std::size_t> positions;
    for (std::size_t at = 0; at < thai.size();) {
        std::size_t data = thai.find("stream\r\n", at);
        std::size_t stop = data == std::string::npos ? thai.size() : data + 8;
        for (; at < stop; ++at) positions.push_back(at);
        if (data == std::string::npos) break;
        at = thai.find("endstream", stop);
    }
    CHECK(positions.size() > 3000);
    int thrown = 0, packed = 0, compared = 0;
    pdf::detail::Deflater deflater;
    for (std::size_t at : positions) {
        for (char c : {' ', '9', static_cast<char>(random() & 0xFF)}) {
            if (thai[at] == c) continue;
            std::string bad = thai;
            bad[at] = c;
            try {
                std::string out = pdf::detail::pack_object_streams(bad, deflater);
                CHECK(out.size() > 1000);
                CHECK(out.compare(out.size() - 7, 7, "\n%%EOF\n") == 0);
                // now and then: when qpdf reads the damaged file without a complaint,
                // the packed one holds the same objects
                if (packed++ % 250 == 0) {
                    FilePair files("objstm-damaged", bad, out);
                    int status = -1;
                    run_command("qpdf --check " + files.original + " >/dev/null 2>&1", &status);
                    if (status == 0) {
                        ++compared;
                        check_qpdf_clean(files.packed);
                        CHECK(qdf(files.packed) == qdf(files.original));
                    }
                }
            } catch (const pdf::PdfError&) {
                ++thrown;
            }
        }
    }
    CHECK(thrown > 1000);
    CHECK(compared > 5);
    MESSAGE("damaged bytes: " << thrown << " rejected, " << packed << " still packed, " << compared
                               << " of them compared with qpdf");
}
