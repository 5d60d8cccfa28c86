"""Writes live_periods_reference.json for Tests/CompareModuleTests/SuccessivePeriodsComparisonTests.swift.

Run from this folder: python3 make_live_periods_reference.py (pandas, scipy; versions recorded in the JSON).
It reads the UCI Facebook Live sellers file (../../../../shared/datasets/uci-fb-live-sellers-thailand/Live.csv),
whose status_published (month/day/year hour:minute, some years in two digits, no zone) is read as UTC, and the
interactions of a post as num_reactions + num_comments + num_shares (the file's preset maps those to likes,
comments and shares).

per_month: the calendar months with posts, in order (dt.to_period('M')), each month's posts and median, and for
each month against the month with posts before it scipy.stats.mannwhitneyu(later, earlier,
alternative='two-sided') with its default method, Holm-adjusted over those adjacent pairs alone.
last_90d: the latest 90 days (after end - 90 days, up to and including end, the latest time) against the 90 days
before them (after end - 180 days, up to and including end - 90 days): posts, medians and the same test.
"""
import json
import os

import numpy as np
import pandas as pd
import scipy
from scipy import stats

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "../../../../shared/datasets/uci-fb-live-sellers-thailand/Live.csv")
frame = pd.read_csv(path, encoding="utf-8-sig")
frame["time"] = pd.to_datetime(frame["status_published"], format="mixed", dayfirst=False)
frame["interactions"] = frame["num_reactions"] + frame["num_comments"] + frame["num_shares"]


def holm(ps):
    order = np.argsort(ps)
    adjusted = [0.0] * len(ps)
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (len(ps) - rank) * ps[index]))
        adjusted[index] = running
    return adjusted


frame["month"] = frame["time"].dt.to_period("M")
months = sorted(frame["month"].unique())
values = [frame.loc[frame["month"] == m, "interactions"].to_numpy(dtype=float) for m in months]
pairs = []
for i in range(1, len(months)):
    test = stats.mannwhitneyu(values[i], values[i - 1], alternative="two-sided")
    pairs.append({"group": str(months[i]), "against": str(months[i - 1]), "p": float(test.pvalue)})
for pair, adjusted in zip(pairs, holm([pair["p"] for pair in pairs])):
    pair["p_holm"] = adjusted
per_month = {"months": [str(m) for m in months], "posts": [len(v) for v in values],
             "medians": [float(np.median(v)) for v in values], "pairs": pairs}

end = frame["time"].max()
start = end - pd.DateOffset(days=90)
earlier_start = start - pd.DateOffset(days=90)
recent = frame.loc[(frame["time"] > start) & (frame["time"] <= end), "interactions"].to_numpy(dtype=float)
earlier = frame.loc[(frame["time"] > earlier_start) & (frame["time"] <= start), "interactions"].to_numpy(dtype=float)
last = {"end": end.isoformat(), "posts": [len(recent), len(earlier)],
        "medians": [float(np.median(recent)), float(np.median(earlier))],
        "p": float(stats.mannwhitneyu(recent, earlier, alternative="two-sided").pvalue)}

with open(os.path.join(here, "live_periods_reference.json"), "w") as handle:
    json.dump({"pandas": pd.__version__, "scipy": scipy.__version__, "rows": len(frame), "per_month": per_month,
               "last_90d": last}, handle, indent=1)
