#!/usr/bin/env python3
"""rapport against its peers (../shared/bench/peers.py) on the reference workload, in one run.

Usage: bench.py RAPPORT_BIN POSTS.csv SHARED_BENCH_DIR OUT_DIR

Every figure is a whole process, median of several runs; peak memory is the child's maximum
resident set size (getrusage). "until result" is the moment rapport printed the command's result:
the workspace save goes on in the background and the process ends once it is on disk, so the
difference between the two rows is what saving costs.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run(cmd, first_line=False):
    """Runs a command; returns (wall seconds, seconds until the first stdout line, peak MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = None
    if first_line:
        proc.stdout.readline()
        first = time.perf_counter() - start
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, first, usage.ru_maxrss / 1024


def median_of(times, cmd, first_line=False, before=None):
    walls, firsts, peaks = [], [], []
    for _ in range(times):
        if before:
            before()
        wall, first, peak = run(cmd, first_line)
        walls.append(wall)
        firsts.append(first)
        peaks.append(peak)
    result = {"wall": statistics.median(walls), "peak_mib": statistics.median(peaks)}
    if first_line:
        result["until_result"] = statistics.median(firsts)
    return result


def main():
    rapport, posts, shared, out = sys.argv[1:5]
    peers = os.path.join(shared, "peers.py")
    workspace = os.path.join(out, "workspace")
    empty = os.path.join(out, "empty-workspace")
    clear = lambda: subprocess.run(["rm", "-rf", workspace], check=True)
    rows = {}
    rows["duckdb load"] = median_of(3, ["python3", peers, posts, "--engine", "duckdb", "--until", "load"])
    rows["pandas load"] = median_of(3, ["python3", peers, posts, "--engine", "pandas", "--until", "load"])
    load = median_of(3, [rapport, "--no-init", "--workspace", workspace, "-c", f"import {posts} as posts"],
                     first_line=True, before=clear)
    rows["rapport load, save included"] = {"wall": load["wall"], "peak_mib": load["peak_mib"]}
    rows["rapport load, until result"] = {"wall": load["until_result"], "peak_mib": load["peak_mib"]}
    subprocess.run(["rm", "-rf", empty], check=True)
    rows["rapport start-up (-c datasets)"] = median_of(11, [rapport, "--no-init", "--workspace", empty, "-c", "datasets"])
    rows["rapport reopen 1M (datasets)"] = median_of(5, [rapport, "--no-init", "--workspace", workspace, "-c", "datasets"])
    rows["rapport reopen 1M (show posts)"] = median_of(
        5, [rapport, "--no-init", "--workspace", workspace, "-c", "show posts --limit 1"])

    duck, pandas = rows["duckdb load"], rows["pandas load"]
    print(f"{'run':34} {'wall s':>8} {'peak MiB':>9} {'wall/duckdb':>12} {'mem/duckdb':>11} {'wall/pandas':>12}")
    for name, row in rows.items():
        ratios = ""
        if name.startswith("rapport load"):
            ratios = (f"{row['wall'] / duck['wall']:12.2f} {row['peak_mib'] / duck['peak_mib']:11.2f}"
                      f" {row['wall'] / pandas['wall']:12.2f}")
        print(f"{name:34} {row['wall']:8.3f} {row['peak_mib']:9.0f} {ratios}")
    with open(os.path.join(out, "results.json"), "w") as handle:
        json.dump(rows, handle, indent=2)


if __name__ == "__main__":
    main()
