/* extract/build.c -- the batch driver: walk, read, extract, store.

   Files are read and extracted whole by worker threads (each with its own
   intake and extractor) while the calling thread is the only writer: it
   takes the finished files in the order of the walk and stores them, a
   savepoint per file and a transaction per batch, so a build with any
   number of threads stores exactly what a single-threaded one does. The
   same pipeline writes N-Quads instead of storing (ng_build_nquads). */
#include "extract/build.h"

#include "graph/buf.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A list of file paths to build, gathered before the work starts so that
   progress can say how much is left. */
typedef struct {
  char     **v;
  long long *bytes;
  size_t     n, cap;
} PathList;

static NgStatus
list_add(PathList *l, const char *path, long long bytes)
{
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 64;
    char **v   = ng_realloc(l->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    l->v         = v;
    long long *b = ng_realloc(l->bytes, cap * sizeof *b);
    if (!b)
      return NG_ERR_NOMEM;
    l->bytes = b;
    l->cap   = cap;
  }
  if (!(l->v[l->n] = ng_strdup(path)))
    return NG_ERR_NOMEM;
  l->bytes[l->n++] = bytes;
  return NG_OK;
}

static void
list_free(PathList *l)
{
  for (size_t i = 0; i < l->n; i++)
    ng_free(l->v[i]);
  ng_free(l->v);
  ng_free(l->bytes);
}

/* A path and its size, to sort a PathList by path. */
typedef struct {
  char     *path;
  long long bytes;
} PathEntry;

static int
cmp_entry(const void *a, const void *b)
{
  return strcmp(((const PathEntry *)a)->path, ((const PathEntry *)b)->path);
}

/* Sorts L by path, each size going with its path. */
static NgStatus
sort_paths(PathList *l)
{
  PathEntry *e = ng_malloc(l->n * sizeof *e);
  if (!e)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < l->n; i++) {
    e[i].path  = l->v[i];
    e[i].bytes = l->bytes[i];
  }
  qsort(e, l->n, sizeof *e, cmp_entry);
  for (size_t i = 0; i < l->n; i++) {
    l->v[i]     = e[i].path;
    l->bytes[i] = e[i].bytes;
  }
  ng_free(e);
  return NG_OK;
}

/* Files in a folder that are worth reading: text files, web pages and
   PDFs by extension, and files without one; hidden files and gold answers are
   skipped. */
static int
wanted(const char *name)
{
  if (name[0] == '.')
    return 0;
  const char *dot = strrchr(name, '.');
  if (!dot)
    return 1;
  static const char *const ext[] = { ".txt", ".text",  ".html",
                                     ".htm", ".shtml", ".pdf" };
  for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
    if (!strcmp(dot, ext[i]))
      return 1;
  return 0;
}

static void
report(const NgBuildOptions *opt, const char *msg)
{
  if (opt && opt->on_error)
    opt->on_error(opt->ctx, msg);
}

