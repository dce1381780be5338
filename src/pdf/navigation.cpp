#include "pdf/navigation.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_outline.h>

#include "pdf/cid_font.hpp"
#include "base/utf8.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

// A PDF text string: literal when ASCII, else UTF-16BE with a BOM (as a hex string).
void* text_string(HPDF_MMgr mmgr, const std::string& s) {
    if (is_ascii(s)) return check_obj(HPDF_String_New(mmgr, s.c_str(), nullptr), "building a text string");
    std::string bytes = "\xFE\xFF" + utf16be(utf8::to_u32(s));
    return check_obj(HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size())),
                     "building a text string");
}

// [page /XYZ null top null]: keep the reader's zoom and horizontal position.
HPDF_Array destination(HPDF_Doc pdf, HPDF_Page page, double top) {
    const char* what = "building a destination";
    HPDF_Array a = check_obj(HPDF_Array_New(pdf->mmgr), what);
    check_hpdf(HPDF_Array_Add(a, page), what);
    check_hpdf(HPDF_Array_AddName(a, "XYZ"), what);
    check_hpdf(HPDF_Array_Add(a, HPDF_Null_New(pdf->mmgr)), what);
    check_hpdf(HPDF_Array_AddReal(a, static_cast<HPDF_REAL>(top)), what);
    check_hpdf(HPDF_Array_Add(a, HPDF_Null_New(pdf->mmgr)), what);
    return a;
}

} // namespace

void write_info(HPDF_Doc pdf, const layout::DocInfo& info) {
    const char* what = "writing the document information";
    // HPDF_SetInfoAttr creates the Info dictionary; then the values are replaced by
    // properly encoded text strings.
    check_hpdf(HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "compforms"), what);
    HPDF_Dict dict = pdf->info;
    if (!dict) check_hpdf(HPDF_INVALID_DOCUMENT, what);
    const std::pair<const char*, const std::string*> fields[] = {
        {"Title", &info.title}, {"Subject", &info.subject}, {"Author", &info.author}, {"Creator", &info.creator}};
    for (const auto& [key, value] : fields) {
        if (value->empty()) {
            HPDF_Dict_RemoveElement(dict, key);
            continue;
        }
        check_hpdf(HPDF_Dict_Add(dict, key, text_string(pdf->mmgr, *value)), what);
    }
    if (info.creation_date) {
        const layout::Timestamp& t = *info.creation_date;
        HPDF_Date d{t.year, t.month, t.day, t.hour, t.minute, t.second, 'Z', 0, 0};
        check_hpdf(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d), what);
    }
    if (!info.language.empty())
        check_hpdf(HPDF_Dict_Add(pdf->catalog, "Lang", text_string(pdf->mmgr, info.language)), what);
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
        check_hpdf(HPDF_Dict_Add(o, "Title", text_string(pdf->mmgr, e.title)), what);
        check_hpdf(HPDF_Dict_Add(o, "Dest", destination(pdf, pages[e.page], layout_pages[e.page].height - e.y)), what);
        check_hpdf(HPDF_Outline_SetOpened(o, level == 0 ? HPDF_TRUE : HPDF_FALSE), what);
        stack.push_back(o);
    }
    if (!outline.empty()) check_hpdf(HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE), what);
}

void write_named_dests(HPDF_Doc pdf, const std::map<std::string, NamedDest>& dests) {
    if (dests.empty()) return;
    const char* what = "writing the named destinations";
    HPDF_Dict names = check_obj(HPDF_Dict_New(pdf->mmgr), what);
    check_hpdf(HPDF_Dict_Add(pdf->catalog, "Names", names), what);
    HPDF_Dict tree = check_obj(HPDF_Dict_New(pdf->mmgr), what);
    check_hpdf(HPDF_Dict_Add(names, "Dests", tree), what);
    HPDF_Array list = check_obj(HPDF_Array_New(pdf->mmgr), what);
    check_hpdf(HPDF_Dict_Add(tree, "Names", list), what);
    for (const auto& [name, dest] : dests) {   // std::map: sorted by bytes, as a name tree needs
        check_hpdf(HPDF_Array_Add(list, check_obj(HPDF_String_New(pdf->mmgr, name.c_str(), nullptr), what)), what);
        check_hpdf(HPDF_Array_Add(list, destination(pdf, dest.page, dest.top)), what);
    }
}

void add_link(HPDF_Doc pdf, HPDF_Page page, const layout::LinkItem& link, double page_height) {
    const char* what = "adding a link";
    HPDF_Dict annot = check_obj(HPDF_Dict_New(pdf->mmgr), what);
    check_hpdf(HPDF_Xref_Add(pdf->xref, annot), what);
    check_hpdf(HPDF_Dict_AddName(annot, "Type", "Annot"), what);
    check_hpdf(HPDF_Dict_AddName(annot, "Subtype", "Link"), what);
    HPDF_Array rect = check_obj(HPDF_Array_New(pdf->mmgr), what);
    check_hpdf(HPDF_Dict_Add(annot, "Rect", rect), what);
    for (double v : {link.x, page_height - link.y - link.h, link.x + link.w, page_height - link.y})
        check_hpdf(HPDF_Array_AddReal(rect, static_cast<HPDF_REAL>(v)), what);
    HPDF_Array border = check_obj(HPDF_Array_New(pdf->mmgr), what);
    check_hpdf(HPDF_Dict_Add(annot, "Border", border), what);
    for (int i = 0; i < 3; ++i) check_hpdf(HPDF_Array_AddNumber(border, 0), what);
    HPDF_Dict action = check_obj(HPDF_Dict_New(pdf->mmgr), what);
    check_hpdf(HPDF_Dict_Add(annot, "A", action), what);
    check_hpdf(HPDF_Dict_AddName(action, "S", "GoTo"), what);
    check_hpdf(HPDF_Dict_Add(action, "D", check_obj(HPDF_String_New(pdf->mmgr, link.dest.c_str(), nullptr), what)), what);
    check_hpdf(HPDF_Dict_AddNumber(annot, "F", 4), what);   // print

    HPDF_Array annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
    if (!annots) {
        annots = check_obj(HPDF_Array_New(pdf->mmgr), what);
        check_hpdf(HPDF_Dict_Add(page, "Annots", annots), what);
    }
    check_hpdf(HPDF_Array_Add(annots, annot), what);
}

} // namespace compforms::pdf::detail
