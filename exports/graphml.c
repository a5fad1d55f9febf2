/* exports/graphml.c -- the people-events network as GraphML.

   Nodes first, then edges, each from its own cursor over the store
   (graph/dump.h), so nothing is held but the row at hand. Node ids are
   the store's term ids ("n42"); the label, the kind and the IRI are node
   attributes, which Gephi and Cytoscape show and filter on. */
#include "exports/graphml.h"

#include <string.h>

#include "graph/buf.h"
#include "graph/vocab.h"

/* TEXT escaped for XML character data and attribute values. Characters
   XML 1.0 cannot hold (C0 controls other than tab and line ends) become
   spaces. */
static NgStatus
put_xml(NgBuf *b, const char *text)
{
  NgStatus st = NG_OK;
  for (const unsigned char *p = (const unsigned char *)(text ? text : "");
       *p && !st; p++) {
    switch (*p) {
    case '&': st = ng_buf_puts(b, "&amp;"); break;
    case '<': st = ng_buf_puts(b, "&lt;"); break;
    case '>': st = ng_buf_puts(b, "&gt;"); break;
    case '"': st = ng_buf_puts(b, "&quot;"); break;
    default:
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        st = ng_buf_putc(b, ' ');
      else
        st = ng_buf_putc(b, (char)*p);
    }
  }
  return st;
}

/* The part of IRI after its last '#' or '/'. */
static const char *
local_name(const char *iri)
{
  const char *h = strrchr(iri, '#'), *s = strrchr(iri, '/');
  const char *c = h > s ? h : s;
  return c && c[1] ? c + 1 : iri;
}

static NgStatus
put_data(NgBuf *b, const char *key, const char *value)
{
  NgStatus st = NG_OK;
  if (!value || !*value)
    return NG_OK;
  NG_TRY(st, ng_buf_printf(b, "      <data key=\"%s\">", key));
  NG_TRY(st, put_xml(b, value));
  NG_TRY(st, ng_buf_puts(b, "</data>\n"));
done:
  return st;
}

static NgStatus
flush(NgBuf *b, FILE *out)
{
  if (b->len && fwrite(b->data, 1, b->len, out) != b->len)
    return NG_ERR_IO;
  ng_buf_clear(b);
  return NG_OK;
}

static NgStatus
write_nodes(NgStore *store, const NgDumpFilter *filter, NgDumpKind kind,
            NgBuf *b, FILE *out, char **errmsg)
{
  NgDump   *d  = NULL;
  NgDumpRow r;
  NgStatus  st = NG_OK;
  NgId      last = 0;
  NG_TRY(st, ng_dump_open(store, kind, filter, &d, errmsg));
  while ((st = ng_dump_next(d, &r)) == NG_OK) {
    if (r.id[0] == last)
      continue; /* a node of two classes is drawn once */
    last = r.id[0];
    const char *cls = local_name(r.t[1].value);
    NG_TRY(st, ng_buf_printf(b, "    <node id=\"n%lld\">\n", r.id[0]));
    NG_TRY(st, put_data(b, "label",
                        r.t[2].kind ? r.t[2].value : local_name(r.t[0].value)));
    NG_TRY(st, put_data(b, "kind", cls));
    NG_TRY(st, put_data(b, "iri", r.t[0].kind == NG_TERM_IRI ? r.t[0].value
                                                             : NULL));
    if (r.t[3].kind)
      NG_TRY(st, put_data(b, "date", r.t[3].value));
    if (r.t[4].kind)
      NG_TRY(st, put_data(b, "eventType", local_name(r.t[4].value)));
    NG_TRY(st, ng_buf_puts(b, "    </node>\n"));
    if (b->len > 8192)
      NG_TRY(st, flush(b, out));
  }
  if (st == NG_DONE)
    st = NG_OK;
done:
  ng_dump_free(d);
  return st;
}

