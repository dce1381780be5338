#include "pdf/attachments.hpp"

#include <algorithm>
#include <string>

#include "pdf/hpdf_objects.hpp"

namespace compforms::pdf::detail {
namespace {

HPDF_Dict embedded_file(HPDF_Doc pdf, const layout::AttachedFile& file, Deflater* deflater) {
    HPDF_Dict stream = new_stream(pdf, deflater ? deflater->compress(file.bytes) : file.bytes, deflater != nullptr);
    add_name(stream, "Type", "EmbeddedFile");
    // libharu writes a name's delimiters escaped: application/xml is /application#2Fxml.
    add_name(stream, "Subtype", file.mime_type.c_str());
    // The size of the file itself (the stream may be compressed); no dates: same input,
    // same bytes.
    add_number(add_dict(stream, "Params"), "Size", static_cast<int>(file.bytes.size()));
    return stream;
}

} // namespace

void write_attachments(HPDF_Doc pdf, const std::vector<layout::AttachedFile>& files, Deflater* deflater) {
    if (files.empty()) return;
    std::vector<const layout::AttachedFile*> by_name;
    for (const layout::AttachedFile& f : files) by_name.push_back(&f);
    // A name tree's keys are sorted by their bytes.
    std::stable_sort(by_name.begin(), by_name.end(), [](auto* a, auto* b) { return a->name < b->name; });
    HPDF_Array associated = add_array(catalog(pdf), "AF");
    HPDF_Array names = add_array(add_dict(dict_entry(catalog(pdf), "Names"), "EmbeddedFiles"), "Names");
    for (const layout::AttachedFile* file : by_name) {
        HPDF_Dict spec = new_indirect_dict(pdf);
        add_name(spec, "Type", "Filespec");
        add_text(spec, "F", file->name);
        add_text(spec, "UF", file->name);
        if (!file->description.empty()) add_text(spec, "Desc", file->description);
        add_name(spec, "AFRelationship", "Source");
        HPDF_Dict ef = add_dict(spec, "EF");
        HPDF_Dict stream = embedded_file(pdf, *file, deflater);
        add_object(ef, "F", stream);
        add_object(ef, "UF", stream);
        append_object(associated, spec);
        append_string(names, file->name);
        append_object(names, spec);
    }
}

} // namespace compforms::pdf::detail
