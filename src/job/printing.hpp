// The print stage of each task: the documents made from the inputs, one at a time, each
// written as soon as it is laid out (a batch of thousands never sits in memory).
#pragma once

#include "editions/comparison.hpp"
#include "job/candidates.hpp"
#include "job/inputs.hpp"
#include "job/run_context.hpp"
#include "layout/text_setter.hpp"

namespace compforms::job {

void print_booklet(RunContext& run, const Inputs& in, const layout::TextSetter& setter);
void print_proof(RunContext& run, const Inputs& in, const layout::TextSetter& setter);
// checklist and scoresheet: one form, blank or for a batch (separate files or merged).
void print_assessment_form(RunContext& run, const Inputs& in, const layout::TextSetter& setter,
                           std::optional<CandidateBatch> batch);
// diff: the change report between the two sources (old, new), and MAP.csv when asked.
void print_change_report(RunContext& run, const Inputs& in, const layout::TextSetter& setter);
// summary: RESULTS.csv (Job::results) summed up per candidate (job/summary.cpp).
void print_summary(RunContext& run, const Inputs& in, const layout::TextSetter& setter);
// Reports each replaces of the new edition that names nothing (located in its source);
// false when there was one.
bool report_replaces_problems(RunContext& run, const source::LoadedUnit& new_source,
                              const editions::Comparison& comparison);
// extract: the booklet's source, written out byte for byte.
void write_extracted_source(RunContext& run, const Inputs& in);
void print_pack(RunContext& run, const Inputs& in, const layout::TextSetter& setter, CandidateBatch batch);

} // namespace compforms::job
