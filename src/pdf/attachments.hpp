// A document's attached files (layout::AttachedFile), written as PDF/A-3 and ZUGFeRD/e-Tax
// invoices write theirs: an EmbeddedFile stream, a file specification with
// /AFRelationship /Source, listed in the catalog's /AF and in its /Names /EmbeddedFiles tree
// (where readers' attachment panes and poppler look).
#pragma once

#include <vector>

#include <hpdf.h>

#include "layout/document.hpp"
#include "pdf/deflater.hpp"

namespace compforms::pdf::detail {

// `deflater` null: the files are stored uncompressed.
void write_attachments(HPDF_Doc pdf, const std::vector<layout::AttachedFile>& files, Deflater* deflater);

} // namespace compforms::pdf::detail
