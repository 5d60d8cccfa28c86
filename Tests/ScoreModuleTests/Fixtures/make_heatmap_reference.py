"""Writes heatmap_reference.json for Tests/ScoreModuleTests/Heatmap from periods_posts.csv
(made by make_periods_reference.py).

Run from this folder: python3 make_heatmap_reference.py (pandas; its version is recorded in the JSON).
The engagement rate of a post is (likes + comments + shares + saves) / followers. Per zone (UTC, Europe/Berlin)
and case, the rows and columns are a period of `published` in that zone (weekday 1 = Monday ... 7, hour 0-23,
quarter as 2025-Q1) or a column (voice). pivot_table(aggfunc='median') gives each cell's median and
pivot_table(aggfunc='count') its posts; a cell with fewer posts than min_posts has no median (None). Every
weekday and hour is a row or column, and every quarter from the first to the last; `posts` and `medians` are
listed row by row.
"""
import json

import pandas as pd

frame = pd.read_csv("periods_posts.csv")
frame["published"] = pd.to_datetime(frame["published"], utc=True)
frame["rate"] = frame[["likes", "comments", "shares", "saves"]].sum(axis=1) / frame["followers"]

CASES = [("weekday", "hour", 5), ("weekday", "hour", 2), ("hour", "voice", 5), ("quarter", "weekday", 3)]


def axis(local, name):
    """Each post's value on an axis and the axis's values in order."""
    if name == "weekday":
        return local.dt.day_of_week + 1, list(range(1, 8))
    if name == "hour":
        return local.dt.hour, list(range(24))
    if name == "quarter":
        periods = local.dt.tz_localize(None).dt.to_period("Q")
        covered = pd.period_range(periods.min(), periods.max(), freq="Q")
        label = lambda period: f"{period.year}-Q{period.quarter}"
        return periods.map(label), [label(period) for period in covered]
    return frame[name], sorted(frame[name].unique())


cases = []
for zone in ["UTC", "Europe/Berlin"]:
    local = frame["published"].dt.tz_convert(zone)
    for rows, columns, minimum in CASES:
        table = pd.DataFrame({"rate": frame["rate"]})
        table["row"], row_values = axis(local, rows)
        table["column"], column_values = axis(local, columns)
        medians = table.pivot_table(values="rate", index="row", columns="column", aggfunc="median")
        counts = table.pivot_table(values="rate", index="row", columns="column", aggfunc="count")
        medians = medians.reindex(index=row_values, columns=column_values)
        counts = counts.reindex(index=row_values, columns=column_values).fillna(0).astype(int)
        posts = [int(counts.loc[r, c]) for r in row_values for c in column_values]
        values = [None if counts.loc[r, c] < minimum else float(medians.loc[r, c])
                  for r in row_values for c in column_values]
        cases.append({"zone": zone, "rows": rows, "columns": columns, "min_posts": minimum,
                      "row_values": [str(value) for value in row_values],
                      "column_values": [str(value) for value in column_values],
                      "posts": posts, "medians": values,
                      "empty": sum(1 for count in posts if count < minimum)})

with open("heatmap_reference.json", "w") as handle:
    json.dump({"pandas": pd.__version__, "cases": cases}, handle, indent=1)
    handle.write("\n")
