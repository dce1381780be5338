// Packs a finished libharu PDF into the PDF 1.5 compact form (object stream + xref
// stream). libharu writes every dictionary uncompressed, a separate number object for each
// stream's /Length and a classic xref table, all of which deflate well in an object
// stream. qpdf can do this rewrite but is far too slow for a per-sheet pass, so this is a
// small strict packer that understands exactly the files libharu writes and refuses
// everything else.
#pragma once

#include <string>
#include <string_view>

#include "pdf/deflater.hpp"

namespace compforms::pdf::detail {

// Rewrites a complete PDF as libharu writes it (classic xref table, one revision, all
// generation 0) into the PDF 1.5 compact form: the same header comment line; every stream
// object with its data copied byte for byte and a direct /Length; the number objects that
// only held stream lengths dropped (free entries); all other objects, in object-number
// order, in ONE object stream deflated with `deflater`; then a deflated cross-reference
// stream. Object numbers are kept: the object stream and the xref stream are numbered
// after the last object. Dictionaries lose the whitespace their tokens do not need
// (strings and names are copied as they are, hex strings become literal strings of the
// same bytes). Same input, same bytes.
//
// The input is read strictly (see classic_pdf.hpp): anything unexpected throws PdfError,
// so a corrupt file is never returned.
std::string pack_object_streams(std::string_view pdf, Deflater& deflater);

} // namespace compforms::pdf::detail
