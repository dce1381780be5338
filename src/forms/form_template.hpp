// A form laid out once and filled many times. The blank form's pages become shared item
// lists (the PdfWriter encodes them once per run and reuses the bytes); a filled copy is
// pages pointing at them plus only the candidate's values, set at the fill-in slots the
// layout reported (layout::SlotItem).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "forms/sheet_id.hpp"
#include "layout/document.hpp"
#include "text/font.hpp"
#include "text/text_line.hpp"
#include "text/typesetter.hpp"

namespace compforms::forms {

struct Slot {
    std::size_t page = 0;      // index into the form's pages
    double x = 0;              // the room's left edge (where a left-aligned value starts)
    double baseline = 0;
    double width = 0;          // the room's width (points)
    const text::Font* font = nullptr;
    double size = 0;
    layout::SlotAlign align = layout::SlotAlign::left;
    bool cut = false;          // cut with "…" rather than refused when too wide (see SlotItem)
    bool leads = false;        // drawn before the form's items (see SlotItem)
};

// Sets values for slots. Owns its own Typesetter, renewed now and then, so the shaping
// cache does not grow with the number of candidates (every name is new text).
class SlotSetter {
public:
    SlotSetter();
    ~SlotSetter();
    // Values shrink to fit their line, down to this fraction of the slot's size (8 pt on
    // the forms' 16 pt lines, as small as a printed form is read); never further.
    static constexpr double kMinShrink = 0.5;
    // Whether the value fits its slot at kMinShrink of the slot's size or larger (a slot
    // that cuts takes any value).
    bool fits(const std::string& value, const Slot& slot);
    // The value as one line in the slot's font, shrunk if it is wider than the slot, and
    // then cut with "…" in a slot that cuts. A value that does not fit (see fits) is a
    // caller's bug: throws std::logic_error rather than print over what stands beside it.
    std::shared_ptr<const text::TextLine> set(const std::string& value, const Slot& slot);

private:
    std::unique_ptr<text::Typesetter> ts_;
    std::size_t uses_ = 0;
};

using SlotValues = std::vector<std::pair<std::string, std::string>>;   // slot name, value

// A box a scan is read at (layout::FieldItem): its item (PC code, element or unit code,
// evidence ID), which box of the item (0 = ผ่าน/มี, 1 = ไม่ผ่าน/ไม่มี), where it stands.
struct Field {
    std::size_t page = 0;
    std::string item;
    int choice = 0;
    double x = 0, y = 0, size = 0;   // top-left corner and side, points
};

// What a copy prints besides its slot values: whose it is (the sheet code's candidate;
// empty: a blank form) and the boxes recorded as ticked, item → choice (a re-print of
// results read back or typed in).
struct CopyMarks {
    std::string candidate;
    std::map<std::string, int> ticks;
};

class FormTemplate {
public:
    FormTemplate() = default;
    // `laid_out` is the form laid out with a FillInLine::slot for each of `slot_names`.
    // Throws std::logic_error when one of them is missing (a form bug).
    FormTemplate(layout::Document laid_out, const std::vector<std::string>& slot_names);

    // The slot whose value does not fit it (SlotSetter::fits), or empty when all fit.
    std::string unfit(const SlotValues& values, SlotSetter& setter) const;

    // The blank form: pages whose items are all shared.
    const layout::Document& blank() const { return blank_; }
    std::size_t page_count() const { return blank_.pages.size(); }
    // Each slot name with where it stands: once, or on every page (the running header).
    const std::map<std::string, std::vector<Slot>>& slots() const { return slots_; }

    // Makes the blank form's shared pages reserve the glyphs of every value a batch will
    // print (layout::ReservedText), so the shared font subset holds them all and no
    // filled copy needs a font subset of its own: a copy is then its shared part, written
    // verbatim, and a content stream of a few lines. Only values that bring a glyph the
    // form and the earlier values lack are kept, so memory stays flat however many
    // candidates there are. Call before any copy is rendered; the copies of one batch
    // then depend on all its values (same batch, same bytes).
    void reserve(const std::vector<SlotValues>& batch, SlotSetter& setter);

    // The boxes a scan is read at, page by page in reading order.
    const std::vector<Field>& fields() const { return fields_; }

    // Every page of every copy carries the code of its sheet ID (forms/sheet_code.hpp): the
    // registration marks join the shared pages, and each copy adds its QR code and the ID
    // in small print at `small_print` (a slot on the footer's line; its page is ignored).
    // `id` names the unit, edition and form; candidate and page are each copy's.
    void add_sheet_code(const SheetId& id, const Slot& small_print, SlotSetter& setter);
    const std::optional<SheetId>& sheet_code() const { return code_; }

    // Appends the form's pages to `out`, with each value printed at its slot (empty values
    // and unknown slot names print nothing) and `marks` (sheet code, ticks) on them.
    // Returns the index of the first page appended. The blank form's outline entries are
    // appended too (when `copy_outline`), each `outline_shift` levels deeper.
    std::size_t append_filled(layout::Document& out, const SlotValues& values, SlotSetter& setter,
                              const CopyMarks& marks, bool copy_outline = true, int outline_shift = 0) const;
    // The blank form as printed: its pages with a blank form's sheet code.
    layout::Document printed_blank(SlotSetter& setter) const;

private:
    void add_copy_marks(layout::Document& out, std::size_t first, const CopyMarks& marks, SlotSetter& setter) const;

    layout::Document blank_;
    std::map<std::string, std::vector<Slot>> slots_;
    std::vector<Field> fields_;
    std::optional<SheetId> code_;
    Slot code_print_;
};

} // namespace compforms::forms
