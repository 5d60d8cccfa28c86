"""Writes trend_reference.json: reference values for TheilSenTests and KendallTauTests.

Run from this folder with `python3 make_trend_reference.py` (scipy 1.17.1, numpy 2). Every value is scipy's:
scipy.stats.theilslopes(y, x, alpha) and scipy.stats.kendalltau(x, y) with its defaults. Where scipy answers
NaN (not computable) the JSON holds null, and the Swift code must answer nil.
"""
import json
import math
import warnings
import numpy as np
import scipy
from scipy import stats


def number(value):
    """A float for JSON, or None for NaN."""
    value = float(value)
    return None if math.isnan(value) else value


def floats(values):
    return [float(v) for v in values]


rng = np.random.default_rng(20260517)
months = floats(range(12))
gapped = [0.0, 1.0, 2.0, 4.0, 5.0, 7.0, 8.0, 9.0, 10.0, 12.0, 13.0, 14.0]
falling = floats(np.round(0.05 - 0.0012 * np.asarray(gapped) + rng.normal(0, 0.004, 12), 5))
noisy40 = floats(np.round(rng.normal(10, 3, 40) + 0.05 * np.arange(40), 3))
no_ties33 = floats(rng.permutation(33) + 0.5 * np.arange(33))
no_ties34 = floats(rng.permutation(34) * 1.0 - 0.3 * np.arange(34))
one_swap40 = floats(range(40))
one_swap40[17], one_swap40[18] = one_swap40[18], one_swap40[17]
one_swap171 = floats(range(171))
one_swap171[100], one_swap171[101] = one_swap171[101], one_swap171[100]
tied_y20 = floats(rng.integers(0, 6, 20))
tied_x20 = floats(np.repeat(np.arange(10), 2))
tripled_x15 = floats(np.repeat(np.arange(5), 3))
tripled_y15 = floats(rng.integers(0, 4, 15))

theil_cases = [
    ("two points", [0.0, 1.0], [3.0, 5.0], 0.95),
    ("three points", [0.0, 1.0, 2.0], [1.0, 0.5, 2.0], 0.95),
    ("four points with a gap", [0.0, 1.0, 3.0, 4.0], [0.12, 0.10, 0.07, 0.08], 0.95),
    ("ties in x", [0.0, 0.0, 1.0, 2.0, 2.0, 3.0], [1.0, 2.0, 2.5, 2.0, 4.0, 5.0], 0.95),
    ("ties in y", [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [2.0, 2.0, 3.0, 3.0, 3.0, 1.0, 4.0], 0.95),
    ("twelve months with gaps, falling", gapped, falling, 0.95),
    ("twelve months at 90 %", months, falling, 0.9),
    ("forty noisy periods", floats(range(40)), noisy40, 0.95),
    ("twenty with ties in x and y", tied_x20, tied_y20, 0.95),
    ("constant y, ties in x: no interval", [0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0], 0.95),
    ("all x equal: no slope", [3.0, 3.0, 3.0], [1.0, 2.0, 3.0], 0.95),
]

kendall_cases = [
    ("two points", [0.0, 1.0], [3.0, 5.0]),
    ("three points", [0.0, 1.0, 2.0], [1.0, 0.5, 2.0]),
    ("four points, tau exactly 0", [0.0, 1.0, 2.0, 3.0], [2.0, 0.0, 3.0, 1.0]),
    ("four points with a gap", [0.0, 1.0, 3.0, 4.0], [0.12, 0.10, 0.07, 0.08]),
    ("scipy's documentation example", [12.0, 2.0, 1.0, 12.0, 2.0], [1.0, 4.0, 7.0, 1.0, 0.0]),
    ("twelve months with gaps, falling", gapped, falling),
    ("33 without ties, exact", floats(range(33)), no_ties33),
    ("34 without ties, asymptotic", floats(range(34)), no_ties34),
    ("40 increasing, exact c = 0", floats(range(40)), floats(range(40))),
    ("40 with one swap, exact c = 1", floats(range(40)), one_swap40),
    ("171 with one swap, exact c = 1", floats(range(171)), one_swap171),
    ("180 decreasing, exact p underflows", floats(range(180)), floats(range(180, 0, -1))),
    ("forty noisy periods, asymptotic", floats(range(40)), noisy40),
    ("ties in y, small", [0.0, 1.0, 2.0, 3.0, 4.0], [1.0, 1.0, 2.0, 3.0, 3.0]),
    ("ties in x and y", tied_x20, tied_y20),
    ("groups of three tied in x and y", tripled_x15, tripled_y15),
    ("joint ties", [1.0, 1.0, 2.0, 2.0, 3.0, 3.0, 4.0], [5.0, 5.0, 6.0, 4.0, 7.0, 7.0, 2.0]),
    ("all y equal: nan", [0.0, 1.0, 2.0], [4.0, 4.0, 4.0]),
    ("one point: nan", [0.0], [1.0]),
]

reference = {"generator": "make_trend_reference.py", "scipy": scipy.__version__, "numpy": np.__version__,
             "theilSen": [], "kendallTau": []}

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for name, x, y, alpha in theil_cases:
        result = stats.theilslopes(y, x, alpha=alpha)
        reference["theilSen"].append({
            "name": name, "call": f"scipy.stats.theilslopes(y, x, alpha={alpha})", "x": x, "y": y,
            "confidence": alpha, "slope": number(result.slope), "intercept": number(result.intercept),
            "low": number(result.low_slope), "high": number(result.high_slope)})
    for name, x, y in kendall_cases:
        result = stats.kendalltau(x, y)
        has_ties = len(set(x)) < len(x) or len(set(y)) < len(y)
        reference["kendallTau"].append({
            "name": name, "call": "scipy.stats.kendalltau(x, y)", "x": x, "y": y,
            "tau": number(result.statistic), "p": number(result.pvalue), "hasTies": has_ties})

with open("trend_reference.json", "w") as out:
    json.dump(reference, out, indent=1)
