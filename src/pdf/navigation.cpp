#include "pdf/navigation.hpp"

#include "pdf/hpdf_objects.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

// [page /XYZ null top null]: keep the reader's zoom and horizontal position.
void fill_destination(HPDF_Array dest, HPDF_Page page, double top) {
    append_object(dest, page);
    append_name(dest, "XYZ");
    append_null(dest);
    append_real(dest, top);
    append_null(dest);
}

} // namespace

void write_info(HPDF_Doc pdf, const layout::DocInfo& info) {
    // HPDF_SetInfoAttr creates the Info dictionary; then the values are replaced by
    // properly encoded text strings.
    check_hpdf(HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "compforms"), "writing the document information");
    HPDF_Dict dict = info_dictionary(pdf);
    const std::pair<const char*, const std::string*> fields[] = {
        {"Title", &info.title}, {"Subject", &info.subject}, {"Author", &info.author}, {"Creator", &info.creator}};
    for (const auto& [key, value] : fields) {
        if (value->empty())
            remove_key(dict, key);
        else
            add_text(dict, key, *value);
    }
    if (info.creation_date) {
        const layout::Timestamp& t = *info.creation_date;
        HPDF_Date d{t.year, t.month, t.day, t.hour, t.minute, t.second, 'Z', 0, 0};
        check_hpdf(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d), "writing the document information");
    }
    if (!info.language.empty()) add_text(catalog(pdf), "Lang", info.language);
}

void write_outline(HPDF_Doc pdf, const std::vector<HPDF_Page>& pages, const std::vector<layout::Page>& layout_pages,
                   const std::vector<layout::OutlineEntry>& outline) {
    const char* what = "writing the outline";
    std::vector<HPDF_Outline> stack;   // stack[i] = the last entry at level i
    for (const layout::OutlineEntry& e : outline) {
        if (e.page >= pages.size()) throw PdfError("outline entry '" + e.title + "' points past the last page");
        std::size_t level = e.level < 0 ? 0 : static_cast<std::size_t>(e.level);
        if (level > stack.size()) level = stack.size();   // a skipped level nests under the deepest open entry
        stack.resize(level);
        HPDF_Outline parent = level == 0 ? nullptr : stack[level - 1];
        HPDF_Outline o = check_obj(HPDF_CreateOutline(pdf, parent, "", nullptr), what);
        add_text(o, "Title", e.title);
        fill_destination(add_array(o, "Dest"), pages[e.page], layout_pages[e.page].height - e.y);
        check_hpdf(HPDF_Outline_SetOpened(o, level == 0 ? HPDF_TRUE : HPDF_FALSE), what);
        stack.push_back(o);
    }
    if (!outline.empty()) check_hpdf(HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE), what);
}

void write_named_dests(HPDF_Doc pdf, const std::map<std::string, NamedDest>& dests) {
    if (dests.empty()) return;
    HPDF_Array list = add_array(add_dict(dict_entry(catalog(pdf), "Names"), "Dests"), "Names");
    for (const auto& [name, dest] : dests) {   // std::map: sorted by bytes, as a name tree needs
        append_string(list, name);
        fill_destination(append_array(list), dest.page, dest.top);
    }
}

void add_link(HPDF_Doc pdf, HPDF_Page page, const layout::LinkItem& link, double page_height) {
    HPDF_Dict annot = new_indirect_dict(pdf);
    add_name(annot, "Type", "Annot");
    add_name(annot, "Subtype", "Link");
    HPDF_Array rect = add_array(annot, "Rect");
    for (double v : {link.x, page_height - link.y - link.h, link.x + link.w, page_height - link.y}) append_real(rect, v);
    HPDF_Array border = add_array(annot, "Border");
    for (int i = 0; i < 3; ++i) append_number(border, 0);
    HPDF_Dict action = add_dict(annot, "A");
    add_name(action, "S", "GoTo");
    add_string(action, "D", link.dest);
    add_number(annot, "F", 4);   // print
    add_annotation(page, annot);
}

} // namespace compforms::pdf::detail
