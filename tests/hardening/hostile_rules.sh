#!/usr/bin/env bash
# Hostile rule files through the real program: nesting that used to overflow the stack (lint, fmt, test,
# assess and the face gate), imports that leave the rules folder or name a key file or a device, and error
# output that used to grow with the square of the input. Each must exit with a clear diagnostic at
# file:line:col, within a time and memory limit, and never echo what it must not read.
# Usage: hostile_rules.sh FACEPIA SOURCE_DIR
facepia=$1
source_dir=$2
# shellcheck source=tests/hardening/common.sh
source "$(dirname "$0")/common.sh"
limit=2000000 # KB of address space; the program needs about 200 MB

deep_rule() { # deep_rule PREFIX SUFFIX: a rule whose `requires` is PREFIX zz.b SUFFIX, on line 6
  printf 'fact zz.b : bool "b"\nrule zz.r {\n  title "t"\n  cites PIPL Art. 6\n  applies when zz.b\n  requires %szz.b%s\n  severity blocking\n  finding "f"\n  remedy "r"\n}\n' "$1" "$2"
}
repeat() { printf "%${2}s" '' | sed "s/ /$1/g"; }

mkdir -p "$work/deep"
deep_rule "$(repeat '(' 5000)" "$(repeat ')' 5000)" >"$work/deep/parens.fp"
deep_rule "$(repeat 'not ' 10000)" "" >"$work/deep/nots.fp"
deep_rule "$(repeat '(' 100000)" "$(repeat ')' 100000)" >"$work/deep/parens100k.fp"

# The 101st level is refused where it opens: column 12 is the first `(` after `  requires `.
run 20 $limit "$facepia" lint "$work/deep/parens.fp"
expect_status 1 "lint, 5,000 nested parentheses"
expect_stderr "error[FP-E0008]: the condition nests deeper than 100 levels" "lint, 5,000 parentheses"
expect_stderr "$work/deep/parens.fp:6:112" "lint, 5,000 parentheses"
run 20 $limit "$facepia" lint "$work/deep/nots.fp"
expect_status 1 "lint, 10,000 nested not"
expect_stderr "$work/deep/nots.fp:6:412" "lint, 10,000 not"
run 20 $limit "$facepia" lint "$work/deep/parens100k.fp"
expect_status 1 "lint, 100,000 nested parentheses"
expect_stderr "$work/deep/parens100k.fp:6:112" "lint, 100,000 parentheses"
# The long line is shown as a window around the caret, not whole.
expect_stderr_at_most 4000 "lint, 100,000 parentheses"

# Exactly 100 levels still parse (and the rule then only lacks its test).
deep_rule "$(repeat '(' 100)" "$(repeat ')' 100)" >"$work/hundred.fp"
run 20 $limit "$facepia" lint "$work/hundred.fp"
expect_stderr_not "FP-E0008" "lint, 100 levels"

run 20 $limit "$facepia" fmt --check "$work/deep/parens.fp"
expect_status 2 "fmt --check, 5,000 parentheses"
expect_stderr "FP-E0008" "fmt --check, 5,000 parentheses"
run 20 $limit "$facepia" test "$work/deep/nots.fp"
[[ $status -eq 1 || $status -eq 2 ]] || fail "test, 10,000 not: exit $status"
expect_stderr "FP-E0008" "test, 10,000 not"

# The same file in a copy of the bundled rules: assess and the face gate refuse the rules, without a crash.
cp -r "$source_dir/rules" "$work/rules"
cp "$work/deep/parens.fp" "$work/rules/zz-deep.fp"
deployment="$source_dir/tests/recognition/data/members-pay-1to1.yaml"
run 60 $limit "$facepia" assess --no-record --rules "$work/rules" "$deployment"
expect_status 2 "assess with a deep rule"
expect_stderr "zz-deep.fp:6:112" "assess with a deep rule"
expect_stderr "do not load; nothing was assessed" "assess with a deep rule"
printf '%064d\n' 7 >"$work/k.key"
chmod 600 "$work/k.key"
run 60 4000000 "$facepia" face show alice -d "$deployment" --rules "$work/rules" --db "$work/a.db" \
  --store "$work/s.db" --key-file "$work/k.key"
