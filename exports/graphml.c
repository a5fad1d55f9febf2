/* exports/graphml.c -- the people-events network as GraphML.

   Nodes first, then edges, each from its own cursor over the store
   (graph/dump.h), so nothing is held but the row at hand. Node ids are
   the store's term ids ("n42"); the label, the kind and the IRI are node
   attributes, which Gephi and Cytoscape show and filter on. */
#include "exports/graphml.h"

#include "graph/buf.h"
#include "graph/vocab.h"

#include <stdlib.h>
#include <string.h>

/* TEXT escaped for XML character data and attribute values. Characters
   XML 1.0 cannot hold (C0 controls other than tab and line ends) become
   spaces. */
static NgStatus
put_xml(NgBuf *b, const char *text)
{
  NgStatus st = NG_OK;
  for (const unsigned char *p = (const unsigned char *)(text ? text : "");
       *p && !st;
       p++) {
    switch (*p) {
      case '&':
        st = ng_buf_puts(b, "&amp;");
        break;
      case '<':
        st = ng_buf_puts(b, "&lt;");
        break;
      case '>':
        st = ng_buf_puts(b, "&gt;");
        break;
      case '"':
        st = ng_buf_puts(b, "&quot;");
        break;
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
write_nodes(NgStore            *store,
            const NgDumpFilter *filter,
            NgDumpKind          kind,
            NgBuf              *b,
            FILE               *out,
            char              **errmsg)
{
  NgDump   *d = NULL;
  NgDumpRow r;
  NgStatus  st   = NG_OK;
  NgId      last = 0;
  NG_TRY(st, ng_dump_open(store, kind, filter, &d, errmsg));
  while ((st = ng_dump_next(d, &r)) == NG_OK) {
    if (r.id[0] == last)
      continue; /* a node of two classes is drawn once */
    last            = r.id[0];
    const char *cls = local_name(r.t[1].value);
    NG_TRY(st, ng_buf_printf(b, "    <node id=\"n%lld\">\n", r.id[0]));
    NG_TRY(st,
           put_data(b,
                    "label",
                    r.t[2].kind ? r.t[2].value : local_name(r.t[0].value)));
    NG_TRY(st, put_data(b, "kind", cls));
    NG_TRY(
      st, put_data(b, "iri", r.t[0].kind == NG_TERM_IRI ? r.t[0].value : NULL));
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

/* One row of an event's or a person's links, gathered until the next
   event or person begins. */
typedef struct {
  NgId        other; /* the person (role edges) or co-attendee */
  NgId        event; /* co-attendance: the shared event */
  const char *role;  /* role edges: the property's local name (static) */
} Link;

typedef struct {
  Link  *v;
  size_t n, cap;
} Links;

static NgStatus
links_add(Links *l, NgId other, NgId event, const char *role)
{
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 64;
    Link  *v   = ng_realloc(l->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    l->v   = v;
    l->cap = cap;
  }
  l->v[l->n++] = (Link){ other, event, role };
  return NG_OK;
}

static int
cmp_link(const void *a, const void *b)
{
  const Link *x = a, *y = b;
  if (x->other != y->other)
    return x->other < y->other ? -1 : 1;
  if (x->event != y->event)
    return x->event < y->event ? -1 : 1;
  return strcmp(x->role, y->role);
}

/* The roles in the order they are listed, as static strings, so links can
   point at them after the row is gone. */
static const char *const role_names[] = {
  "attendee", "chair", "speaker", "lead", "accompany", "organizer"
};

static const char *
role_name(const char *iri)
{
  const char *l = local_name(iri);
  for (size_t i = 0; i < sizeof role_names / sizeof *role_names; i++)
    if (!strcmp(l, role_names[i]))
      return role_names[i];
  return "attendee";
}

/* The person -> event edges of EVENT: one per person, the roles joined. */
static NgStatus
put_role_edges(NgBuf *b, NgId event, Links *l, long long *n)
{
  NgStatus st = NG_OK;
  qsort(l->v, l->n, sizeof *l->v, cmp_link);
  for (size_t i = 0; i < l->n;) {
    size_t k = i;
    NG_TRY(st,
           ng_buf_printf(b,
                         "    <edge id=\"e%lld\" source=\"n%lld\" "
                         "target=\"n%lld\">\n      <data key=\"role\">",
                         ++*n,
                         l->v[i].other,
                         event));
    for (; k < l->n && l->v[k].other == l->v[i].other; k++)
      if (k == i || strcmp(l->v[k].role, l->v[k - 1].role))
        NG_TRY(st, ng_buf_printf(b, "%s%s", k == i ? "" : " ", l->v[k].role));
    NG_TRY(st, ng_buf_puts(b, "</data>\n    </edge>\n"));
    i = k;
  }
  l->n = 0;
done:
  return st;
}

/* The edges of PERSON to each co-attendee: the number of distinct events
   they share. */
static NgStatus
put_coattend_edges(NgBuf *b, NgId person, Links *l, long long *n)
{
  NgStatus st = NG_OK;
  qsort(l->v, l->n, sizeof *l->v, cmp_link);
  for (size_t i = 0; i < l->n;) {
    long long shared = 0;
    size_t    k      = i;
    for (; k < l->n && l->v[k].other == l->v[i].other; k++)
      if (k == i || l->v[k].event != l->v[k - 1].event)
        shared++;
    NG_TRY(st,
           ng_buf_printf(b,
                         "    <edge id=\"e%lld\" source=\"n%lld\" "
                         "target=\"n%lld\">\n"
                         "      <data key=\"weight\">%lld</data>\n"
                         "    </edge>\n",
                         ++*n,
                         person,
                         l->v[i].other,
                         shared));
    i = k;
  }
  l->n = 0;
done:
  return st;
}

/* Edges from the cursor of KIND, whose rows come grouped by their first
   term: each group is gathered, then written. */
static NgStatus
write_edges(NgStore            *store,
            const NgDumpFilter *filter,
            NgDumpKind          kind,
            NgBuf              *b,
            FILE               *out,
            char              **errmsg)
{
  NgDump   *d = NULL;
  NgDumpRow r;
  NgStatus  st    = NG_OK;
  NgId      head  = 0;
  long long n     = 0;
  Links     links = { 0 };
  NG_TRY(st, ng_dump_open(store, kind, filter, &d, errmsg));
  for (;;) {
    NgStatus next = ng_dump_next(d, &r);
    if ((st = next) > NG_DONE)
      goto done;
    if (head && (next == NG_DONE || r.id[0] != head)) {
      NG_TRY(st,
             kind == NG_DUMP_ROLES ? put_role_edges(b, head, &links, &n)
                                   : put_coattend_edges(b, head, &links, &n));
      if (b->len > 8192)
        NG_TRY(st, flush(b, out));
    }
    if (next == NG_DONE)
      break;
    head = r.id[0];
    if (kind == NG_DUMP_ROLES)
      NG_TRY(st, links_add(&links, r.id[1], 0, role_name(r.t[2].value)));
    else
      NG_TRY(st, links_add(&links, r.id[1], r.id[2], ""));
  }
  st = NG_OK;
done:
  ng_free(links.v);
  ng_dump_free(d);
  return st;
}

NgStatus
ng_graphml_write(NgStore            *store,
                 const NgDumpFilter *filter,
                 NgRdfNetwork        net,
                 FILE               *out,
                 char              **errmsg)
{
  NgBuf    b      = { 0 };
  NgStatus st     = NG_OK;
  int      people = net == NG_RDF_NET_PEOPLE;
  *errmsg         = NULL;
  NG_TRY(st,
         ng_buf_printf(
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
           people ? "weight" : "role",
           people ? "weight" : "role",
           people ? "double" : "string",
           people ? "coattendance" : "attendance",
           people ? "undirected" : "directed"));
  NG_TRY(st,
         write_nodes(store,
                     filter,
                     people ? NG_DUMP_PERSONS : NG_DUMP_NODES,
                     &b,
                     out,
                     errmsg));
  NG_TRY(st,
         write_edges(store,
                     filter,
                     people ? NG_DUMP_COATTEND : NG_DUMP_ROLES,
                     &b,
                     out,
                     errmsg));
  NG_TRY(st, ng_buf_puts(&b, "  </graph>\n</graphml>\n"));
  NG_TRY(st, flush(&b, out));
  if (fflush(out) || ferror(out))
    st = NG_ERR_IO;
done:
  ng_buf_free(&b);
  if (st > NG_DONE && !*errmsg) {
    NgBuf m = { 0 };
    ng_buf_printf(
      &m, "graphml: %s", st == NG_ERR_IO ? "write failed" : ng_strerror(st));
    *errmsg = ng_buf_take(&m);
  }
  return st;
}
