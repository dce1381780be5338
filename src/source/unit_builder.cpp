#include "source/unit_builder.hpp"

#include <pugixml.hpp>

#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

#include "source/source_text.hpp"
#include "source/thai_text_check.hpp"
#include "source/value_parsers.hpp"

namespace compforms::source {
namespace {

constexpr const char* kNamespace = "urn:compforms:unit:1";
constexpr int kFormatMajor = 1;
// No escape, EOL or attribute-whitespace processing: parsed in place, every name and value
// then points into our buffer at its exact file offset; SourceText decodes entities itself.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_declaration;

struct ChildSpec {
    const char* name;
    bool required;
    bool repeated;
};
using Children = std::vector<std::vector<pugi::xml_node>>;  // indexed like the specs

struct Attribute {
    bool present = false;
    std::string value;
    model::SourcePos pos;  // of the value's first character (or of the name when empty)
    SourceText text;
};

std::string lowercase_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

class Builder {
public:
    Builder(const std::string& buffer, Findings& findings) : base_(buffer.data()), size_(buffer.size()), f_(findings) {}

    bool build(const pugi::xml_document& doc, model::Unit& unit) {
        check_declaration(doc);
        pugi::xml_node root;
        for (pugi::xml_node node : doc.children()) {
            if (node.type() != pugi::node_element) continue;
            if (!root) root = node;
            else f_.error(pos(node), "more than one root element (<" + std::string(node.name()) + ">)");
        }
        if (!root) {
            f_.error({}, "not an XML document: no root element");
            return false;
        }
        if (!read_namespace(root)) return false;
        if (!read_format_version(root, unit)) return false;
        read_unit(root, unit);
        return true;
    }

private:
    const char* base_;
    std::size_t size_;
    Findings& f_;
    std::string prefix_;  // "p:" when the source binds our namespace to a prefix

    // --- positions and names -------------------------------------------------------

    bool in_buffer(const char* p) const { return p >= base_ && p < base_ + size_; }
    std::size_t offset_of(const char* p) const { return static_cast<std::size_t>(p - base_); }

    // Of an element: its '<' (pugixml gives the name's offset).
    model::SourcePos pos(pugi::xml_node node) const {
        std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0) return {};
        if (node.type() == pugi::node_element && offset > 0) --offset;
        return {static_cast<std::size_t>(offset)};
    }

    std::string local_name(pugi::xml_node node) const {
        std::string_view name = node.name();
        if (!prefix_.empty()) {
            if (name.compare(0, prefix_.size(), prefix_) != 0) return "{other}" + std::string(name);
            name.remove_prefix(prefix_.size());
        } else if (name.find(':') != std::string_view::npos) {
            return "{other}" + std::string(name);
        }
        return std::string(name);
    }

    static std::string tag(const std::string& name) { return "<" + name + ">"; }
    std::string tag(pugi::xml_node node) const { return "<" + std::string(node.name()) + ">"; }

    // --- structure -------------------------------------------------------------------

    // Sorts the element children of `parent` by spec; reports unexpected, duplicate,
    // misordered (when `ordered`) and missing children, and stray text.
    Children children(pugi::xml_node parent, const std::vector<ChildSpec>& specs, bool ordered) {
        Children out(specs.size());
        std::size_t furthest = 0;
        bool any = false;
        for (pugi::xml_node child : parent.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                report_stray_text(child, parent);
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            std::string name = local_name(child);
            std::size_t index = 0;
            while (index < specs.size() && name != specs[index].name) ++index;
            if (index == specs.size()) {
                f_.error(pos(child), "unexpected element " + tag(child) + " in " + tag(parent));
                continue;
            }
            if (!specs[index].repeated && !out[index].empty()) {
                f_.error(pos(child), "duplicate " + tag(child) + " in " + tag(parent));
                continue;
            }
            if (ordered && any && index < furthest)
                f_.error(pos(child), tag(child) + " must come before " + tag(specs[furthest].name));
            if (!any || index > furthest) furthest = index;
            any = true;
            out[index].push_back(child);
        }
        for (std::size_t i = 0; i < specs.size(); ++i)
            if (specs[i].required && out[i].empty())
                f_.error(pos(parent), "missing " + tag(specs[i].name) + " in " + tag(parent));
        return out;
    }

