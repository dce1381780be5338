// An edition's modification history (format 1.1): <history><entry revision="0"
// date="2019-05-01">summary</entry>…</history>, oldest first.
#pragma once

#include <pugixml.hpp>

#include <vector>

#include "model/unit.hpp"
#include "source/findings.hpp"
#include "source/xml_reader.hpp"

namespace compforms::source {

// The entries of a <history> element, each with its problems reported (a revision that is
// not a number, a date that is not a day, an empty summary).
std::vector<model::HistoryEntry> read_history(pugi::xml_node history, XmlReader& reader);

// Oldest first: each entry's revision greater than the one before and its date no earlier;
// none newer than the edition itself (a larger revision or a later date). Each problem is
// reported at the entry's attribute.
void check_history_order(const model::Edition& edition, Findings& findings);

} // namespace compforms::source
