#!/bin/sh
# tests/shell/bench_tiny.sh -- the bench's generator and driver at a tiny
# size: the corpus is deterministic, threads and the streaming extract give
# the graph a single-threaded build gives, and bench/run.sh prints its
# table. Nothing here is timed.
set -u
fail() { echo "FAIL: $*"; exit 1; }
GEN="python3 $TOP/bench/gen.py"

$GEN corpus --mb 0.04 a 2>/dev/null || fail "gen corpus"
$GEN corpus --mb 0.04 b 2>/dev/null || fail "gen corpus again"
n=$(find a -name '*.txt' | wc -l)
[ "$n" -gt 10 ] || fail "only $n files generated"
(cd a && find . -name '*.txt' | sort | xargs cat) >a.all
(cd b && find . -name '*.txt' | sort | xargs cat) >b.all
cmp -s a.all b.all || fail "the generator is not deterministic"
grep -q '会议' a.all || fail "no meetings in the corpus"
$GEN graph --triples 500 --names g.names g.nt 2>/dev/null || fail "gen graph"
[ "$(wc -l <g.nt)" -ge 500 ] || fail "graph too small"
grep -q '^event	' g.names && grep -q '^person	' g.names || fail "no names to query"
if command -v rapper >/dev/null; then
  rapper -q -i ntriples -c g.nt 2>/dev/null || fail "rapper refuses the generated N-Triples"
fi
mkdir -p dev && cp "$TOP/sample/"*.txt dev/
$GEN repeat --mb 0.01 --from dev r 2>/dev/null || fail "gen repeat"
[ "$(find r -name '*.txt' | wc -l)" -ge 2 ] || fail "repeat made too few files"

# One thread, two threads, and the streaming extract agree.
"$NG" build -q -j 1 -d one.db a || fail "build -j 1"
"$NG" build -q -j 2 -d two.db a || fail "build -j 2"
"$NG" export -d one.db -f nquads | sort >one.nq
"$NG" export -d two.db -f nquads | sort >two.nq
cmp -s one.nq two.nq || fail "threads changed the graph"
"$NG" extract -j 2 a >x.nq || fail "extract"
[ -s x.nq ] || fail "extract wrote nothing"
[ "$(sort -u x.nq | wc -l)" -eq "$(wc -l <one.nq)" ] ||
  fail "extract gives $(sort -u x.nq | wc -l) quads, the store $(wc -l <one.nq)"
if command -v rapper >/dev/null; then
  rapper -q -i nquads -c x.nq 2>/dev/null || fail "rapper refuses extract's N-Quads"
fi
"$NG" extract 2>/dev/null; [ $? -eq 2 ] || fail "extract without PATH is not a usage error"
: >empty.txt
"$NG" extract empty.txt a >/dev/null 2>err.txt; [ $? -eq 1 ] || fail "a bad file does not fail extract"
grep -q 'empty.txt' err.txt || fail "the bad file is not named"

# The driver at a tiny size, without peers.
BENCH_OUT=$PWD/out BENCH_MB=0.02 BENCH_QUADS=300 BENCH_BIG=0 BENCH_RUNS=1 \
  BENCH_PEERS=0 BENCH_REPEAT=0 sh "$TOP/bench/run.sh" >table.txt 2>run.err ||
  { cat run.err; fail "bench/run.sh"; }
grep -q 'build, 1 thread' table.txt || { cat table.txt; fail "no build row"; }
grep -q 'jieba not installed' table.txt || fail "a missing peer is not said"
grep -q 'cores' table.txt || fail "no core count"
exit 0
