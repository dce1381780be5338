#include "editions/section_changes.hpp"

#include <functional>

#include "editions/word_diff.hpp"

namespace compforms::editions {
namespace {

// A part's paragraphs as compared, and the text of the unit each stands for.
struct Paragraphs {
    std::vector<std::string> texts;
    std::vector<const model::Text*> sources;
    void add(std::string text, const model::Text* source) {
        texts.push_back(std::move(text));
        sources.push_back(source);
    }
};

Paragraphs of_content(const model::Content& c) {
    Paragraphs out;
    if (c.not_applicable) {
        out.add(c.not_applicable_text.value.empty() ? "N/A" : c.not_applicable_text.value, &c.not_applicable_text);
        return out;
    }
    for (const model::Block& b : c.blocks) out.add(b.label.empty() ? b.text.value : b.label + " " + b.text.value, &b.text);
    return out;
}

template <typename Items>
Paragraphs of_items(const Items& items) {
    Paragraphs out;
    for (const auto& item : items) out.add(item.id + " " + item.text.value, &item.text);
    return out;
}

Paragraphs element_titles(const model::Unit& u) {
    Paragraphs out;
    for (const model::Element& e : u.elements) out.add(e.code + " " + e.title.value, &e.title);
    return out;
}

Paragraphs definitions(const model::Unit& u) {
    Paragraphs out;
    for (const model::Definition& d : u.definitions) out.add(d.text.value, &d.text);
    return out;
}

Paragraphs methods(const model::Unit& u) {
    return u.has_methods() ? of_items(u.methods) : of_content(u.methods_not_applicable);
}

// "PE1: DL101.01 DL101.02 …": what each evidence item and method covers, as the source names it.
Paragraphs coverage(const model::Unit& u) {
    Paragraphs out;
    auto add = [](const std::string& id, const std::vector<model::CodeRef>& covers) {
        std::string line = id + ":";
        for (const model::CodeRef& r : covers) line += " " + r.code;
        return line;
    };
    for (const auto* list : {&u.performance_evidence, &u.knowledge_evidence})
        for (const model::EvidenceItem& e : *list) out.add(add(e.id, e.covers), &e.text);
    for (const model::Method& m : u.methods) out.add(add(m.id, m.covers), &m.text);
    return out;
}

using Extract = std::function<Paragraphs(const model::Unit&)>;

struct PartSpec {
    SectionPart part;
    Extract extract;
};

const std::vector<PartSpec>& parts() {
    auto content = [](model::Content model::Unit::*member) {
        return [member](const model::Unit& u) { return of_content(u.*member); };
    };
    using P = SectionPart;
    using U = model::Unit;
    static const std::vector<PartSpec> all = {
        {P::occupations, content(&U::occupations)},
        {P::description, content(&U::description)},
        {P::sector, content(&U::sector)},
        {P::other_occupations, content(&U::other_occupations)},
        {P::licensing, content(&U::licensing)},
        {P::element_titles, element_titles},
        {P::prerequisites, content(&U::prerequisites)},
        {P::skills, content(&U::skills)},
        {P::knowledge, content(&U::knowledge)},
        {P::evidence_intro, content(&U::evidence_intro)},
        {P::performance_evidence, [](const U& u) { return of_items(u.performance_evidence); }},
        {P::knowledge_evidence, [](const U& u) { return of_items(u.knowledge_evidence); }},
        {P::assessment_guidance, content(&U::assessment_guidance)},
        {P::method_notes, content(&U::method_notes)},
        {P::range, content(&U::range)},
        {P::range_guidance, content(&U::range_guidance)},
        {P::definitions, definitions},
        {P::shared_units, content(&U::shared_units)},
        {P::shared_industries, content(&U::shared_industries)},
        {P::methods, methods},
        {P::coverage, coverage},
    };
    return all;
}

// The paragraphs as one text (a line end between two) and where each starts in it.
std::string joined(const std::vector<std::string>& ps, std::vector<std::size_t>& starts) {
    std::string out;
    for (const std::string& p : ps) {
        if (!starts.empty() || !out.empty()) out += '\n';
        starts.push_back(out.size());
        out += p;
    }
    return out;
}

// Spans of the joined text cut back into spans of each paragraph (a run of words across a
// paragraph's end becomes one span in each).
std::vector<std::vector<Span>> per_paragraph(const std::vector<Span>& spans, const std::vector<std::string>& ps,
                                             const std::vector<std::size_t>& starts) {
    std::vector<std::vector<Span>> out(ps.size());
    for (const Span& s : spans)
        for (std::size_t i = 0; i < ps.size(); ++i) {
            const std::size_t lo = starts[i], hi = starts[i] + ps[i].size();
            if (s.end <= lo || s.begin >= hi) continue;
            out[i].push_back({std::max(s.begin, lo) - lo, std::min(s.end, hi) - lo});
        }
    return out;
}

} // namespace

std::vector<SectionChange> section_changes(const model::Unit& old_unit, const model::Unit& new_unit) {
    std::vector<SectionChange> out;
    Vocabulary vocabulary;
    for (const PartSpec& spec : parts()) {
        Paragraphs old_ps = spec.extract(old_unit), new_ps = spec.extract(new_unit);
        if (old_ps.texts == new_ps.texts) continue;
        SectionChange c{spec.part, std::move(old_ps.texts), std::move(new_ps.texts), {}, {}, std::move(new_ps.sources)};
        std::vector<std::size_t> old_starts, new_starts;
        const std::string old_text = joined(c.old_paragraphs, old_starts);
        const std::string new_text = joined(c.new_paragraphs, new_starts);
        const WordDiff d = diff_words(vocabulary.words(old_text), vocabulary.words(new_text));
        c.deleted = per_paragraph(d.deleted, c.old_paragraphs, old_starts);
        c.inserted = per_paragraph(d.inserted, c.new_paragraphs, new_starts);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace compforms::editions
