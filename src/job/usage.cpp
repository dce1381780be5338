#include "job/usage.hpp"

#include "job/output_paths.hpp"
#include "source/text_encoding.hpp"

namespace compforms::job {
namespace {

void check_sources(RunContext& run) {
    const Job& job = run.job();
    const std::size_t n = job.sources.size();
    if (n == 0) run.usage_error(job.task == Task::proof ? "no text file given" : "no unit source given");
    else if (n > 1 && job.task != Task::check) run.usage_error("one source at a time, not " + std::to_string(n));
}

void check_output(RunContext& run) {
    const Job& job = run.job();
    if (job.task == Task::check || job.in_memory) return;
    if (job.output.empty()) run.usage_error("no output given (-o)");
    if (job.task == Task::pack && !job.merge && names_pdf(job.output))
        run.usage_error("-o names a folder for a pack (or use --merge for one PDF)");
}

void check_candidates(RunContext& run) {
    const Job& job = run.job();
    const bool batch_task = job.task == Task::checklist || job.task == Task::scoresheet || job.task == Task::pack;
    if (job.task == Task::pack && job.candidates.empty()) run.usage_error("no candidates given (--candidates CSV)");
    if (job.candidates.empty() && (job.merge || job.skip_bad || !job.encoding.empty()))
        run.usage_error("--merge, --skip-bad and --encoding need --candidates");
    if (!batch_task && !job.candidates.empty()) run.usage_error("this task takes no candidates");
    if (!job.encoding.empty() && !source::parse_encoding_name(job.encoding))
        run.usage_error("unknown encoding '" + job.encoding + "' (use utf-8, windows-874 or tis-620)");
}

void check_proof(RunContext& run) {
    const ProofSettings& p = run.job().proof;
    if (!(p.size > 0) || p.size > 500) run.usage_error("--size must be a positive number of points (at most 500)");
    if (!(p.width_mm > 0) || p.width_mm > 180)
        run.usage_error("--width must be a positive number of millimetres, at most 180 (the page less its left margin)");
}

} // namespace

bool check_usage(RunContext& run) {
    check_sources(run);
    check_output(run);
    check_candidates(run);
    if (run.job().task == Task::proof) check_proof(run);
    return !run.failed();
}

} // namespace compforms::job
