#include "text/script_itemiser.hpp"

#include <hb.h>

#include "base/utf8.hpp"

namespace compforms::text {

namespace {

enum class Kind { thai, other, common };

Kind classify(hb_unicode_funcs_t* funcs, char32_t cp) {
    if (cp >= 0x0E00 && cp <= 0x0E7F) return Kind::thai;
    const hb_script_t script = hb_unicode_script(funcs, cp);
    if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED || script == HB_SCRIPT_UNKNOWN)
        return Kind::common;
    return Kind::other;
}

} // namespace

std::vector<ScriptRun> itemise_scripts(std::string_view text) {
    std::vector<ScriptRun> runs;
    hb_unicode_funcs_t* funcs = hb_unicode_funcs_get_default();
    std::size_t pos = 0;
    bool have_script = false;   // false while only common characters have been seen
    while (pos < text.size()) {
        const std::size_t start = pos;
        const Kind kind = classify(funcs, utf8::decode(text, pos));
        if (kind == Kind::common) {
            if (runs.empty()) runs.push_back({start, 0, RunScript::latin});
            runs.back().length = pos - runs.back().offset;
            continue;
        }
        const RunScript script = kind == Kind::thai ? RunScript::thai : RunScript::latin;
        if (!have_script) {
            // Leading common characters take the script of the first strong one.
            have_script = true;
            if (runs.empty()) runs.push_back({start, 0, script});
            runs.back().script = script;
        } else if (runs.back().script != script) {
            runs.push_back({start, 0, script});
        }
        runs.back().length = pos - runs.back().offset;
    }
    return runs;
}

} // namespace compforms::text
