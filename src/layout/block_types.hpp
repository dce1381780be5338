// The kinds of block the flow layouter sets, as plain data. A forms author builds a
// sequence of these (wrapped in layout::Block, see block.hpp) and FlowLayouter makes pages.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text_origin.hpp"
#include "layout/style.hpp"

namespace compforms::layout {

// A bookmark to make at a block (or table row): its title and depth (0 = top).
struct OutlineTarget {
    std::string title;
    int level = 0;
};

// Running text. Break rules: at least 2 lines at a page foot and at a page head.
struct Paragraph {
    std::string text;
    TextStyle style;
    ParagraphFormat format;
    std::string link_dest;   // when set, the whole paragraph links to this named destination
    TextOrigin origin;       // where the text stands in its source, when it came from one
    bool change_bar = false; // a bar in the outer margin beside every line (change_bars.hpp)

    Paragraph() = default;
    explicit Paragraph(std::string t, TextStyle st = {}, ParagraphFormat f = {})
        : text(std::move(t)), style(st), format(f) {}
    Paragraph& from(TextOrigin o) { origin = std::move(o); return *this; }
};

// A heading: bold by default, never left alone at a page foot (kept with the next block).
struct Heading {
    std::string text;
    TextStyle style = bold_style();
    ParagraphFormat format = {text::Align::left, 0, 0, 0, 6, 3};

    Heading() = default;
    explicit Heading(std::string t, double size = kBodySize) : text(std::move(t)), style(bold_style(size)) {}
};

// A bulleted or numbered list. The bullet or number is drawn in the hanging area
// [left_indent, left_indent + hang); the item text starts at left_indent + hang.
struct ListBlock {
    enum class Kind { bullet, numbered };
    Kind kind = Kind::bullet;
    std::vector<std::string> items;
    std::vector<TextOrigin> origins;   // per item, where it stands in its source (may be shorter)
    // Per item (may be shorter): the label to print instead of the bullet or number, as a
    // standard prints it ("7", "1."); empty for the list's own mark. The hanging area grows
    // to hold the widest label.
    std::vector<std::string> labels;
    // Per item (may be shorter): words set in `lead_style` at the start of the item's first
    // line, before its text (a defined term before its definition); empty for none.
    std::vector<std::string> leads;
    // Per item (may be shorter): a bar in the outer margin beside the item's lines.
    std::vector<bool> change_bars;
    TextStyle lead_style = bold_style();
    TextStyle style;              // thai_digits also converts the list numbers
    text::Align align = text::Align::left;
    double left_indent = 0;
    double hang = mm(8);
    int start = 1;                // first number of a numbered list
    std::string number_suffix = ".";
    std::string bullet = "\xE2\x80\xA2";   // "•" in the text font
    double item_spacing = 0;      // points between items
    double space_before = 0;
    double space_after = 0;

    ListBlock() = default;
    ListBlock(Kind k, std::vector<std::string> its, TextStyle st = {})
        : kind(k), items(std::move(its)), style(st) {}
};

// Vertical space (dropped at the top of a page).
struct Spacer {
    double height = 0;
};

// A horizontal rule across the content box (minus indents), drawn as a path.
struct Rule {
    double line_width = 0.5;
    double left_indent = 0;
    double right_indent = 0;
    double space_before = 4;
    double space_after = 4;
    Color color;
};

// One square box (drawn as a path) with its label after it, ticked or not.
struct CheckBox {
    std::string label;
    bool ticked = false;
    // When not empty, the box is also a FieldItem of this name and choice: a box a form
    // reads back from a scan.
    std::string field;
    int choice = 0;

    CheckBox(std::string lbl, bool tick = false, std::string fld = {}, int ch = 0)
        : label(std::move(lbl)), ticked(tick), field(std::move(fld)), choice(ch) {}
};

// A row of check boxes after an optional leading label, e.g.
// "สำหรับระดับคุณวุฒิ  ☐1 ☐2 … ☐8" or "☑ สร้างใหม่  ☐ ปรับปรุง". Wraps onto more lines
// when the boxes do not fit the width. Also usable as table-cell content.
struct CheckBoxRow {
    std::string label;            // leading text, may be empty
    std::vector<CheckBox> boxes;
    TextStyle style;
    double box_size = 0;          // side in points; 0 = 0.6 × font size
    double gap = 0;               // space between one box's label and the next box; 0 = 1 em
    double left_indent = 0;
    double space_before = 0;
    double space_after = 0;

    CheckBoxRow() = default;
    CheckBoxRow(std::string lbl, std::vector<CheckBox> bs, TextStyle st = {})
        : label(std::move(lbl)), boxes(std::move(bs)), style(st) {}
};

// "label ........................" with the dots drawn as a dotted path. An optional
// value is printed on the line (e.g. a candidate's name already known). A line named as a
// slot reports where its value goes (a SlotItem) instead, for a form filled in later.
struct FillInLine {
    std::string label;
    std::string value;
    std::string slot;             // when set, the line is the fill-in slot of this name
    TextStyle style;
    double width = 0;             // length of the dotted line in points; 0 = to the right edge
    double left_indent = 0;
    double space_before = 0;
    double space_after = 0;

    FillInLine() = default;
    explicit FillInLine(std::string lbl, double w = 0, TextStyle st = {})
        : label(std::move(lbl)), style(st), width(w) {}
};

// The four lines of a Thai signature block:
//   ลงชื่อ .................. / ( .................. ) / ตำแหน่ง .................. /
//   วันที่ ...... เดือน ............... พ.ศ. ..........
// with every dotted part drawn as a path. Kept together on one page.
struct SignatureBlock {
    std::string name;             // printed inside the parentheses when given
    // When set, the block reports slots for a filled copy instead: "<slot>.name" inside the
    // parentheses, "<slot>.day", "<slot>.month", "<slot>.year" on the date's dotted parts.
    std::string slot;
    std::string position;         // printed after ตำแหน่ง when given
    std::string role;             // optional text after the signature line, e.g. "ผู้ประเมิน"
    TextStyle style;
    double width = mm(80);        // width of the whole block
    double left_indent = -1;      // points from the content box's left; < 0 = flush right
    double space_before = 12;
    double space_after = 0;
};

// Signature blocks side by side, e.g. the assessor's and the candidate's at the foot of a
// scoring sheet: the width is cut into one column per block, in proportion to `shares`
// (equal when empty or of another size), with `gap` between columns, and each block is set
// in its column as a SignatureBlock is set in the content box (its width capped by the
// column's, its left_indent from the column's left, < 0 = flush right in the column).
// The row is kept together on one page. The blocks' own space before and after are not
// used; the row's are.
struct SignatureRow {
    std::vector<SignatureBlock> blocks;   // left to right
    std::vector<double> shares;           // relative column widths, one per block
    double gap = mm(10);                  // between two columns
    double space_before = 12;
    double space_after = 0;
};

// Fill-in lines side by side on one line, e.g. "เลขประจำตัว ....  วันที่ประเมิน ....": the
// width is cut into one column per line, in proportion to `shares` (equal when empty or
// of another size), with `gap` between columns; each line is set in its column as a
// FillInLine is set in the content box (width 0 = to the column's right edge). A row is
// one band: it never breaks.
struct FillInRow {
    std::vector<FillInLine> lines;   // left to right
    std::vector<double> shares;      // relative column widths, one per line
    double gap = mm(6);              // between two columns
    double space_before = 0;
    double space_after = 0;
};

} // namespace compforms::layout
