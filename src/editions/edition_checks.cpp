#include "editions/edition_checks.hpp"

#include <cstdio>
#include <unordered_map>

#include "editions/pc_matching.hpp"
#include "editions/word_diff.hpp"

namespace compforms::editions {
namespace {

std::string two_decimals(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

model::SourcePos either(model::SourcePos a, model::SourcePos b) { return a.known() ? a : b; }

void check_edition_facts(const model::Edition& old_e, const model::Edition& new_e, std::vector<EditionProblem>& out) {
    if (old_e.revision && !new_e.revision)
        out.push_back({new_e.pos, "the previous edition is revision " + std::to_string(*old_e.revision) +
                                      "; this one gives no <revision>"});
    else if (old_e.revision && *new_e.revision <= *old_e.revision)
        out.push_back({either(new_e.revision_pos, new_e.pos),
                       "revision " + std::to_string(*new_e.revision) + " is not greater than the previous edition's " +
                           std::to_string(*old_e.revision)});
    if (old_e.date && !new_e.date)
        out.push_back({new_e.pos, "the previous edition is dated " + old_e.date->iso() + "; this one gives no <date>"});
    else if (old_e.date && !(*old_e.date < *new_e.date))
        out.push_back({either(new_e.date_pos, new_e.pos), "date " + new_e.date->iso() +
                                                               " is not later than the previous edition's " +
                                                               old_e.date->iso()});
}

struct OldPc {
    const model::Element* element;
    const model::Criterion* pc;
};

} // namespace

std::vector<EditionProblem> check_against_previous(const model::Unit& previous, const model::Unit& unit) {
    std::vector<EditionProblem> out;
    check_edition_facts(previous.edition, unit.edition, out);
    std::unordered_map<std::string, OldPc> by_system_code, by_code;
    for (const model::Element& e : previous.elements)
        for (const model::Criterion& pc : e.criteria) {
            if (!pc.system_code.empty()) by_system_code.emplace(pc.system_code, OldPc{&e, &pc});
            if (!pc.code.empty()) by_code.emplace(pc.code, OldPc{&e, &pc});
        }
    Vocabulary vocabulary;
    for (const model::Element& e : unit.elements)
        for (const model::Criterion& pc : e.criteria) {
            if (auto it = by_system_code.find(pc.system_code); !pc.system_code.empty() && it != by_system_code.end()) {
                const double s = similarity(vocabulary.words(it->second.pc->text.value), vocabulary.words(pc.text.value));
                if (s < kSimilarEnough)
                    out.push_back({either(pc.system_code_pos, pc.pos),
                                   "system code " + pc.system_code + " named " + it->second.pc->name() +
                                       " in the previous edition, whose wording this one does not keep (similarity " +
                                       two_decimals(s) + "); a system code names one criterion across editions: give "
                                       "this criterion a new one"});
            }
            if (auto it = by_code.find(pc.code); !pc.code.empty() && it != by_code.end() &&
                                                 it->second.element->code != e.code)
                out.push_back({either(pc.code_pos, pc.pos), "book code " + pc.code + " was a PC of element " +
                                                                it->second.element->code +
                                                                " in the previous edition; here it is one of " + e.code});
        }
    return out;
}

} // namespace compforms::editions
