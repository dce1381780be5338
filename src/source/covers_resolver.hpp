// What each `covers` list names: a PC by its book code, a PC by its number (units whose PCs
// have no code), or an element by its code (all its PCs). Resolved once, after the build,
// into CodeRef::pcs (PC names, see Criterion::name), so coverage is computed the same way
// by the checks and by every form.
#pragma once

#include "model/unit.hpp"

namespace compforms::source {

void resolve_covers(model::Unit& unit);

} // namespace compforms::source
