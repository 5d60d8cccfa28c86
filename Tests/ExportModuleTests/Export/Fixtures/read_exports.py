#!/usr/bin/env python3
"""Reads rapport's exports back with real clients and prints what they read, as JSON, for the Swift tests.

  read_exports.py csv RFC.csv EXCEL_DE.csv   Python's csv module and pandas on both files
  read_exports.py xlsx FILE.xlsx              openpyxl: each cell's Python type, value and number format, styles,
                                              filters, print setup, charts, and the widths Pillow measures

The Swift tests compare the output with values worked out by hand. A missing Python module ends the
script with status 3 and says which one to install (scripts/ensure-packages.sh installs them for make test).
"""
import csv
import datetime
import json
import math
import sys


def need(module):
    try:
        return __import__(module)
    except ImportError:
        sys.stderr.write(f"python module {module} is missing: python3 -m pip install {module}\n")
        sys.exit(3)


def plain(value):
    """A pandas or numpy value as plain JSON: NaN and NaT as None, numpy numbers as Python numbers."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def frame(df):
    pandas = need("pandas")
    out = {}
    for name in df.columns:
        out[name] = [None if pandas.isna(v) else plain(v) for v in df[name].tolist()]
    return out


def read_csv(rfc, excel_de):
    pandas = need("pandas")
    with open(rfc, newline="", encoding="utf-8") as handle:
        rfc_rows = list(csv.reader(handle))
    with open(excel_de, newline="", encoding="utf-8-sig") as handle:
        de_rows = list(csv.reader(handle, delimiter=";"))
    rfc_frame = pandas.read_csv(rfc)
    rfc_frame["published"] = pandas.to_datetime(rfc_frame["published"], utc=True).dt.tz_localize(None)
    de_frame = pandas.read_csv(excel_de, sep=";", decimal=",", encoding="utf-8-sig",
                               true_values=["WAHR"], false_values=["FALSCH"])
    de_frame["published"] = pandas.to_datetime(de_frame["published"], format="%d.%m.%Y %H:%M:%S")
    return {
        "csv_module": rfc_rows,
        "csv_module_de": de_rows,
        "pandas": frame(rfc_frame),
        "pandas_de": frame(de_frame),
        "pandas_dtypes": {name: str(dtype) for name, dtype in rfc_frame.dtypes.items()},
        "pandas_de_dtypes": {name: str(dtype) for name, dtype in de_frame.dtypes.items()},
    }


def shown(value, number_format):
    """About the text a spreadsheet shows for a value in a number format."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "FALSCH"
    if isinstance(value, datetime.datetime):
        return "0000-00-00 00:00:00"[:{"yyyy-mm-dd": 10, "yyyy-mm-dd hh:mm": 16}.get(number_format, 19)]
    if isinstance(value, (int, float)):
        if "%" in number_format:
            return f"{value * 100:.1f} %"
        if number_format == "#,##0":
            return f"{value:,.0f}"
        if number_format == "#,##0.00":
            return f"{value:,.2f}"
        return str(value)[:11]
    return str(value)


def measured_widths(sheet):
    """Per column: the widest header (bold) and the widest shown value (regular) in digit widths of DejaVu Sans,
    the font LibreOffice shows where Arial and Calibri are missing, measured with Pillow."""
    need("PIL")
    from PIL import ImageFont
    regular = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 1000,
                                 layout_engine=ImageFont.Layout.BASIC)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 1000,
                              layout_engine=ImageFont.Layout.BASIC)
    digit = regular.getlength("0")
    headers, values = [], []
    for index, column in enumerate(sheet.iter_cols(min_row=1, max_row=min(sheet.max_row, 1001))):
        headers.append(bold.getlength(str(column[0].value or "")) / digit)
        values.append(max([regular.getlength(shown(cell.value, cell.number_format)) / digit
                           for cell in column[1:]] or [0]))
    return headers, values


def read_xlsx(path):
    openpyxl = need("openpyxl")
    book = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows():
            rows.append([[type(cell.value).__name__, plain(cell.value)] for cell in row])
        headers, values = measured_widths(sheet)
        setup = sheet.page_setup
        sheets[sheet.title] = {
            "rows": rows,
            "formats": [[cell.number_format for cell in row] for row in sheet.iter_rows()],
            "freeze_panes": sheet.freeze_panes,
            "header_bold": [bool(cell.font.b) for cell in sheet[1]],
            "widths": [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
                       for i in range(sheet.max_column)],
            "measured_header_widths": headers,
            "measured_value_widths": values,
            "auto_filter": sheet.auto_filter.ref,
            "orientation": setup.orientation,
            "fit_to_width": setup.fitToWidth,
            "fit_to_height": setup.fitToHeight,
            "fit_to_page": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
            "print_title_rows": sheet.print_title_rows,
            "charts": [chart_summary(chart) for chart in sheet._charts],
        }
    return {"sheetnames": book.sheetnames, "sheets": sheets, "creator": book.properties.creator}


def chart_summary(chart):
    """A chart openpyxl read from a sheet: its type, bar direction and the formulas of its series."""
    return {
        "type": chart.tagname,
        "bar_dir": getattr(chart, "barDir", None),
        "series": [{
            "name": series.tx.strRef.f if series.tx and series.tx.strRef else None,
            "categories": series.cat.strRef.f if series.cat and series.cat.strRef else None,
            "values": series.val.numRef.f if series.val and series.val.numRef else None,
            "cached": [point.v for point in series.val.numRef.numCache.pt] if series.val.numRef.numCache else [],
        } for series in chart.series],
    }


def main():
    mode = sys.argv[1]
    if mode == "csv":
        result = read_csv(sys.argv[2], sys.argv[3])
    elif mode == "xlsx":
        result = read_xlsx(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
