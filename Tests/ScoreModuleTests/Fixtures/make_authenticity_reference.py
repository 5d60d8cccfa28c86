"""Expected `score posts authenticity` values for the hand-made table in AccountAuthenticityTests.

Run from this folder: python3 make_authenticity_reference.py > authenticity_reference.json
Independent of rapport: numpy least squares of log(rate) on log(followers) with a dummy per
platform-and-voice cell (one common slope), robust scale 1.4826 * MAD of the residuals, z = residual / scale;
under "one_cell" the same fit for the table without platform and voice columns (one intercept for all accounts).
"""
import json
import sys

import numpy as np

# One post per account: account, platform, voice, likes, followers (the same rows as the Swift test).
ROWS = [
    ("a1", "x", "person", 50, 1000), ("a2", "x", "person", 90, 3000), ("a3", "x", "person", 160, 9000),
    ("a4", "x", "person", 30, 27000), ("a5", "ig", "institution", 20, 2000), ("a6", "ig", "institution", 35, 5000),
    ("a7", "ig", "institution", 60, 12000), ("a8", "ig", "institution", 8, 40000), ("a9", "ig", "institution", 150, 60000),
]
log_rate = np.array([np.log(likes / followers) for _, _, _, likes, followers in ROWS])
log_followers = np.array([np.log(followers) for *_, followers in ROWS])
cells = sorted({(platform, voice) for _, platform, voice, _, _ in ROWS})
design = np.column_stack([log_followers] + [
    np.array([1.0 if (platform, voice) == cell else 0.0 for _, platform, voice, _, _ in ROWS]) for cell in cells])


def fit(design):
    """Slope, and per account z, expected rate and flag, of log rate on the design's columns."""
    coefficients, *_ = np.linalg.lstsq(design, log_rate, rcond=None)
    fitted = design @ coefficients
    residuals = log_rate - fitted
    scale = 1.482602218505602 * np.median(np.abs(residuals - np.median(residuals)))
    z = residuals / scale
    return float(coefficients[0]), {
        name: {"z": float(z[i]), "expected_rate": float(np.exp(fitted[i])), "flagged": bool(z[i] < -2)}
        for i, (name, *_rest) in enumerate(ROWS)}


slope, accounts = fit(design)
# The same rows without platform and voice columns: one cell, so one intercept for all.
one_cell_slope, one_cell_accounts = fit(np.column_stack([log_followers, np.ones(len(ROWS))]))
json.dump({"computed_with": f"numpy {np.__version__} lstsq with cell dummies",
           "slope": slope, "accounts": accounts,
           "one_cell": {"slope": one_cell_slope, "accounts": one_cell_accounts}}, sys.stdout, indent=1, sort_keys=True)
