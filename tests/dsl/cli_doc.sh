#!/usr/bin/env bash
# `facepia doc rules --out DIR`: the BIPA page is exactly golden-doc/bipa.html (regenerate with
# `cd SOURCE && facepia doc rules --out OUT && cp OUT/bipa.html tests/dsl/golden-doc/`), every page opens in
# headless Chromium (Debian's `chromium`, which scripts/setup installs: its absence fails the test) without a
# console error, and a provision no rule cites is marked.
set -u
facepia="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $1"
  failures=$((failures + 1))
}
cd "$source_dir" || exit 2
"$facepia" doc rules --out "$work/doc" >"$work/out" 2>&1 || fail "facepia doc exits $?: $(head -5 "$work/out")"
for page in index bipa gdpr pipl spc-fr cac-fr eu-aia; do
  [[ -s "$work/doc/$page.html" ]] || fail "no page $page.html"
done
if ! diff -u "$source_dir/tests/dsl/golden-doc/bipa.html" "$work/doc/bipa.html" >"$work/diff"; then
  fail "bipa.html differs from golden-doc/bipa.html:"
  head -30 "$work/diff"
fi
grep -qF '<h3>BIPA Sec. 25: Construction</h3>' "$work/doc/bipa.html" || fail "no BIPA Sec. 25"
# Sec. 25 (construction) is read by the scope, cited by no rule.
awk '/id="p-BIPA-Sec--25"/,/<\/section>/' "$work/doc/bipa.html" | grep -qF 'No rule cites this provision.' ||
  fail "BIPA Sec. 25 is not marked as cited by no rule"
awk '/id="p-BIPA-Sec--15"/,/<\/section>/' "$work/doc/bipa.html" | grep -qF 'id="r-bipa.written-release"' ||
  fail "bipa.written-release is not beside BIPA Sec. 15"
# Its exception cites Sec. 10: the rule is beside Sec. 10 too.
awk '/id="p-BIPA-Sec--10"/,/<\/section>/' "$work/doc/bipa.html" | grep -qF 'id="r-bipa.written-release"' ||
  fail "bipa.written-release is not beside BIPA Sec. 10, which its exception cites"
grep -qF '  cites BIPA Sec. 15(b)' "$work/doc/bipa.html" || fail "the rule's text is not shown"

if ! command -v chromium >/dev/null; then
  fail "chromium is not installed (scripts/setup installs it)"
else
  for page in index bipa pipl; do
    timeout 180 chromium --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$work/profile" \
      --enable-logging=stderr --v=0 --dump-dom "file://$work/doc/$page.html" >"$work/$page.dom" 2>"$work/$page.log"
    status=$?
    [[ $status -eq 0 ]] || fail "chromium exits $status on $page.html"
    grep -qF '</html>' "$work/$page.dom" || fail "chromium renders no document for $page.html"
    if grep -E 'CONSOLE|Uncaught' "$work/$page.log"; then
      fail "console errors on $page.html"
    fi
  done
  grep -qF 'No rule cites this provision.' "$work/bipa.dom" || fail "the rendered BIPA page lacks the mark"
fi
echo "$failures failures"
[[ $failures -eq 0 ]]
