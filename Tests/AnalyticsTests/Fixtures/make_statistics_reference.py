"""Writes statistics_reference.json: reference values for Tests/AnalyticsTests/Statistics.

Run from this folder with `python3 make_statistics_reference.py` (scipy 1.17.1, numpy 2).
Every case records the exact call that produced its expected values. Holm, Cliff's delta,
Cronbach's alpha and the bootstrap are computed here in plain Python/numpy from their
textbook definitions (statsmodels and pingouin are not installed); everything else is scipy.
"""
import json
import math
import numpy as np
import scipy
from scipy import stats

MASK = (1 << 64) - 1


class SplitMix64:
    """SplitMix64 exactly as RapportCore/Random/SplitMix64.swift documents it."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next_index(self, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            value = self.next()
            if value >= threshold:
                return value % bound


    def next_unit(self):
        return (self.next() >> 11) * 2.0 ** -53


def gamma(shape, rng):
    """Marsaglia and Tsang's Gamma(shape) draw with the Box-Muller cosine normal, as ResampledMedian documents."""
    d = shape - 1.0 / 3.0
    c = 1 / math.sqrt(9 * d)
    while True:
        radius = math.sqrt(-2 * math.log(1 - rng.next_unit()))
        normal = radius * math.cos(2 * math.pi * rng.next_unit())
        base = 1 + c * normal
        u = rng.next_unit()
        if base <= 0:
            continue
        v = base * base * base
        if u > 0 and math.log(u) < 0.5 * normal * normal + d - d * v + d * math.log(v):
            return d * v
        if u == 0:
            return d * v


def resampled_median(ordered, rng):
    """A bootstrap resample's median drawn from the Beta-distributed order statistic, as documented."""
    n = len(ordered)
    if n == 1:
        return ordered[0]
    position = 0.5 * (n - 1)
    k = int(position)
    fraction = position - k
    x = gamma(k + 1.0, rng)
    y = gamma(float(n - k), rng)
    low_u = x / (x + y)
    pick = lambda u: ordered[min(n - 1, max(0, int(n * u)))]
    lower = pick(low_u)
    if fraction == 0:
        return lower
    gap = 1 - (1 - rng.next_unit()) ** (1 / (n - k - 1))
    return lower + (pick(low_u + (1 - low_u) * gap) - lower) * fraction


def bootstrap_ratio_of_medians(numerator, denominator, resamples, seed, confidence):
    """The documented procedure of Bootstrap.ratioOfMedians, re-implemented independently."""
    rng = SplitMix64(seed)
    top, bottom = sorted(numerator), sorted(denominator)
    ratios = []
    for _ in range(resamples):
        t = resampled_median(top, rng)
        b = resampled_median(bottom, rng)
        if b != 0:
            ratios.append(t / b)
    lower, upper = np.quantile(ratios, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(np.median(numerator)) / float(np.median(denominator)), float(lower), float(upper)


def holm(p_values):
    """Holm's step-down adjustment by its definition (as statsmodels multipletests(method='holm'))."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for position, index in enumerate(order):
        running = max(running, (m - position) * p_values[index])
        adjusted[index] = min(1.0, running)
    return adjusted


def cliffs_delta(x, y):
    """Cliff's delta by comparing every pair (O(n*m), independent of the sorted merge in Swift)."""
    difference = np.subtract.outer(np.asarray(x, float), np.asarray(y, float))
    return float((np.sum(difference > 0) - np.sum(difference < 0)) / difference.size)


def cronbach_alpha(items):
    """Textbook alpha = k/(k-1) * (1 - sum of item variances / variance of totals), ddof=1."""
    matrix = np.asarray(items, float)
    k = matrix.shape[0]
    return float(k / (k - 1) * (1 - matrix.var(axis=1, ddof=1).sum() / matrix.sum(axis=0).var(ddof=1)))


def floats(values):
    return [float(v) for v in values]


rng = np.random.default_rng(20261123)
large_x = floats(np.round(rng.lognormal(3.0, 1.0, 2000), 3))
large_y = floats(np.round(rng.lognormal(3.1, 0.9, 1800), 3))
tied_x = floats(rng.integers(0, 4, 60))
tied_y = floats(rng.integers(0, 5, 45))
small_x = [1.2, 3.4, 0.7, 5.5, 2.2]
small_y = [4.1, 6.3, 2.9, 7.7, 5.0, 8.8, 3.3]
uneven_x = [12.0, 15.5, 9.1]
uneven_y = floats(np.round(rng.normal(14, 3, 25), 2))
identical = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]

