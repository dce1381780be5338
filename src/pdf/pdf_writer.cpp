#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <memory>
#include <variant>

#include <hpdf.h>

#include "pdf/cid_font.hpp"
#include "pdf/cid_map.hpp"
#include "pdf/deflater.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/hpdf_objects.hpp"
#include "pdf/navigation.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/page_painter.hpp"
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

using ItemList = std::shared_ptr<const std::vector<layout::Item>>;

// The shared part of the documents that share one set of item lists (Page::shared): per
// font, the glyphs the lists use, their CIDs and the ToUnicode and CIDToGIDMap streams
// learned from them alone, and each list's content stream, so the result is the same
// whatever else a document holds (fresh and reused writers write the same bytes).
struct SharedFonts {
    std::vector<ItemList> keep;   // pins the addresses the key is made of
    struct Face {
        const text::Font* font = nullptr;
        std::set<uint32_t> used;
        CidMap cids;
        CidFont::Streams streams;   // as written (deflated when compressing)
    };
    std::map<int, Face> faces;                      // by font index
    std::map<const void*, std::vector<int>> list_faces;   // font indices each list draws with, in order
    std::map<std::pair<const void*, double>, std::string> content;   // by list and page height, as written
};

const layout::TextItem* drawable_text(const layout::Item& item) {
    auto* t = std::get_if<layout::TextItem>(&item);
    return t && t->line && t->line->font && !t->line->glyphs.empty() ? t : nullptr;
}

// Resource names (page-local, so they depend only on what they name): shared content
// draws with HbS<k>, the k-th font of its list in order of first use (one subset per font
// for all the shared content of a document, cached across documents); page items draw
// with HbF<k>, the k-th font of the document's items, which names either a small
// per-document subset of the items' glyphs or, when that already holds every glyph they
// use, the shared subset.
std::string resource(const char* prefix, std::size_t k) { return prefix + std::to_string(k); }

// Font index → 1-based position of its first use among the text of `items`.
std::map<int, std::size_t> first_use_order(const std::vector<int>& indices) {
    std::map<int, std::size_t> order;
    for (int i : indices) order.emplace(i, order.size() + 1);
    return order;
}

struct WriterState {
    Deflater deflater;
    Deflater fast_deflater{1};   // per-document font programs (the page items' subsets)
    Deflater best_deflater{9};   // the shared part, compressed once and written into every document
    SubsetCache subsets;
    std::map<const text::Font*, FontRecord> fonts;
    int next_font_index = 1;
    static constexpr std::size_t kMaxSharedEntries = 64;
    std::map<std::pair<std::vector<const void*>, bool>, SharedFonts> shared_fonts;

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

    // `resource` gives the LineFonts of a font index.
    template <typename ResourceName>
    std::string encode(const std::vector<layout::Item>& items, double page_height, ResourceName resource) {
        // The rules and boxes first, then all text in one text object: nothing we draw
        // overlaps text, and the text keeps its order (the reading order of -raw).
        std::string out, text_out;
        PathPainter paths;
        TextObject text(text_out);
        for (const layout::Item& item : items) {
            if (const layout::TextItem* t = drawable_text(item)) {
                FontRecord& rec = record(*t->line->font);
                text.line(*t->line, t->x, page_height - t->baseline, resource(rec.index), rec.seed, t->color,
                          t->stroke);
            } else if (auto* l = std::get_if<layout::LineItem>(&item)) {
                paths.line(*l, page_height);
            } else if (auto* r = std::get_if<layout::RectItem>(&item)) {
                paths.rect(*r, page_height);
            } else if (auto* k = std::get_if<layout::TickItem>(&item)) {
                paths.tick(*k, page_height);
            }
        }
        paths.write(out);
        text.end();
        return out + text_out;
    }

    // A shared list's content stream's data as written: compressed once, then reused verbatim.
    const std::string& shared_bytes(SharedFonts& sf, const ItemList& items, double page_height, Deflater* deflater) {
        auto key = std::make_pair(static_cast<const void*>(items.get()), page_height);
        auto it = sf.content.find(key);
        if (it == sf.content.end()) {
            std::vector<int> indices;
            for (const layout::Item& item : *items)
                if (const layout::TextItem* t = drawable_text(item)) indices.push_back(record(*t->line->font).index);
            std::map<int, std::size_t> order = first_use_order(indices);
            std::string bytes = encode(*items, page_height, [&order, &sf](int index) {
                return LineFonts{resource("HbS", order.at(index)), &sf.faces.at(index).cids, {}, nullptr};
            });
            if (deflater && !bytes.empty()) bytes = deflater->compress(bytes);
            it = sf.content.emplace(key, std::move(bytes)).first;
        }
        return it->second;
    }

