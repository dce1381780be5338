#include "pdf/document_render.hpp"

#include <algorithm>
#include <variant>

#include "pdf/attachments.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/page_content.hpp"

namespace compforms::pdf::detail {

namespace {

// The most pages a node of a part's page tree holds (libharu's array limit is 32,767).
constexpr HPDF_UINT kPagesPerNode = 8192;

} // namespace

DocumentRender::DocumentRender(WriterCache& cache, const PdfOptions& options, DocumentPart* part)
    : cache_(cache), options_(options), part_(part) {
    pdf_.reset(HPDF_New(nullptr, nullptr));
    if (!pdf_) throw PdfError("cannot create a PDF document (out of memory)");
    // Marked-content /ActualText is PDF 1.5; libharu writes 1.3.
    set_pdf_version(pdf_.get(), HPDF_VER_15);
    // The writer compresses every stream itself (see deflater.hpp).
    check_hpdf(HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_NONE), "setting compression");
}

std::string DocumentRender::render(const layout::Document& doc) {
    HPDF_Doc pdf = pdf_.get();
    if (!part_ || part_->first) write_info(pdf, doc.info);
    // One node holds every page of a document: a part may have more than it can take.
    if (part_ && doc.pages.size() > kPagesPerNode)
        check_hpdf(HPDF_SetPagesConfiguration(pdf, kPagesPerNode), "shaping the page tree");
    prepare_fonts(doc);
    for (const layout::Page& lp : doc.pages) write_page(lp);
    write_links();
    write_named_dests(pdf, dests_);
    write_outline(pdf, pages_, doc.pages, doc.outline);
    write_attachments(pdf, doc.attachments, deflater());
    finish_fonts();
    std::string bytes = save_to_string(pdf);
    if (part_) {
        for (const auto& [name, dest] : dests_) part_->dest_names.push_back(name);
        return bytes;
    }
    // libharu writes every dictionary plain; compressed documents get them in an
    // object stream, with a cross-reference stream (PDF 1.5).
    if (options_.compress && options_.object_streams) return pack_object_streams(bytes, cache_.deflater);
    return bytes;
}

// The shared part first (cached per set of shared lists), then the glyphs the page items
// use: each item font is either the shared subset (when that already holds all its
// glyphs) or a small subset of its own.
void DocumentRender::prepare_fonts(const layout::Document& doc) {
    if (part_) {
        shared_ = part_->shared;
        item_fonts_.emplace(doc, cache_.fonts, shared_);
        return;
    }
    std::vector<ItemList> lists;
    for (const layout::Page& lp : doc.pages)
        if (lp.shared && std::find(lists.begin(), lists.end(), lp.shared) == lists.end()) lists.push_back(lp.shared);
    if (!lists.empty()) shared_ = &cache_.shared_parts.of(lists, shared_deflater(), cache_.fonts, cache_.subsets);
    item_fonts_.emplace(doc, cache_.fonts, shared_);
}

// Content streams in drawing order: the page's lead items, the shared part, its own items.
void DocumentRender::write_page(const layout::Page& lp) {
    HPDF_Page page = add_page(lp.width, lp.height);
    const auto fonts = [this](int index) { return item_fonts_->line_fonts(index); };
    const auto split = lp.items.begin() + static_cast<std::ptrdiff_t>(std::min(lp.lead, lp.items.size()));
    const std::string lead =
        encode_content(std::vector<layout::Item>(lp.items.begin(), split), lp.height, cache_.fonts, fonts);
    const std::string own = encode_content(std::vector<layout::Item>(split, lp.items.end()), lp.height, cache_.fonts, fonts);
    std::vector<HPDF_Dict> streams;
    if (!lead.empty()) streams.push_back(new_stream(pdf_.get(), compressed(lead), deflater() != nullptr));
    if (lp.shared) {
        add_shared_fonts(page, lp.shared);
        attach_navigation(*lp.shared, page, lp.height);
        if (HPDF_Dict shared = shared_content(lp.shared, lp.height, own.empty() ? page : nullptr))
            streams.push_back(shared);
    }
    add_item_fonts(page, lp.items);
    attach_navigation(lp.items, page, lp.height);
    append_content(page, own);
    if (!streams.empty()) {
        streams.push_back(page_content_stream(page));
        set_page_contents(page, streams);
    }
}

