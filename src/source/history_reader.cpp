#include "source/history_reader.hpp"

#include <string>

#include "source/value_parsers.hpp"

namespace compforms::source {

std::vector<model::HistoryEntry> read_history(pugi::xml_node history, XmlReader& reader) {
    Findings& f = reader.findings();
    reader.check_attributes(history, {});
    std::vector<model::HistoryEntry> out;
    Children found = reader.children(history, {{"entry", true, true}}, false);
    for (pugi::xml_node node : found[0]) {
        model::HistoryEntry entry;
        entry.pos = reader.pos(node);
        reader.check_attributes(node, {"revision", "date"});
        bool ok = true;
        // Typed values, read as the schema's types read them (xs:integer, xs:date): spaces
        // around are dropped, with the warning a code with spaces gets.
        Attribute revision = reader.code_attribute(node, "revision");
        entry.revision_pos = revision.pos;
        if (revision.present) {
            std::optional<int> r = parse_non_negative_int(revision.value);
            if (!r) f.error(revision.pos, "revision '" + revision.value + "' is not a non-negative integer");
            entry.revision = r.value_or(0);
            ok = ok && r;
        }
        Attribute date = reader.code_attribute(node, "date");
        entry.date_pos = date.pos;
        if (date.present) {
            std::optional<model::Date> d = parse_date(date.value);
            if (!d) f.error(date.pos, "date '" + date.value + "' is not a real calendar date (YYYY-MM-DD)");
            else entry.date = *d;
            ok = ok && d;
        }
        entry.summary = reader.text_of(node);
        if (entry.summary.value.empty()) f.error(entry.pos, "empty history <entry>: say what the revision changed");
        if (ok && revision.present && date.present) out.push_back(std::move(entry));
    }
    return out;
}

void check_history_order(const model::Edition& edition, Findings& findings) {
    const std::vector<model::HistoryEntry>& h = edition.history;
    for (std::size_t i = 1; i < h.size(); ++i) {
        if (h[i].revision <= h[i - 1].revision)
            findings.error(h[i].revision_pos, "history revision " + std::to_string(h[i].revision) +
                                                  " after revision " + std::to_string(h[i - 1].revision) +
                                                  ": entries go oldest first, each revision greater");
        if (h[i].date < h[i - 1].date)
            findings.error(h[i].date_pos, "history date " + h[i].date.iso() + " is earlier than the entry before (" +
                                              h[i - 1].date.iso() + "): entries go oldest first");
    }
    if (h.empty()) return;
    const model::HistoryEntry& last = h.back();
    if (edition.revision && last.revision > *edition.revision)
        findings.error(last.revision_pos, "history revision " + std::to_string(last.revision) +
                                              " is newer than the edition's revision " +
                                              std::to_string(*edition.revision));
    if (edition.date && *edition.date < last.date)
        findings.error(last.date_pos, "history date " + last.date.iso() + " is later than the edition's date " +
                                          edition.date->iso());
}

} // namespace compforms::source
