#!/usr/bin/env bash
# `facepia lint --explain CODE` explains every code the sources emit: the rule language's (FP-E, FP-W, in dsl/src)
# and the deployment loader's (FP-D, in engine/src); an unknown code exits 2.
set -u
facepia="$1"
source_dir="$2"
failures=0
codes=$(grep -rhoE '"FP-[EWD][0-9]{4}"' "$source_dir/dsl/src" "$source_dir/engine/src" | tr -d '"' | sort -u)
count=0
for code in $codes; do
  count=$((count + 1))
  out=$("$facepia" lint --explain "$code" 2>&1)
  status=$?
  # The first line is the code, then the explanation: at least a sentence of its own.
  if [[ $status -ne 0 || "$out" != "$code: "* || ${#out} -lt 60 ]]; then
    echo "FAIL: $code: exit $status, output: ${out:0:120}"
    failures=$((failures + 1))
  fi
done
if [[ $count -lt 40 ]]; then
  echo "FAIL: only $count codes found in the sources"
  failures=$((failures + 1))
fi
for code in FP-D0101 FP-E0501; do
  if ! "$facepia" lint --explain "$code" | grep -q .; then
    echo "FAIL: $code has no explanation"
    failures=$((failures + 1))
  fi
done
"$facepia" lint --explain FP-D9999 >/dev/null 2>&1
status=$?
if [[ $status -ne 2 ]]; then
  echo "FAIL: an unknown code exits $status, expected 2"
  failures=$((failures + 1))
fi
echo "$count codes, $failures failures"
[[ $failures -eq 0 ]]