    // The shared fonts of a document whose distinct shared lists are `lists` (in order).
    SharedFonts& fonts_of(const std::vector<ItemList>& lists, Deflater* deflater) {
        std::vector<const void*> ids;
        for (const ItemList& l : lists) ids.push_back(l.get());
        auto key = std::make_pair(std::move(ids), deflater != nullptr);
        auto it = shared_fonts.find(key);
        if (it != shared_fonts.end()) return it->second;
        SharedFonts sf;
        sf.keep = lists;
        std::map<int, ToUnicodeMap> maps;
        for (const ItemList& l : lists) {
            std::vector<int>& faces = sf.list_faces[l.get()];
            for (const layout::Item& item : *l) {
                // Drawn text, and text reserved for the documents' own lines (not drawn here).
                const text::TextLine* line = nullptr;
                if (const layout::TextItem* t = drawable_text(item)) line = t->line.get();
                auto* r = std::get_if<layout::ReservedText>(&item);
                if (r && r->line && r->line->font && !r->line->glyphs.empty()) line = r->line.get();
                if (!line) continue;
                FontRecord& rec = record(*line->font);
                if (!r && std::find(faces.begin(), faces.end(), rec.index) == faces.end()) faces.push_back(rec.index);
                SharedFonts::Face& face = sf.faces[rec.index];
                face.font = line->font;
                for (const auto& g : line->glyphs) face.used.insert(g.gid);
                maps.try_emplace(rec.index, &rec.seed).first->second.learn(*line);
            }
        }
        for (auto& [index, face] : sf.faces) {
            face.cids = CidMap(face.used, record(*face.font).seed);
            face.streams = CidFont::make_streams(maps.at(index), face.cids,
                                                 subsets.get(face.font->hb_face(), face.used, deflater), deflater);
        }
        if (shared_fonts.size() >= kMaxSharedEntries) shared_fonts.clear();
        return shared_fonts.emplace(std::move(key), std::move(sf)).first->second;
    }
};

