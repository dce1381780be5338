// Document information, bookmarks, named destinations and links: the parts of a PDF that
// are about finding things rather than drawing them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <hpdf.h>

#include "layout/document.hpp"

namespace compforms::pdf::detail {

// Title, Subject, Author, Creator (UTF-16BE with BOM when not ASCII), /Lang in the
// catalog, and CreationDate only when the document gives one (never the clock).
void write_info(HPDF_Doc pdf, const layout::DocInfo& info);

// Bookmarks nested by level, each pointing at its page and height.
void write_outline(HPDF_Doc pdf, const std::vector<HPDF_Page>& pages, const std::vector<layout::Page>& layout_pages,
                   const std::vector<layout::OutlineEntry>& outline);

struct NamedDest {
    HPDF_Page page = nullptr;
    double top = 0;   // PDF y
};
// The /Names << /Dests … >> name tree (names sorted; the first of a duplicate wins), so
// another document can link to file.pdf#DL101.01.
void write_named_dests(HPDF_Doc pdf, const std::map<std::string, NamedDest>& dests);

// A borderless Link annotation going to a named destination.
void add_link(HPDF_Doc pdf, HPDF_Page page, const layout::LinkItem& link, double page_height);

} // namespace compforms::pdf::detail
