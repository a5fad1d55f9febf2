#!/bin/sh
# tests/shell/reliability_kill.sh -- a build killed with SIGKILL at any
# moment leaves a database that passes PRAGMA integrity_check and holds only
# whole files (every article graph exactly as a clean build stores it, every
# article of a file or none, every source marked complete), and a rerun of
# the same build completes it without duplicates.
#
# The builds run against a small corpus (about 300 small files cut from the
# dev corpus: two batches) and are killed after a random delay; between
# kills the database is kept (the next build resumes it), rebuilt with
# --force (so kills land while stored files are being replaced), or started
# afresh. The test goes on until KILLS (default 100) builds have died of
# SIGKILL; every 25th build and the last are followed by a rerun to the
# end. Every assertion is about the database; the delays only spread the
# kills over a build. SEED repeats a run.
fail() { echo "FAIL: $*"; exit 1; }
# The lexicons as they are now: builds compared with each other must not
# see them change under the test.
[ -d lexicons ] || cp -r "${NEWSGRAPH_DATA:-$TOP/data}" lexicons ||
  fail "cannot copy the lexicons"
NEWSGRAPH_DATA=$PWD/lexicons
export NEWSGRAPH_DATA
command -v sqlite3 >/dev/null || { echo "skip: no sqlite3 CLI"; exit 0; }
case $SHARED in /*) ;; *) SHARED=$TOP/$SHARED ;; esac # run.sh gives it relative
KILLS=${KILLS:-100}
SEED=${SEED:-$$}
echo "seed $SEED, $KILLS kills"

# The corpus: every two lines of each dev file as a file of its own, under
# two names: about 300 small files, more than one batch (the builds here
# commit every 64 files: --batch 64). The paths are relative, so every
# build records the same ones.
mkdir corpus empty
if [ -d "$SHARED/corpus/dev" ]; then
  for f in "$SHARED"/corpus/dev/*.txt; do
    b=$(basename "$f" .txt)
    for p in a b; do
      awk -v f="corpus/${p}_$b" 'NF { n++; print >(f "_" int((n - 1) / 2) ".txt") }' "$f"
    done
  done
else
  echo "note: no $SHARED/corpus/dev; using the sample"
  for i in $(seq 1 300); do cp "$TOP/sample/zhenxing-meeting.txt" "corpus/s$i.txt"; done
fi

# The reference: a clean build, its export and its figures. The time a
# build takes to start and to finish only spreads the kills over it.
now_ms() { echo $(($(date +%s%N) / 1000000)); }
t0=$(now_ms)
"$NG" build -q -d empty.db empty
t1=$(now_ms)
"$NG" build -q --batch 64 -d ref.db corpus || fail "reference build failed"
t2=$(now_ms)
lo=$(((t1 - t0) * 3 / 4))
span=$((t2 - t1 - lo + 5))
"$NG" export -d ref.db -f nquads -o ref.nq || fail "reference export failed"
sort ref.nq >ref.sorted
[ -s ref.sorted ] || fail "reference export is empty"
figures() { "$NG" stats -d "$1" | grep -v '^terms'; }
figures ref.db >ref.figures || fail "stats of the reference failed"

# The checks after a kill, in one sqlite3 run with the reference attached.
# Each file's figures (articles, quads of its article graphs, sentences,
# provenance rows) are those of the clean build, and every quad is one the
# clean build has (compared by term values, graph by graph). Prints "ok"
# then one line per thing that is wrong.
cat >check.sql <<'SQL'
PRAGMA integrity_check;
ATTACH 'ref.db' AS r;
CREATE TEMP VIEW kq AS
  SELECT g.value AS g, s.kind || s.value AS s, p.value AS p,
         o.kind || o.value || '@' || o.lang || '^' || o.dt AS o
  FROM main.quad q JOIN main.term g ON g.id = q.g JOIN main.term s ON s.id = q.s
  JOIN main.term p ON p.id = q.p JOIN main.term o ON o.id = q.o;
CREATE TEMP VIEW rq AS
  SELECT g.value AS g, s.kind || s.value AS s, p.value AS p,
         o.kind || o.value || '@' || o.lang || '^' || o.dt AS o
  FROM r.quad q JOIN r.term g ON g.id = q.g JOIN r.term s ON s.id = q.s
  JOIN r.term p ON p.id = q.p JOIN r.term o ON o.id = q.o;
CREATE TEMP VIEW kf AS
  SELECT src.path, src.hash,
    (SELECT count(*) FROM main.article a WHERE a.source = src.id) AS articles,
    (SELECT count(*) FROM main.article a JOIN main.quad q ON q.g = a.g
      WHERE a.source = src.id) AS quads,
    (SELECT count(*) FROM main.article a JOIN main.sentence x ON x.g = a.g
      WHERE a.source = src.id) AS sentences,
    (SELECT count(*) FROM main.article a JOIN main.prov x ON x.g = a.g
      WHERE a.source = src.id) AS prov
  FROM main.source src;
CREATE TEMP VIEW rf AS
  SELECT src.path, src.hash,
    (SELECT count(*) FROM r.article a WHERE a.source = src.id) AS articles,
    (SELECT count(*) FROM r.article a JOIN r.quad q ON q.g = a.g
      WHERE a.source = src.id) AS quads,
    (SELECT count(*) FROM r.article a JOIN r.sentence x ON x.g = a.g
      WHERE a.source = src.id) AS sentences,
    (SELECT count(*) FROM r.article a JOIN r.prov x ON x.g = a.g
      WHERE a.source = src.id) AS prov
  FROM r.source src;
SELECT 'file not as in the clean build: ' || path || ' ' || hash || ' '
       || articles || ' articles, ' || quads || ' quads, ' || sentences
       || ' sentences, ' || prov || ' provenance rows'
  FROM (SELECT * FROM kf EXCEPT SELECT * FROM rf) LIMIT 5;
SQL
# The same by term values (the slower half: after every fourth build).
cat >quads.sql <<'SQL'
SELECT 'quad not in the clean build: ' || g || ' ' || s || ' ' || p || ' ' || o
  FROM (SELECT * FROM kq EXCEPT SELECT * FROM rq) LIMIT 5;
SELECT 'partial graph: ' || g FROM (SELECT g, count(*) AS n FROM kq GROUP BY g)
  JOIN (SELECT g, count(*) AS m FROM rq GROUP BY g) USING (g) WHERE n <> m LIMIT 5;
SQL
cat check.sql quads.sql >full.sql

check_db() {
  label=$1
  sources=0
  [ -s k.db ] || return 0 # killed before the database had a page
  tables=$(sqlite3 k.db "SELECT count(*) FROM sqlite_schema" 2>&1)
  if [ "$tables" = 0 ]; then # killed before the schema was made
    [ "$(sqlite3 k.db 'PRAGMA integrity_check')" = ok ] ||
      fail "$label: integrity_check of an empty database"
    return 0
  fi
  sql=check.sql
  [ $((iter % 4)) -eq 0 ] && sql=full.sql
  { cat $sql; echo "SELECT 'sources ' || count(*) FROM source;"; } |
    sqlite3 -bail k.db >why 2>&1 || fail "$label: $(cat why)"
  sources=$(sed -n 's/^sources //p' why)
  [ "$(grep -v '^sources ' why)" = ok ] || fail "$label: $(head -6 why)"
}

# The check itself sees a file with a quad missing, a source left open
# and a quad the clean build does not have.
for damage in "DELETE FROM quad WHERE rowid IN (SELECT rowid FROM quad LIMIT 1)" \
  "UPDATE source SET hash='' WHERE id=(SELECT min(id) FROM source)" \
  "INSERT INTO quad SELECT s, p, s, g FROM quad LIMIT 1"; do
  cp ref.db k.db
  sqlite3 k.db "$damage" 2>/dev/null || sqlite3 k.db "$(echo "$damage" | sed 's/rowid/s/g')"
  sqlite3 k.db <full.sql >why 2>&1
  [ "$(cat why)" != ok ] || fail "the check misses damage: $damage"
done
rm -f k.db k.db-wal k.db-shm

# Runs the build to its end and compares with the clean build.
complete() {
  "$NG" build -q --batch 64 -d k.db corpus 2>err || fail "$1: rerun failed: $(cat err)"
  "$NG" export -d k.db -f nquads -o k.nq || fail "$1: export after rerun"
  sort k.nq >k.sorted
  cmp -s k.sorted ref.sorted ||
    fail "$1: rerun differs from a clean build: $(diff k.sorted ref.sorted | head -5)"
  [ -z "$(uniq -d k.sorted)" ] || fail "$1: duplicate quads"
  figures k.db >k.figures
  cmp -s k.figures ref.figures ||
    fail "$1: figures differ: $(diff k.figures ref.figures | tr '\n' ' ')"
}

# Random numbers from SEED: per build, where in the build to kill it
# (per mille of the span) and what kind of build it is.
awk -v n=$((KILLS * 20)) -v seed="$SEED" 'BEGIN {
  srand(seed); for (i = 0; i < n; i++) print int(rand() * 1000), int(rand() * 4) }' >plan

# Kinds: 0 a fresh build, 1 a --force rebuild, 2 resuming a killed build
# (a --force rebuild when nothing is left to do), all killed after a random
# delay; 3 a fresh build killed a random moment after its first batch was
# committed (the write-ahead log has grown past the few pages of opening
# the database), so that kills land among commits however the machine's
# load shifts the timing. The delays of full builds adapt: one that
# finished first shortens the next ones, a killed one lengthens them a
# little (up to the whole span).
total=$(ls corpus | wc -l)
kills=0 finished=0 iter=0 partial=0 sources=0 scale=1000
while read -r at mode; do
  [ "$kills" -ge "$KILLS" ] && break
  iter=$((iter + 1))
  force=
  full=1
  if [ "$mode" = 0 ] || [ "$mode" = 3 ]; then
    rm -f k.db k.db-wal k.db-shm # a fresh build
  elif [ "$mode" = 1 ] || [ "$sources" -eq "$total" ]; then
    force=--force # replace every stored file
  else
    full=0 # resume the killed build
  fi
  if [ "$mode" = 3 ]; then
    ms=$((at * span / 20000)) # a tenth of the span at most
  else
    ms=$((lo + at * span * scale / 1000000))
  fi
  delay=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
  "$NG" build -q --batch 64 $force -d k.db corpus 2>/dev/null &
  pid=$!
  if [ "$mode" = 3 ]; then
    sleep "$(printf '%d.%03d' $((lo / 1000)) $((lo % 1000)))" # starting up
    while kill -0 "$pid" 2>/dev/null &&
      [ "$(stat -c %s k.db-wal 2>/dev/null || echo 0)" -lt 65536 ]; do
      sleep 0.01
    done
  fi
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  { wait "$pid"; } 2>/dev/null
  rc=$?
  if [ "$rc" -eq 137 ]; then
    kills=$((kills + 1))
    if [ "$full" = 1 ] && [ "$mode" != 3 ]; then
      scale=$((scale * 11 / 10))
      [ "$scale" -gt 1000 ] && scale=1000
    fi
  elif [ "$rc" -eq 0 ]; then
    finished=$((finished + 1))
    [ "$full" = 1 ] && [ "$mode" != 3 ] && scale=$((scale * 3 / 4))
  else
    fail "build $iter exited $rc without being killed"
  fi
  check_db "build $iter (killed: $rc, after $delay s, kind $mode $force)"
  [ "$sources" -gt 0 ] && [ "$sources" -lt "$total" ] && partial=$((partial + 1))
  # Every 25th build, the rerun that completes it.
  if [ $((iter % 25)) -eq 0 ]; then
    complete "rerun after build $iter"
    sources=$total
  fi
done <plan
[ "$kills" -ge "$KILLS" ] || fail "only $kills builds were killed in $iter tries"
complete "final rerun"
echo "$kills kills ($partial left some files unstored), $finished builds finished first; all whole"
exit 0
