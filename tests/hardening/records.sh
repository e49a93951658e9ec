#!/usr/bin/env bash
# `facepia assess --db` records nothing unless the whole command succeeds: the batch is one transaction,
# committed after the output has been written and flushed. A report that cannot be written, a full stdout and
# a deployment that cannot go into the JSON record each exit 2 with nothing recorded.
# Usage: records.sh FACEPIA SOURCE_DIR
facepia=$1
source_dir=$2
# shellcheck source=tests/hardening/common.sh
source "$(dirname "$0")/common.sh"
limit=2000000
data="$source_dir/tests/recognition/data"
members="$data/members-pay-1to1.yaml"

recorded() { # recorded DB: how many assessments the store holds (0 when there is no store)
  if [[ ! -e "$1" ]]; then
    echo 0
    return
  fi
  "$facepia" history --db "$1" --format json | grep -c '"seq"'
}
expect_recorded() {
  local n
  n=$(recorded "$1")
  [[ $n -eq $2 ]] || fail "$3: $n assessments recorded, expected $2"
}

# A batch whose second deployment has a name that is not UTF-8: refused before anything is assessed.
mkdir -p "$work/batch"
cp "$members" "$work/batch/a.yaml"
sed 's/^name: .*$/name: Caf\xe9/' "$members" >"$work/batch/b.yaml"
run 60 $limit "$facepia" assess --db "$work/p.db" "$work/batch"
expect_status 2 "a name that is not UTF-8 in a batch"
expect_stderr "FP-D0206" "a name that is not UTF-8 in a batch"
expect_recorded "$work/p.db" 0 "a name that is not UTF-8 in a batch"

# A file name that is not UTF-8 cannot go into the JSON record: refused (the byte escaped), nothing recorded.
mkdir -p "$work/names"
cp "$members" "$work/names/a.yaml"
cp "$members" "$work/names/b-"$'\351'".yaml"
run 60 $limit "$facepia" assess --db "$work/n.db" "$work/names"
expect_status 2 "a file name that is not UTF-8"
expect_stderr "error[FP-D0401]: the file name \`$work/names/b-\xe9.yaml\` is not UTF-8" "a file name that is not UTF-8"
expect_recorded "$work/n.db" 0 "a file name that is not UTF-8"

# stdout is /dev/full: nothing recorded.
(
  ulimit -v $limit
  "$facepia" assess --db "$work/q.db" "$data" >/dev/full 2>"$work/full.err"
)
status_full=$?
[[ $status_full -eq 2 ]] || fail "stdout full: exit $status_full, expected 2"
grep -qF "nothing was recorded" "$work/full.err" || fail "stdout full: no \"nothing was recorded\""
expect_recorded "$work/q.db" 0 "stdout full"

# --out DIR where the second report's name is taken by a directory: exit 2, nothing recorded, and the first
# report removed again.
mkdir -p "$work/reports/shop-watchlist-denied.md"
run 60 $limit "$facepia" assess --db "$work/r.db" --format md --out "$work/reports/" "$members" \
  "$data/shop-watchlist-denied.yaml"
expect_status 2 "a report that cannot be written"
expect_stderr "nothing was recorded" "a report that cannot be written"
expect_recorded "$work/r.db" 0 "a report that cannot be written"
[[ ! -e "$work/reports/members-pay-1to1.md" ]] || fail "a report that cannot be written: the first report was left"

# A good run records every deployment (so that the checks above can fail).
count=$(find "$data" -name '*.yaml' | wc -l)
run 60 $limit "$facepia" assess --db "$work/ok.db" --format json --out "$work/all.json" "$data"
[[ $status -eq 1 ]] || fail "the test deployments: exit $status, expected 1 (one is denied)"
expect_recorded "$work/ok.db" "$count" "the $count test deployments"
grep -q '"assessment_id"' "$work/all.json" || fail "the test deployments: no JSON written"

# Records are compact: the report is kept compressed (zstd), and `history --show` gives it back whole.
run 60 $limit "$facepia" assess --db "$work/c.db" --format json --out "$work/c.json" "$members"
expect_status 0 "a compressed record"
"$facepia" history --db "$work/c.db" --show 1 | jq -S . >"$work/shown.json"
jq -S . "$work/c.json" >"$work/direct.json"
cmp -s "$work/shown.json" "$work/direct.json" || fail "a compressed record: --show differs from what assess printed"
inline=$(sqlite3 "$work/c.db" "SELECT length(report_json) FROM assessments")
packed=$(sqlite3 "$work/c.db" "SELECT length(zstd) FROM reports")
json_bytes=$(jq -c . "$work/c.json" | wc -c)
[[ $inline -eq 0 ]] || fail "a compressed record: $inline bytes of report kept inline"
[[ $packed -gt 0 && $((packed * 5)) -lt $json_bytes ]] ||
  fail "a compressed record: $packed bytes compressed for $json_bytes bytes of JSON"

# Retention of the records: --prune deletes the records past their keep-until date that a newer record of the
# same deployment supersedes, and never the newest record of a deployment, whatever its date.
gate="$data/residents-gate-1toN.yaml"
for _ in 1 2 3; do "$facepia" assess --db "$work/old.db" "$members" >/dev/null; done
"$facepia" assess --db "$work/old.db" "$gate" >/dev/null
sqlite3 "$work/old.db" "UPDATE assessments SET keep_until = '2020-01-01' WHERE seq <> 2"
run 60 $limit "$facepia" history --db "$work/old.db" --prune --dry-run
expect_status 0 "prune, dry run"
grep -qF "would prune 1 records" "$out" || fail "prune, dry run: $(cat "$out")"
expect_recorded "$work/old.db" 4 "prune, dry run"
sqlite3 "$work/old.db" "UPDATE assessments SET keep_until = '2020-01-01'"
run 60 $limit "$facepia" history --db "$work/old.db" --prune
expect_status 0 "prune"
grep -qF "pruned 2 records" "$out" || fail "prune: $(cat "$out")"
[[ $(sqlite3 "$work/old.db" "SELECT group_concat(seq) FROM (SELECT seq FROM assessments ORDER BY seq)") == 3,4 ]] ||
  fail "prune: kept $(sqlite3 "$work/old.db" "SELECT group_concat(seq) FROM assessments"), expected 3,4"
orphans=$(sqlite3 "$work/old.db" "SELECT (SELECT count(*) FROM findings WHERE seq NOT IN (SELECT seq FROM assessments))
  + (SELECT count(*) FROM reports WHERE seq NOT IN (SELECT seq FROM assessments))
  + (SELECT count(*) FROM conditions WHERE seq NOT IN (SELECT seq FROM assessments))")
[[ $orphans -eq 0 ]] || fail "prune: $orphans rows left of pruned records"
run 60 $limit "$facepia" history --db "$work/old.db" --prune
grep -qF "pruned 0 records" "$out" || fail "prune again: $(cat "$out")"

finish
