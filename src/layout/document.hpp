// The laid-out document: pages of positioned items. This is the boundary between layout
// (which knows nothing of PDF) and the PDF writer (the only code that knows libharu).
// Coordinates are points with the origin at the page's top-left corner, y growing down.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "text/text_line.hpp"

namespace compforms::layout {

constexpr double kA4Width = 595.2756;   // 210 mm
constexpr double kA4Height = 841.8898;  // 297 mm
constexpr double mm(double v) { return v * 72.0 / 25.4; }

struct Color {
    double r = 0, g = 0, b = 0;
};

// A set line whose baseline starts at (x, baseline).
struct TextItem {
    double x = 0;
    double baseline = 0;
    std::shared_ptr<const text::TextLine> line;
    Color color;
    double stroke = 0;   // outline stroke width in points (synthetic bold); 0 = filled only
    // Where the line's first character stands in its source file, when the text came from
    // one: the layout check (layout_check.hpp) reports a line it finds off the page there.
    std::optional<std::size_t> source_offset = std::nullopt;
};

// A straight rule or fill-in line (drawn as a path, never as characters).
struct LineItem {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
    bool dotted = false;
    Color color;
};

// A rectangle: a table cell border, a tick box, a shaded band.
struct RectItem {
    double x = 0, y = 0, w = 0, h = 0;   // (x, y) is the top-left corner
    double line_width = 0.5;
    bool stroke = true;
    bool fill = false;
    Color fill_color{0.92, 0.92, 0.92};
    Color stroke_color;
};

// A tick mark inside a box (drawn as a path).
struct TickItem {
    double x = 0, y = 0, size = 0;       // the box it ticks: top-left corner and side
    double width = 1.0;
};

// A named destination (e.g. a PC code "DL101.01") at height y of this page.
struct DestItem {
    std::string name;
    double y = 0;
};

// A clickable area linking to a named destination in the same document.
struct LinkItem {
    double x = 0, y = 0, w = 0, h = 0;
    std::string dest;
};

// Text whose glyphs the document's fonts must hold though nothing draws it here: a form
// shared by a batch reserves every value its copies will print, so the shared font subset
// holds them all and no copy needs a subset of its own.
struct ReservedText {
    std::shared_ptr<const text::TextLine> line;
};

// Where a value goes (a FillInLine's slot, a signature's name and date, a running
// header's candidate): a form laid out once reports its slots, and each filled copy prints
// a value there. Nothing is drawn for it. A name may stand on several pages (the running
// header): the value prints at each.
enum class SlotAlign { left, center, right };
struct SlotItem {
    std::string name;
    double x = 0;                  // the room's left edge: where a left-aligned value starts
    double baseline = 0;
    double width = 0;              // the room's width (points)
    const text::Font* font = nullptr;
    double size = 0;
    SlotAlign align = SlotAlign::left;
    // A value too wide for the room at half its size is cut with "…" (where the full value
    // is printed elsewhere: the running header), rather than refused.
    bool cut = false;
    // The value is drawn before the page's other items (Page::lead): a running header's.
    bool leads = false;
};

// Where a mark goes: a tick box a form reads back from a scanned copy (its item, e.g. a PC
// code, and which of the item's boxes: 0 = ผ่าน/มี, 1 = ไม่ผ่าน/ไม่มี). Nothing is drawn for
// it; the box itself is a RectItem at the same place.
struct FieldItem {
    std::string name;
    int choice = 0;
    double x = 0, y = 0, size = 0;       // the box: top-left corner and side
};

using Item = std::variant<TextItem, LineItem, RectItem, TickItem, DestItem, LinkItem, ReservedText, SlotItem, FieldItem>;

struct Page {
    double width = kA4Width;
    double height = kA4Height;
    // Items many pages share unchanged (the static part of a form): drawn first; the
    // writer may encode them once and reuse the bytes for every page that points at them.
    std::shared_ptr<const std::vector<Item>> shared;
    std::vector<Item> items;
    // The first `lead` items are drawn before the shared ones: a filled copy's running
    // header, so that its text opens the page's text as the header opens the page.
    std::size_t lead = 0;
};

// A bookmark: title, depth (0 = top), and where it points.
struct OutlineEntry {
    std::string title;
    int level = 0;
    std::size_t page = 0;   // index into Document::pages
    double y = 0;
};

struct Timestamp {
    int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;  // UTC
};

struct DocInfo {
    std::string title;
    std::string subject;
    std::string author;
    std::string creator = "compforms";
    std::string language = "th-TH";
    std::optional<Timestamp> creation_date;   // never the clock: from the source or SOURCE_DATE_EPOCH
};

// A file the document carries inside it, byte for byte: a booklet carries the unit source it
// was printed from (an associated file whose relationship is Source, as PDF/A-3 documents and
// Thai e-Tax invoices carry their XML), so a published PDF holds its data.
struct AttachedFile {
    std::string name;                          // the file's name, e.g. "DL100.xml"
    std::string bytes;
    std::string mime_type = "application/xml";
    std::string description;
};

struct Document {
    std::vector<Page> pages;
    std::vector<OutlineEntry> outline;
    DocInfo info;
    std::vector<AttachedFile> attachments;
};

} // namespace compforms::layout
