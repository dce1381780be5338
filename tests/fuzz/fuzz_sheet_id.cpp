// Fuzz target: the sheet ID parser, the text a scanned page's QR code holds.
//
// Contract (src/forms/sheet_id.hpp): decode_sheet_id takes ANY bytes and returns an ID or
// nothing; it never throws, crashes or hangs. An ID it accepts is one this program could
// have written: encoding it gives back the very same text, and its page lies in 1..N.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "forms/sheet_id.hpp"

using namespace compforms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<forms::SheetId> id = forms::decode_sheet_id(text);
    if (!id) return 0;
    if (id->page < 1 || id->page > id->pages || id->unit.empty()) std::abort();
    if (forms::encode_sheet_id(*id) != text) std::abort();
    return 0;
}
