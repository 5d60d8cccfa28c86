"""Writes period_reference.json: calendar periods of instants, by pandas, for Tests/RapportCoreTests/Time.

Run from this folder with `python3 make_period_reference.py` (pandas 3.1.1, numpy 2, zoneinfo's tz data).
For every instant and zone it records what pandas says of the instant's local time: the labels of
`tz_convert(zone).dt.to_period('D'/'M'/'Q'/'Y')`, the ISO week from `isocalendar()`, the ISO weekday
(`dayofweek + 1`), the hour, each period's `ordinal` (pandas counts days, months, quarters and years
from 1970; its weekly ordinal of the week starting Monday 1969-12-29 is 1) and each period's start:
`start_time` localised in the zone, a midnight that a clock change skips moved to the first moment after
the gap (`nonexistent='shift_forward'`) and a repeated one taken at its first occurrence (`ambiguous=True`).
Spans (`--last 30d` etc.) move a zone's wall-clock time back with `DateOffset`, which keeps the time of day
and clamps the day to the end of a shorter month, and localise the result the same way.
"""
import json
import warnings

import numpy as np
import pandas as pd

warnings.simplefilter("ignore", UserWarning)  # to_period drops the zone: that is what is wanted here

ZONES = ["UTC", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "America/Havana"]
FREQUENCIES = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}

# Local dates whose midnights (and the second before) matter: year ends, ISO week-year edges
# (2024-W01 starts on 2024-01-01; 2020 and 2026 have a W53; 2009-W01 starts in 2008), leap days,
# the Berlin, St John's and Havana clock changes (Havana changes at midnight), the month ends of 2024.
DATES = (
    [f"{year}-01-01" for year in range(2015, 2029)]
    + ["2024-01-01", "2020-12-28", "2021-01-03", "2021-01-04", "2026-12-28", "2027-01-03", "2027-01-04",
       "2008-12-29", "2010-01-03", "2010-01-04", "2027-01-01", "2015-12-28", "2016-01-03", "2016-01-04",
       "2024-02-29", "2020-02-29", "2000-02-29", "1900-03-01", "2100-03-01", "1970-01-01", "1969-12-29",
       "2024-03-31", "2024-10-27", "2025-03-30", "2025-10-26", "2024-03-10", "2024-11-03", "2025-03-09",
       "2025-11-02"]
    + [f"2024-{month:02d}-01" for month in range(2, 13)]
)

# Instants around each clock change, every 30 minutes over five hours (UTC).
CHANGES = ["2024-03-31T00:00Z", "2024-10-27T00:00Z", "2025-03-30T00:00Z", "2025-10-26T00:00Z",
           "2024-03-10T03:00Z", "2024-11-03T02:00Z", "2025-03-09T03:00Z", "2025-11-02T02:00Z"]


def seconds(stamps):
    """Seconds since 1970 of zone-aware timestamps."""
    return [int(value) for value in (pd.DatetimeIndex(stamps).as_unit("s").asi8)]


def localise(naive, zone):
    """Naive local timestamps as instants in the zone, as the module docstring says."""
    index = pd.DatetimeIndex(naive)
    return index.tz_localize(zone, ambiguous=np.ones(len(index), dtype=bool), nonexistent="shift_forward")


def instants():
    """The instants every zone is asked about, sorted and distinct."""
    found = set()
    for zone in ZONES:
        midnights = seconds(localise(pd.to_datetime(DATES), zone))
        for second in midnights:
            found.update((second - 1, second))
    for change in CHANGES:
        start = pd.Timestamp(change)
        found.update(seconds(pd.date_range(start, start + pd.Timedelta(hours=5), freq="30min")))
    rng = np.random.default_rng(17)
    found.update(int(value) for value in rng.integers(-315_619_200, 2_208_988_800, 100))  # 1960 to 2040
    return sorted(found)


def label(period, frequency):
    """pandas' label of a period, with the dash rapport puts before a quarter (`2025Q1` -> `2025-Q1`)."""
    return str(period).replace("Q", "-Q") if frequency == "Q" else str(period)


