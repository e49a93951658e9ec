#!/usr/bin/env bash
# facepia assess over a directory: with --out FILE (streamed by a pool of workers, in chunks of files) and to
# standard output (one at a time) give the same JSON and text, the same exit status, and, for a batch with bad
# files, the same diagnostics and no output file. The batch holds more files than one chunk, in nested folders.
#   streamed_assess.sh FACEPIA SOURCE_DIR
set -u
facepia=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# 20 copies of each example (about 400 files, several chunks), some in a subfolder, names that sort differently
# as paths and as strings (`a-b` and `a/b`).
batch=$work/batch
mkdir -p "$batch/a" "$batch/a-b"
n=0
for copy in $(seq 1 20); do
  for example in "$source_dir"/examples/deployments/*.yaml; do
    n=$((n + 1))
    case $((n % 3)) in
    0) target=$batch/a/$copy-$(basename "$example") ;;
    1) target=$batch/a-b/$copy-$(basename "$example") ;;
    *) target=$batch/$copy-$(basename "$example") ;;
    esac
    cp "$example" "$target"
  done
done

for format in json text; do
  "$facepia" assess --no-record --format "$format" "$batch" >"$work/one.$format" 2>"$work/one.err"
  one_status=$?
  "$facepia" assess --no-record --format "$format" "$batch" --out "$work/streamed.$format" 2>"$work/streamed.err"
  streamed_status=$?
  [[ $one_status -eq $streamed_status ]] || fail "$format: exit $streamed_status streamed, $one_status one at a time"
  [[ $one_status -eq 1 ]] || fail "$format: exit $one_status, expected 1 (some example is denied)"
  cmp -s "$work/one.$format" "$work/streamed.$format" || fail "$format: the streamed output differs"
  [[ -s "$work/streamed.$format" ]] || fail "$format: no output"
done
if [[ $(grep -c '"assessment_id"' "$work/streamed.json") -lt 400 ]]; then
  fail "json: fewer assessments than files"
fi

# One file: no array, as before.
example=$source_dir/examples/deployments/hangzhou-safari-park.yaml
"$facepia" assess --no-record --format json "$example" >"$work/single-one.json" 2>/dev/null
"$facepia" assess --no-record --format json "$example" --out "$work/single.json" 2>/dev/null
cmp -s "$work/single-one.json" "$work/single.json" || fail "one file: the streamed output differs"

# Bad files late in the batch: the same diagnostics, exit 2, and no output file (not even a partial one).
printf 'name: broken\ncontroller:\n  type: nonsense_type\n' >"$batch/a/zz-broken.yaml"
printf 'name: [\n' >"$batch/zz-broken.yaml"
"$facepia" assess --no-record --format json "$batch" >/dev/null 2>"$work/one.err"
one_status=$?
"$facepia" assess --no-record --format json "$batch" --out "$work/bad.json" 2>"$work/streamed.err"
streamed_status=$?
[[ $one_status -eq 2 && $streamed_status -eq 2 ]] || fail "bad files: exit $streamed_status streamed, $one_status one at a time"
cmp -s "$work/one.err" "$work/streamed.err" || fail "bad files: the diagnostics differ: $(diff "$work/one.err" "$work/streamed.err" | head -5)"
grep -q 'nonsense_type' "$work/streamed.err" || fail "bad files: the diagnostic is missing"
if compgen -G "$work/bad.json*" >/dev/null; then
  fail "bad files: an output file was left"
fi

[[ $failures -eq 0 ]] && echo "streamed assess: all checks passed"
exit $((failures > 0))
