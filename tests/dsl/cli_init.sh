#!/usr/bin/env bash
# `facepia init --regime R`: a commented skeleton of the facts R's rules read; it loads as a deployment (every
# fact unknown, so the decision is deny, never a load error), passes `facepia schema`, and an unknown regime is
# refused.
set -u
facepia="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rules="$source_dir/rules"
failures=0
fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}

"$facepia" init --rules "$rules" --regime gdpr >"$work/gdpr.yaml" || fail "init --regime gdpr exits $?"
"$facepia" init --rules "$rules" --regime bipa >"$work/bipa.yaml" || fail "init --regime bipa exits $?"
"$facepia" init --rules "$rules" --regime pipl,spc-fr >"$work/cn.yaml" || fail "init --regime pipl,spc-fr exits $?"
"$facepia" init --rules "$rules" >"$work/all.yaml" || fail "init exits $?"

has() { grep -qF -- "$2" "$work/$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$work/$1" || fail "$1 holds: $2"; }
line() { grep -qxF -- "$2" "$work/$1" || fail "$1 lacks the line: $2"; }
has gdpr.yaml "# A planned facial recognition deployment, for \`facepia assess FILE\`: the facts the rules of GDPR read"
line gdpr.yaml "controller:"
has gdpr.yaml "  # the kind of organisation that decides why and how faces are processed (one of: public_authority,"
line gdpr.yaml "  type:"
has gdpr.yaml "  eu_establishment:"
lacks gdpr.yaml "bipa"
line bipa.yaml "bipa:"
lacks bipa.yaml "eu_establishment"
has cn.yaml "the facts the rules of PIPL, SPC-FR"
has cn.yaml "cn_processing:"
has all.yaml "eu_establishment:"
has all.yaml "us_illinois:"

for skeleton in gdpr bipa cn all; do
  # Every fact unknown: blocking rules are undetermined, so deny (exit 1); a load error would exit 2.
  "$facepia" assess --no-record --rules "$rules" "$work/$skeleton.yaml" >"$work/$skeleton.out" 2>&1
  status=$?
  [[ $status -eq 1 ]] || fail "facepia assess of the $skeleton skeleton exits $status: $(head -5 "$work/$skeleton.out")"
done

if python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  "$facepia" schema --rules "$rules" >"$work/schema.json"
  for skeleton in gdpr all; do
    python3 - "$work/schema.json" "$work/$skeleton.yaml" <<'PY' || fail "the $skeleton skeleton does not pass the schema"
import json, sys
import jsonschema, yaml
schema = json.load(open(sys.argv[1]))
document = yaml.safe_load(open(sys.argv[2], encoding="utf-8"))
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
for e in errors[:5]:
    print(e.message[:200])
sys.exit(1 if errors else 0)
PY
  done
else
  fail "python3-jsonschema and python3-yaml are needed (scripts/setup installs them)"
fi

out=$("$facepia" init --rules "$rules" --regime gpdr 2>&1)
status=$?
[[ $status -eq 2 ]] || fail "an unknown regime exits $status, expected 2"
grep -qF "error: no instrument \`gpdr\` in the rules" <<<"$out" || fail "an unknown regime: $out"
grep -qF "help: --regime takes one of " <<<"$out" || fail "an unknown regime lists none: $out"

echo "$failures failures"
[[ $failures -eq 0 ]]
