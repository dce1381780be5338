// Outputs are written so that nothing planted in the folder can redirect them and nobody
// sees half of one: exclusive unguessable temporaries, synced, renamed into place.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/output_file.hpp"

using namespace compforms;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("compforms-output-" + std::to_string(::getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("output file: replaces the destination, leaves no temporary, reports failures") {
    const fs::path dir = scratch("plain");
    const std::string path = (dir / "a.pdf").string();
    CHECK(write_file_atomically(path, "first").empty());
    CHECK(write_file_atomically(path, "second").empty());
    CHECK(slurp(path) == "second");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 1);
    CHECK(write_file_atomically((dir / "no-such-dir" / "x.pdf").string(), "x").find("No such file") !=
          std::string::npos);
    // A final name of 255 bytes (the most a file system allows) works: the temporary's
    // name does not grow with it.
    const std::string longest = (dir / (std::string(251, 'n') + ".pdf")).string();
    CHECK(write_file_atomically(longest, "long").empty());
    CHECK(slurp(longest) == "long");
}

TEST_CASE("output file: a symlink planted at the destination is replaced, never written through") {
    const fs::path dir = scratch("planted");
    const fs::path victim = dir / "victim.txt";
    std::ofstream(victim) << "precious";
    fs::create_symlink(victim, dir / "out.pdf");
    CHECK(write_file_atomically((dir / "out.pdf").string(), "%PDF").empty());
    CHECK(slurp(victim) == "precious");
    CHECK_FALSE(fs::is_symlink(dir / "out.pdf"));
    CHECK(slurp(dir / "out.pdf") == "%PDF");
}

TEST_CASE("output file: stale temporaries of dead runs go, a live run's stay") {
    const fs::path dir = scratch("stale");
    // A pid no process has: beyond the kernel's pid_max (at most 2^22).
    const fs::path dead = dir / ".compforms-9999999-0123456789abcdef.tmp";
    const fs::path live = dir / (".compforms-" + std::to_string(::getpid()) + "-0123456789abcdef.tmp");
    const fs::path other = dir / ".someone-else.tmp";
    for (const fs::path& p : {dead, live, other}) std::ofstream(p) << "x";
    remove_stale_temporaries(dir.string());
    CHECK_FALSE(fs::exists(dead));
    CHECK(fs::exists(live));
    CHECK(fs::exists(other));
}
