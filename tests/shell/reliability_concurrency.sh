#!/bin/sh
# tests/shell/reliability_concurrency.sh -- readers and writers at once:
# two builds on one database serialize (or one reports a one-line error),
# never corrupt; `stats`, `query` and a shell read while a write
# transaction is open (WAL) and see what was committed; a build waits for a
# writer that holds the lock and then completes. Assertions are about exit
# statuses and the database, never about time.
fail() { echo "FAIL: $*"; exit 1; }
# The lexicons as they are now: builds compared with each other must not
# see them change under the test.
[ -d lexicons ] || cp -r "${NEWSGRAPH_DATA:-$TOP/data}" lexicons ||
  fail "cannot copy the lexicons"
NEWSGRAPH_DATA=$PWD/lexicons
export NEWSGRAPH_DATA
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI"; exit 0; }
case $SHARED in /*) ;; *) SHARED=$TOP/$SHARED ;; esac # run.sh gives it relative

mkdir A B C
if [ -d "$SHARED/corpus/dev" ]; then
  for f in "$SHARED"/corpus/dev/*.txt; do
    b=$(basename "$f")
    head -n 5 "$f" >"A/a_$b"
    head -n 5 "$f" >"B/b_$b"
  done
else
  for i in $(seq 1 40); do
    cp "$TOP/sample/zhenxing-meeting.txt" "A/a$i.txt"
    cp "$TOP/sample/zhenxing-meeting.txt" "B/b$i.txt"
  done
fi
cp "$TOP/sample/zhenxing-meeting.txt" C/c.txt

# The reference: A, B and C built one after the other.
"$NG" build -q -d ref.db A || fail "reference build of A"
"$NG" build -q -d ref.db B || fail "reference build of B"
"$NG" build -q -d ref.db C || fail "reference build of C"
"$NG" export -d ref.db -f nquads | sort >ref.nq
[ -s ref.nq ] || fail "reference export is empty"

# 1. Two builds start at once on a database that does not exist yet.
for round in 1 2 3 4 5; do
  rm -f two.db two.db-wal two.db-shm
  "$NG" build -q -d two.db A 2>e1 &
  p1=$!
  "$NG" build -q -d two.db B 2>e2 &
  p2=$!
  wait $p1
  r1=$?
  wait $p2
  r2=$?
  for r in "$r1:e1" "$r2:e2"; do
    rc=${r%%:*} err=${r#*:}
    [ "$rc" -eq 0 ] && continue
    [ "$rc" -eq 1 ] || fail "round $round: a build exited $rc: $(cat "$err")"
    [ "$(wc -l <"$err")" -eq 1 ] || fail "round $round: not one line: $(cat "$err")"
    grep -q 'two.db.*\(locked\|busy\)' "$err" ||
      fail "round $round: a build failed otherwise: $(cat "$err")"
  done
  ic=$(sqlite3 two.db 'PRAGMA integrity_check')
  [ "$ic" = ok ] || fail "round $round: integrity_check: $ic"
  # Whatever happened, building both again gives the whole of both.
  "$NG" build -q -d two.db A B C 2>err || fail "round $round: rebuild: $(cat err)"
  "$NG" export -d two.db -f nquads | sort >two.nq
  cmp -s two.nq ref.nq || fail "round $round: two builds at once differ from one after the other"
done

# 2. A writer holds the write lock (a transaction left open by sqlite3).
"$NG" build -q -d held.db A || fail "build of A"
"$NG" stats -d held.db >before || fail "stats before"
mkfifo ctl
sqlite3 held.db <ctl >/dev/null 2>&1 &
holder=$!
exec 3>ctl
# The holder waits for the lock: the probe below may hold it for a moment.
printf '.timeout 10000\n' >&3
echo "BEGIN IMMEDIATE; INSERT INTO meta(key, value) VALUES('held', 'yes');" >&3
tries=0
while sqlite3 held.db '.timeout 0' 'BEGIN IMMEDIATE; ROLLBACK;' >/dev/null 2>&1; do
  tries=$((tries + 1))
  [ "$tries" -lt 400 ] || fail "the holder never took the lock"
  sleep 0.05
done
"$NG" stats -d held.db >during 2>err || fail "stats while a writer holds the lock: $(cat err)"
cmp -s before during || fail "stats saw uncommitted work or failed: $(cat during)"
"$NG" query -d held.db stats >q 2>err || fail "query while a writer holds the lock: $(cat err)"
cmp -s before q || fail "query saw something else: $(cat q)"
echo stats | "$NG" shell -d held.db >sh 2>err || fail "shell while a writer holds the lock: $(cat err)"
grep -q '^quads' sh || fail "shell printed no stats: $(cat sh)"
# A build now waits for the lock, which is given up right after it starts.
"$NG" build -q -d held.db B 2>err &
builder=$!
echo "ROLLBACK;" >&3
exec 3>&-
wait $holder
wait $builder || fail "a build that waited for the lock failed: $(cat err)"
"$NG" build -q -d held.db C || fail "build of C"
"$NG" export -d held.db -f nquads | sort >held.nq
cmp -s held.nq ref.nq || fail "after waiting for the lock the graph differs"
[ "$(sqlite3 held.db "SELECT count(*) FROM meta WHERE key='held'")" = 0 ] ||
  fail "the holder's rolled-back row is there"

# 3. Readers in a loop while a build writes: every read succeeds (before
# the database exists it is reported missing, never damaged).
"$NG" build -q -d live.db A B C 2>err &
builder=$!
reads=0
while kill -0 $builder 2>/dev/null; do
  if ! "$NG" stats -d live.db >s 2>serr; then
    grep -q 'no such database\|empty database' serr ||
      fail "stats during a build: $(cat serr)"
  fi
  reads=$((reads + 1))
done
wait $builder || fail "the build with readers failed: $(cat err)"
"$NG" export -d live.db -f nquads | sort >live.nq
cmp -s live.nq ref.nq || fail "the build with readers differs"
[ "$(sqlite3 live.db 'PRAGMA integrity_check')" = ok ] || fail "live.db integrity"
echo "$reads reads during the build"
exit 0