[[ $status -eq 1 || $status -eq 2 ]] || fail "face gate with a deep rule: exit $status (stderr: $(head -c 300 "$err"))"
expect_stderr "do not load" "face gate with a deep rule"

# Imports stay in the folder being loaded; what they name is never read, so never quoted.
secret=$(printf '%064d' 31337)
mkdir -p "$work/pack"
echo "$secret" >"$work/k-secret.key"
printf 'rule %s\n' "$secret" >"$work/outside.fp"
printf 'import "../k-secret.key"\n' >"$work/pack/key.fp"
run 10 $limit "$facepia" lint "$work/pack/key.fp"
expect_status 1 "import of a key file"
expect_stderr "error[FP-E0009]: import refused: an import names a rule file (\`.fp\`)" "import of a key file"
expect_stderr "$work/pack/key.fp:1:1" "import of a key file"
expect_stderr_not "$secret" "import of a key file"
run 10 $limit "$facepia" lint --format json "$work/pack/key.fp"
expect_stderr_not "$secret" "import of a key file, json"
grep -qF '"code": "FP-E0009"' "$out" || fail "import of a key file, json: no FP-E0009"

printf 'import "../outside.fp"\n' >"$work/pack/up.fp"
run 10 $limit "$facepia" lint "$work/pack/up.fp"
expect_status 1 "import out of the folder with .."
expect_stderr "import refused: \`../outside.fp\` is outside the folder being loaded" "import with .."
expect_stderr_not "$secret" "import with .."

printf 'import "/etc/passwd"\n' >"$work/pack/abs.fp"
run 10 $limit "$facepia" lint "$work/pack/abs.fp"
expect_status 1 "import of an absolute path"
expect_stderr "an import is a path relative to the importing file, not an absolute path" "absolute import"
expect_stderr_not "root:" "absolute import"

printf 'import "/dev/zero"\n' >"$work/pack/zero.fp"
run 10 $limit "$facepia" lint "$work/pack/zero.fp"
expect_status 1 "import of /dev/zero"
expect_stderr "FP-E0009" "import of /dev/zero"

ln -s ../outside.fp "$work/pack/link.fp"
printf 'import "link.fp"\n' >"$work/pack/via-link.fp"
run 10 $limit "$facepia" lint "$work/pack/via-link.fp"
expect_status 1 "import through a symbolic link out of the folder"
expect_stderr "import refused: \`link.fp\` is outside the folder being loaded" "import through a link"
expect_stderr_not "$secret" "import through a link"

# The same link found by scanning the folder is not read either.
run 10 $limit "$facepia" lint "$work/pack"
expect_status 1 "a folder holding a symbolic link out of it"
expect_stderr "error[FP-E0009]: \`$work/pack/link.fp\` is a symbolic link out of the folder being loaded" \
  "a folder holding a link out of it"
expect_stderr_not "$secret" "a folder holding a link out of it"

mkfifo "$work/pack/fifo.fp"
printf 'import "fifo.fp"\n' >"$work/pack/via-fifo.fp"
run 10 $limit "$facepia" lint "$work/pack/via-fifo.fp"
expect_status 1 "import of a FIFO"
expect_stderr "cannot read \`$work/pack/fifo.fp\`" "import of a FIFO"
expect_stderr "not a regular file" "import of a FIFO"
rm "$work/pack/fifo.fp"

# 5,000 errors on one line: at most 100 shown, each source line clipped, then how many more.
python3 -c "print(' '.join('rule zz.r%d { title \"t\" }' % i for i in range(5000)))" >"$work/errors.fp"
run 20 $limit "$facepia" lint "$work/errors.fp"
expect_status 1 "5,000 errors on one line"
expect_stderr_at_most 200000 "5,000 errors on one line"

# A control byte and a byte that is not UTF-8 in a rule file are not sent to the terminal raw.
printf 'rule zz.r {\n  title "a\033[31mred" \351\n}\n' >"$work/bytes.fp"
run 10 $limit "$facepia" lint "$work/bytes.fp"
expect_status 1 "control and Latin-1 bytes"
if LC_ALL=C grep -q $'\033\\|\351' "$err"; then
  fail "control and Latin-1 bytes: echoed raw to the terminal"
fi

finish
