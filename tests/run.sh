#!/bin/sh
# tests/run.sh -- run every test; the last line is "N passed, N failed".
# Unit test binaries print "ok NAME" per test; shell tests are scripts in
# tests/shell/ that exit 0 when they pass. Environment: BUILD (the build
# folder), SHARED (../shared, may be missing).
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
NG=$(cd "$(dirname "$BUILD/newsgraph")" && pwd)/newsgraph
TOP=$(pwd)
export BUILD SHARED NG TOP
passed=0
failed=0
failures=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  if TMPDIR=$tmp "$t" >"$tmp/out" 2>&1; then
    n=$(grep -c '^ok ' "$tmp/out")
    passed=$((passed + n))
  else
    n=$(grep -c '^ok ' "$tmp/out")
    passed=$((passed + n))
    failed=$((failed + 1))
    failures="$failures $name"
    echo "FAIL $name"
    tail -n 20 "$tmp/out" | sed 's/^/  /'
  fi
done

for t in tests/shell/*.sh; do
  [ -f "$t" ] || continue
  name=$(basename "$t" .sh)
  d="$tmp/$name"
  mkdir -p "$d"
  if (cd "$d" && TMPDIR=$d sh "$TOP/$t") >"$tmp/out" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures="$failures $name"
    echo "FAIL $name"
    tail -n 20 "$tmp/out" | sed 's/^/  /'
  fi
done

[ -z "$failures" ] || echo "failed:$failures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
