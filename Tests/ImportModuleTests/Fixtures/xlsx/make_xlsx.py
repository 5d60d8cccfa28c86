"""Makes the .xlsx fixtures of the XLSX reader tests and, by reading them back with openpyxl, their expected values.

Run from this folder: python3 make_xlsx.py (openpyxl 3.1). Writes
  types.xlsx      three sheets written by openpyxl (which stores text as inline strings, rich text as runs):
                  "posts" (integers, decimals, text, times, booleans, dates around the 1900 leap-year bug,
                  an empty row), "accounts", and "header only"
  dates1904.xlsx  a workbook in the 1904 date system
  linkedin.xlsx   a LinkedIn-style per-post sheet: one description text in A1 above the header in row 2
  handmade.xlsx   written part by part: shared strings (rich runs, a phonetic hint, an empty string), cells
                  without references, a gap to column AA, formula strings, an error value, a number in
                  exponent form, custom date formats and a quoted-text format that is not a date
  long.xlsx       one column n holding 1 … 2500 under its header (2501 sheet rows), for the Ctrl-C checkpoint;
                  its values are checked by construction, not listed in expected.json
  corrupt.xlsx    the first 300 bytes of types.xlsx
  badxml.xlsx     handmade.xlsx with a sheet whose third line closes an element that was never opened
  badindex.xlsx   handmade.xlsx with a cell (B2) pointing at shared string 99 of 9
  badrow.xlsx     handmade.xlsx with a row numbered 2000000, beyond Excel's 1048576
  badutf8.xlsx    handmade.xlsx with a sheet whose fourth line has the byte 0xFF in an element name (column 14)
  bignumber.xlsx  handmade.xlsx with a sheet of the header name | score over when | 1e999 (beyond a double, B2)
  badbool.xlsx    the same with B2 a true/false cell holding 2
  bomb.xlsx       handmade.xlsx with a sheet of 200,000 rows of one inline text: 10,400,168 bytes inflated from
                  30 KB
  liar.xlsx       bomb.xlsx whose zip headers and directory say the sheet inflates to 1,000 bytes
  tall.xlsx       handmade.xlsx with a sheet of 16 header cells (A1 to P1) and one value in row 1048576, the last:
                  16 columns × 1,048,575 rows
  zip64.xlsx      handmade.xlsx's parts zipped by hand in the ZIP64 form: every size and offset of the central
                  directory is 0xFFFFFFFF and given in a ZIP64 extra field, and the directory is found through the
                  ZIP64 end record (as writers that always use ZIP64 do); it reads like handmade.xlsx
  truncated.xlsx  handmade.xlsx's parts zipped by hand with the sheet's deflate stream cut to a stored block that
                  claims 65,535 bytes, more than the file holds (the inflation never ends within the part)
  expected.json   per file and sheet: column names, column types and cells as openpyxl reads them

Cells in expected.json are [kind, value]: kind integer/decimal/text/boolean/time (times as UTC ISO text), or null
when missing. Rules stated here, not taken from the reader: the first row holding a value is the header, unless it
holds one text alone and the next row holding values holds two or more (then that next row is); rows run
to the last row holding a value; a column with neither a header nor a value is left out; Excel error values
(#DIV/0! …) and empty strings count as missing; a column's type is its one kind, decimal for integers mixed with
decimals.
"""
import datetime
import json
import struct
import zipfile
import zlib

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def make_types():
    wb = openpyxl.Workbook()
    posts = wb.active
    posts.title = "posts"
    posts.append(["post_id", "title", "likes", "rate", "published", "paid", "note", "day"])
    rich = CellRichText(["Bold ", TextBlock(InlineFont(b=True), "and"), " plain"])
    rows = [
        [1, "Hello", 10, 0.5, datetime.datetime(2024, 3, 1, 13, 45), True, "first", datetime.date(2024, 3, 1)],
        [2, rich, 20, 1, datetime.datetime(2024, 3, 2, 8, 0, 30), False, None, datetime.date(1900, 1, 15)],
        [3, 'Grüße, "quoted"', None, 2.25, None, True, "x", datetime.date(1900, 3, 1)],
        [None] * 8,
        [5, "Line\nbreak", 30, -1.5, datetime.datetime(2024, 12, 31, 23, 59, 59), None, "last", datetime.date(2024, 2, 29)],
    ]
    for row in rows:
        posts.append(row)
    for cell in posts["H"][1:]:
        cell.number_format = "yyyy-mm-dd"
    accounts = wb.create_sheet("accounts")
    accounts.append(["account", "followers", "verified"])
    accounts.append(["acme", 1200, True])
    accounts.append(["jane", 87, False])
    accounts.append(["zed", 3, False])
    header_only = wb.create_sheet("header only")
    header_only.append(["a", "b"])
    wb.save("types.xlsx")


