#include "pdf/pdf_writer.hpp"

#include <map>
#include <memory>
#include <variant>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "pdf/cid_font.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/navigation.hpp"
#include "pdf/page_painter.hpp"
#include "pdf/stream_data.hpp"
#include "pdf/text_writer.hpp"
#include "text/font.hpp"

namespace compforms::pdf {

using namespace detail;

namespace {

// A font as the writer knows it across documents: its resource number (HbF<n>) and the
// reverse cmap that seeds ToUnicode. Holds a reference on the face so its address
// cannot be reused by another font while the writer lives.
struct FontRecord {
    hb_face_t* face = nullptr;
    int index = 0;
    ReverseCmap seed;
};

struct SharedEntry {
    std::shared_ptr<const std::vector<layout::Item>> keep;   // pins the address the key is made of
    std::string bytes;
};

struct DocDeleter {
    void operator()(HPDF_Doc pdf) const { HPDF_Free(pdf); }
};

struct WriterState {
    Deflater deflater;
    SubsetCache subsets;
    std::map<const text::Font*, FontRecord> fonts;
    int next_font_index = 1;
    static constexpr std::size_t kMaxSharedEntries = 64;
    std::map<std::pair<const void*, double>, SharedEntry> shared;

    ~WriterState() {
        for (auto& [font, rec] : fonts) hb_face_destroy(rec.face);
    }

    FontRecord& record(const text::Font& font) {
        auto it = fonts.find(&font);
        if (it != fonts.end() && it->second.face == font.hb_face()) return it->second;
        if (it != fonts.end()) {
            hb_face_destroy(it->second.face);
            fonts.erase(it);
        }
        FontRecord rec;
        rec.face = hb_face_reference(font.hb_face());
        rec.index = next_font_index++;
        rec.seed = reverse_cmap(font.hb_font(), font.hb_face());
        return fonts.emplace(&font, std::move(rec)).first->second;
    }

    std::string encode(const std::vector<layout::Item>& items, double page_height) {
        std::string out;
        for (const layout::Item& item : items) {
            if (auto* t = std::get_if<layout::TextItem>(&item)) {
                if (!t->line || !t->line->font || t->line->glyphs.empty()) continue;
                FontRecord& rec = record(*t->line->font);
                encode_text_line(out, *t->line, t->x, page_height - t->baseline, "HbF" + std::to_string(rec.index),
                                 rec.seed, t->color);
            } else if (auto* l = std::get_if<layout::LineItem>(&item)) {
                paint_line(out, *l, page_height);
            } else if (auto* r = std::get_if<layout::RectItem>(&item)) {
                paint_rect(out, *r, page_height);
            } else if (auto* k = std::get_if<layout::TickItem>(&item)) {
                paint_tick(out, *k, page_height);
            }
        }
        return out;
    }

    const std::string& shared_bytes(const std::shared_ptr<const std::vector<layout::Item>>& items, double page_height) {
        auto key = std::make_pair(static_cast<const void*>(items.get()), page_height);
        auto it = shared.find(key);
        if (it == shared.end()) {
            if (shared.size() >= kMaxSharedEntries) shared.clear();   // bounded: only speed is lost
            it = shared.emplace(key, SharedEntry{items, encode(*items, page_height)}).first;
        }
        return it->second.bytes;
    }
};

// One document being rendered: the libharu document, its fonts and destinations.
class DocumentRender {
public:
    DocumentRender(WriterState& writer, const PdfOptions& options) : writer_(writer), options_(options) {
        pdf_.reset(HPDF_New(nullptr, nullptr));
        if (!pdf_) throw PdfError("cannot create a PDF document (out of memory)");
        // Marked-content /ActualText is PDF 1.5; libharu has no setter and writes 1.3.
        pdf_->pdf_version = HPDF_VER_15;
        // The writer compresses every stream itself (see stream_data.hpp).
        check_hpdf(HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_NONE), "setting compression");
    }

    std::string render(const layout::Document& doc) {
        HPDF_Doc pdf = pdf_.get();
        write_info(pdf, doc.info);
        for (const layout::Page& lp : doc.pages) {
            HPDF_Page page = check_obj(HPDF_AddPage(pdf), "adding a page");
            check_hpdf(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(lp.width)), "sizing a page");
            check_hpdf(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(lp.height)), "sizing a page");
            pages_.push_back(page);
            std::string content;
            if (lp.shared) {
                attach(*lp.shared, page, lp.height);
                content += writer_.shared_bytes(lp.shared, lp.height);
            }
            attach(lp.items, page, lp.height);
            content += writer_.encode(lp.items, lp.height);
            append_content(page, content);
        }
        // Links last, once every destination is known: a link to nowhere is a layout bug.
        for (const PendingLink& l : links_) {
            if (!dests_.count(l.item->dest))
                throw PdfError("page " + std::to_string(l.page_number) + " links to '" + l.item->dest +
                               "', which no page of the document defines");
            add_link(pdf, l.page, *l.item, l.page_height);
        }
        write_named_dests(pdf, dests_);
        write_outline(pdf, pages_, doc.pages, doc.outline);
        for (auto& [index, font] : fonts_) font->finish(writer_.subsets, deflater());

