/* exports/load.c -- RDF files into the store through raptor2's parsers.

   Each statement raptor2 reads is interned and added at once (the store
   keeps interned terms in memory, so repeated subjects, predicates and
   graphs cost no query); the file runs inside one savepoint, so a parse
   error anywhere leaves nothing of that file behind. */
#include "exports/rdf.h"
#include "graph/buf.h"
#include "graph/vocab.h"

#include <ctype.h>
#include <errno.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The parse of one file. */
typedef struct {
  const char      *path; /* as the user gave it, for messages */
  raptor_parser   *parser;
  NgRdfStatementFn fn;
  void            *ctx;
  void (*on_warning)(void *ctx, const char *msg);
  void       *warn_ctx;
  const char *bnode_prefix; /* labels of anonymous nodes */
  long        bnodes;
  NgBuf       err;  /* the first error, "PATH:LINE:COL: what" */
  NgStatus    st;   /* the first failure */
  NgBuf       lang; /* scratch for language tags */
  long long   count;
} Parse;

/* Message text with the file and place raptor2 gives. */
static void
format_message(NgBuf *b, const Parse *ps, raptor_log_message *m)
{
  int line = m->locator ? raptor_locator_line(m->locator) : -1;
  int col  = m->locator ? raptor_locator_column(m->locator) : -1;
  ng_buf_clear(b);
  ng_buf_puts(b, ps->path);
  if (line > 0)
    ng_buf_printf(b, ":%d", line);
  if (line > 0 && col > 0)
    ng_buf_printf(b, ":%d", col);
  ng_buf_printf(b, ": %s", m->text ? m->text : "parse error");
  /* raptor2's messages may end with a period or a newline. */
  while (b->len && (b->data[b->len - 1] == '.' || b->data[b->len - 1] == '\n'))
    b->data[--b->len] = '\0';
  /* libxml2 and yajl break theirs over lines ("...encoding !\nBytes: 0x95");
     a message is one line. */
  for (size_t i = 0; i < b->len; i++)
    if (b->data[i] == '\n' || b->data[i] == '\r')
      b->data[i] = ' ';
}

static void
on_log(void *data, raptor_log_message *m)
{
  Parse *ps = data;
  if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    if (!ps->st) {
      format_message(&ps->err, ps, m);
      ps->st = NG_ERR_SYNTAX;
    }
    if (ps->parser)
      raptor_parser_parse_abort(ps->parser);
  } else if (m->level == RAPTOR_LOG_LEVEL_WARN && ps->on_warning) {
    NgBuf b = { 0 };
    format_message(&b, ps, m);
    ps->on_warning(ps->warn_ctx, ng_buf_str(&b));
    ng_buf_free(&b);
  }
}

/* Labels for anonymous blank nodes that no other load used; labels the
   file wrote itself stay as they are. Memory goes back to raptor2, which
   frees it with free(). */
static unsigned char *
new_bnode_id(void *data, unsigned char *user_id)
{
  Parse *ps = data;
  if (user_id)
    return user_id;
  char buf[96];
  snprintf(buf, sizeof buf, "%sb%ld", ps->bnode_prefix, ++ps->bnodes);
  size_t         n = strlen(buf) + 1;
  unsigned char *r = malloc(n);
  if (r)
    memcpy(r, buf, n);
  return r;
}

/* LANG in BCP 47's conventional case (zh-Hant, en-US): raptor2's N-Triples
   reader lowers every tag, its Turtle reader keeps them, and the same tag
   must give the same term. */
static NgStatus
bcp47_case(NgBuf *b, const char *lang)
{
  NgStatus st = NG_OK;
  ng_buf_clear(b);
  int first = 1, singleton = 0;
  for (const char *p = lang; *p && !st;) {
    size_t n = strcspn(p, "-");
    for (size_t i = 0; i < n && !st; i++) {
      char c = (char)tolower((unsigned char)p[i]);
      if (!first && !singleton &&
          ((n == 2 && isalpha((unsigned char)p[0])) || (n == 4 && i == 0)))
        c = (char)toupper((unsigned char)c);
      st = ng_buf_putc(b, c);
    }
    if (n == 1)
      singleton = 1; /* extensions and private use stay lower case */
    first = 0;
    p += n;
    if (*p == '-') {
      st = st ? st : ng_buf_putc(b, '-');
      p++;
    }
  }
  return st;
}

