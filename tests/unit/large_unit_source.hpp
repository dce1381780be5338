// A large but valid unit source, generated: `elements` elements of `criteria` PCs each,
// every PC with a Thai text, every element with its own evidence item and method.
// 1000 x 90 gives ~30 MB. Shared by the loader test and bench/bench_unit_loader.cpp.
#pragma once

#include <cstdio>
#include <string>

namespace compforms::test {

inline std::string large_element_code(int e) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "Z%c%03d", 'A' + e / 1000 % 26, e % 1000);
    return buf;
}

inline std::string large_unit_source(int elements, int criteria) {
    std::string xml;
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<unit xmlns=\"urn:compforms:unit:1\" format-version=\"1.0\">\n"
           "<kind>หน่วยสมรรถนะ</kind><group>กลุ่ม</group><edition/><code>ZZ100</code><title>ทดสอบขนาดใหญ่</title>\n"
           "<occupations><na/></occupations><description><na/></description><level/><sector><na/></sector>\n"
           "<other-occupations><na/></other-occupations><licensing><na/></licensing>\n<elements>\n";
    std::string evidence, methods;
    unsigned system_code = 1000000;
    for (int e = 0; e < elements; ++e) {
        std::string code = large_element_code(e);
        xml += "<element code=\"" + code + "\">\n  <title>สมรรถนะย่อยที่ " + std::to_string(e + 1) + "</title>\n";
        std::string covers;
        for (int k = 1; k <= criteria; ++k) {
            char pc[16];
            std::snprintf(pc, sizeof pc, "%s.%02d", code.c_str(), k);
            xml += "  <criterion number=\"" + std::to_string(e + 1) + "." + std::to_string(k) + "\" code=\"" + pc +
                   "\" system-code=\"" + std::to_string(system_code++) +
                   "\">วิเคราะห์และระบุคุณสมบัติคนพันธุ์ใหม่ที่ต้องการเพื่อการพัฒนาองค์กรดิจิทัลได้ (Digital DNA)</criterion>\n";
            covers += (covers.empty() ? "" : " ") + std::string(pc);
        }
        xml += "</element>\n";
        evidence += "<evidence id=\"E" + std::to_string(e) + "\" covers=\"" + covers + "\">ประวัติการทำงาน</evidence>\n";
        methods += "<method id=\"M" + std::to_string(e) + "\" covers=\"" + covers + "\">สอบข้อเขียน</method>\n";
    }
    xml += "</elements>\n<prerequisites><na/></prerequisites><skills><na/></skills><knowledge><na/></knowledge>\n"
           "<evidence-guide><performance-evidence>\n" + evidence +
           "</performance-evidence><knowledge-evidence/><assessment-guidance><na/></assessment-guidance></evidence-guide>\n"
           "<range><statement><na/></statement><guidance><na/></guidance><definitions/></range>\n"
           "<shared-units><na/></shared-units><shared-industries><na/></shared-industries>\n<assessment-methods>\n" +
           methods + "</assessment-methods>\n</unit>\n";
    return xml;
}

} // namespace compforms::test
