// Reads the candidates CSV that `compforms pack` fills scoring sheets from.
// Every problem is reported (with the line where its record starts), not just the first,
// and each bad row is marked, so the caller can refuse to write anything, or with
// --skip-bad write the good rows only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/candidate.hpp"
#include "base/diagnostic.hpp"
#include "source/text_encoding.hpp"

namespace compforms::source {

struct CandidatesCsvOptions {
    std::optional<TextEncoding> encoding;   // nullopt: detect (see detect_encoding)
};

struct CandidateRow {
    model::Candidate candidate;   // candidate.line is the record's first line
    bool bad = false;             // an error was reported for this row
};

struct CandidatesCsv {
    std::vector<CandidateRow> rows;   // every non-blank record after the header, in order
    TextEncoding encoding = TextEncoding::utf8;   // as used to decode the file
    bool fatal = false;               // the file as a whole is unusable (empty, no ID column, ...)

    std::vector<model::Candidate> good() const;   // the rows that are not bad
    std::size_t bad_count() const;
};

// `file` names the CSV in messages ("c.csv:4: error: ...").
CandidatesCsv read_candidates_csv(std::string_view bytes, const std::string& file,
                                  const CandidatesCsvOptions& options, Diagnostics& diags);

// Reads the file from disk; a file that cannot be read is a fatal error in `diags`.
CandidatesCsv load_candidates_csv(const std::string& path, const CandidatesCsvOptions& options,
                                  Diagnostics& diags);

} // namespace compforms::source