def make_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    sheet = wb.active
    sheet.title = "mac"
    sheet.append(["when", "n"])
    sheet.append([datetime.datetime(2020, 1, 2, 3, 4, 5), 1])
    sheet.append([datetime.datetime(1904, 2, 29, 18), 2])
    wb.save("dates1904.xlsx")


def make_linkedin():
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "All posts"
    sheet.append(["Aggregated post metrics for the selected period. Impressions count every view."])
    sheet.append(["Post title", "Created date", "Impressions", "Likes"])
    sheet.append(["Spring launch", datetime.datetime(2024, 4, 2, 9, 30), 1200, 31])
    sheet.append(["Team day", datetime.datetime(2024, 4, 9, 16, 0), 850, 12])
    wb.save("linkedin.xlsx")


def make_long():
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "long"
    sheet.append(["n"])
    for n in range(1, 2501):
        sheet.append([n])
    wb.save("long.xlsx")


HANDMADE_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Export" sheetId="1" r:id="rId7"/></sheets>
</workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>""",
    "xl/sharedStrings.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">
<si><t>name</t></si>
<si><t>when</t></si>
<si><t>score</t></si>
<si><t>ok</t></si>
<si><t>far</t></si>
<si><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>run</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>
<si><t></t></si>
<si><t>plain &amp; simple</t></si>
</sst>""",
    "xl/styles.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="165" formatCode="0.00&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
</styleSheet>""",
    "xl/worksheets/sheet1.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="2"><c r="A2" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c><c r="AA2" t="s"><v>4</v></c></row>
<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" s="1"><v>45352.5</v></c><c r="C3" s="3"><v>1.5E3</v></c><c r="D3" t="b"><v>1</v></c><c r="AA3" t="str"><f>A3&amp;"!"</f><v>Rich run!</v></c></row>
<row r="5"><c r="A5" t="s"><v>6</v></c><c r="B5" s="2"><v>45353</v></c><c r="C5" t="e"><v>#DIV/0!</v></c><c r="D5" t="b"><v>0</v></c></row>
<row r="6"><c r="A6" t="s"><v>7</v></c><c r="C6" s="4"><v>-2</v></c><c r="AA6" t="s"><v>8</v></c></row>
</sheetData>
</worksheet>""",
}


def make_handmade(path="handmade.xlsx", sheet=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in HANDMADE_PARTS.items():
            if sheet is not None and name == "xl/worksheets/sheet1.xml":
                text = sheet
            archive.writestr(name, text)


BAD_XML_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></cell></row>
</sheetData></worksheet>"""

BAD_INDEX_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>99</v></c></row>
</sheetData></worksheet>"""


def make_hostile():
    """The damaged workbooks whose defects are known by construction (each is handmade.xlsx with another sheet)."""
    bad_name = BAD_INDEX_SHEET.replace('<row r="2"><c r="A2"', '<row r="2"><c\xff r="A2"')
    with zipfile.ZipFile("badutf8.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in HANDMADE_PARTS.items():
            data = text.encode("utf-8")
            if name == "xl/worksheets/sheet1.xml":
                data = bad_name.encode("utf-8").replace("\xff".encode("utf-8"), b"\xff")
            archive.writestr(name, data)
    make_handmade("bignumber.xlsx", BAD_VALUE_SHEET.replace("VALUE", "<v>1e999</v>"))
    make_handmade("badbool.xlsx", BAD_VALUE_SHEET.replace("VALUE", "<v>2</v>").replace('<c r="B2"', '<c r="B2" t="b"'))
    make_handmade("bomb.xlsx", BOMB_SHEET)
    make_liar()
    make_handmade("tall.xlsx", TALL_SHEET)


BOMB_ROW = '<row><c t="inlineStr"><is><t>aaaa</t></is></c></row>'
BOMB_SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              + BOMB_ROW * 200_000 + '</sheetData></worksheet>')

TALL_SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              + "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>h{i}</t></is></c>' for i in range(16))
              + '</row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>')