/* Person -> event edges, one per pair, the roles joined by spaces. */
static NgStatus
write_role_edges(NgStore *store, const NgDumpFilter *filter, NgBuf *b,
                 FILE *out, char **errmsg)
{
  NgDump   *d     = NULL;
  NgDumpRow r;
  NgStatus  st    = NG_OK;
  NgId      ev    = 0, person = 0;
  long long n     = 0;
  NgBuf     roles = {0};
  NG_TRY(st, ng_dump_open(store, NG_DUMP_ROLES, filter, &d, errmsg));
  for (;;) {
    NgStatus next = ng_dump_next(d, &r);
    if ((st = next) > NG_DONE)
      goto done;
    if (ev && (next == NG_DONE || r.id[0] != ev || r.id[1] != person)) {
      NG_TRY(st, ng_buf_printf(b,
                               "    <edge id=\"e%lld\" source=\"n%lld\" "
                               "target=\"n%lld\">\n",
                               ++n, person, ev));
      NG_TRY(st, put_data(b, "role", ng_buf_str(&roles)));
      NG_TRY(st, ng_buf_puts(b, "    </edge>\n"));
      ng_buf_clear(&roles);
      if (b->len > 8192)
        NG_TRY(st, flush(b, out));
    }
    if (next == NG_DONE)
      break;
    ev     = r.id[0];
    person = r.id[1];
    if (roles.len)
      NG_TRY(st, ng_buf_putc(&roles, ' '));
    NG_TRY(st, ng_buf_puts(&roles, local_name(r.t[2].value)));
  }
  st = NG_OK;
done:
  ng_buf_free(&roles);
  ng_dump_free(d);
  return st;
}

static NgStatus
write_coattend_edges(NgStore *store, const NgDumpFilter *filter, NgBuf *b,
                     FILE *out, char **errmsg)
{
  NgDump   *d = NULL;
  NgDumpRow r;
  NgStatus  st = NG_OK;
  long long n  = 0;
  NG_TRY(st, ng_dump_open(store, NG_DUMP_COATTEND, filter, &d, errmsg));
  while ((st = ng_dump_next(d, &r)) == NG_OK) {
    NG_TRY(st, ng_buf_printf(b,
                             "    <edge id=\"e%lld\" source=\"n%lld\" "
                             "target=\"n%lld\">\n"
                             "      <data key=\"weight\">%lld</data>\n"
                             "    </edge>\n",
                             ++n, r.id[0], r.id[1], r.n));
    if (b->len > 8192)
      NG_TRY(st, flush(b, out));
  }
  if (st == NG_DONE)
    st = NG_OK;
done:
  ng_dump_free(d);
  return st;
}

NgStatus
ng_graphml_write(NgStore *store, const NgDumpFilter *filter,
                 NgRdfNetwork net, FILE *out, char **errmsg)
{
  NgBuf    b      = {0};
  NgStatus st     = NG_OK;
  int      people = net == NG_RDF_NET_PEOPLE;
  *errmsg         = NULL;
  NG_TRY(st, ng_buf_printf(
               &b,
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
               "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
               "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
               "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
               "  <key id=\"label\" for=\"node\" attr.name=\"label\" "
               "attr.type=\"string\"/>\n"
               "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" "
               "attr.type=\"string\"/>\n"
               "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" "
               "attr.type=\"string\"/>\n"
               "  <key id=\"date\" for=\"node\" attr.name=\"date\" "
               "attr.type=\"string\"/>\n"
               "  <key id=\"eventType\" for=\"node\" attr.name=\"eventType\" "
               "attr.type=\"string\"/>\n"
               "  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" "
               "attr.type=\"%s\"/>\n"
               "  <graph id=\"%s\" edgedefault=\"%s\">\n",
               people ? "weight" : "role", people ? "weight" : "role",
               people ? "double" : "string",
               people ? "coattendance" : "attendance",
               people ? "undirected" : "directed"));
  NG_TRY(st, write_nodes(store, filter,
                         people ? NG_DUMP_PERSONS : NG_DUMP_NODES, &b, out,
                         errmsg));
  NG_TRY(st, people ? write_coattend_edges(store, filter, &b, out, errmsg)
                    : write_role_edges(store, filter, &b, out, errmsg));
  NG_TRY(st, ng_buf_puts(&b, "  </graph>\n</graphml>\n"));
  NG_TRY(st, flush(&b, out));
  if (fflush(out) || ferror(out))
    st = NG_ERR_IO;
done:
  ng_buf_free(&b);
  if (st > NG_DONE && !*errmsg) {
    NgBuf m = {0};
    ng_buf_printf(&m, "graphml: %s", st == NG_ERR_IO ? "write failed"
                                                     : ng_strerror(st));
    *errmsg = ng_buf_take(&m);
  }
  return st;
}
