// The candidate and assessment details at the top of every assessment form: fill-in
// lines (paths) a centre writes on by hand, or on which a candidate's values are printed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "forms/form_context.hpp"
#include "forms/form_template.hpp"
#include "layout/flow.hpp"
#include "layout/page_setup.hpp"
#include "model/candidate.hpp"

namespace compforms::forms {

// The slots of a candidate's form beside its details: the running header (ID and name on
// every page) and the two signatures' names and dates ("sign.assessor.name", ".day", …).
inline constexpr const char* kHeaderSlot = "header";
inline constexpr const char* kAssessorSignature = "sign.assessor";
inline constexpr const char* kCandidateSignature = "sign.candidate";

// The slot names of the details ("name", "id", "centre", "date", "assessor") in print order.
const std::vector<std::string>& detail_slot_names();
// The slot names of a candidate's form: the details, then the header and the signatures.
const std::vector<std::string>& candidate_slot_names();

// Adds the details block in three rows: name and ID, centre, date and assessor. On an A4
// form the room for the name, the centre and the assessor is at least 70 mm long (a Thai
// name written by hand), for the ID 35 mm and for the date 40 mm. Each line is the
// fill-in slot of its detail.
void add_candidate_details(layout::FlowLayouter& flow, double size, const layout::TextSetter& setter);

// The assessor's and the candidate's signature blocks side by side, their names and dates
// slots, the longer role in the wider column so that both signature lines are as long.
void add_candidate_signatures(layout::FlowLayouter& flow, double space_before);

// The values a candidate prints: name, ID (as given), centre, date (Buddhist Era,
// "24 พฤศจิกายน 2569"), assessor; "ID name" in the running header; each signature's name
// and the date in its day, month and year. Numbers in Thai digits when asked (never the ID).
SlotValues candidate_values(const model::Candidate& candidate, bool thai_digits = false);

// The values of every candidate of a batch, for FormTemplate::reserve.
std::vector<SlotValues> batch_values(const std::vector<model::Candidate>& candidates, bool thai_digits = false);

// "ชื่อ (ID)": how a candidate is named in an outline or a message.
std::string candidate_title(const model::Candidate& candidate);

// Lays out the blank form queued in `flow`, titles it (form name + unit code), dates it,
// adds the running header and footer and the sheet code of `sheet` (forms/sheet_code.hpp),
// and keeps it as the template every candidate's copy is filled from.
FormTemplate finish_candidate_form(layout::FlowLayouter& flow, const std::string& form_name, SheetForm sheet,
                                   const FormContext& ctx, const layout::PageSetup& page);

// Where a form prints its sheet ID in small print: on the footer's line, after the footer's
// own left text (`footer_left`, the edition) to well short of the page number at its right.
Slot sheet_id_slot(const layout::TextSetter& setter, const layout::PageSetup& page, const std::string& footer_left);

// The sheet code of a blank form on the first `pages` pages of `doc` (a document laid out
// on its own, not from a FormTemplate: the unit checklist, whose matrix pages follow):
// marks, QR code and small print of `id` with no candidate, page n/`pages`.
void add_blank_sheet_codes(layout::Document& doc, std::size_t pages, SheetId id, const layout::TextSetter& setter,
                           const layout::PageSetup& page, const std::string& footer_left);

// A candidate's copy of a form: the blank pages shared, the candidate's values in the
// slots, their sheet code on every page, the boxes of `ticks` (item → choice) ticked, the
// candidate's ID after the form's title.
layout::Document fill_for_candidate(const FormTemplate& form, const model::Candidate& candidate,
                                    SlotSetter& setter, bool thai_digits = false,
                                    const std::map<std::string, int>& ticks = {});

} // namespace compforms::forms
