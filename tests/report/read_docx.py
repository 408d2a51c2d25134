#!/usr/bin/python3
"""Reads a DOCX with python-docx (Debian python3-docx), independently of the program that
wrote it, and prints what the tests check as JSON: sections and their orientation, tables
with their header-row flags and column widths, paragraph styles, pictures and text."""
import json
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
out = {"sections": [], "tables": [], "styles": {}, "pictures": len(document.inline_shapes)}
for section in document.sections:
    out["sections"].append({
        "landscape": section.orientation == WD_ORIENT.LANDSCAPE,
        "width_pt": round(section.page_width.pt, 1),
        "left_pt": round(section.left_margin.pt, 1),
    })
for table in document.tables:
    rows = table._tbl.tr_lst
    header_rows = 0
    cant_split = 0
    for tr in rows:
        trPr = tr.trPr
        if trPr is not None and trPr.find(qn("w:tblHeader")) is not None:
            header_rows += 1
        if trPr is not None and trPr.find(qn("w:cantSplit")) is not None:
            cant_split += 1
    grid = table._tbl.tblGrid
    widths = [round(int(col.get(qn("w:w"))) / 20, 1) for col in grid.findall(qn("w:gridCol"))]
    out["tables"].append({"rows": len(rows), "header_rows": header_rows,
                          "cant_split": cant_split, "widths_pt": widths})
text = []
for paragraph in document.paragraphs:
    name = paragraph.style.name
    out["styles"][name] = out["styles"].get(name, 0) + 1
    text.append(paragraph.text)
for table in document.tables:
    for tc in table._tbl.iter(qn("w:t")):
        text.append(tc.text or "")
out["text"] = "\n".join(text)
out["fonts"] = sorted({f.get(qn("w:ascii")) or "" for f in document.styles.element.iter(qn("w:rFonts"))})
json.dump(out, sys.stdout, ensure_ascii=False)
