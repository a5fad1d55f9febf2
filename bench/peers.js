// bench/peers.js -- the npm peers of `make bench`, run by bench/run.sh.
//   node peers.js jieba DIR          segment every .txt file under DIR with
//                                    @node-rs/jieba, HMM on; prints MB/s
//   node peers.js oxigraph FILE.nt NAMES.tsv
//                                    load FILE.nt into Oxigraph's in-memory
//                                    store, then answer the bench's three
//                                    questions in SPARQL for each name
// Output: one "key value" per line. Modules come from bench/cache.
'use strict';
const fs = require('fs');
const path = require('path');
const cache = path.join(__dirname, 'cache', 'node_modules');
module.paths.unshift(cache);

function files(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1)) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

function stats(ms) {
  const s = ms.slice().sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `${at(0.5).toFixed(3)} ${at(0.99).toFixed(3)} ${s.length}`;
}

function now() {
  const [sec, ns] = process.hrtime();
  return sec * 1e3 + ns / 1e6;
}

function jieba(dir) {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const j = Jieba.withDict(dict);
  const texts = files(dir, []).map((f) => fs.readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  j.cut(texts[0] || '', true); // warm up
  const t0 = now();
  let words = 0;
  for (const t of texts) words += j.cut(t, true).length;
  const sec = (now() - t0) / 1e3;
  console.log(`jieba_mb_s ${(bytes / 1e6 / sec).toFixed(2)}`);
  console.log(`jieba_seconds ${sec.toFixed(3)}`);
  console.log(`jieba_words ${words}`);
}

const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SCHEMA = 'http://schema.org/';

function lit(s) {
  return JSON.stringify(s) + '@zh';
}

function oxigraph(nt, namesFile) {
  const ox = require('oxigraph');
  const data = fs.readFileSync(nt, 'utf8');
  const triples = data.split('\n').filter((l) => l.length).length;
  const store = new ox.Store();
  const t0 = now();
  store.load(data, { format: 'application/n-triples' });
  const sec = (now() - t0) / 1e3;
  console.log(`oxigraph_load_triples_s ${Math.round(triples / sec)}`);
  console.log(`oxigraph_size ${store.size}`);
  const names = fs.readFileSync(namesFile, 'utf8').split('\n').filter((l) => l)
    .map((l) => l.split('\t'));
  const ev = names.filter((n) => n[0] === 'event').map((n) => n[1]);
  const pe = names.filter((n) => n[0] === 'person').map((n) => n[1]);
  const q = {
    attendees: (x) => `SELECT ?p ?l ?r WHERE { ?e <${RDFS}label> ${lit(x)} .
      ?e ?r ?p . ?p a <${SCHEMA}Person> ; <${RDFS}label> ?l }`,
    events: (x) => `SELECT ?e ?l ?d WHERE { ?p <${RDFS}label> ${lit(x)} .
      ?e <${SCHEMA}attendee> ?p ; <${RDFS}label> ?l .
      OPTIONAL { ?e <${SCHEMA}startDate> ?d } } ORDER BY DESC(?d)`,
    coattendees: (x) => `SELECT ?l (COUNT(?e) AS ?n) WHERE {
      ?p <${RDFS}label> ${lit(x)} . ?e <${SCHEMA}attendee> ?p .
      ?e <${SCHEMA}attendee> ?o . FILTER(?o != ?p) ?o <${RDFS}label> ?l }
      GROUP BY ?l ORDER BY DESC(?n)`,
  };
  for (const [name, mk, list] of [['attendees', q.attendees, ev],
    ['events', q.events, pe], ['coattendees', q.coattendees, pe]]) {
    const ms = [];
    let rows = 0;
    for (const x of list) {
      const a = now();
      rows += store.query(mk(x)).length;
      ms.push(now() - a);
    }
    console.log(`oxigraph_${name} ${stats(ms)} rows=${rows}`);
  }
}

const [cmd, ...args] = process.argv.slice(2);
try {
  if (cmd === 'jieba') jieba(args[0]);
  else if (cmd === 'oxigraph') oxigraph(args[0], args[1]);
  else throw new Error('usage: node peers.js jieba DIR | oxigraph FILE.nt NAMES');
} catch (e) {
  console.log(`error ${String(e.message || e).split('\n')[0]}`);
  process.exit(1);
}