reference = {
    "generator": "make_statistics_reference.py",
    "scipy": scipy.__version__,
    "numpy": np.__version__,
    "wilson": [], "chiSquaredSurvival": [], "chiSquaredGoodnessOfFit": [],
    "normal": [], "studentT": [], "bootstrap": [], "mannWhitney": [], "welch": [], "kruskal": [],
    "holm": [], "cliffsDelta": [], "spearman": [], "cronbach": [],
}

for k, n, c in [(0, 10, 0.95), (3, 10, 0.95), (10, 10, 0.95), (57, 200, 0.9), (1, 1, 0.99), (412, 1000, 0.95)]:
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=c, method="wilson")
    reference["wilson"].append({
        "call": f"scipy.stats.binomtest({k}, {n}).proportion_ci(confidence_level={c}, method='wilson')",
        "successes": k, "trials": n, "confidence": c, "lower": float(ci.low), "upper": float(ci.high)})

for x, df in [(0.5, 1), (3.84, 1), (10.0, 3), (0.01, 2), (250.0, 4), (7.3, 0.5), (1e-6, 7), (60.0, 60)]:
    reference["chiSquaredSurvival"].append({
        "call": f"scipy.stats.chi2.sf({x}, {df})", "x": x, "df": df, "p": float(stats.chi2.sf(x, df))})

for observed, expected in [([18, 22, 20, 40], [25, 25, 25, 25]), ([5, 9], [7, 7]), ([100, 80, 95, 125, 100], [100] * 5)]:
    result = stats.chisquare(observed, expected)
    reference["chiSquaredGoodnessOfFit"].append({
        "call": f"scipy.stats.chisquare({observed}, {expected})", "observed": floats(observed),
        "expected": floats(expected), "statistic": float(result.statistic), "df": len(observed) - 1,
        "p": float(result.pvalue)})

for z in [-8.0, -3.2, -1.96, -0.4, 0.0, 0.7, 1.6448536269514722, 4.5, 9.0]:
    reference["normal"].append({
        "call": f"scipy.stats.norm.cdf({z}), .sf({z})", "z": z, "cdf": float(stats.norm.cdf(z)),
        "survival": float(stats.norm.sf(z))})
reference["normalQuantile"] = [
    {"call": f"scipy.stats.norm.ppf({p})", "p": p, "z": float(stats.norm.ppf(p))}
    for p in [1e-12, 0.001, 0.02, 0.025, 0.3, 0.5, 0.8, 0.975, 0.995, 0.999999]]

for t, df in [(-4.0, 3), (-1.0, 10), (0.0, 5), (0.5, 1), (2.1, 2.5), (2.8, 30.7), (7.0, 12), (25.0, 1000)]:
    reference["studentT"].append({
        "call": f"scipy.stats.t.cdf({t}, {df}), .sf({t}, {df})", "t": t, "df": df,
        "cdf": float(stats.t.cdf(t, df)), "survival": float(stats.t.sf(t, df))})

boot_large_x = large_x[:300]
boot_large_y = large_y[:250]
for name, a, b, resamples, seed, c in [
        ("small", [3.0, 9.0, 4.0, 12.0, 7.0], [2.0, 5.0, 3.0, 6.0], 2000, 42, 0.95),
        ("zero denominators skipped", [1.0, 2.0, 3.0, 4.0], [0.0, 0.0, 1.0, 2.0, 5.0], 2000, 7, 0.9),
        ("larger", boot_large_x, boot_large_y, 400, 20261123, 0.95)]:
    estimate, lower, upper = bootstrap_ratio_of_medians(a, b, resamples, seed, c)
    reference["bootstrap"].append({
        "name": name, "call": "bootstrap_ratio_of_medians (Python re-implementation in this script)",
        "numerator": a, "denominator": b, "resamples": resamples, "seed": seed, "confidence": c,
        "estimate": estimate, "lower": lower, "upper": upper})

