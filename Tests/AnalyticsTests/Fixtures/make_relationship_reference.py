"""Writes the fixtures of responsiveness, relationship-stages and frequency-pressure and their expected values.

Run from this folder with `python3 make_relationship_reference.py` (pandas 2, numpy, scipy 1.17.1).
Part 1 draws three small CSV tables with a seeded numpy generator (with deliberate awkward rows:
unanswered comments, replies dated before their comment, comments without a time, a missing responder,
an unknown interaction type, posts around midnight between Sunday and Monday in Berlin, posts with 0 followers).
Part 2 reads the CSV files back with pandas and computes the expected values straight from METRICS.md,
without looking at rapport's code, into relationship_reference.json.
"""
import json
import numpy as np
import pandas as pd
from scipy import stats

rng = np.random.default_rng(20261123)
BASE = pd.Timestamp("2026-01-05T00:00:00Z")  # a Monday


def iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- part 1: the fixtures
rows = []
for i in range(240):
    account = "acme" if i % 3 else "beta"
    responder = "staff" if rng.random() < 0.6 else "agency"
    commented = BASE + pd.Timedelta(seconds=int(rng.integers(0, 60 * 86400)))
    answers = rng.random() < (0.85 if responder == "staff" else 0.6)
    delay = rng.lognormal(np.log(3600 if responder == "staff" else 8 * 3600), 1.0)
    replied = iso(commented + pd.Timedelta(seconds=int(delay))) if answers else ""
    rows.append([f"c{i:03d}", f"p{i % 40:02d}", account, iso(commented), replied,
                 ("Lena" if responder == "staff" else "Kontor") if answers else "", responder])
rows[5][4] = iso(pd.Timestamp(rows[5][3]) - pd.Timedelta(hours=2))   # reply before its comment
rows[6][4] = iso(pd.Timestamp(rows[6][3]) - pd.Timedelta(minutes=5))  # reply before its comment
rows[7][3] = ""                                                     # comment without a time (answered)
rows[8][3] = ""; rows[8][4] = ""                                    # comment without a time (unanswered)
rows[9][6] = ""; rows[10][6] = ""; rows[11][6] = ""                 # no responder
pd.DataFrame(rows, columns=["comment_id", "post_id", "account", "commented_at", "replied_at", "replied_by",
                            "responder"]).to_csv("relationship_replies.csv", index=False)

rows = []
types = ["like", "comment", "share", "reply"]
for i in range(600):
    person = f"u{int(rng.zipf(1.6)) % 50:02d}"
    account = "acme" if rng.random() < 0.6 else "beta"
    kind = types[int(rng.choice(4, p=[0.6, 0.2, 0.12, 0.08]))]
    when = BASE + pd.Timedelta(seconds=int(rng.integers(0, 400 * 86400)))
    rows.append([person, f"p{i % 90:02d}", account, kind, iso(when)])
rows[3][3] = "save"     # a type that earns no points
rows[4][3] = "Comment"  # types are read without regard to case
rows.append(["u90", "p01", "acme", "comment", iso(BASE)])  # only long before the window: a stranger
pd.DataFrame(rows, columns=["person", "post_id", "account", "type", "time"]).to_csv(
    "relationship_interactions.csv", index=False)

rows = []
post = 0
for account, weeks in [("a1", 24), ("a2", 20), ("a3", 2)]:
    for week in range(weeks):
        count = int(rng.integers(1, 9))
        for k in range(count):
            # a1: the more posts in a week, the fewer likes per post
            followers = 10000 if account != "a2" or week != 7 else 0
            base = 400 - 35 * count if account == "a1" else 200
            likes = max(0, int(base + rng.normal(0, 40)))
            when = BASE + pd.Timedelta(days=7 * week) + pd.Timedelta(seconds=int(rng.integers(0, 7 * 86400)))
            if k == 0 and week % 4 == 1:
                when = BASE + pd.Timedelta(days=7 * week) - pd.Timedelta(minutes=30)  # Sunday 23:30 UTC = Monday in Berlin
            rows.append([f"q{post:04d}", account, iso(when), followers, likes, int(rng.integers(0, 30)),
                         int(rng.integers(0, 10))])
            post += 1
pd.DataFrame(rows, columns=["post_id", "account", "published", "followers", "likes", "comments", "shares"]).to_csv(
    "relationship_posts.csv", index=False)

# ---------------------------------------------------------------- part 2: the expected values
reference = {}

replies = pd.read_csv("relationship_replies.csv", keep_default_na=False)
replies = replies[replies.commented_at != ""].copy()
replies["answered"] = replies.replied_at != ""
start = pd.to_datetime(replies.commented_at, utc=True)
end = pd.to_datetime(replies.replied_at.replace("", None), utc=True)
replies["hours"] = (end - start).dt.total_seconds() / 3600
replies.loc[replies.hours < 0, "hours"] = np.nan


def responsiveness_row(frame):
    n, k = len(frame), int(frame.answered.sum())
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    hours = frame.hours.dropna().to_numpy()
    return {"comments": n, "answered": k, "share": k / n, "lower": ci.low, "upper": ci.high,
            "median_hours": float(np.quantile(hours, 0.5)) if len(hours) else None,
            "p90_hours": float(np.quantile(hours, 0.9)) if len(hours) else None}


expected = []
for account, frame in replies.groupby("account"):
    expected.append({"account": account, "responder": "all", **responsiveness_row(frame)})
    for responder, part in frame.groupby("responder"):
        expected.append({"account": account, "responder": responder or None, **responsiveness_row(part)})
