// File names for per-candidate outputs. Candidate IDs come from a spreadsheet, so they
// must never choose where a file goes: an unsafe ID is turned into a safe name, and every
// final path is checked to lie directly inside the output folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "model/candidate.hpp"
#include "base/diagnostic.hpp"

namespace compforms::job {

struct SafeStem {
    std::string stem;
    bool changed = false;   // the ID was not usable as is; the caller warns
};

// Allowed as is: ASCII letters and digits, '-' (not first), '_', '.' (not first, not "..") and Thai
// (U+0E00-U+0E7F), at most 100 bytes, not a Windows device name (CON, COM1, ...).
// Otherwise each disallowed character becomes '_', the result is shortened to fit, and
// "-" + 8 hex digits of the ID's FNV-1a hash are appended so distinct IDs stay distinct.
SafeStem safe_file_stem(std::string_view id);

std::uint32_t fnv1a_32(std::string_view bytes);

struct PlannedOutput {
    std::size_t candidate = 0;        // index into the candidates given
    std::filesystem::path path;       // DIR/<stem><suffix>
    bool renamed = false;             // stem differs from the ID
    bool clash = false;               // shares a file name with an earlier row: not to be written
};

// One path per candidate: DIR/<stem><suffix>, e.g. suffix "-scoresheet.pdf". Renamed IDs
// get a warning and clashing names (also when they differ only in letter case, as on
// Windows and macOS) an error naming both CSV lines, reported against `csv_file`.
// Throws std::logic_error if a path would fall outside DIR (a bug, not bad input).
// `also`: the suffixes of the candidate's other files, which a rename warning names too.
std::vector<PlannedOutput> plan_outputs(const std::vector<model::Candidate>& candidates,
                                        const std::filesystem::path& dir, std::string_view suffix,
                                        const std::string& csv_file, Diagnostics& diags,
                                        const std::vector<std::string>& also = {});

// True when `path`, lexically normalised, names an entry directly inside `dir`.
bool is_directly_inside(const std::filesystem::path& path, const std::filesystem::path& dir);

} // namespace compforms::job