static NgStatus
walk(const char           *path,
     int                   top,
     PathList             *l,
     const NgBuildOptions *opt,
     NgBuildStats         *stats)
{
  struct stat sb;
  if (top && !strcmp(path, "-"))
    return list_add(l, path, 0); /* standard input, read by intake */
  if (stat(path, &sb) != 0) {
    NgBuf m = { 0 };
    ng_buf_printf(&m, "%s: %s", path, strerror(errno));
    report(opt, ng_buf_str(&m));
    ng_buf_free(&m);
    stats->failed++;
    return NG_OK;
  }
  if (!S_ISDIR(sb.st_mode)) {
    if (!top && !S_ISREG(sb.st_mode))
      return NG_OK;
    return list_add(l, path, (long long)sb.st_size);
  }
  DIR *d = opendir(path);
  if (!d) {
    NgBuf m = { 0 };
    ng_buf_printf(&m, "%s: %s", path, strerror(errno));
    report(opt, ng_buf_str(&m));
    ng_buf_free(&m);
    stats->failed++;
    return NG_OK;
  }
  PathList       sub = { 0 };
  struct dirent *e;
  NgStatus       st = NG_OK;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    NgBuf p = { 0 };
    ng_buf_printf(
      &p, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
    struct stat cs;
    if (!p.data)
      st = NG_ERR_NOMEM;
    else if (stat(p.data, &cs) == 0 &&
             (S_ISDIR(cs.st_mode) || wanted(e->d_name)))
      /* the size of a regular file, -1 for a folder, -2 for anything
         else: the files are not looked at again below */
      st = list_add(&sub,
                    p.data,
                    S_ISDIR(cs.st_mode)   ? -1
                    : S_ISREG(cs.st_mode) ? (long long)cs.st_size
                                          : -2);
    ng_buf_free(&p);
    if (st)
      break;
  }
  closedir(d);
  if (!st) {
    if (sub.n) /* qsort(NULL, 0) is undefined */
      st = sort_paths(&sub);
    for (size_t i = 0; i < sub.n && !st; i++) {
      if (sub.bytes[i] == -1)
        st = walk(sub.v[i], 0, l, opt, stats);
      else if (sub.bytes[i] >= 0)
        st = list_add(l, sub.v[i], sub.bytes[i]);
    }
  }
  list_free(&sub);
  return st;
}

/* ---------------------------------------------------------------- jobs */

/* One file on its way through the pipeline. */
typedef struct {
  const char *path;
  long long   bytes; /* size from the walk */
  NgDocument *doc;   /* NULL when intake failed */
  char       *msg;   /* intake failure, one line */
  NgStatus    rs;    /* intake, then extraction status */
  int         seen;  /* a reader found it stored unchanged: not extracted */
  int         extracted;
  NgFacts    *facts; /* one list per article */
  char      **iris;  /* article IRIs */
  int         ready; /* a worker finished it */
} Job;

static void
job_reset(Job *j)
{
  if (j->doc) {
    for (size_t i = 0; i < j->doc->n_articles; i++) {
      if (j->facts)
        ng_facts_free(&j->facts[i]);
      if (j->iris)
        ng_free(j->iris[i]);
    }
  }
  ng_free(j->facts);
  ng_free(j->iris);
  ng_document_free(j->doc);
  ng_free(j->msg);
  memset(j, 0, sizeof *j);
}

/* Extract every article of J's document. */
static NgStatus
job_extract(Job *j, NgExtractor *ex)
{
  const NgDocument *doc = j->doc;
  size_t            n   = doc->n_articles;
  j->facts              = ng_calloc(n ? n : 1, sizeof *j->facts);
  j->iris               = ng_calloc(n ? n : 1, sizeof *j->iris);
  if (!j->facts || !j->iris)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    NgStatus st = ng_extract_article(ex, doc, &doc->articles[i], &j->facts[i]);
    if (st > NG_DONE)
      return st;
    if (!(j->iris[i] = ng_extract_article_iri(ex, doc, &doc->articles[i])))
      return NG_ERR_NOMEM;
  }
  j->extracted = 1;
  return NG_OK;
}

/* Read (and unless SEEN_BY says it is stored unchanged, extract) J. */
static void
job_prepare(Job                  *j,
            NgIntake             *in,
            NgExtractor          *ex,
            NgStore              *seen_by,
            const NgBuildOptions *opt)
{
  j->rs = ng_intake_file(in, j->path, &opt->intake, &j->doc, &j->msg);
  if (j->rs)
    return;
  if (seen_by && !opt->force) {
    int seen = 0;
    if (ng_store_source_seen(
          seen_by, j->doc->path, j->doc->bytes, j->doc->hash, &seen) == NG_OK &&
        seen) {
      j->seen = 1;
      return;
    }
  }
  j->rs = job_extract(j, ex);
}

static int
term_ok(const NgTerm *t)
{
  return t->kind != NG_TERM_NONE && t->value;
}

/* NG_OK when every article name and fact of J can be stored, checked
   before the first write: a file is refused whole (nothing written) or
   fails only as the store itself fails (out of memory, disk full), which
   ends the open transaction anyway. So no savepoint per file is needed,
   and a savepoint copies each page a file touches. */
