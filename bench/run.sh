#!/bin/sh
# bench/run.sh -- `make bench`: newsgraph against the tools users would pick
# instead, on the same inputs in the same run; prints one table with
# medians, the core count, peak memory and the ratios newsgraph/peer.
# Speed is measured here only, never asserted in tests.
#
# Environment (defaults in brackets; all sizes can be made small):
#   BUILD        build folder holding newsgraph and bench/* [build]
#   BENCH_MB     generated corpus for build and extraction, MB [10]
#   BENCH_RUNS   runs per measure, the median is shown [3]
#   BENCH_QUADS  graph for load, queries, export, Oxigraph [1000000]
#   BENCH_PEER   triples for rdfproc's SQLite storage [100000]
#   BENCH_BIG    quads for export peak memory; 0 skips [3000000]
#   BENCH_REPEAT MB of the dev corpus repeated under new names; 0 skips [0]
#   BENCH_OUT    work folder [bench/out]
#   BENCH_PEERS  0 skips installing and running the peers [1]
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$TOP/$BUILD ;; esac
NG=$BUILD/newsgraph
MB=${BENCH_MB:-10}
RUNS=${BENCH_RUNS:-3}
QUADS=${BENCH_QUADS:-1000000}
PEER=${BENCH_PEER:-100000}
BIG=${BENCH_BIG:-3000000}
REPEAT=${BENCH_REPEAT:-0}
OUT=${BENCH_OUT:-$TOP/bench/out}
PEERS=${BENCH_PEERS:-1}
SHARED=${SHARED:-$TOP/../shared}
CORES=$(nproc 2>/dev/null || echo 1)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
R=$OUT/results.txt
: >"$R"
T0=$(date +%s)
# The lexicons as they are now: every run of this bench reads the same ones
# even when data/ is edited meanwhile.
if [ -d "$TOP/data" ] && [ -z "${NEWSGRAPH_DATA:-}" ]; then
  rm -rf "$OUT/data"
  cp -r "$TOP/data" "$OUT/data"
  NEWSGRAPH_DATA=$OUT/data
  export NEWSGRAPH_DATA
fi

note() { echo "bench: $*" >&2; }
put() { echo "$1 $2" >>"$R"; }
get() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print; exit }' "$R"; }

[ -x "$NG" ] || { echo "bench: error: $NG: not built" >&2; exit 1; }
TIME=
[ -x /usr/bin/time ] && TIME=/usr/bin/time

# timed NAME CMD...: run CMD (stdout to $OUT/NAME.out), append
# "SECONDS PEAK_KB" to $OUT/NAME.runs; non-zero when CMD failed.
timed() {
  name=$1
  shift
  if [ -n "$TIME" ]; then
    $TIME -f "%e %M" -o "$OUT/$name.time" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    rc=$?
    tail -n 1 "$OUT/$name.time" >>"$OUT/$name.runs"
  else
    s=$(date +%s.%N)
    "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
    rc=$?
    e=$(date +%s.%N)
    echo "$(echo "$e - $s" | bc) 0" >>"$OUT/$name.runs"
  fi
  return $rc
}

# median of column COL of FILE
median() {
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)] }'
}

# run NAME CMD...: RUNS timed runs (a CLEAN hook runs before each);
# records NAME_s (median seconds) and NAME_kb (largest peak memory).
run() {
  name=$1
  shift
  rm -f "$OUT/$name.runs"
  i=0
  while [ $i -lt "$RUNS" ]; do
    [ -n "${CLEAN:-}" ] && eval "$CLEAN"
    if ! timed "$name" "$@"; then
      note "$name failed: $(head -c 300 "$OUT/$name.err")"
      put "${name}_failed" "$(head -n 1 "$OUT/$name.err" | tr ' ' '_' | cut -c1-60)"
      return 1
    fi
    i=$((i + 1))
  done
  put "${name}_s" "$(median "$OUT/$name.runs" 1)"
  put "${name}_kb" "$(sort -n -k2 "$OUT/$name.runs" | tail -n 1 | awk '{print $2}')"
}

div() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0 || a == "nan" || b == "nan") print ""; else printf "%.6g\n", a / b }'; }

# ------------------------------------------------------------------ peers
if [ "$PEERS" = 1 ]; then
  sh "$TOP/bench/install-peers.sh"
fi
HAVE_NODE=0
[ "$PEERS" = 1 ] && command -v node >/dev/null && HAVE_NODE=1
HAVE_JIEBA=0
HAVE_OX=0
[ $HAVE_NODE = 1 ] && [ -f "$TOP/bench/cache/node_modules/@node-rs/jieba/package.json" ] && HAVE_JIEBA=1
[ $HAVE_NODE = 1 ] && [ -f "$TOP/bench/cache/node_modules/oxigraph/package.json" ] && HAVE_OX=1
HAVE_RDFPROC=0
[ "$PEERS" = 1 ] && command -v rdfproc >/dev/null &&
  ls /usr/lib/*/redland/librdf_storage_sqlite.so >/dev/null 2>&1 && HAVE_RDFPROC=1
HAVE_RAPPER=0
[ "$PEERS" = 1 ] && command -v rapper >/dev/null && HAVE_RAPPER=1

# ------------------------------------------------------------------ inputs
CORPUS=$OUT/corpus-${MB}mb
if [ ! -f "$CORPUS/.done" ]; then
  rm -rf "$CORPUS"
  python3 "$TOP/bench/gen.py" corpus --mb "$MB" "$CORPUS" || exit 1
  touch "$CORPUS/.done"
fi
BYTES=$(find "$CORPUS" -name '*.txt' -exec cat {} + | wc -c)
put corpus_bytes "$BYTES"

GRAPH=$OUT/graph-$QUADS.nt
NAMES=$OUT/graph-$QUADS.names
if [ ! -f "$GRAPH" ] || [ ! -f "$NAMES" ]; then
  python3 "$TOP/bench/gen.py" graph --triples "$QUADS" --names "$NAMES" "$GRAPH" || exit 1
fi
TRIPLES=$(wc -l <"$GRAPH")
put graph_triples "$TRIPLES"

# ------------------------------------------------------------------ build
DB=$OUT/build.db
CLEAN="rm -f '$DB' '$DB-wal' '$DB-shm'"
note "build: $BYTES bytes, 1 thread"
run build1 "$NG" build -q -j 1 -d "$DB" "$CORPUS" && put build1_quads "$(sqlite3 "$DB" 'SELECT count(*) FROM quad' 2>/dev/null)"
note "build: $CORES threads"
run buildn "$NG" build -q -j "$CORES" -d "$DB" "$CORPUS"
CLEAN=
note "extract to N-Quads (no store)"
run extract1 "$NG" extract -j 1 "$CORPUS"
run extractn "$NG" extract -j "$CORES" "$CORPUS"
put extract_quads "$(wc -l <"$OUT/extractn.out")"
: >"$OUT/extract1.out"
: >"$OUT/extractn.out"

if [ "$REPEAT" != 0 ] && [ -d "$SHARED/corpus/dev" ]; then
  RC=$OUT/repeat-${REPEAT}mb
  if [ ! -f "$RC/.done" ]; then
    rm -rf "$RC"
    python3 "$TOP/bench/gen.py" repeat --mb "$REPEAT" --from "$SHARED/corpus/dev" "$RC" && touch "$RC/.done"
  fi
  put repeat_bytes "$(find "$RC" -name '*.txt' -exec cat {} + | wc -c)"
  CLEAN="rm -f '$DB' '$DB-wal' '$DB-shm'"
  run buildrep "$NG" build -q -j "$CORES" -d "$DB" "$RC"
  CLEAN=
fi

if [ $HAVE_JIEBA = 1 ]; then
  note "jieba: segmenting the same text"
  rm -f "$OUT/jieba.vals"
  i=0
  while [ $i -lt "$RUNS" ]; do
    node "$TOP/bench/peers.js" jieba "$CORPUS" >"$OUT/jieba.out" 2>&1
    awk '$1 == "jieba_seconds" { print $2 }' "$OUT/jieba.out" >>"$OUT/jieba.vals"
    i=$((i + 1))
  done
  put jieba_s "$(median "$OUT/jieba.vals" 1)"
fi

# ------------------------------------------------------------------ load
QDB=$OUT/query.db
CLEAN="rm -f '$QDB' '$QDB-wal' '$QDB-shm'"
note "load: $TRIPLES triples of N-Triples"
HAVE_LOAD=1
"$NG" load --help >/dev/null 2>&1 || HAVE_LOAD=0
if [ $HAVE_LOAD = 1 ]; then
  run load "$NG" load -d "$QDB" "$GRAPH" || HAVE_LOAD=0
fi
CLEAN=
[ $HAVE_LOAD = 1 ] && put load_quads "$(sqlite3 "$QDB" 'SELECT count(*) FROM quad' 2>/dev/null)"
note "raw SQLite ceiling: $TRIPLES rows"
[ -x "$BUILD/bench/ceiling" ] || note "$BUILD/bench/ceiling not built (make bench builds it)"
CDB=$OUT/ceiling.db
CLEAN="rm -f '$CDB' '$CDB-wal' '$CDB-shm'"
rm -f "$OUT/ceiling.vals"
i=0
while [ $i -lt "$RUNS" ]; do
  eval "$CLEAN"
  [ -x "$BUILD/bench/ceiling" ] &&
    "$BUILD/bench/ceiling" "$CDB" "$TRIPLES" | awk '{ print $2 }' >>"$OUT/ceiling.vals"
  i=$((i + 1))
done
eval "$CLEAN"
CLEAN=
put ceiling_rows_s "$(median "$OUT/ceiling.vals" 1)"

# ------------------------------------------------------------------ queries
if [ $HAVE_LOAD = 1 ] && [ -x "$BUILD/bench/qbench" ]; then
  note "queries on $TRIPLES quads"
  "$BUILD/bench/qbench" "$QDB" "$NAMES" >"$OUT/qbench.out" 2>&1
  cat "$OUT/qbench.out" >>"$R"
fi
if [ $HAVE_OX = 1 ]; then
  note "Oxigraph: load and the same questions in SPARQL"
  node --max-old-space-size=8192 "$TOP/bench/peers.js" oxigraph "$GRAPH" "$NAMES" >"$OUT/oxigraph.out" 2>&1 ||
    note "oxigraph failed: $(head -c 300 "$OUT/oxigraph.out")"
  grep '^oxigraph_' "$OUT/oxigraph.out" >>"$R"
fi

# ------------------------------------------------------------------ export
if [ $HAVE_LOAD = 1 ]; then
  note "export: N-Triples and Turtle"
  run export_nt "$NG" export -d "$QDB" -f ntriples
  put export_nt_triples "$(wc -l <"$OUT/export_nt.out")"
  run export_ttl "$NG" export -d "$QDB" -f turtle
  : >"$OUT/export_nt.out"
  : >"$OUT/export_ttl.out"
fi
if [ $HAVE_RAPPER = 1 ]; then
  note "rapper: the same N-Triples to N-Triples and to Turtle"
  run rapper_nt rapper -q -i ntriples -o ntriples "$GRAPH"
  run rapper_ttl rapper -q -i ntriples -o turtle "$GRAPH"
  : >"$OUT/rapper_nt.out"
  : >"$OUT/rapper_ttl.out"
fi

# ------------------------------------------------------------------ rdfproc
if [ $HAVE_RDFPROC = 1 ]; then
  # A graph of its own at the peer's size, so its events are in it.
  PNT=$OUT/graph-$PEER.nt
  PNAMES=$OUT/graph-$PEER.names
  [ -f "$PNT" ] && [ -f "$PNAMES" ] ||
    python3 "$TOP/bench/gen.py" graph --triples "$PEER" --names "$PNAMES" "$PNT"
  PN=$(wc -l <"$PNT")
  put peer_triples "$PN"
  note "rdfproc -s sqlite: $PN triples (synchronous off, its fastest setting)"
  RDIR=$OUT/rdfproc
  CLEAN="rm -rf '$RDIR'; mkdir -p '$RDIR'"
  RUNS_SAVE=$RUNS
  RUNS=1 # minutes per run: once is enough
  run rdfproc_load sh -c "cd '$RDIR' && rdfproc -n -s sqlite -t \"synchronous='off'\" peer parse file:'$PNT' ntriples"
  RUNS=$RUNS_SAVE
  CLEAN=
  PDB=$OUT/peer.db
  PEER_LOAD=0
  if [ $HAVE_LOAD = 1 ]; then
    CLEAN="rm -f '$PDB' '$PDB-wal' '$PDB-shm'"
    run load_peer "$NG" load -d "$PDB" "$PNT" && PEER_LOAD=1
    CLEAN=
  fi
  # The attendee question, one process per question, as a user runs it.
  rm -f "$OUT/rdfproc_q.runs" "$OUT/ngq_peer.runs"
  for e in $(awk -F'\t' '$1 == "event" { print $2 }' "$PNAMES" | head -n 20); do
    q="SELECT ?p ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> \"$e\"@zh . ?e <http://schema.org/attendee> ?p . ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    (cd "$RDIR" && timed rdfproc_q rdfproc -s sqlite peer query sparql - "$q")
    [ $PEER_LOAD = 1 ] && timed ngq_peer "$NG" query -d "$PDB" "attendees $e"
  done
  [ -s "$OUT/rdfproc_q.runs" ] && grep -q . "$OUT/rdfproc_q.out" && put rdfproc_q_s "$(median "$OUT/rdfproc_q.runs" 1)"
  [ -s "$OUT/ngq_peer.runs" ] && grep -q . "$OUT/ngq_peer.out" && put ngq_peer_s "$(median "$OUT/ngq_peer.runs" 1)"
fi

# ------------------------------------------------------------------ 10M
if [ "$BIG" != 0 ] && [ $HAVE_LOAD = 1 ]; then
  BG=$OUT/graph-$BIG.nt
  [ -f "$BG" ] || python3 "$TOP/bench/gen.py" graph --triples "$BIG" "$BG"
  BDB=$OUT/big.db
  if [ ! -f "$OUT/big.done" ] || [ "$(cat "$OUT/big.done")" != "$BIG" ]; then
    rm -f "$BDB" "$BDB-wal" "$BDB-shm"
    note "big store: loading $BIG triples once"
    timed load_big "$NG" load -d "$BDB" "$BG" && echo "$BIG" >"$OUT/big.done"
  fi
  if [ -f "$OUT/big.done" ]; then
    put big_quads "$(sqlite3 "$BDB" 'SELECT count(*) FROM quad' 2>/dev/null)"
    note "big store: export N-Triples and Turtle"
    RUNS_SAVE=$RUNS
    RUNS=1
    run big_nt "$NG" export -d "$BDB" -f ntriples
    : >"$OUT/big_nt.out"
    run big_ttl "$NG" export -d "$BDB" -f turtle
    : >"$OUT/big_ttl.out"
    RUNS=$RUNS_SAVE
  fi
fi
put elapsed_s $(($(date +%s) - T0))

# ------------------------------------------------------------------ table
sh "$TOP/bench/table.sh" "$R" "$CORES" "$HAVE_JIEBA $HAVE_OX $HAVE_RDFPROC $HAVE_RAPPER $HAVE_LOAD"
