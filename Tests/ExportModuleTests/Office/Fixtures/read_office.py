#!/usr/bin/env python3
"""Reads rapport's decks back with python-pptx (and their embedded workbooks with openpyxl) and prints what they
hold, as JSON, for the Swift tests, which compare it with the values they put in.

  read_office.py deck FILE.pptx     slide size; per slide its layout, title, shapes (name, position, size, texts and
                                    their font sizes, by how much the text measured with Pillow is taller than the
                                    shape), tables, pictures, notes, and per chart its type, categories,
                                    series with cached values, number format, formulas, error bars and the embedded
                                    workbook's sheets (values and number formats)

A missing Python module ends the script with status 3 and says which one to install.
"""
import io
import json
import sys


def need(module):
    try:
        return __import__(module)
    except ImportError:
        sys.stderr.write(f"python module {module} is missing: python3 -m pip install {module}\n")
        sys.exit(3)


C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
EMU_PER_POINT = 12700
FONTS = {}


def font(bold):
    """DejaVu Sans, the font LibreOffice shows where Arial is missing, at 1000 units per em (Pillow)."""
    if bold not in FONTS:
        need("PIL")
        from PIL import ImageFont
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        FONTS[bold] = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/" + name, 1000,
                                         layout_engine=ImageFont.Layout.BASIC)
    return FONTS[bold]


def line_count(text, width, size, bold):
    """How many lines a greedy word wrap at `width` points needs for `text` at `size` points (Pillow's widths)."""
    measure = font(bold)
    lines = 0
    for part in text.replace("\v", "\n").split("\n"):
        line = ""
        count = 1
        for word in part.split(" "):
            candidate = word if not line else line + " " + word
            if measure.getlength(candidate) * size / 1000 <= width or not line:
                line = candidate
            else:
                count += 1
                line = word
            while measure.getlength(line) * size / 1000 > width and len(line) > 1:
                # A word wider than the line breaks between characters.
                cut = len(line)
                while cut > 1 and measure.getlength(line[:cut]) * size / 1000 > width:
                    cut -= 1
                line = line[cut:]
                count += 1
        lines += count
    return lines


def text_overflow(shape):
    """Points by which the wrapped paragraphs of a text shape are taller than the shape (negative: room left),
    lines 1.17 times the size apart as DejaVu Sans sets them, and the widest unbreakable line's excess."""
    needed = 0.0
    for index, paragraph in enumerate(shape.text_frame.paragraphs):
        runs = [run for run in paragraph.runs if run.text]
        if not runs:
            continue
        size = runs[0].font.size.pt
        bold = bool(runs[0].font.bold)
        ppr = paragraph._p.pPr
        indent = int(ppr.get("marL", "0")) / EMU_PER_POINT if ppr is not None else 0
        before = paragraph.space_before.pt if paragraph.space_before is not None and index > 0 else 0
        needed += before + line_count(paragraph.text, shape.width / EMU_PER_POINT - indent, size, bold) * 1.17 * size
    return needed - shape.height / EMU_PER_POINT


def table_overflow(shape):
    """The most lines any cell of a table needs in its column (Pillow's widths), and by how many points the rows
    that need them are taller than the row heights written."""
    table = shape.table
    most, excess = 0, -1e9
    for r, row in enumerate(table.rows):
        for c, column in enumerate(table.columns):
            cell = table.cell(r, c)
            width = (column.width - cell.margin_left - cell.margin_right) / EMU_PER_POINT
            for paragraph in cell.text_frame.paragraphs:
                runs = [run for run in paragraph.runs if run.text]
                if not runs:
                    continue
                size = runs[0].font.size.pt
                lines = line_count(paragraph.text, width, size, bool(runs[0].font.bold))
                most = max(most, lines)
                needed = lines * 1.17 * size + (cell.margin_top + cell.margin_bottom) / EMU_PER_POINT
                excess = max(excess, needed - row.height / EMU_PER_POINT)
    return most, excess


