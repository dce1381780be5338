// Which evidence items and assessment methods cover which performance criteria: the
// relation the checklist, the mapping matrix and the scoring sheet all print. Computed
// from the model's `covers` lists only, so every code printed comes from the source.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "model/unit.hpp"

namespace compforms::forms {

// One column of the mapping matrix: an evidence item or a method.
struct CoverageColumn {
    enum class Kind { performance_evidence, knowledge_evidence, method };
    Kind kind = Kind::performance_evidence;
    std::string id;                 // PE1, KE1, M1 … as the source names them
    std::string text;               // the item's full text (for the legend)
    TextOrigin origin;              // where that text stands in the source
    std::set<std::string> covers;   // PC names (Criterion::name: book codes, or numbers)
};

struct Coverage {
    std::vector<CoverageColumn> columns;   // performance evidence, knowledge evidence, methods
    std::size_t evidence_count = 0;        // the first columns are evidence, the rest methods
    bool has_methods() const { return columns.size() > evidence_count; }

    bool covers(std::size_t column, const std::string& pc) const {
        return columns[column].covers.count(pc) != 0;
    }
    // How many columns cover the PC / how many PCs a column covers.
    std::size_t row_count(const std::string& pc) const;
    std::size_t column_count(std::size_t column, const model::Unit& unit) const;
    // Ids of the methods that assess the PC (by name), in source order ("M1 M2").
    std::vector<std::string> methods_for(const std::string& pc) const;
};

Coverage compute_coverage(const model::Unit& unit);

} // namespace compforms::forms
