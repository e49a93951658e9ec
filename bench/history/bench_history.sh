#!/usr/bin/env bash
# `facepia history` on a large assessment store: the newest 50 of 100,000 records, and the whole list, each a
# median of 7 runs pinned to one core. The store is made from real assessments of the test deployments,
# replicated (rows, findings and conditions) to N records with SQLite, since assessing 100,000 deployments takes
# about 11 minutes. Also times a face command refused for a stale assessment, whose hint reads the history.
#   bench/history/bench_history.sh [FACEPIA] [RECORDS]     (default: build/ci/cli/facepia, 100000)
# FACEPIA_BENCH_CPU chooses the core (default 1).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
facepia=${1:-$top/build/ci/cli/facepia}
records=${2:-100000}
cpu=${FACEPIA_BENCH_CPU:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$top/tests/recognition/data"

"$facepia" assess --db "$work/big.db" "$data" >/dev/null || [ $? -eq 1 ]
python3 - "$work/big.db" "$records" <<'PY'
import sqlite3, sys
db, target = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db)
rows = c.execute("SELECT seq FROM assessments ORDER BY seq").fetchall()
cols = [r[1] for r in c.execute("PRAGMA table_info(assessments)") if r[1] != "seq"]
fcols = [r[1] for r in c.execute("PRAGMA table_info(findings)") if r[1] != "seq"]
ccols = [r[1] for r in c.execute("PRAGMA table_info(conditions)") if r[1] != "seq"]
count = c.execute("SELECT count(*) FROM assessments").fetchone()[0]
with c:
    i = 0
    while count < target:
        source = rows[i % len(rows)][0]
        cur = c.execute("INSERT INTO assessments (%s) SELECT %s FROM assessments WHERE seq = ?"
                        % (",".join(cols), ",".join(cols)), (source,))
        seq = cur.lastrowid
        c.execute("INSERT INTO findings (seq,%s) SELECT ?,%s FROM findings WHERE seq = ?"
                  % (",".join(fcols), ",".join(fcols)), (seq, source))
        c.execute("INSERT INTO conditions (seq,%s) SELECT ?,%s FROM conditions WHERE seq = ?"
                  % (",".join(ccols), ",".join(ccols)), (seq, source))
        c.execute("INSERT INTO reports (seq, zstd) SELECT ?, zstd FROM reports WHERE seq = ?", (seq, source))
        count += 1
        i += 1
print("store: %d records, %d findings, %.0f MB" % (
    count, c.execute("SELECT count(*) FROM findings").fetchone()[0],
    c.execute("PRAGMA page_count").fetchone()[0] * c.execute("PRAGMA page_size").fetchone()[0] / 1e6))
PY

# median SECONDS of 7 runs of the command (stdout discarded).
median() {
  local times=()
  for _ in 1 2 3 4 5 6 7; do
    local start end
    start=$(date +%s.%N)
    taskset -c "$cpu" "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "facepia history -n 50 over $records records: median $(median "$facepia" history --db "$work/big.db" -n 50) s"
echo "facepia history (all $records) > /dev/null: median $(median "$facepia" history --db "$work/big.db") s"
echo "facepia history --show 1: median $(median "$facepia" history --db "$work/big.db" --show 1) s"
/usr/bin/time -f "facepia history (all): max RSS %M KB" "$facepia" history --db "$work/big.db" >/dev/null
# A deployment edited since it was assessed: the gate refuses it, and the hint looks up its last record.
sed 's/^  templates: 30$/  templates: 29/' "$data/members-pay-1to1.yaml" >"$work/stale.yaml"
cp "$data/members-pay-1to1.yaml" "$work/members.yaml"
printf '%064d\n' 1 >"$work/k.key"
chmod 600 "$work/k.key"
echo "facepia face show (stale, refused) over $records records: median $(median "$facepia" face show alice \
  -d "$work/stale.yaml" --db "$work/big.db" --store "$work/s.db" --key-file "$work/k.key") s"
