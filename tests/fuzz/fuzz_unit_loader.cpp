// Fuzz target: the unit loader, bytes -> diagnostics.
//
// Contract (src/source/unit_loader.hpp): load_unit_from_text turns ANY bytes, XML or not,
// UTF-8 or not, into a LoadedUnit whose problems are diagnostics. It never throws, never
// crashes, never hangs and never leaks; so everything but a normal return is a bug here.
// The diagnostics are formatted as the command line prints them, so a message built from
// the input's bytes is exercised too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostic.hpp"
#include "source/unit_loader.hpp"

using namespace compforms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    const source::LoadedUnit loaded = source::load_unit_from_text("fuzz.xml", std::move(bytes));
    for (const Diagnostic& d : loaded.diagnostics.all()) format(d);
    return 0;
}
