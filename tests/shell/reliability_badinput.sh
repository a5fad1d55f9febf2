#!/bin/sh
# tests/shell/reliability_badinput.sh -- what each kind of bad input gets
# (the README's "Bad input" table): binary, wrong encoding, a huge line,
# empty, unreadable, malformed RDF, malformed SPARQL and names shaped like
# SQL injection. Bad files are reported in one line each naming the file,
# the rest of the batch is stored, and nothing already stored is touched.
fail() { echo "FAIL: $*"; exit 1; }
# The lexicons as they are now: builds compared with each other must not
# see them change under the test.
[ -d lexicons ] || cp -r "${NEWSGRAPH_DATA:-$TOP/data}" lexicons ||
  fail "cannot copy the lexicons"
NEWSGRAPH_DATA=$PWD/lexicons
export NEWSGRAPH_DATA

mkdir in
cp "$TOP/sample/zhenxing-meeting.txt" in/good.txt
"$NG" build -q -d db good.txt 2>/dev/null # a missing file: one line, exit 1
"$NG" build -q -d db in/good.txt || fail "build of the sample"
"$NG" export -d db -f nquads | sort >before.nq
[ -s before.nq ] || fail "empty export"

# Builds the bad file F (with more options first) next to a good one:
# exit 1, one line naming F and saying WHAT, the good file stored.
refused() {
  what=$1
  shift
  f=$(eval echo "\${$#}")
  rm -f b.db b.db-wal b.db-shm
  cp "$TOP/sample/zhenxing-meeting.txt" in/ok.txt
  "$NG" build -q -d b.db "$@" in/ok.txt 2>err
  rc=$?
  [ "$rc" -eq 1 ] || fail "$f: exit $rc, not 1: $(cat err)"
  [ "$(wc -l <err)" -eq 1 ] || fail "$f: not one line: $(cat err)"
  grep -q "^newsgraph: error: $f: .*$what" err || fail "$f: message: $(cat err)"
  "$NG" query -d b.db --mode tsv 'find ? ng:sourceFile ?' >files 2>&1
  grep -q 'ok.txt' files || fail "$f: the good file of the batch was not stored"
  ! grep -q "$(basename "$f")" files || fail "$f: something of it was stored"
}

# Binary: a NUL byte, or bytes that are no text in any encoding.
printf 'PK\003\004\000\000binary' >in/zip.txt
refused 'not a text file' in/zip.txt
head -c 4096 /dev/urandom >in/noise.txt
printf '\000' >>in/noise.txt
refused 'not a text file' in/noise.txt

# Wrong encoding: bytes invalid in the one detected or forced; a name ICU
# does not know.
printf '\344\270\255\346\226\207 \377\376\375 text\n' >in/badutf8.txt
refused 'invalid' in/badutf8.txt
refused 'invalid' --encoding UTF-8 in/badutf8.txt
rm -f b.db*
"$NG" build -q -d b.db --encoding no-such-thing in/ok.txt 2>err
[ $? -ne 0 ] && grep -q 'no-such-thing' err || fail "unknown encoding: $(cat err)"
[ "$(wc -l <err)" -eq 1 ] || fail "unknown encoding: not one line: $(cat err)"

# Empty: nothing, or nothing but a byte order mark.
: >in/empty.txt
refused 'empty' in/empty.txt
printf '\357\273\277' >in/bom.txt
refused 'empty' in/bom.txt

# An empty folder: nothing to do, exit 0 (it once sorted a NULL list, which
# UBSan stops on).
mkdir nothing
"$NG" build -q -d e.db nothing 2>err || fail "build of an empty folder: $(cat err)"

# Unreadable: a path that is not there, and a file whose read fails
# (root reads through chmod 000, so /proc/self/mem: read gives EIO).
refused 'No such file' in/not-there.txt
if [ "$(id -u)" != 0 ]; then
  cp in/good.txt in/secret.txt
  chmod 000 in/secret.txt
  refused 'ermission denied' in/secret.txt
  chmod 644 in/secret.txt
fi
[ -r /proc/self/mem ] && refused 'rror' /proc/self/mem

# A huge line: half a megabyte without a line break is read and stored.
awk 'BEGIN { for (i = 0; i < 8000; i++) printf "示例县各部门负责人参加会议，"; print "会议结束。" }' >in/huge.txt
rm -f b.db*
"$NG" build -q -d b.db in/huge.txt 2>err || fail "a huge line: $(cat err)"
"$NG" query -d b.db --mode tsv 'find ? ng:sourceFile ?' | grep -q huge.txt ||
  fail "the huge line was not stored"

