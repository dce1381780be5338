// `check NEW --previous OLD`: what a new edition must keep of the one it revises. Its
// revision is greater and its date later; a system code names one criterion across
// editions, so the old edition's system code on a criterion whose wording is not similar is
// an error; a book code stays with its element.
#pragma once

#include <string>
#include <vector>

#include "model/unit.hpp"

namespace compforms::editions {

struct EditionProblem {
    model::SourcePos pos;   // in the new edition's source
    std::string message;
};

// The problems of `unit` as a revision of `previous`, in the new edition's order.
std::vector<EditionProblem> check_against_previous(const model::Unit& previous, const model::Unit& unit);

} // namespace compforms::editions
