#include "source/unit_builder.hpp"

#include <pugixml.hpp>

#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

#include "base/utf8.hpp"
#include "source/history_reader.hpp"
#include "source/value_parsers.hpp"
#include "source/xml_reader.hpp"

namespace compforms::source {
namespace {

constexpr const char* kNamespace = "urn:compforms:unit:1";
constexpr int kFormatMajor = 1;
// No escape, EOL or attribute-whitespace processing: parsed in place, every name and value
// then points into our buffer at its exact file offset; SourceText decodes entities itself.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_declaration;

std::string lowercase_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

class Builder : XmlReader {
public:
    Builder(const std::string& buffer, Findings& findings) : XmlReader(buffer, findings), f_(findings) {}

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
    Findings& f_;
    std::string format_version_ = "no format-version";
    int format_minor_ = 0;

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
        if (colon != std::string_view::npos) set_prefix(std::string(name.substr(0, colon + 1)));
        std::string xmlns_name = prefix().empty() ? "xmlns" : "xmlns:" + prefix().substr(0, prefix().size() - 1);
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
        format_version_ = version.value;
        // Exactly what the schema's FormatVersion takes, 1\.[0-9]+: no spaces around it, the
        // major written 1, and always a minor number ("1" and "01.1" are not versions here).
        if (std::optional<int> minor = parse_format_minor(version.value)) {
            format_minor_ = *minor;
            return true;
        }
        std::optional<int> major = parse_format_major(version.value);
        if (major && *major != kFormatMajor) {
            f_.error(version.pos, "unsupported format-version '" + version.value + "' (this program reads " +
                                      std::to_string(kFormatMajor) + ".x)");
            return false;
        }
        f_.error(version.pos, "format-version '" + version.value + "' is not a version this program reads: write " +
                                  std::to_string(kFormatMajor) + ", a dot and the minor number (1.0, 1.1)");
        return true;
    }