def make_liar():
    """bomb.xlsx with the sheet's uncompressed size set to 1,000 in its local header and its directory entry."""
    data = bytearray(open("bomb.xlsx", "rb").read())
    name = b"xl/worksheets/sheet1.xml"
    patched = 0
    index = 0
    while True:
        index = data.find(name, index)
        if index < 0:
            break
        if data[index - 30:index - 26] == b"PK\x03\x04":
            data[index - 30 + 22:index - 30 + 26] = (1000).to_bytes(4, "little")
            patched += 1
        elif data[index - 46:index - 42] == b"PK\x01\x02":
            data[index - 46 + 24:index - 46 + 28] = (1000).to_bytes(4, "little")
            patched += 1
        index += len(name)
    assert patched == 2
    open("liar.xlsx", "wb").write(bytes(data))


BAD_VALUE_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2">VALUE</c></row>
</sheetData></worksheet>"""
def zip_by_hand(path, parts, zip64=False):
    """Writes parts (name, deflated bytes, crc, size) as a zip archive, in the ZIP64 form when asked."""
    body, directory = b"", b""
    for name, data, crc, size in parts:
        encoded = name.encode()
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        body += encoded + data
        if zip64:
            extra = struct.pack("<HHQQQ", 1, 24, size, len(data), offset)
            fields = (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        else:
            extra, fields = b"", (len(data), size, offset)
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, fields[0], fields[1],
                                 len(encoded), len(extra), 0, 0, 0, 0, fields[2]) + encoded + extra
    end = b""
    if zip64:
        record = len(body) + len(directory)
        end += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(parts), len(parts), len(directory),
                           len(body))
        end += struct.pack("<IIQI", 0x07064B50, 0, record, 1)
        end += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        end += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), len(body), 0)
    with open(path, "wb") as out:
        out.write(body + directory + end)


def deflated(text):
    data = text.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)


def make_zip64():
    zip_by_hand("zip64.xlsx", [(name, *deflated(text)) for name, text in HANDMADE_PARTS.items()], zip64=True)


def make_truncated():
    parts = []
    for name, text in HANDMADE_PARTS.items():
        data, crc, size = deflated(text)
        if name == "xl/worksheets/sheet1.xml":
            data = b"\x00\xff\xff\x00\x00<"  # a stored block of 65,535 bytes that holds one
        parts.append((name, data, crc, size))
    zip_by_hand("truncated.xlsx", parts)


def cell(value):
    if value is None or (isinstance(value, str) and (value == "" or value.startswith("#"))):
        return None
    if isinstance(value, bool):
        return ["boolean", value]
    if isinstance(value, int):
        return ["integer", value]
    if isinstance(value, float):
        return ["decimal", value]
    if isinstance(value, datetime.datetime):
        return ["time", value.strftime("%Y-%m-%dT%H:%M:%SZ")]
    return ["text", str(value)]


def column_type(cells):
    kinds = {c[0] for c in cells if c is not None}
    if kinds == {"integer", "decimal"}:
        return "decimal"
    if len(kinds) == 1:
        return kinds.pop()
    return "text"


def expected(path):
    workbook = openpyxl.load_workbook(path, data_only=True, rich_text=False)
    sheets = {}
    for sheet in workbook.worksheets:
        rows = [[cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        filled = [i for i, row in enumerate(rows) if any(c is not None for c in row)]
        start = filled[0]
        lone = [c for c in rows[start] if c is not None]
        if len(lone) == 1 and lone[0][0] == "text" and len(filled) > 1 \
                and sum(c is not None for c in rows[filled[1]]) >= 2:
            start = filled[1]
        header, data = rows[start], rows[start + 1:filled[-1] + 1]
        width = max(len(r) for r in rows)
        columns = []
        for index in range(width):
            values = [r[index] if index < len(r) else None for r in data]
            name = header[index] if index < len(header) else None
            if name is None and all(v is None for v in values):
                continue
            columns.append({"name": name[1], "type": column_type(values), "cells": values})
        sheets[sheet.title] = {"rows": len(data), "columns": columns}
    return sheets


if __name__ == "__main__":
    make_types()
    make_1904()
    make_long()
    make_linkedin()
    make_handmade()
    make_handmade("badxml.xlsx", BAD_XML_SHEET)
    make_handmade("badindex.xlsx", BAD_INDEX_SHEET)
    make_handmade("badrow.xlsx", BAD_INDEX_SHEET.replace('<row r="2">', '<row r="2000000">').replace(' r="A2"', "").replace(' r="B2"', ""))
    make_hostile()
    make_zip64()
    make_truncated()
    with open("types.xlsx", "rb") as source, open("corrupt.xlsx", "wb") as target:
        target.write(source.read()[:300])
    result = {name: expected(name) for name in ["types.xlsx", "dates1904.xlsx", "handmade.xlsx", "linkedin.xlsx"]}
    with open("expected.json", "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False, indent=1)
