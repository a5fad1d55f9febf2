#!/bin/sh
# tests/shell/reliability_diskfull.sh -- the disk fills up during a build:
# one line naming the database, exit 1, nothing committed before is lost,
# every stored file is whole, and once there is room the same build
# completes to what a clean build stores.
#
# The full disk is a 1 MB tmpfs mounted in a private mount namespace
# (unshare -m), so it vanishes with the test; where that is not allowed
# (not root, no unshare) the test says so and passes.
fail() { echo "FAIL: $*"; exit 1; }
# The lexicons as they are now: builds compared with each other must not
# see them change under the test.
[ -d lexicons ] || cp -r "${NEWSGRAPH_DATA:-$TOP/data}" lexicons ||
  fail "cannot copy the lexicons"
NEWSGRAPH_DATA=$PWD/lexicons
export NEWSGRAPH_DATA
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI"; exit 0; }
case $SHARED in /*) ;; *) SHARED=$TOP/$SHARED ;; esac # run.sh gives it relative

if [ -z "$NG_DISKFULL_NS" ]; then
  mkdir probe
  if ! unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs probe' 2>/dev/null; then
    echo "skip: cannot mount a small tmpfs here (needs root and unshare)"
    exit 0
  fi
  NG_DISKFULL_NS=1 exec unshare -m sh "$0"
fi

# The input: the sample, then many files (the dev corpus eight times over)
# that cannot fit in 1 MB.
mkdir small big full
cp "$TOP/sample/zhenxing-meeting.txt" small/
if [ -d "$SHARED/corpus/dev" ]; then
  for i in 1 2 3 4 5 6 7 8; do
    for f in "$SHARED"/corpus/dev/*.txt; do cp "$f" "big/${i}_$(basename "$f")"; done
  done
else
  for i in $(seq 1 1500); do cp "$TOP/sample/zhenxing-meeting.txt" "big/$i.txt"; done
fi

# The reference, on the ordinary disk.
"$NG" build -q -d ref.db small || fail "reference build of the sample"
"$NG" export -d ref.db -f nquads | sort >small.nq
"$NG" build -q -d ref.db big || fail "reference build of the rest"
"$NG" export -d ref.db -f nquads | sort >ref.nq

mount -t tmpfs -o size=1m tmpfs full || fail "mount"
"$NG" build -q -d full/g.db small || fail "the sample does not fit in 1 MB"
"$NG" build -q -d full/g.db big 2>err
rc=$?
[ "$rc" -eq 1 ] || fail "build on a full disk exited $rc: $(cat err)"
[ "$(wc -l <err)" -eq 1 ] || fail "more than one line: $(cat err)"
grep -q 'full/g.db.*full' err || fail "the message: $(cat err)"
[ "$(sqlite3 full/g.db 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
[ "$(sqlite3 full/g.db "SELECT count(*) FROM source WHERE hash=''")" = 0 ] ||
  fail "a source left unfinished"
"$NG" export -d full/g.db -f nquads 2>err | sort >after.nq
[ -s after.nq ] || fail "export after the disk filled: $(cat err)"
[ -z "$(comm -23 small.nq after.nq)" ] || fail "lost what was stored before"
[ -z "$(comm -13 ref.nq after.nq)" ] || fail "stored something a clean build does not"

# Room again: the same build completes it.
mount -o remount,size=64m full || fail "remount"
"$NG" build -q -d full/g.db big 2>err || fail "rerun with room: $(cat err)"
"$NG" export -d full/g.db -f nquads | sort >done.nq
cmp -s done.nq ref.nq || fail "after the rerun the graph differs from a clean build"
umount full
exit 0
