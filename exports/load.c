/* exports/load.c -- RDF files into the store through raptor2's parsers.

   raptor2 parses in a thread of its own and hands the statements over in
   batches to the thread that interns and adds them (the store keeps
   interned terms in memory, so repeated subjects, predicates and graphs
   cost no query); the file runs inside one savepoint, so a parse error
   anywhere leaves nothing of that file behind. */
#include "exports/rdf.h"
#include "graph/buf.h"
#include "graph/vocab.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define LOAD_CHUNK 65536 /* bytes read from the file at a time */

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
static const char *syntax_of(const char *path);

const char *
ng_rdf_syntax_of_name(const char *path)
{
  const char *dot = strrchr(path, '.');
  if (dot && !strchr(dot, '/') && !strcasecmp(dot, ".jsonld"))
    return "jsonld";
  return syntax_of(path);
}

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
  unsigned char                 *chunk = NULL;
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
  /* "-" is standard input, as for rapper and riot. */
  int from_stdin = !strcmp(path, "-");
  if (from_stdin)
    ps.path = path = "stdin";
  struct stat sb;
  if (!(f = from_stdin ? stdin : fopen(path, "rb")) || fstat(fileno(f), &sb) ||
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
  /* The first bytes tell raptor2 the syntax when the name does not; they
     are parsed from this buffer, so a pipe works as a file does. */
  size_t n = 0;
  if (!(chunk = ng_malloc(LOAD_CHUNK))) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  if (!syntax) {
    n      = fread(chunk, 1, 4096, f);
    syntax = raptor_world_guess_parser_name(
      world,
      NULL,
      NULL,
      chunk,
      n,
      from_stdin ? NULL : (const unsigned char *)path);
  }
  if (!syntax || !(ps.parser = raptor_new_parser(world, syntax))) {
    if (syntax)
      ng_buf_printf(&ps.err, "%s: no RDF parser named \"%s\"", path, syntax);
    else
      ng_buf_printf(&ps.err,
                    "%s: cannot tell the RDF syntax from the name "
                    "or the content (give it with --syntax; news text "
                    "goes through build)",
                    path);
    st = NG_ERR_ARG;
    goto done;
  }
  uri_s = raptor_uri_filename_to_uri_string(from_stdin ? "/dev/stdin" : path);
  if (!uri_s || !(base = raptor_new_uri(world, uri_s))) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  raptor_parser_set_statement_handler(ps.parser, &ps, on_statement);
  if (opt->on_base)
    opt->on_base(ctx, (const char *)uri_s);
  int rc = raptor_parser_parse_start(ps.parser, base);
  while (!rc && !ps.st) {
    if (!n)
      n = fread(chunk, 1, LOAD_CHUNK, f);
    int end = n == 0;
    rc      = raptor_parser_parse_chunk(ps.parser, chunk, n, end);
    n       = 0;
    if (end)
      break;
  }
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
  if (f && f != stdin)
    fclose(f);
  ng_free(chunk);
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

/* Parsing overlaps storing: the parser's thread copies statements into
   batches, the caller's thread interns and adds them. */
#define LOAD_BATCH 4096 /* statements a batch */
#define LOAD_QUEUE 4    /* batches waiting at most */

typedef struct {
  NgBuf text; /* 4 terms a statement: kind byte, value, lang, datatype,
                 each string ending in NUL; kind 0: no graph */
  size_t n;   /* statements */
} Batch;

typedef struct {
  pthread_mutex_t   mu;
  pthread_cond_t    cv;
  Batch            *ring[LOAD_QUEUE];
  size_t            head, queued;
  int               eof;        /* the parser is done */
  int               stop;       /* the store failed: the parser gives up */
  Batch            *fill;       /* the parser's batch being filled */
  char             *file_graph; /* the file's URI, for triples */
  const char       *path;
  NgRdfParseOptions po;
  NgStatus          st; /* the parse's outcome */
  char             *err;
  long long         count;
} Pipe;

static void
on_base(void *data, const char *uri)
{
  Pipe *q = data;
  ng_free(q->file_graph);
  q->file_graph = ng_strdup(uri);
}

static void
batch_free(Batch *b)
{
  if (b) {
    ng_buf_free(&b->text);
    ng_free(b);
  }
}

static NgStatus
put_term(NgBuf *b, const NgTerm *t)
{
  char kind = t ? (char)t->kind : 0;
  if (ng_buf_putc(b, kind))
    return NG_ERR_NOMEM;
  const char *v[3] = { t ? t->value : NULL,
                       t ? t->lang : NULL,
                       t ? t->datatype : NULL };
  for (int i = 0; i < 3; i++)
    if (ng_buf_append(b, v[i] ? v[i] : "", (v[i] ? strlen(v[i]) : 0) + 1))
      return NG_ERR_NOMEM;
  return NG_OK;
}

/* Hands the filled batch to the storing thread, waiting while the queue
   is full; NG_ERR_DB when that thread has stopped. */
static NgStatus
pipe_push(Pipe *q)
{
  NgStatus st = NG_OK;
  pthread_mutex_lock(&q->mu);
  while (q->queued == LOAD_QUEUE && !q->stop)
    pthread_cond_wait(&q->cv, &q->mu);
  if (q->stop)
    st = NG_ERR_DB;
  else {
    q->ring[(q->head + q->queued++) % LOAD_QUEUE] = q->fill;
    q->fill                                       = NULL;
    pthread_cond_broadcast(&q->cv);
  }
  pthread_mutex_unlock(&q->mu);
  return st;
}

static NgStatus
enqueue(void         *data,
        const NgTerm *s,
        const NgTerm *p,
        const NgTerm *o,
        const NgTerm *g)
{
  Pipe    *q  = data;
  NgStatus st = NG_OK;
  if (!q->fill && !(q->fill = ng_calloc(1, sizeof *q->fill)))
    return NG_ERR_NOMEM;
  if ((st = put_term(&q->fill->text, s)) ||
      (st = put_term(&q->fill->text, p)) ||
      (st = put_term(&q->fill->text, o)) || (st = put_term(&q->fill->text, g)))
    return st;
  return ++q->fill->n == LOAD_BATCH ? pipe_push(q) : NG_OK;
}

static void *
parse_main(void *arg)
{
  Pipe    *q = arg;
  NgStatus st =
    ng_rdf_parse_file(q->path, &q->po, enqueue, q, &q->count, &q->err);
  if (!st && q->fill)
    st = pipe_push(q);
  pthread_mutex_lock(&q->mu);
  q->st  = st;
  q->eof = 1;
  pthread_cond_broadcast(&q->cv);
  pthread_mutex_unlock(&q->mu);
  return NULL;
}

/* The next batch from the parser; NULL when it is done. */
static Batch *
pipe_pop(Pipe *q)
{
  Batch *b = NULL;
  pthread_mutex_lock(&q->mu);
  while (!q->queued && !q->eof)
    pthread_cond_wait(&q->cv, &q->mu);
  if (q->queued) {
    b       = q->ring[q->head];
    q->head = (q->head + 1) % LOAD_QUEUE;
    q->queued--;
    pthread_cond_broadcast(&q->cv);
  }
  pthread_mutex_unlock(&q->mu);
  return b;
}

/* Reads one term of a batch at *P. */
static NgTerm
take_term(const char **p, int *none)
{
  NgTerm t;
  memset(&t, 0, sizeof t);
  t.kind = (NgTermKind)(unsigned char)*(*p)++;
  *none  = t.kind == NG_TERM_NONE;
  const char *v[3];
  for (int i = 0; i < 3; i++) {
    v[i] = *p;
    *p += strlen(*p) + 1;
  }
  t.value    = v[0];
  t.lang     = *v[1] ? v[1] : NULL;
  t.datatype = *v[2] ? v[2] : NULL;
  return t;
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
  Load     l = { store, { NG_TERM_NONE, NULL, NULL, NULL }, NULL };
  Pipe     q;
  NgStatus st;
  memset(&q, 0, sizeof q);

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
  q.path            = path;
  q.po.syntax       = opt->syntax;
  q.po.on_warning   = opt->on_warning;
  q.po.ctx          = opt->ctx;
  q.po.bnode_prefix = ng_buf_str(&prefix);
  q.po.on_base      = on_base;
  pthread_mutex_init(&q.mu, NULL);
  pthread_cond_init(&q.cv, NULL);
  pthread_t parser;
  int       threaded = !pthread_create(&parser, NULL, parse_main, &q);
  if (!threaded)
    parse_main(&q); /* no thread: parse it all first, then store */
  NgStatus wst = NG_OK;
  Batch   *batch;
  while ((batch = pipe_pop(&q))) {
    const char *at = batch->text.data;
    if (l.graph.kind == NG_TERM_NONE && q.file_graph &&
        (l.file_graph = ng_strdup(q.file_graph)))
      l.graph = ng_iri(l.file_graph);
    for (size_t i = 0; i < batch->n && !wst; i++) {
      NgTerm t[4];
      int    nograph = 0;
      for (int k = 0; k < 4; k++)
        t[k] = take_term(&at, &nograph);
      wst = add(&l, &t[0], &t[1], &t[2], nograph ? NULL : &t[3]);
    }
    batch_free(batch);
    if (wst) {
      pthread_mutex_lock(&q.mu);
      q.stop = 1;
      pthread_cond_broadcast(&q.cv);
      pthread_mutex_unlock(&q.mu);
      break;
    }
  }
  if (threaded)
    pthread_join(parser, NULL);
  while ((batch = pipe_pop(&q))) /* what came after a failure */
    batch_free(batch);
  batch_free(q.fill);
  pthread_mutex_destroy(&q.mu);
  pthread_cond_destroy(&q.cv);
  ng_free(q.file_graph);
  if (count)
    *count = q.count;
  st = wst ? wst : q.st;
  if (!wst && st && st != NG_ERR_DB && st != NG_ERR_NOMEM) {
    *errmsg = q.err; /* it names the file and place */
    goto failed;
  }
  ng_free(q.err);
  if (st)
    goto failed;
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
