/* exports/write.c -- streaming writers of RDF: N-Triples, N-Quads, Turtle,
   RDF/JSON, JSON-LD and DOT written here, RDF/XML through raptor2.

   raptor2's N-Triples, N-Quads and RDF/JSON serializers escape every
   character past ASCII as \uXXXX, its Turtle and DOT serializers hold the
   whole graph in memory (and DOT leaks), so those formats are written here:
   UTF-8 stays as it is, and each statement goes out as it comes, grouped
   with the statements before it when the subject (and predicate) repeat.
   The output is what the W3C grammars allow and what raptor2 and rdflib
   read back unchanged. */
#include "exports/rdf.h"
#include "graph/buf.h"
#include "graph/vocab.h"

#include <raptor2.h>
#include <stdint.h>
#include <string.h>

enum {
  F_TURTLE,
  F_NTRIPLES,
  F_NQUADS,
  F_RDFXML,
  F_JSON,
  F_JSONLD,
  F_DOT,
  F_GRAPHML
};

const char *const ng_rdf_formats[] = { "turtle", "ntriples", "nquads",
                                       "rdfxml", "json",     "jsonld",
                                       "dot",    "graphml",  NULL };

static int
format_code(const char *name)
{
  for (int i = 0; ng_rdf_formats[i]; i++)
    if (!strcmp(name, ng_rdf_formats[i]))
      return i;
  return -1;
}

int
ng_rdf_format_known(const char *name)
{
  return name && format_code(name) >= 0;
}

int
ng_rdf_format_has_graphs(const char *format)
{
  int f = format ? format_code(format) : -1;
  return f == F_NQUADS || f == F_JSONLD;
}

/* The prefixes of ../shared/spec/ONTOLOGY.md; "id" (the instance base) is
   added per writer. */
static const char *const prefixes[][2] = {
  { "rdf", NG_NS_RDF },   { "rdfs", NG_NS_RDFS },     { "xsd", NG_NS_XSD },
  { "skos", NG_NS_SKOS }, { "schema", NG_NS_SCHEMA }, { "org", NG_NS_ORG },
  { "prov", NG_NS_PROV }, { "ng", NG_NS_NG }
};
#define N_PREFIXES (sizeof prefixes / sizeof *prefixes)

struct NgRdfWriter {
  int   fmt;
  FILE *out;
  char *base;             /* the instance base, for id: */
  NgBuf err;              /* detail of the last failure */
  NgBuf line;             /* the text of one statement, then written */
  NgBuf s, p, g;          /* the current subject, key and graph, in
                             output form, for grouping */
  int   in_s, in_p, in_g; /* those are open */
  int   n_top;            /* items written at the top level */
  int   n_in_g;           /* nodes written in the open graph */
  NgBuf keys;             /* JSON-LD: keys used in the open node, each
                             followed by a NUL */
  raptor_world      *world;
  raptor_serializer *ser;
  int                raptor_failed;
};

/* ---------------------------------------------------------------- escaping */

/* An IRI between < and >. Characters IRIREF forbids (controls, space,
   <>"{}|^`\) cannot come from a parser; from elsewhere they are
   percent-encoded, since \u escapes of them are rejected by readers. */
static NgStatus
put_iri_ref(NgBuf *b, const char *iri)
{
  NgStatus st = ng_buf_putc(b, '<');
  for (const unsigned char *p = (const unsigned char *)iri; *p && !st; p++) {
    if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
      st = ng_buf_printf(b, "%%%02X", *p);
    else
      st = ng_buf_putc(b, (char)*p);
  }
  return st ? st : ng_buf_putc(b, '>');
}

/* A blank node label as BLANK_NODE_LABEL allows; other labels are spelled
   in hexadecimal. */
static NgStatus
put_blank(NgBuf *b, const char *label)
{
  size_t n = strlen(label);
  int ok   = n > 0 && label[n - 1] != '.' && label[0] != '-' && label[0] != '.';
  for (size_t i = 0; ok && i < n; i++) {
    char c = label[i];
    ok     = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  }
  NgStatus st = ng_buf_puts(b, "_:");
  if (ok)
    return st ? st : ng_buf_append(b, label, n);
  if (!st)
    st = ng_buf_puts(b, "nghex");
  for (size_t i = 0; i < n && !st; i++)
    st = ng_buf_printf(b, "%02x", (unsigned char)label[i]);
  return st;
}

/* The body of a quoted string in N-Triples and Turtle: UTF-8 as is,
   quotes, backslashes and line ends escaped, other controls as \u00XX. */
