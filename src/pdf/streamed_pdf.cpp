#include "pdf/streamed_pdf.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "pdf/document_part.hpp"
#include "pdf/document_render.hpp"
#include "pdf/merged_file.hpp"
#include "pdf/writer_cache.hpp"

namespace compforms::pdf {

struct StreamedPdf::Impl {
    Impl(detail::WriterCache& c, ByteSink out, const layout::DocInfo& i, std::size_t pages)
        : cache(c), file(std::move(out), c.deflater), info(i), pages_per_render(pages) {}

    void render_pending();

    detail::WriterCache& cache;
    detail::MergedFile file;
    layout::DocInfo info;
    std::size_t pages_per_render;
    // A copy: the writer's cache of shared parts may let its own go while this one lives.
    std::optional<detail::SharedPart> shared;
    std::set<const void*> lists;   // the forms' shared item lists
    detail::SharedInFile in_file;
    layout::Document pending;      // the pages added and not rendered yet
    std::size_t pages_done = 0;
    bool started = false;          // a render went into the file
    std::set<std::string> defined;                  // the destinations of the pages done
    std::map<std::string, std::size_t> open_links;  // names linked to and not defined (yet): first page
};

// The pending pages as one part: rendered, carried into the file and forgotten. The
// render's libharu document is gone before the file reads what it wrote.
void StreamedPdf::Impl::render_pending() {
    detail::DocumentPart part;
    part.shared = shared ? &*shared : nullptr;
    part.in_file = &in_file;
    part.defined_before = &defined;
    part.first_page = pages_done;
    part.first = !started;
    pending.info = info;
    std::string bytes = detail::DocumentRender(cache, PdfOptions{}, &part).render(pending);
    file.import(bytes, part, in_file);
    started = true;
    defined.insert(part.dest_names.begin(), part.dest_names.end());
    open_links.insert(part.open_links.begin(), part.open_links.end());
    pages_done += pending.pages.size();
    pending = layout::Document{};
}

StreamedPdf::StreamedPdf(PdfWriter& writer, ByteSink out, const layout::DocInfo& info,
                         const std::vector<const layout::Document*>& forms, std::size_t pages_per_render)
    : impl_(std::make_unique<Impl>(*writer.impl_, std::move(out), info, std::max<std::size_t>(pages_per_render, 1))) {
    std::vector<detail::ItemList> lists;
    for (const layout::Document* form : forms)
        for (const layout::Page& p : form->pages)
            if (p.shared && impl_->lists.insert(p.shared.get()).second) lists.push_back(p.shared);
    detail::WriterCache& cache = impl_->cache;
    if (!lists.empty()) impl_->shared = cache.shared_parts.of(lists, &cache.best_deflater, cache.fonts, cache.subsets);
}

StreamedPdf::~StreamedPdf() = default;

void StreamedPdf::add(layout::Document part) {
    Impl& m = *impl_;
    for (const layout::Page& p : part.pages)
        if (p.shared && !m.lists.count(p.shared.get()))
            throw PdfError("a page shares items that none of the streamed document's forms has");
    const std::size_t shift = m.pending.pages.size();
    for (layout::OutlineEntry& e : part.outline) {
        if (e.page >= part.pages.size()) throw PdfError("outline entry '" + e.title + "' points past the last page");
        e.page += shift;
        m.pending.outline.push_back(std::move(e));
    }
    std::move(part.pages.begin(), part.pages.end(), std::back_inserter(m.pending.pages));
    if (m.pending.pages.size() >= m.pages_per_render) m.render_pending();
}

void StreamedPdf::finish() {
    Impl& m = *impl_;
    if (!m.pending.pages.empty() || !m.started) m.render_pending();
    for (const auto& [name, page] : m.open_links)
        if (!m.defined.count(name))
            throw PdfError("page " + std::to_string(page) + " links to '" + name +
                           "', which no page of the document defines");
    m.file.finish();
}

} // namespace compforms::pdf
