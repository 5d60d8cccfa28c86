"""Writes survey_reference.json: fixture responses and the values rapport must compute from them.

Run from this folder with `python3 make_survey_reference.py` (numpy 2, pandas 2, scipy 1.17.1).
The responses are drawn once with numpy's default_rng(2026); the expected values are computed here from
their textbook definitions, independently of rapport's Swift code:
- Likert (team-climate.json): reverse-keyed items scored 6 - x; scale score = mean of the keyed items;
  Cronbach's alpha = k/(k-1) * (1 - sum of item variances / variance of the totals), variances with ddof=1 (pandas);
- culture profile: per respondent the mean points per culture type over the six dimensions, per round;
  organisation = mean and sample SD (ddof=1) over the employees; gap = preferred - now;
  fit = scipy.stats.pearsonr(candidate preferred, organisation now) and the Euclidean distance (numpy.linalg.norm).
"""
import json
import numpy as np
import pandas as pd
from scipy import stats

rng = np.random.default_rng(2026)

# Likert: 8 respondents, items o1 o2 o3(reversed) c1 c2(reversed) c3 on 1..5.
items = ["o1", "o2", "o3", "c1", "c2", "c3"]
reverse = {"o3", "c2"}
scales = {"openness": ["o1", "o2", "o3"], "care": ["c1", "c2", "c3"]}
likert_rows = []
for respondent in range(8):
    open_trait, care_trait = rng.normal(0, 1, 2)
    row = {}
    for item in items:
        trait = open_trait if item.startswith("o") else care_trait
        value = int(np.clip(round(3 + 1.1 * trait + rng.normal(0, 0.7)), 1, 5))
        row[item] = 6 - value if item in reverse else value
    likert_rows.append(row)
raw = pd.DataFrame(likert_rows, columns=items)
keyed = raw.copy()
for item in reverse:
    keyed[item] = 6 - keyed[item]
likert_expected = {}
for scale, members in scales.items():
    part = keyed[members]
    k = len(members)
    alpha = k / (k - 1) * (1 - part.var(ddof=1).sum() / part.sum(axis=1).var(ddof=1))
    score = part.mean(axis=1)
    likert_expected[scale] = {"alpha": alpha, "mean": score.mean(), "sd": score.std(ddof=1)}


def split(target):
    """Four whole points near the target adding up to 100."""
    drawn = np.maximum(0, np.array(target) + rng.normal(0, 8, 4))
    points = np.floor(drawn / drawn.sum() * 100).astype(int)
    points[np.argmax(drawn)] += 100 - points.sum()
    return [int(p) for p in points]


# Culture profile: 6 employees and one candidate, 6 dimensions now then 6 preferred.
ipsative_rows = []
for respondent in range(7):
    now = [split([30, 15, 30, 25]) for _ in range(6)]
    preferred = [split([40, 25, 15, 20]) for _ in range(6)]
    ipsative_rows.append({"now": now, "preferred": preferred})
employees = ipsative_rows[:6]
candidate = ipsative_rows[6]
now_profiles = np.array([np.mean(r["now"], axis=0) for r in employees])
preferred_profiles = np.array([np.mean(r["preferred"], axis=0) for r in employees])
candidate_preferred = np.mean(candidate["preferred"], axis=0)
org_now = now_profiles.mean(axis=0)
fit = stats.pearsonr(candidate_preferred, org_now)
ipsative_expected = {
    "now_mean": now_profiles.mean(axis=0).tolist(),
    "now_sd": now_profiles.std(axis=0, ddof=1).tolist(),
    "preferred_mean": preferred_profiles.mean(axis=0).tolist(),
    "preferred_sd": preferred_profiles.std(axis=0, ddof=1).tolist(),
    "gap": (preferred_profiles.mean(axis=0) - now_profiles.mean(axis=0)).tolist(),
    "candidate_preferred": candidate_preferred.tolist(),
    "fit_r": float(fit.statistic),
    "fit_distance": float(np.linalg.norm(candidate_preferred - org_now)),
}

with open("survey_reference.json", "w") as out:
    json.dump({
        "likert_answers": [[int(row[item]) for item in items] for row in likert_rows],
        "likert_expected": likert_expected,
        "ipsative_answers": [r["now"] + r["preferred"] for r in ipsative_rows],
        "ipsative_expected": ipsative_expected,
    }, out, indent=1)
