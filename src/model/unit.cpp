#include "model/unit.hpp"

namespace compforms::model {

std::vector<const Criterion*> all_criteria(const Unit& unit) {
    std::vector<const Criterion*> out;
    for (const Element& element : unit.elements)
        for (const Criterion& criterion : element.criteria) out.push_back(&criterion);
    return out;
}

bool has_book_codes(const Unit& unit) {
    for (const Element& element : unit.elements)
        for (const Criterion& criterion : element.criteria)
            if (!criterion.code.empty()) return true;
    return false;
}

bool has_system_codes(const Unit& unit) {
    for (const Element& element : unit.elements)
        for (const Criterion& criterion : element.criteria)
            if (!criterion.system_code.empty()) return true;
    return false;
}

} // namespace compforms::model
