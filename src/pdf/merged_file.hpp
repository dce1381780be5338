// One PDF in the compact form made of the parts of a document (streamed_pdf.hpp), each a
// file libharu wrote (DocumentRender in part mode, classic layout), written out as each
// part comes: its streams byte for byte, its other objects in one object stream of its
// own, its object numbers continuing the file's. What the parts share is joined here:
// - each part's page tree becomes a node of one balanced page tree (page_tree.hpp);
// - their outlines become one: each part's top-level bookmarks are chained after the
//   previous part's, under one outline root;
// - their destinations go into one name tree (the first of a name wins);
// - the shared part's fonts and content streams are in the file once (SharedInFile):
//   a part's stubs for them are replaced by the objects the file holds;
// - the first part's document information is the file's; a part's catalog is rebuilt.
// Until the end, memory holds a cross-reference row per object, a node per part, the
// destinations and the last top-level bookmark (its /Next is not known before).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/classic_pdf.hpp"
#include "pdf/compact_form.hpp"
#include "pdf/deflater.hpp"
#include "pdf/document_part.hpp"
#include "pdf/page_tree.hpp"
#include "pdf/renumbering.hpp"
#include "pdf/streamed_pdf.hpp"

namespace compforms::pdf::detail {

class MergedFile {
public:
    MergedFile(ByteSink out, Deflater& deflater) : out_(std::move(out)), deflater_(deflater) {}

    // A part's file and what its render told. The shared objects it made are then in
    // `shared`. Throws PdfError when the file is not as DocumentRender writes a part.
    void import(std::string_view part_file, const DocumentPart& part, SharedInFile& shared);
    // The page tree, the outline's root, the catalog and the cross-reference stream.
    void finish();

private:
    struct Roles;
    struct Numbers;
    struct Bookmark {
        std::uint32_t number = 0;
        std::string text;
    };

    Roles roles_of(const ClassicPdf& in, bool first);
    Numbers number_objects(const ClassicPdf& in, const Roles& roles, const DocumentPart& part);
    void copy_streams(const ClassicPdf& in, const Numbers& numbers, std::string& out);
    void pack_objects(const ClassicPdf& in, const Numbers& numbers, const Roles& roles, std::string& out);
    void add_page_node(const ClassicPdf& in, const Roles& roles, const Renumbering& map);
    void add_destinations(const Roles& roles, const DocumentPart& part, const Renumbering& map);
    std::string catalog(std::uint32_t pages) const;
    std::uint32_t new_number();
    void emit(const std::string& bytes);

    ByteSink out_;
    Deflater& deflater_;
    std::uint64_t offset_ = 0;          // bytes written so far
    std::uint32_t next_ = 1;            // the next object number
    XrefRows rows_{1};
    std::uint32_t info_ = 0;            // the document information, once a part had it
    std::string catalog_entries_;       // the first part's catalog entries the file keeps as they are
    std::vector<PageNode> page_nodes_;  // one per part
    std::uint32_t outline_ = 0;         // the outline's root, once a part has bookmarks
    std::uint32_t first_bookmark_ = 0, last_bookmark_ = 0;
    long long visible_bookmarks_ = 0;   // the root's /Count
    Bookmark held_;                     // the last top-level bookmark, written with the next part
    std::map<std::string, std::string> dests_;   // name → destination array as written
};

} // namespace compforms::pdf::detail