static NgStatus
put_string_body(NgBuf *b, const char *s)
{
  NgStatus st = NG_OK;
  for (const unsigned char *p = (const unsigned char *)s; *p && !st; p++) {
    switch (*p) {
      case '"':
        st = ng_buf_puts(b, "\\\"");
        break;
      case '\\':
        st = ng_buf_puts(b, "\\\\");
        break;
      case '\n':
        st = ng_buf_puts(b, "\\n");
        break;
      case '\r':
        st = ng_buf_puts(b, "\\r");
        break;
      case '\t':
        st = ng_buf_puts(b, "\\t");
        break;
      default:
        if (*p < 0x20 || *p == 0x7f)
          st = ng_buf_printf(b, "\\u%04X", *p);
        else
          st = ng_buf_putc(b, (char)*p);
    }
  }
  return st;
}

/* A JSON string, quotes included; UTF-8 as is. */
static NgStatus
put_json_string(NgBuf *b, const char *s)
{
  NgStatus st = ng_buf_putc(b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p && !st; p++) {
    switch (*p) {
      case '"':
        st = ng_buf_puts(b, "\\\"");
        break;
      case '\\':
        st = ng_buf_puts(b, "\\\\");
        break;
      case '\n':
        st = ng_buf_puts(b, "\\n");
        break;
      case '\r':
        st = ng_buf_puts(b, "\\r");
        break;
      case '\t':
        st = ng_buf_puts(b, "\\t");
        break;
      case '\b':
        st = ng_buf_puts(b, "\\b");
        break;
      case '\f':
        st = ng_buf_puts(b, "\\f");
        break;
      default:
        if (*p < 0x20)
          st = ng_buf_printf(b, "\\u%04X", *p);
        else
          st = ng_buf_putc(b, (char)*p);
    }
  }
  return st ? st : ng_buf_putc(b, '"');
}

static const char *
nz(const char *s)
{
  return s ? s : "";
}

/* The datatype worth writing: none for simple literals and xsd:string. */
static const char *
datatype_of(const NgTerm *t)
{
  if (t->lang && *t->lang)
    return NULL;
  if (!t->datatype || !*t->datatype || !strcmp(t->datatype, NG_XSD_STRING))
    return NULL;
  return t->datatype;
}

/* A prefix name of W whose namespace starts IRI, and the rest in *local;
   NULL when none does. The id: namespace is the writer's base. */
static const char *
split_iri(const NgRdfWriter *w, const char *iri, const char **local)
{
  const char *best = NULL;
  size_t      bl   = 0;
  for (size_t i = 0; i <= N_PREFIXES; i++) {
    const char *ns   = i < N_PREFIXES ? prefixes[i][1] : w->base;
    const char *name = i < N_PREFIXES ? prefixes[i][0] : "id";
    size_t      n    = strlen(ns);
    if (n > bl && !strncmp(iri, ns, n)) {
      best = name;
      bl   = n;
    }
  }
  if (best)
    *local = iri + bl;
  return best;
}

/* 1 when LOCAL may follow "prefix:" in Turtle without escapes. Kept to
   ASCII letters, digits, '_', '-' and inner '.', which every Turtle
   reader takes; anything else is written as a full <IRI>. */
