// Output is written beside its destination and renamed into place, so a reader (or a
// failed run) never sees a half-written PDF.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

#include "pdf/pdf_writer.hpp"

namespace compforms::pdf {

void write_file_atomically(const std::string& path, const std::string& bytes) {
    std::string::size_type slash = path.find_last_of('/');
    std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (name.empty()) throw PdfError(path + ": not a file name");
    std::string tmp = dir + "." + name + ".tmp-" + std::to_string(static_cast<long>(getpid()));

    auto fail = [&](const char* what, int err) {
        std::remove(tmp.c_str());
        throw PdfError(path + ": " + what + ": " + std::strerror(err));
    };
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        int err = errno;
        throw PdfError(path + ": cannot create a temporary file: " + std::strerror(err));
    }
    bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    int err = errno;
    if (std::fclose(f) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) fail("cannot write", err);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) fail("cannot rename the temporary file into place", errno);
}

} // namespace compforms::pdf
