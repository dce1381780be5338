#include "source/xml_reader.hpp"

#include <cstring>
#include <string_view>

#include "base/utf8.hpp"
#include "source/thai_text_check.hpp"

namespace compforms::source {
namespace {

} // namespace

bool XmlReader::in_buffer(const char* p) const { return p >= base_ && p < base_ + size_; }
std::size_t XmlReader::offset_of(const char* p) const { return static_cast<std::size_t>(p - base_); }

// Of an element: its '<' (pugixml gives the name's offset).
model::SourcePos XmlReader::pos(pugi::xml_node node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return {};
    if (node.type() == pugi::node_element && offset > 0) --offset;
    return {static_cast<std::size_t>(offset)};
}

std::string XmlReader::local_name(pugi::xml_node node) const {
    std::string_view name = node.name();
    if (!prefix_.empty()) {
        if (name.compare(0, prefix_.size(), prefix_) != 0) return "{other}" + std::string(name);
        name.remove_prefix(prefix_.size());
    } else if (name.find(':') != std::string_view::npos) {
        return "{other}" + std::string(name);
    }
    return std::string(name);
}

std::string XmlReader::tag(const std::string& name) { return "<" + name + ">"; }
std::string XmlReader::tag(pugi::xml_node node) const { return "<" + std::string(node.name()) + ">"; }

// Sorts the element children of `parent` by spec; reports unexpected, duplicate,
// misordered (when `ordered`) and missing children, and stray text.
Children XmlReader::children(pugi::xml_node parent, const std::vector<ChildSpec>& specs, bool ordered) {
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

void XmlReader::report_stray_text(pugi::xml_node text, pugi::xml_node parent) {
    const char* value = text.value();
    for (const char* p = value; *p; ++p)
        if (!is_xml_space(*p)) {
            f_.error_at(in_buffer(p) ? offset_of(p) : pos(text).offset, "unexpected text in " + tag(parent));
            return;
        }
}

void XmlReader::check_attributes(pugi::xml_node node, std::initializer_list<const char*> allowed) {
    for (pugi::xml_attribute a : node.attributes()) {
        bool ok = false;
        for (const char* name : allowed) ok = ok || std::strcmp(a.name(), name) == 0;
        if (!ok) f_.error_at(offset_of(a.name()), "unexpected attribute '" + std::string(a.name()) + "' on " + tag(node));
    }
}

Attribute XmlReader::attribute(pugi::xml_node node, const char* name) {
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
Attribute XmlReader::optional_code_attribute(pugi::xml_node node, const char* name) {
    if (!node.attribute(name)) return {};
    return code_attribute(node, name);
}

Attribute XmlReader::code_attribute(pugi::xml_node node, const char* name) {
    Attribute out = attribute(node, name);
    std::string trimmed = collapse_whitespace(out.value);
    if (out.present && trimmed != out.value) {
        if (trimmed.find(' ') == std::string::npos)
            f_.warning(out.pos, std::string(name) + " '" + out.value + "' has leading or trailing spaces", "code-spaces");
        std::size_t first = out.text.first_content_offset();
        if (first != model::SourcePos::npos) out.pos = {first};
    }
    out.value = trimmed;
    return out;
}

std::vector<model::CodeRef> XmlReader::covers(pugi::xml_node node) {
    Attribute list = attribute(node, "covers");
    std::vector<model::CodeRef> out;
    const std::string& bytes = list.text.bytes();
    for (std::size_t i = 0; i < bytes.size();) {
        if (is_xml_space(bytes[i])) { ++i; continue; }
        std::size_t end = i;
        while (end < bytes.size() && !is_xml_space(bytes[end])) ++end;
        out.push_back({bytes.substr(i, end - i), {list.text.offset_of(i)}, {}});
        i = end;
    }
    if (list.present && out.empty()) f_.error(list.pos, "empty covers list on " + tag(node));
    return out;
}

// Gathers the character data of `node`; a <term> child is allowed when `term` is given.
void XmlReader::collect(pugi::xml_node node, SourceText& text, model::Text* term, bool& seen_term) {
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            const char* value = child.value();
            std::size_t at = in_buffer(value) ? offset_of(value) : pos(child).offset;
            if (child.type() == pugi::node_pcdata) text.append_raw(value, at, f_);
            else text.append_verbatim(value, at);
        } else if (child.type() == pugi::node_element) {
            if (term && local_name(child) == "term") {
                check_attributes(child, {});
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

model::Text XmlReader::make_text(const SourceText& text, std::size_t start, model::SourcePos fallback) {
    model::Text out;
    out.value = text.collapsed(start, out.origin);
    out.pos = fallback;
    for (std::size_t i = start; i < text.bytes().size(); ++i)
        if (!is_xml_space(text.bytes()[i])) {
            out.pos = {text.offset_of(i)};
            break;
        }
    return out;
}

// The text of an element whose attributes the caller has checked.
model::Text XmlReader::text_of(pugi::xml_node node, model::Text* term) {
    SourceText text;
    bool seen_term = false;
    collect(node, text, term, seen_term);
    model::Text out = make_text(text, 0, pos(node));
    if (const std::size_t length = utf8::count(out.value); length > kMaxTextLength) {
        f_.error(out.pos, "text of " + std::to_string(length) + " characters; a text has at most " +
                              std::to_string(kMaxTextLength));
        return out;   // not checked further: the unit has an error and prints nothing
    }
    check_thai_text(text, f_);
    return out;
}

// The text of an element that takes no attributes.
model::Text XmlReader::plain_text(pugi::xml_node node, model::Text* term) {
    check_attributes(node, {});
    return text_of(node, term);
}

model::Text XmlReader::text_child(const std::vector<pugi::xml_node>& nodes) {
    return nodes.empty() ? model::Text{} : plain_text(nodes.front());
}

model::Content XmlReader::content_of(pugi::xml_node node) {
    model::Content out;
    out.pos = pos(node);
    check_attributes(node, {});
    Children parts = children(node, {{"na", false, true}, {"p", false, true}, {"item", false, true}}, false);
    if (!parts[0].empty()) {
        out.not_applicable = true;
        if (parts[0].size() > 1 || !parts[1].empty() || !parts[2].empty())
            f_.error(pos(parts[0].front()), "<na/> must be the only content of " + tag(node));
        out.not_applicable_text = plain_text(parts[0].front());   // the standard's words for it, if any
    }
    // Keep document order of paragraphs and items.
    for (pugi::xml_node child : node.children()) {
        std::string name = local_name(child);
        if (child.type() != pugi::node_element || (name != "p" && name != "item")) continue;
        model::Block block;
        if (name == "p") {
            block.text = plain_text(child);
        } else {
            block.kind = model::Block::Kind::bullet;
            check_attributes(child, {"label"});
            block.label = optional_label(child);
            block.text = text_of(child);
        }
        out.blocks.push_back(std::move(block));
    }
    return out;
}

std::string XmlReader::optional_label(pugi::xml_node node) {
    pugi::xml_attribute a = node.attribute("label");
    if (!a) return {};
    std::string label = collapse_whitespace(a.value());
    if (label.empty()) f_.error_at(offset_of(a.name()), "empty label on " + tag(node));
    if (utf8::count(label) > 16) f_.error_at(offset_of(a.name()), "label '" + label + "' is longer than 16 characters");
    return label;
}

model::Content XmlReader::content_child(const std::vector<pugi::xml_node>& nodes) {
    return nodes.empty() ? model::Content{} : content_of(nodes.front());
}

} // namespace compforms::source
