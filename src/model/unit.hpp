// The unit of competency as plain data: what the source says, nothing about how it prints.
// Every node remembers the byte offset in its source file it was read from, so that a
// later stage (validation, a missing glyph while shaping) can report FILE:LINE:COLUMN.
#pragma once

#include <cstdio>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/text_origin.hpp"

namespace compforms::model {

// A byte offset into the source file; npos when the node was not read from a file.
struct SourcePos {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::size_t offset = npos;
    bool known() const { return offset != npos; }
};

// A run of text (UTF-8, NFC, whitespace collapsed), where it starts in the source, and
// where each of its bytes stands there (whitespace was collapsed, entities decoded).
struct Text {
    std::string value;
    SourcePos pos;
    TextOrigin origin;
};

// One block of a section's content: a paragraph or a list item. An item prints its label
// ("1.", "7") as the standard prints it, slips included, or a bullet when it has none.
struct Block {
    enum class Kind { paragraph, bullet };
    Kind kind = Kind::paragraph;
    Text text;
    std::string label;
};

// The body of a section. A section that says N/A stays present as such, printing the
// standard's own words for it when it gives them ("ไม่มี"), else "N/A"; an empty one (no
// blocks, not N/A) prints empty, as the source has it.
struct Content {
    bool not_applicable = false;
    Text not_applicable_text;
    std::vector<Block> blocks;
    SourcePos pos;
    bool empty() const { return !not_applicable && blocks.empty(); }
};

// A calendar date in the Gregorian calendar as written in the source (ISO 8601);
// printing turns it into the Buddhist Era.
struct Date {
    int year = 0, month = 0, day = 0;

    friend bool operator<(const Date& a, const Date& b) {
        return a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day;
    }
    // As the source writes it and messages quote it: "2026-11-24".
    std::string iso() const {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        return buf;
    }
};

enum class EditionStatus { new_unit, revised };

// One line of an edition's modification history (format 1.1): which revision, when it was
// published, and what it changed. The booklet prints them as ประวัติการแก้ไข.
struct HistoryEntry {
    int revision = 0;
    Date date;
    Text summary;
    SourcePos pos;             // of the <entry> element
    SourcePos revision_pos;    // of its revision attribute
    SourcePos date_pos;        // of its date attribute
};

// Edition facts. Every field is optional: DL100's published text gives none of them.
// An absent field stays absent and is never filled from the clock.
struct Edition {
    std::optional<int> revision;            // ทบทวนครั้งที่
    std::optional<EditionStatus> status;    // สร้างใหม่ / ปรับปรุง
    std::optional<Date> date;               // publication date
    std::optional<std::string> publisher;
    std::vector<HistoryEntry> history;      // oldest first; empty when the source gives none
    SourcePos pos;
    SourcePos revision_pos;                 // of <revision> (unknown when absent)
    SourcePos date_pos;                     // of <date> (unknown when absent)
};

// A performance criterion (PC). Units of the DL family give it a book code and a system
// code; older published units give it only its number.
struct Criterion {
    std::string number;        // as printed in the standard, e.g. "1.1"
    std::string code;          // book code, e.g. "DL101.01"; empty when the unit gives none
    std::string system_code;   // system code, e.g. "191372"; empty when the unit gives none
    Text text;
    SourcePos pos;             // of the <criterion> element
    SourcePos number_pos;      // of its number attribute (unknown when absent)
    SourcePos code_pos;        // of its code attribute (unknown when absent)
    SourcePos system_code_pos; // of its system-code attribute (unknown when absent)
    // The code (book code, number or system code) of the PC of the previous edition this
    // one replaces, where matching by code or wording would not find it (format 1.1).
    std::string replaces;
    SourcePos replaces_pos;

    // How forms and messages name the PC: its book code, or its number where it has none.
    const std::string& name() const { return code.empty() ? number : code; }
};

// An element of competency (EOC) and its criteria, with the assessment the standard gives
// for it in section 11's third column, when it gives one.
struct Element {
    std::string code;          // e.g. "DL101", "50101.01"
    Text title;
    std::optional<Content> assessment;
    std::vector<Criterion> criteria;
    SourcePos pos;
    SourcePos code_pos;
};

// A reference from an evidence item or a method to PCs: a PC's book code, a PC's number,
// or an element's code (all its PCs). `pcs` holds the names (Criterion::name) of the PCs
// it stands for once the loader has resolved it; empty when it names nothing.
struct CodeRef {
    std::string code;
    SourcePos pos;
    std::vector<std::string> pcs;
};

enum class EvidenceKind { performance, knowledge };

// An item of the evidence guide, with the PCs it supports.
struct EvidenceItem {
    std::string id;            // e.g. "PE1"
    EvidenceKind kind = EvidenceKind::performance;
    Text text;
    std::string label;         // as the standard numbers it ("1."); a bullet when empty
    std::vector<CodeRef> covers;
    SourcePos pos;
};

// An assessment method (section 18), with the PCs it assesses.
struct Method {
    std::string id;            // e.g. "M1"
    Text text;
    std::vector<CodeRef> covers;
    SourcePos pos;
};

// A definition of the range statement: its full verbatim text and, when the standard
// names one, the term it defines (printed emphasised where the text begins with it).
struct Definition {
    Text term;                 // empty when the definition names no term
    Text text;
    std::string label;         // as the standard numbers it ("1."); a bullet when empty
    SourcePos pos;
};

// The whole unit, section by section in the order the standard numbers them.
struct Unit {
    std::string source_path;            // the file it was loaded from (for messages)
    std::string format_version;         // of the source format

    Text kind;                          // หน่วยสมรรถนะ (title block)
    Text group;                         // the group the unit belongs to
    Edition edition;

    Text code;                          // 1. รหัสหน่วยสมรรถนะ
    Text title;                         // 2. ชื่อหน่วยสมรรถนะ
                                        // 3./4. come from edition
    Content occupations;                // 5.
    Content description;                // 6.
    std::optional<int> level;           // 7. 1..8, absent when none is ticked
    SourcePos level_pos;
    Content sector;                     // 8.
    Content other_occupations;          // 9.
    Content licensing;                  // 10.
    std::vector<Element> elements;      // 11.
    Content prerequisites;              // 12.
    Content skills;                     // 13 (ก)
    Content knowledge;                  // 13 (ข)
    Content evidence_intro;             // 14, before (ก): a paragraph some standards open with
    std::vector<EvidenceItem> performance_evidence; // 14 (ก)
    std::vector<EvidenceItem> knowledge_evidence;   // 14 (ข)
    Content assessment_guidance;        // 14 (ค)
    Content method_notes;               // 14, after (ค): "วิธีการประเมิน" as some standards list it there
    Content range;                      // 15.
    Content range_guidance;             // 15 (ก)
    std::vector<Definition> definitions;// 15 (ข)
    Content shared_units;               // 16.
    Content shared_industries;          // 17.
    std::vector<Method> methods;        // 18.
    Content methods_not_applicable;     // 18. when it says N/A instead: no methods to cover PCs

    bool has_methods() const { return !methods_not_applicable.not_applicable; }
};

// Every criterion of the unit, element by element.
std::vector<const Criterion*> all_criteria(const Unit& unit);
// Whether any criterion has a book code / a system code (forms print only the columns that exist).
bool has_book_codes(const Unit& unit);
bool has_system_codes(const Unit& unit);

} // namespace compforms::model
