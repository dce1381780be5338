#include "editions/pc_matching.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

namespace compforms::editions {
namespace {

// Rule 5 compares every unmatched old PC with every unmatched new one, each pair in time
// proportional to the product of their lengths. Past this many word comparisons (about 0.1 s)
// the remaining pairs are ranked by bag_similarity instead, so that two hostile editions of
// hundreds of long, alike, uncoded criteria cost bounded time; real units stay far below it.
constexpr std::size_t kSimilarityBudget = 100'000'000;

// A PC with its element and its words (and their ids sorted, for bag_similarity).
struct Side {
    const model::Element* element = nullptr;
    const model::Criterion* pc = nullptr;
    const Words* words = nullptr;
    std::vector<int> sorted_ids;
};

std::vector<Side> sides(const model::Unit& unit, Vocabulary& vocabulary) {
    std::vector<Side> out;
    for (const model::Element& e : unit.elements)
        for (const model::Criterion& pc : e.criteria) {
            const Words& w = vocabulary.words(pc.text.value);
            std::vector<int> sorted = w.ids;
            std::sort(sorted.begin(), sorted.end());
            out.push_back({&e, &pc, &w, std::move(sorted)});
        }
    return out;
}

class Matcher {
public:
    Matcher(const model::Unit& old_unit, const model::Unit& new_unit)
        : old_(sides(old_unit, vocabulary_)), new_(sides(new_unit, vocabulary_)),
          old_match_(old_.size(), -1), new_match_(new_.size(), -1), rule_(new_.size(), MatchRule::none) {}

    PcMatching run() {
        by_replaces();
        by_key([](const Side& s) { return s.pc->system_code; }, MatchRule::system_code, false);
        by_key([](const Side& s) { return s.pc->text.value; }, MatchRule::same_text, false);
        by_key([](const Side& s) { return s.pc->name(); }, MatchRule::book_code, true);
        by_similarity();
        return collect();
    }

private:
    Vocabulary vocabulary_;
    std::vector<Side> old_, new_;
    std::vector<int> old_match_, new_match_;
    std::vector<MatchRule> rule_;
    std::vector<ReplacesProblem> problems_;

    void pair(std::size_t o, std::size_t n, MatchRule rule) {
        old_match_[o] = static_cast<int>(n);
        new_match_[n] = static_cast<int>(o);
        rule_[n] = rule;
    }

    void by_replaces() {
        for (std::size_t n = 0; n < new_.size(); ++n) {
            const std::string& code = new_[n].pc->replaces;
            if (code.empty()) continue;
            std::optional<std::size_t> found;
            for (std::size_t o = 0; o < old_.size() && !found; ++o) {
                const model::Criterion& pc = *old_[o].pc;
                if (pc.code == code || pc.number == code || pc.system_code == code) found = o;
            }
            if (!found)
                problems_.push_back({new_[n].pc, "replaces '" + code + "', which names no PC of the previous edition"});
            else if (old_match_[*found] >= 0)
                problems_.push_back({new_[n].pc, "replaces '" + code + "', which " +
                                                     new_[static_cast<std::size_t>(old_match_[*found])].pc->name() +
                                                     " already replaces"});
            else
                pair(*found, n, MatchRule::replaces);
        }
    }

    // Pairs unmatched PCs whose key (never empty) is equal, the first unmatched old PC with
    // it for each new one; when `similar`, only where the wording is similar enough.
    template <typename Key>
    void by_key(Key key, MatchRule rule, bool similar) {
        for (std::size_t n = 0; n < new_.size(); ++n) {
            if (new_match_[n] >= 0 || key(new_[n]).empty()) continue;
            for (std::size_t o = 0; o < old_.size(); ++o) {
                if (old_match_[o] >= 0 || key(old_[o]) != key(new_[n])) continue;
                if (similar && similarity(*old_[o].words, *new_[n].words) < kSimilarEnough) continue;
                pair(o, n, rule);
                break;
            }
        }
    }

    // What is left, most similar pairs first (ties in the editions' order).
    void by_similarity() {
        std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
        std::size_t spent = 0;
        for (std::size_t o = 0; o < old_.size(); ++o) {
            if (old_match_[o] >= 0) continue;
            const std::size_t a = old_[o].words->ids.size();
            for (std::size_t n = 0; n < new_.size(); ++n) {
                if (new_match_[n] >= 0) continue;
                // The similarity is at most 2·min/(a+b): skip pairs whose lengths alone rule them out.
                const std::size_t b = new_[n].words->ids.size();
                if (a + b == 0 || 2.0 * static_cast<double>(std::min(a, b)) / static_cast<double>(a + b) < kSimilarEnough)
                    continue;
                if (bag_similarity(old_[o].sorted_ids, new_[n].sorted_ids) < kSimilarEnough) continue;
                const bool affordable = spent + a * b <= kSimilarityBudget;
                if (affordable) spent += a * b;
                const double s = affordable ? similarity(*old_[o].words, *new_[n].words)
                                            : bag_similarity(old_[o].sorted_ids, new_[n].sorted_ids);
                if (s >= kSimilarEnough) candidates.emplace_back(-s, o, n);
            }
        }
        std::sort(candidates.begin(), candidates.end());
        for (const auto& [s, o, n] : candidates)
            if (old_match_[o] < 0 && new_match_[n] < 0) pair(o, n, MatchRule::similar_text);
    }

    static ChangeKind kind_of(const Side& o, const Side& n) {
        const bool reworded = o.pc->text.value != n.pc->text.value;
        if (o.element->code != n.element->code) return reworded ? ChangeKind::moved_reworded : ChangeKind::moved;
        if (o.pc->name() != n.pc->name() || o.pc->number != n.pc->number)
            return reworded ? ChangeKind::renumbered_reworded : ChangeKind::renumbered;
        return reworded ? ChangeKind::reworded : ChangeKind::unchanged;
    }

    PcMatching collect() {
        PcMatching out;
        for (std::size_t o = 0; o < old_.size(); ++o) {
            PcChange c;
            c.old_element = old_[o].element;
            c.old_pc = old_[o].pc;
            if (old_match_[o] < 0) {
                c.kind = ChangeKind::removed;
            } else {
                const Side& n = new_[static_cast<std::size_t>(old_match_[o])];
                c.new_element = n.element;
                c.new_pc = n.pc;
                c.kind = kind_of(old_[o], n);
                c.rule = rule_[static_cast<std::size_t>(old_match_[o])];
                c.diff = diff_words(*old_[o].words, *n.words);
            }
            out.changes.push_back(std::move(c));
        }
        for (std::size_t n = 0; n < new_.size(); ++n) {
            if (new_match_[n] >= 0) continue;
            PcChange c;
            c.new_element = new_[n].element;
            c.new_pc = new_[n].pc;
            c.kind = ChangeKind::added;
            out.changes.push_back(std::move(c));
        }
        out.problems = std::move(problems_);
        return out;
    }
};

} // namespace

const char* change_name(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::unchanged: return "unchanged";
    case ChangeKind::reworded: return "reworded";
    case ChangeKind::renumbered: return "renumbered";
    case ChangeKind::moved: return "moved";
    case ChangeKind::renumbered_reworded: return "renumbered+reworded";
    case ChangeKind::moved_reworded: return "moved+reworded";
    case ChangeKind::added: return "added";
    case ChangeKind::removed: return "removed";
    }
    return "unchanged";
}

PcMatching match_criteria(const model::Unit& old_unit, const model::Unit& new_unit) {
    return Matcher(old_unit, new_unit).run();
}

} // namespace compforms::editions
