"""Writes periods_posts.csv and periods_reference.json for Tests/ScoreModuleTests/Trend and Score.

Run from this folder: python3 make_periods_reference.py (pandas, scipy; versions recorded in the JSON).
The posts run from mid-December 2024 to early January 2027 (2024-W51 to 2026-W53, three year ends), with
posts in the hours around Berlin's clock changes of 2025 and a second either side of midnight on New Year's Eve
in UTC and in Berlin, and none in August 2025 (an empty month) or in ISO weeks 2026-W20 and 2026-W21.
The engagement rate of a post is (likes + comments + shares + saves) / followers.

score: per zone (UTC, Europe/Berlin) and period (month, week, quarter) the groups of
groupby([period, voice]): posts (count), median (pandas' quantile, type 7), mean and pooled
(sum of interactions / sum of followers), with months as tz_convert(zone).dt.to_period('M') and ISO weeks
as isocalendar() (year-Wweek); `covered` lists every period from the first to the last, empty ones included.

trend: per zone, period and voice the medians of every covered period (None where empty), the change against the
previous period (absolute and relative, None when either is empty), and over the periods with posts
scipy.stats.theilslopes(medians, period_index, alpha=0.95) and scipy.stats.kendalltau(period_index, medians),
period_index counting calendar periods from 0 at the first covered one.
"""
import csv
import json
import random

import pandas as pd
import scipy
from scipy import stats

rng = random.Random(20261208)
start = pd.Timestamp("2024-12-15T00:00:00Z")
end = pd.Timestamp("2027-01-08T00:00:00Z")
seconds = int((end - start).total_seconds())

instants = []
while len(instants) < 420:
    moment = start + pd.Timedelta(seconds=rng.randrange(seconds))
    berlin = moment.tz_convert("Europe/Berlin")
    utc_month = moment.strftime("%Y-%m")
    if utc_month == "2025-08" or berlin.strftime("%Y-%m") == "2025-08":
        continue
    week = berlin.isocalendar()
    utc_week = moment.isocalendar()
    if (week[0], week[1]) in [(2026, 20), (2026, 21)] or (utc_week[0], utc_week[1]) in [(2026, 20), (2026, 21)]:
        continue
    instants.append(moment)
# Around Berlin's clock changes (2025-03-30 01:00Z, 2025-10-26 01:00Z) and midnights of New Year's Eve.
for text in ["2025-03-30T00:30:00Z", "2025-03-30T00:59:59Z", "2025-03-30T01:00:00Z", "2025-03-30T01:30:00Z",
             "2025-10-26T00:30:00Z", "2025-10-26T00:59:59Z", "2025-10-26T01:00:00Z", "2025-10-26T01:30:00Z",
             "2025-12-31T22:59:59Z", "2025-12-31T23:00:00Z", "2025-12-31T23:59:59Z", "2026-01-01T00:00:00Z",
             "2024-12-31T23:30:00Z", "2026-12-31T23:30:00Z", "2027-01-03T23:30:00Z", "2027-01-04T00:30:00Z"]:
    instants.append(pd.Timestamp(text))

rows = []
for index, moment in enumerate(instants):
    voice = rng.choice(["person", "institution"])
    followers = rng.choice([800, 1000, 1200, 5000])
    # A falling person rate and a flat institution rate, with noise and ties.
    months = (moment - start).days / 30.4
    base = (0.06 - 0.0015 * months) if voice == "person" else 0.02
    interactions = max(0, round(followers * base * rng.uniform(0.5, 1.5)))
    likes = rng.randint(0, interactions)
    comments = rng.randint(0, interactions - likes)
    shares = rng.randint(0, interactions - likes - comments)
    saves = interactions - likes - comments - shares
    rows.append({"post_id": f"p{index:04d}", "voice": voice,
                 "published": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "likes": likes, "comments": comments, "shares": shares, "saves": saves, "followers": followers})

with open("periods_posts.csv", "w", newline="") as handle:
    writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)