static int
turtle_local_ok(const char *local)
{
  size_t n = strlen(local);
  if (!n || local[n - 1] == '.')
    return 0;
  char c = local[0];
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
    return 0;
  for (size_t i = 1; i < n; i++) {
    c = local[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'))
      return 0;
  }
  return 1;
}

static NgStatus
put_turtle_iri(const NgRdfWriter *w, NgBuf *b, const char *iri)
{
  const char *local  = NULL;
  const char *prefix = split_iri(w, iri, &local);
  if (prefix && turtle_local_ok(local))
    return ng_buf_printf(b, "%s:%s", prefix, local);
  return put_iri_ref(b, iri);
}

/* A term in N-Triples (TURTLE 0) or Turtle form. */
static NgStatus
put_term(const NgRdfWriter *w, NgBuf *b, const NgTerm *t, int turtle)
{
  NgStatus st = NG_OK;
  switch (t->kind) {
    case NG_TERM_IRI:
      return turtle ? put_turtle_iri(w, b, nz(t->value))
                    : put_iri_ref(b, nz(t->value));
    case NG_TERM_BLANK:
      return put_blank(b, nz(t->value));
    case NG_TERM_LITERAL: {
      const char *dt = datatype_of(t);
      NG_TRY(st, ng_buf_putc(b, '"'));
      NG_TRY(st, put_string_body(b, nz(t->value)));
      NG_TRY(st, ng_buf_putc(b, '"'));
      if (t->lang && *t->lang)
        NG_TRY(st, ng_buf_printf(b, "@%s", t->lang));
      else if (dt) {
        NG_TRY(st, ng_buf_puts(b, "^^"));
        NG_TRY(st, turtle ? put_turtle_iri(w, b, dt) : put_iri_ref(b, dt));
      }
      return NG_OK;
    }
    case NG_TERM_NONE:
      break;
  }
  return NG_ERR_ARG;
done:
  return st;
}

/* An IRI for JSON-LD: a compact IRI with the fixed context's prefixes when
   one fits, else the IRI itself. */
static NgStatus
put_jsonld_iri(const NgRdfWriter *w, NgBuf *b, const char *iri)
{
  const char *local  = NULL;
  const char *prefix = split_iri(w, iri, &local);
  /* "p://x" would read as an absolute IRI, and an empty suffix as the
     prefix term itself. JSON-LD 1.1 uses a term as a prefix only when its
     IRI ends in a gen-delim, which a --base need not. */
  size_t n = prefix ? (size_t)(local - iri) : 0;
  if (prefix && *local && strncmp(local, "//", 2) &&
      strchr("/#:?[]@", iri[n - 1])) {
    NgBuf    c  = { 0 };
    NgStatus st = ng_buf_printf(&c, "%s:%s", prefix, local);
    if (!st)
      st = put_json_string(b, ng_buf_str(&c));
    ng_buf_free(&c);
    return st;
  }
  return put_json_string(b, iri);
}

/* A node reference (IRI or blank node) as a JSON-LD string. */
static NgStatus
put_jsonld_id(const NgRdfWriter *w, NgBuf *b, const NgTerm *t)
{
  if (t->kind == NG_TERM_BLANK) {
    NgBuf    c  = { 0 };
    NgStatus st = put_blank(&c, nz(t->value));
    if (!st)
      st = put_json_string(b, ng_buf_str(&c));
    ng_buf_free(&c);
    return st;
  }
  return put_jsonld_iri(w, b, nz(t->value));
}

/* A JSON-LD value object. */
static NgStatus
put_jsonld_value(const NgRdfWriter *w, NgBuf *b, const NgTerm *t)
{
  NgStatus st = NG_OK;
  if (t->kind != NG_TERM_LITERAL) {
    NG_TRY(st, ng_buf_puts(b, "{\"@id\": "));
    NG_TRY(st, put_jsonld_id(w, b, t));
    return ng_buf_putc(b, '}');
  }
  const char *dt = datatype_of(t);
  NG_TRY(st, ng_buf_puts(b, "{\"@value\": "));
  NG_TRY(st, put_json_string(b, nz(t->value)));
  if (t->lang && *t->lang) {
    NG_TRY(st, ng_buf_puts(b, ", \"@language\": "));
    NG_TRY(st, put_json_string(b, t->lang));
  } else if (dt) {
    NG_TRY(st, ng_buf_puts(b, ", \"@type\": "));
    NG_TRY(st, put_jsonld_iri(w, b, dt));
  }
  return ng_buf_putc(b, '}');
done:
  return st;
}

/* An RDF/JSON object value. */
static NgStatus
put_rdfjson_value(NgBuf *b, const NgTerm *t)
{
  NgStatus st = NG_OK;
  switch (t->kind) {
    case NG_TERM_IRI:
      NG_TRY(st, ng_buf_puts(b, "{ \"type\" : \"uri\", \"value\" : "));
      NG_TRY(st, put_json_string(b, nz(t->value)));
      break;
    case NG_TERM_BLANK: {
      NgBuf c = { 0 };
      st      = put_blank(&c, nz(t->value));
      if (!st)
        st = ng_buf_puts(b, "{ \"type\" : \"bnode\", \"value\" : ");
      if (!st)
        st = put_json_string(b, ng_buf_str(&c));
      ng_buf_free(&c);
      if (st)
        goto done;
      break;
    }
    case NG_TERM_LITERAL: {
      const char *dt = datatype_of(t);
      NG_TRY(st, ng_buf_puts(b, "{ \"type\" : \"literal\", \"value\" : "));
      NG_TRY(st, put_json_string(b, nz(t->value)));
      if (t->lang && *t->lang) {
        NG_TRY(st, ng_buf_puts(b, ", \"lang\" : "));
        NG_TRY(st, put_json_string(b, t->lang));
      } else if (dt) {
        NG_TRY(st, ng_buf_puts(b, ", \"datatype\" : "));
        NG_TRY(st, put_json_string(b, dt));
      }
      break;
    }
    case NG_TERM_NONE:
      return NG_ERR_ARG;
  }
  return ng_buf_puts(b, " }");
done:
  return st;
}

/* ---------------------------------------------------------------- raptor */

static void
raptor_log(void *data, raptor_log_message *m)
{
  NgRdfWriter *w = data;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR)
    return;
  if (!w->raptor_failed) {
    ng_buf_clear(&w->err);
    ng_buf_printf(&w->err, "%s", m->text ? m->text : "raptor2 failed");
  }
  w->raptor_failed = 1;
}

