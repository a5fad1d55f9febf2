/* exports/rdf.c -- serializing the store with raptor2. */
#include "exports/rdf.h"

#include <string.h>

#include <raptor2.h>

#include "graph/buf.h"
#include "graph/vocab.h"

const char *const ng_rdf_formats[] = {"turtle", "ntriples", "nquads",
                                      "rdfxml", "json",     "dot",
                                      NULL};

/* raptor2's serializer name for each of ours. */
static const char *
raptor_name(const char *format)
{
  static const char *const map[][2] = {
    {"turtle", "turtle"}, {"ntriples", "ntriples"}, {"nquads", "nquads"},
    {"rdfxml", "rdfxml-abbrev"}, {"json", "json"}, {"dot", "dot"}};
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (!strcmp(format, map[i][0]))
      return map[i][1];
  return NULL;
}

int
ng_rdf_format_known(const char *name)
{
  return raptor_name(name) != NULL;
}

static const char *const prefixes[][2] = {
  {"rdf", NG_NS_RDF},       {"rdfs", NG_NS_RDFS}, {"xsd", NG_NS_XSD},
  {"skos", NG_NS_SKOS},     {"schema", NG_NS_SCHEMA}, {"org", NG_NS_ORG},
  {"prov", NG_NS_PROV},     {"ng", NG_NS_NG}};

static raptor_term *
make_term(raptor_world *w, const NgTerm *t)
{
  switch (t->kind) {
  case NG_TERM_IRI:
    return raptor_new_term_from_uri_string(w, (const unsigned char *)t->value);
  case NG_TERM_BLANK:
    return raptor_new_term_from_blank(w, (const unsigned char *)t->value);
  case NG_TERM_LITERAL: {
    raptor_uri  *dt   = NULL;
    const char  *lang = t->lang && *t->lang ? t->lang : NULL;
    if (!lang && t->datatype && *t->datatype)
      dt = raptor_new_uri(w, (const unsigned char *)t->datatype);
    raptor_term *r = raptor_new_term_from_literal(
      w, (const unsigned char *)t->value, dt, (const unsigned char *)lang);
    if (dt)
      raptor_free_uri(dt);
    return r;
  }
  case NG_TERM_NONE: break;
  }
  return NULL;
}

static raptor_term *
term_of(raptor_world *w, NgStore *store, NgId id, NgStatus *st)
{
  NgTerm *t = NULL;
  if ((*st = ng_store_term(store, id, &t)))
    return NULL;
  raptor_term *r = make_term(w, t);
  ng_free(t);
  if (!r)
    *st = NG_ERR_NOMEM;
  return r;
}

NgStatus
ng_rdf_export(NgStore *store, const char *format, FILE *out, char **errmsg)
{
  NgStatus           st  = NG_OK;
  raptor_world      *w   = NULL;
  raptor_serializer *ser = NULL;
  raptor_uri        *base = NULL;
  NgIter            *it  = NULL;
  const char        *rn  = raptor_name(format);
  int                quads = !strcmp(format, "nquads");

  *errmsg = NULL;
  if (!rn) {
    NgBuf b = {0};
    ng_buf_printf(&b, "unknown format \"%s\"", format);
    *errmsg = ng_buf_take(&b);
    return NG_ERR_ARG;
  }
  w = raptor_new_world();
  if (!w || raptor_world_open(w)) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  ser = raptor_new_serializer(w, rn);
  if (!ser) {
    st = NG_ERR_INTERNAL;
    goto done;
  }
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
    raptor_uri *u = raptor_new_uri(w, (const unsigned char *)prefixes[i][1]);
    raptor_serializer_set_namespace(ser, u,
                                    (const unsigned char *)prefixes[i][0]);
    raptor_free_uri(u);
  }
  {
    char *b = NULL;
    ng_store_meta_get(store, "base", &b);
    raptor_uri *u = raptor_new_uri(
      w, (const unsigned char *)(b ? b : NG_DEFAULT_BASE));
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)"id");
    raptor_free_uri(u);
    ng_free(b);
  }
  if (raptor_serializer_start_to_file_handle(ser, base, out)) {
    st = NG_ERR_IO;
    goto done;
  }
  NG_TRY(st, quads ? ng_store_match(store, 0, 0, 0, 0, &it)
                   : ng_store_triples(store, &it));
  NgId q[4];
  while ((st = ng_iter_next(it, q)) == NG_OK) {
    raptor_statement *s = raptor_new_statement(w);
    if (!s) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    s->subject   = term_of(w, store, q[0], &st);
    s->predicate = st ? NULL : term_of(w, store, q[1], &st);
    s->object    = st ? NULL : term_of(w, store, q[2], &st);
    if (!st && quads)
      s->graph = term_of(w, store, q[3], &st);
    if (!st && raptor_serializer_serialize_statement(ser, s))
      st = NG_ERR_IO;
    raptor_free_statement(s);
    if (st)
      goto done;
  }
  if (st == NG_DONE)
    st = NG_OK;
  if (!st && raptor_serializer_serialize_end(ser))
    st = NG_ERR_IO;
done:
  ng_iter_free(it);
  if (ser)
    raptor_free_serializer(ser);
  if (w)
    raptor_free_world(w);
  if (st && !*errmsg) {
    NgBuf b = {0};
    ng_buf_printf(&b, "export failed: %s", ng_strerror(st));
    *errmsg = ng_buf_take(&b);
  }
  return st;
}
