#include "cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace compforms::cli {

namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

std::string fixed1(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

} // namespace

Progress::Progress(std::ostream& out, bool terminal, std::size_t total, std::string noun)
    : out_(out), terminal_(terminal), total_(total), noun_(std::move(noun)), start_(Clock::now()),
      last_draw_(start_) {}

Progress Progress::for_stderr(std::size_t total, std::string noun) {
    return Progress(std::cerr, isatty(STDERR_FILENO) != 0, total, std::move(noun));
}

std::size_t Progress::plain_interval() const {
    // Every 10 % of the batch, but no fewer lines than one per 100 items.
    std::size_t tenth = (total_ + 9) / 10;
    return std::max<std::size_t>(1, std::min<std::size_t>(tenth, 100));
}

double Progress::elapsed_seconds() const {
    return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::advance(bool was_written) {
    (was_written ? written_ : skipped_) += 1;
    if (terminal_) {
        draw_bar(done() == total_);
        return;
    }
    if (done() - last_reported_ >= plain_interval() || done() == total_) {
        out_ << "compforms: " << done() << '/' << total_ << ' ' << noun_ << '\n' << std::flush;
        last_reported_ = done();
    }
}

void Progress::draw_bar(bool force) {
    Clock::time_point now = Clock::now();
    if (!force && drawn_ && now - last_draw_ < kRedrawInterval) return;
    last_draw_ = now;
    drawn_ = true;
    std::size_t filled = total_ == 0 ? kBarWidth : done() * kBarWidth / total_;
    double seconds = elapsed_seconds();
    std::string rate = seconds > 0 ? fixed1(static_cast<double>(done()) / seconds) : "-";
    out_ << "\r[" << std::string(filled, '#') << std::string(kBarWidth - filled, '.') << "] " << done() << '/'
         << total_ << ' ' << noun_ << ", " << rate << "/s" << "\x1b[K" << std::flush;
}

void Progress::clear_line() {
    if (!terminal_ || !drawn_ || finished_) return;
    out_ << "\r\x1b[K" << std::flush;
    drawn_ = false;
}

void Progress::finish() {
    if (finished_) return;
    finished_ = true;
    if (terminal_ && drawn_) out_ << '\n';
    out_ << "compforms: " << written_ << " written, " << skipped_ << " skipped, " << warnings_
         << (warnings_ == 1 ? " warning" : " warnings") << " in " << fixed1(elapsed_seconds()) << " s\n"
         << std::flush;
}

} // namespace compforms::cli
