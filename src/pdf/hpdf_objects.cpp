#include "pdf/hpdf_objects.hpp"

#include <cstdio>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "base/utf8.hpp"
#include "pdf/pdf_format.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {
namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) { return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012"); }

HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* data, HPDF_UINT size) {
    static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(data), size);
    return HPDF_OK;
}

HPDF_PageAttr page_attr(HPDF_Page page) { return static_cast<HPDF_PageAttr>(page->attr); }

HPDF_Dict page_resources(HPDF_Page page) {
    return static_cast<HPDF_Dict>(HPDF_Page_GetInheritableItem(page, "Resources", HPDF_OCLASS_DICT));
}

// A string object of the bytes as they are.
HPDF_String new_string(HPDF_MMgr mmgr, const std::string& bytes) {
    return check_obj(HPDF_String_New(mmgr, bytes.c_str(), nullptr), "building a string");
}

} // namespace

void check_hpdf(HPDF_STATUS status, const char* what) {
    if (status != HPDF_OK) {
        char code[16];
        std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(status));
        throw PdfError(std::string("libharu failed (") + code + ") while " + what);
    }
}

void set_pdf_version(HPDF_Doc pdf, HPDF_PDFVer version) { pdf->pdf_version = version; }

HPDF_Dict info_dictionary(HPDF_Doc pdf) {
    if (!pdf->info) check_hpdf(HPDF_INVALID_DOCUMENT, "writing the document information");
    return pdf->info;
}

HPDF_Dict catalog(HPDF_Doc pdf) { return pdf->catalog; }

std::string save_to_string(HPDF_Doc pdf) {
    const char* what = "saving the document";
    std::string bytes;
    bytes.reserve(16384);
    // HPDF_SaveToStream writes to pdf->stream when it is set, and frees it with the document.
    pdf->stream = check_obj(HPDF_CallbackWriter_New(pdf->mmgr, append_to_string, &bytes), what);
    check_hpdf(HPDF_SaveToStream(pdf), what);
    return bytes;
}

HPDF_Dict new_indirect_dict(HPDF_Doc pdf) {
    const char* what = "creating an object";
    HPDF_Dict dict = check_obj(HPDF_Dict_New(pdf->mmgr), what);
    check_hpdf(HPDF_Xref_Add(pdf->xref, dict), what);
    return dict;
}

std::uint32_t object_number(HPDF_Dict object) {
    if (!(object->header.obj_id & HPDF_OTYPE_INDIRECT)) check_hpdf(HPDF_INVALID_OBJECT, "numbering an object");
    return object->header.obj_id & 0x00FFFFFF;   // the low 24 bits are the number (hpdf_objects.h)
}

HPDF_Dict new_stream(HPDF_Doc pdf, const std::string& data, bool deflated) {
    HPDF_Dict stream = check_obj(HPDF_DictStream_New(pdf->mmgr, pdf->xref), "creating a stream");
    set_stream_data(stream, data, deflated);
    return stream;
}

void set_stream_data(HPDF_Dict stream, const std::string& data, bool deflated) {
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = deflated ? write_flate_filter : nullptr;
    if (!data.empty())
        check_hpdf(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                                     static_cast<HPDF_UINT>(data.size())),
                   "writing stream data");
}

HPDF_Dict add_dict(HPDF_Dict dict, const char* key) {
    HPDF_Dict value = check_obj(HPDF_Dict_New(dict->mmgr), "creating a dictionary");
    check_hpdf(HPDF_Dict_Add(dict, key, value), "adding a dictionary");
    return value;
}

HPDF_Dict dict_entry(HPDF_Dict dict, const char* key) {
    if (auto existing = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(dict, key, HPDF_OCLASS_DICT))) return existing;
    return add_dict(dict, key);
}

HPDF_Array add_array(HPDF_Dict dict, const char* key) {
    HPDF_Array value = check_obj(HPDF_Array_New(dict->mmgr), "creating an array");
    check_hpdf(HPDF_Dict_Add(dict, key, value), "adding an array");
    return value;
}