        check_hpdf(HPDF_SaveToStream(pdf), "saving the document");
        std::string bytes(HPDF_GetStreamSize(pdf), '\0');
        HPDF_UINT32 done = 0;
        while (done < bytes.size()) {
            HPDF_UINT32 len = static_cast<HPDF_UINT32>(bytes.size() - done);
            HPDF_STATUS st = HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(&bytes[done]), &len);
            done += len;
            if (st == HPDF_STREAM_EOF || len == 0) break;
            check_hpdf(st, "reading the saved document");
        }
        bytes.resize(done);
        return bytes;
    }

private:
    // Everything an item needs besides its content bytes: fonts in the page resources,
    // used glyphs and ToUnicode learning, destinations and link annotations.
    void attach(const std::vector<layout::Item>& items, HPDF_Page page, double page_height) {
        for (const layout::Item& item : items) {
            if (auto* t = std::get_if<layout::TextItem>(&item)) {
                if (!t->line || !t->line->font || t->line->glyphs.empty()) continue;
                auto [index, font] = doc_font(*t->line->font);
                register_line(*font, *t->line);
                add_font_resource(page, "HbF" + std::to_string(index), font->type0());
            } else if (auto* d = std::get_if<layout::DestItem>(&item)) {
                dests_.emplace(d->name, NamedDest{page, page_height - d->y});   // first of a name wins
            } else if (auto* l = std::get_if<layout::LinkItem>(&item)) {
                links_.push_back({page, pages_.size(), page_height, l});
            }
        }
    }

    std::pair<int, CidFont*> doc_font(const text::Font& font) {
        FontRecord& rec = writer_.record(font);
        auto it = fonts_.find(rec.index);
        if (it == fonts_.end())
            it = fonts_.emplace(rec.index, std::make_unique<CidFont>(pdf_.get(), font, &rec.seed)).first;
        return {rec.index, it->second.get()};
    }

    // As libharu's own HPDF_Page_GetLocalFontName does, but under names libharu never
    // generates (it uses F<n>); attr->fonts must be set or libharu's next font call
    // would replace our /Font dictionary.
    void add_font_resource(HPDF_Page page, const std::string& name, HPDF_Dict type0) {
        const char* what = "adding a font to the page resources";
        auto* attr = static_cast<HPDF_PageAttr>(page->attr);
        if (!attr->fonts) {
            auto* resources = static_cast<HPDF_Dict>(HPDF_Page_GetInheritableItem(page, "Resources", HPDF_OCLASS_DICT));
            if (!resources) check_hpdf(HPDF_PAGE_INVALID_INDEX, what);
            HPDF_Dict fonts = check_obj(HPDF_Dict_New(pdf_->mmgr), what);
            check_hpdf(HPDF_Dict_Add(resources, "Font", fonts), what);
            attr->fonts = fonts;
        }
        if (!HPDF_Dict_GetItem(attr->fonts, name.c_str(), HPDF_OCLASS_DICT))
            check_hpdf(HPDF_Dict_Add(attr->fonts, name.c_str(), type0), what);
    }

    Deflater* deflater() { return options_.compress ? &writer_.deflater : nullptr; }

    // The page's whole content, written once (nothing else draws on our pages).
    void append_content(HPDF_Page page, const std::string& content) {
        auto* attr = static_cast<HPDF_PageAttr>(page->attr);
        if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION) check_hpdf(HPDF_PAGE_INVALID_GMODE, "writing page content");
        if (content.empty()) return;
        set_stream_data(attr->contents, deflater() ? deflater()->compress(content) : content, deflater() != nullptr);
    }

    WriterState& writer_;
    PdfOptions options_;
    std::unique_ptr<HPDF_Doc_Rec, DocDeleter> pdf_;
    std::vector<HPDF_Page> pages_;
    std::map<int, std::unique_ptr<CidFont>> fonts_;
    std::map<std::string, NamedDest> dests_;
    struct PendingLink {
        HPDF_Page page;
        std::size_t page_number;   // 1-based, for messages
        double page_height;
        const layout::LinkItem* item;
    };
    std::vector<PendingLink> links_;
};

} // namespace

struct PdfWriter::Impl : WriterState {};

PdfWriter::PdfWriter() : impl_(std::make_unique<Impl>()) {}
PdfWriter::~PdfWriter() = default;

std::string PdfWriter::render(const layout::Document& doc, const PdfOptions& options) {
    DocumentRender r(*impl_, options);
    return r.render(doc);
}

void PdfWriter::write(const layout::Document& doc, const std::string& path, const PdfOptions& options) {
    write_file_atomically(path, render(doc, options));
}

} // namespace compforms::pdf
