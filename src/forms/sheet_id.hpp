// The sheet ID: what the code on every page of an assessment form says, so a scanned page
// goes back to its unit, edition, form, candidate and page. One text, both in the QR code
// and in small print beside it, e.g.
//
//     CF1 DL100 - S DL-2569-0001 1/2 5F1C0A3B
//
// fields separated by one space: the format ("CF1"), the unit code, the edition ("-", or
// "R<revision>" and/or "D<yyyymmdd>"), the form ("S" scoring sheet, "C" evidence checklist),
// the candidate ID ("-" on a blank form), the page "n/N", and a CRC-32 of everything before
// it (8 upper-case hex digits). In a field a Thai letter is written "*XX" (its offset in
// U+0E00..U+0E7F), and a space, '%', '*', a lone "-" and any other byte that is not
// printable ASCII "%XX": any candidate ID round-trips, and the text is ASCII (which every
// QR reader returns as it is). The QR's error correction guards the symbol, the check
// value a misread or hand-made one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/unit.hpp"

namespace compforms::forms {

enum class SheetForm { scoresheet, checklist };

struct SheetId {
    std::string unit;        // the unit code
    std::string edition;     // edition_token(unit.edition)
    SheetForm form = SheetForm::scoresheet;
    std::string candidate;   // empty: a blank form
    int page = 1;            // 1-based
    int pages = 1;
    bool operator==(const SheetId& o) const;
};

inline constexpr const char* kSheetIdFormat = "CF1";

// The edition as a sheet ID names it: "R2", "D20240115", "R2D20240115", or empty (printed "-").
std::string edition_token(const model::Edition& edition);

// The form as RESULTS.csv names it: "scoresheet" / "checklist" (the commands' names).
const char* form_name(SheetForm form);

std::string encode_sheet_id(const SheetId& id);
// The ID a text holds, or nothing when it is not one this program wrote (another format,
// a bad field, a page outside 1..N, a check value that does not match). Takes any bytes.
std::optional<SheetId> decode_sheet_id(std::string_view text);

std::uint32_t crc32(std::string_view bytes);

} // namespace compforms::forms
