#include "editions/mapping_csv.hpp"

#include <cstdio>

namespace compforms::editions {
namespace {

// A field quoted when it holds a comma, a quote or a line end (codes never do; numbers of
// other standards might hold anything the source allows).
std::string field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string two_decimals(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

} // namespace

std::string mapping_csv(const PcMatching& matching) {
    std::string out = std::string(kMappingHeader) + "\n";
    for (const PcChange& c : matching.changes) {
        const bool both = c.old_pc && c.new_pc;
        out += (c.old_pc ? field(c.old_pc->name()) : "") + "," + (c.old_pc ? field(c.old_pc->system_code) : "") + "," +
               (c.new_pc ? field(c.new_pc->name()) : "") + "," + (c.new_pc ? field(c.new_pc->system_code) : "") + "," +
               change_name(c.kind) + "," + (both ? two_decimals(c.diff.similarity) : "") + "\n";
    }
    return out;
}

} // namespace compforms::editions
