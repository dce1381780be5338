#!/usr/bin/env python3
"""Checks a booklet PDF against its unit source, reading the XML itself (not through the
compforms loader), so a text the loader or the booklet dropped is caught.

usage: booklet_check.py texts UNIT.xml          one expected string a line: every text of the
                                                source and the standard's fixed headings
       booklet_check.py nav UNIT.xml BOOKLET.pdf outline (qpdf --json) and named destinations
                                                (pdfinfo -dests) against the source
Exit 0 when everything holds, 1 otherwise (nav prints what is wrong)."""
import json, re, subprocess, sys, unicodedata
import xml.etree.ElementTree as ET

NS = "{urn:compforms:unit:1}"

# The 18 section headings as DL100-standard.txt prints them (section 4 is its two boxes).
HEADINGS = [
    "1. รหัสหน่วยสมรรถนะ",
    "2. ชื่อหน่วยสมรรถนะ",
    "3. ทบทวนครั้งที่",
    "4. สร้างใหม่ ปรับปรุง",
    "5. สำหรับชื่ออาชีพและรหัสอาชีพ (Occupational Classification)",
    "6. คำอธิบายหน่วยสมรรถนะ (Description of Unit of Competency)",
    "7. สำหรับระดับคุณวุฒิ",
    "8. กลุ่มอาชีพ (Sector)",
    "9. ชื่ออาชีพและรหัสอาชีพอื่นที่หน่วยสมรรถนะนี้สามารถใช้ได้ (ถ้ามี)",
    "10. ข้อกำหนดหรือกฎระเบียบที่เกี่ยวข้อง (Licensing or Regulation Related) (ถ้ามี)",
    "11. สมรรถนะย่อยและเกณฑ์การปฏิบัติงาน (Elements and Performance Criteria)",
    "12. ความรู้และทักษะก่อนหน้าที่จำเป็น (Pre-requisite Skill & Knowledge)",
    "13. ทักษะและความรู้ที่ต้องการ (Required Skills and Knowledge)",
    "14. หลักฐานที่ต้องการ (Evidence Guide)",
    "15. ขอบเขต (Range Statement)",
    "16. หน่วยสมรรถนะร่วม (ถ้ามี)",
    "17. อุตสาหกรรมร่วม/กลุ่มอาชีพร่วม (ถ้ามี)",
    "18. รายละเอียดกระบวนการและวิธีการประเมิน (Assessment Description and Procedure)",
]
SUBHEADINGS = [
    "รายละเอียดหน่วยสมรรถนะ",
    "(ก) ความต้องการด้านทักษะ", "(ข) ความต้องการด้านความรู้",
    "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)", "(ข) หลักฐานความรู้(Knowledge Evidence)",
    "(ค) คำแนะนำในการประเมิน", "(ก) คำแนะนำ", "(ข) คำอธิบายรายละเอียด",
    "หน่วยสมรรถนะย่อย (EOC)", "เกณฑ์ในการปฏิบัติงาน (Performance Criteria)",
]
# Column heads and sub-headings printed only where the unit has what they head.
IF_CODE = "รหัส PC (ตามเล่มมาตรฐาน)"
IF_SYSTEM_CODE = "รหัส PC (จากระบบ)"
IF_ASSESSMENT = "วิธีการประเมิน (Assessment)"
IF_METHOD_NOTES = "วิธีการประเมิน"


def squeeze(s):
    return "".join(unicodedata.normalize("NFC", s).split())


def collapse(e):
    return re.sub(r"\s+", " ", "".join(e.itertext())).strip()


