// The page tree of a merged file. Each part's own page tree becomes one node, and nodes are
// gathered kPageTreeFanOut at a time under new nodes until one root holds them all: every
// part's node is as deep as every other's, and no /Kids array is long, however many pages
// the file has. Internal to the pdf module.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pdf/compact_form.hpp"

namespace compforms::pdf::detail {

constexpr std::size_t kPageTreeFanOut = 32;

// A /Type/Pages node whose parent is not known yet.
struct PageNode {
    std::uint32_t number = 0;
    std::string kids;         // the /Kids array as written
    std::uint64_t count = 0;  // the pages below it
};

// Adds `nodes` (in page order) and the nodes above them, each with its /Parent, to
// `objects`; `number` gives each new node its object number. Returns the root's number.
std::uint32_t add_page_tree(std::vector<PageNode> nodes, const std::function<std::uint32_t()>& number,
                            ObjectStreamBuilder& objects);

} // namespace compforms::pdf::detail