# A long article: 3000 sentences that name the same people. (Names were
# looked for once per mention, and this took minutes.)
awk 'BEGIN { print "示例县召开安全生产工作会议"; print ""
  for (i = 0; i < 3000; i++) print "3月5日，县长林振华主持会议，副县长赵明远出席。" }' >in/long.txt
rm -f b.db*
"$NG" build -q -d b.db in/long.txt 2>err || fail "a long article: $(cat err)"
"$NG" query -d b.db --mode tsv 'find ? ng:sourceFile ?' | grep -q long.txt ||
  fail "the long article was not stored"

# Malformed RDF: one line with file, line and what; nothing of it loaded.
printf '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d .\n' >bad.ttl
"$NG" load -d db bad.ttl >out 2>err
[ $? -eq 1 ] || fail "load of bad Turtle did not exit 1"
grep -q '^newsgraph: error: bad.ttl:[0-9]' err || fail "load message: $(cat err)"
"$NG" query -d db 'load bad.ttl' >out 2>err
[ $? -eq 1 ] || fail "shell load of bad Turtle did not exit 1"
grep -q 'bad.ttl:[0-9]' err || fail "shell load message: $(cat err)"
printf '<http://example.org/s> <http://example.org/p> "x .\n' >bad.nt
"$NG" load -d db bad.nt 2>err
[ $? -eq 1 ] && grep -q 'bad.nt:1' err || fail "bad N-Triples: $(cat err)"
printf '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>\n' >bad.rdf
"$NG" load -d db bad.rdf 2>err
[ $? -eq 1 ] && grep -q 'bad.rdf' err || fail "bad RDF/XML: $(cat err)"
"$NG" export -d db -f nquads | sort >after.nq
cmp -s before.nq after.nq || fail "malformed RDF changed the store"

# Malformed SPARQL: an error that says where, exit 1, the store untouched.
for q in 'SELECT * WHERE { ?s ?p ' 'SELEKT ?x WHERE { ?x ?y ?z }' \
  'SELECT ?s WHERE { ?s <http://x> "unterminated }' \
  'PREFIX s: <http://schema.org/> SELECT ?e (COUNT(?p) AS ?n) WHERE { ?e s:attendee ?p } GROUP Bx ?e'; do
  "$NG" query -d db "sparql $q" >out 2>err
  [ $? -eq 1 ] || fail "malformed SPARQL did not exit 1: $q"
  grep -qi 'error' err || fail "malformed SPARQL: no message: $q"
done

# Names shaped like SQL injection: in a file name, in the text, in shell
# arguments. They are text; every table is still there.
inj="x'); DROP TABLE quad;--"
cp "$TOP/sample/zhenxing-meeting.txt" "in/$inj.txt"
printf '示例县召开会议\n\n本报讯 县长林振华与Robert%s出席会议。\n' "'); DELETE FROM term;--" >in/text.txt
"$NG" build -q -d db "in/$inj.txt" in/text.txt || fail "build of injection-shaped input"
"$NG" query -d db --mode tsv 'find ? ng:sourceFile ?' | grep -qF "$inj.txt" ||
  fail "the injection-shaped file name was not stored as it is"
for c in "person \"$inj\"" "org \"$inj\"" "search \"$inj\"" "why \"$inj\"" \
  "find ? rdfs:label \"'; DELETE FROM term;--\"" "search \"%\"" "search \"_\"" \
  "sparql SELECT ?s WHERE { ?s ?p \"'); DROP TABLE term;--\" }"; do
  "$NG" query -d db "$c" >out 2>err
  [ $? -le 1 ] || fail "$c: crashed or exit $?"
done
"$NG" query -d db 'search "%"' >out 2>&1
! grep -q 'ok.txt\|good.txt' out || fail "search \"%\" matched everything"
[ "$(sqlite3 db 'PRAGMA integrity_check' 2>/dev/null || echo ok)" = ok ] || fail "integrity"
"$NG" export -d db -f nquads | sort >final.nq
[ -z "$(comm -23 before.nq final.nq)" ] || fail "injection-shaped input lost stored quads"
grep -qF "DELETE FROM term" final.nq || grep -qF "DROP TABLE quad" final.nq ||
  fail "injection-shaped text was not kept"
exit 0
