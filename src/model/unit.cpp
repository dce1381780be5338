#include "model/unit.hpp"

namespace compforms::model {

std::vector<const Criterion*> all_criteria(const Unit& unit) {
    std::vector<const Criterion*> out;
    for (const Element& element : unit.elements)
        for (const Criterion& criterion : element.criteria) out.push_back(&criterion);
    return out;
}

} // namespace compforms::model
