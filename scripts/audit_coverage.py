"""Coverage of the learned audit's adjusted-share interval on simulated follower samples (issue 18).

Run from the repository root after `swift build` (or `swift build -c release`, faster):
python3 scripts/audit_coverage.py [--trials 100] [--rapport PATH]. For each true fake share F in 0.1, 0.3, 0.5 and each trial t, rapport simulates a
training sample of 2,000 followers (seed 1000 + t) and an audited one (seed 5000 + t), runs
`audit train` on the first and `audit --model` on the second, and counts how often the 95 % interval of
fake_share_adjusted covers F. All trials run in one rapport process (--json, one result per command) on a
throw-away workspace. Prints one line per F and exits 1 when any F is covered in fewer than 90 % of the trials.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--trials", type=int, default=100)
parser.add_argument("--rapport", default=None)
arguments = parser.parse_args()
binary = arguments.rapport
if binary is None:
    for configuration in ("release", "debug"):
        candidate = os.path.join(ROOT, ".build", configuration, "rapport")
        if os.path.exists(candidate):
            binary = candidate
            break
if binary is None:
    sys.exit("no rapport binary: run swift build first")

shares = [0.1, 0.3, 0.5]
lines = []
for share in shares:
    for trial in range(arguments.trials):
        lines += [f"simulate followers 2000 --fake-share {share} --seed {1000 + trial} as train --replace",
                  f"audit train train --label label --as-of 2026-01-01 as model",
                  f"simulate followers 2000 --fake-share {share} --seed {5000 + trial} as sample --replace",
                  f"audit sample --model model --as-of 2026-01-01"]
with tempfile.TemporaryDirectory() as workspace:
    script = os.path.join(workspace, "coverage.rap")
    with open(script, "w") as out:
        out.write("\n".join(lines) + "\n")
    output = subprocess.run([binary, "--workspace", os.path.join(workspace, "ws"), "--json", "--script", script],
                            capture_output=True, text=True, check=True).stdout
results = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
audits = [r["result"] for r in results if r.get("command", "").startswith("audit sample")]
assert len(audits) == len(shares) * arguments.trials, len(audits)
failed = False
for index, share in enumerate(shares):
    covered = 0
    for audit in audits[index * arguments.trials:(index + 1) * arguments.trials]:
        interval = audit["model"]["fake_share_adjusted_interval"]
        if interval and interval[0] <= share <= interval[1]:
            covered += 1
    print(f"F = {share}: the interval covers F in {covered} of {arguments.trials} trials")
    failed = failed or covered < 0.9 * arguments.trials
sys.exit(1 if failed else 0)