static raptor_term *
raptor_term_of(raptor_world *world, const NgTerm *t)
{
  switch (t->kind) {
    case NG_TERM_IRI:
      return raptor_new_term_from_uri_string(world,
                                             (const unsigned char *)t->value);
    case NG_TERM_BLANK:
      return raptor_new_term_from_blank(world, (const unsigned char *)t->value);
    case NG_TERM_LITERAL: {
      raptor_uri *dt   = NULL;
      const char *lang = t->lang && *t->lang ? t->lang : NULL;
      const char *d    = datatype_of(t);
      if (d)
        dt = raptor_new_uri(world, (const unsigned char *)d);
      raptor_term *r =
        raptor_new_term_from_literal(world,
                                     (const unsigned char *)nz(t->value),
                                     dt,
                                     (const unsigned char *)lang);
      if (dt)
        raptor_free_uri(dt);
      return r;
    }
    case NG_TERM_NONE:
      break;
  }
  return NULL;
}

static NgStatus
raptor_start(NgRdfWriter *w)
{
  w->world = raptor_new_world();
  if (!w->world || raptor_world_open(w->world))
    return NG_ERR_NOMEM;
  raptor_world_set_log_handler(w->world, w, raptor_log);
  w->ser = raptor_new_serializer(w->world, "rdfxml");
  if (!w->ser)
    return NG_ERR_INTERNAL;
  for (size_t i = 0; i <= N_PREFIXES; i++) {
    raptor_uri *u = raptor_new_uri(
      w->world,
      (const unsigned char *)(i < N_PREFIXES ? prefixes[i][1] : w->base));
    if (!u)
      return NG_ERR_NOMEM;
    raptor_serializer_set_namespace(
      w->ser,
      u,
      (const unsigned char *)(i < N_PREFIXES ? prefixes[i][0] : "id"));
    raptor_free_uri(u);
  }
  if (raptor_serializer_start_to_file_handle(w->ser, NULL, w->out))
    return NG_ERR_IO;
  return NG_OK;
}

