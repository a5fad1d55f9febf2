#!/bin/sh
# tests/shell/load_errors.sh -- newsgraph load: parse errors name the file,
# line and column, and nothing of a file that failed stays in the store;
# the graphs triples go into; blank nodes of different files stay apart.
fail() { echo "FAIL: $*"; exit 1; }
quads() { "$NG" export -d "$1" -f nquads | grep -c .; }

cat >good.nt <<'NT'
<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "甲"@zh .
<http://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "乙"@zh-Hant .
NT
# Many good statements, then an error on the last line.
awk 'BEGIN { for (i = 0; i < 500; i++)
  printf "<http://example.org/n%d> <http://example.org/p> \"%d\" .\n", i, i;
  print "<http://example.org/x> <http://example.org/p> broken ." }' >late.nt
printf '@prefix ex: <http://example.org/> .\nex:a ex:b "ok" .\nex:c ex:d ex:e ;\n    ex:f "never closed .\n' >bad.ttl
printf '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n  <rdf:Description rdf:about="http://example.org/a">\n    <bad/>\n  </rdf:Description>\n</rdf:RDF>\n' >bad.rdf

"$NG" load -d s.db good.nt late.nt bad.ttl bad.rdf missing.nq >out 2>err
[ $? -eq 1 ] || fail "a failed file does not make exit 1"
grep -q '^newsgraph: error: late.nt:501:[0-9]*: ' err || fail "late.nt error: $(cat err)"
grep -q '^newsgraph: error: bad.ttl:4\(:[0-9]*\)\?: ' err || fail "bad.ttl error: $(cat err)"
grep -q '^newsgraph: error: bad.rdf:[0-9]' err || fail "bad.rdf error: $(cat err)"
grep -q '^newsgraph: error: missing.nq: No such file' err || fail "missing file: $(cat err)"
[ "$(grep -c 'newsgraph: error' err)" -eq 4 ] || fail "not one error per bad file: $(cat err)"
[ "$(quads s.db)" -eq 2 ] || fail "statements of failed files kept: $(quads s.db) quads"

# Triples go into the graph named by the file's URI, or --graph.
"$NG" export -d s.db -f nquads | grep -q "<file://.*/good.nt> \.\$" ||
  fail "triples are not in the file's graph"
"$NG" load -q -d s.db --graph https://example.org/g good.nt || fail "load --graph"
[ "$(quads s.db)" -eq 4 ] || fail "load --graph did not add a graph"
"$NG" export -d s.db -f nquads --graph https://example.org/g | grep -q '"乙"@zh-Hant' ||
  fail "--graph IRI of a loaded graph"
# Loading the same file again adds nothing.
"$NG" load -q -d s.db good.nt || fail "second load"
[ "$(quads s.db)" -eq 4 ] || fail "a second load duplicated quads"

# --syntax for a name that says nothing; a wrong one is an error.
cp good.nt data.txt
"$NG" load -q -d t.db --syntax ntriples data.txt || fail "--syntax ntriples"
"$NG" load -q -d t.db --syntax nonsense data.txt 2>err; [ $? -eq 1 ] || fail "--syntax nonsense"
grep -q 'data.txt' err || fail "--syntax message names no file"

# Anonymous blank nodes of two files are two nodes, labelled ones are kept.
printf '@prefix ex: <http://example.org/> .\n[] ex:p "one" .\n_:kept ex:p "k" .\n' >b1.ttl
printf '@prefix ex: <http://example.org/> .\n[] ex:p "two" .\n' >b2.ttl
"$NG" load -q -d u.db b1.ttl b2.ttl || fail "loading blank nodes"
[ "$(quads u.db)" -eq 3 ] || fail "blank node files"
[ "$("$NG" export -d u.db -f ntriples | cut -d' ' -f1 | sort -u | wc -l)" -eq 3 ] ||
  fail "anonymous nodes of two files merged"
"$NG" export -d u.db -f ntriples | grep -q '^_:kept ' || fail "labelled blank node renamed"

"$NG" load 2>/dev/null; [ $? -eq 2 ] || fail "load without FILE is not a usage error"
"$NG" load --help | grep -q '^Usage: newsgraph load' || fail "load --help"
exit 0