// One document being rendered: the libharu document, its fonts and destinations.
class DocumentRender {
public:
    DocumentRender(WriterState& writer, const PdfOptions& options) : writer_(writer), options_(options) {
        pdf_.reset(HPDF_New(nullptr, nullptr));
        if (!pdf_) throw PdfError("cannot create a PDF document (out of memory)");
        // Marked-content /ActualText is PDF 1.5; libharu has no setter and writes 1.3.
        set_pdf_version(pdf_.get(), HPDF_VER_15);
        // The writer compresses every stream itself (see deflater.hpp).
        check_hpdf(HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_NONE), "setting compression");
    }

    std::string render(const layout::Document& doc) {
        HPDF_Doc pdf = pdf_.get();
        write_info(pdf, doc.info);

        // The shared fonts first (cached per set of shared lists), then the glyphs the
        // page items use: each item font is either the shared subset (when that already
        // holds all its glyphs) or a small subset of its own.
        std::vector<ItemList> lists;
        for (const layout::Page& lp : doc.pages)
            if (lp.shared && std::find(lists.begin(), lists.end(), lp.shared) == lists.end()) lists.push_back(lp.shared);
        SharedFonts* shared = lists.empty() ? nullptr : &writer_.fonts_of(lists, shared_deflater());
        std::map<int, ItemGlyphs> item_glyphs;
        std::vector<int> item_indices;
        for (const layout::Page& lp : doc.pages) {
            for (const layout::Item& item : lp.items) {
                const layout::TextItem* t = drawable_text(item);
                if (!t) continue;
                FontRecord& rec = writer_.record(*t->line->font);
                item_indices.push_back(rec.index);
                ItemGlyphs& ig = item_glyphs.try_emplace(rec.index, t->line->font, &rec.seed).first->second;
                for (const auto& g : t->line->glyphs) ig.used.insert(g.gid);
                ig.to_unicode.learn(*t->line);
            }
        }
        // With a shared subset of the same font, the items draw the glyphs it holds from it
        // and only the rest from a subset of their own (HbX<k>): a name seldom needs more
        // than a glyph or two the form's own text lacks.
        for (auto& [index, ig] : item_glyphs) {
            if (const SharedFonts::Face* face = shared_face(shared, index)) {
                ig.shared = &face->cids;
                std::set_difference(ig.used.begin(), ig.used.end(), face->used.begin(), face->used.end(),
                                    std::inserter(ig.own, ig.own.end()));
            } else {
                ig.own = ig.used;
            }
            if (!ig.own.empty()) ig.own_cids = CidMap(ig.own, writer_.record(*ig.font).seed);
        }
        const std::map<int, std::size_t> item_order = first_use_order(item_indices);
        auto item_fonts = [&item_order, &item_glyphs](int index) {
            const ItemGlyphs& ig = item_glyphs.at(index);
            std::size_t k = item_order.at(index);
            if (!ig.shared) return LineFonts{resource("HbF", k), &ig.own_cids, {}, nullptr};
            if (ig.own.empty()) return LineFonts{resource("HbF", k), ig.shared, {}, nullptr};
            return LineFonts{resource("HbF", k), ig.shared, resource("HbX", k), &ig.own_cids};
        };

        for (const layout::Page& lp : doc.pages) {
            HPDF_Page page = check_obj(HPDF_AddPage(pdf), "adding a page");
            check_hpdf(HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(lp.width)), "sizing a page");
            check_hpdf(HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(lp.height)), "sizing a page");
            pages_.push_back(page);
            drop_proc_set(page);
            const std::string own = writer_.encode(lp.items, lp.height, item_fonts);
            if (lp.shared) {
                const std::vector<int>& faces = shared->list_faces.at(lp.shared.get());
                for (std::size_t k = 0; k < faces.size(); ++k)
                    add_font_resource(page, resource("HbS", k + 1), shared_font(*shared, faces[k]).type0());
                attach_navigation(*lp.shared, page, lp.height);
                add_shared_content(*shared, page, lp.shared, lp.height, own.empty());
            }
            for (const layout::Item& item : lp.items) {
                const layout::TextItem* t = drawable_text(item);
                if (!t) continue;
                int index = writer_.record(*t->line->font).index;
                const ItemGlyphs& ig = item_glyphs.at(index);
                const std::size_t k = item_order.at(index);
                if (!ig.shared) {
                    add_font_resource(page, resource("HbF", k), item_font(index, ig).type0());
                } else {
                    add_font_resource(page, resource("HbF", k), shared_font(*shared, index).type0());
                    if (!ig.own.empty()) add_font_resource(page, resource("HbX", k), item_font(index, ig).type0());
                }
            }
            attach_navigation(lp.items, page, lp.height);
            append_content(page, own);
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
        // In the order the fonts were made (the document's order, not the writer's font
        // numbering): finishing adds objects, and their numbers must not depend on what the
        // writer rendered before.
        for (int index : shared_order_) {
            const SharedFonts::Face& face = shared->faces.at(index);
            CidFont& font = *shared_fonts_.at(index);
            font.use_all(face.used);
            font.finish(writer_.subsets, face.cids, shared_deflater(), &face.streams);
        }
        // Item subsets change with every candidate: their programs are deflated at level 1
        // (about 3% more bytes than level 6, at a fraction of the time).
        for (int index : item_order_)
            fonts_.at(index)->finish(writer_.subsets, item_glyphs.at(index).own_cids, deflater(), nullptr,
                                     &writer_.fast_deflater);

        std::string bytes = save_to_string(pdf);
        // libharu writes every dictionary plain; compressed documents get them in an
        // object stream, with a cross-reference stream (PDF 1.5).
        if (options_.compress && options_.object_streams) return pack_object_streams(bytes, writer_.deflater);
        return bytes;
    }

