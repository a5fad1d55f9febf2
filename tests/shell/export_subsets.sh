#!/bin/sh
# tests/shell/export_subsets.sh -- export --graph, --about, --ontology and
# the GraphML networks, on the RDF fixture; errors for subsets that match
# nothing.
fail() { echo "FAIL: $*"; exit 1; }
PY=/usr/bin/python3
"$NG" load -q -d a.db "$TOP/tests/data/rdf_fixture.nq" || fail "loading the fixture"
A1='https://w3id.org/newsgraph/id/article/郑东.txt/1'
A2='https://w3id.org/newsgraph/id/article/郑东.txt/2'

# --graph: one article, by IRI or relative to the base; a file name gives
# all its articles (by ng:sourceFile when the store has no source row).
"$NG" export -d a.db -f nquads --graph "$A2" >g2.nq || fail "--graph IRI"
n=$(grep -c . g2.nq); [ "$n" -eq "$(grep -c "<$A2> \.\$" "$TOP/tests/data/rdf_fixture.nq")" ] ||
  fail "--graph IRI gave $n quads"
grep -v "<$A2> \.\$" g2.nq && fail "--graph gave quads of other graphs"
"$NG" export -d a.db -f nquads --graph 'article/郑东.txt/2' | cmp -s - g2.nq ||
  fail "--graph relative to the base"
"$NG" export -d a.db -f nquads --graph 'id:article/郑东.txt/2' | cmp -s - g2.nq ||
  fail "--graph id:..."
"$NG" export -d a.db -f nquads --graph '郑东.txt' | sort >both.nq
"$NG" export -d a.db -f nquads | sort | cmp -s - both.nq || fail "--graph FILE"
"$NG" export -d a.db -f nquads --graph nothing-like-it >out 2>err
[ $? -eq 1 ] || fail "--graph that matches nothing is not exit 1"
grep -q 'no article graph matches "nothing-like-it"' err || fail "--graph message: $(cat err)"
[ -s out ] && fail "--graph that matches nothing wrote output"

# --about: the entity's own statements, the statements pointing at it, and
# the names and types of its neighbours; by label or by IRI.
"$NG" export -d a.db -f ntriples --about 王芳 | sort >about.nt || fail "--about label"
"$NG" export -d a.db -f ntriples --about 'id:person/王芳' | sort | cmp -s - about.nt ||
  fail "--about IRI differs from --about label"
grep -q '^<https://w3id.org/newsgraph/id/person/王芳> .*label> "王芳"@zh \.$' about.nt ||
  fail "--about lacks the label"
grep -q 'ns#lead> <https://w3id.org/newsgraph/id/person/王芳> \.$' about.nt ||
  fail "--about lacks the role pointing at the entity"
grep -q '^<https://w3id.org/newsgraph/id/event/观摩活动> .*label> "观摩活动"@zh' about.nt ||
  fail "--about lacks the neighbour's label"
grep -q '李明' about.nt && fail "--about reaches two steps away"
"$NG" export -d a.db --about 无此人 2>err; [ $? -eq 1 ] || fail "--about unknown is not exit 1"
grep -q 'no entity has the IRI or label "无此人"' err || fail "--about message: $(cat err)"
"$NG" export -d a.db -f jsonld --about 王芳 --graph "$A2" >about.jsonld || fail "--about with --graph"
$PY -c 'import json,sys; json.load(open("about.jsonld"))' || fail "--about jsonld is not JSON"

# --about NAME finds names as the shell does (pinyin too), and two
# entities of one label stay apart: both listed, exit 1, no file; each by
# its IRI gives its own statements only.
"$NG" export -d a.db -f ntriples --about wangfang | sort | cmp -s - about.nt ||
  fail "--about pinyin differs from --about label"
I='https://w3id.org/newsgraph/id/'
L='<http://www.w3.org/2000/01/rdf-schema#label>'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
cat >two.nq <<EOF
<${I}person/x.txt/周远航> $T <http://schema.org/Person> <${I}article/x.txt/1> .
<${I}person/x.txt/周远航> $L "周远航"@zh <${I}article/x.txt/1> .
<${I}event/x.txt/植树活动> <http://schema.org/attendee> <${I}person/x.txt/周远航> <${I}article/x.txt/1> .
<${I}person/y.txt/周远航> $T <http://schema.org/Person> <${I}article/y.txt/1> .
<${I}person/y.txt/周远航> $L "周远航"@zh <${I}article/y.txt/1> .
<${I}event/y.txt/座谈会> <http://schema.org/attendee> <${I}person/y.txt/周远航> <${I}article/y.txt/1> .
EOF
"$NG" load -q -d two.db two.nq || fail "loading two of one name"
"$NG" export -d two.db -f ntriples --about 周远航 -o two.nt 2>err
[ $? -eq 1 ] || fail "--about a label of two entities is not exit 1"
[ -e two.nt ] && fail "--about a label of two entities wrote a file"
grep -q 'id:person/x.txt/周远航' err && grep -q 'id:person/y.txt/周远航' err ||
  fail "--about a label of two entities does not list them: $(cat err)"
grep -q 'error: --about "周远航" is ambiguous; use a more exact name or the IRI' err ||
  fail "--about ambiguous message: $(cat err)"
"$NG" export -d two.db -f ntriples --about 'id:person/x.txt/周远航' >x.nt ||
  fail "--about the IRI of one of two"
