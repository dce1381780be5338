// compforms::run: every task, one pipeline. Read it top to bottom:
// usage → environment → load and validate → fonts → can the fonts print it → candidates →
// forms, each written as soon as it is laid out.
#include "job/job.hpp"

#include "job/candidates.hpp"
#include "job/inputs.hpp"
#include "job/previous_edition.hpp"
#include "job/printing.hpp"
#include "job/reading.hpp"
#include "job/usage.hpp"
#include "layout/layout_error.hpp"
#include "text/typesetter.hpp"

namespace compforms {
namespace {

void print(job::RunContext& run, job::Inputs& in, const layout::TextSetter& setter) {
    switch (run.job().task) {
    case Task::booklet: return job::print_booklet(run, in, setter);
    case Task::proof: return job::print_proof(run, in, setter);
    case Task::checklist:
    case Task::scoresheet: {
        std::optional<job::CandidateBatch> batch;
        if (!run.job().candidates.empty() && !(batch = job::load_candidates(run, setter))) return;
        return job::print_assessment_form(run, in, setter, std::move(batch));
    }
    case Task::pack:
        if (std::optional<job::CandidateBatch> batch = job::load_candidates(run, setter))
            job::print_pack(run, in, setter, std::move(*batch));
        return;
    case Task::diff: return job::print_change_report(run, in, setter);
    case Task::extract: return;   // done before the fonts (see run)
    case Task::read: return job::read_scans(run, in, setter);
    case Task::summary: return job::print_summary(run, in, setter);
    case Task::check:
        if (!run.job().previous.empty()) job::check_previous_edition(run, in);
        return;
    }
}

const char* document_name(Task task) {
    switch (task) {
    case Task::booklet: return "booklet";
    case Task::checklist: return "evidence checklist";
    case Task::scoresheet: return "scoring sheet";
    case Task::pack: return "pack";
    case Task::proof: return "proof";
    case Task::diff: return "change report";
    case Task::extract: return "source";
    case Task::read: return "forms to read";
    case Task::summary: return "summary";
    case Task::check: break;
    }
    return "document";
}

// A character the coverage pass let through but layout could not print (text the forms
// compose themselves), reported at its place in the source all the same.
void report_unprintable(job::RunContext& run, const job::Inputs& in, const layout::UnprintableText& e) {
    if (!in.units.empty())
        run.report(job::located_error(in.units.front().path, LineIndex(in.units.front().text), e.source_offset, e.what()));
    else if (in.text_file)
        run.report(job::located_error(in.text_file->file.source_path, LineIndex(in.text_file->text), e.source_offset,
                                      e.what()));
    else
        run.error({}, e.what());
}

} // namespace

Result run(const Job& job, Observer* observer) {
    job::RunContext run(job, observer);
    job::Inputs in;
    if (!job::check_usage(run) || !job::read_environment(run, in)) return run.finish();
    const bool sources_ok = job::load_sources(run, in);
    if (!sources_ok && job.task != Task::check) return run.finish();
    // extract needs no fonts: the booklet's source goes out as it came in.
    if (job.task == Task::extract) {
        job::write_extracted_source(run, in);
        return run.finish();
    }
    if (job::load_fonts(run, in)) {
        text::Typesetter typesetter;
        const layout::TextSetter setter(typesetter, *in.fonts);
        try {
            if (job::check_printable(run, in, setter) && sources_ok) print(run, in, setter);
        } catch (const layout::UnprintableText& e) {
            report_unprintable(run, in, e);
        } catch (const layout::LayoutError& e) {
            // Input the layout cannot honour (a code so long it leaves no column to print in):
            // the source's problem, said as such, never a half-made PDF.
            run.error(in.units.empty() ? std::string() : in.units.front().path,
                      std::string("cannot lay out the ") + document_name(job.task) + ": " + e.what());
        }
    }
    if (job.task == Task::check) job::summarise_sources(run, in);
    return run.finish();
}

} // namespace compforms
