#include "source/unit_validator.hpp"

#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "source/nearest_code.hpp"
#include "source/value_parsers.hpp"

namespace compforms::source {
namespace {

// A system code names a criterion in a national register: 20 characters are room enough,
// and a column of longer ones would leave the criteria no width to print in.
constexpr const char* kCodeRule = "a code is 1-40 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit";
constexpr const char* kSystemCodeRule = "a system code is 1-20 ASCII letters, digits or '-'";

std::string two_digits(std::size_t n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02zu", n);
    return buf;
}

class Validator {
public:
    Validator(const model::Unit& unit, const LineIndex& lines, Findings& findings)
        : unit_(unit), lines_(lines), f_(findings), family_(code_family(unit.code.value)) {}

    void run() {
        require(unit_.kind, "<kind>");
        require(unit_.group, "<group>");
        require(unit_.code, "<code>");
        if (!unit_.code.value.empty() && !is_code_token(unit_.code.value))
            f_.error(unit_.code.pos, "unit code '" + unit_.code.value + "' is not a code: " + kCodeRule);
        require(unit_.title, "<title>");
        check_contents();
        for (std::size_t e = 0; e < unit_.elements.size(); ++e) check_element(unit_.elements[e], e);
        check_unique_codes();
        check_items(unit_.performance_evidence, "evidence");
        check_items(unit_.knowledge_evidence, "evidence");
        check_items(unit_.methods, "method");
        check_unique_ids();
        check_coverage();
    }

private:
    static constexpr int kMaxNearestSearches = 100;
    const model::Unit& unit_;
    const LineIndex& lines_;
    Findings& f_;
    CodeFamily family_;
    int dangling_ = 0;

    std::string line_of(model::SourcePos pos) const { return std::to_string(lines_.line(pos.offset)); }

    void require(const model::Text& text, const std::string& what) {
        if (text.pos.known() && text.value.empty()) f_.error(text.pos, "empty " + what);
    }

    // The element code, checked against the token rule and its family's; false when it is
    // not a usable code (its PCs' codes are then not checked against it: one error, not many).
    bool check_element_code(const model::Element& element, std::size_t index) {
        if (!element.code_pos.known()) return false;
        if (element.code.empty()) {
            f_.error(element.code_pos, "empty element code");
            return false;
        }
        if (!is_code_token(element.code)) {
            f_.error(element.code_pos, "element code '" + element.code + "' is not a code: " + kCodeRule);
            return false;
        }
        if (family_ == CodeFamily::dl && !is_dl_code(element.code)) {
            f_.error(element.code_pos, "element code '" + element.code +
                                           "' is not two capital letters and three digits (like DL101), as in unit " +
                                           unit_.code.value);
            return false;
        }
        if (family_ == CodeFamily::tpqi_numeric) {
            const std::string expected = unit_.code.value + "." + two_digits(index + 1);
            if (element.code != expected) {
                f_.error(element.code_pos, "element code '" + element.code + "' should be '" + expected + "' (element " +
                                               std::to_string(index + 1) + " of unit " + unit_.code.value + ")");
                return false;
            }
        }
        return true;
    }

    void check_element(const model::Element& element, std::size_t index) {
        const bool code_ok = check_element_code(element, index);
        if (element.title.pos.known() && element.title.value.empty())
            f_.error(element.title.pos, "empty <title> of element " + element.code);
        if (element.assessment) check_content(*element.assessment);
        for (std::size_t k = 0; k < element.criteria.size(); ++k)
            check_criterion(element, index, code_ok, element.criteria[k], k);
    }

    void check_number(const model::Criterion& c, std::size_t e, std::size_t k) {
        if (!c.number_pos.known()) return;   // missing: reported by the builder
        if (c.number.empty()) return f_.error(c.pos, "empty criterion number");
        if (!is_criterion_number(c.number))
            return f_.error(c.pos, "criterion number '" + c.number + "' is not numbers joined by '.' (like 1.1)");
        const std::string expected = std::to_string(e + 1) + "." + std::to_string(k + 1);
        if (ascii_digits(c.number) == expected) return;
        const std::string message =
            "criterion number '" + c.number + "' does not match its position (expected '" + expected + "')";
        // Where the number is the PC's only name (TPQI numeric units), it must be right.
        if (family_ == CodeFamily::tpqi_numeric) f_.error(c.pos, message);
        else f_.warning(c.pos, message, "criterion-number");
    }

