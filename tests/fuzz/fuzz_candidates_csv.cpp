// Fuzz target: the candidates CSV reader, in every encoding it takes.
//
// Contract (src/source/candidates_csv.hpp): read_candidates_csv reads ANY bytes; every
// problem is a diagnostic (a fatal one for a file unusable as a whole) and a row it
// reported is marked bad. It never throws, crashes, hangs or leaks: anything but a normal
// return is a bug. The first byte chooses the encoding (detect, UTF-8, Windows-874), the
// rest is the file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "base/diagnostic.hpp"
#include "source/candidates_csv.hpp"

using namespace compforms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    source::CandidatesCsvOptions options;
    switch (data[0] % 3) {
    case 0: options.encoding = std::nullopt; break;   // detect, as `pack` does by default
    case 1: options.encoding = source::TextEncoding::utf8; break;
    default: options.encoding = source::TextEncoding::windows874; break;
    }
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    Diagnostics diags;
    const source::CandidatesCsv csv = source::read_candidates_csv(bytes, "fuzz.csv", options, diags);
    for (const Diagnostic& d : diags.all()) format(d);
    // What --skip-bad writes: the good rows, each a candidate a sheet is filled from.
    if (csv.good().size() + csv.bad_count() != csv.rows.size()) std::abort();
    // A row marked bad has had its error reported.
    if (csv.bad_count() != 0 && !diags.has_errors()) std::abort();
    return 0;
}
