// The candidate and assessment details at the top of every assessment form: fill-in
// lines (paths) a centre writes on by hand, or on which a candidate's values are printed.
#pragma once

#include <string>
#include <vector>

#include "forms/form_context.hpp"
#include "forms/form_template.hpp"
#include "layout/flow.hpp"
#include "layout/page_setup.hpp"
#include "model/candidate.hpp"

namespace compforms::forms {

// The slot names of the details, in the order they print.
const std::vector<std::string>& candidate_slot_names();

// Adds the details block in three rows: name and ID, centre, date and assessor. On an A4
// form the room for the name, the centre and the assessor is at least 70 mm long (a Thai
// name written by hand), for the ID 35 mm and for the date 40 mm. Each line is the
// fill-in slot of its detail.
void add_candidate_details(layout::FlowLayouter& flow, double size, const layout::TextSetter& setter);

// The values a candidate prints: name, ID (as given), centre, date (Buddhist Era,
// "24 พฤศจิกายน 2569"), assessor.
SlotValues candidate_values(const model::Candidate& candidate);

// The values of every candidate of a batch, for FormTemplate::reserve.
std::vector<SlotValues> batch_values(const std::vector<model::Candidate>& candidates);

// "ชื่อ (ID)": how a candidate is named in an outline or a message.
std::string candidate_title(const model::Candidate& candidate);

// Lays out the blank form queued in `flow`, titles it (form name + unit code), dates it,
// adds the running header and footer, and keeps it as the template every candidate's copy
// is filled from.
FormTemplate finish_candidate_form(layout::FlowLayouter& flow, const std::string& form_name, const FormContext& ctx,
                                   const layout::PageSetup& page);

// A candidate's copy of a form: the blank pages shared, the candidate's values in the
// slots, the candidate's ID after the form's title.
layout::Document fill_for_candidate(const FormTemplate& form, const model::Candidate& candidate,
                                    SlotSetter& setter);

} // namespace compforms::forms
