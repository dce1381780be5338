#include "source/unit_validator.hpp"

#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "source/nearest_code.hpp"
#include "source/value_parsers.hpp"

namespace compforms::source {
namespace {

class Validator {
public:
    Validator(const model::Unit& unit, const LineIndex& lines, Findings& findings)
        : unit_(unit), lines_(lines), f_(findings) {}

    void run() {
        require(unit_.kind, "<kind>");
        require(unit_.group, "<group>");
        require(unit_.code, "<code>");
        if (!unit_.code.value.empty() && !is_element_code(unit_.code.value))
            f_.error(unit_.code.pos, "unit code '" + unit_.code.value + "' is not two capital letters and three digits (like DL100)");
        require(unit_.title, "<title>");
        check_contents();
        for (std::size_t e = 0; e < unit_.elements.size(); ++e) check_element(unit_.elements[e], e);
        check_unique_codes();
        std::vector<std::string> codes;
        for (const model::Criterion* c : model::all_criteria(unit_)) codes.push_back(c->code);
        std::unordered_set<std::string> known(codes.begin(), codes.end());
        check_items(unit_.performance_evidence, "evidence", known, codes);
        check_items(unit_.knowledge_evidence, "evidence", known, codes);
        check_items(unit_.methods, "method", known, codes);
        check_unique_ids();
        check_coverage();
    }

private:
    static constexpr int kMaxNearestSearches = 100;
    // A system code names a criterion in a national register: 20 characters are room enough,
    // and a column of longer ones would leave the criteria no width to print in.
    static constexpr std::size_t kMaxSystemCode = 20;
    const model::Unit& unit_;
    const LineIndex& lines_;
    Findings& f_;
    int dangling_ = 0;

    std::string line_of(model::SourcePos pos) const { return std::to_string(lines_.line(pos.offset)); }

    void require(const model::Text& text, const std::string& what) {
        if (text.pos.known() && text.value.empty()) f_.error(text.pos, "empty " + what);
    }

    void check_element(const model::Element& element, std::size_t index) {
        if (element.code_pos.known()) {
            if (element.code.empty()) f_.error(element.code_pos, "empty element code");
            else if (!is_element_code(element.code))
                f_.error(element.code_pos, "element code '" + element.code +
                                               "' is not two capital letters and three digits (like DL101)");
        }
        if (element.title.pos.known() && element.title.value.empty())
            f_.error(element.title.pos, "empty <title> of element " + element.code);
        for (std::size_t k = 0; k < element.criteria.size(); ++k)
            check_criterion(element, index, element.criteria[k], k);
    }

    void check_criterion(const model::Element& element, std::size_t e, const model::Criterion& c, std::size_t k) {
        char expected_code[32];
        std::snprintf(expected_code, sizeof expected_code, ".%02zu", k + 1);
        std::string expected = element.code + expected_code;
        if (c.code_pos.known()) {
            if (c.code.empty()) f_.error(c.code_pos, "empty criterion code");
            else if (c.code != expected)
                f_.error(c.code_pos, "criterion code '" + c.code + "' should be '" + expected + "' (criterion " +
                                         std::to_string(k + 1) + " of element " + element.code + ")");
        }
        if (c.system_code_pos.known()) {
            if (c.system_code.empty()) f_.error(c.system_code_pos, "empty system code");
            else if (!is_all_digits(c.system_code))
                f_.error(c.system_code_pos, "system code '" + c.system_code + "' is not all digits");
            else if (c.system_code.size() > kMaxSystemCode)
                f_.error(c.system_code_pos, "system code '" + c.system_code + "' is longer than " +
                                                std::to_string(kMaxSystemCode) + " digits");
        }
        std::string number = std::to_string(e + 1) + "." + std::to_string(k + 1);
        if (c.pos.known() && c.number.empty()) f_.error(c.pos, "empty criterion number");
        else if (c.pos.known() && c.number != number)
            f_.warning(c.pos, "criterion number '" + c.number + "' does not match its position (expected '" + number + "')",
                      "criterion-number");
        if (c.text.pos.known() && c.text.value.empty()) f_.error(c.text.pos, "empty text of criterion " + c.code);
    }

