#include "forms/unit_texts.hpp"

namespace compforms::forms {
namespace {

void add_content(std::vector<const model::Text*>& out, const model::Content& c) {
    for (const auto& b : c.blocks) out.push_back(&b.text);
}

} // namespace

std::vector<const model::Text*> unit_texts(const model::Unit& u) {
    std::vector<const model::Text*> out{&u.kind, &u.group};
    for (const auto& entry : u.edition.history) out.push_back(&entry.summary);
    out.push_back(&u.code);
    out.push_back(&u.title);
    for (const auto* c : {&u.occupations, &u.description, &u.sector, &u.other_occupations, &u.licensing})
        add_content(out, *c);
    for (const auto& e : u.elements) {
        out.push_back(&e.title);
        for (const auto& pc : e.criteria) out.push_back(&pc.text);
    }
    for (const auto* c : {&u.prerequisites, &u.skills, &u.knowledge}) add_content(out, *c);
    for (const auto* list : {&u.performance_evidence, &u.knowledge_evidence})
        for (const auto& e : *list) out.push_back(&e.text);
    add_content(out, u.assessment_guidance);
    add_content(out, u.range);
    add_content(out, u.range_guidance);
    for (const auto& d : u.definitions) out.push_back(&d.text);
    add_content(out, u.shared_units);
    add_content(out, u.shared_industries);
    for (const auto& m : u.methods) out.push_back(&m.text);
    return out;
}

} // namespace compforms::forms