grep -q '植树活动' x.nt || fail "--about IRI lacks its event"
grep -q '座谈会\|y.txt' x.nt && fail "--about one of two has the other's statements"
"$NG" export -d two.db -f ntriples --about "<${I}person/y.txt/周远航>" | grep -q '座谈会' ||
  fail "--about <IRI> of the other"
"$NG" export -d two.db -f ntriples --about "${I}person/y.txt/周远航" | grep -q '座谈会' ||
  fail "--about a full IRI without <>"

# The command line takes the shell's spelling, FORMAT [FILE], and the
# shell the command line's, -f/--format, -o/--output and --ontology: the
# same bytes either way.
"$NG" export -d a.db -f nquads -o ref.nq || fail "export -f nquads -o"
"$NG" export -d a.db nquads pos.nq || fail "export nquads FILE"
cmp -s ref.nq pos.nq || fail "export nquads FILE differs from -f nquads -o FILE"
"$NG" export -d a.db nquads | cmp -s - ref.nq || fail "export nquads differs"
"$NG" export -d a.db nquad 2>err; [ $? -eq 2 ] || fail "export nquad is not a usage error"
grep -q 'unknown format "nquad"' err || fail "export nquad: $(cat err)"
"$NG" query -d a.db 'export -f nquads -o sh1.nq' 'export --format nquads --output sh2.nq' ||
  fail "the shell's export -f -o"
cmp -s ref.nq sh1.nq && cmp -s ref.nq sh2.nq || fail "the shell's export -f -o differs"
"$NG" query -d a.db 'export turtle --ontology' >onto_sh.ttl || fail "the shell's export --ontology"
"$NG" export --ontology | cmp -s - onto_sh.ttl || fail "the shell's --ontology differs"
"$NG" query -d a.db 'export --about 王芳' 2>err; [ $? -eq 1 ] || fail "the shell's export without FORMAT"
grep -q 'no FORMAT; formats: turtle' err || fail "export without FORMAT: $(cat err)"

# --ontology: the Turtle file, and the same statements in other formats.
"$NG" export --ontology >onto.ttl || fail "--ontology"
rapper -q -i turtle -c onto.ttl 2>err || fail "rapper rejects the ontology: $(cat err)"
grep -q 'rdfs:subPropertyOf schema:attendee' onto.ttl || fail "ontology lacks sub-properties"
grep -q '"主持人"@zh' onto.ttl || fail "ontology lacks Chinese labels"
grep -q '"chair"@en' onto.ttl || fail "ontology lacks English labels"
"$NG" export --ontology -f ntriples >onto.nt || fail "--ontology -f ntriples"
[ "$(rapper -q -i turtle -o ntriples onto.ttl | wc -l)" -eq "$(wc -l <onto.nt)" ] ||
  fail "--ontology -f ntriples has other triples"
"$NG" export --ontology -f rdfxml >onto.rdf || fail "--ontology -f rdfxml"
$PY - <<'PYEOF' || fail "rdflib reads the ontology differently"
import rdflib
from rdflib.compare import isomorphic
a = rdflib.Graph(); a.parse("onto.ttl", format="turtle")
b = rdflib.Graph(); b.parse("onto.rdf", format="xml")
ng = rdflib.Namespace("https://w3id.org/newsgraph/ns#")
assert isomorphic(a, b)
for p in ("chair", "speaker", "lead", "accompany"):
    assert (ng[p], rdflib.RDFS.subPropertyOf, rdflib.URIRef("http://schema.org/attendee")) in a, p
PYEOF

# GraphML: both networks parse as XML, every edge joins known nodes, labels
# are node attributes, co-attendance weights count shared events.
"$NG" export -d a.db -f graphml -o events.graphml || fail "graphml"
"$NG" export -d a.db -f graphml --network people -o people.graphml || fail "graphml people"
"$NG" export -d a.db -f graphml --network nonsense 2>/dev/null; [ $? -eq 2 ] ||
  fail "--network nonsense is not a usage error"
$PY - <<'PYEOF' || fail "graphml content"
import xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
def load(path):
    t = ET.parse(path)
    nodes = {}
    for n in t.iterfind(".//g:node", ns):
        nodes[n.get("id")] = {d.get("key"): d.text for d in n.iterfind("g:data", ns)}
    edges = []
    for e in t.iterfind(".//g:edge", ns):
        assert e.get("source") in nodes and e.get("target") in nodes, e.attrib
        d = {x.get("key"): x.text for x in e.iterfind("g:data", ns)}
        edges.append((nodes[e.get("source")]["label"], nodes[e.get("target")]["label"], d))
    return nodes, edges
nodes, edges = load("events.graphml")
labels = sorted(n["label"] for n in nodes.values())
assert labels == sorted(["牛瑞华", "李明", "王芳", "防汛会商会议", "观摩活动"]), labels
roles = {(s, t): d["role"] for s, t, d in edges}
assert roles[("牛瑞华", "防汛会商会议")] == "attendee chair", roles
assert roles[("王芳", "观摩活动")] == "attendee lead", roles
assert len(edges) == 5, edges
ev = [n for n in nodes.values() if n["kind"] == "Event"]
assert {n.get("date") for n in ev} == {"2021-07-21", "--07-22"}, ev
nodes, edges = load("people.graphml")
w = {frozenset((s, t)): int(d["weight"]) for s, t, d in edges}
assert w == {frozenset(("牛瑞华", "李明")): 2, frozenset(("牛瑞华", "王芳")): 1,
             frozenset(("李明", "王芳")): 1}, w
PYEOF
exit 0
