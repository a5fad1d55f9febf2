#!/bin/sh
# tests/shell/shell_sample.sh -- `newsgraph query` on a database built from
# the sample page: the answers analysts ask for, every output mode, names in
# pinyin, one-line errors with carets, non-zero exit on error, commands on a
# non-terminal stdin.
fail() { echo "FAIL: $*"; exit 1; }
page="$SHARED/corpus/dev/000_e713b7ff9e0ddada.txt"
case $SHARED in /*) ;; *) page="$TOP/$page" ;; esac
[ -f "$page" ] || { echo "skip: no $page"; exit 0; }
"$NG" build -q -d g.db "$page" || fail "build of the sample page"
q() { "$NG" query -d g.db --mode tsv "$@"; }

# Who attended the flood-control meeting, with roles.
q 'attendees 防汛会商会议' >out 2>err || fail "attendees: $(cat err)"
grep -q '^刘焱中	[^	]*chair' out || fail "刘焱中 is not the chair: $(cat out)"
grep -q '^王晓沛	' out || fail "王晓沛 missing: $(cat out)"
q 'who 防汛会商会议' >out2 || fail "who"
cmp -s out out2 || fail "who differs from attendees"

# The events of 马安庄, by Chinese name and by pinyin.
q 'events 马安庄' >out 2>err || fail "events: $(cat err)"
grep -q '郑东新区党工委扩大会议' out || fail "no 党工委扩大会议: $(cat out)"
grep -q '揭牌仪式' out || fail "no 揭牌仪式: $(cat out)"
q 'events maanzhuang' >out2 || fail "events by pinyin"
cmp -s out out2 || fail "pinyin gives another answer: $(cat out2)"
q 'events niuruihua' | grep -q '郑东新区党工委扩大会议' ||
  fail "events niuruihua"

# Profiles, timelines, paths, search and provenance answer.
q 'person 马安庄' >out || fail "person"
grep -q '党工委副书记' out || fail "person shows no post: $(cat out)"
q 'path 牛瑞华 马安庄' >out || fail "path: $(cat out)"
grep -q '郑东新区党工委扩大会议' out || fail "path not through the meeting"
q 'search 防汛会商' | grep -q 'sentence' || fail "search finds no sentence"
q 'why 防汛会商会议 chair' >out || fail "why"
grep -q '^ng:chair	刘焱中	000_e713b7ff9e0ddada.txt#4	..*会' out ||
  fail "why shows no source sentence: $(cat out)"

# Output modes.
"$NG" query -d g.db --mode json 'attendees 防汛会商会议' >out.json ||
  fail "json mode"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert any(r["name"]=="刘焱中" for r in d)' out.json ||
  fail "json output: $(cat out.json)"
"$NG" query -d g.db --mode csv 'events 马安庄' | head -1 |
  grep -q '^date,event,role,place,source' || fail "csv header"
"$NG" query -d g.db 'events 马安庄' | grep -q '^+--' || fail "table mode"

# Errors: one line (and a caret where it helps), non-zero exit, the next
# commands still run.
q 'frobnicate' 'stats' >out 2>err
[ $? -eq 1 ] || fail "a bad command does not exit 1"
grep -q '^quads' out || fail "commands after an error did not run"
[ "$(wc -l <err)" -eq 1 ] || fail "unknown command: not one line: $(cat err)"
q 'find ? foo:bar ?' 2>err && fail "bad prefix accepted"
grep -q 'unknown prefix "foo:"' err || fail "bad prefix message: $(cat err)"
grep -q '^ *\^$' err || fail "no caret: $(cat err)"
q 'sparql SELECT ?x WHERE { ?x }' 2>err && fail "bad SPARQL accepted"
grep -q 'syntax error' err || fail "bad SPARQL message: $(cat err)"
grep -q "^$(printf '%23s' '')^\$" err || fail "SPARQL caret: $(cat err)"
q 'attendees 没有这个会议' 2>err && fail "unknown name accepted"
grep -q 'no event named "没有这个会议"' err || fail "unknown name: $(cat err)"

# Commands from a non-terminal stdin: no prompt, continuation lines.
printf 'sparql SELECT ?l WHERE {\n  ?e ng:chair ?p . ?p rdfs:label ?l }\n' |
  "$NG" query -d g.db --mode tsv >out || fail "stdin"
grep -q 'newsgraph>' out && fail "a prompt on a non-terminal"
grep -q '"刘焱中"@zh' out || fail "SPARQL over stdin: $(cat out)"
printf 'stats\nnonsense\n' | "$NG" shell -d g.db >out 2>&1
[ $? -eq 1 ] || fail "shell on a non-terminal does not report the error"

# load and export from the shell.
"$NG" query -d new.db "load $page" 'attendees 防汛会商会议' >out ||
  fail "load: $(cat out)"
grep -q '刘焱中' out || fail "load then attendees: $(cat out)"
q 'export ntriples g.nt' || fail "export"
grep -q 'w3id.org/newsgraph/id/person' g.nt || fail "export wrote no persons"
q 'export nquads g.nq' || fail "export nquads"
"$NG" query -d rdf.db --mode tsv 'load g.nq' 'events maanzhuang' >out ||
  fail "load of N-Quads: $(cat out)"
grep -q '扩大会议	.*000_e713b7ff9e0ddada.txt#1' out ||
  fail "events after loading RDF: $(cat out)"
echo '<a:b> <c:d> .' >bad.nt
"$NG" query -d rdf.db 'load bad.nt' 2>err && fail "bad RDF loaded"
grep -q 'bad.nt:1' err || fail "bad RDF message: $(cat err)"
exit 0