    void report_stray_text(pugi::xml_node text, pugi::xml_node parent) {
        const char* value = text.value();
        for (const char* p = value; *p; ++p)
            if (!is_xml_space(*p)) {
                f_.error_at(in_buffer(p) ? offset_of(p) : pos(text).offset, "unexpected text in " + tag(parent));
                return;
            }
    }

    void check_attributes(pugi::xml_node node, std::initializer_list<const char*> allowed) {
        for (pugi::xml_attribute a : node.attributes()) {
            bool ok = false;
            for (const char* name : allowed) ok = ok || std::strcmp(a.name(), name) == 0;
            if (!ok) f_.error_at(offset_of(a.name()), "unexpected attribute '" + std::string(a.name()) + "' on " + tag(node));
        }
    }

    Attribute attribute(pugi::xml_node node, const char* name) {
        Attribute out;
        pugi::xml_attribute a = node.attribute(name);
        if (!a) {
            f_.error(pos(node), "missing required attribute '" + std::string(name) + "' on " + tag(node));
            return out;  // no position: later checks skip what was never there
        }
        out.present = true;
        const char* value = a.value();
        std::size_t at = in_buffer(value) ? offset_of(value) : offset_of(a.name());
        out.pos = {at};
        out.text.append_raw(value, at, f_);
        out.value = out.text.bytes();
        return out;
    }

    // A code in an attribute: surrounding spaces are reported and not part of the code.
    Attribute code_attribute(pugi::xml_node node, const char* name) {
        Attribute out = attribute(node, name);
        std::string trimmed = collapse_whitespace(out.value);
        if (out.present && trimmed != out.value) {
            if (trimmed.find(' ') == std::string::npos)
                f_.warning(out.pos, std::string(name) + " '" + out.value + "' has leading or trailing spaces");
            std::size_t first = out.text.first_content_offset();
            if (first != model::SourcePos::npos) out.pos = {first};
        }
        out.value = trimmed;
        return out;
    }

    std::vector<model::CodeRef> covers(pugi::xml_node node) {
        Attribute list = attribute(node, "covers");
        std::vector<model::CodeRef> out;
        const std::string& bytes = list.text.bytes();
        for (std::size_t i = 0; i < bytes.size();) {
            if (is_xml_space(bytes[i])) { ++i; continue; }
            std::size_t end = i;
            while (end < bytes.size() && !is_xml_space(bytes[end])) ++end;
            out.push_back({bytes.substr(i, end - i), {list.text.offset_of(i)}});
            i = end;
        }
        if (list.present && out.empty()) f_.error(list.pos, "empty covers list on " + tag(node));
        return out;
    }

    // --- text ----------------------------------------------------------------------------