static NgStatus
job_storable(const Job *j)
{
  for (size_t i = 0; i < j->doc->n_articles; i++) {
    if (!j->iris[i])
      return NG_ERR_ARG;
    for (size_t k = 0; k < j->facts[i].n; k++) {
      const NgFact *f = &j->facts[i].v[k];
      if (!term_ok(&f->s) || !term_ok(&f->p) || !term_ok(&f->o))
        return NG_ERR_ARG;
    }
  }
  return NG_OK;
}

/* Store J's extracted document into STORE (see job_storable). */
static NgStatus
job_store(NgStore *store, const Job *j, NgBuildStats *stats)
{
  const NgDocument *doc = j->doc;
  NgStatus          st  = NG_OK;
  NgId              src = 0;
  NG_TRY(st,
         ng_store_source_begin(
           store, doc->path, doc->name, doc->bytes, doc->encoding, &src));
  for (size_t i = 0; i < doc->n_articles; i++) {
    const NgArticle *a = &doc->articles[i];
    NgId             g;
    NgTerm           gt = ng_iri(j->iris[i]);
    /* The same article IRI from another file is replaced, not merged. */
    NG_TRY(st, ng_store_graph_anew(store, &gt, &g));
    NG_TRY(st, ng_store_article(store, g, src, a->part, a->headline));
    for (size_t k = 0; k < a->n_sentences; k++) {
      const NgRange *r    = &a->sentences[k];
      char          *text = ng_strndup(a->text + r->start, r->end - r->start);
      if (!text) {
        st = NG_ERR_NOMEM;
        goto done;
      }
      st = ng_store_sentence(
        store, g, (long)k, a->offset[r->start], a->offset[r->end], text);
      ng_free(text);
      if (st)
        goto done;
    }
    NG_TRY(st, ng_store_add_facts(store, g, &j->facts[i]));
    if (stats) {
      stats->articles++;
      stats->quads += (long long)j->facts[i].n;
    }
  }
  NG_TRY(st, ng_store_source_finish(store, src, doc->hash));
done:
  return st;
}

NgStatus
ng_build_document(NgStore          *store,
                  NgExtractor      *ex,
                  const NgDocument *doc,
                  NgBuildStats     *stats)
{
  Job      j = { 0 };
  NgStatus st;
  j.doc = (NgDocument *)doc;
  if ((st = job_extract(&j, ex)) <= NG_DONE)
    st = job_store(store, &j, stats);
  j.doc = NULL; /* borrowed: the caller frees it */
  for (size_t i = 0; i < doc->n_articles; i++) {
    if (j.facts)
      ng_facts_free(&j.facts[i]);
    if (j.iris)
      ng_free(j.iris[i]);
  }
  ng_free(j.facts);
  ng_free(j.iris);
  return st;
}

/* ---------------------------------------------------------------- N-Quads */

/* The bytes put_escaped() stops at, [0] in a literal, [1] in an IRI: NUL,
   and those to escape: in an IRI, controls, space and <>"{}|^`\; in a
   literal, controls, DEL, the quote and the backslash. */
static const unsigned char stop_at[2][256] = {
  {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  },
  {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  }
};

/* Room in B for N more bytes and the NUL after them. */
static NgStatus
room(NgBuf *b, size_t n)
{
  return b->len + n + 1 <= b->cap ? NG_OK : ng_buf_reserve(b, n);
}

