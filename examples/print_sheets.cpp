// compforms as a library: a scoring sheet per candidate, the PDFs kept in memory.
// usage: print_sheets UNIT.xml CANDIDATES.csv
#include <cstdio>

#include "job/job.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: print_sheets UNIT.xml CANDIDATES.csv\n");
        return 2;
    }
    compforms::Job job;
    job.task = compforms::Task::scoresheet;
    job.sources = {argv[1]};
    job.candidates = argv[2];
    job.in_memory = true;   // no files: Result::files carry the bytes
    const compforms::Result result = compforms::run(job);
    for (const compforms::Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", compforms::format(d).c_str());
    for (const compforms::OutputFile& f : result.files) std::printf("%s: %zu bytes\n", f.path.c_str(), f.bytes.size());
    return result.exit_status();
}