# rapport sorts a missing responder first among the responders of a group, like ascending order with missing first
for item in expected:
    item["order"] = (item["account"], 0 if item["responder"] == "all" else 1 if item["responder"] is None else 2,
                     item["responder"] or "")
expected.sort(key=lambda item: item.pop("order"))
reference["responsiveness_by_account"] = expected
reference["responsiveness_hours"] = [None if np.isnan(h) else h for h in
                                     pd.read_csv("relationship_replies.csv", keep_default_na=False).pipe(
                                         lambda f: (pd.to_datetime(f.replied_at.replace("", None), utc=True)
                                                    - pd.to_datetime(f.commented_at.replace("", None), utc=True))
                                         .dt.total_seconds() / 3600).where(lambda h: h >= 0)]

interactions = pd.read_csv("relationship_interactions.csv", keep_default_na=False)
interactions["when"] = pd.to_datetime(interactions.time, utc=True)
POINTS = {"like": 1, "comment": 2, "share": 3, "reply": 4}


def stages(frame, keys, end, window, friend, confidant, recent):
    frame = frame.copy()
    frame["kind"] = frame.type.str.lower()
    frame["points"] = frame.kind.map(POINTS).fillna(0)
    inside = (frame.when > end - pd.Timedelta(days=window)) & (frame.when <= end)
    frame["counted"] = np.where(inside, frame.points, 0)
    frame["deep"] = inside & (frame.when > end - pd.Timedelta(days=recent)) & frame.kind.isin(["comment", "share"])
    people = frame.groupby(keys + ["person"]).agg(points=("counted", "sum"), deep=("deep", "any")).reset_index()
    people["stage"] = np.select(
        [(people.points >= confidant) & people.deep, people.points >= friend, people.points > 0],
        ["confidant", "friend", "acquaintance"], "stranger")
    table = []
    for key, group in (people.groupby(keys) if keys else [((), people)]):
        counts = group.stage.value_counts()
        row = {"people": len(group)}
        for stage in ["stranger", "acquaintance", "friend", "confidant"]:
            row[stage + "s"] = int(counts.get(stage, 0))
        if keys:
            row["account"] = key[0]
        table.append(row)
    lookup = {"|".join([*(str(r[k]) for k in keys), r["person"]]): r["stage"] for _, r in people.iterrows()}
    per_row = ["|".join([*(str(r[k]) for k in keys), r.person]) for _, r in frame.iterrows()]
    return {"groups": table, "per_row": [lookup[key] for key in per_row], "end": iso(end)}


latest = interactions.when.max()
reference["stages_by_account"] = stages(interactions, ["account"], latest, 180, 5, 20, 30)
reference["stages_overall"] = stages(interactions, [], latest, 180, 5, 20, 30)
as_of = pd.Timestamp("2026-10-01T00:00:00Z")
reference["stages_as_of_custom"] = {"as_of": iso(as_of), "window": 90, "friend": 3, "confidant": 10, "recent": 14,
                                    **stages(interactions, [], as_of, 90, 3, 10, 14)}

posts = pd.read_csv("relationship_posts.csv")
posts["rate"] = (posts.likes + posts.comments + posts.shares) / posts.followers.where(posts.followers > 0)
local = pd.to_datetime(posts.published, utc=True).dt.tz_convert("Europe/Berlin")
calendar = local.dt.isocalendar()
posts["week"] = calendar.year * 100 + calendar.week
expected = []
for account, frame in posts.groupby("account"):
    weekly = frame.groupby("week").agg(posts=("post_id", "size"), median=("rate", "median"))
    rated = weekly.dropna()
    row = {"account": account, "weeks": len(weekly), "posts": int(weekly.posts.sum()),
           "posts_per_week": weekly.posts.sum() / len(weekly), "rho": None, "p": None,
           "reading": "too few weeks or no variation to tell"}
    if len(rated) >= 3 and rated.posts.nunique() > 1 and rated["median"].nunique() > 1:
        result = stats.spearmanr(rated.posts, rated["median"])
        row["rho"], row["p"] = float(result.statistic), float(result.pvalue)
        row["reading"] = ("no clear link between posts and engagement" if row["p"] >= 0.05 else
                          "more posts, lower engagement" if row["rho"] < 0 else "more posts, higher engagement")
    expected.append(row)
reference["frequency_berlin"] = expected

# the real Instagram insights of one creator (../shared/datasets): one account, rate by impressions, UTC weeks
real = pd.read_csv("../../../../shared/datasets/instagram-insights-creator/instagram_insights.csv")
real["rate"] = (real.Likes + real.Comments + real.Shares + real.Saves) / real.Impressions.where(real.Impressions > 0)
calendar = pd.to_datetime(real.Date, utc=True).dt.isocalendar()
real["week"] = calendar.year * 100 + calendar.week
weekly = real.groupby("week").agg(posts=("rate", "size"), median=("rate", "median"))
result = stats.spearmanr(weekly.posts, weekly["median"])
reference["frequency_instagram_insights"] = {"weeks": len(weekly), "posts": int(weekly.posts.sum()),
                                             "posts_per_week": weekly.posts.sum() / len(weekly),
                                             "rho": float(result.statistic), "p": float(result.pvalue)}

with open("relationship_reference.json", "w") as out:
    json.dump(reference, out, indent=1, default=float)
