// Lines through or under words of a set paragraph: a change report strikes through the
// words an edition deleted and underlines those it inserted. Drawn as paths (LineItems)
// beside the text, which stays whole and extractable.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "layout/band.hpp"
#include "layout/style.hpp"

namespace compforms::layout {

struct TextMark {
    enum class Kind { strike, underline };
    Kind kind = Kind::strike;
    std::size_t begin = 0, end = 0;   // bytes [begin, end) of the paragraph's text
};

// Adds to each band (a line of `text` as TextSetter::paragraph set it) a line through or
// under the glyphs of every mark's characters on that line: a mark broken across lines is
// drawn on each. A mark never cuts a cluster, since it covers whole glyphs. Nothing is drawn
// for text printed with Thai digits (its bytes are not the text's).
void draw_marks(std::vector<Band>& bands, std::string_view text, const std::vector<TextMark>& marks,
                const TextStyle& style);

} // namespace compforms::layout
