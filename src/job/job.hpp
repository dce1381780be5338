// compforms as a library: one job in, PDFs and diagnostics out. This is the public API the
// command line is a thin shell over, and what another program (a web front end, a centre's
// system) calls:
//
//     compforms::Job job;
//     job.task = compforms::Task::scoresheet;
//     job.sources = {"forms/DL100.xml"};
//     job.candidates = "candidates.csv";
//     job.output = "sheets";                       // or job.in_memory = true
//     compforms::Result result = compforms::run(job);
//     for (const compforms::Diagnostic& d : result.diagnostics) std::cerr << compforms::format(d) << '\n';
//     return result.exit_status();
//
// Every problem a user can cause comes back as a Diagnostic, never as an exception.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.hpp"

namespace compforms {

enum class Task {
    check,        // validate sources, and that the fonts can print them; writes nothing
    booklet,      // the published standard of a unit
    checklist,    // the evidence checklist and mapping matrix: blank, or per candidate
    scoresheet,   // the assessor's scoring sheet: blank, or per candidate
    pack,         // booklet, blank checklist, and per candidate a sheet and a checklist
    proof,        // a UTF-8 text file, one paragraph a line, through the Thai text engine
    diff,         // the change report between two editions (sources: old, new), and MAP.csv
    extract,      // the unit source a booklet carries, written out byte for byte
    read,         // scanned sheets of a unit back into RESULTS.csv
    summary,      // RESULTS.csv summed up per candidate (SUMMARY.pdf, --csv)
};

enum class Digits { arabic, thai };

// How `proof` sets its text.
struct ProofSettings {
    double size = 16;          // points
    double width_mm = 160;     // line width
    bool justify = false;      // Thai justification instead of flush left
};

// What to read, what to produce, and how.
struct Job {
    Task task = Task::check;

    // What to read.
    std::vector<std::string> sources;    // unit sources (check takes several; proof a text file;
                                         // diff also booklets, extract a booklet)
    std::string candidates;              // a candidates CSV; empty: blank forms
    std::string encoding;                // of the CSV: "utf-8", "windows-874", "tis-620"; empty: detect
    bool skip_bad = false;               // write the good rows of a CSV with bad ones (still exit 1)
    std::string results;                 // checklist/scoresheet: a RESULTS.csv whose results print ticked
    std::vector<std::string> scans;      // read: PNG, JPEG, TIFF or PDF files of scanned pages

    // What to produce, and where.
    std::string output;                  // a PDF, or a folder for one file per candidate (read: RESULTS.csv)
    std::string mapping;                 // diff: where to write MAP.csv; empty: not written
    std::string previous;                // check: the edition this one revises; empty: none
    std::string review_dir;              // read: where a crop of each blank or ambiguous row goes
    std::string summary_csv;             // summary: where to write the summary as CSV; empty: not written
    bool merge = false;                  // one PDF for a whole batch
    bool duplex = false;                 // merged: each candidate starts on an odd page
    bool in_memory = false;              // write no file: Result::files carry the bytes

    // How.
    Digits digits = Digits::arabic;
    std::string font_dir;                // empty: the fonts installed beside the program
    // The value of SOURCE_DATE_EPOCH, as the caller's environment gives it: the date of a
    // document whose source has no edition date. Never the clock.
    std::optional<std::string> source_date_epoch;
    ProofSettings proof;
};

struct OutputFile {
    std::string path;    // where it was written (in memory: its file name)
    std::string bytes;   // the PDF, when the job was in memory
};

// What `check` found in one source.
struct CheckedSource {
    std::string path;
    bool ok = false;
    std::size_t elements = 0, criteria = 0, errors = 0, warnings = 0;
};

// What `read` read.
struct ReadCounts {
    std::size_t pages = 0;       // pages identified and read
    std::size_t rows = 0;        // pairs of boxes read
    std::size_t blank = 0, ambiguous = 0;
};

struct Result {
    std::vector<Diagnostic> diagnostics;   // in the order they were found
    std::vector<OutputFile> files;         // in the order they were written
    std::vector<CheckedSource> checked;    // check only
    std::optional<ReadCounts> read;        // read only, once its results are written
    int exit_status() const { return compforms::exit_status(diagnostics); }
};

// Told about a run as it goes, for a caller that shows progress.
class Observer {
public:
    virtual ~Observer() = default;
    virtual void diagnostic(const Diagnostic&) {}
    virtual void writing(std::size_t /*files*/) {}      // the run is about to write this many files
    virtual void wrote(const OutputFile& /*file*/) {}
    virtual void skipped(std::size_t /*files*/) {}      // files of bad rows not written
};

// Runs a job to its end: never throws for anything a user can cause.
Result run(const Job& job, Observer* observer = nullptr);

} // namespace compforms
