"""Writes the hand-made influencer files whose headers no platform preset knows (an English one and its German
twin), a column of 200 percentages with one NaN%, and prints pandas' reference values for the end-to-end tests.

Run from this folder: python3 make_header_fixtures.py
"""
import csv
import random

import pandas as pd

random.seed(16)
rows = []
for i in range(40):
    account = ["nina.travels", "kochen_mit_ben", "urban.sketcher", "fitfam_de"][i % 4]
    followers = [12_400, 88_000, 5_300, 41_250][i % 4]
    likes = random.randint(40, 4_000)
    rows.append([account, f"Post {i + 1} of the week", followers, f"#tag{i % 7} #reise", likes,
                 f"{random.randint(1, 23)} hours"])

with open("influencers.csv", "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle)
    writer.writerow(["USERNAME", "Caption", "Followers", "Hashtags", "Likes", "Time since posted"])
    writer.writerows(rows)

with open("influencer_de.csv", "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, delimiter=";")
    writer.writerow(["Konto", "Beitragstext", "Abonnenten", "Gefällt mir"])
    writer.writerows([[r[0], r[1], r[2], r[4]] for r in rows])

with open("rates.csv", "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle)
    writer.writerow(["rank", "60_day_eng_rate"])
    for i in range(200):
        # Line 169 of the file (the header is line 1) holds the one cell that is not a number.
        writer.writerow([i + 1, "NaN%" if i + 2 == 169 else f"{random.randint(1, 900) / 100:.2f}%"])

posts = pd.read_csv("influencers.csv")
rate = posts["Likes"] / posts["Followers"]
print("engagement rate median", rate.median(), "mean", rate.mean(), "pooled",
      posts["Likes"].sum() / posts["Followers"].sum())
rates = pd.read_csv("rates.csv", na_values=["NaN%"])
values = rates["60_day_eng_rate"].str.rstrip("%").astype(float) / 100
print("60_day_eng_rate count", values.count(), "mean", values.mean(), "missing at line",
      int(rates.index[values.isna()][0]) + 2)