    // Book codes (elements and PCs share one namespace) and system codes.
    void check_unique_codes() {
        std::unordered_map<std::string, model::SourcePos> book, system;
        auto unique = [&](std::unordered_map<std::string, model::SourcePos>& seen, const std::string& code,
                          model::SourcePos pos, const std::string& what) {
            if (code.empty() || !pos.known()) return;
            auto [it, inserted] = seen.emplace(code, pos);
            if (!inserted) f_.error(pos, "duplicate " + what + " '" + code + "' (first used on line " + line_of(it->second) + ")");
        };
        for (const model::Element& element : unit_.elements) {
            unique(book, element.code, element.code_pos, "code");
            for (const model::Criterion& c : element.criteria) {
                unique(book, c.code, c.code_pos, "code");
                unique(system, c.system_code, c.system_code_pos, "system code");
            }
        }
    }

    template <class Item>
    void check_items(const std::vector<Item>& items, const std::string& what, const std::unordered_set<std::string>& known,
                     const std::vector<std::string>& codes) {
        for (const Item& item : items) {
            if (item.text.pos.known() && item.text.value.empty())
                f_.error(item.text.pos, "empty text of " + what + " " + item.id);
            std::unordered_set<std::string> listed;
            for (const model::CodeRef& ref : item.covers) {
                if (!listed.insert(ref.code).second)
                    f_.warning(ref.pos, "covers names '" + ref.code + "' twice in " + what + " " + item.id, "covers-twice");
                if (known.count(ref.code)) continue;
                // The search is linear in the codes: bound it for a file full of bad references.
                std::string nearest = ++dangling_ <= kMaxNearestSearches ? nearest_code(ref.code, codes) : std::string();
                f_.error(ref.pos, "covers names unknown PC '" + ref.code + "'" +
                                      (nearest.empty() ? std::string() : " (nearest: " + nearest + ")"));
            }
        }
    }

    // Evidence and method ids share one namespace (the schema keys them together).
    void check_unique_ids() {
        std::unordered_map<std::string, model::SourcePos> seen;
        auto unique = [&](const std::string& id, model::SourcePos pos) {
            if (!pos.known()) return;
            if (id.empty()) {
                f_.error(pos, "empty id");
                return;
            }
            auto [it, inserted] = seen.emplace(id, pos);
            if (!inserted) f_.error(pos, "duplicate id '" + id + "' (first used on line " + line_of(it->second) + ")");
        };
        for (const auto* list : {&unit_.performance_evidence, &unit_.knowledge_evidence})
            for (const model::EvidenceItem& item : *list) unique(item.id, item.pos);
        for (const model::Method& method : unit_.methods) unique(method.id, method.pos);
    }

    void check_content(const model::Content& content) {
        for (const model::Block& block : content.blocks)
            require(block.text, block.kind == model::Block::Kind::paragraph ? "<p>" : "<item>");
    }

    void check_contents() {
        for (const model::Content* c :
             {&unit_.occupations, &unit_.description, &unit_.sector, &unit_.other_occupations, &unit_.licensing,
              &unit_.prerequisites, &unit_.skills, &unit_.knowledge, &unit_.assessment_guidance, &unit_.range,
              &unit_.range_guidance, &unit_.shared_units, &unit_.shared_industries})
            check_content(*c);
        for (const model::Definition& d : unit_.definitions) {
            require(d.term, "<term>");
            require(d.text, "<definition>");
        }
    }

    void check_coverage() {
        std::unordered_set<std::string> by_evidence, by_method;
        for (const auto* list : {&unit_.performance_evidence, &unit_.knowledge_evidence})
            for (const model::EvidenceItem& item : *list)
                for (const model::CodeRef& ref : item.covers) by_evidence.insert(ref.code);
        for (const model::Method& method : unit_.methods)
            for (const model::CodeRef& ref : method.covers) by_method.insert(ref.code);
        for (const model::Criterion* c : model::all_criteria(unit_)) {
            if (c->code.empty() || !c->pos.known()) continue;
            if (!by_evidence.count(c->code)) f_.error(c->pos, "PC " + c->code + " is not covered by any evidence item");
            if (!by_method.count(c->code)) f_.error(c->pos, "PC " + c->code + " is not covered by any assessment method");
        }
    }
};

} // namespace

void validate_unit(const model::Unit& unit, const LineIndex& lines, Findings& findings) {
    Validator(unit, lines, findings).run();
}

} // namespace compforms::source