HPDF_Page DocumentRender::add_page(double width, double height) {
    HPDF_Page page = check_obj(HPDF_AddPage(pdf_.get()), "adding a page");
    check_hpdf(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width)), "sizing a page");
    check_hpdf(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height)), "sizing a page");
    pages_.push_back(page);
    // libharu gives every page /ProcSet [/PDF /Text /ImageB /ImageC /ImageI], which no
    // reader has needed since PDF 1.4 (PDF 1.7, 14.2).
    remove_resource(page, "ProcSet");
    return page;
}

void DocumentRender::add_shared_fonts(HPDF_Page page, const ItemList& items) {
    const std::vector<int>& faces = shared_->list_faces.at(items.get());
    for (std::size_t k = 0; k < faces.size(); ++k)
        add_font_resource(page, resource_name("HbS", k + 1), shared_type0(faces[k]));
}

void DocumentRender::add_item_fonts(HPDF_Page page, const std::vector<layout::Item>& items) {
    for (const layout::Item& item : items) {
        const layout::TextItem* t = drawable_text(item);
        if (!t) continue;
        const int index = cache_.fonts.record(*t->line->font).index;
        const LineFonts names = item_fonts_->line_fonts(index);
        const bool shared = item_fonts_->glyphs(index).shared != nullptr;
        add_font_resource(page, names.primary, shared ? shared_type0(index) : item_font(index).type0());
        if (!names.fallback.empty()) add_font_resource(page, names.fallback, item_font(index).type0());
    }
}

// The shared part of a page is a content stream of its own, drawn before the page's own
// stream (/Contents [shared own]): its compressed bytes are made once per writer, and one
// stream object serves every page of the document that shares it. A page that draws
// nothing of its own (`empty_page`, else null) holds the shared part in its own content
// stream when it is the first to use it (no empty stream beside it): null is returned
// then, as when the part draws nothing; later pages refer to that stream.
HPDF_Dict DocumentRender::shared_content(const ItemList& items, double page_height, HPDF_Page empty_page) {
    auto key = std::make_pair(static_cast<const void*>(items.get()), page_height);
    auto it = shared_streams_.find(key);
    if (it == shared_streams_.end() && part_ && part_->in_file->contents.count(key))
        it = shared_streams_.emplace(key, stub(part_->in_file->contents.at(key))).first;
    if (it != shared_streams_.end()) return it->second;
    const std::string& bytes = shared_->content(items, page_height, shared_deflater(), cache_.fonts);
    if (bytes.empty()) return nullptr;   // nothing drawn (destinations only): no empty Flate stream
    if (empty_page) {
        HPDF_Dict own = page_content_stream(empty_page);
        set_stream_data(own, bytes, deflater() != nullptr);
        shared_streams_.emplace(key, own);
        if (part_) part_->new_contents.emplace(key, object_number(own));
        return nullptr;
    }
    it = shared_streams_.emplace(key, new_stream(pdf_.get(), bytes, deflater() != nullptr)).first;
    if (part_) part_->new_contents.emplace(key, object_number(it->second));
    return it->second;
}

std::string DocumentRender::compressed(const std::string& content) {
    return deflater() ? deflater()->compress(content) : content;
}

// The page's own content, written once (nothing else draws on our pages).
void DocumentRender::append_content(HPDF_Page page, const std::string& content) {
    HPDF_Dict stream = page_content_stream(page);
    if (content.empty()) return;
    set_stream_data(stream, compressed(content), deflater() != nullptr);
}

