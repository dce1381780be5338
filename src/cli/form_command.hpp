// `compforms scoresheet` and `compforms checklist` are the same command over a different
// form: this runs either, given how to make the form.
#pragma once

#include <functional>
#include <string>

#include "cli/commands.hpp"
#include "forms/form_template.hpp"
#include "forms/scoring_sheet.hpp"
#include "model/unit.hpp"
#include "text/font.hpp"
#include "text/typesetter.hpp"

namespace compforms::cli {

struct FormKind {
    std::string command;    // "scoresheet"
    std::string suffix;     // "-scoresheet.pdf"
    const char* help;
    std::function<forms::FormTemplate(const model::Unit&, text::Typesetter&, const text::FontSet&,
                                      const forms::AssessmentFormOptions&)>
        make;
};

int run_form_command(const FormKind& kind, const Argv& argv);

} // namespace compforms::cli
