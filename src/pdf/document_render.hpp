// One document being rendered: the libharu document, its pages, fonts and destinations.
// Or one part of a document rendered in parts (document_part.hpp): then the shared part
// is the whole document's, the shared objects the file already holds are stubs, and links
// may go to destinations of other parts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <hpdf.h>

#include "layout/document.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/document_part.hpp"
#include "pdf/hpdf_objects.hpp"
#include "pdf/item_fonts.hpp"
#include "pdf/navigation.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/shared_part.hpp"
#include "pdf/writer_cache.hpp"

namespace compforms::pdf::detail {

class DocumentRender {
public:
    // With a `part`, renders that part of a document (and tells `part` what it made).
    DocumentRender(WriterCache& cache, const PdfOptions& options, DocumentPart* part = nullptr);
    // The whole file; of a part, the file as libharu writes it (classic layout). Call once.
    std::string render(const layout::Document& doc);

private:
    void prepare_fonts(const layout::Document& doc);
    void write_page(const layout::Page& lp);
    HPDF_Page add_page(double width, double height);
    void add_shared_fonts(HPDF_Page page, const ItemList& items);
    void add_item_fonts(HPDF_Page page, const std::vector<layout::Item>& items);
    HPDF_Dict shared_content(const ItemList& items, double page_height, HPDF_Page empty_page);
    std::string compressed(const std::string& content);
    void append_content(HPDF_Page page, const std::string& content);
    void attach_navigation(const std::vector<layout::Item>& items, HPDF_Page page, double page_height);
    void write_links();
    void finish_fonts();
    HPDF_Dict shared_type0(int index);
    CidFont& shared_font(int index);
    HPDF_Dict stub(std::uint32_t in_file);
    CidFont& item_font(int index);

    Deflater* deflater() { return options_.compress ? &cache_.deflater : nullptr; }
    // The shared part is compressed once per writer, so it gets zlib's best level.
    Deflater* shared_deflater() { return options_.compress ? &cache_.best_deflater : nullptr; }

    WriterCache& cache_;
    PdfOptions options_;
    DocumentPart* part_;
    DocPtr pdf_;
    SharedPart* shared_ = nullptr;   // null when no page has shared items
    std::optional<ItemFonts> item_fonts_;
    std::vector<HPDF_Page> pages_;
    std::map<std::pair<const void*, double>, HPDF_Dict> shared_streams_;
    std::map<int, std::unique_ptr<CidFont>> shared_fonts_;
    std::map<int, HPDF_Dict> font_stubs_;
    std::map<int, std::unique_ptr<CidFont>> item_cid_fonts_;
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

} // namespace compforms::pdf::detail