/* An NgTerm borrowing the strings of raptor2's term T. */
static NgStatus
term_of(Parse *ps, const raptor_term *t, NgTerm *out)
{
  switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
      *out = ng_iri((const char *)raptor_uri_as_string(t->value.uri));
      return NG_OK;
    case RAPTOR_TERM_TYPE_BLANK:
      *out = ng_blank((const char *)t->value.blank.string);
      return NG_OK;
    case RAPTOR_TERM_TYPE_LITERAL: {
      const char *lang = (const char *)t->value.literal.language;
      const char *dt =
        t->value.literal.datatype
          ? (const char *)raptor_uri_as_string(t->value.literal.datatype)
          : NULL;
      if (dt && !strcmp(dt, NG_XSD_STRING))
        dt = NULL; /* RDF 1.1: the same literal as a simple one */
      if (lang && *lang) {
        NgStatus st = bcp47_case(&ps->lang, lang);
        if (st)
          return st;
        lang = ng_buf_str(&ps->lang);
        dt   = NULL;
      }
      *out = ng_literal((const char *)t->value.literal.string, lang, dt);
      return NG_OK;
    }
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return NG_ERR_SYNTAX;
}

static void
on_statement(void *data, raptor_statement *r)
{
  Parse   *ps = data;
  NgTerm   s, p, o, g;
  NgStatus st = NG_OK;
  if (ps->st)
    return;
  if ((st = term_of(ps, r->subject, &s)) ||
      (st = term_of(ps, r->predicate, &p)) || (st = term_of(ps, r->object, &o)))
    goto done;
  if (r->graph) {
    if ((st = term_of(ps, r->graph, &g)))
      goto done;
  } else
    g.kind = NG_TERM_NONE;
  st = ps->fn(ps->ctx, &s, &p, &o, r->graph ? &g : NULL);
  ps->count++;
done:
  if (st) {
    ps->st = st;
    if (!ps->err.len)
      ng_buf_printf(&ps->err, "%s: %s", ps->path, ng_strerror(st));
    raptor_parser_parse_abort(ps->parser);
  }
}

/* raptor2's parser for PATH by its extension; NULL when it says nothing. */
static const char *
syntax_of(const char *path)
{
  static const char *const map[][2] = {
    { ".ttl", "turtle" },    { ".turtle", "turtle" },     { ".n3", "turtle" },
    { ".nt", "ntriples" },   { ".ntriples", "ntriples" }, { ".nq", "nquads" },
    { ".nquads", "nquads" }, { ".rdf", "rdfxml" },        { ".owl", "rdfxml" },
    { ".xml", "rdfxml" },    { ".rdfxml", "rdfxml" },     { ".trig", "trig" },
    { ".rj", "json" },       { ".json", "json" }
  };
  const char *dot = strrchr(path, '.');
  if (!dot || strchr(dot, '/'))
    return NULL;
  for (size_t i = 0; i < sizeof map / sizeof *map; i++)
    if (!strcasecmp(dot, map[i][0]))
      return map[i][1];
  return NULL;
}

