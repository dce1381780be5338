// Reading back the unit source a booklet carries (pdf/attachments.hpp), with poppler: the
// one place that reads a PDF. `extract` writes it out; `diff` reads a booklet through it
// wherever it reads a source.
#pragma once

#include <optional>
#include <string>

namespace compforms::pdf {

struct EmbeddedSource {
    std::string name;    // the attached file's name, e.g. "DL100.xml"
    std::string bytes;   // byte for byte as it was printed from
};

// Whether the file at `path` starts as a PDF does ("%PDF-").
bool looks_like_pdf(const std::string& path);

// The unit source attached to the PDF at `path`: the first attached file that is a compforms
// unit source. None, with `error` saying why, when the file is not a PDF poppler can read
// or carries no unit source.
std::optional<EmbeddedSource> read_embedded_source(const std::string& path, std::string& error);

} // namespace compforms::pdf
