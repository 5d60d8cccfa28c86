#!/usr/bin/env bash
# `make bench`: prepares the reference workload (../shared/bench) and runs bench/bench.py.
#   RAPPORT_BIN  the rapport binary (default: the release build, built here)
#   ROWS         rows of generated posts (default 1000000)
# Not part of `make test`: it generates a million-row file and installs the peers.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
shared="$(cd "$repo/../shared/bench" && pwd)"
rows="${ROWS:-1000000}"
out="$here/out"
data="$out/posts-$rows.csv"
mkdir -p "$out"
[ -f "$data" ] || { echo "generating $data" >&2; python3 "$shared/gen_posts.py" "$rows" "$data"; }
python3 -c "import pandas, scipy, duckdb" 2>/dev/null || { echo "installing pandas scipy duckdb" >&2; python3 -m pip install -q pandas scipy duckdb; }
if [ -z "${RAPPORT_BIN:-}" ]; then
    (cd "$repo" && swift build -c release >/dev/null)
    RAPPORT_BIN="$(cd "$repo" && swift build -c release --show-bin-path)/rapport"
fi
exec python3 "$here/bench.py" "$RAPPORT_BIN" "$data" "$shared" "$out"
