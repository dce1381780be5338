// Writing an output so that nobody ever sees half of it and nothing planted in the output
// folder can redirect it:
// - the bytes go to a new file `.compforms-<pid>-<16 random hex digits>.tmp` in the same
//   folder, created exclusively and without following links (O_CREAT|O_EXCL|O_NOFOLLOW): a
//   file or symlink planted under that name makes the creation fail instead of being
//   written through, and the random part makes the name unguessable;
// - they are synced to the disk before the rename, so a power loss never leaves an empty
//   file under the final name;
// - the rename replaces whatever the final name was (a symlink there is replaced, never
//   followed).
// The temporary name has a fixed length, so any final name the file system allows works.
#pragma once

#include <string>

namespace compforms {

// Writes `bytes` to `path`. Returns an empty string on success, otherwise a message for
// the user; the destination is then as it was and no temporary file remains.
std::string write_file_atomically(const std::string& path, const std::string& bytes);

// Removes the temporary files of earlier runs killed before they could (`kill -9`):
// `.compforms-<pid>-….tmp` in `dir` whose process no longer runs. Another run writing into
// the same folder at the same time keeps its own.
void remove_stale_temporaries(const std::string& dir);

} // namespace compforms
