#!/usr/bin/env bash
# Template key files: `keygen` creates a new file only (never through a symbolic link, dangling or not, never
# over a key), mode 0600; a face command refuses a key file that others can read or write; commands opening a
# new store at the same time agree on its key.
# Usage: keys.sh FACEPIA SOURCE_DIR
facepia=$1
source_dir=$2
# shellcheck source=tests/hardening/common.sh
source "$(dirname "$0")/common.sh"
limit=3000000
members="$source_dir/tests/recognition/data/members-pay-1to1.yaml"

run 20 $limit "$facepia" face keygen --out "$work/k.key"
expect_status 0 "keygen"
[[ $(stat -c %a "$work/k.key") == 600 ]] || fail "keygen: mode $(stat -c %a "$work/k.key"), expected 600"
grep -qE '^[0-9a-f]{64}$' "$work/k.key" || fail "keygen: not 64 hex digits"

cp "$work/k.key" "$work/k.copy"
run 20 $limit "$facepia" face keygen --out "$work/k.key"
expect_status 2 "keygen over an existing key"
expect_stderr "exists: a key is never overwritten" "keygen over an existing key"
cmp -s "$work/k.key" "$work/k.copy" || fail "keygen over an existing key: the key changed"

ln -s "$work/target.key" "$work/dangling.key"
run 20 $limit "$facepia" face keygen --out "$work/dangling.key"
expect_status 2 "keygen through a dangling symbolic link"
[[ ! -e "$work/target.key" ]] || fail "keygen through a dangling symbolic link: the link's target was written"

# A face command with a key file readable by others: refused, the key never printed.
"$facepia" assess --db "$work/a.db" --key-file "$work/k.key" "$members" >/dev/null || fail "assess the members deployment"
chmod 644 "$work/k.key"
run 60 $limit "$facepia" face show alice -d "$members" --db "$work/a.db" --store "$work/s.db" --key-file "$work/k.key"
expect_status 1 "a key file in mode 0644 (the runtime refuses to start)"
expect_stderr "the template key file \`$work/k.key\` (mode 0644) must be owned by you and readable by you alone" \
  "a key file in mode 0644"
expect_stderr_not "$(cat "$work/k.key")" "a key file in mode 0644"
chmod 600 "$work/k.key"
run 60 $limit "$facepia" face show alice -d "$members" --db "$work/a.db" --store "$work/s.db" --key-file "$work/k.key"
expect_status 1 "a key file in mode 0600 (no subject alice yet)"
expect_stderr "no subject \`alice\` in the store" "a key file in mode 0600"
# The store it created is readable by its owner alone.
[[ $(stat -c %a "$work/s.db") == 600 ]] || fail "a new store has mode $(stat -c %a "$work/s.db"), expected 600"

# 16 commands opening a new store at once: every one succeeds (the first open raced on the key check: about 1
# in 160 failed with a UNIQUE constraint).
for round in 1 2 3 4 5 6 7 8 9 10; do
  pids=()
  for n in $(seq 1 16); do
    "$facepia" face consent "s$round-$n" --scope payment --separate --written -d "$members" --db "$work/a.db" \
      --store "$work/race$round.db" --key-file "$work/k.key" >/dev/null 2>"$work/race$round-$n.err" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do
    wait "$pid" || fail "16 consents on a new store, round $round: $(cat "$work"/race"$round"-*.err | head -c 300)"
  done
done

finish
