// Replays a fuzz target's corpus without libFuzzer: every regular file under each
// argument (a file or a folder, searched recursively, in name order) goes once through
// LLVMFuzzerTestOneInput. Built with the project's normal compiler, so every CI run,
// plain and under ASan/UBSan, re-runs the seeds and every input that ever crashed.
// A bug shows as the crash, sanitizer report or uncaught exception it always was; the
// file's name is printed just before it runs, so the last name printed is the culprit.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> inputs_under(const fs::path& path) {
    std::vector<fs::path> files;
    if (fs::is_directory(path)) {
        for (const auto& entry : fs::recursive_directory_iterator(path))
            if (entry.is_regular_file()) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(path);
    }
    return files;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    std::size_t count = 0;
    for (int a = 1; a < argc; ++a) {
        if (!fs::exists(argv[a])) {
            std::fprintf(stderr, "%s: no such file or folder\n", argv[a]);
            return 2;
        }
        for (const fs::path& file : inputs_under(argv[a])) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::fprintf(stderr, "%s\n", file.c_str());
            // libFuzzer never passes a null pointer, even for an empty input.
            const std::uint8_t none = 0;
            const auto* data = bytes.empty() ? &none : reinterpret_cast<const std::uint8_t*>(bytes.data());
            LLVMFuzzerTestOneInput(data, bytes.size());
            ++count;
        }
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf("replayed %zu inputs in %.2f s\n", count, took.count());
    return count == 0 ? 1 : 0;   // an empty corpus means the path is wrong
}