    // Gathers the character data of `node`; a <term> child is allowed when `term` is given.
    void collect(pugi::xml_node node, SourceText& text, model::Text* term, bool& seen_term) {
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                const char* value = child.value();
                std::size_t at = in_buffer(value) ? offset_of(value) : pos(child).offset;
                if (child.type() == pugi::node_pcdata) text.append_raw(value, at, f_);
                else text.append_verbatim(value, at);
            } else if (child.type() == pugi::node_element) {
                if (term && local_name(child) == "term") {
                    if (seen_term) f_.error(pos(child), "duplicate <term> in " + tag(node));
                    std::size_t start = text.bytes().size();
                    bool nested = false;
                    collect(child, text, nullptr, nested);
                    if (!seen_term) *term = make_text(text, start, pos(child));
                    seen_term = true;
                } else {
                    f_.error(pos(child), "unexpected element " + tag(child) + " in " + tag(node));
                }
            }
        }
    }

    static model::Text make_text(const SourceText& text, std::size_t start, model::SourcePos fallback) {
        model::Text out;
        out.value = collapse_whitespace(std::string_view(text.bytes()).substr(start));
        out.pos = fallback;
        for (std::size_t i = start; i < text.bytes().size(); ++i)
            if (!is_xml_space(text.bytes()[i])) {
                out.pos = {text.offset_of(i)};
                break;
            }
        return out;
    }

    // The text of an element whose attributes the caller has checked.
    model::Text text_of(pugi::xml_node node, model::Text* term = nullptr) {
        SourceText text;
        bool seen_term = false;
        collect(node, text, term, seen_term);
        if (term && !seen_term) f_.error(pos(node), "missing <term> in " + tag(node));
        check_thai_text(text, f_);
        return make_text(text, 0, pos(node));
    }

    // The text of an element that takes no attributes.
    model::Text plain_text(pugi::xml_node node, model::Text* term = nullptr) {
        check_attributes(node, {});
        return text_of(node, term);
    }

    model::Text text_child(const std::vector<pugi::xml_node>& nodes) {
        return nodes.empty() ? model::Text{} : plain_text(nodes.front());
    }

    model::Content content_of(pugi::xml_node node) {
        model::Content out;
        out.pos = pos(node);
        check_attributes(node, {});
        Children parts = children(node, {{"na", false, true}, {"p", false, true}, {"item", false, true}}, false);
        if (!parts[0].empty()) {
            out.not_applicable = true;
            if (parts[0].size() > 1 || !parts[1].empty() || !parts[2].empty())
                f_.error(pos(parts[0].front()), "<na/> must be the only content of " + tag(node));
            plain_text(parts[0].front());
        }
        // Keep document order of paragraphs and items.
        for (pugi::xml_node child : node.children()) {
            std::string name = local_name(child);
            if (child.type() != pugi::node_element || (name != "p" && name != "item")) continue;
            model::Block block;
            block.kind = name == "p" ? model::Block::Kind::paragraph : model::Block::Kind::bullet;
            block.text = plain_text(child);
            out.blocks.push_back(std::move(block));
        }
        return out;
    }

    model::Content content_child(const std::vector<pugi::xml_node>& nodes) {
        return nodes.empty() ? model::Content{} : content_of(nodes.front());
    }

    // --- the unit ------------------------------------------------------------------------

    void check_declaration(const pugi::xml_document& doc) {
        for (pugi::xml_node node : doc.children()) {
            if (node.type() != pugi::node_declaration) continue;
            pugi::xml_attribute encoding = node.attribute("encoding");
            std::string value = encoding.value();
            for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (encoding && value != "utf-8" && value != "utf8")
                f_.error_at(offset_of(encoding.name()), "the XML declaration says encoding '" + std::string(encoding.value()) +
                                                            "'; the source must be UTF-8");
        }
    }

    bool read_namespace(pugi::xml_node root) {
        std::string_view name = root.name();
        std::size_t colon = name.find(':');
        std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
        if (local != "unit") {
            f_.error(pos(root), "the root element is <" + std::string(name) + ">; a unit source is a <unit> in namespace " + kNamespace);
            return false;
        }
        if (colon != std::string_view::npos) prefix_ = std::string(name.substr(0, colon + 1));
        std::string xmlns_name = prefix_.empty() ? "xmlns" : "xmlns:" + prefix_.substr(0, prefix_.size() - 1);
        pugi::xml_attribute xmlns = root.attribute(xmlns_name.c_str());
        if (!xmlns)
            f_.error(pos(root), "<" + std::string(name) + "> is in no namespace; expected " + xmlns_name + "=\"" + kNamespace + "\"");
        else if (std::strcmp(xmlns.value(), kNamespace) != 0)
            f_.error_at(offset_of(xmlns.name()), "<" + std::string(name) + "> is in namespace '" + std::string(xmlns.value()) +
                                                     "'; expected '" + kNamespace + "'");
        return true;
    }

    bool read_format_version(pugi::xml_node root, model::Unit& unit) {
        for (pugi::xml_attribute a : root.attributes()) {
            std::string_view n = a.name();
            if (n != "format-version" && n != "xmlns" && n.compare(0, 6, "xmlns:") != 0)
                f_.error_at(offset_of(a.name()), "unexpected attribute '" + std::string(n) + "' on " + tag(root));
        }
        Attribute version = attribute(root, "format-version");
        if (!version.present) return true;
        unit.format_version = version.value;
        std::optional<int> major = parse_format_major(version.value);
        if (!major) {
            f_.error(version.pos, "format-version '" + version.value + "' is not a version number (MAJOR.MINOR)");
            return true;
        }
        if (*major != kFormatMajor) {
            f_.error(version.pos, "unsupported format-version '" + version.value + "' (this program reads " +
                                      std::to_string(kFormatMajor) + ".x)");
            return false;
        }
        return true;
    }

    void read_unit(pugi::xml_node root, model::Unit& unit) {
        enum {
            kind, group, edition, code, title, occupations, description, level, sector, other_occupations,
            licensing, elements, prerequisites, skills, knowledge, evidence_guide, range, shared_units,
            shared_industries, assessment_methods
        };
        Children c = children(root,
                              {{"kind", true, false}, {"group", true, false}, {"edition", true, false},
                               {"code", true, false}, {"title", true, false}, {"occupations", true, false},
                               {"description", true, false}, {"level", true, false}, {"sector", true, false},
                               {"other-occupations", true, false}, {"licensing", true, false},
                               {"elements", true, false}, {"prerequisites", true, false}, {"skills", true, false},
                               {"knowledge", true, false}, {"evidence-guide", true, false}, {"range", true, false},
                               {"shared-units", true, false}, {"shared-industries", true, false},
                               {"assessment-methods", true, false}},
                              true);
        unit.kind = text_child(c[kind]);
        unit.group = text_child(c[group]);
        if (!c[edition].empty()) read_edition(c[edition].front(), unit.edition);
        unit.code = text_child(c[code]);
        unit.title = text_child(c[title]);
        unit.occupations = content_child(c[occupations]);
        unit.description = content_child(c[description]);
        if (!c[level].empty()) read_level(c[level].front(), unit);
        unit.sector = content_child(c[sector]);
        unit.other_occupations = content_child(c[other_occupations]);
        unit.licensing = content_child(c[licensing]);
        if (!c[elements].empty()) read_elements(c[elements].front(), unit);
        unit.prerequisites = content_child(c[prerequisites]);
        unit.skills = content_child(c[skills]);
        unit.knowledge = content_child(c[knowledge]);
        if (!c[evidence_guide].empty()) read_evidence_guide(c[evidence_guide].front(), unit);
        if (!c[range].empty()) read_range(c[range].front(), unit);
        unit.shared_units = content_child(c[shared_units]);
        unit.shared_industries = content_child(c[shared_industries]);
        if (!c[assessment_methods].empty()) read_methods(c[assessment_methods].front(), unit);
    }

    void read_edition(pugi::xml_node node, model::Edition& edition) {
        edition.pos = pos(node);
        check_attributes(node, {});
        Children c = children(node, {{"revision", false, false}, {"status", false, false},
                                     {"date", false, false}, {"publisher", false, false}}, true);
        if (!c[0].empty()) {
            model::Text t = plain_text(c[0].front());
            edition.revision = parse_non_negative_int(t.value);
            if (!edition.revision) f_.error(t.pos, "revision '" + t.value + "' is not a non-negative integer");
        }
        if (!c[1].empty()) {
            model::Text t = plain_text(c[1].front());
            edition.status = parse_status(t.value);
            if (!edition.status) f_.error(t.pos, "status '" + t.value + "' is neither 'new' nor 'revised'");
        }
        if (!c[2].empty()) {
            model::Text t = plain_text(c[2].front());
            edition.date = parse_date(t.value);
            if (!edition.date) f_.error(t.pos, "date '" + t.value + "' is not a real calendar date (YYYY-MM-DD)");
        }
        if (!c[3].empty()) {
            model::Text t = plain_text(c[3].front());
            if (t.value.empty()) f_.error(t.pos, "empty <publisher>");
            edition.publisher = t.value;
        }
    }

    void read_level(pugi::xml_node node, model::Unit& unit) {
        unit.level_pos = pos(node);
        model::Text t = plain_text(node);
        if (t.value.empty()) return;  // no level ticked
        std::optional<int> level = parse_non_negative_int(t.value);
        if (!level || *level < 1 || *level > 8)
            f_.error(t.pos, "level '" + t.value + "' is not an integer from 1 to 8");
        else
            unit.level = level;
    }

    void read_elements(pugi::xml_node node, model::Unit& unit) {
        check_attributes(node, {});
        Children found = children(node, {{"element", true, true}}, false);
        for (pugi::xml_node element : found[0])
            unit.elements.push_back(read_element(element));
    }

    model::Element read_element(pugi::xml_node node) {
        model::Element out;
        out.pos = pos(node);
        check_attributes(node, {"code"});
        Attribute code = code_attribute(node, "code");
        out.code = code.value;
        out.code_pos = code.pos;
        Children c = children(node, {{"title", true, false}, {"criterion", true, true}}, true);
        out.title = text_child(c[0]);
        for (pugi::xml_node criterion : c[1]) out.criteria.push_back(read_criterion(criterion));
        return out;
    }

    model::Criterion read_criterion(pugi::xml_node node) {
        model::Criterion out;
        out.pos = pos(node);
        check_attributes(node, {"number", "code", "system-code"});
        out.number = code_attribute(node, "number").value;
        Attribute code = code_attribute(node, "code");
        out.code = code.value;
        out.code_pos = code.pos;
        Attribute system_code = code_attribute(node, "system-code");
        out.system_code = system_code.value;
        out.system_code_pos = system_code.pos;
        out.text = text_of(node);
        return out;
    }

    void read_evidence_guide(pugi::xml_node node, model::Unit& unit) {
        check_attributes(node, {});
        Children c = children(node, {{"performance-evidence", true, false}, {"knowledge-evidence", true, false},
                                     {"assessment-guidance", true, false}}, true);
        if (!c[0].empty()) unit.performance_evidence = read_evidence(c[0].front(), model::EvidenceKind::performance);
        if (!c[1].empty()) unit.knowledge_evidence = read_evidence(c[1].front(), model::EvidenceKind::knowledge);
        unit.assessment_guidance = content_child(c[2]);
    }

    std::vector<model::EvidenceItem> read_evidence(pugi::xml_node node, model::EvidenceKind kind) {
        check_attributes(node, {});
        std::vector<model::EvidenceItem> out;
        Children found = children(node, {{"evidence", false, true}}, false);
        for (pugi::xml_node item : found[0]) {
            model::EvidenceItem evidence;
            evidence.kind = kind;
            evidence.pos = pos(item);
            check_attributes(item, {"id", "covers"});
            evidence.id = code_attribute(item, "id").value;
            evidence.covers = covers(item);
            evidence.text = text_of(item);
            out.push_back(std::move(evidence));
        }
        return out;
    }

    void read_range(pugi::xml_node node, model::Unit& unit) {
        check_attributes(node, {});
        Children c = children(node, {{"statement", true, false}, {"guidance", true, false},
                                     {"definitions", true, false}}, true);
        unit.range = content_child(c[0]);
        unit.range_guidance = content_child(c[1]);
        if (c[2].empty()) return;
        check_attributes(c[2].front(), {});
        Children found = children(c[2].front(), {{"definition", false, true}}, false);
        for (pugi::xml_node item : found[0]) {
            model::Definition definition;
            definition.pos = pos(item);
            definition.text = plain_text(item, &definition.term);
            unit.definitions.push_back(std::move(definition));
        }
    }

    void read_methods(pugi::xml_node node, model::Unit& unit) {
        check_attributes(node, {});
        Children found = children(node, {{"method", true, true}}, false);
        for (pugi::xml_node item : found[0]) {
            model::Method method;
            method.pos = pos(item);
            check_attributes(item, {"id", "covers"});
            method.id = code_attribute(item, "id").value;
            method.covers = covers(item);
            method.text = text_of(item);
            unit.methods.push_back(std::move(method));
        }
    }
};

} // namespace

bool build_unit(const std::string& text, model::Unit& unit, Findings& findings) {
    // pugixml parses in place and writes terminators: give it its own copy, so names and
    // values point into a buffer laid out exactly like the file.
    std::string buffer = text;
    pugi::xml_document doc;
    pugi::xml_parse_result result =
        doc.load_buffer_inplace(buffer.data(), buffer.size(), kParseOptions, pugi::encoding_utf8);
    if (result.status == pugi::status_no_document_element) {
        findings.error({}, "not an XML document: no root element");
        return false;
    }
    if (!result) {
        findings.error_at(static_cast<std::size_t>(result.offset),
                          "malformed XML: " + lowercase_first(result.description()));
        return false;
    }
    return Builder(buffer, findings).build(doc, unit);
}

} // namespace compforms::source
