#!/usr/bin/env python3
"""Writes Sources/ExportModule/Report/SVGTextAdvances.swift: the advance widths of DejaVu Sans (the report's first
font, and the widest of its list) for printable Latin-1, Latin Extended-A and the marks rapport writes, in units of
1/2048 em, read with Pillow from the font file. Run from the repository's root: python3 scripts/make_svg_text_advances.py
"""
from PIL import ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
UNITS = 2048
MARKS = "–—‘’‚“”„•…‰′″€−×÷±≈≠≤≥°·→←↑↓✓✗"

font = ImageFont.truetype(FONT, UNITS, layout_engine=ImageFont.Layout.BASIC)
scalars = sorted(set(range(0x20, 0x7F)) | set(range(0xA0, 0x180)) | {ord(mark) for mark in MARKS})
entries = [f"0x{scalar:04X}: {round(font.getlength(chr(scalar)))}" for scalar in scalars]
lines = [", ".join(entries[start:start + 8]) + "," for start in range(0, len(entries), 8)]
body = "\n".join("        " + line for line in lines)
swift = f"""// Written by scripts/make_svg_text_advances.py from DejaVu Sans; do not edit by hand.

extension SVGText {{
    /// Advance widths of DejaVu Sans in 1/2048 em, by Unicode scalar: printable Latin-1, Latin Extended-A and marks.
    static let advances: [UInt32: Int] = [
{body}
    ]
}}
"""
with open("Sources/ExportModule/Report/SVGTextAdvances.swift", "w", encoding="utf-8") as file:
    file.write(swift)
