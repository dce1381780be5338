// Time to load (read, check encoding, parse, build, validate) a large generated unit source.
// usage: bench_unit_loader [ELEMENTS [CRITERIA]]   (default 1000 x 90, ~30 MB)
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "../tests/unit/large_unit_source.hpp"
#include "bench_clock.hpp"
#include "source/unit_loader.hpp"

int main(int argc, char** argv) {
    int elements = argc > 1 ? std::atoi(argv[1]) : 1000;
    int criteria = argc > 2 ? std::atoi(argv[2]) : 90;
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("compforms-bench-" + std::to_string(::getpid()) + ".xml");
    {
        std::ofstream out(path, std::ios::binary);
        out << compforms::test::large_unit_source(elements, criteria);
    }
    // Wall time and CPU time: on a shared machine the two differ a lot.
    compforms::bench::Stopwatch clock;
    compforms::source::LoadedUnit loaded = compforms::source::load_unit(path.string());
    const double cpu_ms = clock.cpu_ms(), ms = clock.wall_ms();
    std::printf("%zu bytes, %d elements x %d criteria: loaded in %.0f ms wall, %.0f ms CPU (%.1f MB/s CPU), "
                "%zu diagnostics\n",
                loaded.text.size(), elements, criteria, ms, cpu_ms, loaded.text.size() / 1e6 / (cpu_ms / 1e3),
                loaded.diagnostics.all().size());
    std::filesystem::remove(path);
    return loaded.ok() ? 0 : 1;
}
