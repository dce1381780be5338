// Splits a paragraph into runs of one script, so each run is shaped with the right
// script and language: HarfBuzz's guess from the first strong character shapes
// "(Agile) ปี่" entirely as Latin and loses the Thai mark forms.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace compforms::text {

enum class RunScript { thai, latin };

struct ScriptRun {
    std::size_t offset = 0;   // byte offset into the paragraph
    std::size_t length = 0;   // bytes
    RunScript script = RunScript::latin;
};

// Runs cover the whole text in order. Common and inherited characters (spaces, digits,
// punctuation, combining marks) join the run before them, or the run after them at the
// start of the text. Anything that is neither Thai nor common is shaped as Latin.
std::vector<ScriptRun> itemise_scripts(std::string_view text);

} // namespace compforms::text
