#!/usr/bin/env bash
# `facepia schema`: the JSON Schema of the deployment YAML accepts every bundled example deployment and refuses a
# misspelled fact, a value of the wrong type and a derived fact stated directly, as `facepia assess` does.
# Validated with python3-jsonschema (Debian), which scripts/setup installs: its absence fails the test.
set -u
facepia="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  echo "FAIL: python3-jsonschema and python3-yaml are needed (scripts/setup installs them)"
  exit 1
fi
"$facepia" schema --rules "$source_dir/rules" >"$work/schema.json" || exit 1

# validate FILE: exit 0 when every YAML document of FILE is valid, 1 with the errors otherwise.
cat >"$work/validate.py" <<'PY'
import json, sys
import jsonschema, yaml
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for document in yaml.safe_load_all(open(sys.argv[2], encoding="utf-8")):
    # YAML dates become strings, as the deployment loader reads them.
    document = json.loads(json.dumps(document, default=str))
    for error in validator.iter_errors(document):
        bad += 1
        print("/".join(str(p) for p in error.absolute_path) + ": " + error.message[:200])
sys.exit(1 if bad else 0)
PY

failures=0
count=0
for deployment in "$source_dir"/examples/deployments/*.yaml; do
  count=$((count + 1))
  if ! out=$(python3 "$work/validate.py" "$work/schema.json" "$deployment"); then
    echo "FAIL: $(basename "$deployment") is refused by the schema:"
    printf '%s\n' "$out" | head -5
    failures=$((failures + 1))
  fi
done
if [[ $count -lt 10 ]]; then
  echo "FAIL: only $count example deployments"
  failures=$((failures + 1))
fi

refused() { # refused DESCRIPTION EXPECTED_MESSAGE YAML
  printf '%s\n' "$3" >"$work/bad.yaml"
  local out
  if out=$(python3 "$work/validate.py" "$work/schema.json" "$work/bad.yaml"); then
    echo "FAIL: $1: accepted"
    failures=$((failures + 1))
  elif ! grep -qF -- "$2" <<<"$out"; then
    echo "FAIL: $1: the errors lack: $2"
    printf '%s\n' "$out"
    failures=$((failures + 1))
  fi
  # facepia assess refuses it too (exit 2, nothing assessed).
  "$facepia" assess --no-record --rules "$source_dir/rules" "$work/bad.yaml" >/dev/null 2>&1
  local status=$?
  if [[ $status -ne 2 ]]; then
    echo "FAIL: $1: facepia assess exits $status, expected 2"
    failures=$((failures + 1))
  fi
}
refused "a misspelled fact in a group" "'creates_templats' was unexpected" \
  $'name: t\nprocessing:\n  creates_templates: true\n  creates_templats: true'
refused "a misspelled fact by path" "'consent.seperate' was unexpected" $'name: t\nconsent.seperate: true'
refused "a boolean given text" "processing/creates_templates: 'yes please' is not of type 'boolean', 'null'" \
  $'name: t\nprocessing:\n  creates_templates: yes please'
refused "an enum value misspelled" "controller/type: 'shcool' is not one of" $'name: t\ncontroller:\n  type: shcool'
refused "a derived fact stated" "'assess.power_imbalance' was unexpected" $'name: t\nassess.power_imbalance: true'
refused "a negative count of days" "retention/templates" $'name: t\nretention:\n  templates: -3'

echo "$count deployments, $failures failures"
[[ $failures -eq 0 ]]