def cached(element):
    """The cached points of a c:numRef or c:strRef: a list with None where a point is left out."""
    if element is None:
        return None
    count = element.find(f".//{C}ptCount")
    values = [None] * (int(count.get("val")) if count is not None else 0)
    for point in element.iter(f"{C}pt"):
        index = int(point.get("idx"))
        text = point.find(f"{C}v").text
        if index < len(values):
            values[index] = text
    return values


def formula(element):
    found = element.find(f".//{C}f") if element is not None else None
    return found.text if found is not None else None


def workbook(blob):
    openpyxl = need("openpyxl")
    book = openpyxl.load_workbook(io.BytesIO(blob))
    return {sheet.title: {
        "values": [[cell.value for cell in row] for row in sheet.iter_rows()],
        "formats": [[cell.number_format for cell in row] for row in sheet.iter_rows()],
    } for sheet in book.worksheets}


def chart_summary(chart):
    space = chart._chartSpace
    plot = chart.plots[0]
    series = []
    for ser in space.iter(f"{C}ser"):
        errors = ser.find(f"{C}errBars")
        series.append({
            "name": cached(ser.find(f"{C}tx"))[0],
            "name_formula": formula(ser.find(f"{C}tx")),
            "categories": cached(ser.find(f"{C}cat")),
            "category_formula": formula(ser.find(f"{C}cat")),
            "values": [None if v is None else float(v) for v in cached(ser.find(f"{C}val"))],
            "value_formula": formula(ser.find(f"{C}val")),
            "format": ser.find(f"{C}val").find(f".//{C}formatCode").text,
            "plus": None if errors is None else [None if v is None else float(v)
                                                 for v in cached(errors.find(f"{C}plus"))],
            "minus": None if errors is None else [None if v is None else float(v)
                                                  for v in cached(errors.find(f"{C}minus"))],
            "plus_formula": None if errors is None else formula(errors.find(f"{C}plus")),
        })
    external = space.find(f"{C}externalData")
    embedded = chart.part.chart_workbook.xlsx_part
    return {
        "chart_type": str(chart.chart_type).split(" ")[0],
        "python_pptx_categories": [str(c) for c in plot.categories],
        "python_pptx_values": [[v for v in s.values] for s in plot.series],
        "series": series,
        "has_legend": chart.has_legend,
        "external_data": external is not None,
        "embedded_name": embedded.partname if embedded is not None else None,
        "workbook": workbook(embedded.blob) if embedded is not None else None,
    }


def shape_summary(shape):
    out = {"name": shape.name, "left": shape.left, "top": shape.top, "width": shape.width, "height": shape.height,
           "kind": shape.shape_type and str(shape.shape_type).split(" ")[0]}
    if shape.has_text_frame:
        out["paragraphs"] = [paragraph.text for paragraph in shape.text_frame.paragraphs]
        out["sizes"] = sorted({run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs
                               if run.font.size is not None})
        out["overflow"] = text_overflow(shape)
    if getattr(shape, "has_table", False) and shape.has_table:
        table = shape.table
        out["table"] = [[table.cell(r, c).text for c in range(len(table.columns))] for r in range(len(table.rows))]
        out["column_widths"] = [column.width for column in table.columns]
        out["row_heights"] = [row.height for row in table.rows]
        out["most_lines"], out["row_overflow"] = table_overflow(shape)
    if getattr(shape, "has_chart", False) and shape.has_chart:
        out["chart"] = chart_summary(shape.chart)
    return out


def read_deck(path):
    pptx = need("pptx")
    deck = pptx.Presentation(path)
    slides = []
    for slide in deck.slides:
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else None
        slides.append({
            "layout": slide.slide_layout.name,
            "title": slide.shapes.title.text if slide.shapes.title is not None else None,
            "shapes": [shape_summary(shape) for shape in slide.shapes],
            "notes": notes,
        })
    return {"width": deck.slide_width, "height": deck.slide_height, "slides": slides,
            "title": deck.core_properties.title, "author": deck.core_properties.author}


def main():
    mode = sys.argv[1]
    if mode == "deck":
        result = read_deck(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
