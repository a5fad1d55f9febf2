#!/bin/sh
# tests/shell/export_escapes.sh -- 300 literals of random text (controls,
# quotes, backslashes, Latin, Han, U+2028, a byte order mark, characters
# past U+FFFF) with language tags and datatypes, in IRIs with Chinese and
# percent signs: every format reads back as the same graph in rdflib and
# rapper, loads back to the same triples, and RDF/XML, which cannot carry
# C0 controls, says so instead of writing a broken file.
fail() { echo "FAIL: $*"; exit 1; }
PY=/usr/bin/python3
$PY - <<'PYEOF' || fail "making the input"
import random
random.seed(7)
pool = [chr(c) for c in list(range(1, 0x80)) + list(range(0xa0, 0x250)) +
        list(range(0x4e00, 0x4e80)) + [0x2028, 0x2029, 0xfeff, 0x1f600, 0x10000, 0xfffd]]
def esc(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif c < 0x20 or c == 0x7f: out.append('\\u%04X' % c)
        elif c > 0xffff: out.append('\\U%08X' % c)
        else: out.append(ch)
    return ''.join(out)
lines = []
for i in range(300):
    s = ''.join(random.choice(pool) for _ in range(random.randint(0, 30)))
    lit = '"%s"' % esc(s)
    kind = random.choice(['plain', 'lang', 'dt'])
    if kind == 'lang':
        lit += '@' + random.choice(['zh', 'zh-Hant', 'en-US', 'x-private', 'de-CH-1996'])
    if kind == 'dt':
        lit += '^^<http://www.w3.org/2001/XMLSchema#%s>' % random.choice(
            ['date', 'gMonthDay', 'token', 'anyURI'])
    # no "." path segments: raptor2's Turtle reader normalizes them away
    local = ''.join(random.choice('abc郑东新区-_~%209') for _ in range(random.randint(1, 12)))
    lines.append('<https://w3id.org/newsgraph/id/x/%s> <http://schema.org/p%d> %s '
                 '<https://w3id.org/newsgraph/id/g/%d> .' % (local, i % 7, lit, i % 5))
open('in.nq', 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
PYEOF
"$NG" load -q -d a.db in.nq || fail "load"
for f in turtle ntriples nquads json jsonld; do
  "$NG" export -d a.db -f $f -o out.$f || fail "export -f $f"
done
for f in turtle ntriples nquads json; do
  rapper -q -i $f -c out.$f 2>err || fail "rapper rejects $f: $(head -2 err)"
  [ -s err ] && fail "rapper complains about $f: $(head -2 err)"
done
$PY - <<'PYEOF' || fail "rdflib"
import sys, rdflib
from rdflib.compare import isomorphic
def triples(path, syntax):
    d = rdflib.Dataset()
    d.parse(path, format=syntax)
    g = rdflib.Graph()
    for s, p, o, c in d.quads((None, None, None, None)):
        if isinstance(o, rdflib.Literal) and o.language:
            o = rdflib.Literal(str(o), lang=o.language.lower())
        g.add((s, p, o))
    return g
want = triples("in.nq", "nquads")
ok = True
for f, syntax in [("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nquads"),
                  ("jsonld", "json-ld")]:
    got = triples("out." + f, syntax)
    if len(got) != 300 or not isomorphic(got, want):
        print(f, "reads as another graph"); ok = False
sys.exit(0 if ok else 1)
PYEOF
sort out.ntriples >ref.nt
for f in turtle ntriples json; do
  rm -f b.db b.db-wal b.db-shm
  "$NG" load -q -d b.db out.$f || fail "load of $f"
  "$NG" export -d b.db -f ntriples | sort | cmp -s - ref.nt || fail "$f round trip"
done
"$NG" export -d a.db -f rdfxml -o out.rdf 2>err; [ $? -eq 1 ] || fail "rdfxml wrote C0 controls"
grep -q 'rdfxml: XML 1.0 cannot hold the character U+00' err || fail "rdfxml message: $(cat err)"
exit 0
