#!/bin/sh
# tests/shell/export_roundtrip.sh -- every RDF export is read by two
# independent parsers (rapper from raptor2-utils and rdflib) as the same
# triples, and loads back into a new store to export the same quads again.
# The fixture (tests/data/rdf_fixture.nq) holds Chinese labels, @zh and
# @zh-Hant, xsd:date and xsd:gMonthDay, IRIs with Chinese characters and a
# percent sign, a blank node, quotes, a backslash, a tab and a line break.
fail() { echo "FAIL: $*"; exit 1; }
PY=/usr/bin/python3
FIX="$TOP/tests/data/rdf_fixture.nq"

"$NG" load -q -d a.db "$FIX" || fail "loading the fixture"
for f in turtle ntriples nquads rdfxml json jsonld; do
  "$NG" export -d a.db -f $f -o out.$f || fail "export -f $f"
  [ -s out.$f ] || fail "export -f $f wrote nothing"
done
"$NG" export -d a.db -f dot -o out.dot || fail "export -f dot"

# DOT: one node per term, read by Graphviz when it is there.
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg out.dot >out.svg 2>err || fail "graphviz rejects the DOT: $(cat err)"
fi
grep -q '^	"R<https://w3id.org/newsgraph/id/person/李明>" \[label = "id:person/李明"\];$' out.dot ||
  fail "dot: no labelled node"

# The quads survive the load exactly (the fixture is in canonical form).
sort -u "$FIX" | sed 's/  */ /g' >fix.nq
sort out.nquads >ref.nq
cmp -s fix.nq ref.nq || { diff fix.nq ref.nq | head; fail "load + export -f nquads changed quads"; }
sort out.ntriples >ref.nt

# Chinese stays readable UTF-8, in every format that allows it.
for f in turtle ntriples nquads rdfxml json jsonld dot; do
  grep -q '牛瑞華' out.$f || fail "$f: Chinese text escaped or lost"
  grep -q 'person/牛瑞华' out.$f || fail "$f: Chinese IRI escaped or lost"
  if grep -q '\\u[0-9A-Fa-f]\{4\}' out.$f; then fail "$f: \\u escapes"; fi
done
grep -q '"牛瑞華"@zh-Hant' out.turtle || fail "turtle: @zh-Hant lost"
grep -q '"--07-22"^^xsd:gMonthDay' out.turtle || fail "turtle: gMonthDay"
grep -q '"2021-07-21"^^xsd:date' out.turtle || fail "turtle: xsd:date"
grep -q '^@prefix schema: <http://schema.org/> \.$' out.turtle || fail "turtle: prefixes"

# rapper reads each format as the same triples. Its N-Triples reader
# lowers language tags and its Turtle reader keeps them: compare lowered.
lower_tags() { sed -E 's/@([A-Za-z-]+) \.$/@\L\1 ./' | sort -u; }
rapper -q -i nquads -o ntriples out.nquads | lower_tags >rapper.ref
[ "$(wc -l <rapper.ref)" -eq "$(wc -l <ref.nt)" ] ||
  fail "rapper reads a different number of triples than ntriples has"
for f in turtle:turtle ntriples:ntriples rdfxml:rdfxml json:json; do
  fmt=${f%%:*}
  rapper -q -i ${f##*:} -o ntriples out.$fmt 2>rapper.err | lower_tags >rapper.$fmt
  [ -s rapper.err ] && fail "rapper complains about $fmt: $(head -3 rapper.err)"
  cmp -s rapper.ref rapper.$fmt ||
    { diff rapper.ref rapper.$fmt | head; fail "rapper reads other triples from $fmt"; }
done

# rdflib reads each format (JSON-LD with its named graphs) as the same
# graph as the N-Quads.
$PY - <<'EOF' || fail "rdflib"
import sys, rdflib
from rdflib.compare import isomorphic
ref = rdflib.Dataset()
ref.parse("out.nquads", format="nquads")
merged = rdflib.Graph()
for s, p, o, g in ref.quads((None, None, None, None)):
    merged.add((s, p, o))
def named(ds):
    return {str(c.identifier): c for c in ds.contexts() if len(c)}
ok = True
for fmt, syntax in [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
                    ("jsonld", "json-ld")]:
    if fmt == "jsonld":
        ds = rdflib.Dataset()
        ds.parse("out.jsonld", format="json-ld")
        a, b = named(ref), named(ds)
        if set(a) != set(b):
            print("jsonld graphs differ:", set(a) ^ set(b)); ok = False
        for k in a:
            if k in b and not isomorphic(a[k], b[k]):
                print("jsonld graph differs:", k); ok = False
        g = rdflib.Graph()
        for s, p, o, c in ds.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        g = rdflib.Graph()
        g.parse("out." + fmt, format=syntax)
    if not isomorphic(g, merged):
        print(fmt, "is not the graph of the N-Quads:", len(g), len(merged)); ok = False
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    if "牛瑞华" not in labels:
        print(fmt, "lost the Chinese label"); ok = False
    alt = list(g.objects(None, rdflib.SKOS.altLabel))
    if not any(getattr(x, "language", None) in ("zh-Hant", "zh-hant") for x in alt):
        print(fmt, "lost @zh-Hant"); ok = False
    dts = {str(o.datatype) for o in g.objects() if isinstance(o, rdflib.Literal)}
    for dt in ("date", "gMonthDay", "integer"):
        if str(rdflib.XSD[dt]) not in dts:
            print(fmt, "lost xsd:" + dt); ok = False
# JSON-LD for the next step: rdflib's N-Quads of it.
ds = rdflib.Dataset()
ds.parse("out.jsonld", format="json-ld")
open("jsonld.nq", "w", encoding="utf-8").write(ds.serialize(format="nquads"))
sys.exit(0 if ok else 1)
EOF

# Each file loads back into a new store and exports the same statements:
# triple formats the same triples, N-Quads and JSON-LD the same quads.
for f in turtle ntriples rdfxml json; do
  rm -f b.db b.db-wal b.db-shm
  "$NG" load -q -d b.db out.$f || fail "load of the $f export"
  "$NG" export -d b.db -f ntriples | sort >back.$f
  cmp -s ref.nt back.$f || { diff ref.nt back.$f | head; fail "$f round trip"; }
done
rm -f b.db b.db-wal b.db-shm
"$NG" load -q -d b.db out.nquads || fail "load of the nquads export"
"$NG" export -d b.db -f nquads | sort >back.nq
cmp -s ref.nq back.nq || { diff ref.nq back.nq | head; fail "nquads round trip"; }
# rdflib names blank nodes its own way: compare with labels masked.
rm -f b.db b.db-wal b.db-shm
"$NG" load -q -d b.db jsonld.nq || fail "load of the JSON-LD (through rdflib)"
"$NG" export -d b.db -f nquads | sed 's/_:[A-Za-z0-9]*/_:B/g' | sort >back.jl
sed 's/_:[A-Za-z0-9]*/_:B/g' ref.nq | sort >ref.jl
cmp -s ref.jl back.jl || { diff ref.jl back.jl | head; fail "jsonld round trip"; }
exit 0
