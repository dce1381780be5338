// Whether the fonts can print what the forms print, checked before anything is laid out:
// every text of a unit in every face the forms set it in, and a candidate's details. Each
// problem is found at once, and where it stands in its source, by every task (check too).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "layout/text_setter.hpp"
#include "model/candidate.hpp"
#include "model/unit.hpp"

namespace compforms::forms {

struct Unprintable {
    std::string message;                        // "character '😀' (U+1F600) is not in font …"
    std::optional<std::size_t> source_offset;   // where the character stands in the source
};

// One problem per text at most (its first unprintable character), in source order.
std::vector<Unprintable> unprintable_texts(const model::Unit& unit, const layout::TextSetter& setter);

// The first of a candidate's details the forms cannot print ("name: character …"), or none.
std::optional<std::string> unprintable_detail(const model::Candidate& candidate, const layout::TextSetter& setter);

} // namespace compforms::forms