def periods(moments, zone):
    """Per moment in one zone: labels, ISO week, weekday and hour; per distinct period: its ordinal and start."""
    local = pd.Series(pd.to_datetime(moments, unit="s", utc=True)).dt.tz_convert(zone)
    iso = local.dt.isocalendar()
    result = {
        "weekday": [int(value) for value in local.dt.day_of_week + 1],
        "hour": [int(value) for value in local.dt.hour],
        "week": [f"{int(year):04d}-W{int(week):02d}" for year, week in zip(iso["year"], iso["week"])],
        "periods": {},
    }
    for name, frequency in FREQUENCIES.items():
        period = local.dt.to_period(frequency)
        starts = seconds(localise(period.dt.start_time, zone))
        if name != "week":
            result[name] = [label(value, frequency) for value in period]
        keys = result[name]
        result["periods"][name] = {key: [int(value.ordinal), start] for key, value, start in zip(keys, period, starts)}
    return result


def ranges():
    """Every period from the first to the last of a few ranges, as `period_range` lists them."""
    cases = []
    for zone, first, last, frequency in [
        ("Europe/Berlin", "2023-11-15", "2025-02-10", "M"), ("Europe/Berlin", "2020-12-01", "2021-02-01", "W"),
        ("America/Havana", "2024-03-05", "2024-03-14", "D"), ("Asia/Kolkata", "2019-05-01", "2021-08-01", "Q"),
        ("America/St_Johns", "2016-06-01", "2027-06-01", "Y"), ("UTC", "2026-12-01", "2027-01-20", "W"),
    ]:
        listed = pd.period_range(first, last, freq=frequency)
        name = [key for key, value in FREQUENCIES.items() if value == frequency][0]
        labels = [f"{p.start_time.isocalendar()[0]:04d}-W{p.start_time.isocalendar()[1]:02d}" if frequency == "W"
                  else label(p, frequency) for p in listed]
        cases.append({
            "zone": zone, "period": name,
            "first": seconds(localise(pd.to_datetime([first]), zone))[0] + 3600 * 12,
            "last": seconds(localise(pd.to_datetime([last]), zone))[0] + 3600 * 12,
            "labels": labels, "ordinals": [int(p.ordinal) for p in listed],
            "starts": seconds(localise(listed.start_time, zone)),
        })
    return cases


def spans():
    """Moments a span before a moment: the wall clock moved back by DateOffset, localised again; `twice` goes back
    once more from that moment's own wall clock (so a skipped time moved to the end of its gap stays moved)."""
    offsets = {"30d": pd.DateOffset(days=30), "4w": pd.DateOffset(weeks=4), "1m": pd.DateOffset(months=1),
               "3m": pd.DateOffset(months=3), "1q": pd.DateOffset(months=3), "13m": pd.DateOffset(months=13),
               "1y": pd.DateOffset(years=1), "2y": pd.DateOffset(years=2)}
    ends = ["2025-03-31 12:00", "2024-03-31 23:59:59", "2024-02-29 08:00", "2025-05-31 00:00", "2024-12-31 23:30",
            "2025-04-30 02:30", "2024-11-24 02:30", "2025-07-31 10:00", "2024-04-29 02:30", "2025-01-31 18:00"]
    cases = []
    for zone in ["UTC", "Europe/Berlin", "America/Havana"]:
        for end in ends:
            instant = seconds(localise(pd.to_datetime([end]), zone))[0]
            for text, offset in offsets.items():
                start = localise([pd.Timestamp(end) - offset], zone)
                wall = start.tz_convert(zone).tz_localize(None)[0]
                cases.append({"zone": zone, "end": instant, "span": text, "start": seconds(start)[0],
                              "twice": seconds(localise([wall - offset], zone))[0] if text in ("1m", "30d") else None})
    return cases


def main():
    moments = instants()
    document = {
        "made_by": f"make_period_reference.py, pandas {pd.__version__}",
        "instants": moments,
        "zones": {zone: periods(moments, zone) for zone in ZONES},
        "ranges": ranges(),
        "spans": spans(),
    }
    with open("period_reference.json", "w") as file:
        json.dump(document, file, separators=(",", ":"))
        file.write("\n")


if __name__ == "__main__":
    main()
