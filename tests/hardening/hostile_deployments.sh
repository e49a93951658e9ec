#!/usr/bin/env bash
# Hostile deployments through `facepia assess`: output that used to grow with the square of the input, devices
# and FIFOs, deep nesting, and values the vocabulary must refuse (negative counts, YAML tags, keys written twice,
# text that is not UTF-8). Each exits 2 with its diagnostic at file:line:col, within a time and memory limit,
# and records nothing.
# Usage: hostile_deployments.sh FACEPIA SOURCE_DIR
facepia=$1
source_dir=$2
# shellcheck source=tests/hardening/common.sh
source "$(dirname "$0")/common.sh"
limit=2000000
members="$source_dir/tests/recognition/data/members-pay-1to1.yaml"

assess() { run "$1" $limit "$facepia" assess --db "$work/a.db" "${@:2}"; }
expect_nothing_recorded() {
  [[ ! -e "$work/a.db" ]] || fail "$1: the assessment store was created"
}

# 8,000 unknown keys on one line (96 KB): 100 diagnostics shown, each line clipped, then the count of the rest.
python3 -c "print('{' + ', '.join('zz%05d: 1' % i for i in range(8000)) + '}')" >"$work/flow.yaml"
assess 30 "$work/flow.yaml"
expect_status 2 "8,000 unknown keys"
expect_stderr "error[FP-D0101]: unknown fact \`zz00000\`" "8,000 unknown keys"
expect_stderr "$work/flow.yaml:1:2" "8,000 unknown keys"
expect_stderr "note: 7900 more diagnostics in \`$work/flow.yaml\` not shown (the first 100 are)" "8,000 unknown keys"
expect_stderr_at_most 200000 "8,000 unknown keys"
expect_nothing_recorded "8,000 unknown keys"

for size in 16384 1048576; do
  head -c "$size" /dev/zero | tr '\0' '"' >"$work/quotes.yaml"
  assess 30 "$work/quotes.yaml"
  expect_status 2 "$size bytes of \""
  expect_stderr "$work/quotes.yaml:1:" "$size bytes of \""
  expect_stderr_at_most 60000 "$size bytes of \""
done

# Devices and FIFOs are refused at once, unread.
assess 10 /dev/zero
expect_status 2 "/dev/zero as a deployment"
expect_stderr "error[FP-D0401]: cannot read \`/dev/zero\`: not a regular file (a FIFO, a device or a socket)" "/dev/zero"
mkfifo "$work/x.yaml"
assess 10 "$work/x.yaml"
expect_status 2 "a FIFO as a deployment"
expect_stderr "cannot read \`$work/x.yaml\`: not a regular file" "a FIFO"
rm "$work/x.yaml"
expect_nothing_recorded "devices and FIFOs"

# Deep nesting: a clear FP-D0003 on the line where the 33rd level opens, not yaml-cpp's "bad file".
python3 -c "print('[' * 100000)" >"$work/deep1.yaml"
assess 20 "$work/deep1.yaml"
expect_status 2 "100,000 ["
expect_stderr "error[FP-D0003]: the deployment nests deeper than 32 levels" "100,000 ["
expect_stderr "$work/deep1.yaml:1:" "100,000 ["
python3 -c "print('{a: ' * 10000)" >"$work/deep2.yaml"
assess 20 "$work/deep2.yaml"
expect_status 2 "10,000 {a:"
expect_stderr "error[FP-D0003]" "10,000 {a:"
python3 -c "print(''.join('  ' * i + 'k%d:\n' % i for i in range(3000)) + '  ' * 3000 + 'x')" >"$work/deep3.yaml"
assess 20 "$work/deep3.yaml"
expect_status 2 "a block mapping 3,000 deep"
expect_stderr "error[FP-D0003]" "a block mapping 3,000 deep"
expect_stderr_not "bad file" "a block mapping 3,000 deep"
expect_nothing_recorded "deep nesting"

# Values: each edit of a valid deployment that used to be accepted and recorded.
edit() { # edit NAME SED-EXPRESSION: a copy of the members deployment with one edit
  sed "$2" "$members" >"$work/$1.yaml"
  cmp -s "$members" "$work/$1.yaml" && fail "$1: the edit changed nothing"
}
line_of() { grep -n "$1" "$members" | head -1 | cut -d: -f1; }

edit negative-retention 's/^  templates: 30$/  templates: -30/'
assess 20 "$work/negative-retention.yaml"
expect_status 2 "negative retention"
expect_stderr "error[FP-D0205]: \`retention.templates\` is counted in days and cannot be negative" "negative retention"
expect_stderr "negative-retention.yaml:$(line_of '^  templates: 30$'):14" "negative retention"

edit negative-count 's/^  count: \(.*\)$/  count: -40/'
assess 20 "$work/negative-count.yaml"
expect_status 2 "negative count"
expect_stderr "error[FP-D0205]: \`data_subjects.count\` is counted in persons and cannot be negative" "negative count"

edit tag 's/^  separate: true$/  separate: !!str true/'
assess 20 "$work/tag.yaml"
expect_status 2 "!!str true"
expect_stderr "error[FP-D0004]: a YAML tag (\`tag:yaml.org,2002:str\`) is not allowed in a deployment" "!!str"
expect_stderr "tag.yaml:$(line_of '^  separate: true$'):13" "!!str"

edit null-twice 's/^  separate: true$/  separate: true\n  separate:/'
assess 20 "$work/null-twice.yaml"
expect_status 2 "a key twice, the second null"
expect_stderr "error[FP-D0005]: \`separate\` is written twice in this mapping" "a key twice, the second null"
expect_stderr "null-twice.yaml:$(($(line_of '^  separate: true$') + 1)):3" "a key twice, the second null"
expect_stderr "first written at line $(line_of '^  separate: true$'), column 3" "a key twice, the second null"

edit name-twice '1a name: Another name'
assess 20 "$work/name-twice.yaml"
expect_status 2 "name twice"
expect_stderr "error[FP-D0005]: \`name\` is written twice in this mapping" "name twice"

edit nul-name 's/^name: .*$/name: "Members\\0 club"/'
assess 20 "$work/nul-name.yaml"
expect_status 2 "a NUL byte in name"
expect_stderr "error[FP-D0206]: \`name\` expects UTF-8 text, found text holding the control character U+0000" "NUL in name"

edit latin1-name 's/^name: .*$/name: Caf\xe9/'
assess 20 "$work/latin1-name.yaml"
expect_status 2 "a Latin-1 byte in name"
expect_stderr "error[FP-D0206]: \`name\` expects UTF-8 text, found text that is not UTF-8" "Latin-1 in name"
expect_stderr "latin1-name.yaml:$(line_of "^name:"):7" "Latin-1 in name"
if LC_ALL=C grep -q $'\351' "$err"; then
  fail "Latin-1 in name: the byte is echoed raw to the terminal"
fi
expect_nothing_recorded "values"

# The unedited deployment is still accepted and recorded (the checks above can fail).
assess 60 "$members"
expect_status 0 "the members deployment"
[[ -e "$work/a.db" ]] || fail "the members deployment: not recorded"

finish
