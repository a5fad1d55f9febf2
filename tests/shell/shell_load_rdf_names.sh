#!/bin/sh
# tests/shell/shell_load_rdf_names.sh -- the shell's load reads as RDF every
# name newsgraph load does (.json RDF/JSON and .xml RDF/XML were extracted
# as news text, a graph of persons and bodies made of JSON and XML), and a
# .jsonld gets load's refusal instead of extraction.
fail() { echo "FAIL: $*"; exit 1; }
cat >g.nt <<'NT'
<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "甲"@zh .
<http://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "乙"@zh .
NT
"$NG" load -q -d src.db g.nt || fail "load g.nt"
"$NG" export -d src.db -f json -o g.json || fail "export json"
"$NG" export -d src.db -f rdfxml -o g.xml || fail "export rdfxml"
"$NG" export -d src.db -f jsonld -o g.jsonld || fail "export jsonld"
"$NG" query -d s.db 'load g.json' 'load g.xml' >out 2>err || fail "shell load: $(cat err)"
grep -q '^g.json: 2 statements$' out || fail "g.json: $(cat out)"
grep -q '^g.xml: 2 statements$' out || fail "g.xml: $(cat out)"
"$NG" query -d s.db --mode tsv stats >out || fail "stats"
[ "$(sed -n 2p out | cut -f5)" = 0 ] || fail "RDF was read as news articles: $(cat out)"
"$NG" query -d s.db 'load g.jsonld' 2>err; [ $? -eq 1 ] || fail "g.jsonld is not exit 1"
grep -q 'reads no JSON-LD' err || fail "g.jsonld: $(cat err)"
exit 0
