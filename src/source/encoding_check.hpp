// The whole file's bytes before any parsing: pugixml does not validate UTF-8, and a
// stray control character is invisible in an editor. Both are reported at their exact
// position.
#pragma once

#include <string_view>

#include "source/findings.hpp"

namespace compforms::source {

// Reports invalid UTF-8, NUL bytes and control characters (other than tab, LF, CR).
// Returns false when the text cannot be parsed as UTF-8 XML at all (invalid UTF-8 or a
// NUL byte); control characters alone leave it parseable.
bool check_encoding(std::string_view text, Findings& findings);

} // namespace compforms::source
