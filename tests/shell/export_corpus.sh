#!/bin/sh
# tests/shell/export_corpus.sh -- a real newspaper page from the dev corpus
# built and exported in every format: rapper and rdflib accept each one as
# the same graph, and the N-Quads load back unchanged. Whatever the
# extractor finds today, the exports must carry it intact.
fail() { echo "FAIL: $*"; exit 1; }
PY=/usr/bin/python3
case $SHARED in /*) ;; *) SHARED=$TOP/$SHARED ;; esac
PAGE=$SHARED/corpus/dev/000_e713b7ff9e0ddada.txt
[ -f "$PAGE" ] || { echo "skip: $PAGE is missing"; exit 0; }

"$NG" build -q -d a.db "$PAGE" || fail "build"
for f in turtle ntriples nquads rdfxml json jsonld graphml; do
  "$NG" export -d a.db -f $f -o out.$f || fail "export -f $f"
done
sort out.nquads >ref.nq
sort out.ntriples >ref.nt
[ -s ref.nq ] || fail "the page gave no quads"

for f in turtle ntriples nquads rdfxml json; do
  rapper -q -i $f -c out.$f 2>err || fail "rapper rejects $f: $(head -3 err)"
  [ -s err ] && fail "rapper complains about $f: $(head -3 err)"
done

$PY - <<'PYEOF' || fail "rdflib"
import sys, rdflib
from rdflib.compare import isomorphic
import xml.etree.ElementTree as ET
ds = rdflib.Dataset(); ds.parse("out.nquads", format="nquads")
merged = rdflib.Graph()
for s, p, o, g in ds.quads((None, None, None, None)):
    merged.add((s, p, o))
ok = True
for fmt, syn in [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
                 ("jsonld", "json-ld")]:
    if fmt == "jsonld":
        d2 = rdflib.Dataset(); d2.parse("out.jsonld", format="json-ld")
        g = rdflib.Graph()
        for s, p, o, c in d2.quads((None, None, None, None)):
            g.add((s, p, o))
        graphs = {str(c.identifier) for c in d2.contexts() if len(c)}
        want = {str(c.identifier) for c in ds.contexts() if len(c)}
        if graphs != want:
            print("jsonld named graphs differ"); ok = False
    else:
        g = rdflib.Graph(); g.parse("out." + fmt, format=syn)
    if not isomorphic(g, merged):
        print(fmt, "differs from the N-Quads", len(g), len(merged)); ok = False
ET.parse("out.graphml")
sys.exit(0 if ok else 1)
PYEOF

"$NG" load -q -d b.db out.nquads || fail "load of the N-Quads"
"$NG" export -d b.db -f nquads | sort | cmp -s - ref.nq || fail "N-Quads round trip"
rm -f c.db c.db-wal c.db-shm
"$NG" load -q -d c.db out.turtle || fail "load of the Turtle"
"$NG" export -d c.db -f ntriples | sort | cmp -s - ref.nt || fail "Turtle round trip"
exit 0
