"""Reads what rapport printed on stdout in one output mode, with Python's own readers, and prints it as JSON.

usage: read_output.py csv|tsv|md|json FILE

csv, tsv: the csv module (RFC 4180); tables are separated by an empty line. md: GitHub-flavoured pipe tables,
separated by an empty line; cells unescaped (backslash escapes, &lt; &gt; &amp;). json: one document per line.
Prints {"tables": [{"header": [...], "rows": [[...], ...]}, ...]} (json: {"documents": [...]}).
"""
import csv
import html
import json
import re
import sys


def delimited(path, delimiter):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    tables, current = [], []
    for row in rows:
        if row == []:
            tables.append(current)
            current = []
        else:
            current.append(row)
    tables.append(current)
    return [{"header": table[0], "rows": table[1:]} for table in tables if table]


def markdown_cells(line):
    assert line.startswith("|") and line.endswith("|"), line
    cells = re.split(r"(?<!\\)\|", line[1:-1])
    assert all(cell.startswith(" ") and cell.endswith(" ") for cell in cells), line
    return [html.unescape(re.sub(r"\\(.)", r"\1", cell[1:-1])) for cell in cells]


def markdown(path):
    with open(path, encoding="utf-8") as handle:
        blocks = handle.read().split("\n\n")
    tables = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        assert re.fullmatch(r"\|( ---:? \|)+", lines[1]), lines[1]
        tables.append({"header": markdown_cells(lines[0]), "rows": [markdown_cells(line) for line in lines[2:]],
                       "alignment": [cell.strip() for cell in lines[1].strip("|").split("|")]})
    return tables


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "json":
        with open(path, encoding="utf-8") as handle:
            print(json.dumps({"documents": [json.loads(line) for line in handle if line.strip()]}))
        return
    tables = {"csv": lambda: delimited(path, ","), "tsv": lambda: delimited(path, "\t"), "md": lambda: markdown(path)}
    print(json.dumps({"tables": tables[mode]()}))


main()