    void check_criterion(const model::Element& element, std::size_t e, bool element_code_ok, const model::Criterion& c,
                         std::size_t k) {
        check_number(c, e, k);
        if (c.code_pos.known()) {
            if (c.code.empty()) f_.error(c.code_pos, "empty criterion code");
            else if (!is_code_token(c.code))
                f_.error(c.code_pos, "criterion code '" + c.code + "' is not a code: " + kCodeRule);
            else if (family_ == CodeFamily::dl && element_code_ok && c.code != element.code + "." + two_digits(k + 1))
                f_.error(c.code_pos, "criterion code '" + c.code + "' should be '" + element.code + "." + two_digits(k + 1) +
                                         "' (criterion " + std::to_string(k + 1) + " of element " + element.code + ")");
        }
        if (c.system_code_pos.known()) {
            if (c.system_code.empty()) f_.error(c.system_code_pos, "empty system code");
            else if (!is_system_code_token(c.system_code))
                f_.error(c.system_code_pos, "system code '" + c.system_code + "' is not a system code: " + kSystemCodeRule);
        }
        if (c.text.pos.known() && c.text.value.empty()) f_.error(c.text.pos, "empty text of criterion " + c.name());
    }

    // Book codes (elements and PCs share one namespace), system codes, PC numbers.
    void check_unique_codes() {
        std::unordered_map<std::string, model::SourcePos> book, system, numbers;
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
                unique(numbers, ascii_digits(c.number), c.pos, "criterion number");
            }
        }
    }

    // Every name a covers list may use, for "nearest" suggestions.
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const model::Element& element : unit_.elements) {
            out.push_back(element.code);
            for (const model::Criterion& c : element.criteria) out.push_back(c.name());
        }
        return out;
    }

    template <class Item>
    void check_items(const std::vector<Item>& items, const std::string& what) {
        const std::vector<std::string> known = names();
        for (const Item& item : items) {
            if (item.text.pos.known() && item.text.value.empty())
                f_.error(item.text.pos, "empty text of " + what + " " + item.id);
            std::unordered_set<std::string> listed;
            for (const model::CodeRef& ref : item.covers) {
                if (!listed.insert(ref.code).second)
                    f_.warning(ref.pos, "covers names '" + ref.code + "' twice in " + what + " " + item.id, "covers-twice");
                // The schema's CoversName: a name that is not one names nothing, even where it
                // would match a PC's (unbounded) number.
                if (!is_reference_token(ref.code)) {
                    f_.error(ref.pos, "covers name '" + ref.code + "' is not a code or a number: " + kReferenceRule);
                    continue;
                }
                if (!ref.pcs.empty()) continue;
                // The search is linear in the names: bound it for a file full of bad references.
                std::string nearest = ++dangling_ <= kMaxNearestSearches ? nearest_code(ref.code, known) : std::string();
                f_.error(ref.pos, "covers names unknown PC or element '" + ref.code + "'" +
                                      (nearest.empty() ? std::string() : " (nearest: " + nearest + ")"));
            }
        }
    }

    // Evidence and method ids share one namespace (the schema keys them together).
    void check_unique_ids() {
        std::unordered_map<std::string, model::SourcePos> seen;
        auto unique = [&](const std::string& id, model::SourcePos pos) {
            if (!pos.known()) return;
            if (id.empty()) return f_.error(pos, "empty id");
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
              &unit_.prerequisites, &unit_.skills, &unit_.knowledge, &unit_.evidence_intro, &unit_.assessment_guidance,
              &unit_.method_notes, &unit_.range, &unit_.range_guidance, &unit_.shared_units, &unit_.shared_industries})
            check_content(*c);
        for (const model::Definition& d : unit_.definitions) {
            if (d.term.pos.known()) require(d.term, "<term>");
            require(d.text, "<definition>");
        }
    }

    // Every PC is supported by evidence, and assessed by a method unless section 18 says N/A.
    void check_coverage() {
        std::unordered_set<std::string> by_evidence, by_method;
        for (const auto* list : {&unit_.performance_evidence, &unit_.knowledge_evidence})
            for (const model::EvidenceItem& item : *list)
                for (const model::CodeRef& ref : item.covers) by_evidence.insert(ref.pcs.begin(), ref.pcs.end());
        for (const model::Method& method : unit_.methods)
            for (const model::CodeRef& ref : method.covers) by_method.insert(ref.pcs.begin(), ref.pcs.end());
        for (const model::Criterion* c : model::all_criteria(unit_)) {
            if (c->name().empty() || !c->pos.known()) continue;
            if (!by_evidence.count(c->name()))
                f_.error(c->pos, "PC " + c->name() + " is not covered by any evidence item");
            if (unit_.has_methods() && !by_method.count(c->name()))
                f_.error(c->pos, "PC " + c->name() + " is not covered by any assessment method");
        }
    }
};

} // namespace

void validate_unit(const model::Unit& unit, const LineIndex& lines, Findings& findings) {
    Validator(unit, lines, findings).run();
}

} // namespace compforms::source
