#include "forms/coverage.hpp"

namespace compforms::forms {

std::size_t Coverage::row_count(const std::string& pc) const {
    std::size_t n = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) n += covers(c, pc) ? 1 : 0;
    return n;
}

std::size_t Coverage::column_count(std::size_t column, const model::Unit& unit) const {
    std::size_t n = 0;
    for (const model::Criterion* pc : model::all_criteria(unit)) n += covers(column, pc->name()) ? 1 : 0;
    return n;
}

std::vector<std::string> Coverage::methods_for(const std::string& pc) const {
    std::vector<std::string> ids;
    for (std::size_t c = evidence_count; c < columns.size(); ++c)
        if (covers(c, pc)) ids.push_back(columns[c].id);
    return ids;
}

namespace {

CoverageColumn column_of(CoverageColumn::Kind kind, const std::string& id, const model::Text& text,
                         const std::vector<model::CodeRef>& covers) {
    CoverageColumn col;
    col.kind = kind;
    col.id = id;
    col.text = text.value;
    col.origin = text.origin;
    for (const model::CodeRef& ref : covers) col.covers.insert(ref.pcs.begin(), ref.pcs.end());
    return col;
}

} // namespace

Coverage compute_coverage(const model::Unit& unit) {
    Coverage cov;
    for (const model::EvidenceItem& e : unit.performance_evidence)
        cov.columns.push_back(column_of(CoverageColumn::Kind::performance_evidence, e.id, e.text, e.covers));
    for (const model::EvidenceItem& e : unit.knowledge_evidence)
        cov.columns.push_back(column_of(CoverageColumn::Kind::knowledge_evidence, e.id, e.text, e.covers));
    cov.evidence_count = cov.columns.size();
    for (const model::Method& m : unit.methods)
        cov.columns.push_back(column_of(CoverageColumn::Kind::method, m.id, m.text, m.covers));
    return cov;
}

} // namespace compforms::forms
