#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hand-made .xlsx workbooks the workbook reader is tested on: the corners of
# Office Open XML that spreadsheet programs and export tools do produce (prefixed
# namespaces, the 1904 date system, rich and phonetic shared strings, inline strings,
# cells without references, skipped rows, booleans, errors, cached formula values, date,
# time and elapsed-time formats, quoted text inside formats, parts with unusual names),
# and two damaged ones. Run it from any directory; it writes next to itself.
import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def serial1904(dt):
    delta = dt - datetime.datetime(1904, 1, 1)
    return delta.days + delta.seconds / 86400


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}"><Relationship Id="r1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="{MAIN}" xmlns:rel="{REL}">
<x:workbookPr date1904="1"/>
<x:sheets>
<x:sheet name="Mentions" sheetId="1" rel:id="rIdA"/>
<x:sheet name="Empty" sheetId="2" rel:id="rIdB"/>
<x:sheet name="Chart1" sheetId="3" rel:id="rIdC"/>
</x:sheets></x:workbook>"""

WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}">
<Relationship Id="rIdA" Type="{REL}/worksheet" Target="/xl/worksheets/mentions.xml"/>
<Relationship Id="rIdB" Type="{REL}/worksheet" Target="worksheets/empty.xml"/>
<Relationship Id="rIdC" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="strings.xml"/>
<Relationship Id="rIdT" Type="{REL}/styles" Target="look.xml"/>
</Relationships>"""

STRINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="5" uniqueCount="5">
<si><t>Date</t></si>
<si><r><t>Auth</t></r><r><rPr><b/></rPr><t>or</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t xml:space="preserve"> padded </t></si>
<si><t>Sentiment</t></si>
</sst>"""

# Cell styles (the "s" attribute): 0 General, 1 built-in date (14), 2 custom date-time,
# 3 percent, 4 date with a locale section, 5 quoted text that spells "day", 6 built-in
# time (21), 7 elapsed time. cellStyleXfs comes first and must not shift the indexes.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="5">
<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>
<numFmt numFmtId="165" formatCode="0.0%"/>
<numFmt numFmtId="166" formatCode="[$-409]d\\-mmm\\-yy;@"/>
<numFmt numFmtId="167" formatCode="&quot;day &quot;0"/>
<numFmt numFmtId="168" formatCode="[h]:mm"/>
</numFmts>
<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
<xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="21"/><xf numFmtId="168"/>
</cellXfs>
</styleSheet>"""

posted = serial1904(datetime.datetime(2024, 3, 7, 12, 49))
day = serial1904(datetime.datetime(2024, 3, 8))
MENTIONS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><dimension ref="A1:F6"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Network</t></is></c><c r="D1" t="s"><v>4</v></c><c r="E1" t="inlineStr"><is><r><t>Re</t></r><r><t>ach</t></r></is></c><c r="F1" t="inlineStr"><is><t>Share</t></is></c></row>
<row r="2"><c r="A2" s="2"><v>{posted!r}</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="str"><f>LOWER("X")</f><v>x</v></c><c r="D2" t="b"><v>1</v></c><c r="E2"><v>1234567.5</v></c><c r="F2" s="3"><v>0.125</v></c></row>
<row r="4"><c t="inlineStr"><is><t>no reference</t></is></c><c><v>42</v></c><c r="E4" t="e"><v>#DIV/0!</v></c></row>
<row r="5"><c r="A5" s="4"><v>{day!r}</v></c><c r="B5" s="5"><v>7</v></c><c r="C5" s="6"><v>0.5</v></c><c r="D5" t="s"><v>3</v></c><c r="F5" s="1"><v>{day + 0.75!r}</v></c></row>
<row r="6"><c r="B6" s="7"><v>1.5</v></c><c r="C6" t="b"><v>0</v></c><c r="D6" t="s"><v>99</v></c></row>
</sheetData></worksheet>"""

EMPTY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><sheetData/></worksheet>"""


def write(name, members):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for member, text in members:
            info = zipfile.ZipInfo(member, date_time=(2024, 3, 9, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


base = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS), ("xl/workbook.xml", WORKBOOK),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS), ("xl/strings.xml", STRINGS), ("xl/look.xml", STYLES)]
write("corner-cases.xlsx", base + [("xl/worksheets/mentions.xml", MENTIONS), ("xl/worksheets/empty.xml", EMPTY)])
# The second row's XML stops in the middle of a cell.
write("damaged-sheet.xlsx", base + [("xl/worksheets/mentions.xml", MENTIONS[:MENTIONS.index('<c r="C2"')]),
                                    ("xl/worksheets/empty.xml", EMPTY)])
# A ZIP named .xlsx that holds no workbook.
write("not-a-workbook.xlsx", [("notes.txt", "hello")])
