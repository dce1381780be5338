// Sanity checks on one text of the source, at the exact character: Thai marks that cannot
// be typed correctly (a mark without its consonant, two tone marks, a leading vowel that
// ends a word) are errors; things that are valid but usually slips (a doubled syllable
// such as "การการ", text not in NFC) are warnings. Nothing here changes the text.
#pragma once

#include "source/findings.hpp"
#include "source/source_text.hpp"

namespace compforms::source {

void check_thai_text(const SourceText& text, Findings& findings);

} // namespace compforms::source
