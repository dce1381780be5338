// The stopwatch every benchmark uses: wall time and the process's CPU time since it was
// started. Both, because on a shared machine they differ a lot, and CPU time is what a
// stage costs.
#pragma once

#include <chrono>
#include <ctime>

namespace compforms::bench {

class Stopwatch {
public:
    Stopwatch() : wall_(std::chrono::steady_clock::now()), cpu_(cpu_now_ms()) {}
    double wall_ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_).count();
    }
    double cpu_ms() const { return cpu_now_ms() - cpu_; }

private:
    static double cpu_now_ms() {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
    }
    std::chrono::steady_clock::time_point wall_;
    double cpu_;
};

} // namespace compforms::bench
