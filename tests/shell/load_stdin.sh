#!/bin/sh
# tests/shell/load_stdin.sh -- newsgraph load reads standard input as `-`
# (as rapper and riot do) and from a pipe such as /dev/stdin, telling the
# syntax from the content when no name or --syntax says it: an export piped
# into load gives the same graph back.
fail() { echo "FAIL: $*"; exit 1; }

cat >g.nq <<'NQ'
<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "甲"@zh <http://example.org/g1> .
<http://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "乙"@zh-Hant <http://example.org/g2> .
NQ
"$NG" load -q -d src.db g.nq || fail "loading g.nq"
for f in turtle ntriples nquads rdfxml; do
  rm -f "p-$f.db"
  "$NG" export -d src.db -f $f | "$NG" load -q -d "p-$f.db" - ||
    fail "$f piped into load -"
  "$NG" export -d "p-$f.db" -f ntriples | sort >got
  "$NG" export -d src.db -f ntriples | sort >want
  cmp -s got want || fail "$f through a pipe: $(diff want got)"
done
# A pipe under a name that says nothing: the content tells (it used to be
# read past the first 4 KiB and load nothing, with exit status 0).
"$NG" export -d src.db -f nquads | "$NG" load -q -d q.db /dev/stdin ||
  fail "a pipe as /dev/stdin"
"$NG" export -d q.db -f nquads | sort >got
sort g.nq >want
cmp -s got want || fail "nquads through /dev/stdin: $(diff want got)"
# Triples from stdin go into --graph.
printf '<http://example.org/c> <http://example.org/p> "丙" .\n' |
  "$NG" load -q -d r.db --graph http://example.org/mine - || fail "load - --graph"
"$NG" export -d r.db -f nquads | grep -q '<http://example.org/mine> \.$' ||
  fail "triples from stdin are not in --graph"
# Errors name stdin, line and column; nothing is kept; exit 1.
printf '@prefix ex: <http://example.org/> .\nex:a ex:b "ok" .\nex:c ex:d "open\n' |
  "$NG" load -d e.db - 2>err
[ $? -eq 1 ] || fail "a parse error on stdin is not exit 1"
grep -q '^newsgraph: error: stdin:3' err || fail "stdin error: $(cat err)"
# A syntax raptor2 cannot guess says how to name it.
printf 'not rdf at all\n' | "$NG" load -d e.db - 2>err
[ $? -eq 1 ] || fail "unguessable input is not exit 1"
grep -q -- '--syntax' err || fail "no hint of --syntax: $(cat err)"
exit 0
