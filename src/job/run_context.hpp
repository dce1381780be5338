// The state every stage of a run shares: the job, what has been found so far, and the
// observer to tell. Stages report here; nothing else prints or decides an exit status.
#pragma once

#include <string>

#include "job/job.hpp"

namespace compforms::job {

class RunContext {
public:
    RunContext(const Job& job, Observer* observer) : job_(job), observer_(observer) {}

    const Job& job() const { return job_; }
    Observer* observer() const { return observer_; }

    void report(Diagnostic d);
    void report_all(const Diagnostics& found);
    void error(std::string file, std::string message, std::size_t line = 0, std::size_t column = 0);
    void warning(std::string file, std::string message, std::size_t line = 0, std::size_t column = 0,
                 std::string kind = {});
    // Bad usage of the program: reported before any work, exit status 2.
    void usage_error(std::string message);

    bool failed() const { return errors_ != 0; }
    void add_file(OutputFile file);
    void add_checked(CheckedSource checked) { result_.checked.push_back(std::move(checked)); }
    void set_read(ReadCounts counts) { result_.read = counts; }
    Result finish() { return std::move(result_); }

private:
    const Job& job_;
    Observer* observer_;
    Result result_;
    std::size_t errors_ = 0;
};

} // namespace compforms::job
