#!/usr/bin/env bash
# Opens rapport on a fresh copy of the bundled demo workspace, so the bundled one never changes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${RAPPORT_BIN:-$(cd "$root" && swift build -c release --show-bin-path)/rapport}"
copy="$(mktemp -d "${TMPDIR:-/tmp}/rapport-demo.XXXXXX")"
cp -R "$root/workspace/demo/." "$copy/"
echo "demo workspace copied to $copy" >&2
exec "$binary" --workspace "$copy" "$@"
