"""Expected score results on the UCI Facebook metrics file, computed independently with pandas and numpy.

Run from this folder: python3 make_facebook_reference.py > facebook_reference.json
Definitions follow ../../../../shared/docs/METRICS.md: a missing count makes the post's value missing;
posts whose denominator is missing or 0 are left out; quantiles are numpy's default (linear, type 7);
pooled = sum of numerators / sum of denominators over the posts with a value.
"""
import json
import os
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "../../../../shared/datasets/uci-facebook-metrics/dataset_Facebook.csv")
frame = pd.read_csv(SOURCE, sep=";")
interactions = frame["like"] + frame["comment"] + frame["share"]  # NaN stays NaN
weighted = frame["like"] + 2 * frame["comment"] + 3 * frame["share"]


def summary(values, numerators, denominators, keys):
    data = pd.DataFrame({"v": values, "n": numerators, "d": denominators})
    if keys is None:
        data["k"] = "all"
    else:
        data["k"] = frame[keys].astype("string").fillna("<missing>")
    out = {}
    for key, group in data.groupby("k", dropna=False):
        present = group[group["v"].notna()]
        v = present["v"].to_numpy()
        out[str(key)] = {
            "posts": int(len(v)),
            "median": float(np.quantile(v, 0.5)),
            "mean": float(v.mean()),
            "p25": float(np.quantile(v, 0.25)),
            "p75": float(np.quantile(v, 0.75)),
            "pooled": float(present["n"].sum() / present["d"].sum()) if denominators is not None else float(present["n"].sum()),
        }
    return out


def rate(numerator, column):
    denominator = frame[column].where(frame[column] > 0)
    return numerator / denominator, numerator, denominator


cases = {}
followers = "Page total likes"
cases["engagement-rate by Type"] = summary(*rate(interactions, followers), "Type")
cases["engagement-rate --denominator reach"] = summary(*rate(interactions, "Lifetime Post Total Reach"), None)
cases["engagement-rate --denominator impressions by Paid"] = summary(*rate(interactions, "Lifetime Post Total Impressions"), "Paid")
cases["engagement-rate --weighted by Type"] = summary(*rate(weighted, followers), "Type")
cases["applause-rate by Category"] = summary(*rate(frame["like"], followers), "Category")
cases["conversation-rate"] = summary(*rate(frame["comment"], followers), None)
cases["amplification-rate by Type"] = summary(*rate(frame["share"], followers), "Type")
cases["engaged-user-rate by Paid"] = summary(*rate(frame["Lifetime Engaged Users"], "Lifetime Post Total Reach"), "Paid")
cases["interactions by Type"] = summary(interactions, interactions, None, "Type")
cases["applause-rate --unit post by Type"] = summary(frame["like"], frame["like"], None, "Type")
waste_ratio, engaged, reach = rate(frame["Lifetime Engaged Users"], "Lifetime Post Total Reach")
waste = summary(1 - waste_ratio, engaged, reach, "Paid")
for group in waste.values():
    group["pooled"] = 1 - group["pooled"]
cases["reach-waste by Paid"] = waste

json.dump({"source": "shared/datasets/uci-facebook-metrics/dataset_Facebook.csv",
           "computed_with": f"pandas {pd.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}",
           "missing_group_key": "<missing>", "cases": cases}, sys.stdout, indent=1, sort_keys=True)
