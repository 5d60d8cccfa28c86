"""Writes plugin_posts.csv and plugin_expected.json for PluginTests.

The expected shares come from pandas (value_counts / groupby sum), the buzzword counts from regular
expressions over the texts: both independent of the plugins' own code. Run: python3 make_plugin_posts.py
"""
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

here = Path(__file__).parent
rng = np.random.default_rng(8)
accounts = ["acme", "anna", "bert", "cleo"]
fragments = ["Our synergy is real.", "A true Game-Changer!", "thought leadership, daily", "We leverage data.",
             "Just coffee today.", "Deep dive: the customer journey", "win-win for the community",
             "SYNERGY synergy", "authentic storytelling matters", "Thought leaders meet", "no buzz here",
             "move-the-needle moments", "paradigm shift? paradigm shift."]
rows = []
for index in range(240):
    account = accounts[rng.choice(4, p=[0.4, 0.3, 0.2, 0.1])]
    if index % 37 == 5:
        account = None
    reach = int(rng.integers(50, 5000))
    if index % 29 == 3:
        reach = None
    text = " ".join(rng.choice(fragments, size=int(rng.integers(1, 4))))
    rows.append({"post_id": f"p{index + 1}", "account": account, "reach": reach, "text": text})
frame = pd.DataFrame(rows)
frame["reach"] = frame["reach"].astype("Int64")
frame.to_csv(here / "plugin_posts.csv", index=False)

counts = frame["account"].value_counts(dropna=True)
counted = pd.DataFrame({"account": counts.index, "count": counts.values})
counted["share"] = counted["count"] / counted["count"].sum()
counted = counted.sort_values(["share", "account"], ascending=[False, True])

weighted = frame.dropna(subset=["account", "reach"]).groupby("account")["reach"].sum().reset_index()
weighted["share"] = weighted["reach"] / weighted["reach"].sum()
weighted = weighted.sort_values(["share", "account"], ascending=[False, True])

words = []
for line in (here.parent.parent.parent / "plugins" / "buzzwords" / "words.txt").read_text().splitlines():
    if line.strip() and not line.lstrip().startswith("#"):
        words.append(" ".join(re.split(r"[^a-z0-9]+", line.lower())).strip())
buzz = []
for word in dict.fromkeys(words):
    pattern = re.compile(r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(word.split(" ")) + r"(?![a-z0-9])")
    hits = [len(pattern.findall(text.lower())) for text in frame["text"]]
    if sum(hits) > 0:
        buzz.append([word, sum(hits), sum(1 for hit in hits if hit > 0)])
buzz.sort(key=lambda row: (-row[1], row[0]))

expected = {
    "sov_count": [[a, int(c), float(s)] for a, c, s in counted.itertuples(index=False)],
    "sov_reach": [[a, int(r), float(s)] for a, r, s in weighted.itertuples(index=False)],
    "rows_left_out_count": int(frame["account"].isna().sum()),
    "buzzwords": buzz,
    "words_in_list": len(dict.fromkeys(words)),
}
(here / "plugin_expected.json").write_text(json.dumps(expected, indent=1) + "\n")
