// Cutting a text that is too wide for its room: the longest prefix that fits with "…"
// after it, never cut between a Thai character and a mark above or below it.
#pragma once

#include <functional>
#include <string>

namespace compforms::text {

// `text` if it fits `max_width` as `width` measures it, else its longest prefix (ending
// before a character that is not a Thai mark) followed by "…" that fits, or "…" alone.
std::string cut_to_width(const std::string& text, double max_width,
                         const std::function<double(const std::string&)>& width);

} // namespace compforms::text
