# shellcheck shell=bash
# Shared by the hardening tests: a scratch directory, checks that count failures, and a runner that records the
# exit status, stdout and stderr of one command under a time and a memory limit.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run SECONDS MEMORY_KB COMMAND...: sets $status, $out (stdout file) and $err (stderr file).
run() {
  local seconds=$1 memory=$2
  shift 2
  out="$work/stdout" err="$work/stderr"
  (
    ulimit -v "$memory"
    timeout -s KILL "$seconds" "$@"
  ) >"$out" 2>"$err"
  status=$?
}

expect_status() {
  [[ $status -eq $1 ]] || fail "$2: exit $status, expected $1 (stderr: $(head -c 300 "$err"))"
}

expect_stderr() {
  grep -qF -- "$1" "$err" || fail "$2: stderr lacks \`$1\` (stderr: $(head -c 300 "$err"))"
}

expect_stderr_not() {
  if grep -qF -- "$1" "$err" "$out"; then
    fail "$2: the output shows \`$1\`"
  fi
}

expect_stderr_at_most() {
  local bytes
  bytes=$(wc -c <"$err")
  [[ $bytes -le $1 ]] || fail "$2: $bytes bytes on stderr, expected at most $1"
}

finish() {
  echo "$failures failures"
  [[ $failures -eq 0 ]]
}
