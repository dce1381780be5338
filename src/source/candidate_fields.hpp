// The pieces of a candidates CSV that are about meaning rather than syntax: which column
// a header names, how a field is cleaned, and how an assessment date is written.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/unit.hpp"

namespace compforms::source {

enum class CandidateColumn { id, name, centre, date, assessor };

// Matches a header cell in English or Thai, ignoring case, blanks, '_' and '-':
// "candidate_id"/"Candidate ID"/"เลขประจำตัว", "name"/"ชื่อ-นามสกุล", "centre"/"center"/
// "ศูนย์ประเมิน", "date"/"วันที่ประเมิน", "assessor"/"ผู้ประเมิน".
std::optional<CandidateColumn> match_column(std::string_view header);
// The column's canonical English name and its Thai heading, for messages.
const char* column_name(CandidateColumn column);
const char* column_thai_name(CandidateColumn column);

// The most characters a field may hold: an ID is a code, a name or a centre a line of a
// form. Longer is a row error, checked before any other work on the field.
std::size_t max_field_length(CandidateColumn column);

// What is wrong with a cleaned field, or empty: a control character (NUL, ESC, …; tabs and
// line breaks are spaces by then), or more characters than max_field_length.
std::string field_problem(CandidateColumn column, std::string_view value);

// An ID as a person reads it: without the characters that print as nothing (zero-width
// space and joiners, soft hyphen, word joiner, BOM: Unicode's default-ignorable code
// points). Two IDs with the same key print identically, so they are one candidate twice.
std::string printed_id(std::string_view id);

// Trims blanks (ASCII, NBSP, zero-width space, stray BOM) at both ends, turns runs of
// spaces, tabs and line breaks inside into one space, and NFC-normalises, so the same name
// typed on two keyboards compares equal.
std::string clean_field(std::string_view utf8);

// "2026-11-24" (Gregorian) or "24/11/2569" (day/month/Buddhist Era year, as Thai forms
// write it); Thai digits accepted. A date that does not exist is an error.
struct DateParse {
    std::optional<model::Date> date;
    std::string error;   // set when date is empty
};
DateParse parse_candidate_date(std::string_view text);

bool is_real_date(int year, int month, int day);

} // namespace compforms::source
