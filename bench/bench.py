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


def run(cmd, first_line=False, marker=None):
    """Runs a command; returns (wall seconds, seconds until the first stdout line (or the first holding
    `marker`), peak MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    first = None
    if first_line:
        line = proc.stdout.readline()
        while marker and line and marker not in line.decode():
            line = proc.stdout.readline()
        first = time.perf_counter() - start
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, first, usage.ru_maxrss / 1024


def median_of(times, cmd, first_line=False, before=None, marker=None):
    walls, firsts, peaks = [], [], []
    for _ in range(times):
        if before:
            before()
        wall, first, peak = run(cmd, first_line, marker)
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
    rows["duckdb W1 to score"] = median_of(3, ["python3", peers, posts, "--engine", "duckdb", "--until", "score"])
    rows["pandas W1 to score"] = median_of(3, ["python3", peers, posts, "--engine", "pandas", "--until", "score"])
    score = f"score posts engagement-rate by voice,platform"
    to_score = median_of(3, [rapport, "--no-init", "--workspace", workspace, "-c", f"import {posts} as posts; {score}"],
                         first_line=True, before=clear, marker="stored as")
    rows["rapport W1 to score, save included"] = {"wall": to_score["wall"], "peak_mib": to_score["peak_mib"]}
    rows["rapport W1 to score, until result"] = {"wall": to_score["until_result"], "peak_mib": to_score["peak_mib"]}
    rows["rapport score step (difference)"] = {"wall": to_score["until_result"] - load["until_result"],
                                               "peak_mib": to_score["peak_mib"]}
    check_answers(rapport, workspace, posts, peers, score)
    rows["pandas W1 (load, score, compare)"] = median_of(3, ["python3", peers, posts, "--engine", "pandas", "--until", "compare"])
    compare = "compare posts engagement-rate by voice --groups person,institution"
    whole = median_of(3, [rapport, "--no-init", "--workspace", workspace, "-c", f"import {posts} as posts; {score}; {compare}"],
                      first_line=True, before=clear, marker="stored as posts-engagement-rate-by-voice")
    rows["rapport W1 (load, score, compare), save included"] = {"wall": whole["wall"], "peak_mib": whole["peak_mib"]}
    rows["rapport W1, until result"] = {"wall": whole["until_result"], "peak_mib": whole["peak_mib"]}
    rows["rapport compare step (difference)"] = {"wall": whole["until_result"] - to_score["until_result"],
                                                 "peak_mib": whole["peak_mib"]}
    check_compare(rapport, workspace, posts, peers, compare)
    subprocess.run(["rm", "-rf", empty], check=True)
    rows["rapport start-up (-c datasets)"] = median_of(11, [rapport, "--no-init", "--workspace", empty, "-c", "datasets"])
    rows["rapport reopen 1M (datasets)"] = median_of(5, [rapport, "--no-init", "--workspace", workspace, "-c", "datasets"])
    rows["rapport reopen 1M (show posts)"] = median_of(
        5, [rapport, "--no-init", "--workspace", workspace, "-c", "show posts --limit 1"])
    add_export_rows(rows, rapport, workspace, out)

    print(f"{'run':50} {'wall s':>8} {'peak MiB':>9} {'wall/duckdb':>12} {'mem/duckdb':>11} {'wall/pandas':>12}")
    for name, row in rows.items():
        ratios = ""
        peer = "load" if name.startswith("rapport load") else ("W1 to score" if name.startswith("rapport W1 to score") else None)
        if name.startswith("rapport W1 (load") or name.startswith("rapport W1, until"):
            duck, pandas = rows["duckdb W1 to score"], rows["pandas W1 (load, score, compare)"]
            ratios = (f"{row['wall'] / duck['wall']:12.2f} {row['peak_mib'] / duck['peak_mib']:11.2f}"
                      f" {row['wall'] / pandas['wall']:12.2f}")
        elif name.startswith("rapport score step") or name.startswith("rapport compare step"):
            duck = rows["duckdb W1 to score"]
            ratios = f"{row['wall'] / duck['wall']:12.2f} {'':>11} {'':>12}"
        elif peer:
            duck, pandas = rows[f"duckdb {peer}"], rows[f"pandas {peer}"]
            ratios = (f"{row['wall'] / duck['wall']:12.2f} {row['peak_mib'] / duck['peak_mib']:11.2f}"
                      f" {row['wall'] / pandas['wall']:12.2f}")
        print(f"{name:50} {row['wall']:8.3f} {row['peak_mib']:9.0f} {ratios}")
    with open(os.path.join(out, "results.json"), "w") as handle:
        json.dump(rows, handle, indent=2)


def add_export_rows(rows, rapport, workspace, out):
    """Exports of the million posts to CSV and of 100,000 of them to XLSX; each run reopens the workspace,
    so "reopen 1M (show posts)" is the part of the CSV figure that is not the export."""
    csv_file = os.path.join(out, "export-posts.csv")
    rows["rapport export 1M to CSV"] = median_of(
        3, [rapport, "--no-init", "--workspace", workspace, "-c", f"export posts {csv_file} --force"])
    subprocess.run([rapport, "--no-init", "--workspace", workspace, "-c",
                    "sample posts 100000 --seed 1 --replace as posts100k"], check=True, capture_output=True)
    xlsx_file = os.path.join(out, "export-posts100k.xlsx")
    rows["rapport export 100k to XLSX"] = median_of(
        3, [rapport, "--no-init", "--workspace", workspace, "-c", f"export posts100k {xlsx_file} --force"])


def check_compare(rapport, workspace, posts, peers, compare):
    """Stops the benchmark when rapport's Mann-Whitney p-value differs from scipy's by more than a relative 1e-6."""
    mine = json.loads(subprocess.run([rapport, "--no-init", "--json", "--workspace", workspace, "-c", compare],
                                     check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
    pairs = mine.get("result", mine)["pairs"]
    names = [column["name"] for column in pairs["columns"]]
    p = dict(zip(names, pairs["rows"][0]))["p_mwu"]
    theirs = json.loads(subprocess.run(["python3", peers, posts, "--engine", "pandas", "--until", "compare", "--json"],
                                       check=True, capture_output=True, text=True).stdout)["mwu_p"]
    if abs(p - theirs) > 1e-6 * max(abs(theirs), 1e-300):
        raise SystemExit(f"Mann-Whitney p differs: rapport {p}, scipy {theirs}")
    print(f"answers checked: Mann-Whitney p {p:.6g} agrees with scipy {theirs:.6g}")


def check_answers(rapport, workspace, posts, peers, score):
    """Stops the benchmark when rapport's medians and pooled rates differ from DuckDB's by more than 1e-9."""
    mine = json.loads(subprocess.run([rapport, "--no-init", "--json", "--workspace", workspace, "-c", score],
                                     check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
    result = mine.get("result", mine)
    names = [column["name"] for column in result["columns"]]
    theirs = json.loads(subprocess.run(["python3", peers, posts, "--engine", "duckdb", "--until", "score", "--json"],
                                       check=True, capture_output=True, text=True).stdout)
    expected = {(g["voice"], g["platform"]): g for g in theirs["groups"]}
    for row in result["rows"]:
        record = dict(zip(names, row))
        peer = expected[(record["voice"], record["platform"])]
        for mine_name, their_name in (("median", "median_er"), ("pooled", "pooled_er")):
            if abs(record[mine_name] - peer[their_name]) > 1e-9 * max(1, abs(peer[their_name])):
                raise SystemExit(f"answers differ: {record} against {peer}")
        if record["posts"] != peer["posts"]:
            raise SystemExit(f"post counts differ: {record} against {peer}")
    print(f"answers checked: {len(result['rows'])} groups agree with DuckDB (median, pooled, posts)")


if __name__ == "__main__":
    main()
