// libharu's object layer behind the few calls the writer needs: dictionaries, arrays and
// streams of a document, a page's fonts, content streams and annotations, and saving.
// libharu's public API draws with its own fonts only; a Type0 font, marked content and
// our own streams need its private headers and struct members. Only hpdf_objects.cpp
// includes those headers; every other file uses <hpdf.h> and these functions.
//
// Every function throws PdfError when libharu fails: its internal calls set an error
// code without invoking the document's error handler, so each result is checked.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include <hpdf.h>

namespace compforms::pdf::detail {

// Throws PdfError naming `what` when a libharu call failed.
void check_hpdf(HPDF_STATUS status, const char* what);
template <typename T>
T check_obj(T obj, const char* what) {
    if (!obj) check_hpdf(HPDF_FAILD_TO_ALLOC_MEM, what);
    return obj;
}

// --- The document

struct DocDeleter {
    void operator()(HPDF_Doc pdf) const { HPDF_Free(pdf); }
};
using DocPtr = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

// The version in the header line (libharu has no setter for it).
void set_pdf_version(HPDF_Doc pdf, HPDF_PDFVer version);
// The /Info dictionary (HPDF_SetInfoAttr creates it) and the catalog.
HPDF_Dict info_dictionary(HPDF_Doc pdf);
HPDF_Dict catalog(HPDF_Doc pdf);
// The whole file, saved straight into a string through a callback stream (libharu's
// own memory stream would copy every byte twice more, one at a time).
std::string save_to_string(HPDF_Doc pdf);

// --- Objects

// A dictionary in the cross-reference table: an indirect object, which a dictionary or
// an array that holds it refers to as "N 0 R".
HPDF_Dict new_indirect_dict(HPDF_Doc pdf);
// The number of an indirect object in the file libharu will write.
std::uint32_t object_number(HPDF_Dict object);
// A stream object (indirect) holding `data` as set_stream_data puts it.
HPDF_Dict new_stream(HPDF_Doc pdf, const std::string& data, bool deflated);
// Puts `data` into a stream object as it is; when `deflated`, the dictionary says
// /Filter /FlateDecode. libharu drops a /Filter key whose filter it did not apply itself,
// so the key is written by the dictionary's write hook.
void set_stream_data(HPDF_Dict stream, const std::string& data, bool deflated);

// Dictionary entries. A direct dictionary or array is made, attached under `key` and
// returned to be filled; `value` of add_object is an indirect object.
HPDF_Dict add_dict(HPDF_Dict dict, const char* key);
// The dictionary under `key`, made (as add_dict) when there is none yet.
HPDF_Dict dict_entry(HPDF_Dict dict, const char* key);
HPDF_Array add_array(HPDF_Dict dict, const char* key);
void add_object(HPDF_Dict dict, const char* key, HPDF_Dict value);
void add_name(HPDF_Dict dict, const char* key, const char* name);
void add_number(HPDF_Dict dict, const char* key, int value);
// A literal string of the bytes as they are.
void add_string(HPDF_Dict dict, const char* key, const std::string& bytes);
// A text string: literal when ASCII, else UTF-16BE with a BOM (written in hex).
void add_text(HPDF_Dict dict, const char* key, const std::string& utf8);
void remove_key(HPDF_Dict dict, const char* key);

// Array elements, in the same way.
HPDF_Array append_array(HPDF_Array array);
void append_object(HPDF_Array array, HPDF_Dict value);
void append_name(HPDF_Array array, const char* name);
void append_number(HPDF_Array array, int value);
void append_real(HPDF_Array array, double value);
void append_string(HPDF_Array array, const std::string& bytes);
void append_null(HPDF_Array array);

// --- Pages

// Adds `font` to the page's /Font resources under `name`, unless the name is taken. As
// libharu's own HPDF_Page_GetLocalFontName does, but with our names, and libharu is told
// of the /Font dictionary: its next font call would otherwise replace it.
void add_font_resource(HPDF_Page page, const std::string& name, HPDF_Dict font);
// Removes an entry of the page's (possibly inherited) /Resources.
void remove_resource(HPDF_Page page, const char* key);
// The content stream libharu made with the page. Throws when libharu is inside a path or
// a text object of the page: the page must be ours alone to draw on.
HPDF_Dict page_content_stream(HPDF_Page page);
// /Contents [streams…] in drawing order, replacing the page's reference to its own stream
// (which stays in the cross-reference table: put it in the list).
void set_page_contents(HPDF_Page page, const std::vector<HPDF_Dict>& streams);
// Appends an (indirect) annotation to the page's /Annots.
void add_annotation(HPDF_Page page, HPDF_Dict annotation);

} // namespace compforms::pdf::detail
