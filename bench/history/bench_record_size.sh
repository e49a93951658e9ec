#!/usr/bin/env bash
# Bytes per assessment record: the test deployments assessed ROUNDS times into one store (reports compressed,
# as recorded now), and the same store with every report put back inline as JSON text (as recorded before the
# reports were compressed), both vacuumed. Also the median time of `facepia assess --db` over the test
# deployments, pinned to one core.
#   bench/history/bench_record_size.sh [FACEPIA] [ROUNDS]     (default: build/ci/cli/facepia, 10)
# FACEPIA_BENCH_CPU chooses the core (default 1).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
facepia=${1:-$top/build/ci/cli/facepia}
rounds=${2:-10}
cpu=${FACEPIA_BENCH_CPU:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$top/tests/recognition/data"

for _ in $(seq "$rounds"); do
  "$facepia" assess --db "$work/after.db" "$data" >/dev/null || [ $? -eq 1 ]
done
count=$(sqlite3 "$work/after.db" "SELECT count(*) FROM assessments")
cp "$work/after.db" "$work/before.db"
for seq in $(sqlite3 "$work/after.db" "SELECT seq FROM assessments"); do
  "$facepia" history --db "$work/after.db" --show "$seq" | jq -c . >"$work/report.json"
  sqlite3 "$work/before.db" "UPDATE assessments SET report_json = CAST(readfile('$work/report.json') AS TEXT)
    WHERE seq = $seq; DELETE FROM reports WHERE seq = $seq"
done
sqlite3 "$work/after.db" "PRAGMA wal_checkpoint(TRUNCATE); VACUUM" >/dev/null
sqlite3 "$work/before.db" "PRAGMA wal_checkpoint(TRUNCATE); VACUUM" >/dev/null
before=$(stat -c %s "$work/before.db")
after=$(stat -c %s "$work/after.db")
json=$(sqlite3 "$work/before.db" "SELECT sum(length(CAST(report_json AS BLOB))) FROM assessments")
zstd=$(sqlite3 "$work/after.db" "SELECT sum(length(zstd)) FROM reports")

median() {
  local times=()
  for _ in 1 2 3 4 5 6 7; do
    local start end
    rm -f "$work/t.db"*
    start=$(date +%s.%N)
    taskset -c "$cpu" "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "records: $count ($rounds rounds of $(find "$data" -name '*.yaml' | wc -l) test deployments)"
echo "reports inline as JSON (before): $((before / count)) bytes per record (store $before bytes; JSON $((json / count)) bytes per report)"
echo "reports compressed (now): $((after / count)) bytes per record (store $after bytes; zstd $((zstd / count)) bytes per report)"
echo "facepia assess --db over the test deployments: median $(median "$facepia" assess --db "$work/t.db" "$data") s"
