// Shared by the text tests: the Sarabun faces (found the way the product finds them), a
// paragraph style in Sarabun, and the eleven DL100 performance-criterion texts used as
// realistic paragraphs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "text/font.hpp"
#include "text/line_breaker.hpp"
#include "text/typesetter.hpp"

namespace compforms::text::testing {

inline const FontSet& fonts() {
    static const std::unique_ptr<FontSet> set = FontSet::load(find_font_dir());
    return *set;
}

// The criterion texts of DL100 (1.1 … 3.3), as in the standard.
inline const std::vector<std::string>& dl100_criteria() {
    static const std::vector<std::string> texts = {
        "วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได",
        "อธิบายผลกระทบของงานด้านบุคคลที่มีผลต่อความสำเร็จขององค์กรดิจิทัลได้",
        "ประเมินประสิทธิภาพการทำงานของหน่วยงาน",
        "กำหนดความเชื่อมโยงของระบบการบริหารผลการปฏิบัติงาน กับระบบการจ่ายค่าตอบแทนและระบบการพัฒนาคนในองค์กรได",
        "เสนอแนวทางและพัฒนากลยุทธ์ด้านงานบุคคล ซึ่งมีผลต่อการเพิ่มประสิทธิภาพการทำงานแบบดิจิทัลและแบบเชิงรุก",
        "ผลักดัน สนับสนุน และเป็นต้นแบบการมีวัฒนธรรมทำงานแบบดิจิทัล",
        "เสริมทักษะดิจิทัลที่เหมาะสมกับบทบาทและลักษณะงานให้แก่บุคคล",
        "บ่มเพาะคนพันธุ์ใหม่ที่สามารถปรับตัวได้อย่างพลวัตร (Agile) สามารถเชื่อมโยงความคิด (Connect the Dot) "
        "มีวัฒนธรรมดิจิทัล และสร้างสรรค์สิ่งใหม่เพื่อปรับปรุงงานของหน่วยงานให้มีประสิทธิภาพมากยิ่งขึ้น (Creativity)",
        "สร้างความผูกพันของบุคคลากร มีการวิเคราะห์ผลการปฏิบัติที่ส่งเสริมความก้าวหน้า",
        "จัดมีการจัดแผนสืบทอดตำแหน่งในตำแหน่งสำคัญ",
        "ใช้เครื่องมือระบบบริหารแรงงานสัมพันธ์ (Employee Relationship Management) มาพัฒนาให้เกิดความเป็นธรรมในการทำงาน "
        "โดยกำหนดตัวชี้วัดผลการปฏิบัติงานเป็นรายบุคคลให้สอดคล้องกับเป้าหมายของหน่วยงาน",
    };
    return texts;
}

// Sarabun Regular at 16 pt, `width` points wide.
inline ParagraphStyle style_of(double width, Align align, double indent = 0) {
    ParagraphStyle style;
    style.font = &fonts().regular();
    style.size = 16;
    style.width = width;
    style.align = align;
    style.first_line_indent = indent;
    return style;
}

// The offsets of a text's break opportunities.
inline std::vector<std::size_t> break_offsets(LineBreaker& breaker, std::string_view text) {
    std::vector<std::size_t> out;
    for (const BreakOpportunity& b : breaker.opportunities(text)) out.push_back(b.offset);
    return out;
}

} // namespace compforms::text::testing