frame = pd.DataFrame(rows)
frame["published"] = pd.to_datetime(frame["published"], utc=True)
frame["interactions"] = frame[["likes", "comments", "shares", "saves"]].sum(axis=1)
frame["rate"] = frame["interactions"] / frame["followers"]


def labels(times, period):
    """The period label of each time (already in its zone) and the period's running number."""
    if period == "week":
        iso = times.dt.isocalendar()
        label = iso["year"].astype(str) + "-W" + iso["week"].astype(int).map("{:02d}".format)
        monday = (times.dt.tz_localize(None).dt.normalize()
                  - pd.to_timedelta(times.dt.day_of_week, unit="D"))
        number = (monday - pd.Timestamp("1969-12-29")).dt.days // 7
        return label, number
    code = {"month": "M", "quarter": "Q"}[period]
    periods = times.dt.tz_localize(None).dt.to_period(code)
    label = periods.astype(str)
    if period == "quarter":
        label = label.str.replace("Q", "-Q")
    return label, periods.map(lambda p: p.ordinal)


def covered(numbers, label_of):
    return [label_of[n] for n in range(numbers.min(), numbers.max() + 1)]


def label_table(times, period, numbers):
    """Labels of every period number from the first to the last, made from the period itself."""
    result = {}
    for n in range(numbers.min(), numbers.max() + 1):
        if period == "week":
            monday = pd.Timestamp("1969-12-29") + pd.Timedelta(days=7 * int(n))
            year, week, _ = monday.isocalendar()
            result[n] = f"{year}-W{week:02d}"
        elif period == "month":
            result[n] = str(pd.Period(ordinal=int(n), freq="M"))
        else:
            result[n] = str(pd.Period(ordinal=int(n), freq="Q")).replace("Q", "-Q")
    return result


score, trend = [], []
for zone in ["UTC", "Europe/Berlin"]:
    local = frame["published"].dt.tz_convert(zone)
    for period in ["month", "week", "quarter"]:
        label, number = labels(local, period)
        data = frame.assign(period=label.values, number=number.values)
        grouped = data.groupby(["period", "voice"])
        table = pd.DataFrame({
            "posts": grouped["rate"].count(),
            "median": grouped["rate"].quantile(0.5),
            "mean": grouped["rate"].mean(),
            "pooled": grouped["interactions"].sum() / grouped["followers"].sum(),
        }).reset_index()
        names = label_table(local, period, data["number"])
        score.append({"zone": zone, "per": period,
                      "covered": covered(data["number"], names),
                      "groups": table.to_dict(orient="records")})
        for voice in ["institution", "person"]:
            mine = data[data["voice"] == voice]
            first, last = data["number"].min(), data["number"].max()
            medians = mine.groupby("number")["rate"].quantile(0.5)
            series = [None if n not in medians.index else float(medians[n]) for n in range(first, last + 1)]
            changes, relative = [None], [None]
            for i in range(1, len(series)):
                if series[i] is None or series[i - 1] is None:
                    changes.append(None)
                    relative.append(None)
                else:
                    changes.append(series[i] - series[i - 1])
                    relative.append(None if series[i - 1] == 0 else (series[i] - series[i - 1]) / series[i - 1])
            x = [i for i, m in enumerate(series) if m is not None]
            y = [m for m in series if m is not None]
            fit = stats.theilslopes(y, x, alpha=0.95)
            tau = stats.kendalltau(x, y)
            trend.append({"zone": zone, "per": period, "voice": voice, "medians": series, "changes": changes,
                          "relative": relative, "slope": fit.slope, "low": fit.low_slope, "high": fit.high_slope,
                          "tau": tau.statistic, "p": tau.pvalue})

with open("periods_reference.json", "w") as handle:
    json.dump({"pandas": pd.__version__, "scipy": scipy.__version__, "rows": len(rows), "score": score,
               "trend": trend}, handle, indent=1)
