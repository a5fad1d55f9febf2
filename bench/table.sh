#!/bin/sh
# bench/table.sh -- print the table of `make bench` from the results file
# bench/run.sh writes ("key value..." lines).
# Usage: table.sh RESULTS CORES "HAVE_JIEBA HAVE_OX HAVE_RDFPROC HAVE_RAPPER HAVE_LOAD"
R=$1
CORES=$2
set -- $3
awk -v cores="$CORES" -v jieba="$1" -v ox="$2" -v rdfproc="$3" -v rapper="$4" \
    -v load="$5" '
{ k = $1; $1 = ""; sub(/^ /, ""); v[k] = $0 }
function has(k) { return (k in v) && v[k] != "" && v[k] != "nan" }
function num(k) { split(v[k], a, " "); return a[1] + 0 }
function field(k, i) { split(v[k], a, " "); return a[i] }
function rate(n, k) { return has(k) && num(k) > 0 ? n / num(k) : 0 }
function mb(k) { return has(k) ? sprintf("%.0f MB", num(k) / 1024) : "" }
function fmt(x, unit) {
  if (x == 0) return "-"
  if (x >= 1e6) return sprintf("%.2fM %s", x / 1e6, unit)
  if (x >= 1e4) return sprintf("%.0fk %s", x / 1e3, unit)
  if (x >= 100) return sprintf("%.0f %s", x, unit)
  return sprintf("%.3g %s", x, unit)
}
function ok(x, unit, name) { return (x == 0 && has(name "_failed")) ? "failed: see bench/out/" name ".err" : fmt(x, unit) }
function ratio(a, b) { return (a > 0 && b > 0) ? sprintf("%.2f", a / b) : "-" }
function row(what, ng, peer, r, target) {
  printf "| %-44s | %-22s | %-30s | %-6s | %-16s |\n", what, ng, peer, r, target
}
function lat(k) {
  if (!has(k)) return "missing"
  if (v[k] ~ /^missing/) return v[k]
  return sprintf("%.2f / %.2f ms", field(k, 1), field(k, 2))
}
function latv(k) { return (has(k) && v[k] !~ /^missing/) ? field(k, 1) + 0 : 0 }
END {
  bytes = num("corpus_bytes"); tr = num("graph_triples")
  printf "\nnewsgraph bench: %d cores, medians of the runs (latency: median / p99),\n", cores
  printf "ratios are newsgraph/peer (for rates higher is better, for latencies lower).\n"
  printf "corpus %.1f MB generated; graph %d triples; %s s in all.\n\n", bytes / 1e6, tr, v["elapsed_s"]
  row("measure", "newsgraph", "peer", "ratio", "target")
  row("--------------------------------------------", "----------------------", "------------------------------", "------", "----------------")
  jb = rate(bytes / 1e6, "jieba_s")
  jn = jieba == 1 ? (jb ? fmt(jb, "MB/s") " jieba HMM" : "jieba failed") : "jieba not installed"
  b1 = rate(bytes / 1e6, "build1_s"); bn = rate(bytes / 1e6, "buildn_s")
  row("build, 1 thread (peak " mb("build1_kb") ")", ok(b1, "MB/s", "build1"), jn, ratio(b1, jb), ">= 1")
  row("build, " cores " threads (peak " mb("buildn_kb") ")", ok(bn, "MB/s", "buildn"), jn, ratio(bn, jb), ">= 1")
  e1 = rate(bytes / 1e6, "extract1_s"); en = rate(bytes / 1e6, "extractn_s")
  row("extraction alone to N-Quads, 1 thread", ok(e1, "MB/s", "extract1"), jn, ratio(e1, jb), "")
  row("extraction alone, " cores " threads", ok(en, "MB/s", "extractn"), jn, ratio(en, jb), "")
  if (has("repeat_bytes"))
    row("build dev corpus repeated, " cores " threads", fmt(rate(num("repeat_bytes") / 1e6, "buildrep_s"), "MB/s"), "", "", "")
  row("facts from the corpus (quads stored)", has("build1_quads") ? v["build1_quads"] : "-", "", "", "")
  ld = load == 1 ? rate(tr, "load_s") : 0
  lds = load == 1 ? fmt(ld, "quads/s") : "load missing"
  ce = num("ceiling_rows_s")
  row("N-Triples load (peak " mb("load_kb") ")", lds, fmt(ce, "rows/s") " raw SQLite", ratio(ld, ce), ">= 0.5")
  oxl = has("oxigraph_load_triples_s") ? num("oxigraph_load_triples_s") : 0
  oxn = ox == 1 ? (oxl ? fmt(oxl, "triples/s") " Oxigraph mem" : "Oxigraph failed") : "Oxigraph not installed"
  row("N-Triples load", lds, oxn, ratio(ld, oxl), ">= 0.5")
  # The most any build into this store could reach: the raw SQLite rate
  # spent on the corpus quads alone (no extraction, terms or provenance).
  qm = has("build1_quads") && bytes > 0 ? num("build1_quads") / (bytes / 1e6) : 0
  sb = qm > 0 ? ce / qm : 0
  row("store bound: raw SQLite / " fmt(qm, "quads per MB"), fmt(sb, "MB/s"), jn, ratio(sb, jb), "")
  split("attendees events person sparql_join trace path", qs, " ")
  split("attendees events coattendees coattendees - -", ps, " ")
  for (i = 1; i <= 6; i++) {
    ng = load == 1 ? lat("ng_" qs[i]) : "load missing"
    pk = "oxigraph_" ps[i]
    pe = ps[i] == "-" ? "" : (ox == 1 ? (has(pk) ? lat(pk) " Oxigraph" : "Oxigraph failed") : "Oxigraph not installed")
    r = (ps[i] == "-") ? "" : ratio(latv("ng_" qs[i]), latv(pk))
    row(qs[i] " on " fmt(tr, "quads"), ng, pe, r, ps[i] == "-" ? "" : (i <= 3 ? "<= 1" : ""))
  }
  rn = rapper == 1 ? rate(tr, "rapper_nt_s") : 0
  rt = rapper == 1 ? rate(tr, "rapper_ttl_s") : 0
  xn = rate(tr, "export_nt_s"); xt = rate(tr, "export_ttl_s")
  rpn = rapper == 1 ? fmt(rn, "triples/s") " rapper" : "rapper not installed"
  rpt = rapper == 1 ? fmt(rt, "triples/s") " rapper (" mb("rapper_ttl_kb") ")" : "rapper not installed"
  row("export N-Triples (peak " mb("export_nt_kb") ")", load == 1 ? fmt(xn, "triples/s") : "load missing", rpn, ratio(xn, rn), ">= 1")
  row("export Turtle (peak " mb("export_ttl_kb") ")", load == 1 ? fmt(xt, "triples/s") : "load missing", rpt, ratio(xt, rt), "bounded memory")
  pn = num("peer_triples")
  if (rdfproc == 1) {
    rl = rate(pn, "rdfproc_load_s"); nl = rate(pn, "load_peer_s")
    row("load " fmt(pn, "triples") " into SQLite", load == 1 ? fmt(nl, "triples/s") : "load missing", fmt(rl, "triples/s") " rdfproc", ratio(nl, rl), "")
    nq = has("ngq_peer_s") ? num("ngq_peer_s") * 1000 : 0; rq = has("rdfproc_q_s") ? num("rdfproc_q_s") * 1000 : 0
    row("attendees, one process per question", nq ? sprintf("%.0f ms", nq) : "missing", rq ? sprintf("%.0f ms rdfproc", rq) : "rdfproc failed", ratio(nq, rq), "")
  } else
    row("rdfproc -s sqlite", "", "rdfproc not installed", "", "")
  if (has("big_quads")) {
    bq = num("big_quads")
    row("export N-Triples, " fmt(bq, "quads") " (peak " mb("big_nt_kb") ")", fmt(rate(bq, "big_nt_s"), "triples/s"), "", "", "")
    row("export Turtle, " fmt(bq, "quads") " (peak " mb("big_ttl_kb") ")", fmt(rate(bq, "big_ttl_s"), "triples/s"), "", "", "bounded memory")
  }
  if (jieba != 1 || ox != 1 || rdfproc != 1 || rapper != 1)
    printf "\nNot measured: %s%s%s%s(bench/install-peers.sh installs them; see bench/cache/apt.log)\n", \
      jieba == 1 ? "" : "@node-rs/jieba ", ox == 1 ? "" : "oxigraph ", \
      rdfproc == 1 ? "" : "rdfproc ", rapper == 1 ? "" : "rapper "
  if (load != 1)
    printf "newsgraph load is missing: load, query and export rows were not measured.\n"
}' "$R"
