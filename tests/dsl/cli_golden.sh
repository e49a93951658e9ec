#!/usr/bin/env bash
# `facepia lint golden/NAME.fp`, run from tests/dsl, prints exactly golden/NAME.expected on stderr, and exits 1
# when the case has an error, 0 when it has none (warnings only, or clean).
set -u
facepia="$1"
cd "$2" || exit 2
failures=0
for case in golden/*.fp; do
  expected="${case%.fp}.expected"
  actual="$("$facepia" lint "$case" 2>&1 >/dev/null)"
  status=$?
  want_status=0
  if grep -q '^error' "$expected"; then
    want_status=1
  fi
  if [[ "$actual" != "$(cat "$expected")" ]]; then
    echo "FAIL $case: stderr differs from $expected"
    diff <(printf '%s\n' "$actual") "$expected" | head -20
    failures=$((failures + 1))
  elif [[ $status -ne $want_status ]]; then
    echo "FAIL $case: exit $status, expected $want_status"
    failures=$((failures + 1))
  fi
done
echo "$failures failures"
[[ $failures -eq 0 ]]
