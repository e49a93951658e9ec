#!/usr/bin/env bash
# Crash consistency: SIGKILL injected (strace) at write system calls of `facepia assess --db` over a batch and
# of `facepia face consent` and `enrol`, point after point (a bounded loop). After each kill: the database
# passes `PRAGMA integrity_check`; a batch is recorded whole or not at all, every record with its findings; the
# audit chain verifies; every consent row and every template has its audit entry.
# Usage: crash.sh FACEPIA SOURCE_DIR
facepia=$1
source_dir=$2
# shellcheck source=tests/hardening/common.sh
source "$(dirname "$0")/common.sh"
command -v strace >/dev/null || {
  echo "FAIL: strace is not installed (scripts/setup installs it)"
  exit 1
}
command -v sqlite3 >/dev/null || {
  echo "FAIL: sqlite3 is not installed (scripts/setup installs it)"
  exit 1
}
data="$source_dir/tests/recognition/data"
members="$data/members-pay-1to1.yaml"
photo=/usr/share/doc/libdlib19.1/examples/johns/John_Salley/000179_02159509.jpg
max_points=${FACEPIA_CRASH_POINTS:-40} # per command and system call, spread over all the points

query() { sqlite3 "$1" "$2" 2>&1; }

# count_calls SYSCALL COMMAND...: how many times the command makes that system call, run once without a kill
# (the caller resets the state before and after).
count_calls() {
  local syscall=$1
  shift
  strace -f -qq -o "$work/trace" -e trace="$syscall" "$@" >/dev/null 2>&1
  grep -c "^[0-9]* *$syscall(" "$work/trace"
}

# points N: at most max_points of 1..N, evenly spread.
points() {
  local n=$1 step
  step=$(((n + max_points - 1) / max_points))
  [[ $step -ge 1 ]] || step=1
  seq 1 "$step" "$n"
}

# --- assess --db: the batch of the test deployments on a store that already holds them ---------------------
count=$(find "$data" -name '*.yaml' | wc -l)
"$facepia" assess --db "$work/base.db" "$data" >/dev/null
[[ $(query "$work/base.db" "SELECT count(*) FROM assessments") == "$count" ]] || fail "assess: the base store"
killed=0
for syscall in pwrite64 fdatasync; do
  rm -f "$work"/a.db*
  cp "$work/base.db" "$work/a.db"
  n=$(count_calls "$syscall" "$facepia" assess --db "$work/a.db" "$data")
  [[ $n -gt 0 ]] || fail "assess: no $syscall to inject into"
  for i in $(points "$n"); do
    rm -f "$work"/a.db*
    cp "$work/base.db" "$work/a.db"
    status=$( (strace -f -qq -o /dev/null -e trace="$syscall" -e inject="$syscall":signal=KILL:when="$i" \
      "$facepia" assess --db "$work/a.db" "$data" >/dev/null 2>&1; echo $?) 2>/dev/null)
    [[ $status -eq 137 ]] && killed=$((killed + 1))
    [[ $(query "$work/a.db" "PRAGMA integrity_check") == ok ]] || fail "assess, $syscall $i: integrity_check"
    rows=$(query "$work/a.db" "SELECT count(*) FROM assessments")
    [[ $rows == "$count" || $rows == $((2 * count)) ]] ||
      fail "assess, $syscall $i: $rows records, expected $count or $((2 * count)) (a batch is whole)"
    orphans=$(query "$work/a.db" "SELECT count(*) FROM assessments a WHERE NOT EXISTS
      (SELECT 1 FROM findings f WHERE f.seq = a.seq)")
    [[ $orphans == 0 ]] || fail "assess, $syscall $i: $orphans records without findings"
  done
done
[[ $killed -ge 10 ]] || fail "assess: only $killed runs were killed"

# --- face consent and enrol --------------------------------------------------------------------------------
"$facepia" face keygen --out "$work/k.key" >/dev/null
"$facepia" assess --db "$work/f.db" --key-file "$work/k.key" "$members" >/dev/null
on_store=(-d "$members" --db "$work/f.db" --store "$work/s.db" --key-file "$work/k.key")
face() { "$facepia" face "$@" "${on_store[@]}"; }
face consent alice --scope payment --separate --written >/dev/null || fail "face consent alice"
# The store and its audit checkpoint (kept outside it) are saved and put back together: putting back the store
# alone is a rollback, which the audit check rightly refuses.
cp "$work/s.db" "$work/s.base"
cp "$work/s.db.checkpoint" "$work/s.base.checkpoint"
restore_store() {
  rm -f "$work"/s.db*
  cp "$work/s.base" "$work/s.db"
  cp "$work/s.base.checkpoint" "$work/s.db.checkpoint"
}
check_store() { # check_store WHAT
  [[ $(query "$work/s.db" "PRAGMA integrity_check") == ok ]] || fail "$1: integrity_check"
  face audit verify >/dev/null 2>&1 || fail "$1: face audit verify"
  local consents audited templates enrolled
  consents=$(query "$work/s.db" "SELECT count(*) FROM consents")
  audited=$(query "$work/s.db" "SELECT count(*) FROM audit WHERE operation = 'consent'")
  [[ $consents == "$audited" ]] || fail "$1: $consents consents, $audited consent entries in the audit log"
  templates=$(query "$work/s.db" "SELECT count(*) FROM templates")
  enrolled=$(query "$work/s.db" "SELECT count(*) FROM audit WHERE operation = 'enrol' AND result = 'enrolled'")
  [[ $templates -le $enrolled ]] || fail "$1: $templates templates, $enrolled enrolments in the audit log"
}
check_store "before any kill"
for command in "consent bob --scope payment --separate --written" "enrol alice $photo --purpose payment"; do
  read -r -a words <<<"$command"
  restore_store
  n=$(count_calls pwrite64 "$facepia" face "${words[@]}" "${on_store[@]}")
  [[ $n -gt 0 ]] || fail "face ${words[0]}: no pwrite64 to inject into"
  # The uninjected run must have done its work, or the points below test nothing.
  after=$(query "$work/s.db" "SELECT (SELECT count(*) FROM consents) + (SELECT count(*) FROM templates)")
  before=$(query "$work/s.base" "SELECT (SELECT count(*) FROM consents) + (SELECT count(*) FROM templates)")
  [[ $after -eq $((before + 1)) ]] || fail "face ${words[0]}: the run without a kill did not complete"
  for i in $(points "$n"); do
    restore_store
    ( (strace -f -qq -o /dev/null -e trace=pwrite64 -e inject=pwrite64:signal=KILL:when="$i" \
      "$facepia" face "${words[@]}" "${on_store[@]}" >/dev/null 2>&1; true) 2>/dev/null)
    check_store "face ${words[0]}, pwrite64 $i"
  done
done

finish
