#!/usr/bin/env bash
# Benchmark of the reference workload W1 against DuckDB and pandas: whole process, median of 3,
# wall seconds and peak memory from /usr/bin/time. Run from anywhere, no arguments needed.
#   RAPPORT_BIN  the rapport binary (default: the release build, built here)
#   ROWS         rows of generated posts (default 1000000)
# Each step is one row of the table; add score/compare rows with `measure` further down.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="$(cd "$here/../../shared" && pwd)"
rows="${ROWS:-1000000}"
out="$here/out"
data="$out/posts-$rows.csv"
mkdir -p "$out"

[ -x /usr/bin/time ] || { echo "installing GNU time"; sudo apt-get install -y time >/dev/null 2>&1 || apt-get install -y time >/dev/null; }
[ -f "$data" ] || { echo "generating $data"; python3 "$shared/bench/gen_posts.py" "$rows" "$data"; }
python3 -c "import pandas, scipy, duckdb" 2>/dev/null || { echo "installing pandas scipy duckdb"; python3 -m pip install -q pandas scipy duckdb; }

if [ -z "${RAPPORT_BIN:-}" ]; then
    (cd "$repo" && swift build -c release >/dev/null)
    RAPPORT_BIN="$repo/.build/release/rapport"
fi

# measure LABEL CMD...: runs CMD three times, prints "LABEL median_wall median_peak_MiB" (or "LABEL - -").
measure() {
    local label="$1"; shift
    local walls=() peaks=()
    for _ in 1 2 3; do
        local line
        if ! /usr/bin/time -o "$out/time.txt" -f "%e %M" "$@" >/dev/null 2>"$out/stderr.txt"; then
            echo "$label - -"; return
        fi
        line="$(tail -1 "$out/time.txt")"
        walls+=("${line% *}"); peaks+=("${line#* }")
    done
    local wall peak
    wall="$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)"
    peak="$(printf '%s\n' "${peaks[@]}" | sort -g | sed -n 2p)"
    echo "$label $wall $(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }')"
}

results=()
results+=("$(measure "duckdb:load" python3 "$shared/bench/peers.py" "$data" --engine duckdb --until load)")
results+=("$(measure "pandas:load" python3 "$shared/bench/peers.py" "$data" --engine pandas --until load)")
if [ -x "$RAPPORT_BIN" ]; then
    workspace="$out/workspace"
    rm -rf "$workspace"
    results+=("$(measure "rapport:load" sh -c 'rm -rf "$1" && exec "$2" --workspace "$1" -c "import $3 as posts"' _ "$workspace" "$RAPPORT_BIN" "$data")")
    # RAPPORT_NO_SAVE=1 asks rapport not to write the workspace; the shell will honour it once wired.
    results+=("$(measure "rapport:load-nosave" env RAPPORT_NO_SAVE=1 sh -c 'rm -rf "$1" && exec "$2" --workspace "$1" -c "import $3 as posts"' _ "$workspace" "$RAPPORT_BIN" "$data")")
else
    echo "note: no rapport binary at $RAPPORT_BIN; skipping rapport rows"
fi

printf '%s\n' "${results[@]}" | awk '
    { label[NR] = $1; wall[NR] = $2; peak[NR] = $3; split($1, p, ":"); step[NR] = p[2]
      if (p[1] == "duckdb") { dw[p[2]] = $2; dp[p[2]] = $3 }
      if (p[1] == "pandas") { pw[p[2]] = $2; pp[p[2]] = $3 } }
    function ratio(a, b) { return (a == "-" || b == "" || b == "-" || b == 0) ? "-" : sprintf("%.2f", a / b) }
    END {
      printf "%-22s %8s %9s %12s %12s %12s %12s\n", "run", "wall s", "peak MiB", "wall/duckdb", "mem/duckdb", "wall/pandas", "mem/pandas"
      for (i = 1; i <= NR; i++) {
        s = step[i]; sub(/-.*/, "", s)
        printf "%-22s %8s %9s %12s %12s %12s %12s\n", label[i], wall[i], peak[i],
               ratio(wall[i], dw[s]), ratio(peak[i], dp[s]), ratio(wall[i], pw[s]), ratio(peak[i], pp[s])
      }
    }'