private:
    // The glyphs a document's page items use in one font, and what they taught ToUnicode.
    struct ItemGlyphs {
        ItemGlyphs(const text::Font* f, const ReverseCmap* seed) : font(f), to_unicode(seed) {}
        const text::Font* font;
        std::set<uint32_t> used;
        ToUnicodeMap to_unicode;
        const CidMap* shared = nullptr;   // the shared subset's CIDs, when the font has one
        std::set<uint32_t> own;           // the glyphs only the document's own subset holds
        CidMap own_cids;                  // their CIDs
    };

    static const SharedFonts::Face* shared_face(const SharedFonts* shared, int index) {
        if (!shared) return nullptr;
        auto it = shared->faces.find(index);
        return it == shared->faces.end() ? nullptr : &it->second;
    }

    // Destinations and link annotations of items (text needs nothing more here).
    void attach_navigation(const std::vector<layout::Item>& items, HPDF_Page page, double page_height) {
        for (const layout::Item& item : items) {
            if (auto* d = std::get_if<layout::DestItem>(&item)) {
                dests_.emplace(d->name, NamedDest{page, page_height - d->y});   // first of a name wins
            } else if (auto* l = std::get_if<layout::LinkItem>(&item)) {
                links_.push_back({page, pages_.size(), page_height, l});
            }
        }
    }

    CidFont& shared_font(const SharedFonts& shared, int index) {
        auto it = shared_fonts_.find(index);
        if (it == shared_fonts_.end()) {
            const text::Font& font = *shared.faces.at(index).font;
            it = shared_fonts_.emplace(index, std::make_unique<CidFont>(pdf_.get(), font, &writer_.record(font).seed)).first;
            shared_order_.push_back(index);
        }
        return *it->second;
    }

    CidFont& item_font(int index, const ItemGlyphs& ig) {
        auto it = fonts_.find(index);
        if (it == fonts_.end()) {
            auto font = std::make_unique<CidFont>(pdf_.get(), *ig.font, &writer_.record(*ig.font).seed);
            font->use_all(ig.own);
            font->to_unicode() = ig.to_unicode;
            it = fonts_.emplace(index, std::move(font)).first;
            item_order_.push_back(index);
        }
        return *it->second;
    }

    Deflater* deflater() { return options_.compress ? &writer_.deflater : nullptr; }
    // The shared part is compressed once per writer, so it gets zlib's best level.
    Deflater* shared_deflater() { return options_.compress ? &writer_.best_deflater : nullptr; }

    // The shared part of a page is a content stream of its own, drawn before the page's
    // own stream (/Contents [shared own]): its compressed bytes are made once per writer,
    // and one stream object serves every page of the document that shares it.
    // When the page draws nothing of its own (`own_empty`), the shared part's first page
    // holds it in its own content stream (no empty stream beside it); later pages refer to it.
    void add_shared_content(SharedFonts& sf, HPDF_Page page, const ItemList& items, double page_height,
                            bool own_empty) {
        HPDF_Dict own = page_content_stream(page);
        auto key = std::make_pair(static_cast<const void*>(items.get()), page_height);
        auto it = shared_streams_.find(key);
        if (it == shared_streams_.end()) {
            const std::string& bytes = writer_.shared_bytes(sf, items, page_height, shared_deflater());
            if (bytes.empty()) return;   // nothing drawn (destinations only): no empty Flate stream
            if (own_empty) {
                set_stream_data(own, bytes, deflater() != nullptr);
                shared_streams_.emplace(key, own);
                return;
            }
            it = shared_streams_.emplace(key, new_stream(pdf_.get(), bytes, deflater() != nullptr)).first;
        }
        set_page_contents(page, it->second, own);
    }

    // libharu gives every page /ProcSet [/PDF /Text /ImageB /ImageC /ImageI], which no
    // reader has needed since PDF 1.4 (PDF 1.7, 14.2).
    void drop_proc_set(HPDF_Page page) { remove_resource(page, "ProcSet"); }

    // The page's own content, written once (nothing else draws on our pages).
    void append_content(HPDF_Page page, const std::string& content) {
        HPDF_Dict stream = page_content_stream(page);
        if (content.empty()) return;
        set_stream_data(stream, deflater() ? deflater()->compress(content) : content, deflater() != nullptr);
    }

    WriterState& writer_;
    PdfOptions options_;
    DocPtr pdf_;
    std::vector<HPDF_Page> pages_;
    std::map<std::pair<const void*, double>, HPDF_Dict> shared_streams_;
    std::map<int, std::unique_ptr<CidFont>> shared_fonts_;
    std::map<int, std::unique_ptr<CidFont>> fonts_;
    std::vector<int> shared_order_, item_order_;   // font indices in the order their fonts were made
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
