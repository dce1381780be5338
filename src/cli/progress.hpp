// Progress of a batch (one sheet per candidate) on stderr. On a terminal: one line redrawn
// with '\r' at most ten times a second; otherwise (logs, CI) a plain line every ~10 % or
// 100 items. Time comes from steady_clock and is only ever displayed, never written
// into an output file.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

namespace compforms::cli {

class Progress {
public:
    // `noun` names the items ("sheets"); `terminal` chooses the redrawn bar.
    Progress(std::ostream& out, bool terminal, std::size_t total, std::string noun = "sheets");
    // Writes to std::cerr, as a bar when stderr is a terminal (isatty).
    static Progress for_stderr(std::size_t total, std::string noun = "sheets");

    void written() { advance(true); }
    void skipped() { advance(false); }
    void add_warnings(std::size_t count) { warnings_ += count; }
    // The closing summary: "compforms: 998 written, 2 skipped, 3 warnings in 4.2 s".
    void finish();
    // Takes the bar off its line so that a message printed next starts on a clean one;
    // the next step draws it again.
    void clear_line();

    std::size_t done() const { return written_ + skipped_; }
    std::size_t total() const { return total_; }

private:
    using Clock = std::chrono::steady_clock;

    void advance(bool was_written);
    void draw_bar(bool force);
    std::size_t plain_interval() const;
    double elapsed_seconds() const;

    std::ostream& out_;
    bool terminal_;
    std::size_t total_;
    std::string noun_;
    std::size_t written_ = 0, skipped_ = 0, warnings_ = 0;
    std::size_t last_reported_ = 0;
    Clock::time_point start_;
    Clock::time_point last_draw_;
    bool drawn_ = false;
    bool finished_ = false;
};

} // namespace compforms::cli
