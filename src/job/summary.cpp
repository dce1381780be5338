// summary: a batch's RESULTS.csv (as read from scans, or typed) summed up per candidate as
// the scoring sheet's own summary lines record it, with what needs a look; SUMMARY.pdf and,
// with --csv, the same as a CSV.
#include "forms/result_summary.hpp"
#include "job/date_policy.hpp"
#include "job/document_writer.hpp"
#include "job/printing.hpp"
#include "source/file_reader.hpp"
#include "source/results_csv.hpp"

namespace compforms::job {

void print_summary(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    const Job& job = run.job();
    const model::Unit& unit = in.units.front().unit;
    const source::FileRead file = source::read_file(job.results);
    if (!file.bytes) return run.error(job.results, file.error);
    Diagnostics diags;
    const std::vector<model::RecordedResult> rows = source::read_results_csv(*file.bytes, job.results, diags);
    run.report_all(diags);
    if (diags.has_errors()) return;
    const std::vector<forms::CandidateSummary> summaries = forms::summarise_results(unit, rows);
    forms::FormOptions options;
    options.thai_digits = job.digits == Digits::thai;
    options.date = document_date(unit.edition, in.source_date_epoch);
    DocumentWriter out(run);
    out.expect(job.summary_csv.empty() ? 1 : 2, 0);
    if (out.write(forms::result_summary(unit, summaries, setter, options), job.output) && !job.summary_csv.empty())
        out.write_bytes(forms::summary_csv(unit, summaries), job.summary_csv);
}

} // namespace compforms::job
