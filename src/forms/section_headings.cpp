#include "forms/section_headings.hpp"

#include <stdexcept>

#include "layout/thai_formats.hpp"

namespace compforms::forms {
namespace {

// Wording as DL100-standard.txt prints it.
constexpr SectionHeading kSections[kSectionCount] = {
    {1, "รหัสหน่วยสมรรถนะ", "", ""},
    {2, "ชื่อหน่วยสมรรถนะ", "", ""},
    {3, "ทบทวนครั้งที่", "", ""},
    {4, "สร้างใหม่ / ปรับปรุง", "", ""},
    {5, "สำหรับชื่ออาชีพและรหัสอาชีพ", "Occupational Classification", ""},
    {6, "คำอธิบายหน่วยสมรรถนะ", "Description of Unit of Competency", ""},
    {7, "สำหรับระดับคุณวุฒิ", "", ""},
    {8, "กลุ่มอาชีพ", "Sector", ""},
    {9, "ชื่ออาชีพและรหัสอาชีพอื่นที่หน่วยสมรรถนะนี้สามารถใช้ได้", "", "(ถ้ามี)"},
    {10, "ข้อกำหนดหรือกฎระเบียบที่เกี่ยวข้อง", "Licensing or Regulation Related", "(ถ้ามี)"},
    {11, "สมรรถนะย่อยและเกณฑ์การปฏิบัติงาน", "Elements and Performance Criteria", ""},
    {12, "ความรู้และทักษะก่อนหน้าที่จำเป็น", "Pre-requisite Skill & Knowledge", ""},
    {13, "ทักษะและความรู้ที่ต้องการ", "Required Skills and Knowledge", ""},
    {14, "หลักฐานที่ต้องการ", "Evidence Guide", ""},
    {15, "ขอบเขต", "Range Statement", ""},
    {16, "หน่วยสมรรถนะร่วม", "", "(ถ้ามี)"},
    {17, "อุตสาหกรรมร่วม/กลุ่มอาชีพร่วม", "", "(ถ้ามี)"},
    {18, "รายละเอียดกระบวนการและวิธีการประเมิน", "Assessment Description and Procedure", ""},
};

} // namespace

const SectionHeading& section_heading(int number) {
    if (number < 1 || number > kSectionCount)
        throw std::out_of_range("section " + std::to_string(number) + " is not 1-18");
    return kSections[number - 1];
}

std::string section_heading_text(int number, bool thai_digits) {
    const SectionHeading& h = section_heading(number);
    std::string n = std::to_string(number) + ".";
    if (thai_digits) n = layout::to_thai_digits(n);
    std::string s = n + " " + h.thai;
    if (*h.english) s += std::string(" (") + h.english + ")";
    if (*h.note) s += std::string(" ") + h.note;
    return s;
}

} // namespace compforms::forms
