#!/usr/bin/env bash
# One rules folder for every command: the PATHs or --rules given, else $FACEPIA_RULES, else ./rules when it is a
# folder, else the bundled rules; `facepia rules-info` says which, and why.
set -u
facepia="$1"
bundled="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/project/rules" "$work/elsewhere" "$work/empty"
cat >"$work/project/rules/pack.fp" <<'FP'
instrument AAA {
  title "Instrument A"
  jurisdiction "X"
  in_force 2020-01-01
}
provision AAA Art. 1 {
  text "a"
}
fact x : bool "x holds"
rule a.r {
  title "A needs x"
  cites AAA Art. 1
  requires x
  severity blocking
  finding "x does not hold"
}
test "the edited copy's own test" {
  given x = true
  expect a.r is compliant
}
FP
cp "$work/project/rules/pack.fp" "$work/elsewhere/pack.fp"
sed -i 's/the edited copy/the folder named by FACEPIA_RULES/' "$work/elsewhere/pack.fp"
printf 'name: t\nx: false\n' >"$work/project/deployment.yaml"

failures=0
expect() { # expect DESCRIPTION WANTED_STATUS WANTED_TEXT -- COMMAND...
  local description="$1" want_status="$2" want_text="$3"
  shift 4
  local out status
  out=$("$@" 2>&1)
  status=$?
  if [[ $status -ne $want_status ]] || ! grep -qF -- "$want_text" <<<"$out"; then
    echo "FAIL: $description: exit $status (expected $want_status), output lacks: $want_text"
    printf '%s\n' "$out" | head -20
    failures=$((failures + 1))
  fi
}

unset FACEPIA_RULES
cd "$work/project" || exit 2
expect "rules-info in a folder with ./rules" 0 "rules folder: rules  (./rules)" -- "$facepia" rules-info
expect "rules-info lists the file with its digest" 0 "  rules/pack.fp" -- "$facepia" rules-info
expect "rules-info names the instrument" 0 "  AAA  Instrument A  in force 2020-01-01  1 rules" -- "$facepia" rules-info
expect "test reads ./rules" 0 "ok    the edited copy's own test" -- "$facepia" test
expect "lint reads ./rules" 0 "" -- "$facepia" lint
expect "assess reads ./rules" 1 "a.r" -- "$facepia" assess --no-record deployment.yaml
expect "--rules wins" 0 "rules folder: $work/elsewhere  (--rules)" -- "$facepia" rules-info --rules "$work/elsewhere"
expect "\$FACEPIA_RULES wins over ./rules" 0 "ok    the folder named by FACEPIA_RULES's own test" -- \
  env FACEPIA_RULES="$work/elsewhere" "$facepia" test
expect "rules-info names \$FACEPIA_RULES" 0 "rules folder: $work/elsewhere  (\$FACEPIA_RULES)" -- \
  env FACEPIA_RULES="$work/elsewhere" "$facepia" rules-info
expect "json" 0 '"origin": "./rules"' -- "$facepia" rules-info --format json
echo 'rule broken {' >>"$work/project/rules/pack.fp"
expect "lint sees the edit in ./rules" 1 "rules/pack.fp" -- "$facepia" lint
expect "rules-info refuses rules that do not load" 2 "error: the rules in \`rules\` (./rules) do not load" -- \
  "$facepia" rules-info

cd "$work/empty" || exit 2
expect "rules-info without ./rules: the bundled rules" 0 "rules folder: $bundled  (bundled)" -- "$facepia" rules-info
expect "the bundled rules hold GDPR" 0 "  GDPR  " -- "$facepia" rules-info

echo "$failures failures"
[[ $failures -eq 0 ]]