static NgStatus
raptor_quad(NgRdfWriter *w, const NgTerm *s, const NgTerm *p, const NgTerm *o)
{
  /* XML 1.0 has no C0 controls but tab and line ends, and raptor2 will not
     write DEL either: say which text holds one rather than pass on
     raptor2's message. */
  const NgTerm *t[3] = { s, p, o };
  for (int i = 0; i < 3; i++)
    for (const unsigned char *c = (const unsigned char *)nz(t[i]->value); *c;
         c++)
      if ((*c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r') || *c == 0x7f) {
        const char *v = nz(t[i]->value);
        int         n = (int)strnlen(v, 40);
        while (n > 0 && v[n] && ((unsigned char)v[n] & 0xC0) == 0x80)
          n--; /* not in the middle of a character */
        ng_buf_clear(&w->err);
        ng_buf_printf(&w->err,
                      "rdfxml: XML 1.0 cannot hold the character U+%04X of "
                      "\"%.*s\"; write another format",
                      *c,
                      n,
                      v);
        return NG_ERR_TEXT;
      }
  raptor_statement *r = raptor_new_statement(w->world);
  if (!r)
    return NG_ERR_NOMEM;
  NgStatus st  = NG_OK;
  r->subject   = raptor_term_of(w->world, s);
  r->predicate = raptor_term_of(w->world, p);
  r->object    = raptor_term_of(w->world, o);
  if (!r->subject || !r->predicate || !r->object)
    st = NG_ERR_NOMEM;
  else if (raptor_serializer_serialize_statement(w->ser, r) || w->raptor_failed)
    st = NG_ERR_IO;
  raptor_free_statement(r);
  return st;
}

/* ---------------------------------------------------------------- writer */

static NgStatus
flush_line(NgRdfWriter *w)
{
  if (w->line.len &&
      fwrite(w->line.data, 1, w->line.len, w->out) != w->line.len) {
    ng_buf_clear(&w->err);
    ng_buf_puts(&w->err, "write failed");
    return NG_ERR_IO;
  }
  ng_buf_clear(&w->line);
  return NG_OK;
}

static NgStatus
start(NgRdfWriter *w)
{
  NgBuf   *b  = &w->line;
  NgStatus st = NG_OK;
  switch (w->fmt) {
    case F_TURTLE:
      for (size_t i = 0; i <= N_PREFIXES; i++) {
        NG_TRY(st,
               ng_buf_printf(
                 b, "@prefix %s: ", i < N_PREFIXES ? prefixes[i][0] : "id"));
        NG_TRY(st, put_iri_ref(b, i < N_PREFIXES ? prefixes[i][1] : w->base));
        NG_TRY(st, ng_buf_puts(b, " .\n"));
      }
      NG_TRY(st, ng_buf_putc(b, '\n'));
      break;
    case F_JSON:
      NG_TRY(st, ng_buf_puts(b, "{"));
      break;
    case F_JSONLD:
      NG_TRY(st, ng_buf_puts(b, "{\n  \"@context\": {"));
      for (size_t i = 0; i <= N_PREFIXES; i++) {
        NG_TRY(st,
               ng_buf_printf(b,
                             "%s\n    \"%s\": ",
                             i ? "," : "",
                             i < N_PREFIXES ? prefixes[i][0] : "id"));
        NG_TRY(st,
               put_json_string(b, i < N_PREFIXES ? prefixes[i][1] : w->base));
      }
      NG_TRY(st, ng_buf_puts(b, "\n  },\n  \"@graph\": ["));
      break;
    case F_DOT:
      NG_TRY(st,
             ng_buf_puts(b,
                         "digraph {\n\trankdir = LR;\n\tcharset = \"utf-8\";\n"
                         "\tnode [shape = ellipse, color = blue];\n\n"));
      break;
    case F_RDFXML:
      return raptor_start(w);
    default:
      break;
  }
  return flush_line(w);
done:
  return st;
}

NgStatus
ng_rdf_writer_new(const char   *format,
                  const char   *base,
                  FILE         *out,
                  NgRdfWriter **wp,
                  char        **errmsg)
{
  int f   = format ? format_code(format) : F_TURTLE;
  *errmsg = NULL;
  if (f < 0 || f == F_GRAPHML) {
    NgBuf b = { 0 };
    ng_buf_printf(&b,
                  "%s \"%s\"",
                  f < 0 ? "unknown format" : "no statement writer for",
                  format);
    *errmsg = ng_buf_take(&b);
    return NG_ERR_ARG;
  }
  NgRdfWriter *w = ng_calloc(1, sizeof *w);
  if (!w || !(w->base = ng_strdup(base && *base ? base : NG_DEFAULT_BASE))) {
    ng_free(w);
    *errmsg = ng_strdup("out of memory");
    return NG_ERR_NOMEM;
  }
  w->fmt      = f;
  w->out      = out;
  NgStatus st = start(w);
  if (st) {
    NgBuf b = { 0 };
    ng_buf_printf(&b,
                  "cannot start %s output: %s",
                  format,
                  w->err.len ? ng_buf_str(&w->err) : ng_strerror(st));
    *errmsg = ng_buf_take(&b);
    ng_rdf_writer_free(w);
    return st;
  }
  *wp = w;
  return NG_OK;
}

/* 1 when B holds the same text as S. */
static int
same(const NgBuf *b, const NgBuf *s)
{
  return b->len == s->len && !memcmp(ng_buf_str(b), ng_buf_str(s), b->len);
}

static NgStatus
set(NgBuf *dst, const NgBuf *src)
{
  ng_buf_clear(dst);
  return ng_buf_append(dst, ng_buf_str(src), src->len);
}

static NgStatus
quad_ntriples(NgRdfWriter  *w,
              const NgTerm *s,
              const NgTerm *p,
              const NgTerm *o,
              const NgTerm *g)
{
  NgBuf   *b  = &w->line;
  NgStatus st = NG_OK;
  NG_TRY(st, put_term(w, b, s, 0));
  NG_TRY(st, ng_buf_putc(b, ' '));
  NG_TRY(st, put_term(w, b, p, 0));
  NG_TRY(st, ng_buf_putc(b, ' '));
  NG_TRY(st, put_term(w, b, o, 0));
  if (w->fmt == F_NQUADS && g) {
    NG_TRY(st, ng_buf_putc(b, ' '));
    NG_TRY(st, put_term(w, b, g, 0));
  }
  NG_TRY(st, ng_buf_puts(b, " .\n"));
done:
  return st;
}

static NgStatus
quad_turtle(NgRdfWriter *w, const NgTerm *s, const NgTerm *p, const NgTerm *o)
{
  NgBuf    ts = { 0 }, tp = { 0 };
  NgBuf   *b  = &w->line;
  NgStatus st = NG_OK;
  NG_TRY(st, put_term(w, &ts, s, 1));
  if (p->kind == NG_TERM_IRI && !strcmp(nz(p->value), NG_RDF_TYPE))
    NG_TRY(st, ng_buf_putc(&tp, 'a'));
  else
    NG_TRY(st, put_term(w, &tp, p, 1));
  if (w->in_s && same(&ts, &w->s)) {
    if (same(&tp, &w->p))
      NG_TRY(st, ng_buf_puts(b, " ,\n        "));
    else {
      NG_TRY(st, ng_buf_puts(b, " ;\n    "));
      NG_TRY(st, ng_buf_append(b, tp.data, tp.len));
      NG_TRY(st, ng_buf_putc(b, ' '));
    }
  } else {
    if (w->in_s)
      NG_TRY(st, ng_buf_puts(b, " .\n\n"));
    NG_TRY(st, ng_buf_append(b, ts.data, ts.len));
    NG_TRY(st, ng_buf_puts(b, "\n    "));
    NG_TRY(st, ng_buf_append(b, tp.data, tp.len));
    NG_TRY(st, ng_buf_putc(b, ' '));
    NG_TRY(st, set(&w->s, &ts));
    w->in_s = 1;
  }
  NG_TRY(st, set(&w->p, &tp));
  NG_TRY(st, put_term(w, b, o, 1));
done:
  ng_buf_free(&ts);
  ng_buf_free(&tp);
  return st;
}

/* RDF/JSON: { "s" : { "p" : [ v, v ], "p2" : [ v ] }, ... } */
static NgStatus
quad_rdfjson(NgRdfWriter *w, const NgTerm *s, const NgTerm *p, const NgTerm *o)
{
  NgBuf    ts = { 0 }, tp = { 0 };
  NgBuf   *b  = &w->line;
  NgStatus st = NG_OK;
  if (s->kind == NG_TERM_BLANK) {
    NgBuf c = { 0 };
    st      = put_blank(&c, nz(s->value));
    if (!st)
      st = put_json_string(&ts, ng_buf_str(&c));
    ng_buf_free(&c);
    if (st)
      goto done;
  } else
    NG_TRY(st, put_json_string(&ts, nz(s->value)));
  NG_TRY(st, put_json_string(&tp, nz(p->value)));
  if (w->in_s && same(&ts, &w->s)) {
    if (same(&tp, &w->p))
      NG_TRY(st, ng_buf_puts(b, ",\n      "));
    else {
      NG_TRY(st, ng_buf_puts(b, " ],\n    "));
      NG_TRY(st, ng_buf_append(b, tp.data, tp.len));
      NG_TRY(st, ng_buf_puts(b, " : [ "));
    }
  } else {
    if (w->in_s)
      NG_TRY(st, ng_buf_puts(b, " ] },"));
    NG_TRY(st, ng_buf_puts(b, "\n  "));
    NG_TRY(st, ng_buf_append(b, ts.data, ts.len));
    NG_TRY(st, ng_buf_puts(b, " : {\n    "));
    NG_TRY(st, ng_buf_append(b, tp.data, tp.len));
    NG_TRY(st, ng_buf_puts(b, " : [ "));
    NG_TRY(st, set(&w->s, &ts));
    w->in_s = 1;
  }
  NG_TRY(st, set(&w->p, &tp));
  NG_TRY(st, put_rdfjson_value(b, o));
done:
  ng_buf_free(&ts);
  ng_buf_free(&tp);
  return st;
}

/* TEXT inside a DOT double-quoted string. */
static NgStatus
put_dot_text(NgBuf *b, const char *text)
{
  NgStatus st = NG_OK;
  for (const unsigned char *p = (const unsigned char *)text; *p && !st; p++) {
    if (*p == '"' || *p == '\\')
      st = ng_buf_printf(b, "\\%c", *p);
    else if (*p == '\n')
      st = ng_buf_puts(b, "\\n");
    else if (*p < 0x20)
      st = ng_buf_putc(b, ' ');
    else
      st = ng_buf_putc(b, (char)*p);
  }
  return st;
}

/* A term for display: prefix:rest for any IRI a prefix starts, the
   literal's text with its language or datatype. */
static NgStatus
put_dot_label(const NgRdfWriter *w, NgBuf *b, const NgTerm *t)
{
  const char *local  = NULL;
  const char *prefix = NULL;
  NgBuf       c      = { 0 };
  NgStatus    st     = NG_OK;
  switch (t->kind) {
    case NG_TERM_IRI:
      prefix = split_iri(w, nz(t->value), &local);
      st     = prefix ? ng_buf_printf(&c, "%s:%s", prefix, local)
                      : ng_buf_puts(&c, nz(t->value));
      break;
    case NG_TERM_BLANK:
      st = put_blank(&c, nz(t->value));
      break;
    case NG_TERM_LITERAL:
      st = ng_buf_puts(&c, nz(t->value));
      if (!st && t->lang && *t->lang)
        st = ng_buf_printf(&c, " @%s", t->lang);
      else if (!st && datatype_of(t)) {
        prefix = split_iri(w, datatype_of(t), &local);
        st     = prefix ? ng_buf_printf(&c, " ^^%s:%s", prefix, local)
                        : ng_buf_printf(&c, " ^^%s", datatype_of(t));
      }
      break;
    case NG_TERM_NONE:
      break;
  }
  if (!st)
    st = put_dot_text(b, ng_buf_str(&c));
  ng_buf_free(&c);
  return st;
}

/* A node id: R + IRI, B + label, L + the literal in N-Triples form, so one
   term is one node however often it comes. */
static NgStatus
put_dot_id(const NgRdfWriter *w, NgBuf *b, const NgTerm *t)
{
  NgBuf    c  = { 0 };
  NgStatus st = ng_buf_putc(&c,
                            t->kind == NG_TERM_IRI     ? 'R'
                            : t->kind == NG_TERM_BLANK ? 'B'
                                                       : 'L');
  if (!st)
    st = put_term(w, &c, t, 0);
  if (!st)
    st = ng_buf_putc(b, '"');
  if (!st)
    st = put_dot_text(b, ng_buf_str(&c));
  if (!st)
    st = ng_buf_putc(b, '"');
  ng_buf_free(&c);
  return st;
}

/* DOT: each statement an edge; each node declared where it appears
   (repeats are allowed and merge), so nothing is held back. */
static NgStatus
quad_dot(NgRdfWriter *w, const NgTerm *s, const NgTerm *p, const NgTerm *o)
{
  NgBuf        *b    = &w->line;
  NgStatus      st   = NG_OK;
  const NgTerm *n[2] = { s, o };
  for (int i = 0; i < 2; i++) {
    NG_TRY(st, ng_buf_putc(b, '\t'));
    NG_TRY(st, put_dot_id(w, b, n[i]));
    NG_TRY(st, ng_buf_puts(b, " [label = \""));
    NG_TRY(st, put_dot_label(w, b, n[i]));
    NG_TRY(st,
           ng_buf_puts(b,
                       n[i]->kind == NG_TERM_LITERAL
                         ? "\", shape = box, color = black];\n"
                       : n[i]->kind == NG_TERM_BLANK
                         ? "\", shape = circle, color = green];\n"
                         : "\"];\n"));
  }
  NG_TRY(st, ng_buf_putc(b, '\t'));
  NG_TRY(st, put_dot_id(w, b, s));
  NG_TRY(st, ng_buf_puts(b, " -> "));
  NG_TRY(st, put_dot_id(w, b, o));
  NG_TRY(st, ng_buf_puts(b, " [label = \""));
  NG_TRY(st, put_dot_label(w, b, p));
  NG_TRY(st, ng_buf_puts(b, "\"];\n"));
done:
  return st;
}

/* 1 when KEY is among the keys of the open JSON-LD node. */
static int
key_used(const NgRdfWriter *w, const NgBuf *key)
{
  const char *p = ng_buf_str(&w->keys), *end = p + w->keys.len;
  while (p < end) {
    size_t n = strlen(p);
    if (n == key->len && !memcmp(p, key->data, n))
      return 1;
    p += n + 1;
  }
  return 0;
}

/* Closes the open JSON-LD node object (its last key's array first). */
static NgStatus
jsonld_close_node(NgRdfWriter *w)
{
  if (!w->in_s)
    return NG_OK;
  w->in_s = w->in_p = 0;
  ng_buf_clear(&w->keys);
  return ng_buf_puts(&w->line,
                     "]\n"
                     "    }");
}

static NgStatus
jsonld_open_node(NgRdfWriter *w, const NgBuf *ts)
{
  NgBuf   *b  = &w->line;
  int     *n  = w->in_g ? &w->n_in_g : &w->n_top;
  NgStatus st = NG_OK;
  NG_TRY(st, ng_buf_puts(b, *n ? ",\n    {\"@id\": " : "\n    {\"@id\": "));
  NG_TRY(st, ng_buf_append(b, ts->data, ts->len));
  NG_TRY(st, set(&w->s, ts));
  ++*n;
  w->in_s = 1;
done:
  return st;
}

/* JSON-LD: top-level "@graph" holds the default graph's node objects and
   one {"@id": g, "@graph": [...]} per named graph. A node object lasts
   while the subject repeats; a key met again after others starts a second
   object for the same subject, which processors merge. */
static NgStatus
quad_jsonld(NgRdfWriter  *w,
            const NgTerm *s,
            const NgTerm *p,
            const NgTerm *o,
            const NgTerm *g)
{
  NgBuf    ts = { 0 }, tk = { 0 }, tg = { 0 };
  NgBuf   *b  = &w->line;
  NgStatus st = NG_OK;
  int is_type = p->kind == NG_TERM_IRI && !strcmp(nz(p->value), NG_RDF_TYPE) &&
                o->kind == NG_TERM_IRI;

  NG_TRY(st, put_jsonld_id(w, &ts, s));
  if (is_type)
    NG_TRY(st, ng_buf_puts(&tk, "\"@type\""));
  else
    NG_TRY(st, put_jsonld_iri(w, &tk, nz(p->value)));
  if (g && g->kind != NG_TERM_NONE && w->fmt == F_JSONLD)
    NG_TRY(st, put_jsonld_id(w, &tg, g));

  /* Graph changes close the node and the graph. */
  if ((w->in_g ? !tg.len || !same(&tg, &w->g) : tg.len > 0)) {
    NG_TRY(st, jsonld_close_node(w));
    if (w->in_g) {
      NG_TRY(st, ng_buf_puts(b, "\n  ]}"));
      w->in_g = 0;
    }
    if (tg.len) {
      NG_TRY(st,
             ng_buf_puts(b, w->n_top ? ",\n  {\"@id\": " : "\n  {\"@id\": "));
      NG_TRY(st, ng_buf_append(b, tg.data, tg.len));
      NG_TRY(st, ng_buf_puts(b, ", \"@graph\": ["));
      NG_TRY(st, set(&w->g, &tg));
      w->n_top++;
      w->in_g   = 1;
      w->n_in_g = 0;
    }
  }
  if (w->in_s && !same(&ts, &w->s))
    NG_TRY(st, jsonld_close_node(w));
  if (w->in_s && w->in_p && same(&tk, &w->p)) {
    NG_TRY(st, ng_buf_puts(b, ", "));
  } else {
    if (w->in_s && key_used(w, &tk))
      NG_TRY(st, jsonld_close_node(w));
    if (!w->in_s)
      NG_TRY(st, jsonld_open_node(w, &ts));
    else if (w->in_p)
      NG_TRY(st, ng_buf_puts(b, "]"));
    NG_TRY(st, ng_buf_puts(b, ",\n      "));
    NG_TRY(st, ng_buf_append(b, tk.data, tk.len));
    NG_TRY(st, ng_buf_puts(b, ": ["));
    NG_TRY(st, set(&w->p, &tk));
    NG_TRY(st, ng_buf_append(&w->keys, tk.data, tk.len));
    NG_TRY(st, ng_buf_putc(&w->keys, '\0')); /* NUL separates keys */
    w->in_p = 1;
  }
  if (is_type)
    NG_TRY(st, put_jsonld_iri(w, b, nz(o->value)));
  else
    NG_TRY(st, put_jsonld_value(w, b, o));
done:
  ng_buf_free(&ts);
  ng_buf_free(&tk);
  ng_buf_free(&tg);
  return st;
}

NgStatus
ng_rdf_writer_quad(NgRdfWriter  *w,
                   const NgTerm *s,
                   const NgTerm *p,
                   const NgTerm *o,
                   const NgTerm *g)
{
  NgStatus st = NG_OK;
  if (!s || !p || !o || s->kind == NG_TERM_NONE || s->kind == NG_TERM_LITERAL ||
      p->kind != NG_TERM_IRI || o->kind == NG_TERM_NONE) {
    ng_buf_clear(&w->err);
    ng_buf_puts(&w->err, "not an RDF statement");
    return NG_ERR_ARG;
  }
  if (g && g->kind == NG_TERM_NONE)
    g = NULL;
  switch (w->fmt) {
    case F_NTRIPLES:
    case F_NQUADS:
      st = quad_ntriples(w, s, p, o, g);
      break;
    case F_TURTLE:
      st = quad_turtle(w, s, p, o);
      break;
    case F_JSON:
      st = quad_rdfjson(w, s, p, o);
      break;
    case F_JSONLD:
      st = quad_jsonld(w, s, p, o, g);
      break;
    case F_DOT:
      st = quad_dot(w, s, p, o);
      break;
    case F_RDFXML:
      return raptor_quad(w, s, p, o);
  }
  if (st)
    return st;
  /* Write out in blocks: the buffer holds at most one statement beyond. */
  return w->line.len >= 8192 ? flush_line(w) : NG_OK;
}

NgStatus
ng_rdf_writer_finish(NgRdfWriter *w)
{
  NgBuf   *b  = &w->line;
  NgStatus st = NG_OK;
  switch (w->fmt) {
    case F_TURTLE:
      if (w->in_s)
        NG_TRY(st, ng_buf_puts(b, " .\n"));
      break;
    case F_JSON:
      NG_TRY(st, ng_buf_puts(b, w->in_s ? " ] }\n}\n" : "}\n"));
      break;
    case F_JSONLD:
      NG_TRY(st, jsonld_close_node(w));
      if (w->in_g)
        NG_TRY(st, ng_buf_puts(b, "\n  ]}"));
      NG_TRY(st, ng_buf_puts(b, "\n  ]\n}\n"));
      break;
    case F_DOT:
      NG_TRY(st, ng_buf_puts(b, "}\n"));
      break;
    case F_RDFXML:
      if (raptor_serializer_serialize_end(w->ser) || w->raptor_failed)
        return NG_ERR_IO;
      break;
    default:
      break;
  }
  w->in_s = w->in_g = 0;
  NG_TRY(st, flush_line(w));
  if (fflush(w->out) || ferror(w->out)) {
    ng_buf_clear(&w->err);
    ng_buf_puts(&w->err, "write failed");
    st = NG_ERR_IO;
  }
done:
  return st;
}

const char *
ng_rdf_writer_errmsg(const NgRdfWriter *w)
{
  return w->err.len ? ng_buf_str(&w->err) : "";
}

void
ng_rdf_writer_free(NgRdfWriter *w)
{
  if (!w)
    return;
  if (w->ser)
    raptor_free_serializer(w->ser);
  if (w->world)
    raptor_free_world(w->world);
  ng_free(w->base);
  ng_buf_free(&w->err);
  ng_buf_free(&w->line);
  ng_buf_free(&w->s);
  ng_buf_free(&w->p);
  ng_buf_free(&w->g);
  ng_buf_free(&w->keys);
  ng_free(w);
}
