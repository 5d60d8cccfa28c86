"""Writes the encoding fixtures of CSVTwinTests from ../shared/datasets/uci-facebook-metrics/dataset_Facebook.csv.

  facebook-metrics.de.csv        the German twin: UTF-8 with a byte-order mark, semicolons, thousands
                                 dots (139.441), and one extra column of decimal commas
                                 ("Interaktionen je Reichweite" = Total Interactions / Lifetime Post Total
                                 Reach, rounded to 4 places, 0,0145)
  facebook-metrics.utf16le.csv   the English file as UTF-16 LE with a byte-order mark, a `sep=;` first
                                 line and CRLF line ends
  cities.windows-1252.csv        a small German table saved as Windows-1252 (ü, ö, ß, €, „“)
  expected.json                  values the tests compare against, computed here with the csv module

Run from this folder: python3 make_twins.py
"""
import csv
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "../../../../../shared/datasets/uci-facebook-metrics/dataset_Facebook.csv")

with open(source, newline="", encoding="utf-8") as handle:
    rows = list(csv.reader(handle, delimiter=";"))
header, body = rows[0], rows[1:]


def german(value):
    """An integer with thousands dots; other text unchanged."""
    if value.lstrip("-").isdigit():
        return f"{int(value):,}".replace(",", ".")
    return value


reach = header.index("Lifetime Post Total Reach")
total = header.index("Total Interactions")
ratios = [round(int(row[total]) / int(row[reach]), 4) for row in body]

with open(os.path.join(here, "facebook-metrics.de.csv"), "w", newline="", encoding="utf-8-sig") as handle:
    writer = csv.writer(handle, delimiter=";", lineterminator="\n")
    writer.writerow(header + ["Interaktionen je Reichweite"])
    for row, ratio in zip(body, ratios):
        writer.writerow([german(value) for value in row] + [f"{ratio:.4f}".replace(".", ",")])

with open(os.path.join(here, "facebook-metrics.utf16le.csv"), "wb") as handle:
    lines = ["sep=;"] + [";".join(row) for row in rows]
    handle.write(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))

cities = [
    ["Stadt", "Einwohner", "Anteil", "Notiz"],
    ["München", "1.512.491", "12,5 %", "„Weißwurst“ 3,50 €"],
    ["Köln", "1.087.863", "9 %", "Dom – Rhein"],
    ["Düsseldorf", "-", "7,25 %", "Königsallee"],
]
with open(os.path.join(here, "cities.windows-1252.csv"), "w", newline="", encoding="cp1252") as handle:
    csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(cities)

with open(os.path.join(here, "cities.windows-1252.csv"), newline="", encoding="cp1252") as handle:
    read_back = list(csv.reader(handle, delimiter=";"))

expected = {
    "rows": len(body),
    "ratio_sum": round(sum(ratios), 6),
    "ratio_first": ratios[0],
    "ratio_last": ratios[-1],
    "cities": [row[0] for row in read_back[1:]],
    "notes": [row[3] for row in read_back[1:]],
    # "12,5 %" is 0.125, "9 %" 0.09, "7,25 %" 0.0725
    "shares": [float(row[2].replace(" %", "").replace(",", ".")) / 100 for row in read_back[1:]],
    "inhabitants": [int(row[1].replace(".", "")) if row[1] != "-" else None for row in read_back[1:]],
}
with open(os.path.join(here, "expected.json"), "w", encoding="utf-8") as handle:
    json.dump(expected, handle, ensure_ascii=False, indent=1)
    handle.write("\n")
