// A list of layout items as the operators of a content stream, and the names of the font
// resources it draws with.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "layout/document.hpp"
#include "pdf/font_records.hpp"
#include "pdf/text_writer.hpp"

namespace compforms::pdf::detail {

// The item as text a content stream draws (a line with a font and glyphs), or null.
const layout::TextItem* drawable_text(const layout::Item& item);

// Resource names are page-local, so they depend only on what they name. Shared content
// draws with HbS<k>, the k-th font of its list in order of first use (one subset per font
// for all the shared content of a document, cached across documents). Page items draw
// with HbF<k>, the k-th font of the document's items, which names either a small
// per-document subset of the items' glyphs or, when that already holds every glyph they
// use, the shared subset; the glyphs it lacks come from HbX<k>.
std::string resource_name(const char* prefix, std::size_t k);

// Font index → 1-based position of its first use in `indices`.
std::map<int, std::size_t> first_use_order(const std::vector<int>& indices);

// The content stream of `items` on a page `page_height` high: the rules and boxes first,
// then all text in one text object. `line_fonts` gives the fonts a line of a font index
// draws with. The bytes depend only on the items and those fonts.
std::string encode_content(const std::vector<layout::Item>& items, double page_height, FontRecords& fonts,
                           const std::function<LineFonts(int font_index)>& line_fonts);

} // namespace compforms::pdf::detail
