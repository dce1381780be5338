// The fixed wording of a unit booklet: the 18 numbered section headings, the lettered
// sub-headings and the column heads of the elements table, as the published standard
// prints them (Thai heading, English sub-title in parentheses, "(ถ้ามี)" where optional).
#pragma once

#include <string>

namespace compforms::forms {

constexpr int kSectionCount = 18;

struct SectionHeading {
    int number = 0;          // 1..18
    const char* thai = "";   // e.g. "สำหรับชื่ออาชีพและรหัสอาชีพ"
    const char* english = "";// e.g. "Occupational Classification"; empty when the standard has none
    const char* note = "";   // e.g. "(ถ้ามี)"; empty when none
};

// Section `number` (1..18); throws std::out_of_range otherwise.
const SectionHeading& section_heading(int number);

// "5. สำหรับชื่ออาชีพและรหัสอาชีพ (Occupational Classification)"; with thai_digits the
// section number is printed in Thai digits ("๕."), the words never change.
std::string section_heading_text(int number, bool thai_digits = false);

// The heading above the numbered sections.
inline constexpr const char* kDetailsHeading = "รายละเอียดหน่วยสมรรถนะ";
inline constexpr const char* kRevisionLabel = "ทบทวนครั้งที่";
inline constexpr const char* kStatusNew = "สร้างใหม่";
inline constexpr const char* kStatusRevised = "ปรับปรุง";
inline constexpr const char* kNotApplicable = "N/A";

// Lettered sub-headings of sections 13, 14 and 15.
inline constexpr const char* kSkillsHeading = "(ก) ความต้องการด้านทักษะ";
inline constexpr const char* kKnowledgeHeading = "(ข) ความต้องการด้านความรู้";
inline constexpr const char* kPerformanceEvidenceHeading = "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)";
inline constexpr const char* kKnowledgeEvidenceHeading = "(ข) หลักฐานความรู้ (Knowledge Evidence)";
inline constexpr const char* kAssessmentGuidanceHeading = "(ค) คำแนะนำในการประเมิน";
// The methods some standards list inside section 14, after (ค).
inline constexpr const char* kMethodNotesHeading = "วิธีการประเมิน";
inline constexpr const char* kRangeGuidanceHeading = "(ก) คำแนะนำ";
inline constexpr const char* kDefinitionsHeading = "(ข) คำอธิบายรายละเอียด";

// Column heads of the table of section 11, each printed on the lines given here (a code
// column is only as wide as a code, so its head is cut where a Thai reader expects).
struct ColumnHead {
    const char* lines[3];
};
// A code column at most: a unit's codes may run to 40 characters (ECM-ZZZ-5-011ZA.01 and
// longer), and a column fitted to them would leave the criterion a few letters a line. A
// longer code wraps inside its cell (its characters, wrap aside, extract as written).
inline constexpr double kCodeColumnAtMost = 42 * 72 / 25.4;

inline constexpr ColumnHead kColumnElement = {{"หน่วยสมรรถนะย่อย", "(EOC)", nullptr}};
inline constexpr ColumnHead kColumnCriterion = {{"เกณฑ์ในการปฏิบัติงาน", "(Performance Criteria)", nullptr}};
inline constexpr ColumnHead kColumnBookCode = {{"รหัส PC", "(ตามเล่ม", "มาตรฐาน)"}};
inline constexpr ColumnHead kColumnSystemCode = {{"รหัส PC", "(จากระบบ)", nullptr}};
inline constexpr ColumnHead kColumnAssessment = {{"วิธีการประเมิน", "(Assessment)", nullptr}};

} // namespace compforms::forms
