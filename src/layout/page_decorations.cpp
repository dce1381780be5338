#include "layout/page_decorations.hpp"

namespace compforms::layout {

void decorate_pages(Document&, const PageDecorations&, text::Typesetter&, const text::FontSet&,
                    const PageSetup&) {}

} // namespace compforms::layout
