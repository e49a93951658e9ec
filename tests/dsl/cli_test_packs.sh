#!/usr/bin/env bash
# `facepia test`: a test's expected decision is computed from the instruments of its own file and its imports, so
# that a pack's tests do not change when another pack is loaded beside it; and a wrong expected decision names
# the rules that decided it.
set -u
facepia="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/a" "$work/b"
cat >"$work/common.fp" <<'FP'
instrument AAA {
  title "Instrument A"
  jurisdiction "X"
  in_force 2020-01-01
}
instrument BBB {
  title "Instrument B"
  jurisdiction "Y"
  in_force 2020-01-01
}
provision AAA Art. 1 {
  text "a"
}
provision BBB Art. 1 {
  text "b"
}
fact x : bool "x holds"
fact y : bool "y holds"
FP
cat >"$work/a/rules.fp" <<'FP'
import "../common.fp"
rule a.r {
  title "A needs x"
  cites AAA Art. 1
  requires x
  severity blocking
  finding "x does not hold"
}
FP
cat >"$work/a/tests.fp" <<'FP'
import "rules.fp"
test "pack A alone decides its test, although pack B's rule is undetermined" {
  given x = true
  expect a.r is compliant
  expect decision allow
}
FP
cat >"$work/b/rules.fp" <<'FP'
import "../common.fp"
rule b.r {
  title "B needs y"
  cites BBB Art. 1
  requires y
  severity blocking
  finding "y does not hold"
}
FP
cat >"$work/b/tests.fp" <<'FP'
import "rules.fp"
test "pack B expects allow where its rule refuses" {
  given y = false
  expect decision allow
}
FP
out=$("$facepia" test "$work" 2>&1)
status=$?
failures=0
check() {
  if ! grep -qF -- "$1" <<<"$out"; then
    echo "FAIL: output lacks: $1"
    failures=$((failures + 1))
  fi
}
check "ok    pack A alone decides its test, although pack B's rule is undetermined"
check "FAIL  pack B expects allow where its rule refuses  ($work/b/tests.fp:2:1)"
check "$work/b/tests.fp:4:3: expected decision allow, got deny (under BBB)"
check "  refused by b.r (breach)  $work/b/rules.fp:2:1"
check "1 passed, 1 failed"
if [[ $status -ne 1 ]]; then
  echo "FAIL: exit $status, expected 1"
  failures=$((failures + 1))
fi
[[ $failures -eq 0 ]] || printf '%s\n' "$out"
echo "$failures failures"
[[ $failures -eq 0 ]]
