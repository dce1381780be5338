#!/usr/bin/env python3
"""Walks a unit source (urn:compforms:unit:1) and prints, as a JSON list, every text a booklet
of it must show: each text of the source (title block, content paragraphs and items, element
codes and titles, PC texts and both codes, evidence, definitions, methods, N/A) plus the 18
section headings the standard prints. Independent of the compforms loader on purpose.

usage: booklet_texts.py UNIT.xml"""
import json, re, sys, unicodedata
import xml.etree.ElementTree as ET

NS = "{urn:compforms:unit:1}"

def text(e):
    return re.sub(r"\s+", " ", "".join(e.itertext())).strip()

def main():
    root = ET.parse(sys.argv[1]).getroot()
    out = []
    def add(s):
        s = unicodedata.normalize("NFC", s)
        if s and s not in out:
            out.append(s)
    for e in root.iter():
        tag = e.tag.replace(NS, "")
        if tag in ("kind", "group", "code", "p", "item", "evidence", "definition", "method", "criterion") or \
           (tag == "title"):
            add(text(e))
        if tag == "na":
            add("N/A")
        if tag == "element":
            add(e.get("code"))
        if tag == "criterion":
            add(e.get("code"))
            add(e.get("system-code"))
            add(e.get("number") + " " + text(e))
    print(json.dumps(out, ensure_ascii=False, indent=0))

main()