NgStatus
ng_rdf_parse_file(const char              *path,
                  const NgRdfParseOptions *opt,
                  NgRdfStatementFn         fn,
                  void                    *ctx,
                  long long               *count,
                  char                   **errmsg)
{
  static const NgRdfParseOptions none  = { 0 };
  Parse                          ps    = { 0 };
  raptor_world                  *world = NULL;
  raptor_uri                    *base  = NULL;
  unsigned char                 *uri_s = NULL;
  FILE                          *f     = NULL;
  NgStatus                       st    = NG_OK;

  if (!opt)
    opt = &none;
  *errmsg         = NULL;
  ps.path         = path;
  ps.fn           = fn;
  ps.ctx          = ctx;
  ps.on_warning   = opt->on_warning;
  ps.warn_ctx     = opt->ctx;
  ps.bnode_prefix = opt->bnode_prefix ? opt->bnode_prefix : "genid";
  struct stat sb;
  if (!(f = fopen(path, "rb")) || fstat(fileno(f), &sb) ||
      S_ISDIR(sb.st_mode)) {
    ng_buf_printf(&ps.err,
                  "%s: %s",
                  path,
                  f ? "is a directory, not an RDF file" : strerror(errno));
    st = NG_ERR_IO;
    goto done;
  }
  world = raptor_new_world();
  if (!world || raptor_world_open(world)) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  raptor_world_set_log_handler(world, &ps, on_log);
  raptor_world_set_generate_bnodeid_handler(world, &ps, new_bnode_id);

  const char *syntax = opt->syntax ? opt->syntax : syntax_of(path);
  const char *dot    = strrchr(path, '.');
  if (!opt->syntax && dot && !strcasecmp(dot, ".jsonld")) {
    ng_buf_printf(&ps.err,
                  "%s: raptor2 reads no JSON-LD; convert it to N-Quads first "
                  "(for example with rdflib)",
                  path);
    st = NG_ERR_ARG;
    goto done;
  }
  if (!syntax) {
    unsigned char head[4096];
    size_t        n = fread(head, 1, sizeof head, f);
    rewind(f);
    syntax = raptor_world_guess_parser_name(
      world, NULL, NULL, head, n, (const unsigned char *)path);
  }
  if (!syntax || !(ps.parser = raptor_new_parser(world, syntax))) {
    if (syntax)
      ng_buf_printf(&ps.err, "%s: no RDF parser named \"%s\"", path, syntax);
    else
      ng_buf_printf(&ps.err,
                    "%s: cannot tell the RDF syntax from the name "
                    "or the content",
                    path);
    st = NG_ERR_ARG;
    goto done;
  }
  uri_s = raptor_uri_filename_to_uri_string(path);
  if (!uri_s || !(base = raptor_new_uri(world, uri_s))) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  raptor_parser_set_statement_handler(ps.parser, &ps, on_statement);
  if (opt->on_base)
    opt->on_base(ctx, (const char *)uri_s);
  int rc = raptor_parser_parse_file_stream(ps.parser, f, path, base);
  if (ps.st)
    st = ps.st;
  else if (rc) {
    ng_buf_printf(&ps.err, "%s: cannot parse as %s", path, syntax);
    st = NG_ERR_SYNTAX;
  } else if (ferror(f)) {
    ng_buf_printf(&ps.err, "%s: read error", path);
    st = NG_ERR_IO;
  }
done:
  if (count)
    *count = ps.count;
  if (st) {
    *errmsg = ps.err.len ? ng_buf_take(&ps.err) : ng_strdup(ng_strerror(st));
  }
  if (ps.parser)
    raptor_free_parser(ps.parser);
  if (base)
    raptor_free_uri(base);
  if (uri_s)
    raptor_free_memory(uri_s);
  if (world)
    raptor_free_world(world);
  if (f)
    fclose(f);
  ng_buf_free(&ps.err);
  ng_buf_free(&ps.lang);
  return st;
}

/* ---------------------------------------------------------------- load */

typedef struct {
  NgStore *store;
  NgTerm   graph; /* for triples */
  char    *file_graph;
} Load;

static void
on_base(void *data, const char *uri)
{
  Load *l = data;
  if (l->graph.kind == NG_TERM_NONE && (l->file_graph = ng_strdup(uri)))
    l->graph = ng_iri(l->file_graph);
}

