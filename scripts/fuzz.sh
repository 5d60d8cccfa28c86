#!/bin/sh
# Builds the fuzz targets (FuzzTesting/) with libFuzzer and AddressSanitizer and runs each for FUZZ_SECONDS
# seconds (default 60) at nice 10, two at a time; `scripts/fuzz.sh csv json` runs only those (`make fuzz TARGET=csv`).
# New inputs go to FuzzTesting/.build/fuzz/corpus/TARGET, crashes to FuzzTesting/.build/fuzz/artifacts/TARGET (emptied
# when the target starts), libFuzzer's output to FuzzTesting/.build/fuzz/logs/TARGET.log. The summary gives each
# target's executions, coverage (cov, ft), corpus size and crashes; exits 1 when any target crashed (or timed out, or
# ran out of memory). A crash is kept in FuzzTesting/Regressions/TARGET once minimised (see FuzzTesting/README.md).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ="$ROOT/FuzzTesting"
WORK="$FUZZ/.build/fuzz"
SECONDS_EACH=${FUZZ_SECONDS:-60}
ALL="csv json dataset manifest xlsx command expression instrument answers plugin"
TARGETS=${*:-$ALL}

# The binary of a target (FuzzCSV for csv) and the longest input it is given.
binary() {
    case $1 in
        csv) echo FuzzCSV ;; json) echo FuzzJSON ;; xlsx) echo FuzzXLSX ;; dataset) echo FuzzDataset ;;
        manifest) echo FuzzManifest ;; command) echo FuzzCommand ;; expression) echo FuzzExpression ;;
        instrument) echo FuzzInstrument ;; answers) echo FuzzAnswers ;; plugin) echo FuzzPlugin ;;
        *) echo "unknown fuzz target '$1' (targets: $ALL)" >&2; exit 2 ;;
    esac
}
max_len() {
    case $1 in xlsx) echo 65536 ;; dataset | manifest | instrument | plugin) echo 16384 ;; *) echo 4096 ;; esac
}
for target in $TARGETS; do binary "$target" >/dev/null; done

"$ROOT/scripts/ensure-packages.sh" libedit-dev pkg-config zlib1g-dev libsqlite3-dev
cd "$FUZZ"
nice -n 10 swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
BIN=$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)

# Runs one target for SECONDS_EACH seconds; the committed seeds and regressions are read, new inputs kept apart.
run() {
    target=$1
    rm -rf "$WORK/artifacts/$target"
    mkdir -p "$WORK/corpus/$target" "$WORK/artifacts/$target" "$WORK/logs" "$FUZZ/Regressions/$target"
    dict=""
    if [ -f "$FUZZ/Dictionaries/$target.dict" ]; then dict="-dict=$FUZZ/Dictionaries/$target.dict"; fi
    # No allocation stacks and a small quarantine: twice the executions and a fifth of the memory. A crash is
    # reported by the sanitizer, not by Swift's backtracer.
    ASAN_OPTIONS=malloc_context_size=0:quarantine_size_mb=16 SWIFT_BACKTRACE=enable=no nice -n 10 "$BIN/$(binary "$target")" \
        -detect_leaks=0 -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
        -print_final_stats=1 -artifact_prefix="$WORK/artifacts/$target/" $dict \
        "$WORK/corpus/$target" "$FUZZ/Corpus/$target" "$FUZZ/Regressions/$target" \
        >"$WORK/logs/$target.log" 2>&1 || true
}

set -- $TARGETS
while [ $# -gt 0 ]; do
    echo "fuzzing $1${2:+ and $2} for $SECONDS_EACH s"
    run "$1" &
    if [ $# -gt 1 ]; then run "$2" & fi
    wait
    shift
    if [ $# -gt 0 ]; then shift; fi
done

# The summary: the last status line of each log (bytes, not text: inputs quoted in it need not be UTF-8), and the
# crashes kept in the artifacts folder.
export LC_ALL=C
status=0
printf '%-11s %12s %7s %7s %8s %s\n' target executions cov ft corpus crashes
for target in $TARGETS; do
    log="$WORK/logs/$target.log"
    line=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}' || true)
    cov=$(echo "$line" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$line" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    corpus=$(echo "$line" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
    crashes=$(ls "$WORK/artifacts/$target" | wc -l)
    printf '%-11s %12s %7s %7s %8s %s\n' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "$crashes"
    if [ "$crashes" -gt 0 ]; then
        status=1
        ls "$WORK/artifacts/$target" | sed "s|^|    $WORK/artifacts/$target/|"
    fi
done
exit $status
