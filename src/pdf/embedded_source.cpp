#include "pdf/embedded_source.hpp"

#include <poppler-document.h>
#include <poppler-embedded-file.h>
#include <poppler-global.h>

#include <fstream>
#include <memory>

namespace compforms::pdf {
namespace {

constexpr const char* kUnitNamespace = "urn:compforms:unit:";

// poppler prints what it finds wrong in a file to stderr; a bad file is reported once, by us.
void quiet(const std::string&, void*) {}

} // namespace

bool looks_like_pdf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[5] = {};
    return in.read(head, sizeof head) && std::string(head, sizeof head) == "%PDF-";
}

std::optional<EmbeddedSource> read_embedded_source(const std::string& path, std::string& error) {
    poppler::set_debug_error_function(quiet, nullptr);
    const std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (!doc) {
        error = "cannot read the PDF (damaged, encrypted, or not a PDF)";
        return std::nullopt;
    }
    if (doc->has_embedded_files())
        for (poppler::embedded_file* file : doc->embedded_files()) {
            if (!file || !file->is_valid()) continue;
            const poppler::byte_array data = file->data();
            std::string bytes(data.begin(), data.end());
            if (bytes.find(kUnitNamespace) == std::string::npos) continue;
            return EmbeddedSource{file->name(), std::move(bytes)};
        }
    error = "the PDF carries no unit source (a booklet printed by compforms carries the source it was printed from)";
    return std::nullopt;
}

} // namespace compforms::pdf
