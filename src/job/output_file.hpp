// Writing an output so that nobody ever sees half of it: the bytes go to a temporary file
// beside the destination, which is then renamed into place.
#pragma once

#include <string>

namespace compforms::job {

// Writes `bytes` to `path` atomically. Returns an empty string on success, otherwise a
// message for the user (the destination is left as it was, no temporary file remains).
std::string write_file_atomically(const std::string& path, const std::string& bytes);

} // namespace compforms::job
