"""Expected `score posts authenticity` values for the hand-made table in AccountAuthenticityTests.

Run from this folder: python3 make_authenticity_reference.py > authenticity_reference.json
Independent of rapport: numpy least squares of log(rate) on log(followers) with a dummy per
platform-and-voice cell (one common slope), robust scale 1.4826 * MAD of the residuals times sqrt(n / (n - p)) for
the n accounts and p fitted parameters (the slope and one level per cell), z = residual / scale;
under "one_cell" the same fit for the table without platform and voice columns (one intercept for all accounts).
Under "pooled" a table with small cells: a platform-and-voice cell of fewer than 5 accounts is pooled with the other
small cells of its platform, a platform pool of fewer than 5 with the other such accounts of the table, and a table
pool of fewer than 5 is not judged.
"""
import json
import sys

import numpy as np

# One post per account: account, platform, voice, likes, followers (the same rows as the Swift test).
ROWS = [
    ("a1", "x", "person", 50, 1000), ("a2", "x", "person", 90, 3000), ("a3", "x", "person", 160, 9000),
    ("a4", "x", "person", 30, 27000), ("a5", "ig", "institution", 20, 2000), ("a6", "ig", "institution", 35, 5000),
    ("a7", "ig", "institution", 60, 12000), ("a8", "ig", "institution", 8, 40000), ("a9", "ig", "institution", 150, 60000),
    ("a10", "x", "person", 25, 6000),
]
# The same rows with small cells: x/institution (2) and x/brand (3) make a platform pool of 5, li/person (2) is alone.
POOLED = ROWS + [("b1", "x", "institution", 40, 4000), ("b2", "x", "institution", 12, 8000),
                 ("b3", "x", "brand", 70, 2500), ("b4", "x", "brand", 33, 15000), ("b5", "x", "brand", 9, 30000),
                 ("c1", "li", "person", 10, 500), ("c2", "li", "person", 80, 700)]


def pooled_cells(rows, minimum=5):
    """Each row's cell after pooling, None when it is not judged."""
    sizes = {}
    for _, platform, voice, _, _ in rows:
        sizes[(platform, voice)] = sizes.get((platform, voice), 0) + 1
    keys = []
    for _, platform, voice, _, _ in rows:
        keys.append((platform, voice) if sizes[(platform, voice)] >= minimum else ("platform", platform))
    platform_sizes = {}
    for key in keys:
        platform_sizes[key] = platform_sizes.get(key, 0) + 1
    keys = [key if key[0] != "platform" or platform_sizes[key] >= minimum else ("table",) for key in keys]
    table = sum(1 for key in keys if key == ("table",))
    return [None if key == ("table",) and table < minimum else key for key in keys]


def fit(rows, cells):
    """Slope, and per account z, expected rate and flag, of log rate on log followers and the cells' dummies."""
    judged = [i for i, cell in enumerate(cells) if cell is not None]
    log_rate = np.array([np.log(rows[i][3] / rows[i][4]) for i in judged])
    log_followers = np.array([np.log(rows[i][4]) for i in judged])
    levels = sorted({cells[i] for i in judged})
    design = np.column_stack([log_followers] + [np.array([1.0 if cells[i] == level else 0.0 for i in judged])
                                                for level in levels])
    coefficients, *_ = np.linalg.lstsq(design, log_rate, rcond=None)
    fitted = design @ coefficients
    residuals = log_rate - fitted
    n, p = design.shape
    scale = 1.482602218505602 * np.median(np.abs(residuals - np.median(residuals))) * np.sqrt(n / (n - p))
    z = residuals / scale
    accounts = {rows[i][0]: {"z": float(z[k]), "expected_rate": float(np.exp(fitted[k])), "flagged": bool(z[k] < -2)}
                for k, i in enumerate(judged)}
    for i, cell in enumerate(cells):
        if cell is None:
            accounts[rows[i][0]] = {"z": None, "expected_rate": None, "flagged": None}
    return float(coefficients[0]), accounts


slope, accounts = fit(ROWS, pooled_cells(ROWS))
# The same rows without platform and voice columns: one cell, so one intercept for all.
one_cell_slope, one_cell_accounts = fit(ROWS, [("table",)] * len(ROWS))
pooled_slope, pooled_accounts = fit(POOLED, pooled_cells(POOLED))
json.dump({"computed_with": f"numpy {np.__version__} lstsq with cell dummies",
           "slope": slope, "accounts": accounts,
           "one_cell": {"slope": one_cell_slope, "accounts": one_cell_accounts},
           "pooled": {"slope": pooled_slope, "accounts": pooled_accounts}}, sys.stdout, indent=1, sort_keys=True)
