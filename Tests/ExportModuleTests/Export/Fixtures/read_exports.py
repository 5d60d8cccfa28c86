#!/usr/bin/env python3
"""Reads rapport's exports back with real clients and prints what they read, as JSON, for the Swift tests.

  read_exports.py csv RFC.csv EXCEL_DE.csv   Python's csv module and pandas on both files
  read_exports.py xlsx FILE.xlsx              openpyxl: each cell's Python type and value, styles, sheets

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


def read_xlsx(path):
    openpyxl = need("openpyxl")
    book = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows():
            rows.append([[type(cell.value).__name__, plain(cell.value)] for cell in row])
        sheets[sheet.title] = {
            "rows": rows,
            "freeze_panes": sheet.freeze_panes,
            "header_bold": [bool(cell.font.b) for cell in sheet[1]],
            "widths": [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
                       for i in range(sheet.max_column)],
        }
    return {"sheetnames": book.sheetnames, "sheets": sheets, "creator": book.properties.creator}


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
