#include "pdf/merged_file.hpp"

#include <utility>

#include "pdf/compact_values.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {

using Object = ClassicPdf::Object;

namespace {

[[noreturn]] void fail(const std::string& what) { throw PdfError("merging a part: " + what); }

std::string_view plain_text(const ClassicPdf& in, std::uint64_t n, const char* what) {
    if (n == 0 || n >= in.objects.size() || in.objects[n].state != Object::Plain)
        fail(std::string("no ") + what + " where the file says");
    return in.values.view(in.objects[n].text_begin, in.objects[n].text_end);
}

// Adds `key N 0 R` to a dictionary's text.
void add_reference(std::string& dict, const char* key, std::uint32_t number) {
    if (dict.size() < 4 || dict.compare(dict.size() - 2, 2, ">>") != 0) fail("a bookmark that is not a dictionary");
    std::string entry = key;
    entry += ' ';
    append_uint(entry, number);
    entry += " 0 R";
    dict.insert(dict.size() - 2, entry);
}

// Catalog entries the merged file makes itself from all the parts.
bool rebuilt(std::string_view key) {
    return key == "/Type" || key == "/Pages" || key == "/Outlines" || key == "/PageMode" || key == "/Names";
}

} // namespace

// What the objects of a part's file are, besides pages, streams and bookmarks.
struct MergedFile::Roles {
    std::uint64_t catalog = 0, pages = 0, outlines = 0;
    std::uint64_t first_bookmark = 0, last_bookmark = 0;   // the outline's top level
    long long visible = 0;                                 // the outline root's /Count
    std::string names;                                     // the catalog's /Names, as written
    std::string kept;                                      // its entries the file keeps
};

struct MergedFile::Numbers {
    explicit Numbers(std::size_t objects) : map(objects), own(objects, false) {}
    Renumbering map;
    std::vector<bool> own;   // written with the part (not a stub, a root, or the catalog)
};

void MergedFile::import(std::string_view part_file, const DocumentPart& part, SharedInFile& shared) {
    const ClassicPdf in = read_classic_pdf(part_file);
    const bool first = offset_ == 0;
    std::string out;
    if (first) append_compact_header(out, in.header, in.comment);
    const Roles roles = roles_of(in, first);
    const Numbers numbers = number_objects(in, roles, part);
    const Renumbering& map = numbers.map;
    copy_streams(in, numbers, out);
    pack_objects(in, numbers, roles, out);
    add_page_node(in, roles, map);
    add_destinations(roles, part, map);
    map.copy(roles.kept, catalog_entries_);
    for (const auto& [index, number] : part.new_fonts) shared.fonts.emplace(index, map(number));
    for (const auto& [key, number] : part.new_contents) shared.contents.emplace(key, map(number));
    emit(out);
}

// `first`: the first part, whose catalog entries the file keeps (its language).
MergedFile::Roles MergedFile::roles_of(const ClassicPdf& in, bool first) {
    Roles r;
    r.catalog = in.root;
    const DictionaryText catalog(plain_text(in, in.root, "catalog"));
    r.pages = catalog.ref("/Pages");
    plain_text(in, r.pages, "page tree");
    r.outlines = catalog.ref("/Outlines");
    if (r.outlines) {
        const DictionaryText root(plain_text(in, r.outlines, "outline root"));
        r.first_bookmark = root.ref("/First");
        r.last_bookmark = root.ref("/Last");
        r.visible = root.integer("/Count", 0);
    }
    if (const syntax::Entry* names = catalog.find("/Names")) r.names = catalog.value(*names);
    if (!first) return r;
    for (const syntax::Entry& e : catalog.entries()) {
        if (rebuilt(e.key)) continue;
        const std::string_view value = catalog.value(e);
        r.kept.append(e.key.data(), e.key.size());
        if (syntax::needs_space(e.key.back(), value.front())) r.kept += ' ';
        r.kept.append(value.data(), value.size());
    }
    return r;
}

// The part's objects numbered after the file's, in their order; the stubs as the objects
// they stand for, the part's page tree root as a new node, its outline root as the file's.
MergedFile::Numbers MergedFile::number_objects(const ClassicPdf& in, const Roles& roles, const DocumentPart& part) {
    Numbers numbers(in.objects.size());
    Renumbering& map = numbers.map;
    for (const auto& [stub, in_file] : part.stubs) map.set(stub, in_file);
    map.set(roles.pages, new_number());
    if (roles.outlines) {
        if (!outline_) outline_ = new_number();
        map.set(roles.outlines, outline_);
    }
    for (std::size_t n = 1; n < in.objects.size(); ++n) {
        const Object& o = in.objects[n];
        if (o.state == Object::Free || o.dropped() || n == roles.catalog || map.carried(n)) continue;
        if (n == in.info && info_) continue;
        map.set(n, new_number());
        numbers.own[n] = true;
    }
    if (in.info && !info_) info_ = map(in.info);
    return numbers;
}

// Streams, data byte for byte, /Length direct.
void MergedFile::copy_streams(const ClassicPdf& in, const Numbers& numbers, std::string& out) {
    for (std::size_t n = 0; n < in.objects.size(); ++n) {
        const Object& o = in.objects[n];
        if (o.state != Object::Stream || !numbers.own[n]) continue;
        const std::uint32_t number = numbers.map(n);
        rows_.at_offset(number, offset_ + out.size());
        append_uint(out, number);
        out += " 0 obj\n";
        numbers.map.copy(in.values.view(o.text_begin, o.length_begin), out);
        append_uint(out, o.data_length);
        numbers.map.copy(in.values.view(o.length_end, o.text_end), out);
        out += "\nstream\n";
        out.append(in.file.data() + o.data_begin, o.data_length);
        out += "\nendstream\nendobj\n";
    }
}

