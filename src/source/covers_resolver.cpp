#include "source/covers_resolver.hpp"

#include <unordered_map>
#include <vector>

#include "source/value_parsers.hpp"

namespace compforms::source {

void resolve_covers(model::Unit& unit) {
    // A book code wins over a number, a number over an element code (codes are unique
    // across elements and PCs; a number only names a PC).
    std::unordered_map<std::string, std::vector<std::string>> by_code, by_number, by_element;
    for (const model::Element& element : unit.elements) {
        std::vector<std::string>& all = by_element[element.code];
        for (const model::Criterion& c : element.criteria) {
            if (!c.code.empty()) by_code[c.code].push_back(c.name());
            by_number[ascii_digits(c.number)].push_back(c.name());
            all.push_back(c.name());
        }
    }
    auto resolve = [&](model::CodeRef& ref) {
        for (const auto* index : {&by_code, &by_number, &by_element})
            if (auto it = index->find(index == &by_number ? ascii_digits(ref.code) : ref.code); it != index->end()) {
                ref.pcs = it->second;
                return;
            }
    };
    for (auto* list : {&unit.performance_evidence, &unit.knowledge_evidence})
        for (model::EvidenceItem& item : *list)
            for (model::CodeRef& ref : item.covers) resolve(ref);
    for (model::Method& method : unit.methods)
        for (model::CodeRef& ref : method.covers) resolve(ref);
}

} // namespace compforms::source
