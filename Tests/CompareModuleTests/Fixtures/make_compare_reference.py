"""Writes compare_posts.csv and compare_reference.json for Tests/CompareModuleTests.

Run from this folder: python3 make_compare_reference.py
The posts have heavy ties (few distinct like counts over equal follower counts) and groups of
different sizes, groups below 10 posts, and two small groups without ties (story, reel: exact Mann-Whitney).
Expected values are scipy's (version recorded): mannwhitneyu(x, y, alternative="two-sided")
with its default method choice, ttest_ind(log1p(x), log1p(y), equal_var=False), kruskal(*groups);
Holm by its definition; Cliff's delta by counting all pairs; medians by numpy (linear).
"""
import csv
import json
import math
import random

import numpy as np
import scipy
from scipy import stats

rng = random.Random(20261123)
rows = []
for i in range(60):
    rows.append(("video", rng.choice([10, 12, 12, 15, 20, 20, 20, 30]), 1000))
for i in range(45):
    rows.append(("photo", rng.choice([8, 10, 10, 12, 12, 15]), 1000))
for i in range(9):
    rows.append(("link", rng.choice([5, 8, 10, 10]), 1000))
exact_likes = [31, 7, 22, 14, 3, 27, 18, 11]
for likes in exact_likes:
    rows.append(("story", likes, 997))
for likes in [4, 9, 16, 25, 33, 40]:
    rows.append(("reel", likes, 997))

with open("compare_posts.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["id", "format", "likes", "followers"])
    for index, (fmt, likes, followers) in enumerate(rows):
        writer.writerow([index + 1, fmt, likes, followers])

groups = {}
for fmt, likes, followers in rows:
    groups.setdefault(fmt, []).append(likes / followers)


def cliffs(x, y):
    greater = sum(1 for a in x for b in y if a > b)
    less = sum(1 for a in x for b in y if a < b)
    return (greater - less) / (len(x) * len(y))


def holm(ps):
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    adjusted = [0.0] * len(ps)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(ps) - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


def pair_values(first, second):
    x, y = groups[first], groups[second]
    return {
        "group": first, "against": second,
        "p_mwu": float(stats.mannwhitneyu(x, y, alternative="two-sided").pvalue),
        "p_welch": float(stats.ttest_ind(np.log1p(x), np.log1p(y), equal_var=False).pvalue),
        "cliffs_delta": cliffs(x, y),
        "difference": float(np.median(x) - np.median(y)),
        "ratio": float(np.median(x) / np.median(y)),
    }


names = sorted(groups)
reference = {
    "scipy": scipy.__version__, "numpy": np.__version__,
    "calls": {"p_mwu": "scipy.stats.mannwhitneyu(x, y, alternative='two-sided') (method chosen by scipy)",
              "p_welch": "scipy.stats.ttest_ind(numpy.log1p(x), numpy.log1p(y), equal_var=False).pvalue",
              "p_mwu_holm, p_welch_holm": "Holm step-down over all pairs (holm() in this script)",
              "cliffs_delta": "all pairs counted (cliffs() in this script)",
              "median, p25, p75": "numpy.quantile(x, q) (linear)"},
    "groups": {name: {"posts": len(values), "median": float(np.median(values)), "mean": float(np.mean(values)),
                      "p25": float(np.quantile(values, 0.25)), "p75": float(np.quantile(values, 0.75))}
               for name, values in groups.items()},
    "kruskal": {"call": "scipy.stats.kruskal(*groups)", **dict(zip(("h", "p"), map(float, stats.kruskal(*[groups[n] for n in names]))))},
}
pairs = []
for i, a in enumerate(names):
    for b in names[i + 1:]:
        first, second = (a, b) if np.median(groups[a]) >= np.median(groups[b]) else (b, a)
        pairs.append(pair_values(first, second))
for key in ("p_mwu", "p_welch"):
    for pair, adjusted in zip(pairs, holm([p[key] for p in pairs])):
        pair[key + "_holm"] = adjusted
reference["pairs"] = pairs
reference["two_groups"] = pair_values("video", "photo")
reference["exact_pair"] = pair_values("reel", "story")  # 6 and 8 distinct values: scipy chooses the exact method
with open("compare_reference.json", "w") as handle:
    json.dump(reference, handle, indent=1, sort_keys=True)
