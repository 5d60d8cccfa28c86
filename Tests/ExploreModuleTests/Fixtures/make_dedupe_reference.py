"""Writes dedupe_reference.json: the rows pandas' drop_duplicates keeps of the UCI Facebook Live sellers file.

Run from this folder with `python3 make_dedupe_reference.py` (pandas 3.1.1). The file is the repository's copy,
workspace/sources/uci-fb-live-sellers-thailand/Live.csv (sha256 621ffbc1…eb850, the same as ../shared/datasets). For
each case, `DataFrame.duplicated(subset, keep)` on the file read as text; the script checks that reading the numbers
as numbers and status_published as times keeps the same rows, so the answer does not hang on how types are read.
Kept rows are 0-based row indices, written as [start, end) ranges to keep the file small.
"""
import json
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = os.path.join(HERE, "..", "..", "..", "workspace", "sources", "uci-fb-live-sellers-thailand", "Live.csv")

text = pd.read_csv(FILE, encoding="utf-8-sig", dtype=str, keep_default_na=False)
typed = pd.read_csv(FILE, encoding="utf-8-sig")
typed["status_published"] = pd.to_datetime(typed["status_published"], format="mixed")

CASES = [None, ["status_id"], ["status_published"], ["status_type"], ["status_type", "num_reactions"]]


def ranges(indices):
    """Sorted indices as [start, end) ranges."""
    result = []
    for index in indices:
        if result and result[-1][1] == index:
            result[-1][1] = index + 1
        else:
            result.append([index, index + 1])
    return result


cases = []
for subset in CASES:
    for keep in ("first", "last"):
        kept = [int(i) for i in text.index[~text.duplicated(subset=subset, keep=keep)]]
        same = [int(i) for i in typed.index[~typed.duplicated(subset=subset, keep=keep)]]
        assert kept == same, (subset, keep)
        cases.append({"on": subset or [], "keep": keep, "removed": len(text) - len(kept), "kept": ranges(kept)})

with open(os.path.join(HERE, "dedupe_reference.json"), "w") as out:
    json.dump({"pandas": pd.__version__, "rows": len(text), "cases": cases}, out, separators=(",", ":"))
    out.write("\n")