// The part's other objects in one object stream, with the previous part's last top-level
// bookmark, now that its /Next is known; this part's last one waits for the next part.
void MergedFile::pack_objects(const ClassicPdf& in, const Numbers& numbers, const Roles& roles, std::string& out) {
    const Renumbering& map = numbers.map;
    ObjectStreamBuilder objects(rows_, new_number());
    objects.reserve(in.objects.size(), in.values.size());
    const std::uint32_t first = roles.first_bookmark ? map(roles.first_bookmark) : 0;
    if (first && held_.number) {
        add_reference(held_.text, "/Next", first);
        objects.add(held_.number, held_.text);
        held_ = Bookmark{};
    }
    std::string text;
    for (std::size_t n = 0; n < in.objects.size(); ++n) {
        const Object& o = in.objects[n];
        if (o.state != Object::Plain || !numbers.own[n]) continue;
        text.clear();
        map.copy(in.values.view(o.text_begin, o.text_end), text);
        if (n == roles.first_bookmark && last_bookmark_) add_reference(text, "/Prev", last_bookmark_);
        if (n == roles.last_bookmark) held_ = Bookmark{map(n), text};
        else objects.add(map(n), text);
    }
    if (first) {
        if (!first_bookmark_) first_bookmark_ = first;
        last_bookmark_ = map(roles.last_bookmark);
        visible_bookmarks_ += roles.visible;
    }
    objects.write(out, offset_ + out.size(), deflater_);
}

void MergedFile::add_page_node(const ClassicPdf& in, const Roles& roles, const Renumbering& map) {
    const DictionaryText node(plain_text(in, roles.pages, "page tree"));
    const syntax::Entry* kids = node.find("/Kids");
    const long long count = node.integer("/Count", -1);
    if (!kids || count < 0) fail("a page tree without /Kids or /Count");
    PageNode p{map(roles.pages), {}, static_cast<std::uint64_t>(count)};
    map.copy(node.value(*kids), p.kids);
    page_nodes_.push_back(std::move(p));
}

// The part's name tree is one array of (name, destination) pairs, in the order of its
// names (DocumentRender writes it so).
void MergedFile::add_destinations(const Roles& roles, const DocumentPart& part, const Renumbering& map) {
    if (roles.names.empty() && part.dest_names.empty()) return;
    if (roles.names.empty()) fail("no name tree for its destinations");
    const DictionaryText tree(roles.names);
    const syntax::Entry* dests = tree.find("/Dests");
    if (!dests) fail("a name tree without /Dests");
    const DictionaryText dests_dict(tree.value(*dests));
    const syntax::Entry* names = dests_dict.find("/Names");
    const std::vector<std::string_view> items =
        names ? array_items(dests_dict.value(*names)) : std::vector<std::string_view>{};
    if (items.size() != 2 * part.dest_names.size()) fail("its name tree does not list its destinations");
    for (std::size_t i = 0; i < part.dest_names.size(); ++i) {
        auto [it, added] = dests_.try_emplace(part.dest_names[i]);
        if (added) map.copy(items[2 * i + 1], it->second);   // the first of a name wins
    }
}

void MergedFile::finish() {
    std::string out;
    ObjectStreamBuilder objects(rows_, new_number());
    if (held_.number) objects.add(held_.number, held_.text);
    const std::uint32_t pages = add_page_tree(std::move(page_nodes_), [this] { return new_number(); }, objects);
    if (outline_) {
        std::string root = "<</Type/Outlines";
        if (first_bookmark_) {
            root += "/First ";
            append_uint(root, first_bookmark_);
            root += " 0 R/Last ";
            append_uint(root, last_bookmark_);
            root += " 0 R";
        }
        if (visible_bookmarks_) {
            root += "/Count ";
            append_uint(root, static_cast<std::uint64_t>(visible_bookmarks_));
        }
        objects.add(outline_, root + ">>");
    }
    const std::uint32_t root = new_number();
    objects.add(root, catalog(pages));
    objects.write(out, offset_ + out.size(), deflater_);
    const std::uint32_t xref = new_number();
    append_xref_stream(out, rows_, xref, offset_ + out.size(), TrailerKeys{root, info_, {}}, deflater_);
    emit(out);
}

std::string MergedFile::catalog(std::uint32_t pages) const {
    std::string text = "<</Type/Catalog/Pages ";
    append_uint(text, pages);
    text += " 0 R";
    if (outline_) {
        text += "/Outlines ";
        append_uint(text, outline_);
        text += " 0 R/PageMode/UseOutlines";
    }
    if (!dests_.empty()) {
        text += "/Names<</Dests<</Names[";
        for (const auto& [name, dest] : dests_) {
            text += '(';
            for (char c : name) append_literal_byte(text, static_cast<unsigned char>(c));
            text += ')';
            text += dest;
        }
        text += "]>>>>";
    }
    text += catalog_entries_;
    return text + ">>";
}

std::uint32_t MergedFile::new_number() {
    rows_.resize(next_ + std::size_t{1});
    return next_++;
}

void MergedFile::emit(const std::string& bytes) {
    out_(bytes);
    offset_ += bytes.size();
}

} // namespace compforms::pdf::detail
