// One block of the flow: its content plus what every block may carry (outline entry,
// named destinations, keep-with-next, page break before).
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "layout/block_types.hpp"
#include "layout/table.hpp"

namespace compforms::layout {

// An explicit page break before the next block.
struct PageBreak {};

using BlockContent = std::variant<Paragraph, Heading, ListBlock, Spacer, Rule, CheckBoxRow,
                                  FillInLine, SignatureBlock, Table, PageBreak, SignatureRow, FillInRow>;

struct Block {
    BlockContent content;
    std::optional<OutlineTarget> outline;   // a bookmark at the block's first line
    std::vector<std::string> dests;         // named destinations at the block's first line
    // Never end a page with this block: it moves to the next page with the start of the
    // next block. Headings always behave so; set it for anything else (e.g. a table caption).
    bool keep_with_next = false;

    template <typename T, typename = std::enable_if_t<std::is_constructible_v<BlockContent, T&&>>>
    Block(T&& c) : content(std::forward<T>(c)) {}

    Block& bookmark(std::string title, int level = 0) {
        outline = OutlineTarget{std::move(title), level};
        return *this;
    }
    Block& dest(std::string name) { dests.push_back(std::move(name)); return *this; }
    Block& keep() { keep_with_next = true; return *this; }
};

} // namespace compforms::layout