static NgStatus
add(void         *data,
    const NgTerm *s,
    const NgTerm *p,
    const NgTerm *o,
    const NgTerm *g)
{
  Load    *l = data;
  NgId     id[4];
  NgStatus st = NG_OK;
  if (!g && l->graph.kind == NG_TERM_NONE)
    return NG_ERR_NOMEM; /* the file URI could not be kept */
  if ((st = ng_store_term_id(l->store, s, 1, &id[0])) ||
      (st = ng_store_term_id(l->store, p, 1, &id[1])) ||
      (st = ng_store_term_id(l->store, o, 1, &id[2])) ||
      (st = ng_store_term_id(l->store, g ? g : &l->graph, 1, &id[3])))
    return st;
  return ng_store_add_ids(l->store, id[0], id[1], id[2], id[3]);
}

/* A prefix for anonymous blank nodes that no earlier load of this store
   used: a counter kept in the store's settings. */
static NgStatus
next_bnode_prefix(NgStore *store, NgBuf *out)
{
  char    *v = NULL;
  NgStatus st;
  if ((st = ng_store_meta_get(store, "load_seq", &v)))
    return st;
  long long n = v ? atoll(v) + 1 : 1;
  ng_free(v);
  NgBuf b = { 0 };
  if ((st = ng_buf_printf(&b, "%lld", n)) == NG_OK)
    st = ng_store_meta_set(store, "load_seq", ng_buf_str(&b));
  ng_buf_free(&b);
  return st ? st : ng_buf_printf(out, "ngload%lld", n);
}

NgStatus
ng_rdf_load_opts(NgStore                *store,
                 const char             *path,
                 const NgRdfLoadOptions *opt,
                 long long              *count,
                 char                  **errmsg)
{
  static const NgRdfLoadOptions none   = { 0 };
  NgBuf                         prefix = { 0 };
  Load              l  = { store, { NG_TERM_NONE, NULL, NULL, NULL }, NULL };
  NgRdfParseOptions po = { 0 };
  NgStatus          st;

  if (!opt)
    opt = &none;
  *errmsg = NULL;
  if (count)
    *count = 0;
  if (opt->graph)
    l.graph = ng_iri(opt->graph);
  /* Into an empty store the quad orders are made once at the end. */
  if ((st = ng_store_bulk_begin(store)))
    goto db_error;
  if ((st = ng_store_begin(store)))
    goto db_error;
  if ((st = ng_store_savepoint(store))) {
    ng_store_rollback(store);
    goto db_error;
  }
  if ((st = next_bnode_prefix(store, &prefix)))
    goto failed;
  po.syntax       = opt->syntax;
  po.on_warning   = opt->on_warning;
  po.ctx          = opt->ctx;
  po.bnode_prefix = ng_buf_str(&prefix);
  po.on_base      = on_base;
  st              = ng_rdf_parse_file(path, &po, add, &l, count, errmsg);
  if (st && st != NG_ERR_DB && st != NG_ERR_NOMEM)
    goto failed; /* *errmsg names the file and place */
  if (st) {
    ng_free(*errmsg);
    *errmsg = NULL;
    goto failed;
  }
  if ((st = ng_store_release(store))) {
    ng_store_rollback(store);
    goto db_error;
  }
  if ((st = ng_store_commit(store)))
    goto db_error;
  goto done;
failed:
  ng_store_rollback_savepoint(store);
  ng_store_commit(store);
  if (count)
    *count = 0;
  if (*errmsg)
    goto done;
db_error : {
  NgBuf b = { 0 };
  ng_buf_printf(&b,
                "%s: %s",
                path,
                st == NG_ERR_DB ? ng_store_errmsg(store) : ng_strerror(st));
  *errmsg = ng_buf_take(&b);
}
done:
  if (ng_store_bulk_end(store) && !st) {
    NgBuf b = { 0 };
    st      = NG_ERR_DB;
    ng_buf_printf(&b, "%s: %s", path, ng_store_errmsg(store));
    *errmsg = ng_buf_take(&b);
  }
  ng_free(l.file_graph);
  ng_buf_free(&prefix);
  return st;
}

NgStatus
ng_rdf_load(NgStore *store, const char *path, char **errmsg)
{
  return ng_rdf_load_opts(store, path, NULL, NULL, errmsg);
}
