#!/usr/bin/env bash
# Rebuilds workspace/demo from workspace/demo.rap and the files in workspace/sources.
# SOURCE_DATE_EPOCH fixes the recorded times, so a rebuild gives the same files byte for byte.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${RAPPORT_BIN:-$(cd "$root" && swift build -c release --show-bin-path)/rapport}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"
rm -rf "$root/workspace/demo"
cd "$root/workspace"
"$binary" --no-init --workspace "$root/workspace/demo" --script demo.rap >/dev/null
rm -f "$root/workspace/demo/workspace.lock"
echo "rebuilt $root/workspace/demo" >&2
