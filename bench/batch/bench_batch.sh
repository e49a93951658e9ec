#!/usr/bin/env bash
# `facepia assess --no-record --format json DIR --out FILE` over N generated deployment files (default
# 1,000,000): wall time and peak RSS (/usr/bin/time -v), with every core and with one (taskset). The files are
# generated one at a time by facepia_bench_engine --write (the vocabulary of rules/, seed fixed), in a temporary
# folder that is removed afterwards, with the output.
#   bench/batch/bench_batch.sh [BUILD] [COUNT] [TMPDIR]      (default: build/perf, 1000000, $TMPDIR or /tmp)
# FACEPIA_BENCH_CPU chooses the core of the one-core run (default: the last); FACEPIA_BENCH_ONE_CORE=0 skips it.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/perf}
count=${2:-1000000}
parent=${3:-${TMPDIR:-/tmp}}
cpu=${FACEPIA_BENCH_CPU:-$(($(nproc) - 1))}
facepia=$build/cli/facepia
generator=$build/bench/engine/facepia_bench_engine
for program in "$facepia" "$generator"; do
  if [ ! -x "$program" ]; then
    echo "bench batch: $program is not built (scripts/bench engine builds it)" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench batch: /usr/bin/time is missing (the Debian package time)" >&2
  exit 2
fi

# About 4 KiB of disk per file (one block each) and the output beside them.
need_kb=$((count * 4 + count * 8))
free_kb=$(df -Pk "$parent" | awk 'NR == 2 { print $4 }')
if [ "$free_kb" -lt "$need_kb" ]; then
  echo "bench batch: $parent has $((free_kb / 1024)) MiB free, $((need_kb / 1024)) MiB needed" >&2
  exit 2
fi
work=$(mktemp -d "$parent/facepia-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT

start=$(date +%s.%N)
"$generator" --write "$work/deployments" --count "$count" >/dev/null
echo "generated $count deployments in $(echo "$(date +%s.%N) - $start" | bc) s: $(du -sh "$work/deployments" | cut -f1)"

run() {
  local label=$1
  shift
  # Exit 1 (some deployment is denied) is the expected answer.
  /usr/bin/time -v "$@" "$facepia" assess --no-record --format json "$work/deployments" --out "$work/out.json" \
    2>"$work/time.txt" || [ $? -eq 1 ]
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  printf '%s: wall %s, peak RSS %.1f MiB, user %s s, sys %s s, output %s\n' "$label" "$wall" \
    "$(echo "$rss / 1024" | bc -l)" "$(sed -n 's/.*User time (seconds): //p' "$work/time.txt")" \
    "$(sed -n 's/.*System time (seconds): //p' "$work/time.txt")" "$(du -h "$work/out.json" | cut -f1)"
  python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print("  %d assessments in the output" % (len(a) if isinstance(a, list) else 1))' \
    "$work/out.json" 2>/dev/null || true
  rm -f "$work/out.json"
}
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
run "all cores"
if [ "${FACEPIA_BENCH_ONE_CORE:-1}" != 0 ]; then
  run "one core (taskset -c $cpu)" taskset -c "$cpu"
fi
