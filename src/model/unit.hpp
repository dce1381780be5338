// The unit of competency as plain data: what the source says, nothing about how it prints.
// Every node remembers the byte offset in its source file it was read from, so that a
// later stage (validation, a missing glyph while shaping) can report FILE:LINE:COLUMN.
#pragma once

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

// One block of a section's content: a paragraph or a bulleted item.
struct Block {
    enum class Kind { paragraph, bullet };
    Kind kind = Kind::paragraph;
    Text text;
};

// The body of a section. A section that says N/A stays present as such; an empty one
// (no blocks, not N/A) prints empty, as the source has it.
struct Content {
    bool not_applicable = false;
    std::vector<Block> blocks;
    SourcePos pos;
    bool empty() const { return !not_applicable && blocks.empty(); }
};

// A calendar date in the Gregorian calendar as written in the source (ISO 8601);
// printing turns it into the Buddhist Era.
struct Date {
    int year = 0, month = 0, day = 0;
};

enum class EditionStatus { new_unit, revised };

// Edition facts. Every field is optional: DL100's published text gives none of them.
// An absent field stays absent and is never filled from the clock.
struct Edition {
    std::optional<int> revision;            // ทบทวนครั้งที่
    std::optional<EditionStatus> status;    // สร้างใหม่ / ปรับปรุง
    std::optional<Date> date;               // publication date
    std::optional<std::string> publisher;
    SourcePos pos;
};

// A performance criterion (PC) with both of its codes.
struct Criterion {
    std::string number;        // as printed in the standard, e.g. "1.1"
    std::string code;          // book code, e.g. "DL101.01"
    std::string system_code;   // system code, e.g. "191372"
    Text text;
    SourcePos pos;             // of the <criterion> element
    SourcePos code_pos;        // of its code attribute
    SourcePos system_code_pos; // of its system-code attribute
};

// An element of competency (EOC) and its criteria.
struct Element {
    std::string code;          // e.g. "DL101"
    Text title;
    std::vector<Criterion> criteria;
    SourcePos pos;
    SourcePos code_pos;
};

// A reference from an evidence item or a method to a PC by its book code.
struct CodeRef {
    std::string code;
    SourcePos pos;
};

enum class EvidenceKind { performance, knowledge };

// An item of the evidence guide, with the PCs it supports.
struct EvidenceItem {
    std::string id;            // e.g. "PE1"
    EvidenceKind kind = EvidenceKind::performance;
    Text text;
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

// A definition of the range statement: its term and its full verbatim text
// (the text begins with the term, as the standard prints it).
struct Definition {
    Text term;
    Text text;
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
    std::vector<EvidenceItem> performance_evidence; // 14 (ก)
    std::vector<EvidenceItem> knowledge_evidence;   // 14 (ข)
    Content assessment_guidance;        // 14 (ค)
    Content range;                      // 15.
    Content range_guidance;             // 15 (ก)
    std::vector<Definition> definitions;// 15 (ข)
    Content shared_units;               // 16.
    Content shared_industries;          // 17.
    std::vector<Method> methods;        // 18.
};

// Every criterion of the unit, element by element.
std::vector<const Criterion*> all_criteria(const Unit& unit);

} // namespace compforms::model