/* N bytes of S appended to B, which has room for them (room()). */
static void
put_raw(NgBuf *b, const char *s, size_t n)
{
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

static NgStatus
put_bytes(NgBuf *b, const char *s, size_t n)
{
  if (room(b, n))
    return NG_ERR_NOMEM;
  put_raw(b, s, n);
  return NG_OK;
}

/* One byte: the marks around and between terms. */
static NgStatus
put_char(NgBuf *b, char c)
{
  if (room(b, 1))
    return NG_ERR_NOMEM;
  b->data[b->len++] = c;
  b->data[b->len]   = '\0';
  return NG_OK;
}

/* The escape of byte C (one put_escaped() stops at) written to D: at
   most six bytes. Returns the end. */
static char *
escape_byte(char *d, unsigned c, int iri)
{
  static const char hex[] = "0123456789ABCDEF";
  const char       *two   = NULL;
  if (!iri) {
    switch (c) {
      case '"':
        two = "\\\"";
        break;
      case '\\':
        two = "\\\\";
        break;
      case '\n':
        two = "\\n";
        break;
      case '\r':
        two = "\\r";
        break;
      case '\t':
        two = "\\t";
        break;
      default:
        break;
    }
  }
  if (two) {
    memcpy(d, two, 2);
    return d + 2;
  }
  memcpy(d, "\\u00", 4); /* \uXXXX of a byte, as "\\u%04X" writes it */
  d[4] = hex[c >> 4];
  d[5] = hex[c & 15];
  return d + 6;
}

/* S escaped for an IRI (IRI 1) or a literal (0), appended to B. Runs of
   bytes that need no escape are copied whole. */
static NgStatus
put_escaped(NgBuf *b, const char *s, int iri)
{
  const unsigned char *p    = (const unsigned char *)s;
  const unsigned char *stop = stop_at[iri != 0];
  for (;;) {
    const unsigned char *run = p;
    while (!stop[*p])
      p++;
    size_t n = (size_t)(p - run);
    if (room(b, n + 6)) /* the run and one escape after it */
      return NG_ERR_NOMEM;
    char *d = b->data + b->len;
    memcpy(d, run, n);
    d += n;
    int end = !*p;
    if (!end)
      d = escape_byte(d, *p++, iri);
    b->len          = (size_t)(d - b->data);
    b->data[b->len] = '\0';
    if (end)
      return NG_OK;
  }
}

static NgStatus
put_term(NgBuf *b, const NgTerm *t)
{
  NgStatus st = NG_OK;
  switch (t->kind) {
    case NG_TERM_IRI:
      if (!(st = put_char(b, '<')) && !(st = put_escaped(b, t->value, 1)))
        st = put_char(b, '>');
      return st;
    case NG_TERM_BLANK:
      if (!(st = put_bytes(b, "_:", 2)))
        st = ng_buf_puts(b, t->value);
      return st;
    case NG_TERM_LITERAL:
      if ((st = put_char(b, '"')) || (st = put_escaped(b, t->value, 0)) ||
          (st = put_char(b, '"')))
        return st;
      if (t->lang && *t->lang) {
        if (!(st = put_char(b, '@')))
          st = ng_buf_puts(b, t->lang);
      } else if (t->datatype && *t->datatype) {
        if (!(st = put_bytes(b, "^^<", 3)) &&
            !(st = put_escaped(b, t->datatype, 1)))
          st = put_char(b, '>');
      }
      return st;
    case NG_TERM_NONE:
      break;
  }
  return NG_ERR_ARG;
}

/* "S P O" of a statement, without the graph and the end. */
static NgStatus
put_triple(NgBuf *b, const NgTerm *s, const NgTerm *p, const NgTerm *o)
{
  NgStatus st;
  if ((st = put_term(b, s)) || (st = put_char(b, ' ')) ||
      (st = put_term(b, p)) || (st = put_char(b, ' ')))
    return st;
  return put_term(b, o);
}

/* What ends each statement of graph G: " G .\n", or " .\n" for none. */
static NgStatus
put_end(NgBuf *b, const NgTerm *g)
{
  NgStatus st;
  if (g && g->kind != NG_TERM_NONE &&
      ((st = put_char(b, ' ')) || (st = put_term(b, g))))
    return st;
  return put_bytes(b, " .\n", 3);
}

NgStatus
ng_build_nquad(NgBuf        *b,
               const NgTerm *s,
               const NgTerm *p,
               const NgTerm *o,
               const NgTerm *g)
{
  NgStatus st;
  if ((st = put_triple(b, s, p, o)))
    return st;
  return put_end(b, g);
}

/* The lines of one graph already written, so each quad appears once. */
typedef struct {
  uint64_t *h;
  size_t   *off; /* start of the line in the graph's text */
  size_t    n, cap;
} LineSet;

/* 1 when the line text[start, end) is new to SET (and adds it), 0 when
   it was there, -1 without memory. Every line of a set ends the same way
   (the graph, " .\n"), so only the first HASHED bytes, the triple, are
   hashed. */
static int
lineset_add(LineSet *set, const NgBuf *text, size_t start, size_t hashed)
{
  size_t len = text->len - start;
  if ((set->n + 1) * 2 > set->cap) {
    size_t    cap = set->cap ? set->cap * 2 : 64;
    uint64_t *h   = ng_calloc(cap, sizeof *h);
    size_t   *off = ng_calloc(cap, sizeof *off);
    if (!h || !off) {
      ng_free(h);
      ng_free(off);
      return -1;
    }
    for (size_t i = 0; i < set->cap; i++) {
      if (!set->h[i])
        continue;
      size_t k = (size_t)set->h[i] & (cap - 1);
      while (h[k])
        k = (k + 1) & (cap - 1);
      h[k]   = set->h[i];
      off[k] = set->off[i];
    }
    ng_free(set->h);
    ng_free(set->off);
    set->h   = h;
    set->off = off;
    set->cap = cap;
  }
  uint64_t h = ng_hash_bytes(text->data + start, hashed);
  size_t   k = (size_t)h & (set->cap - 1);
  for (; set->h[k]; k = (k + 1) & (set->cap - 1)) {
    if (set->h[k] != h)
      continue;
    const char *other = text->data + set->off[k];
    const char *nl    = memchr(other, '\n', text->len - set->off[k]);
    if (nl && (size_t)(nl + 1 - other) == len &&
        !memcmp(other, text->data + start, len))
      return 0;
  }
  set->h[k]   = h;
  set->off[k] = start;
  set->n++;
  return 1;
}

static void
lineset_clear(LineSet *set)
{
  if (set->h)
    memset(set->h, 0, set->cap * sizeof *set->h);
  set->n = 0;
}

/* TEXT is written out once it holds this much: a few large writes. */
enum { WRITE_CHUNK = 1 << 20 };

/* Write TEXT to OUT and empty it. */
static NgStatus
flush_text(FILE *out, NgBuf *text)
{
  if (text->len && fwrite(text->data, 1, text->len, out) != text->len)
    return NG_ERR_IO;
  ng_buf_clear(text);
  return NG_OK;
}

/* Append J's graphs to TEXT, written to OUT by the chunk; TAIL is a
   scratch buffer. */
static NgStatus
job_write(FILE         *out,
          const Job    *j,
          NgBuf        *text,
          NgBuf        *tail,
          LineSet      *set,
          NgBuildStats *stats)
{
  for (size_t i = 0; i < j->doc->n_articles; i++) {
    const NgFacts *f = &j->facts[i];
    NgTerm         g = ng_iri(j->iris[i]);
    NgStatus       st;
    ng_buf_clear(tail);
    lineset_clear(set);
    /* the graph ends every line: escaped once per article */
    if ((st = put_end(tail, &g)))
      return st;
    for (size_t k = 0; k < f->n; k++) {
      size_t start = text->len;
      if ((st = put_triple(text, &f->v[k].s, &f->v[k].p, &f->v[k].o)))
        return st;
      size_t triple = text->len - start;
      if ((st = put_bytes(text, tail->data, tail->len)))
        return st;
      int added = lineset_add(set, text, start, triple);
      if (added < 0)
        return NG_ERR_NOMEM;
      if (!added) {
        text->len         = start;
        text->data[start] = '\0';
      }
    }
    if (text->len >= WRITE_CHUNK && (st = flush_text(out, text)))
      return st;
    stats->articles++;
    stats->quads += (long long)f->n;
  }
  return NG_OK;
}

/* ---------------------------------------------------------------- pipeline */

typedef struct Pipe Pipe;

/* One worker thread and what it owns. */
typedef struct {
  Pipe        *pipe;
  pthread_t    thread;
  int          started;
  NgIntake    *in;
  NgExtractor *ex;
  NgStore     *reader; /* to skip extracting unchanged files; may be NULL */
  int          own;    /* in and ex are this worker's own */
} Worker;

struct Pipe {
  PathList             *files;
  const NgBuildOptions *opt;
  Job                  *ring; /* window slots: file i is in ring[i % window] */
  size_t                window;
  size_t                next; /* next file a worker takes */
  size_t                done; /* files the writer has finished with */
  size_t                want; /* the writer sleeps until this file is
                                 ready: a few files at a time, so it
                                 wakes once per batch, not per file */
  int             stop;
  pthread_mutex_t mu;
  pthread_cond_t  ready; /* a job is ready */
  pthread_cond_t  room;  /* a slot is free */
};

static void *
worker_main(void *arg)
{
  Worker *w = arg;
  Pipe   *p = w->pipe;
  for (;;) {
    pthread_mutex_lock(&p->mu);
    while (!p->stop && p->next < p->files->n && p->next >= p->done + p->window)
      pthread_cond_wait(&p->room, &p->mu);
    if (p->stop || p->next >= p->files->n) {
      pthread_mutex_unlock(&p->mu);
      return NULL;
    }
    size_t i = p->next++;
    Job   *j = &p->ring[i % p->window];
    j->path  = p->files->v[i];
    j->bytes = p->files->bytes[i];
    pthread_mutex_unlock(&p->mu);

    job_prepare(j, w->in, w->ex, w->reader, p->opt);

    pthread_mutex_lock(&p->mu);
    j->ready = 1;
    if (i == p->want)
      pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
  }
}

/* What the writer does with each file: store it or write it out. */
typedef struct {
  NgStore     *store; /* NULL: N-Quads to out */
  FILE        *out;
  NgExtractor *ex; /* for a file the writer must extract itself */
  NgBuf        text;
  NgBuf        tail; /* the end of each line of one graph */
  LineSet      lines;
  int          in_tx;
  long         tx_files, tx_articles;
} Sink;

/* Builds a worker's own extractor and intake. */
static int
worker_own(Worker *w, const NgBuildOptions *opt)
{
  char *msg = NULL;
  if (ng_extractor_new(opt->data_dir, opt->base, &w->ex, &msg)) {
    ng_free(msg);
    return 0;
  }
  if (ng_intake_new(&w->in)) {
    ng_extractor_free(w->ex);
    w->ex = NULL;
    return 0;
  }
  w->own = 1;
  return 1;
}

/* Handle file I of the batch in the writer: report, skip, store or write.
   A non-OK return stops the batch. */
static NgStatus
sink_job(Sink *k, Job *j, const NgBuildOptions *opt, NgBuildStats *stats)
{
  NgStatus st = NG_OK, rs;
  if (j->rs && !j->doc) {
    report(opt, j->msg ? j->msg : ng_strerror(j->rs));
    stats->failed++;
    stats->bytes += j->bytes;
    return NG_OK;
  }
  stats->bytes += j->doc->bytes;
  if (k->store && !opt->force) {
    int seen = 0;
    if ((st = ng_store_source_seen(
           k->store, j->doc->path, j->doc->bytes, j->doc->hash, &seen)))
      return st;
    if (seen) {
      stats->skipped++;
      return NG_OK;
    }
  }
  if (j->seen && !j->extracted) {
    /* A reader saw it stored, the writer does not: extract it here. */
    if (!k->ex) {
      char *msg = NULL;
      st        = ng_extractor_new(opt->data_dir, opt->base, &k->ex, &msg);
      ng_free(msg);
      if (st)
        return st;
    }
    j->rs = job_extract(j, k->ex);
  }
  if (!k->store) {
    if (j->rs > NG_DONE) {
      NgBuf m = { 0 };
      ng_buf_printf(
        &m, "%s: %s: not extracted", j->doc->path, ng_strerror(j->rs));
      report(opt, ng_buf_str(&m));
      ng_buf_free(&m);
      stats->failed++;
      return j->rs == NG_ERR_NOMEM ? j->rs : NG_OK;
    }
    if ((st = job_write(k->out, j, &k->text, &k->tail, &k->lines, stats)))
      return st;
    stats->files++;
    return NG_OK;
  }
  /* A batch of files per transaction: a file that cannot be stored is
     refused before it writes (see job_store), a crash or a failing store
     loses only the open batch. */
  if (!k->in_tx) {
    if ((st = ng_store_begin(k->store)))
      return st;
    k->in_tx = 1;
  }
  NgBuildStats before = *stats;
  int          wrote  = 0;
  rs                  = j->rs > NG_DONE ? j->rs : job_storable(j);
  if (rs <= NG_DONE) {
    wrote = 1;
    rs    = job_store(k->store, j, stats);
  }
  if (rs > NG_DONE) {
    NgBuf m = { 0 };
    ng_buf_printf(&m,
                  "%s: %s: %s",
                  j->doc->path,
                  ng_strerror(rs),
                  rs == NG_ERR_DB ? ng_store_errmsg(k->store) : "not stored");
    report(opt, ng_buf_str(&m));
    ng_buf_free(&m);
    *stats = before;
    stats->failed++;
    /* Extraction failed or a fact was refused: nothing of this file was
       written. A failure mid-write (out of memory, the store itself in
       trouble: disk full, I/O) stops here and keeps what is committed. */
    return wrote ? rs : NG_OK;
  }
  stats->files++;
  k->tx_files++;
  k->tx_articles += (long)j->doc->n_articles;
  long batch = opt->batch > 0 ? opt->batch : NG_BUILD_BATCH;
  if (k->tx_files >= batch || k->tx_articles >= batch * 8) {
    k->in_tx       = 0;
    k->tx_files    = 0;
    k->tx_articles = 0;
    if ((st = ng_store_commit(k->store)))
      return st;
  }
  return NG_OK;
}

static NgStatus
run_batch(NgStore              *store,
          FILE                 *out,
          NgExtractor          *ex,
          NgIntake             *in,
          char *const          *paths,
          int                   n_paths,
          const NgBuildOptions *opt,
          NgBuildStats         *stats)
{
  PathList l  = { 0 };
  NgStatus st = NG_OK;
  Sink     k  = { 0 };
  memset(stats, 0, sizeof *stats);
  for (int i = 0; i < n_paths && !st; i++)
    st = walk(paths[i], 1, &l, opt, stats);
  if (st) {
    list_free(&l);
    return st;
  }
  stats->total_files = (long)l.n;
  for (size_t i = 0; i < l.n; i++)
    stats->total_bytes += l.bytes[i];
  k.store = store;
  k.out   = out;
  k.ex    = NULL; /* made when needed (see sink_job) */
  if (store && (st = ng_store_bulk_begin(store))) {
    list_free(&l);
    return st;
  }

  int     jobs = opt->jobs > 1 ? opt->jobs : 1;
  Worker *w    = NULL;
  Pipe    p    = { 0 };
  int     nw   = 0;
  if ((size_t)jobs > l.n)
    jobs = l.n > 1 ? (int)l.n : 1;
  p.files  = &l;
  p.opt    = opt;
  p.window = jobs > 1 ? (size_t)jobs * 4 : 1;
  p.ring   = ng_calloc(p.window, sizeof *p.ring);
  w        = ng_calloc((size_t)jobs, sizeof *w);
  if (!p.ring || !w) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  if (jobs > 1) {
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.ready, NULL);
    pthread_cond_init(&p.room, NULL);
    for (int i = 0; i < jobs; i++) {
      w[i].pipe = &p;
      if (i == 0) {
        w[i].in = in;
        w[i].ex = ex;
      } else if (!worker_own(&w[i], opt))
        break;
      if (store && !opt->force) {
        char *msg = NULL;
        if (ng_store_open(
              ng_store_path(store), NG_STORE_READ, &w[i].reader, &msg))
          w[i].reader = NULL;
        ng_free(msg);
      }
      if (pthread_create(&w[i].thread, NULL, worker_main, &w[i])) {
        ng_store_close(w[i].reader);
        w[i].reader = NULL;
        break;
      }
      w[i].started = 1;
      nw++;
    }
  }

  for (size_t i = 0; i < l.n; i++) {
    Job *j = &p.ring[i % p.window];
    if (nw) {
      pthread_mutex_lock(&p.mu);
      if (!j->ready) {
        /* wait for the file three ahead: by then this one is done too */
        size_t ahead = i + 3 < l.n ? i + 3 : l.n - 1;
        p.want       = p.ring[ahead % p.window].ready ? i : ahead;
        while (!p.ring[p.want % p.window].ready)
          pthread_cond_wait(&p.ready, &p.mu);
        p.want = i;
        while (!j->ready)
          pthread_cond_wait(&p.ready, &p.mu);
        p.want = (size_t)-1;
      }
      pthread_mutex_unlock(&p.mu);
    } else {
      j->path  = l.v[i];
      j->bytes = l.bytes[i];
      job_prepare(j, in, ex, store, opt);
    }
    st = sink_job(&k, j, opt, stats);
    job_reset(j);
    if (nw) {
      pthread_mutex_lock(&p.mu);
      p.done = i + 1;
      if (st)
        p.stop = 1;
      pthread_cond_broadcast(&p.room);
      pthread_mutex_unlock(&p.mu);
    }
    if (st)
      break;
    if (opt->on_progress)
      opt->on_progress(opt->ctx, stats);
  }

done:
  if (nw) {
    pthread_mutex_lock(&p.mu);
    p.stop = 1;
    pthread_cond_broadcast(&p.room);
    pthread_mutex_unlock(&p.mu);
  }
  for (int i = 0; w && i < jobs; i++) {
    if (w[i].started)
      pthread_join(w[i].thread, NULL);
    ng_store_close(w[i].reader);
    if (w[i].own) {
      ng_extractor_free(w[i].ex);
      ng_intake_free(w[i].in);
    }
  }
  if (jobs > 1 && p.ring && w) {
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.ready);
    pthread_cond_destroy(&p.room);
  }
  for (size_t i = 0; p.ring && i < p.window; i++)
    job_reset(&p.ring[i]);
  ng_free(p.ring);
  ng_free(w);
  if (k.ex && k.ex != ex)
    ng_extractor_free(k.ex);
  if (out) {
    /* the graphs of the files before a stop are written all the same */
    NgStatus fl = flush_text(out, &k.text);
    if (!st)
      st = fl;
  }
  ng_buf_free(&k.text);
  ng_buf_free(&k.tail);
  ng_free(k.lines.h);
  ng_free(k.lines.off);
  if (store && k.in_tx) {
    if (st)
      ng_store_rollback(store);
    else
      st = ng_store_commit(store);
  }
  if (store) {
    /* The quad orders are made even when the batch stopped: what was
       committed stays as fast to query as a whole build. */
    NgStatus ix = ng_store_bulk_end(store);
    if (!st)
      st = ix;
  }
  if (!st && out && fflush(out))
    st = NG_ERR_IO;
  list_free(&l);
  if (st)
    return st;
  return stats->failed ? NG_DONE : NG_OK;
}

NgStatus
ng_build_paths(NgStore              *store,
               NgExtractor          *ex,
               NgIntake             *in,
               char *const          *paths,
               int                   n_paths,
               const NgBuildOptions *opt,
               NgBuildStats         *stats)
{
  return run_batch(store, NULL, ex, in, paths, n_paths, opt, stats);
}

NgStatus
ng_build_nquads(NgExtractor          *ex,
                NgIntake             *in,
                char *const          *paths,
                int                   n_paths,
                const NgBuildOptions *opt,
                FILE                 *out,
                NgBuildStats         *stats)
{
  return run_batch(NULL, out, ex, in, paths, n_paths, opt, stats);
}