// Destinations and link annotations of items (text needs nothing more here).
void DocumentRender::attach_navigation(const std::vector<layout::Item>& items, HPDF_Page page, double page_height) {
    for (const layout::Item& item : items) {
        if (auto* d = std::get_if<layout::DestItem>(&item)) {
            dests_.emplace(d->name, NamedDest{page, page_height - d->y});   // first of a name wins
        } else if (auto* l = std::get_if<layout::LinkItem>(&item)) {
            links_.push_back({page, pages_.size(), page_height, l});
        }
    }
}

// Links last, once every destination is known: a link to nowhere is a layout bug. A part
// leaves the links to names no part has defined yet for the whole document to check.
void DocumentRender::write_links() {
    for (const PendingLink& l : links_) {
        const std::string& name = l.item->dest;
        const bool defined = dests_.count(name) || (part_ && part_->defined_before->count(name));
        if (!defined && part_)
            part_->open_links.emplace(name, part_->first_page + l.page_number);
        else if (!defined)
            throw PdfError("page " + std::to_string(l.page_number) + " links to '" + name +
                           "', which no page of the document defines");
        add_link(pdf_.get(), l.page, *l.item, l.page_height);
    }
}

// In the order the fonts were made (the document's order, not the writer's font
// numbering): finishing adds objects, and their numbers must not depend on what the
// writer rendered before.
void DocumentRender::finish_fonts() {
    for (int index : shared_order_) {
        const SharedPart::Face& face = shared_->faces.at(index);
        CidFont& font = *shared_fonts_.at(index);
        font.use_all(face.used);
        font.finish(cache_.subsets, face.cids, shared_deflater(), &face.streams);
    }
    // Item subsets change with every candidate, so their programs are deflated at the
    // fast level: each is written once, and speed matters more there than the last bytes.
    for (int index : item_order_)
        item_cid_fonts_.at(index)->finish(cache_.subsets, item_fonts_->glyphs(index).own_cids, deflater(), nullptr,
                                          &cache_.fast_deflater);
}

// The Type0 font of a shared subset: in a part, a stub for the one the file holds.
HPDF_Dict DocumentRender::shared_type0(int index) {
    if (!part_ || !part_->in_file->fonts.count(index)) return shared_font(index).type0();
    auto it = font_stubs_.find(index);
    if (it == font_stubs_.end()) it = font_stubs_.emplace(index, stub(part_->in_file->fonts.at(index))).first;
    return it->second;
}

CidFont& DocumentRender::shared_font(int index) {
    auto it = shared_fonts_.find(index);
    if (it == shared_fonts_.end()) {
        const text::Font& font = *shared_->faces.at(index).font;
        it = shared_fonts_.emplace(index, std::make_unique<CidFont>(pdf_.get(), font, &cache_.fonts.record(font).seed))
                 .first;
        shared_order_.push_back(index);
        if (part_) part_->new_fonts.emplace(index, object_number(it->second->type0()));
    }
    return *it->second;
}

// An empty object standing for object `in_file` of the merged file.
HPDF_Dict DocumentRender::stub(std::uint32_t in_file) {
    HPDF_Dict d = new_indirect_dict(pdf_.get());
    part_->stubs.emplace_back(object_number(d), in_file);
    return d;
}

CidFont& DocumentRender::item_font(int index) {
    auto it = item_cid_fonts_.find(index);
    if (it == item_cid_fonts_.end()) {
        const ItemGlyphs& ig = item_fonts_->glyphs(index);
        auto font = std::make_unique<CidFont>(pdf_.get(), *ig.font, &cache_.fonts.record(*ig.font).seed);
        font->use_all(ig.own);
        font->to_unicode() = ig.to_unicode;
        it = item_cid_fonts_.emplace(index, std::move(font)).first;
        item_order_.push_back(index);
    }
    return *it->second;
}

} // namespace compforms::pdf::detail
