#include "job/usage.hpp"

#include <filesystem>
#include <system_error>

#include "job/output_paths.hpp"
#include "source/text_encoding.hpp"

namespace compforms::job {
namespace {

constexpr std::size_t kMaxFileName = 255;   // NAME_MAX of Linux file systems

void check_sources(RunContext& run) {
    const Job& job = run.job();
    const std::size_t n = job.sources.size();
    if (job.task == Task::extract) {
        if (n != 1) run.usage_error("extract takes one booklet, not " + std::to_string(n));
        return;
    }
    if (job.task == Task::diff) {
        if (n != 2) run.usage_error("diff takes two sources, the old edition then the new, not " + std::to_string(n));
        return;
    }
    if (n == 0) run.usage_error(job.task == Task::proof ? "no text file given" : "no unit source given");
    else if (n > 1 && job.task != Task::check) run.usage_error("one source at a time, not " + std::to_string(n));
}

// Whether the task writes one file per candidate into a folder (-o DIR), or one PDF.
bool writes_folder(const Job& job) {
    if (job.task == Task::pack) return !(job.merge && names_pdf(job.output));
    return (job.task == Task::checklist || job.task == Task::scoresheet) && !job.candidates.empty() && !job.merge;
}

void check_output(RunContext& run) {
    const Job& job = run.job();
    if (job.task == Task::check || job.in_memory) return;
    if (job.output.empty()) return run.usage_error("no output given (-o)");
    const std::filesystem::path out(job.output);
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(out, ec);
    if (writes_folder(job)) {
        if (names_pdf(job.output) && !std::filesystem::exists(st))
            run.usage_error("-o " + job.output + " names a PDF, but this writes one file per candidate into a folder "
                            "(give a folder, or --merge for one PDF)");
        else if (std::filesystem::exists(st) && !std::filesystem::is_directory(st))
            run.usage_error("-o " + job.output + " is a file, not a folder for one file per candidate");
        return;
    }
    if (std::filesystem::is_directory(st)) return run.usage_error("-o " + job.output + " is a folder; give the PDF's file name");
    if (out.filename().string().size() > kMaxFileName)
        return run.usage_error("-o: the file name is longer than " + std::to_string(kMaxFileName) + " bytes");
    const std::filesystem::path folder = out.parent_path().empty() ? "." : out.parent_path();
    if (!std::filesystem::is_directory(folder, ec))
        run.error(job.output, "cannot write: there is no folder " + folder.string());
}

// The input files must be files: a folder given where a file is wanted is bad usage.
void check_inputs(RunContext& run) {
    const Job& job = run.job();
    std::error_code ec;
    if (!job.candidates.empty() && std::filesystem::is_directory(job.candidates, ec))
        run.usage_error("--candidates " + job.candidates + " is a folder, not a CSV file");
    if (!job.results.empty() && std::filesystem::is_directory(job.results, ec))
        run.usage_error("--results " + job.results + " is a folder, not a CSV file");
    for (const std::string& scan : job.scans)
        if (std::filesystem::is_directory(scan, ec)) run.usage_error(scan + " is a folder, not a scan");
    if (!job.previous.empty()) {
        if (job.task != Task::check && job.task != Task::booklet) run.usage_error("--previous is an option of check and booklet");
        else if (job.sources.size() > 1) run.usage_error("--previous checks one source against it, not " +
                                                         std::to_string(job.sources.size()));
        if (std::filesystem::is_directory(job.previous, ec))
            run.usage_error("--previous " + job.previous + " is a folder, not a unit source");
    }
    if (job.mapping.empty()) return;
    if (job.task != Task::diff) return run.usage_error("--mapping is an option of diff");
    if (std::filesystem::is_directory(job.mapping, ec))
        run.usage_error("--mapping " + job.mapping + " is a folder; give the CSV's file name");
    else if (std::filesystem::path(job.mapping).lexically_normal() == std::filesystem::path(job.output).lexically_normal())
        run.usage_error("--mapping and -o name the same file");
    else if (const std::filesystem::path folder = std::filesystem::path(job.mapping).parent_path();
             !folder.empty() && !std::filesystem::is_directory(folder, ec))
        run.error(job.mapping, "cannot write: there is no folder " + folder.string());
}

void check_read(RunContext& run) {
    const Job& job = run.job();
    std::error_code ec;
    if (job.task == Task::summary) {
        if (job.results.empty()) run.usage_error("no results given: compforms summary UNIT.xml RESULTS.csv -o SUMMARY.pdf");
        if (!job.summary_csv.empty() &&
            std::filesystem::path(job.summary_csv).lexically_normal() == std::filesystem::path(job.output).lexically_normal())
            run.usage_error("--csv and -o name the same file");
        return;
    }
    if (job.task != Task::read) {
        if (!job.scans.empty() || !job.review_dir.empty()) run.usage_error("only read takes scans and --review");
        if (!job.results.empty() && job.task != Task::scoresheet && job.task != Task::checklist)
            run.usage_error("--results is for scoresheet and checklist");
        else if (!job.results.empty() && job.candidates.empty())
            run.usage_error("--results needs --candidates (whose sheets to print them on)");
        return;
    }
    if (job.scans.empty()) run.usage_error("no scans given: compforms read UNIT.xml SCAN... -o RESULTS.csv");
    if (names_pdf(job.output)) run.usage_error("-o " + job.output + " names a PDF; read writes a CSV file");
    if (!job.review_dir.empty() && std::filesystem::exists(job.review_dir, ec) &&
        !std::filesystem::is_directory(job.review_dir, ec))
        run.usage_error("--review " + job.review_dir + " is a file, not a folder");
}

void check_candidates(RunContext& run) {
    const Job& job = run.job();
    const bool batch_task = job.task == Task::checklist || job.task == Task::scoresheet || job.task == Task::pack;
    if (job.task == Task::pack && job.candidates.empty()) run.usage_error("no candidates given (--candidates CSV)");
    if (job.candidates.empty() && (job.merge || job.skip_bad || !job.encoding.empty()))
        run.usage_error("--merge, --skip-bad and --encoding need --candidates");
    // Separate files each start on a sheet of their own: only a merged PDF needs blank pages.
    if (job.duplex && !job.merge) run.usage_error("--duplex needs --merge");
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
    check_inputs(run);
    check_candidates(run);
    check_read(run);
    if (run.job().task == Task::proof) check_proof(run);
    return !run.failed();
}

} // namespace compforms::job
