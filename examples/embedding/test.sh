#!/usr/bin/env bash
# The installed package: `cmake --install` into a scratch prefix, this example built against it with
# find_package(facepia CONFIG), run on a conditional and a denied deployment, then on an assessment recorded by
# the installed `facepia`, which reads the installed rules.
# Usage: test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$source_dir/tests/recognition/data"
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
[[ -f $work/prefix/lib/cmake/facepia/facepia-config.cmake ]] || fail "no CMake package installed"
[[ -d $work/prefix/share/facepia/rules/gdpr ]] || fail "no rules installed"
cmake -S "$source_dir/examples/embedding" -B "$work/example" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix" \
  >"$work/configure.log" || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/example" >"$work/build.log" || { cat "$work/build.log"; exit 1; }

status=0
"$work/example/gate_example" "$data/members-pay-1to1.yaml" >"$work/out" || status=$?
[[ $status -eq 0 ]] || fail "members: exit $status, expected 0"
grep -qx "decision: conditional" "$work/out" || fail "members: $(head -3 "$work/out")"
grep -q "^enforce: mode" "$work/out" || fail "members: no mode condition"
status=0
"$work/example/gate_example" "$data/shop-watchlist-denied.yaml" >"$work/out" || status=$?
[[ $status -eq 1 ]] || fail "denied: exit $status, expected 1"
grep -q "^blocking: gdpr.biometric-prohibition (breach)" "$work/out" || fail "denied: $(head -3 "$work/out")"

# The installed program reads the installed rules: recorded by it, the assessment is the one the embedded gate
# computes; and a broken installed rule file is what it reports.
(cd "$work" && env -u FACEPIA_RULES "$work/prefix/bin/facepia" assess --db "$work/a.db" \
  "$data/members-pay-1to1.yaml" >/dev/null) || fail "the installed facepia cannot assess"
"$work/example/gate_example" "$data/members-pay-1to1.yaml" "$work/a.db" >"$work/out" ||
  fail "the recorded assessment is not the embedded gate's: $(cat "$work/out")"
printf 'this is not a rule\n' >>"$work/prefix/share/facepia/rules/gdpr/rules.fp"
status=0
(cd "$work" && env -u FACEPIA_RULES "$work/prefix/bin/facepia" assess --no-record \
  "$data/members-pay-1to1.yaml" >/dev/null 2>"$work/err") || status=$?
[[ $status -eq 2 ]] || fail "a broken installed rule: exit $status, expected 2"
grep -qE -- "--> $work/prefix/share/facepia/rules/(.*/)?gdpr/rules.fp:" "$work/err" ||
  fail "a broken installed rule is not reported: $(head -c 300 "$work/err")"

echo "$failures failures"
[[ $failures -eq 0 ]]
