#include "source/file_reader.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace compforms::source {

FileRead read_file(const std::string& path) {
    FileRead out;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        out.error = std::string("cannot open: ") + std::strerror(errno);
        return out;
    }
    if (S_ISDIR(info.st_mode)) {
        out.error = "is a directory, not a file";
        return out;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        out.error = std::string("cannot open: ") + std::strerror(errno);
        return out;
    }
    std::string bytes;
    if (S_ISREG(info.st_mode)) bytes.reserve(static_cast<std::size_t>(info.st_size));
    char chunk[1 << 16];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) bytes.append(chunk, n);
    if (std::ferror(file.get())) {
        out.error = std::string("cannot read: ") + std::strerror(errno);
        return out;
    }
    out.bytes = std::move(bytes);
    return out;
}

} // namespace compforms::source