def source_texts(root):
    out = []
    def add(s):
        s = unicodedata.normalize("NFC", s)
        if s and s not in out:
            out.append(s)
    for e in root.iter():
        tag = e.tag.replace(NS, "")
        if tag in ("kind", "group", "code", "title", "p", "item", "evidence", "definition", "method"):
            add(collapse(e))
            if e.get("label"):   # printed in the hanging area, on the item's first line
                add(e.get("label") + " " + collapse(e))
        elif tag == "na":
            add(collapse(e) or "N/A")
        elif tag == "element":
            add(e.get("code"))
        elif tag == "criterion":
            add(collapse(e))
            for code in (e.get("code"), e.get("system-code")):
                if code:
                    add(code)
            add(e.get("number") + " " + collapse(e))   # the PC number printed before its text
    if any(c.get("code") for c in root.iter(NS + "criterion")):
        add(IF_CODE)
    if any(c.get("system-code") for c in root.iter(NS + "criterion")):
        add(IF_SYSTEM_CODE)
    if root.find(f"{NS}elements/{NS}element/{NS}assessment") is not None:
        add(IF_ASSESSMENT)
    if root.find(f"{NS}evidence-guide/{NS}method-notes") is not None:
        add(IF_METHOD_NOTES)
    return out


def elements(root):
    return [(e.get("code"), collapse(e.find(NS + "title"))) for e in root.iter(NS + "element")]


def criteria_codes(root):
    """The PCs' names: their book codes, or their numbers where they have none."""
    return [c.get("code") or c.get("number") for c in root.iter(NS + "criterion")]


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"booklet_check: {' '.join(cmd)} failed: {p.stderr.strip()}")
    return p.stdout


def nav(root, pdf):
    ok = True
    def fail(msg):
        nonlocal ok
        ok = False
        print("FAIL:", msg)
    outlines = json.loads(run(["qpdf", "--json", "--json-key=outlines", pdf]))["outlines"]
    titles = [o["title"] for o in outlines]
    if [squeeze(t) for t in titles] != [squeeze(h.replace("4. สร้างใหม่ ปรับปรุง", "4. สร้างใหม่ / ปรับปรุง"))
                                        for h in HEADINGS]:
        fail(f"top-level outline is not the 18 sections in order: {titles}")
    for o in outlines:
        if o["title"].startswith("11.") or o["title"].startswith("๑๑."):
            kids = [k["title"] for k in o["kids"]]
            want = [f"{code} {title}" for code, title in elements(root)]
            if [squeeze(k) for k in kids] != [squeeze(w) for w in want]:
                fail(f"section 11 kids {kids} are not the elements {want}")
        elif o["kids"]:
            fail(f"section {o['title']} has outline kids")
    pages = [o.get("destpageposfrom1") for o in outlines]
    if any(p is None for p in pages) or pages != sorted(pages):
        fail(f"outline pages not in reading order: {pages}")
    # pdfinfo -dests: "   3 [ XYZ null  546 null      ] "DL101.01""
    dests = {}
    for line in run(["pdfinfo", "-dests", pdf]).splitlines()[1:]:
        m = re.match(r'\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$', line)
        if m:
            dests[m.group(2)] = int(m.group(1))
    codes = criteria_codes(root)
    if sorted(dests) != sorted(codes):
        fail(f"named destinations {sorted(dests)} are not the PC codes {sorted(codes)}")
    for code in codes:
        if code in dests:
            page = squeeze(run(["pdftotext", "-enc", "UTF-8", "-f", str(dests[code]), "-l", str(dests[code]), pdf, "-"]))
            if code not in page:
                fail(f"destination {code} points at page {dests[code]}, which does not show it")
    print(f"nav: {len(outlines)} sections, {len(dests)} destinations" + ("" if ok else " (with failures)"))
    return 0 if ok else 1


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    root = ET.parse(argv[1]).getroot()
    if argv[0] == "texts" and len(argv) == 2:
        for s in source_texts(root) + HEADINGS + SUBHEADINGS:
            print(s)
        return 0
    if argv[0] == "nav" and len(argv) == 3:
        return nav(root, argv[2])
    sys.exit(__doc__)


sys.exit(main(sys.argv[1:]))