void add_object(HPDF_Dict dict, const char* key, HPDF_Dict value) {
    check_hpdf(HPDF_Dict_Add(dict, key, value), "adding an object");
}

void add_name(HPDF_Dict dict, const char* key, const char* name) {
    check_hpdf(HPDF_Dict_AddName(dict, key, name), "adding a name");
}

void add_number(HPDF_Dict dict, const char* key, int value) {
    check_hpdf(HPDF_Dict_AddNumber(dict, key, value), "adding a number");
}

void add_string(HPDF_Dict dict, const char* key, const std::string& bytes) {
    check_hpdf(HPDF_Dict_Add(dict, key, new_string(dict->mmgr, bytes)), "adding a string");
}

void add_text(HPDF_Dict dict, const char* key, const std::string& utf8) {
    const char* what = "adding a text string";
    if (is_ascii(utf8)) {
        check_hpdf(HPDF_Dict_Add(dict, key, new_string(dict->mmgr, utf8)), what);
        return;
    }
    std::string bytes = "\xFE\xFF" + utf16be(utf8::to_u32(utf8));
    HPDF_Binary binary = check_obj(
        HPDF_Binary_New(dict->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size())),
        what);
    check_hpdf(HPDF_Dict_Add(dict, key, binary), what);
}

void remove_key(HPDF_Dict dict, const char* key) { HPDF_Dict_RemoveElement(dict, key); }

HPDF_Array append_array(HPDF_Array array) {
    HPDF_Array value = check_obj(HPDF_Array_New(array->mmgr), "creating an array");
    check_hpdf(HPDF_Array_Add(array, value), "appending an array");
    return value;
}

void append_object(HPDF_Array array, HPDF_Dict value) {
    check_hpdf(HPDF_Array_Add(array, value), "appending an object");
}

void append_name(HPDF_Array array, const char* name) {
    check_hpdf(HPDF_Array_AddName(array, name), "appending a name");
}

void append_number(HPDF_Array array, int value) {
    check_hpdf(HPDF_Array_AddNumber(array, value), "appending a number");
}

void append_real(HPDF_Array array, double value) {
    check_hpdf(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(value)), "appending a number");
}

void append_string(HPDF_Array array, const std::string& bytes) {
    check_hpdf(HPDF_Array_Add(array, new_string(array->mmgr, bytes)), "appending a string");
}

void append_null(HPDF_Array array) {
    check_hpdf(HPDF_Array_Add(array, check_obj(HPDF_Null_New(array->mmgr), "creating null")), "appending null");
}

void add_font_resource(HPDF_Page page, const std::string& name, HPDF_Dict font) {
    const char* what = "adding a font to the page resources";
    HPDF_PageAttr attr = page_attr(page);
    if (!attr->fonts) {
        HPDF_Dict resources = page_resources(page);
        if (!resources) check_hpdf(HPDF_PAGE_INVALID_INDEX, what);
        attr->fonts = add_dict(resources, "Font");
    }
    if (!HPDF_Dict_GetItem(attr->fonts, name.c_str(), HPDF_OCLASS_DICT))
        check_hpdf(HPDF_Dict_Add(attr->fonts, name.c_str(), font), what);
}

void remove_resource(HPDF_Page page, const char* key) {
    if (HPDF_Dict resources = page_resources(page)) remove_key(resources, key);
}

HPDF_Dict page_content_stream(HPDF_Page page) {
    HPDF_PageAttr attr = page_attr(page);
    if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION) check_hpdf(HPDF_PAGE_INVALID_GMODE, "writing page content");
    return attr->contents;
}

void set_page_contents(HPDF_Page page, const std::vector<HPDF_Dict>& streams) {
    HPDF_Array contents = add_array(page, "Contents");
    for (HPDF_Dict stream : streams) append_object(contents, stream);
}

void add_annotation(HPDF_Page page, HPDF_Dict annotation) {
    auto annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
    if (!annots) annots = add_array(page, "Annots");
    append_object(annots, annotation);
}

} // namespace compforms::pdf::detail
