#include "job/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace compforms::job {

std::string write_file_atomically(const std::string& path, const std::string& bytes) {
    const std::string::size_type slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.empty()) return "not a file name";
    const std::string tmp = dir + "." + name + ".tmp-" + std::to_string(static_cast<long>(getpid()));
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return std::string("cannot create a temporary file: ") + std::strerror(errno);
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    int err = errno;
    if (std::fclose(f) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        std::remove(tmp.c_str());
        return std::string("cannot write: ") + std::strerror(err);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        err = errno;
        std::remove(tmp.c_str());
        return std::string("cannot rename the temporary file into place: ") + std::strerror(err);
    }
    return {};
}

} // namespace compforms::job