    // A text the booklet's cover prints: at most `max` characters, so that the cover is one page.
    model::Text cover_text(const std::vector<pugi::xml_node>& nodes, const char* what, std::size_t max) {
        model::Text t = text_child(nodes);
        if (const std::size_t n = utf8::count(t.value); n > max && n <= kMaxTextLength)   // else reported
            f_.error(t.pos, std::string(what) + " of " + std::to_string(n) + " characters; the cover prints at most " +
                                std::to_string(max));
        return t;
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
        unit.kind = cover_text(c[kind], "<kind>", kMaxCoverLineLength);
        unit.group = cover_text(c[group], "<group>", kMaxCoverLineLength);
        if (!c[edition].empty()) read_edition(c[edition].front(), unit.edition);
        unit.code = text_child(c[code]);
        unit.title = cover_text(c[title], "the unit's <title>", kMaxTitleLength);
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
                                     {"date", false, false}, {"publisher", false, false},
                                     {"history", false, false}}, true);
        if (!c[0].empty()) {
            model::Text t = plain_text(c[0].front());
            edition.revision_pos = t.pos;
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
            edition.date_pos = t.pos;
            edition.date = parse_date(t.value);
            if (!edition.date) f_.error(t.pos, "date '" + t.value + "' is not a real calendar date (YYYY-MM-DD)");
        }
        if (!c[3].empty()) {
            model::Text t = cover_text(c[3], "<publisher>", kMaxCoverLineLength);
            if (t.value.empty()) f_.error(t.pos, "empty <publisher>");
            edition.publisher = t.value;
        }
        if (!c[4].empty()) {
            require_format_1_1(c[4].front(), "<history>");
            edition.history = read_history(c[4].front(), *this);
            check_history_order(edition, f_);
        }
    }

    // A feature of format 1.1 in a source that says it is 1.0 is a slip worth naming: a
    // reader of 1.0 would refuse the file.
    void require_format_1_1(model::SourcePos at, const std::string& what) {
        if (format_minor_ < 1) f_.error(at, what + " needs format-version=\"1.1\" or later (the source says " +
                                                format_version_ + ")");
    }
    void require_format_1_1(pugi::xml_node node, const std::string& what) { require_format_1_1(pos(node), what); }

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
        Children c = children(node, {{"title", true, false}, {"assessment", false, false}, {"criterion", true, true}}, true);
        out.title = text_child(c[0]);
        if (!c[1].empty()) out.assessment = content_of(c[1].front());
        for (pugi::xml_node criterion : c[2]) out.criteria.push_back(read_criterion(criterion));
        return out;
    }

    model::Criterion read_criterion(pugi::xml_node node) {
        model::Criterion out;
        out.pos = pos(node);
        check_attributes(node, {"number", "code", "system-code", "replaces"});
        Attribute number = code_attribute(node, "number");
        out.number = number.value;
        out.number_pos = number.pos;
        Attribute code = optional_code_attribute(node, "code");
        out.code = code.value;
        out.code_pos = code.pos;
        Attribute system_code = optional_code_attribute(node, "system-code");
        out.system_code = system_code.value;
        out.system_code_pos = system_code.pos;
        Attribute replaces = optional_code_attribute(node, "replaces");
        out.replaces = replaces.value;
        out.replaces_pos = replaces.pos;
        if (replaces.present) {
            require_format_1_1(replaces.pos, "the replaces attribute");
            if (replaces.value.empty()) f_.error(replaces.pos, "empty replaces attribute");
            else if (!is_reference_token(replaces.value))
                f_.error(replaces.pos, "replaces '" + replaces.value + "' is not a code or a number: " + kReferenceRule);
        }
        out.text = text_of(node);
        return out;
    }

    // The id of an evidence item or a method: the schema's ItemId, [A-Za-z][A-Za-z0-9_-]*
    // (an empty one is the validator's "empty id").
    std::string item_id(pugi::xml_node node) {
        Attribute id = code_attribute(node, "id");
        if (!id.value.empty() && !is_item_id(id.value))
            f_.error(id.pos, "id '" + id.value + "' is not an id: an id is an ASCII letter, then letters, digits, '_' or '-'");
        return id.value;
    }

    void read_evidence_guide(pugi::xml_node node, model::Unit& unit) {
        check_attributes(node, {});
        Children c = children(node, {{"intro", false, false}, {"performance-evidence", true, false},
                                     {"knowledge-evidence", true, false}, {"assessment-guidance", true, false},
                                     {"method-notes", false, false}}, true);
        unit.evidence_intro = content_child(c[0]);
        if (!c[1].empty()) unit.performance_evidence = read_evidence(c[1].front(), model::EvidenceKind::performance);
        if (!c[2].empty()) unit.knowledge_evidence = read_evidence(c[2].front(), model::EvidenceKind::knowledge);
        unit.assessment_guidance = content_child(c[3]);
        unit.method_notes = content_child(c[4]);
    }

    std::vector<model::EvidenceItem> read_evidence(pugi::xml_node node, model::EvidenceKind kind) {
        check_attributes(node, {});
        std::vector<model::EvidenceItem> out;
        Children found = children(node, {{"evidence", false, true}}, false);
        for (pugi::xml_node item : found[0]) {
            model::EvidenceItem evidence;
            evidence.kind = kind;
            evidence.pos = pos(item);
            check_attributes(item, {"id", "covers", "label"});
            evidence.id = item_id(item);
            evidence.label = optional_label(item);
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
            check_attributes(item, {"label"});
            definition.label = optional_label(item);
            definition.text = text_of(item, &definition.term);
            unit.definitions.push_back(std::move(definition));
        }
    }

    // Section 18: methods with what they cover, or N/A (a standard that lists no methods
    // there; its forms then have no method column).
    void read_methods(pugi::xml_node node, model::Unit& unit) {
        check_attributes(node, {});
        Children found = children(node, {{"na", false, false}, {"method", false, true}}, false);
        if (!found[0].empty()) {
            model::Content& na = unit.methods_not_applicable;
            na.pos = pos(found[0].front());
            na.not_applicable = true;
            na.not_applicable_text = plain_text(found[0].front());
            if (!found[1].empty()) f_.error(pos(found[1].front()), "<na/> must be the only content of " + tag(node));
            return;
        }
        if (found[1].empty()) f_.error(pos(node), "missing <method> in " + tag(node) + " (or <na/> when it has none)");
        for (pugi::xml_node item : found[1]) {
            model::Method method;
            method.pos = pos(item);
            check_attributes(item, {"id", "covers"});
            method.id = item_id(item);
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
