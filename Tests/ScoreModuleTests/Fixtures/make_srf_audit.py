"""Expected values of `audit` on the SRF hand-labelled Instagram followers, computed independently with pandas/scipy.

Reads ../shared/datasets/srf-instagram-fake-followers/labelled_1000_inclprivate.csv straight from its CSV
(not through rapport), applies the audit's published rules as docs/METRICS-AUTHENTICITY.md defines them,
and writes srf_audit_expected.json beside this script. Run: python3 make_srf_audit.py
"""
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = HERE
while not os.path.exists(os.path.join(ROOT, "Package.swift")):
    ROOT = os.path.dirname(ROOT)
CSV = os.path.join(os.path.dirname(ROOT), "shared/datasets/srf-instagram-fake-followers/labelled_1000_inclprivate.csv")

data = pd.read_csv(CSV)
followers = data["Number.of.followers"].astype(float)
following = data["Number.of.people.they.follow"].astype(float)
posts = data["Number.of.posts"].astype(float)
picture = data["has_profile_picture"].astype(bool)
fake = data["rating"].astype(bool)

# The indicators the file's roles allow (followers, following, posts, has_picture); True = sign of a fake.
signs = pd.DataFrame({
    "camisani.no-picture": ~picture,
    "camisani.few-followers": followers < 30,
    "camisani.few-posts": posts < 50,
    "camisani.following-ratio": 2 * followers < following,
    "socialbakers.following-ratio-50": (following > 0) & (following >= 50 * followers),
    "socialbakers.never-posted": posts == 0,
    "stateofsearch.following-ratio-100": (following > 0) & (following >= 100 * followers),
})


def scenario(weights, threshold):
    """Score = weighted share of signs among the applied indicators; fake when score >= threshold."""
    w = pd.Series(weights, dtype=float)
    score = (signs[w.index].astype(float) * w).sum(axis=1) / w.sum()
    verdict = score >= threshold
    n = len(verdict)
    k = int(verdict.sum())
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    tp = int((verdict & fake).sum())
    fp = int((verdict & ~fake).sum())
    tn = int((~verdict & ~fake).sum())
    fn = int((~verdict & fake).sum())
    return {
        "threshold": threshold,
        "weights": weights,
        "examined": n,
        "likely_fake": k,
        "fake_share": k / n,
        "fake_share_low": ci.low,
        "fake_share_high": ci.high,
        "real_audience": n * (1 - k / n),
        "hits": {name: int(signs[name].sum()) for name in weights},
        # Each indicator alone as the classifier: precision = shows & fake / shows, recall = shows & fake / fake.
        "indicator_precision": {name: float((signs[name] & fake).sum() / signs[name].sum()) for name in weights},
        "indicator_recall": {name: float((signs[name] & fake).sum() / fake.sum()) for name in weights},
        "accuracy": (tp + tn) / n,
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / (tp + fn) if tp + fn else None,
        "true_positives": tp, "false_positives": fp, "true_negatives": tn, "false_negatives": fn,
        "scores_first_five": [float(x) for x in score.head(5)],
    }


# Benford: first significant digit of the positive follower counts.
positive = data["Number.of.followers"][data["Number.of.followers"] > 0]
digits = positive.astype(str).str[0].astype(int)
counts = np.array([int((digits == d).sum()) for d in range(1, 10)])
n = counts.sum()
expected_share = np.log10(1 + 1 / np.arange(1, 10))
chi = stats.chisquare(counts, f_exp=expected_share * n)
mad = float(np.mean(np.abs(counts / n - expected_share)))

result = {
    "note": "computed by make_srf_audit.py with pandas " + pd.__version__ + " and scipy " + __import__("scipy").__version__
            + " from the raw CSV; Wilson interval by scipy.stats.binomtest(...).proportion_ci(method='wilson'),"
            + " chi-squared by scipy.stats.chisquare against n*log10(1+1/d)",
    "rows": len(data),
    "labelled_fake": int(fake.sum()),
    "default": scenario({name: 1.0 for name in signs.columns}, 0.5),
    # --rules socialbakers,camisani.few-posts=2,-socialbakers.never-posted --threshold 0.6
    "weighted": scenario({"camisani.few-posts": 2.0, "socialbakers.following-ratio-50": 1.0}, 0.6),
    "benford": {"counts": [int(c) for c in counts], "values": int(n), "chi_squared": float(chi.statistic),
                "p_value": float(chi.pvalue), "mad": mad},
}
with open(os.path.join(HERE, "srf_audit_expected.json"), "w") as out:
    json.dump(result, out, indent=2)
    out.write("\n")
