#include "pdf/page_tree.hpp"

#include <utility>

namespace compforms::pdf::detail {
namespace {

std::string node_text(const PageNode& node, std::uint32_t parent) {
    std::string text = "<</Type/Pages/Kids";
    text += node.kids;
    text += "/Count ";
    append_uint(text, node.count);
    if (parent) {
        text += "/Parent ";
        append_uint(text, parent);
        text += " 0 R";
    }
    text += ">>";
    return text;
}

} // namespace

std::uint32_t add_page_tree(std::vector<PageNode> nodes, const std::function<std::uint32_t()>& number,
                            ObjectStreamBuilder& objects) {
    if (nodes.empty()) nodes.push_back(PageNode{number(), "[]", 0});
    while (nodes.size() > 1) {
        std::vector<PageNode> above;
        for (std::size_t first = 0; first < nodes.size(); first += kPageTreeFanOut) {
            PageNode parent{number(), "[", 0};
            for (std::size_t i = first; i < nodes.size() && i < first + kPageTreeFanOut; ++i) {
                if (i > first) parent.kids += ' ';
                append_uint(parent.kids, nodes[i].number);
                parent.kids += " 0 R";
                parent.count += nodes[i].count;
                objects.add(nodes[i].number, node_text(nodes[i], parent.number));
            }
            parent.kids += ']';
            above.push_back(std::move(parent));
        }
        nodes = std::move(above);
    }
    objects.add(nodes.front().number, node_text(nodes.front(), 0));
    return nodes.front().number;
}

} // namespace compforms::pdf::detail