mwu_cases = [
    ("small exact", small_x, small_y, "auto"),
    ("small exact reversed", small_y, small_x, "auto"),
    ("one side small, other large, exact", uneven_x, uneven_y, "auto"),
    ("group of one value", [5.0], [1.0, 2.0, 3.0, 4.0, 6.0, 7.0, 8.0], "auto"),
    ("heavy ties, asymptotic", tied_x, tied_y, "auto"),
    ("small with ties falls back to asymptotic", [1.0, 2.0, 2.0, 3.0], [2.0, 3.0, 4.0, 5.0], "auto"),
    ("small with ties forced exact", [1.0, 2.0, 2.0, 3.0], [2.0, 3.0, 4.0, 5.5], "exact"),
    ("small forced asymptotic", small_x, small_y, "asymptotic"),
    ("identical groups", identical, identical, "auto"),
    ("large unequal sizes", large_x, large_y, "auto"),
    ("complete separation exact", [1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], "auto"),
]
for name, x, y, method in mwu_cases:
    result = stats.mannwhitneyu(x, y, alternative="two-sided", method=method)
    reference["mannWhitney"].append({
        "name": name, "call": f"scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='{method}')",
        "x": x, "y": y, "method": method, "u": float(result.statistic), "p": float(result.pvalue)})

for name, x, y in [("small", small_x, small_y), ("unequal sizes", uneven_x, uneven_y),
                   ("heavy ties", tied_x, tied_y), ("identical groups", identical, identical),
                   ("large", large_x, large_y), ("one constant group", [2.0, 2.0, 2.0], [1.0, 4.0, 6.0, 9.0])]:
    result = stats.ttest_ind(x, y, equal_var=False)
    reference["welch"].append({
        "name": name, "call": "scipy.stats.ttest_ind(x, y, equal_var=False)", "x": x, "y": y,
        "t": float(result.statistic), "df": float(result.df), "p": float(result.pvalue)})

for name, groups in [("three small", [small_x, small_y, uneven_x]),
                     ("heavy ties", [tied_x, tied_y, floats(rng.integers(0, 4, 30))]),
                     ("group of one value", [[4.0], [1.0, 2.0, 3.0], [5.0, 6.0, 7.5, 8.0]]),
                     ("identical groups", [identical, identical]),
                     ("large unequal sizes", [large_x, large_y, large_x[:700]])]:
    result = stats.kruskal(*groups)
    reference["kruskal"].append({
        "name": name, "call": "scipy.stats.kruskal(*groups)", "groups": groups, "h": float(result.statistic),
        "df": len(groups) - 1, "p": float(result.pvalue)})

for name, p in [("textbook", [0.01, 0.04, 0.03, 0.005]), ("capped and monotone", [0.2, 0.5, 0.04, 0.3, 0.9]),
                ("ties", [0.02, 0.02, 0.1]), ("single", [0.3])]:
    reference["holm"].append({"name": name, "call": "holm(p) in this script", "p": p, "adjusted": holm(p)})

for name, x, y in [("small", small_x, small_y), ("heavy ties", tied_x, tied_y),
                   ("identical groups", identical, identical), ("group of one value", [5.0], [1.0, 5.0, 7.0]),
                   ("large", large_x, large_y)]:
    reference["cliffsDelta"].append({"name": name, "call": "cliffs_delta(x, y) in this script", "x": x, "y": y,
                                     "delta": cliffs_delta(x, y)})

spearman_y_large = floats(np.round(np.asarray(large_x) * 0.3 + rng.normal(0, 15, 2000), 2))
for name, x, y in [("small", small_x, [2.0, 1.5, 1.0, 9.9, 2.5]), ("heavy ties", tied_x[:45], tied_y),
                   ("perfect", [1.0, 2.0, 3.0, 4.0], [10.0, 20.0, 30.0, 40.0]),
                   ("large", large_x, spearman_y_large)]:
    result = stats.spearmanr(x, y)
    reference["spearman"].append({"name": name, "call": "scipy.stats.spearmanr(x, y)", "x": x, "y": y,
                                  "rho": float(result.statistic), "p": float(result.pvalue)})

base = rng.normal(3, 1, 200)
for name, items in [("textbook three items", [[2, 4, 3, 5, 1], [3, 5, 3, 4, 2], [2, 5, 4, 5, 1]]),
                    ("large five items", [floats(np.round(base + rng.normal(0, 0.8, 200), 2)) for _ in range(5)])]:
    reference["cronbach"].append({"name": name, "call": "cronbach_alpha(items) in this script",
                                  "items": [floats(i) for i in items], "alpha": cronbach_alpha(items)})

with open("statistics_reference.json", "w") as out:
    json.dump(reference, out, indent=1)
