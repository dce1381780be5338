// Reading the XML of a unit source with every node's byte offset in the file: children
// sorted by spec (unexpected, duplicate, misordered and missing ones reported), attributes
// checked, codes and covers lists read, character data gathered with its offsets and the
// Thai text checks run on it. Internal to the source stage: no other stage sees pugixml.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include "model/unit.hpp"
#include "source/findings.hpp"
#include "source/source_text.hpp"

namespace compforms::source {

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

// The longest text a source may hold, in characters: four times the longest criterion of
// the published units seen (2,400), and a bound on the work a text makes downstream.
constexpr std::size_t kMaxTextLength = 10000;
// The cover prints the unit's kind, code, title, group and publisher on one page: the
// title may run to 500 characters (eight times DL100's), the others to 200.
constexpr std::size_t kMaxTitleLength = 500;
constexpr std::size_t kMaxCoverLineLength = 200;

class XmlReader {
public:
    // `buffer` is the parsed copy of the file (pugixml parsed it in place), `findings`
    // where problems go.
    XmlReader(const std::string& buffer, Findings& findings)
        : base_(buffer.data()), size_(buffer.size()), f_(findings) {}

    // Positions and names.
    bool in_buffer(const char* p) const;
    std::size_t offset_of(const char* p) const;
    // Of an element: its '<' (pugixml gives the name's offset).
    model::SourcePos pos(pugi::xml_node node) const;
    // The name without our namespace's prefix; "{other}name" for a name in another one.
    std::string local_name(pugi::xml_node node) const;
    static std::string tag(const std::string& name);
    std::string tag(pugi::xml_node node) const;
    // The prefix ("p:") the source binds our namespace to, if any.
    void set_prefix(std::string prefix) { prefix_ = std::move(prefix); }
    const std::string& prefix() const { return prefix_; }

    // Structure.
    // Sorts the element children of `parent` by spec; reports unexpected, duplicate,
    // misordered (when `ordered`) and missing children, and stray text.
    Children children(pugi::xml_node parent, const std::vector<ChildSpec>& specs, bool ordered);
    void report_stray_text(pugi::xml_node text, pugi::xml_node parent);
    void check_attributes(pugi::xml_node node, std::initializer_list<const char*> allowed);
    Attribute attribute(pugi::xml_node node, const char* name);
    // A code in an attribute: surrounding spaces are reported and not part of the code.
    Attribute code_attribute(pugi::xml_node node, const char* name);
    // The same for an attribute a node may leave out (nothing is reported when it does).
    Attribute optional_code_attribute(pugi::xml_node node, const char* name);
    std::vector<model::CodeRef> covers(pugi::xml_node node);

    // Text.
    // Gathers the character data of `node`; a <term> child (at most one) is allowed when
    // `term` is given.
    void collect(pugi::xml_node node, SourceText& text, model::Text* term, bool& seen_term);
    static model::Text make_text(const SourceText& text, std::size_t start, model::SourcePos fallback);
    // The text of an element whose attributes the caller has checked.
    model::Text text_of(pugi::xml_node node, model::Text* term = nullptr);
    // The text of an element that takes no attributes.
    model::Text plain_text(pugi::xml_node node, model::Text* term = nullptr);
    model::Text text_child(const std::vector<pugi::xml_node>& nodes);
    model::Content content_of(pugi::xml_node node);
    // The `label` attribute of a list item ("1.", "7"), as the standard prints it; empty when absent.
    std::string optional_label(pugi::xml_node node);
    model::Content content_child(const std::vector<pugi::xml_node>& nodes);

    Findings& findings() { return f_; }

private:
    const char* base_;
    std::size_t size_;
    Findings& f_;
    std::string prefix_;
};

} // namespace compforms::source
