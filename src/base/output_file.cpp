#include "base/output_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace compforms {
namespace {

constexpr const char* kPrefix = ".compforms-";
constexpr const char* kSuffix = ".tmp";

std::string folder_of(const std::string& path) {
    const std::string::size_type slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// 16 hex digits from the kernel's random source (never the clock: the name must not be
// guessable, it is not part of any output).
std::string random_tag() {
    unsigned char bytes[8] = {};
    std::size_t got = 0;
    while (got < sizeof bytes) {
        const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    char hex[17];
    for (int i = 0; i < 8; ++i) std::snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
    return hex;
}

bool write_all(int fd, const std::string& bytes) {
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

std::string failure(const char* what, int err) { return std::string(what) + ": " + std::strerror(err); }

} // namespace

std::string write_file_atomically(const std::string& path, const std::string& bytes) {
    const std::string dir = folder_of(path);
    if (path.size() == dir.size()) return "not a file name";
    std::string tmp;
    int fd = -1;
    for (int attempt = 0; attempt < 4 && fd < 0; ++attempt) {
        tmp = dir + kPrefix + std::to_string(static_cast<long>(::getpid())) + "-" + random_tag() + kSuffix;
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) return failure("cannot create a temporary file beside it", errno);
    bool ok = write_all(fd, bytes);
    int err = errno;
    if (ok && ::fdatasync(fd) != 0) {
        ok = false;
        err = errno;
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        ::unlink(tmp.c_str());
        return failure("cannot write", err);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        err = errno;
        ::unlink(tmp.c_str());
        return failure("cannot put the file in place", err);
    }
    return {};
}

void remove_stale_temporaries(const std::string& dir) {
    DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
    if (!d) return;
    const std::size_t prefix = std::strlen(kPrefix), suffix = std::strlen(kSuffix);
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() <= prefix + suffix || name.compare(0, prefix, kPrefix) != 0 ||
            name.compare(name.size() - suffix, suffix, kSuffix) != 0)
            continue;
        const long pid = std::strtol(name.c_str() + prefix, nullptr, 10);
        if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;   // still running
        struct stat st {};
        const std::string path = (dir.empty() || dir.back() == '/' ? dir : dir + "/") + name;
        if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) ::unlink(path.c_str());
    }
    ::closedir(d);
}

} // namespace compforms
