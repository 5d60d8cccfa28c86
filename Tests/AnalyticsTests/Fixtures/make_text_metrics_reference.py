"""Writes text_metrics_reference.json: expected values of tone, attribution and relevance on text_metrics_posts.csv.

Run from this folder with `python3 make_text_metrics_reference.py` (pandas 2, numpy 2). The JSON holds the input
columns as pandas read them (so the Swift tests build the same table without a CSV reader) and, independently of
the Swift code, per METRICS.md and `explain`:
- tone: words by a Unicode regex, informal/formal word lists, 'ihr' informal only in lower case, formal words only
  capitalised and not first in a sentence (first word, or after . ! ? … or a line break);
- attribution: person posts, company names matched case-insensitively as whole words, median engagement rates and
  the seeded bootstrap interval re-implemented in make_statistics_reference.py (loaded from there, not copied);
- relevance: median engagement rate per account and format over the account's median.
The engagement rate is (likes + comments + shares + saves) / followers, missing when a count is missing or
followers is not above 0.
"""
import ast
import json
import re

import numpy as np
import pandas as pd

posts = pd.read_csv("text_metrics_posts.csv", keep_default_na=False, na_values=[""])

# The bootstrap of the statistics reference, taken from that script's imports, classes and functions without running it.
with open("make_statistics_reference.py") as source:
    tree = ast.parse(source.read())
wanted = [node for node in tree.body
          if isinstance(node, (ast.Import, ast.ImportFrom, ast.ClassDef, ast.FunctionDef))
          or (isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MASK" for t in node.targets))]
namespace = {}
exec(compile(ast.Module(body=wanted, type_ignores=[]), "make_statistics_reference.py", "exec"), namespace)
bootstrap_ratio_of_medians = namespace["bootstrap_ratio_of_medians"]

INFORMAL = {"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
            "euch", "euer", "eure", "euren", "eurem", "eurer", "eures"}
FORMAL = {"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"}
WORD = re.compile(r"[^\W_]+")
SENTENCE_END = re.compile(r"[.!?…\n\r]")


def tone(text):
    if not isinstance(text, str):
        return None
    informal = formal = False
    previous_end = None
    for match in WORD.finditer(text):
        word = match.group()
        gap = text[previous_end:match.start()] if previous_end is not None else ""
        sentence_start = previous_end is None or SENTENCE_END.search(gap) is not None
        previous_end = match.end()
        lower = word.lower()
        capitalised = word[0].isupper() and word[1:] == word[1:].lower()
        if lower == "ihr":
            if word == "ihr":
                informal = True
            elif capitalised and not sentence_start:
                formal = True
        elif lower in INFORMAL:
            informal = True
        elif lower in FORMAL and capitalised and not sentence_start:
            formal = True
    return {(True, True): "both", (True, False): "informal", (False, True): "formal"}.get((informal, formal), "neutral")


def names_company(text, names):
    if not isinstance(text, str):
        return None
    return any(re.search(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])", text, re.IGNORECASE) for name in names)


def none_if_nan(value):
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else float(value)


posts["tone"] = posts["text"].map(tone)
counts = posts[["likes", "comments", "shares", "saves"]].sum(axis=1, skipna=False)
posts["rate"] = np.where(posts["followers"] > 0, counts / posts["followers"].where(posts["followers"] > 0), np.nan)


def tone_table(by):
    table = {}
    for key, group in posts[posts["tone"].notna()].groupby(by):
        n = len(group)
        share = {t: float((group["tone"] == t).sum()) / n for t in ["informal", "formal", "both", "neutral"]}
        informal = int(group["tone"].isin(["informal", "both"]).sum())
        formal = int(group["tone"].isin(["formal", "both"]).sum())
        addressing = int(group["tone"].isin(["informal", "formal", "both"]).sum())
        table[str(key)] = {"posts": n, **{f"{t}_share": v for t, v in share.items()}, "addressing_posts": addressing,
                           "mixed": addressing > 0 and informal > 0.1 * addressing and formal > 0.1 * addressing}
    return table


NAMES = ["Acme", "ACME GmbH"]
posts["names"] = posts["text"].map(lambda text: names_company(text, NAMES))


def attribution(group, index):
    """Group `index` (0-based, in the result's ascending key order) is bootstrapped with seed 42 + 1000 + index (Bootstrap.ratioSeed)."""
    people = group[(group["voice"] == "person") & group["names"].notna() & group["rate"].notna()]
    naming = [float(r) for r in people.loc[people["names"] == True, "rate"]]
    other = [float(r) for r in people.loc[people["names"] == False, "rate"]]
    estimate, lower, upper = bootstrap_ratio_of_medians(naming, other, 2000, 42 + 1000 + index, 0.95)
    return {"naming_posts": len(naming), "other_posts": len(other), "naming_median": float(np.median(naming)),
            "other_median": float(np.median(other)), "ratio": estimate, "lower_95": lower, "upper_95": upper}


relevance = {}
rated = posts[posts["rate"].notna()]
account_medians = rated.groupby("account")["rate"].median()
for (account, form), group in rated.groupby(["account", "format"]):
    median = float(group["rate"].median())
    relevance[f"{account}|{form}"] = {"posts": len(group), "median": median,
                                      "account_median": float(account_medians[account]),
                                      "relevance": median / float(account_medians[account])}

columns = {}
for name in posts.columns:
    if name in ("tone", "rate", "names"):
        continue
    values = posts[name].tolist()
    columns[name] = [None if isinstance(v, float) and np.isnan(v) else v for v in values]

reference = {
    "columns": columns,
    "tone_per_post": [t if isinstance(t, str) else None for t in posts["tone"]],
    "tone_by_platform": tone_table("platform"),
    "tone_by_account": tone_table("account"),
    "attribution_names": NAMES,
    "attribution_all": attribution(posts, 0),
    "attribution_by_account": {a: attribution(g, i) for i, (a, g) in enumerate(posts.groupby("account"))
                               if (g["voice"] == "person").any()},
    "relevance_by_format": relevance,
}
with open("text_metrics_reference.json", "w") as out:
    json.dump(reference, out, indent=1, ensure_ascii=False, default=lambda v: v.item() if hasattr(v, "item") else v)
    out.write("\n")
