/* graph/query.c -- the shell's relationship questions over the quad store.

   Each answer is a handful of indexed look-ups (the six quad orders make
   every bound pattern an index range), assembled in C into tables. */
#include "graph/query.h"

#include "graph/store_internal.h"
#include "graph/vocab.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- tables */

struct NgTable {
  char          *title;
  int            ncols;
  char         **cols;
  char         **cells; /* nrows * ncols, row-major */
  unsigned char *kinds; /* NG_CELL_* of each cell; NULL: all text */
  size_t         nrows, cap;
};

NgStatus
ng_table_new(const char        *title,
             int                ncols,
             const char *const *cols,
             NgTable          **out)
{
  NgTable *t = ng_calloc(1, sizeof *t);
  if (!t)
    return NG_ERR_NOMEM;
  t->ncols = ncols;
  t->title = ng_strdup(title ? title : "");
  t->cols  = ng_calloc((size_t)ncols, sizeof *t->cols);
  if (!t->title || !t->cols) {
    ng_table_free(t);
    return NG_ERR_NOMEM;
  }
  for (int i = 0; i < ncols; i++)
    if (!(t->cols[i] = ng_strdup(cols[i]))) {
      ng_table_free(t);
      return NG_ERR_NOMEM;
    }
  *out = t;
  return NG_OK;
}

void
ng_table_free(NgTable *t)
{
  if (!t)
    return;
  for (int i = 0; t->cols && i < t->ncols; i++)
    ng_free(t->cols[i]);
  for (size_t i = 0; i < t->nrows * (size_t)t->ncols; i++)
    ng_free(t->cells[i]);
  ng_free(t->cells);
  ng_free(t->kinds);
  ng_free(t->cols);
  ng_free(t->title);
  ng_free(t);
}

NgStatus
ng_table_add(NgTable *t, const char *const *cells)
{
  return ng_table_add_kinds(t, cells, NULL);
}

NgStatus
ng_table_add_kinds(NgTable             *t,
                   const char *const   *cells,
                   const unsigned char *kinds)
{
  if (t->nrows == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 16;
    char **nc  = ng_realloc(t->cells, cap * (size_t)t->ncols * sizeof *nc);
    if (!nc)
      return NG_ERR_NOMEM;
    t->cells = nc;
    if (t->kinds) {
      unsigned char *nk = ng_realloc(t->kinds, cap * (size_t)t->ncols);
      if (!nk)
        return NG_ERR_NOMEM;
      memset(nk + t->cap * (size_t)t->ncols,
             NG_CELL_TEXT,
             (cap - t->cap) * (size_t)t->ncols);
      t->kinds = nk;
    }
    t->cap = cap;
  }
  if (kinds && !t->kinds) {
    if (!(t->kinds = ng_calloc(t->cap * (size_t)t->ncols, 1)))
      return NG_ERR_NOMEM;
  }
  if (t->kinds)
    for (int i = 0; i < t->ncols; i++)
      t->kinds[t->nrows * (size_t)t->ncols + (size_t)i] =
        kinds ? kinds[i] : NG_CELL_TEXT;
  char **row = t->cells + t->nrows * (size_t)t->ncols;
  for (int i = 0; i < t->ncols; i++) {
    row[i] = ng_strdup(cells[i] ? cells[i] : "");
    if (!row[i]) {
      while (i-- > 0)
        ng_free(row[i]);
      return NG_ERR_NOMEM;
    }
  }
  t->nrows++;
  return NG_OK;
}

int
ng_table_ncols(const NgTable *t)
{
  return t->ncols;
}

size_t
ng_table_nrows(const NgTable *t)
{
  return t->nrows;
}

const char *
ng_table_title(const NgTable *t)
{
  return t->title;
}

const char *
ng_table_col(const NgTable *t, int c)
{
  return t->cols[c];
}

const char *
ng_table_cell(const NgTable *t, size_t r, int c)
{
  return t->cells[r * (size_t)t->ncols + (size_t)c];
}

int
ng_table_cell_kind(const NgTable *t, size_t r, int c)
{
  return t->kinds ? t->kinds[r * (size_t)t->ncols + (size_t)c] : NG_CELL_TEXT;
}

NgStatus
ng_tables_take(NgTables *ts, NgTable *t)
{
  if (ts->n == ts->cap) {
    size_t    cap = ts->cap ? ts->cap * 2 : 4;
    NgTable **nv  = ng_realloc(ts->v, cap * sizeof *nv);
    if (!nv) {
      ng_table_free(t);
      return NG_ERR_NOMEM;
    }
    ts->v   = nv;
    ts->cap = cap;
  }
  ts->v[ts->n++] = t;
  return NG_OK;
}

void
ng_tables_free(NgTables *ts)
{
  if (!ts)
    return;
  for (size_t i = 0; i < ts->n; i++)
    ng_table_free(ts->v[i]);
  ng_free(ts->v);
  ts->v   = NULL;
  ts->n   = 0;
  ts->cap = 0;
}

void
ng_candidates_free(NgCandidates *c)
{
  if (!c)
    return;
  for (size_t i = 0; i < c->n; i++) {
    ng_free(c->v[i].label);
    ng_free(c->v[i].detail);
  }
  ng_free(c->v);
  c->v   = NULL;
  c->n   = 0;
  c->cap = 0;
}

/* ---------------------------------------------------------------- context */

/* The vocabulary terms the questions use; their ids are looked up before
   each question (a load may add them). */
enum {
  V_TYPE,
  V_LABEL,
  V_ALT,
  V_CHAIR,
  V_LEAD,
  V_SPEAKER,
  V_ACCOMPANY,
  V_ORGANIZER,
  V_ATTENDEE,
  V_STARTDATE,
  V_LOCATION,
  V_HOLDS,
  V_POSTIN,
  V_SUBORG,
  V_DATEPUB,
  V_ABOUT,
  V_PERSON,
  V_ORG,
  V_EVENT,
  V_PLACE,
  V_POST,
  V_CONTAINEDIN,
  V_SOURCEFILE,
  V_PART,
  V_N
};

static const char *const vocab_iri[V_N] = {
  NG_RDF_TYPE,           NG_RDFS_LABEL,       NG_SKOS_ALTLABEL,
  NG_NG_CHAIR,           NG_NG_LEAD,          NG_NG_SPEAKER,
  NG_NG_ACCOMPANY,       NG_SCHEMA_ORGANIZER, NG_SCHEMA_ATTENDEE,
  NG_SCHEMA_STARTDATE,   NG_SCHEMA_LOCATION,  NG_ORG_HOLDS,
  NG_ORG_POSTIN,         NG_ORG_SUBORGOF,     NG_SCHEMA_DATEPUBLISHED,
  NG_SCHEMA_ABOUT,       NG_SCHEMA_PERSON,    NG_ORG_ORGANIZATION,
  NG_SCHEMA_EVENT,       NG_SCHEMA_PLACE,     NG_ORG_POST,
  NG_SCHEMA_CONTAINEDIN, NG_NG_SOURCEFILE,    NG_NG_PART
};

/* Roles in an event, most specific first; the names the tables show. */
static const int   role_v[]    = { V_CHAIR,     V_LEAD,      V_SPEAKER,
                                   V_ACCOMPANY, V_ORGANIZER, V_ATTENDEE };
static const char *role_name[] = { "chair",     "lead",      "speaker",
                                   "accompany", "organizer", "attendee" };
#define N_ROLES 6

#define N_STMT 64
#define N_GRAPHS 16

struct NgQuery {
  NgStore  *store;
  sqlite3  *db;
  NgId      v[V_N];             /* -1 when the store lacks the term */
  long long vocab_dv, vocab_tc; /* when v was read (refresh_vocab) */
  int       own_read;           /* in a read transaction read_begin began */
  char     *base;
  NgTextFn  key, simplify;
  void     *key_ctx;
  NgBuf     err;
  volatile sig_atomic_t interrupted;  /* set from a signal handler */
  int                   plain;        /* ng_query_set_plain_terms() */
  long                  search_limit; /* ng_query_set_search_limit() */
  struct {
    const char   *sql; /* static string: the cache key */
    sqlite3_stmt *stmt;
  } cache[N_STMT];
  /* The dates and sources of the graphs the running question met (see
     graph_slot). */
  struct {
    NgId  g;
    char *date, *source; /* NULL: not read yet */
  } gr[N_GRAPHS];
  int ngr;
};

static const struct {
  const char *prefix, *iri;
} prefixes[] = {
  { "rdf", NG_NS_RDF },   { "rdfs", NG_NS_RDFS },     { "xsd", NG_NS_XSD },
  { "skos", NG_NS_SKOS }, { "schema", NG_NS_SCHEMA }, { "org", NG_NS_ORG },
  { "prov", NG_NS_PROV }, { "ng", NG_NS_NG },
};
#define N_PREFIXES (sizeof prefixes / sizeof *prefixes)

NgStatus
ng_query_new(NgStore *store, NgQuery **out)
{
  NgQuery *q = ng_calloc(1, sizeof *q);
  if (!q)
    return NG_ERR_NOMEM;
  q->store    = store;
  q->db       = ng_store_sqlite(store);
  q->vocab_dv = -1;
  /* Questions read a few pages here and there: through a memory map
     they are read in place instead of copied into SQLite's page cache
     (on a million quads a question takes about a quarter less time). */
  sqlite3_exec(q->db, "PRAGMA mmap_size=1073741824", NULL, NULL, NULL);
  char *base = NULL;
  ng_store_meta_get(store, "base", &base);
  q->base = base ? base : ng_strdup(NG_DEFAULT_BASE);
  if (!q->base) {
    ng_free(q);
    return NG_ERR_NOMEM;
  }
  *out = q;
  return NG_OK;
}

/* Drops what the last question remembered. */
static void
forget_question(NgQuery *q)
{
  for (int i = 0; i < q->ngr; i++) {
    ng_free(q->gr[i].date);
    ng_free(q->gr[i].source);
  }
  q->ngr = 0;
}

void
ng_query_free(NgQuery *q)
{
  if (!q)
    return;
  for (int i = 0; i < N_STMT; i++)
    sqlite3_finalize(q->cache[i].stmt);
  forget_question(q);
  ng_free(q->base);
  ng_buf_free(&q->err);
  ng_free(q);
}

void
ng_query_set_keys(NgQuery *q, NgTextFn key, NgTextFn simplify, void *ctx)
{
  q->key      = key;
  q->simplify = simplify;
  q->key_ctx  = ctx;
}

void
ng_query_interrupt(NgQuery *q)
{
  if (!q)
    return;
  q->interrupted = 1;
  if (q->db)
    sqlite3_interrupt(q->db);
}

void
ng_query_clear_interrupt(NgQuery *q)
{
  if (q)
    q->interrupted = 0;
}

int
ng_query_interrupted(const NgQuery *q)
{
  return q && q->interrupted;
}

const char *
ng_query_errmsg(const NgQuery *q)
{
  return ng_buf_str(&q->err);
}

static NgStatus
db_fail(NgQuery *q, const char *what)
{
  int rc = sqlite3_errcode(q->db);
  ng_buf_clear(&q->err);
  if (rc == SQLITE_INTERRUPT)
    ng_buf_puts(&q->err, "interrupted");
  else
    ng_buf_printf(&q->err, "%s: %s", what, sqlite3_errmsg(q->db));
  return NG_ERR_DB;
}

/* A prepared statement for SQL (a static string), reset and unbound,
   kept for the life of the context. */
static NgStatus
stmt(NgQuery *q, const char *sql, sqlite3_stmt **out)
{
  int i;
  for (i = 0; i < N_STMT && q->cache[i].sql; i++)
    if (q->cache[i].sql == sql) {
      sqlite3_reset(q->cache[i].stmt);
      sqlite3_clear_bindings(q->cache[i].stmt);
      *out = q->cache[i].stmt;
      return NG_OK;
    }
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v3(q->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) !=
      SQLITE_OK)
    return db_fail(q, "preparing a query");
  if (i < N_STMT) {
    q->cache[i].sql  = sql;
    q->cache[i].stmt = s;
  } else {
    /* Full: should not happen, the queries are a fixed set. */
    sqlite3_finalize(s);
    ng_buf_clear(&q->err);
    ng_buf_puts(&q->err, "statement cache full");
    return NG_ERR_INTERNAL;
  }
  *out = s;
  return NG_OK;
}

/* Opens a read transaction for one command's many small statements, so
   SQLite takes its locks and checks the file once instead of once a
   statement: 1 when it began one (for read_end), 0 when a transaction was
   already open or BEGIN failed (the statements then run as before). */
static int
read_begin(NgQuery *q)
{
  q->own_read = sqlite3_get_autocommit(q->db) &&
                sqlite3_exec(q->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  return q->own_read;
}

static void
read_end(NgQuery *q, int began)
{
  if (began)
    q->own_read = 0;
  if (!began || sqlite3_exec(q->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
    return;
  /* a statement still open holds it: reset them all and end it again */
  for (int i = 0; i < N_STMT && q->cache[i].sql; i++)
    sqlite3_reset(q->cache[i].stmt);
  if (sqlite3_exec(q->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Step S; NG_OK on a row, NG_DONE at the end, NG_ERR_DB on failure. */
static NgStatus
step(NgQuery *q, sqlite3_stmt *s)
{
  if (q->interrupted) {
    ng_buf_clear(&q->err);
    ng_buf_puts(&q->err, "interrupted");
    return NG_ERR_DB;
  }
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    return NG_OK;
  if (rc == SQLITE_DONE)
    return NG_DONE;
  return db_fail(q, "running a query");
}

static NgId
iri_id(NgQuery *q, const char *iri)
{
  NgTerm t = ng_iri(iri);
  NgId   id;
  return ng_store_term_id(q->store, &t, 0, &id) == NG_OK ? id : -1;
}

/* Looks the vocabulary ids up again (a load may have added terms) and
   forgets what the last question remembered: called as each question
   starts. Inside a read transaction of its own the ids are kept while
   the database's data version (other connections' commits) and this
   connection's count of changes stay the same: then it holds the same
   terms. Inside a transaction someone else opened (a writer's, which may
   still roll back) they are always looked up. */
static void
refresh_vocab(NgQuery *q)
{
  static const char sql[] = "PRAGMA data_version";
  sqlite3_stmt     *st;
  long long         dv = -1, tc = sqlite3_total_changes64(q->db);
  forget_question(q);
  if (q->own_read && !stmt(q, sql, &st)) {
    if (sqlite3_step(st) == SQLITE_ROW)
      dv = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
  }
  if (dv >= 0 && dv == q->vocab_dv && tc == q->vocab_tc)
    return;
  for (int i = 0; i < V_N; i++)
    q->v[i] = iri_id(q, vocab_iri[i]);
  q->vocab_dv = dv;
  q->vocab_tc = tc;
}

/* ---------------------------------------------------------------- id sets */

/* A growable list of ids with an optional count per id. */
typedef struct {
  NgId  *id;
  long  *n;
  size_t len, cap;
} Ids;

static NgStatus
ids_add(Ids *s, NgId id, long n)
{
  for (size_t i = 0; i < s->len; i++)
    if (s->id[i] == id) {
      s->n[i] += n;
      return NG_OK;
    }
  if (s->len == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 16;
    NgId  *ni  = ng_realloc(s->id, cap * sizeof *ni);
    if (!ni)
      return NG_ERR_NOMEM;
    s->id    = ni;
    long *nn = ng_realloc(s->n, cap * sizeof *nn);
    if (!nn)
      return NG_ERR_NOMEM;
    s->n   = nn;
    s->cap = cap;
  }
  s->id[s->len] = id;
  s->n[s->len]  = n;
  s->len++;
  return NG_OK;
}

static int
ids_has(const Ids *s, NgId id)
{
  for (size_t i = 0; i < s->len; i++)
    if (s->id[i] == id)
      return 1;
  return 0;
}

static void
ids_free(Ids *s)
{
  ng_free(s->id);
  ng_free(s->n);
  memset(s, 0, sizeof *s);
}

/* Runs SQL with ids A, B and (when non-zero) C bound to ?1..?3 and adds the
   first column of each row to OUT: the one shape behind objects() and
   subjects(). */
static NgStatus
collect_ids(NgQuery *q, const char *sql, NgId a, NgId b, NgId c, Ids *out)
{
  sqlite3_stmt *st;
  NgStatus      r;
  if ((r = stmt(q, sql, &st)))
    return r;
  sqlite3_bind_int64(st, 1, a);
  sqlite3_bind_int64(st, 2, b);
  if (c)
    sqlite3_bind_int64(st, 3, c);
  while ((r = step(q, st)) == NG_OK)
    if ((r = ids_add(out, sqlite3_column_int64(st, 0), 1)))
      break;
  sqlite3_reset(st);
  return r == NG_DONE ? NG_OK : r;
}

/* Objects of (S, P, ?); distinct across graphs. */
static NgStatus
objects(NgQuery *q, NgId s, NgId p, Ids *out)
{
  return collect_ids(
    q, "SELECT DISTINCT o FROM quad WHERE s=?1 AND p=?2", s, p, 0, out);
}

/* Subjects of (?, P, O). */
static NgStatus
subjects(NgQuery *q, NgId p, NgId o, Ids *out)
{
  return collect_ids(
    q, "SELECT DISTINCT s FROM quad WHERE p=?1 AND o=?2", p, o, 0, out);
}

/* The value of the term ID into B (nothing when unknown). */
static NgStatus
term_value(NgQuery *q, NgId id, NgBuf *b)
{
  static const char sql[] = "SELECT value FROM term WHERE id=?1";
  sqlite3_stmt     *st;
  NgStatus          r;
  if ((r = stmt(q, sql, &st)))
    return r;
  sqlite3_bind_int64(st, 1, id);
  if ((r = step(q, st)) == NG_OK)
    r = ng_buf_puts(b, (const char *)sqlite3_column_text(st, 0));
  sqlite3_reset(st);
  return r == NG_DONE ? NG_OK : r;
}

/* 1 when language tag LANG is LIKE 'zh%' (ASCII case folded, as SQLite's
   LIKE does). */
static int
lang_zh(const char *lang)
{
  return lang && (lang[0] | 0x20) == 'z' && (lang[1] | 0x20) == 'h';
}

/* 1 when text V (VN bytes) of rank RK (0: Chinese) comes before text W
   (WN bytes) of rank RW: by rank, then bytewise as SQLite's BINARY
   collation orders. */
static int
text_before(int rk, const char *v, size_t vn, int rw, const char *w, size_t wn)
{
  if (rk != rw)
    return rk < rw;
  int c = memcmp(v, w, vn < wn ? vn : wn);
  return c ? c < 0 : vn < wn;
}

/* The first literal value of (S, P, ?) into B, preferring Chinese: the
   least value (bytewise, as SQLite's BINARY order) of a zh* language tag,
   else the least value. 1 when there was one. Picked in C as the rows
   come: sorting them in SQL costs a sorter per label. */
static int
literal_of(NgQuery *q, NgId s, NgId p, NgBuf *b)
{
  static const char sql[] =
    "SELECT t.value, t.lang FROM quad q JOIN term t ON t.id=q.o "
    "WHERE q.s=?1 AND q.p=?2";
  sqlite3_stmt *st;
  NgStatus      r;
  size_t        at = b->len, n = 0;
  int           found = 0, rank = 0;
  if (p <= 0 || stmt(q, sql, &st))
    return 0;
  sqlite3_bind_int64(st, 1, s);
  sqlite3_bind_int64(st, 2, p);
  while ((r = step(q, st)) == NG_OK) {
    const char *v  = (const char *)sqlite3_column_text(st, 0);
    size_t      vn = (size_t)sqlite3_column_bytes(st, 0);
    int         rk = !lang_zh((const char *)sqlite3_column_text(st, 1));
    if (found) {
      /* The kept value is b->data[at..], N bytes. */
      if (!text_before(rk, v, vn, rank, b->data + at, n))
        continue;
      b->len = at;
      if (b->data)
        b->data[at] = '\0';
    }
    ng_buf_puts(b, v ? v : "");
    n     = b->len - at; /* vn but for a NUL inside the value */
    rank  = rk;
    found = 1;
  }
  sqlite3_reset(st);
  if (r != NG_DONE && found) {
    /* failed part way: as if nothing was found */
    b->len = at;
    if (b->data)
      b->data[at] = '\0';
    found = 0;
  }
  return found;
}

/* The last segment of the IRI of term ID into B (or the whole value). */
static NgStatus
iri_tail_into(NgQuery *q, NgId id, NgBuf *b)
{
  NgBuf    iri = { 0 };
  NgStatus r   = term_value(q, id, &iri);
  if (!r) {
    const char *v     = ng_buf_str(&iri);
    const char *slash = strrchr(v, '/');
    const char *hash  = strrchr(v, '#');
    if (hash && (!slash || hash > slash))
      slash = hash;
    r = ng_buf_puts(b, slash && slash[1] ? slash + 1 : v);
  }
  ng_buf_free(&iri);
  return r;
}

/* A display name for entity ID: its label, else its IRI's last segment. */
static NgStatus
label_into(NgQuery *q, NgId id, NgBuf *b)
{
  if (literal_of(q, id, q->v[V_LABEL], b))
    return NG_OK;
  return iri_tail_into(q, id, b);
}

/* Appends the label of ID to the list in B, items joined by "、", unless
   the list has an item of that label already (posts of one title in bodies
   kept apart per source file read alike). */
static NgStatus
list_label_into(NgQuery *q, NgId id, NgBuf *b)
{
  static const char sep[] = "、";
  NgBuf             l     = { 0 };
  NgStatus          r     = label_into(q, id, &l);
  if (!r && !(r = ng_buf_puts(&l, ""))) {
    const char *item = b->len ? b->data : NULL;
    while (item) {
      const char *end = strstr(item, sep);
      size_t      n   = end ? (size_t)(end - item) : strlen(item);
      if (n == l.len && !memcmp(item, l.data, n))
        break;
      item = end ? end + sizeof sep - 1 : NULL;
    }
    if (!item) {
      if (b->len)
        ng_buf_puts(b, sep);
      r = ng_buf_puts(b, l.data);
    }
  }
  ng_buf_free(&l);
  return r;
}

static char *
label_of(NgQuery *q, NgId id)
{
  NgBuf b = { 0 };
  if (label_into(q, id, &b) || ng_buf_puts(&b, "")) {
    ng_buf_free(&b);
    return NULL;
  }
  return ng_buf_take(&b);
}

/* The kind of entity ID from its rdf:type. */
static int
kind_of(NgQuery *q, NgId id)
{
  static const char sql[] = "SELECT o FROM quad WHERE s=?1 AND p=?2";
  sqlite3_stmt     *st;
  int               kind = 0;
  if (stmt(q, sql, &st))
    return NG_KIND_OTHER;
  sqlite3_bind_int64(st, 1, id);
  sqlite3_bind_int64(st, 2, q->v[V_TYPE]);
  while (!kind && step(q, st) == NG_OK) {
    NgId c = sqlite3_column_int64(st, 0);
    kind   = c == q->v[V_PERSON]  ? NG_KIND_PERSON
             : c == q->v[V_ORG]   ? NG_KIND_ORG
             : c == q->v[V_EVENT] ? NG_KIND_EVENT
             : c == q->v[V_PLACE] ? NG_KIND_PLACE
             : c == q->v[V_POST]  ? NG_KIND_POST
                                  : 0;
  }
  sqlite3_reset(st);
  return kind ? kind : NG_KIND_OTHER;
}

/* ---------------------------------------------------------------- facts */

/* An entity's quads read in one range of the s-p-o-g order, so that a
   question asks once for what it would otherwise ask predicate by
   predicate: each quad's predicate, object and graph, in index order, and
   for up to two label-like predicates the object's text. */
typedef struct {
  NgId   p, o, g;
  size_t at, len; /* the object's text in Facts.text, when has */
  int    has, zh; /* zh: its language tag is LIKE 'zh%' */
} Fact;

typedef struct {
  Fact  *v;
  size_t n, cap;
  NgBuf  text;
} Facts;

static void
facts_free(Facts *f)
{
  ng_free(f->v);
  ng_buf_free(&f->text);
  memset(f, 0, sizeof *f);
}

/* Reads the quads of subject S into F (emptied first), with the text of
   the objects of predicates T1 and T2 (-1 for none). */
static NgStatus
facts_read(NgQuery *q, NgId s, NgId t1, NgId t2, Facts *f)
{
  static const char sql[] =
    "SELECT p, o, g, CASE WHEN p=?2 OR p=?3 THEN (SELECT (lang LIKE 'zh%') "
    "|| value FROM term WHERE id=o) END FROM quad WHERE s=?1";
  sqlite3_stmt *st;
  NgStatus      r;
  f->n = 0;
  ng_buf_clear(&f->text);
  if ((r = stmt(q, sql, &st)))
    return r;
  sqlite3_bind_int64(st, 1, s);
  sqlite3_bind_int64(st, 2, t1 > 0 ? t1 : -1);
  sqlite3_bind_int64(st, 3, t2 > 0 ? t2 : -1);
  while ((r = step(q, st)) == NG_OK) {
    if (f->n == f->cap) {
      size_t cap = f->cap ? f->cap * 2 : 32;
      Fact  *nv  = ng_realloc(f->v, cap * sizeof *nv);
      if (!nv) {
        r = NG_ERR_NOMEM;
        break;
      }
      f->v   = nv;
      f->cap = cap;
    }
    Fact       *x = &f->v[f->n++];
    const char *t = (const char *)sqlite3_column_text(st, 3);
    x->p          = sqlite3_column_int64(st, 0);
    x->o          = sqlite3_column_int64(st, 1);
    x->g          = sqlite3_column_int64(st, 2);
    x->has        = t != NULL;
    if (t) {
      /* "1text" or "0text": the language flag, then the value */
      x->zh  = t[0] == '1';
      x->at  = f->text.len;
      x->len = (size_t)sqlite3_column_bytes(st, 3) - 1;
      if ((r = ng_buf_append(&f->text, t + 1, x->len)) ||
          (r = ng_buf_putc(&f->text, '\0')))
        break;
    }
  }
  sqlite3_reset(st);
  return r == NG_DONE ? NG_OK : r;
}

/* The text of F's objects of predicate P that literal_of() would give,
   into B. 1 when there was one. */
static int
facts_text(const Facts *f, NgId p, NgBuf *b)
{
  const Fact *best = NULL;
  for (size_t i = 0; i < f->n; i++) {
    const Fact *x = &f->v[i];
    if (x->p != p || !x->has)
      continue;
    if (!best || text_before(!x->zh,
                             f->text.data + x->at,
                             x->len,
                             !best->zh,
                             f->text.data + best->at,
                             best->len))
      best = x;
  }
  if (best)
    ng_buf_puts(b, f->text.data + best->at);
  return best != NULL;
}

/* label_into() for entity ID from its facts F, read with the label's
   text. */
static NgStatus
facts_label_into(NgQuery *q, NgId id, const Facts *f, NgBuf *b)
{
  return facts_text(f, q->v[V_LABEL], b) ? NG_OK : iri_tail_into(q, id, b);
}

/* kind_of() from the entity's facts. */
static int
facts_kind(NgQuery *q, const Facts *f)
{
  for (size_t i = 0; i < f->n; i++) {
    NgId c = f->v[i].o;
    if (f->v[i].p != q->v[V_TYPE])
      continue;
    int kind = c == q->v[V_PERSON]  ? NG_KIND_PERSON
               : c == q->v[V_ORG]   ? NG_KIND_ORG
               : c == q->v[V_EVENT] ? NG_KIND_EVENT
               : c == q->v[V_PLACE] ? NG_KIND_PLACE
               : c == q->v[V_POST]  ? NG_KIND_POST
                                    : 0;
    if (kind)
      return kind;
  }
  return NG_KIND_OTHER;
}

/* objects() from the facts: the distinct objects of predicate P, in
   index order, added to OUT. */
static NgStatus
facts_objects(const Facts *f, NgId p, Ids *out)
{
  NgStatus r = NG_OK;
  for (size_t i = 0; !r && i < f->n; i++)
    if (f->v[i].p == p)
      r = ids_add(out, f->v[i].o, 1);
  return r;
}

const char *
ng_query_kind_name(int kind)
{
  switch (kind) {
    case NG_KIND_PERSON:
      return "person";
    case NG_KIND_ORG:
      return "organization";
    case NG_KIND_EVENT:
      return "event";
    case NG_KIND_PLACE:
      return "place";
    case NG_KIND_POST:
      return "post";
    default:
      return "other";
  }
}

/* What the running question read of graph G: many facts share a graph
   (a default graph holds them all), and its date and source do not
   change within one read transaction. The oldest entry makes room. */
static int
graph_slot(NgQuery *q, NgId g)
{
  for (int i = 0; i < q->ngr; i++)
    if (q->gr[i].g == g)
      return i;
  if (q->ngr == N_GRAPHS) {
    ng_free(q->gr[0].date);
    ng_free(q->gr[0].source);
    memmove(q->gr, q->gr + 1, (N_GRAPHS - 1) * sizeof *q->gr);
    q->ngr--;
  }
  q->gr[q->ngr].g      = g;
  q->gr[q->ngr].date   = NULL;
  q->gr[q->ngr].source = NULL;
  return q->ngr++;
}

/* "file#part" of article graph G into B: from the store's article table,
   else from the ng:sourceFile and ng:part the graph states (RDF loaded
   from elsewhere). */
static NgStatus
source_into(NgQuery *q, NgId g, NgBuf *b)
{
  static const char sql[] =
    "SELECT src.name, a.part FROM article a JOIN source src ON "
    "src.id=a.source WHERE a.g=?1";
  sqlite3_stmt *st;
  NgStatus      r;
  int           slot = graph_slot(q, g);
  if (q->gr[slot].source)
    return ng_buf_puts(b, q->gr[slot].source);
  NgBuf v = { 0 };
  if ((r = stmt(q, sql, &st)))
    return r;
  sqlite3_bind_int64(st, 1, g);
  if ((r = step(q, st)) == NG_OK)
    r = ng_buf_printf(&v,
                      "%s#%d",
                      (const char *)sqlite3_column_text(st, 0),
                      sqlite3_column_int(st, 1));
  sqlite3_reset(st);
  if (r == NG_DONE) {
    r = NG_OK;
    if (literal_of(q, g, q->v[V_SOURCEFILE], &v)) {
      ng_buf_putc(&v, '#');
      literal_of(q, g, q->v[V_PART], &v);
    }
  }
  if (!r && !(r = ng_buf_puts(&v, "")) && !(r = ng_buf_puts(b, v.data)))
    q->gr[slot].source = ng_buf_take(&v);
  ng_buf_free(&v);
  return r;
}

/* The least start date of the first 64 events (in id order) that graph G
   types as events, into B. Those events come in id order from two
   indexes: G's quads in the g order, or every event in the p-o order;
   which is shorter depends on G (an article of a few dozen quads, or a
   default graph holding a million), so both are stepped in turn, an
   index entry a step, until one has them all; the date is then read
   through that one. */
static void
events_date_into(NgQuery *q, NgId g, NgBuf *b)
{
  /* Every index entry is a row, so that a step is one entry's work. */
  static const char ids_g[] =
    "SELECT p=?2 AND o=?3 FROM quad WHERE g=?1 ORDER BY s";
  static const char ids_po[] =
    "SELECT g=?1 FROM quad WHERE p=?2 AND o=?3 ORDER BY s";
  static const char date_g[] =
    "SELECT t.value FROM (SELECT s FROM quad WHERE g=?1 AND +p=?2 AND "
    "+o=?4 ORDER BY s LIMIT 64) e CROSS JOIN quad d ON d.s=e.s AND d.p=?3 "
    "JOIN term t ON t.id=d.o ORDER BY t.value LIMIT 1";
  static const char date_po[] =
    "SELECT t.value FROM (SELECT s FROM quad WHERE +g=?1 AND p=?2 AND "
    "o=?4 ORDER BY s LIMIT 64) e CROSS JOIN quad d ON d.s=e.s AND d.p=?3 "
    "JOIN term t ON t.id=d.o ORDER BY t.value LIMIT 1";
  sqlite3_stmt *a, *c, *st;
  int           n[2] = { 0, 0 }, win = -1;
  if (q->v[V_TYPE] <= 0 || q->v[V_EVENT] <= 0 || q->v[V_STARTDATE] <= 0 ||
      stmt(q, ids_g, &a))
    return;
  if (stmt(q, ids_po, &c)) {
    sqlite3_reset(a);
    return;
  }
  sqlite3_stmt *both[2] = { a, c };
  for (int i = 0; i < 2; i++) {
    sqlite3_bind_int64(both[i], 1, g);
    sqlite3_bind_int64(both[i], 2, q->v[V_TYPE]);
    sqlite3_bind_int64(both[i], 3, q->v[V_EVENT]);
  }
  while (win < 0) {
    for (int i = 0; i < 2 && win < 0; i++) {
      NgStatus r = step(q, both[i]);
      if (r == NG_OK && (!sqlite3_column_int(both[i], 0) || ++n[i] < 64))
        continue;
      if (r > NG_DONE)
        win = 2; /* failed */
      else
        win = i;
    }
  }
  sqlite3_reset(a);
  sqlite3_reset(c);
  if (win > 1 || n[win] == 0 || stmt(q, win ? date_po : date_g, &st))
    return;
  sqlite3_bind_int64(st, 1, g);
  sqlite3_bind_int64(st, 2, q->v[V_TYPE]);
  sqlite3_bind_int64(st, 3, q->v[V_STARTDATE]);
  sqlite3_bind_int64(st, 4, q->v[V_EVENT]);
  if (step(q, st) == NG_OK)
    ng_buf_puts(b, (const char *)sqlite3_column_text(st, 0));
  sqlite3_reset(st);
}

/* The date of article graph G into B: its publication date, else the
   earliest date of an event it reports (nothing if neither is known). */
static void
pubdate_into(NgQuery *q, NgId g, NgBuf *b)
{
  int slot = graph_slot(q, g);
  if (!q->gr[slot].date) {
    NgBuf d = { 0 };
    if (!literal_of(q, g, q->v[V_DATEPUB], &d))
      events_date_into(q, g, &d);
    if (ng_buf_puts(&d, "")) {
      ng_buf_free(&d);
      return;
    }
    q->gr[slot].date = ng_buf_take(&d);
  }
  ng_buf_puts(b, q->gr[slot].date);
}

/* What we know of one event, for the tables. */
typedef struct {
  NgId  id;
  char *label, *date, *sortkey, *place, *source;
  char  role[96]; /* role names joined by ',' (bounded: six fixed names) */
  char *via;      /* trace: how the organization is involved */
  Ids   who;      /* when asked for: who took part, by role */
} EventRow;

static void
event_row_free(EventRow *e)
{
  ng_free(e->label);
  ng_free(e->date);
  ng_free(e->sortkey);
  ng_free(e->place);
  ng_free(e->source);
  ng_free(e->via);
  ids_free(&e->who);
}

/* Fills E for event ID from its facts F (read with the texts of
   rdfs:label and schema:startDate): label, date, a sortable date (the
   year of the article fills in a month-day date), place and source; with
   WHO, also who took part in it (by role, then id). */
static NgStatus
event_info_from(NgQuery *q, NgId id, const Facts *f, int who, EventRow *e)
{
  NgBuf    b = { 0 }, k = { 0 }, src = { 0 }, lb = { 0 };
  Ids      gs = { 0 };
  NgStatus r  = NG_OK;
  e->id       = id;
  if ((r = facts_label_into(q, id, f, &lb)) || (r = ng_buf_puts(&lb, ""))) {
    ng_buf_free(&lb);
    return r;
  }
  e->label = ng_buf_take(&lb);
  facts_text(f, q->v[V_STARTDATE], &b);
  ng_buf_puts(&b, "");
  /* The graphs typing it as an event; else the first four stating
     anything of it. */
  for (size_t i = 0; !r && i < f->n; i++)
    if (f->v[i].p == q->v[V_TYPE] && f->v[i].o == q->v[V_EVENT])
      r = ids_add(&gs, f->v[i].g, 1);
  if (gs.len == 0)
    for (size_t i = 0; !r && i < f->n && gs.len < 4; i++)
      r = ids_add(&gs, f->v[i].g, 1);
  if (r)
    goto done;
  NgBuf pub = { 0 };
  for (size_t i = 0; i < gs.len; i++) {
    if (src.len)
      ng_buf_puts(&src, " ");
    source_into(q, gs.id[i], &src);
  }
  const char *d = ng_buf_str(&b);
  /* The article's date only fills in a month-day date or stands for a
     missing one: the first of the graphs that has one. */
  if (!*d || !strncmp(d, "--", 2))
    for (size_t i = 0; i < gs.len && !pub.len; i++)
      pubdate_into(q, gs.id[i], &pub);
  if (!strncmp(d, "--", 2))
    ng_buf_printf(&k, "%.4s%s", pub.len >= 4 ? pub.data : "0000", d + 1);
  else if (*d)
    ng_buf_puts(&k, d);
  else
    ng_buf_puts(&k, ng_buf_str(&pub));
  ng_buf_puts(&k, "");
  ng_buf_free(&pub);
  Ids places = { 0 };
  if ((r = facts_objects(f, q->v[V_LOCATION], &places)))
    goto done;
  NgBuf pl = { 0 };
  for (size_t i = 0; i < places.len && i < 3; i++) {
    if (pl.len)
      ng_buf_puts(&pl, "、");
    label_into(q, places.id[i], &pl);
  }
  ng_buf_puts(&pl, "");
  ng_buf_puts(&src, "");
  ids_free(&places);
  for (int j = 0; who && !r && j < N_ROLES; j++)
    r = facts_objects(f, q->v[role_v[j]], &e->who);
  e->place   = ng_buf_take(&pl);
  e->date    = ng_buf_take(&b);
  e->sortkey = ng_buf_take(&k);
  e->source  = ng_buf_take(&src);
  if (!r && (!e->place || !e->date || !e->sortkey || !e->source))
    r = NG_ERR_NOMEM;
done:
  ng_buf_free(&b);
  ng_buf_free(&k);
  ng_buf_free(&src);
  ids_free(&gs);
  return r;
}

/* event_info_from() reading the facts of ID first. */
static NgStatus
event_info(NgQuery *q, NgId id, int who, EventRow *e)
{
  Facts    f = { 0 };
  NgStatus r = facts_read(q, id, q->v[V_LABEL], q->v[V_STARTDATE], &f);
  if (!r)
    r = event_info_from(q, id, &f, who, e);
  else
    e->id = id;
  facts_free(&f);
  return r;
}

static void
add_role(EventRow *e, const char *role)
{
  size_t n = strlen(e->role);
  if (strstr(e->role, role))
    return;
  snprintf(e->role + n, sizeof e->role - n, "%s%s", n ? "," : "", role);
}

/* Events list: the events WHO took part in, by role. */
typedef struct {
  EventRow *v;
  size_t    n, cap;
  int       who; /* fill each row's who */
} Events;

static void
events_free(Events *ev)
{
  for (size_t i = 0; i < ev->n; i++)
    event_row_free(&ev->v[i]);
  ng_free(ev->v);
  memset(ev, 0, sizeof *ev);
}

static EventRow *
events_get(NgQuery *q, Events *ev, NgId id, NgStatus *r)
{
  for (size_t i = 0; i < ev->n; i++)
    if (ev->v[i].id == id)
      return &ev->v[i];
  if (ev->n == ev->cap) {
    size_t    cap = ev->cap ? ev->cap * 2 : 16;
    EventRow *nv  = ng_realloc(ev->v, cap * sizeof *nv);
    if (!nv) {
      *r = NG_ERR_NOMEM;
      return NULL;
    }
    ev->v   = nv;
    ev->cap = cap;
  }
  EventRow *e = &ev->v[ev->n];
  memset(e, 0, sizeof *e);
  if ((*r = event_info(q, id, ev->who, e))) {
    event_row_free(e);
    return NULL;
  }
  ev->n++;
  return e;
}

/* events_get() for the event of row X of another list, whose facts are
   read already: a row new to EV takes them over (as events_get() would
   make them: no role, no via), leaving X its id and role only. */
static EventRow *
events_take(Events *ev, EventRow *x, NgStatus *r)
{
  for (size_t i = 0; i < ev->n; i++)
    if (ev->v[i].id == x->id)
      return &ev->v[i];
  if (ev->n == ev->cap) {
    size_t    cap = ev->cap ? ev->cap * 2 : 16;
    EventRow *nv  = ng_realloc(ev->v, cap * sizeof *nv);
    if (!nv) {
      *r = NG_ERR_NOMEM;
      return NULL;
    }
    ev->v   = nv;
    ev->cap = cap;
  }
  EventRow *e = &ev->v[ev->n++];
  *e          = *x;
  e->role[0]  = '\0';
  ng_free(e->via);
  e->via = NULL;
  ids_free(&e->who);
  /* X keeps its id and role; what E took over is no longer X's */
  x->label = x->date = x->sortkey = x->place = x->source = x->via = NULL;
  memset(&x->who, 0, sizeof x->who);
  return e;
}

/* Adds to EV the events WHO took part in; VIA (may be NULL) says how. */
static NgStatus
collect_events(NgQuery *q, NgId who, const char *via, Events *ev)
{
  for (int k = 0; k < N_ROLES; k++) {
    Ids      es = { 0 };
    NgStatus r  = subjects(q, q->v[role_v[k]], who, &es);
    for (size_t i = 0; !r && i < es.len; i++) {
      EventRow *e = events_get(q, ev, es.id[i], &r);
      if (!e)
        break;
      /* attendee is implied by the specific roles */
      if (role_v[k] != V_ATTENDEE || !e->role[0])
        add_role(e, role_name[k]);
      if (via && !e->via && !(e->via = ng_strdup(via)))
        r = NG_ERR_NOMEM;
    }
    ids_free(&es);
    if (r)
      return r;
  }
  return NG_OK;
}

static int
by_date_desc(const void *a, const void *b)
{
  const EventRow *x = a, *y = b;
  int             c = strcmp(y->sortkey, x->sortkey);
  return c ? c : strcmp(x->label, y->label);
}

static int
by_date_asc(const void *a, const void *b)
{
  const EventRow *x = a, *y = b;
  int             c = strcmp(x->sortkey, y->sortkey);
  return c ? c : strcmp(x->label, y->label);
}

static NgStatus
events_table(Events *ev, const char *title, NgTables *out)
{
  static const char *const cols[] = {
    "date", "event", "role", "place", "source"
  };
  NgTable *t;
  NgStatus r;
  if ((r = ng_table_new(title, 5, cols, &t)))
    return r;
  if (ev->n)
    qsort(ev->v, ev->n, sizeof *ev->v, by_date_desc);
  for (size_t i = 0; i < ev->n; i++) {
    const EventRow *e    = &ev->v[i];
    const char     *c[5] = { e->date, e->label, e->role, e->place, e->source };
    if ((r = ng_table_add(t, c))) {
      ng_table_free(t);
      return r;
    }
  }
  return ng_tables_take(out, t);
}

/* ---------------------------------------------------------------- index */

static NgStatus
exec_sql(NgQuery *q, const char *sql)
{
  char *msg = NULL;
  if (sqlite3_exec(q->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    ng_buf_clear(&q->err);
    ng_buf_printf(&q->err, "%s", msg ? msg : sqlite3_errmsg(q->db));
    sqlite3_free(msg);
    return NG_ERR_DB;
  }
  return NG_OK;
}

/* Side tables: pinyin keys of short literals (ng_name), a trigram index of
   those literals and of every sentence (ng_text: rowid -term for a
   literal, g<<20|idx for a sentence), and what the index has seen
   (ng_text_graph: the source stamp each indexed graph had). */
static const char index_sql[] =
  "CREATE TABLE IF NOT EXISTS %s.ng_name(key TEXT NOT NULL,"
  " term INTEGER NOT NULL, PRIMARY KEY(key,term)) WITHOUT ROWID;"
  "CREATE VIRTUAL TABLE IF NOT EXISTS %s.ng_text USING fts5(text,"
  " tokenize='trigram');"
  "CREATE TABLE IF NOT EXISTS %s.ng_text_graph(g INTEGER PRIMARY KEY,"
  " stamp TEXT NOT NULL);"
  "CREATE TABLE IF NOT EXISTS %s.ng_index_state(key TEXT PRIMARY KEY,"
  " value INTEGER NOT NULL);";

#define SENT_SHIFT 20 /* sentence rowids: graph << 20 | index */

/* Graphs whose sentences the index lacks or has from an older build of
   their file (with the stamp to record), and graphs indexed that are gone
   (stamp NULL). */
static const char stale_graphs_sql[] =
  "SELECT a.g, src.hash || src.added FROM article a JOIN source src ON "
  "src.id=a.source LEFT JOIN ng_text_graph t ON t.g=a.g "
  "WHERE t.stamp IS NOT src.hash || src.added "
  "UNION ALL SELECT t.g, NULL FROM ng_text_graph t "
  "WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.g=t.g)";

/* The version of the name keys: when ng_pinyin_key() changes, the keys
   are made again. */
#define NG_KEYS_VERSION "2"

/* 1 when the side tables exist and nothing was added or rebuilt since
   they were brought up to date: then opening needs no write at all. */
static int
index_fresh(NgQuery *q)
{
  sqlite3_stmt *st    = NULL;
  int           fresh = 0;
  if (sqlite3_prepare_v2(
        q->db,
        "SELECT (SELECT value FROM ng_index_state WHERE key='terms') >= "
        "(SELECT max(id) FROM term) AND (SELECT value FROM ng_index_state "
        "WHERE key='keys')=" NG_KEYS_VERSION,
        -1,
        &st,
        NULL) != SQLITE_OK)
    return 0;
  fresh = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1;
  sqlite3_finalize(st);
  if (!fresh || sqlite3_prepare_v2(q->db, stale_graphs_sql, -1, &st, NULL))
    return 0;
  fresh = sqlite3_step(st) == SQLITE_DONE;
  sqlite3_finalize(st);
  return fresh;
}

static NgStatus
index_literals(NgQuery *q)
{
  sqlite3_stmt *sel = NULL, *ins = NULL, *txt = NULL, *upto = NULL;
  NgStatus      r    = NG_OK;
  long long     last = 0, max = 0;
  if (sqlite3_prepare_v2(q->db,
                         "SELECT value FROM ng_index_state WHERE key='terms'",
                         -1,
                         &upto,
                         NULL) != SQLITE_OK)
    return db_fail(q, "index state");
  if (sqlite3_step(upto) == SQLITE_ROW)
    last = sqlite3_column_int64(upto, 0);
  sqlite3_finalize(upto);
  if (sqlite3_prepare_v2(q->db,
                         "SELECT id, value FROM term WHERE id>?1 AND kind=3 "
                         "AND length(value)<=48 ORDER BY id",
                         -1,
                         &sel,
                         NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(q->db,
                         "INSERT OR IGNORE INTO ng_name(key,term) "
                         "VALUES(?1,?2)",
                         -1,
                         &ins,
                         NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(q->db,
                         "INSERT OR REPLACE INTO ng_text(rowid,text) "
                         "VALUES(?1,?2)",
                         -1,
                         &txt,
                         NULL) != SQLITE_OK) {
    r = db_fail(q, "indexing names");
    goto done;
  }
  sqlite3_bind_int64(sel, 1, last);
  max = last;
  int rc;
  while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
    NgId        id = sqlite3_column_int64(sel, 0);
    const char *v  = (const char *)sqlite3_column_text(sel, 1);
    max            = id;
    if (q->key) {
      char *k = NULL;
      if ((r = q->key(q->key_ctx, v, &k)))
        goto done;
      if (*k) {
        sqlite3_bind_text(ins, 1, k, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(ins, 2, id);
        rc = sqlite3_step(ins);
        sqlite3_reset(ins);
      }
      ng_free(k);
      if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        r = db_fail(q, "indexing names");
        goto done;
      }
    }
    sqlite3_bind_int64(txt, 1, -id);
    sqlite3_bind_text(txt, 2, v, -1, SQLITE_STATIC);
    rc = sqlite3_step(txt);
    sqlite3_reset(txt);
    if (rc != SQLITE_DONE) {
      r = db_fail(q, "indexing text");
      goto done;
    }
  }
  if (rc != SQLITE_DONE) {
    r = db_fail(q, "indexing names");
    goto done;
  }
  {
    /* Up to the last term of any kind: the freshness check compares it. */
    sqlite3_stmt *mx = NULL;
    if (sqlite3_prepare_v2(q->db, "SELECT max(id) FROM term", -1, &mx, NULL) ==
          SQLITE_OK &&
        sqlite3_step(mx) == SQLITE_ROW && sqlite3_column_int64(mx, 0) > max)
      max = sqlite3_column_int64(mx, 0);
    sqlite3_finalize(mx);
  }
  if (max > last) {
    sqlite3_stmt *set = NULL;
    if (sqlite3_prepare_v2(q->db,
                           "INSERT OR REPLACE INTO ng_index_state(key,value) "
                           "VALUES('terms',?1)",
                           -1,
                           &set,
                           NULL) != SQLITE_OK) {
      r = db_fail(q, "index state");
      goto done;
    }
    sqlite3_bind_int64(set, 1, max);
    rc = sqlite3_step(set);
    sqlite3_finalize(set);
    if (rc != SQLITE_DONE)
      r = db_fail(q, "index state");
  }
done:
  sqlite3_finalize(sel);
  sqlite3_finalize(ins);
  sqlite3_finalize(txt);
  return r;
}

/* Re-indexes the sentences of graphs whose source changed since the index
   saw them, and drops graphs that are gone. */
static NgStatus
index_sentences(NgQuery *q)
{
  const char   *stale_sql = stale_graphs_sql;
  sqlite3_stmt *stale = NULL, *del = NULL, *sent = NULL, *ins = NULL,
               *mark = NULL, *unmark = NULL;
  NgStatus r = NG_OK;
  int      rc;
  if (sqlite3_prepare_v2(q->db, stale_sql, -1, &stale, NULL) ||
      sqlite3_prepare_v2(q->db,
                         "DELETE FROM ng_text WHERE rowid>=?1 AND rowid<?2",
                         -1,
                         &del,
                         NULL) ||
      sqlite3_prepare_v2(
        q->db, "SELECT idx, text FROM sentence WHERE g=?1", -1, &sent, NULL) ||
      sqlite3_prepare_v2(q->db,
                         "INSERT OR REPLACE INTO ng_text(rowid,text) "
                         "VALUES(?1,?2)",
                         -1,
                         &ins,
                         NULL) ||
      sqlite3_prepare_v2(q->db,
                         "INSERT OR REPLACE INTO ng_text_graph(g,stamp) "
                         "VALUES(?1,?2)",
                         -1,
                         &mark,
                         NULL) ||
      sqlite3_prepare_v2(
        q->db, "DELETE FROM ng_text_graph WHERE g=?1", -1, &unmark, NULL)) {
    r = db_fail(q, "indexing sentences");
    goto done;
  }
  /* Collect first: the loop writes the tables the query reads. */
  Ids    gs     = { 0 };
  char **stamps = NULL;
  while ((rc = sqlite3_step(stale)) == SQLITE_ROW) {
    if ((r = ids_add(&gs, sqlite3_column_int64(stale, 0), 0)))
      break;
    char **ns = ng_realloc(stamps, gs.cap * sizeof *ns);
    if (!ns) {
      r = NG_ERR_NOMEM;
      break;
    }
    stamps             = ns;
    const char *stamp  = (const char *)sqlite3_column_text(stale, 1);
    stamps[gs.len - 1] = stamp ? ng_strdup(stamp) : NULL;
  }
  if (!r && rc != SQLITE_DONE)
    r = db_fail(q, "indexing sentences");
  for (size_t i = 0; !r && i < gs.len; i++) {
    NgId g = gs.id[i];
    sqlite3_bind_int64(del, 1, g << SENT_SHIFT);
    sqlite3_bind_int64(del, 2, (g + 1) << SENT_SHIFT);
    rc = sqlite3_step(del);
    sqlite3_reset(del);
    if (rc != SQLITE_DONE) {
      r = db_fail(q, "indexing sentences");
      break;
    }
    if (!stamps[i]) {
      sqlite3_bind_int64(unmark, 1, g);
      rc = sqlite3_step(unmark);
      sqlite3_reset(unmark);
      continue;
    }
    sqlite3_bind_int64(sent, 1, g);
    while ((rc = sqlite3_step(sent)) == SQLITE_ROW) {
      sqlite3_bind_int64(
        ins, 1, (g << SENT_SHIFT) | sqlite3_column_int64(sent, 0));
      sqlite3_bind_text(ins,
                        2,
                        (const char *)sqlite3_column_text(sent, 1),
                        -1,
                        SQLITE_TRANSIENT);
      int rc2 = sqlite3_step(ins);
      sqlite3_reset(ins);
      if (rc2 != SQLITE_DONE) {
        r = db_fail(q, "indexing sentences");
        break;
      }
    }
    sqlite3_reset(sent);
    if (r)
      break;
    sqlite3_bind_int64(mark, 1, g);
    sqlite3_bind_text(mark, 2, stamps[i], -1, SQLITE_STATIC);
    rc = sqlite3_step(mark);
    sqlite3_reset(mark);
    if (rc != SQLITE_DONE)
      r = db_fail(q, "indexing sentences");
  }
  for (size_t i = 0; stamps && i < gs.len; i++)
    ng_free(stamps[i]);
  ng_free(stamps);
  ids_free(&gs);
done:
  sqlite3_finalize(stale);
  sqlite3_finalize(del);
  sqlite3_finalize(sent);
  sqlite3_finalize(ins);
  sqlite3_finalize(mark);
  sqlite3_finalize(unmark);
  return r;
}

/* 1 when the name-key table exists (ng_query_index() ran). */
static int
have_keys(NgQuery *q)
{
  sqlite3_stmt *st = NULL;
  int           ok =
    sqlite3_prepare_v2(q->db, "SELECT 1 FROM ng_name LIMIT 1", -1, &st, NULL) ==
    SQLITE_OK;
  sqlite3_finalize(st);
  return ok;
}

int
ng_query_index_fresh(NgQuery *q)
{
  return index_fresh(q);
}

NgStatus
ng_query_index(NgQuery *q, int writable)
{
  const char *schema = writable ? "main" : "temp";
  NgBuf       sql    = { 0 };
  NgStatus    r;
  if (index_fresh(q)) {
    refresh_vocab(q);
    return NG_OK;
  }
  ng_buf_printf(&sql, index_sql, schema, schema, schema, schema);
  if (!sql.data)
    return NG_ERR_NOMEM;
  /* A build may hold the write lock for long: wait a little only, and
     when the side tables exist, answer from them as they are. */
  sqlite3_busy_timeout(q->db, 300);
  r = exec_sql(q, "BEGIN IMMEDIATE");
  sqlite3_busy_timeout(q->db, 10000); /* the store's own wait */
  if (r && have_keys(q)) {
    ng_buf_free(&sql);
    refresh_vocab(q);
    return NG_OK;
  }
  if (!r)
    r = exec_sql(q, ng_buf_str(&sql));
  ng_buf_free(&sql);
  if (!r)
    r = exec_sql(
      q,
      "CREATE TEMP TABLE IF NOT EXISTS ng_keys_old AS SELECT 1 AS old "
      "WHERE (SELECT value FROM ng_index_state WHERE key='keys') IS "
      "NOT " NG_KEYS_VERSION ";"
      "DELETE FROM ng_name WHERE EXISTS (SELECT 1 FROM ng_keys_old);"
      "DELETE FROM ng_text WHERE EXISTS (SELECT 1 FROM ng_keys_old);"
      "DELETE FROM ng_text_graph WHERE EXISTS (SELECT 1 FROM ng_keys_old);"
      "DELETE FROM ng_index_state WHERE EXISTS (SELECT 1 FROM ng_keys_old);"
      "INSERT OR REPLACE INTO ng_index_state(key,value) "
      "VALUES('keys'," NG_KEYS_VERSION ");"
      "DROP TABLE ng_keys_old;");
  if (!r)
    r = index_literals(q);
  if (!r)
    r = index_sentences(q);
  if (!r)
    r = exec_sql(q, "COMMIT");
  else
    sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
  refresh_vocab(q);
  return r;
}

/* ---------------------------------------------------------------- terms */

static const char *
prefix_iri(NgQuery *q, const char *p, size_t n)
{
  if (n == 2 && !strncmp(p, "id", 2))
    return q->base;
  for (size_t i = 0; i < N_PREFIXES; i++)
    if (strlen(prefixes[i].prefix) == n && !strncmp(p, prefixes[i].prefix, n))
      return prefixes[i].iri;
  return NULL;
}

static NgStatus
syntax(size_t     *bad,
       size_t      at,
       char      **errmsg,
       const char *fmt,
       const char *arg,
       int         n)
{
  NgBuf b = { 0 };
  ng_buf_printf(&b, fmt, n, arg);
  *bad    = at;
  *errmsg = ng_buf_take(&b);
  return NG_ERR_SYNTAX;
}

/* Expands prefix:local at TEXT into B; returns the error position or -1. */
static NgStatus
expand(NgQuery *q, const char *text, NgBuf *b, size_t *bad, char **errmsg)
{
  const char *colon = strchr(text, ':');
  if (!colon)
    return syntax(bad,
                  0,
                  errmsg,
                  "expected a prefixed name, not \"%.*s\"",
                  text,
                  (int)strlen(text));
  const char *ns = prefix_iri(q, text, (size_t)(colon - text));
  if (!ns)
    return syntax(
      bad, 0, errmsg, "unknown prefix \"%.*s:\"", text, (int)(colon - text));
  ng_buf_puts(b, ns);
  ng_buf_puts(b, colon + 1);
  return b->data ? NG_OK : NG_ERR_NOMEM;
}

NgStatus
ng_query_parse_term(NgQuery    *q,
                    const char *text,
                    NgTerm    **out,
                    size_t     *bad,
                    char      **errmsg)
{
  NgBuf    v = { 0 }, dt = { 0 };
  NgTerm   t;
  NgStatus r   = NG_OK;
  size_t   len = strlen(text);
  *errmsg      = NULL;
  memset(&t, 0, sizeof t);
  if (text[0] == '<') {
    if (len < 2 || text[len - 1] != '>')
      return syntax(bad, 0, errmsg, "unclosed IRI \"%.*s\"", text, (int)len);
    ng_buf_append(&v, text + 1, len - 2);
    ng_buf_puts(&v, "");
    t = ng_iri(ng_buf_str(&v));
  } else if (text[0] == '_' && text[1] == ':') {
    t = ng_blank(text + 2);
  } else if (text[0] == '"') {
    const char *end = strrchr(text, '"');
    if (end == text)
      return syntax(bad, 0, errmsg, "unclosed literal %.*s", text, (int)len);
    ng_buf_append(&v, text + 1, (size_t)(end - text - 1));
    ng_buf_puts(&v, "");
    const char *lang = NULL;
    if (end[1] == '@')
      lang = end + 2;
    else if (end[1] == '^' && end[2] == '^') {
      const char *d = end + 3;
      if (*d == '<') {
        size_t dl = strlen(d);
        if (dl < 2 || d[dl - 1] != '>')
          return syntax(bad,
                        (size_t)(d - text),
                        errmsg,
                        "unclosed IRI \"%.*s\"",
                        d,
                        (int)dl);
        ng_buf_append(&dt, d + 1, dl - 2);
      } else if ((r = expand(q, d, &dt, bad, errmsg))) {
        *bad += (size_t)(d - text);
        ng_buf_free(&v);
        return r;
      }
    } else if (end[1]) {
      ng_buf_free(&v);
      return syntax(bad,
                    (size_t)(end + 1 - text),
                    errmsg,
                    "unexpected \"%.*s\" after a literal",
                    end + 1,
                    (int)strlen(end + 1));
    }
    t = ng_literal(ng_buf_str(&v), lang, dt.len ? ng_buf_str(&dt) : NULL);
  } else if ((text[0] >= '0' && text[0] <= '9') || text[0] == '-') {
    t = ng_literal(text, NULL, NG_XSD_INTEGER);
  } else {
    if ((r = expand(q, text, &v, bad, errmsg)))
      return r;
    t = ng_iri(ng_buf_str(&v));
  }
  *out = ng_term_copy(&t);
  ng_buf_free(&v);
  ng_buf_free(&dt);
  return *out ? NG_OK : NG_ERR_NOMEM;
}

NgStatus
ng_query_predicate(NgQuery *q, const char *text, NgId *out)
{
  NgBuf  b = { 0 };
  NgId   id;
  NgTerm t;
  if (text[0] == '<' || strchr(text, ':')) {
    NgTerm  *pt  = NULL;
    char    *msg = NULL;
    size_t   bad;
    NgStatus r = ng_query_parse_term(q, text, &pt, &bad, &msg);
    ng_free(msg);
    if (r)
      return r;
    r = ng_store_term_id(q->store, pt, 0, &id);
    ng_free(pt);
    if (!r)
      *out = id;
    return r;
  }
  /* A bare local name: the first vocabulary that has it in the store. */
  static const char *const order[] = { NG_NS_NG,   NG_NS_SCHEMA, NG_NS_ORG,
                                       NG_NS_RDFS, NG_NS_SKOS,   NG_NS_RDF,
                                       NG_NS_PROV };
  for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
    ng_buf_clear(&b);
    ng_buf_puts(&b, order[i]);
    ng_buf_puts(&b, text);
    t = ng_iri(ng_buf_str(&b));
    if (ng_store_term_id(q->store, &t, 0, &id) == NG_OK) {
      ng_buf_free(&b);
      *out = id;
      return NG_OK;
    }
  }
  ng_buf_free(&b);
  return NG_ERR_NOT_FOUND;
}

static NgStatus
format_iri(NgQuery *q, const char *iri, NgBuf *b)
{
  size_t bl = strlen(q->base);
  if (!strncmp(iri, q->base, bl))
    return ng_buf_printf(b, "id:%s", iri + bl);
  for (size_t i = 0; i < N_PREFIXES; i++) {
    size_t n = strlen(prefixes[i].iri);
    if (!strncmp(iri, prefixes[i].iri, n) && iri[n] && !strchr(iri + n, '/'))
      return ng_buf_printf(b, "%s:%s", prefixes[i].prefix, iri + n);
  }
  return ng_buf_printf(b, "<%s>", iri);
}

NgStatus
ng_query_format_term(NgQuery *q, const NgTerm *t, NgBuf *b)
{
  switch (t->kind) {
    case NG_TERM_NONE:
      return ng_buf_puts(b, "");
    case NG_TERM_IRI:
      return format_iri(q, t->value, b);
    case NG_TERM_BLANK:
      return ng_buf_printf(b, "_:%s", t->value);
    case NG_TERM_LITERAL:
      ng_buf_putc(b, '"');
      for (const char *p = t->value; *p; p++) {
        if (*p == '"' || *p == '\\')
          ng_buf_putc(b, '\\');
        if (*p == '\n')
          ng_buf_puts(b, "\\n");
        else
          ng_buf_putc(b, *p);
      }
      ng_buf_putc(b, '"');
      if (t->lang && *t->lang)
        return ng_buf_printf(b, "@%s", t->lang);
      if (t->datatype && *t->datatype && strcmp(t->datatype, NG_XSD_STRING)) {
        ng_buf_puts(b, "^^");
        return format_iri(q, t->datatype, b);
      }
      return b->data ? NG_OK : NG_ERR_NOMEM;
  }
  return NG_ERR_ARG;
}

void
ng_query_set_plain_terms(NgQuery *q, int plain)
{
  q->plain = plain;
}

void
ng_query_set_search_limit(NgQuery *q, long n)
{
  q->search_limit = n;
}

NgStatus
ng_query_format_cell(NgQuery *q, const NgTerm *t, NgBuf *b, unsigned char *kind)
{
  *kind = NG_CELL_TEXT;
  if (!q->plain || t->kind == NG_TERM_BLANK)
    return ng_query_format_term(q, t, b);
  if (t->kind == NG_TERM_NONE) {
    *kind = NG_CELL_NULL;
    return ng_buf_puts(b, "");
  }
  /* An IRI whole, a literal as its text (what SPARQL's CSV results and a
     program reading JSON want); numbers and booleans say so. */
  if (t->kind == NG_TERM_LITERAL && t->datatype && !(t->lang && *t->lang)) {
    static const char *const numeric[] = { NG_NS_XSD "integer",
                                           NG_NS_XSD "decimal",
                                           NG_NS_XSD "double",
                                           NG_NS_XSD "float",
                                           NG_NS_XSD "long",
                                           NG_NS_XSD "int",
                                           NG_NS_XSD "nonNegativeInteger" };
    for (size_t i = 0; i < sizeof numeric / sizeof *numeric; i++)
      if (!strcmp(t->datatype, numeric[i]))
        *kind = NG_CELL_NUMBER;
    if (!strcmp(t->datatype, NG_NS_XSD "boolean"))
      *kind = NG_CELL_BOOLEAN;
  }
  return ng_buf_puts(b, t->value);
}

NgStatus
ng_query_format_id(NgQuery *q, NgId id, NgBuf *b)
{
  NgTerm  *t = NULL;
  NgStatus r = ng_store_term(q->store, id, &t);
  if (r)
    return r;
  r = ng_query_format_term(q, t, b);
  ng_free(t);
  return r;
}

char *
ng_query_sparql_prefixes(NgQuery *q)
{
  NgBuf b = { 0 };
  for (size_t i = 0; i < N_PREFIXES; i++)
    ng_buf_printf(&b, "PREFIX %s: <%s> ", prefixes[i].prefix, prefixes[i].iri);
  ng_buf_printf(&b, "PREFIX id: <%s> ", q->base);
  return ng_buf_take(&b);
}

/* ---------------------------------------------------------------- names */

static NgStatus
cand_add(NgQuery *q, NgCandidates *c, NgId id, int kinds)
{
  for (size_t i = 0; i < c->n; i++)
    if (c->v[i].id == id)
      return NG_OK;
  Facts    f    = { 0 };
  NgStatus r    = facts_read(q, id, q->v[V_LABEL], q->v[V_STARTDATE], &f);
  int      kind = facts_kind(q, &f);
  if (r || (kinds && !(kind & kinds))) {
    facts_free(&f);
    return r;
  }
  if (c->n == c->cap) {
    size_t       cap = c->cap ? c->cap * 2 : 8;
    NgCandidate *nv  = ng_realloc(c->v, cap * sizeof *nv);
    if (!nv) {
      facts_free(&f);
      return NG_ERR_NOMEM;
    }
    c->v   = nv;
    c->cap = cap;
  }
  NgCandidate *x = &c->v[c->n];
  memset(x, 0, sizeof *x);
  x->id   = id;
  x->kind = kind;
  NgBuf d = { 0 }, lb = { 0 };
  if (facts_label_into(q, id, &f, &lb))
    ng_buf_free(&lb);
  else if (!ng_buf_puts(&lb, ""))
    x->label = ng_buf_take(&lb);
  if (kind == NG_KIND_EVENT) {
    EventRow e;
    memset(&e, 0, sizeof e);
    if (event_info_from(q, id, &f, 0, &e) == NG_OK)
      ng_buf_printf(&d, "%s %s", e.date, e.source);
    event_row_free(&e);
  } else if (kind == NG_KIND_PERSON) {
    Ids posts = { 0 };
    facts_objects(&f, q->v[V_HOLDS], &posts);
    for (size_t i = 0; i < posts.len && i < 2; i++)
      list_label_into(q, posts.id[i], &d);
    ids_free(&posts);
  }
  facts_free(&f);
  NgBuf iri = { 0 };
  ng_query_format_id(q, id, &iri);
  ng_buf_printf(&d, "%s%s", d.len ? " " : "", ng_buf_str(&iri));
  ng_buf_free(&iri);
  x->detail = ng_buf_take(&d);
  if (!x->label || !x->detail) {
    ng_free(x->label);
    ng_free(x->detail);
    return NG_ERR_NOMEM;
  }
  c->n++;
  return NG_OK;
}

/* Adds the entities whose label or altLabel is the literal term LIT. */
static NgStatus
cand_by_label_term(NgQuery *q, NgId lit, int kinds, NgCandidates *c)
{
  for (int k = 0; k < 2; k++) {
    Ids      s = { 0 };
    NgStatus r = subjects(q, q->v[k ? V_ALT : V_LABEL], lit, &s);
    for (size_t i = 0; !r && i < s.len; i++)
      r = cand_add(q, c, s.id[i], kinds);
    ids_free(&s);
    if (r)
      return r;
  }
  return NG_OK;
}

/* Candidates from literal terms selected by SQL with ?1 = ARG; MAX caps
   the terms read. */
static NgStatus
cand_by_sql(NgQuery      *q,
            const char   *sql,
            const char   *arg,
            int           kinds,
            size_t        max,
            NgCandidates *c)
{
  sqlite3_stmt *st;
  NgStatus      r;
  Ids           terms = { 0 };
  if ((r = stmt(q, sql, &st)))
    return r;
  sqlite3_bind_text(st, 1, arg, -1, SQLITE_TRANSIENT);
  while (terms.len < max && (r = step(q, st)) == NG_OK)
    if ((r = ids_add(&terms, sqlite3_column_int64(st, 0), 1)))
      break;
  sqlite3_reset(st);
  if (r == NG_DONE || r == NG_OK)
    r = NG_OK;
  for (size_t i = 0; !r && i < terms.len; i++)
    r = cand_by_label_term(q, terms.id[i], kinds, c);
  ids_free(&terms);
  return r;
}

static const char sql_exact[] = "SELECT id FROM term WHERE value=?1 AND kind=3";
static const char sql_prefix[] =
  "SELECT id FROM term WHERE value>=?1 AND value<?1||x'F48FBFBF' AND kind=3 "
  "AND length(value)<=48";
/* Characters in UTF-8 S. */
static size_t
utf8_chars(const char *s)
{
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

static const char sql_contains[] =
  "SELECT -rowid FROM ng_text WHERE ng_text MATCH ?1 AND rowid<0 LIMIT 200";
static const char sql_contains_like[] =
  "SELECT -rowid FROM ng_text WHERE text LIKE ?1 ESCAPE '\\' AND rowid<0 "
  "LIMIT 200";
static const char sql_key[] = "SELECT term FROM ng_name WHERE key=?1";
static const char sql_key_prefix[] =
  "SELECT term FROM ng_name WHERE key>=?1 AND key<?1||'{'";

static int
is_latin_key(const char *s)
{
  if (!*s)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
          (*s >= '0' && *s <= '9') || *s == ' ' || *s == '\''))
      return 0;
  return 1;
}

/* (see ng_query_resolve) */
static NgStatus
resolve_run(NgQuery *q, const char *name, int kinds, NgCandidates *out)
{
  NgStatus r    = NG_OK;
  char    *simp = NULL, *key = NULL;
  ng_candidates_free(out);
  refresh_vocab(q);
  /* An IRI (in <> or pasted bare, https://...) or a prefixed name names
     one entity. */
  const char *colon = strchr(name, ':');
  int         bare  = name[0] != '<' && colon && !strncmp(colon, "://", 3) &&
             !strpbrk(name, " \t<>\"");
  if (name[0] == '<' || bare ||
      (colon && prefix_iri(q, name, (size_t)(colon - name)))) {
    NgTerm *t   = NULL;
    char   *msg = NULL, *in = NULL;
    size_t  bad;
    NgId    id;
    if (bare) {
      NgBuf b = { 0 };
      ng_buf_printf(&b, "<%s>", name);
      if (!(in = ng_buf_take(&b)))
        return NG_ERR_NOMEM;
    }
    r = ng_query_parse_term(q, in ? in : name, &t, &bad, &msg);
    ng_free(in);
    ng_free(msg);
    if (r)
      return NG_OK;
    if (ng_store_term_id(q->store, t, 0, &id) == NG_OK)
      r = cand_add(q, out, id, 0);
    ng_free(t);
    return r;
  }
  if ((r = cand_by_sql(q, sql_exact, name, kinds, 64, out)) || out->n)
    return r;
  if (q->simplify && (r = q->simplify(q->key_ctx, name, &simp)))
    return r;
  if (simp && strcmp(simp, name) &&
      ((r = cand_by_sql(q, sql_exact, simp, kinds, 64, out)) || out->n))
    goto done;
  if ((r = cand_by_sql(q, sql_prefix, simp ? simp : name, kinds, 200, out)) ||
      out->n)
    goto done;
  if (q->key && is_latin_key(name) && have_keys(q)) {
    if ((r = q->key(q->key_ctx, name, &key)))
      goto done;
    if (*key && !(r = cand_by_sql(q, sql_key, key, kinds, 200, out)) && !out->n)
      r = cand_by_sql(q, sql_key_prefix, key, kinds, 200, out);
  }
  if (!r && !out->n && !is_latin_key(name) && have_keys(q)) {
    /* Last: labels that hold the name (防汛会商会议 finds
       郑东新区防汛会商会议), through the trigram index. */
    const char *text = simp ? simp : name;
    NgBuf       arg  = { 0 };
    int         like = utf8_chars(text) < 3;
    ng_buf_putc(&arg, like ? '%' : '"');
    for (const char *c = text; *c; c++) {
      if (like ? (*c == '%' || *c == '_' || *c == '\\') : *c == '"')
        ng_buf_putc(&arg, like ? '\\' : '"');
      ng_buf_putc(&arg, *c);
    }
    ng_buf_putc(&arg, like ? '%' : '"');
    if (!arg.data)
      r = NG_ERR_NOMEM;
    else
      r = cand_by_sql(
        q, like ? sql_contains_like : sql_contains, arg.data, kinds, 200, out);
    ng_buf_free(&arg);
  }
done:
  ng_free(simp);
  ng_free(key);
  return r;
}

NgStatus
ng_query_complete(NgQuery    *q,
                  const char *prefix,
                  int         kinds,
                  size_t      max,
                  char     ***out,
                  size_t     *n)
{
  static const char sql_lab[] =
    "SELECT t.value, t.id FROM term t WHERE t.value>=?1 AND "
    "t.value<?1||x'F48FBFBF' AND t.kind=3 AND length(t.value)<=48 AND "
    "EXISTS(SELECT 1 FROM quad WHERE p IN (?2,?3) AND o=t.id) "
    "ORDER BY t.value LIMIT 200";
  static const char sql_py[] =
    "SELECT DISTINCT t.value, t.id FROM ng_name n JOIN term t ON t.id=n.term "
    "WHERE n.key>=?1 AND n.key<?1||'{' AND "
    "EXISTS(SELECT 1 FROM quad WHERE p IN (?2,?3) AND o=t.id) "
    "ORDER BY t.value LIMIT 200";
  char        **v   = ng_calloc(max + 1, sizeof *v);
  size_t        k   = 0;
  char         *key = NULL, *simp = NULL;
  sqlite3_stmt *st;
  NgStatus      r;
  if (!v)
    return NG_ERR_NOMEM;
  refresh_vocab(q);
  int latin = is_latin_key(prefix);
  if (latin && (!q->key || !have_keys(q))) {
    *out = v;
    *n   = 0;
    return NG_OK;
  }
  if (latin) {
    if ((r = q->key(q->key_ctx, prefix, &key)))
      goto fail;
  } else if (q->simplify && (r = q->simplify(q->key_ctx, prefix, &simp)))
    goto fail;
  if ((r = stmt(q, latin ? sql_py : sql_lab, &st)))
    goto fail;
  sqlite3_bind_text(st,
                    1,
                    latin  ? key
                    : simp ? simp
                           : prefix,
                    -1,
                    SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 2, q->v[V_LABEL]);
  sqlite3_bind_int64(st, 3, q->v[V_ALT]);
  /* Rows first: checking kinds runs other statements. */
  Ids    ids  = { 0 };
  char **vals = ng_calloc(200 + 1, sizeof *vals);
  if (!vals) {
    r = NG_ERR_NOMEM;
    goto fail;
  }
  while (ids.len < 200 && step(q, st) == NG_OK) {
    if (ids_add(&ids, sqlite3_column_int64(st, 1), 1) ||
        !(vals[ids.len - 1] =
            ng_strdup((const char *)sqlite3_column_text(st, 0))))
      break;
  }
  sqlite3_reset(st);
  for (size_t i = 0; i < ids.len && k < max && vals[i]; i++) {
    int dup = 0, fits = !kinds;
    for (size_t j = 0; j < k; j++)
      dup |= !strcmp(v[j], vals[i]);
    for (int lab = 0; !dup && !fits && lab < 2; lab++) {
      Ids ents = { 0 };
      subjects(q, q->v[lab ? V_ALT : V_LABEL], ids.id[i], &ents);
      for (size_t e = 0; !fits && e < ents.len; e++)
        fits = (kind_of(q, ents.id[e]) & kinds) != 0;
      ids_free(&ents);
    }
    if (!dup && fits) {
      v[k++]  = vals[i];
      vals[i] = NULL;
    }
  }
  for (size_t i = 0; i < ids.len; i++)
    ng_free(vals[i]);
  ng_free(vals);
  ids_free(&ids);
  ng_free(key);
  ng_free(simp);
  *out = v;
  *n   = k;
  return NG_OK;
fail:
  for (size_t i = 0; i < k; i++)
    ng_free(v[i]);
  ng_free(v);
  ng_free(key);
  ng_free(simp);
  return r;
}

NgStatus
ng_query_complete_sources(NgQuery    *q,
                          const char *prefix,
                          size_t      max,
                          char     ***out,
                          size_t     *n)
{
  static const char sql[] =
    "SELECT name FROM source WHERE name>=?1 AND name<?1||x'F48FBFBF' "
    "ORDER BY name";
  char        **v = ng_calloc(max + 1, sizeof *v);
  size_t        k = 0;
  sqlite3_stmt *st;
  NgStatus      r;
  if (!v)
    return NG_ERR_NOMEM;
  if ((r = stmt(q, sql, &st))) {
    ng_free(v);
    return r;
  }
  sqlite3_bind_text(st, 1, prefix, -1, SQLITE_TRANSIENT);
  while (k < max && step(q, st) == NG_OK) {
    const char *name = (const char *)sqlite3_column_text(st, 0);
    if (name && !(v[k++] = ng_strdup(name))) {
      r = NG_ERR_NOMEM;
      break;
    }
  }
  sqlite3_reset(st);
  if (r) {
    for (size_t i = 0; i < k; i++)
      ng_free(v[i]);
    ng_free(v);
    return r;
  }
  *out = v;
  *n   = k;
  return NG_OK;
}

/* ---------------------------------------------------------------- answers */

static NgStatus
add_row(NgTable *t, const char *const *c)
{
  return ng_table_add(t, c);
}

/* The labels of the posts a person holds, from the person's facts F,
   joined by "、"; those stated in one of GRAPHS when any is, else all. */
static NgStatus
posts_into(NgQuery *q, const Facts *f, const Ids *graphs, NgBuf *b)
{
  NgStatus r   = NG_OK;
  Ids      all = { 0 }, local = { 0 };
  for (size_t i = 0; !r && i < f->n; i++) {
    const Fact *x = &f->v[i];
    if (x->p != q->v[V_HOLDS])
      continue;
    r = ids_add(&all, x->o, 1);
    if (!r && graphs && ids_has(graphs, x->g))
      r = ids_add(&local, x->o, 1);
  }
  const Ids *use = local.len ? &local : &all;
  for (size_t i = 0; !r && i < use->len && i < 4; i++)
    r = list_label_into(q, use->id[i], b);
  ids_free(&all);
  ids_free(&local);
  return r;
}

/* (see ng_query_attendees) */
static NgStatus
attendees_run(NgQuery *q, NgId event, NgTables *out)
{
  static const char *const cols[] = { "name", "role", "post" };
  NgTable                 *t      = NULL;
  NgStatus                 r;
  EventRow                 e;
  Ids                      who = { 0 }, gs = { 0 };
  char                   **roles = NULL;
  NgBuf                    title = { 0 };
  Facts                    f = { 0 }, pf = { 0 };
  memset(&e, 0, sizeof e);
  refresh_vocab(q);
  if ((r = facts_read(q, event, q->v[V_LABEL], q->v[V_STARTDATE], &f)) ||
      (r = event_info_from(q, event, &f, 0, &e)))
    goto done;
  ng_buf_printf(&title, "%s", e.label);
  if (*e.date)
    ng_buf_printf(&title, "  %s", e.date);
  if (*e.place)
    ng_buf_printf(&title, "  %s", e.place);
  if (*e.source)
    ng_buf_printf(&title, "  (%s)", e.source);
  if ((r = ng_table_new(ng_buf_str(&title), 3, cols, &t)))
    goto done;
  /* the graphs typing it as an event */
  for (size_t i = 0; !r && i < f.n; i++)
    if (f.v[i].p == q->v[V_TYPE] && f.v[i].o == q->v[V_EVENT])
      r = ids_add(&gs, f.v[i].g, 1);
  for (int k = 0; !r && k < N_ROLES; k++) {
    Ids s = { 0 };
    if ((r = facts_objects(&f, q->v[role_v[k]], &s)))
      goto done;
    for (size_t i = 0; i < s.len; i++) {
      size_t at = who.len;
      for (size_t j = 0; j < who.len; j++)
        if (who.id[j] == s.id[i])
          at = j;
      if (at == who.len) {
        if ((r = ids_add(&who, s.id[i], 0)))
          break;
        char **nr = ng_realloc(roles, who.cap * sizeof *nr);
        if (!nr) {
          r = NG_ERR_NOMEM;
          break;
        }
        roles     = nr;
        roles[at] = ng_calloc(1, 96);
        if (!roles[at]) {
          r = NG_ERR_NOMEM;
          break;
        }
      }
      EventRow tmp;
      memset(&tmp, 0, sizeof tmp);
      memcpy(tmp.role, roles[at], 96);
      if (role_v[k] != V_ATTENDEE || !tmp.role[0])
        add_role(&tmp, role_name[k]);
      memcpy(roles[at], tmp.role, 96);
    }
    ids_free(&s);
  }
  if (r)
    goto done;
  for (size_t i = 0; i < who.len; i++) {
    NgBuf name = { 0 }, post = { 0 };
    if (!(r = facts_read(q, who.id[i], q->v[V_LABEL], -1, &pf))) {
      facts_label_into(q, who.id[i], &pf, &name);
      posts_into(q, &pf, &gs, &post);
      const char *c[3] = { ng_buf_str(&name), roles[i], ng_buf_str(&post) };
      r                = add_row(t, c);
    }
    ng_buf_free(&name);
    ng_buf_free(&post);
    if (r)
      goto done;
  }
  r = ng_tables_take(out, t);
  t = NULL;
done:
  for (size_t i = 0; roles && i < who.len; i++)
    ng_free(roles[i]);
  ng_free(roles);
  ng_table_free(t);
  ids_free(&who);
  ids_free(&gs);
  ng_buf_free(&title);
  event_row_free(&e);
  facts_free(&f);
  facts_free(&pf);
  return r;
}

/* (see ng_query_events) */
static NgStatus
events_run(NgQuery *q, NgId who, NgTables *out)
{
  Events   ev = { 0 };
  NgStatus r;
  refresh_vocab(q);
  char *title = label_of(q, who);
  if (!title)
    return NG_ERR_NOMEM;
  if (!(r = collect_events(q, who, NULL, &ev)))
    r = events_table(&ev, title, out);
  events_free(&ev);
  ng_free(title);
  return r;
}

/* A row of a person's posts. */
typedef struct {
  char  *label, *first, *last; /* first and last NULL: no date */
  long   n;
  size_t at; /* the order met, for ties */
} PostRow;

/* Newest first, as events are: by the last date seen, then the first;
   posts with no date last; else in the order met. */
static int
post_row_cmp(const void *pa, const void *pb)
{
  const PostRow *a = pa, *b = pb;
  int            c = 0;
  if (!a->last != !b->last)
    return a->last ? -1 : 1;
  if (a->last && !(c = strcmp(b->last, a->last)))
    c = strcmp(b->first, a->first);
  return c ? c : a->at < b->at ? -1 : a->at > b->at;
}

/* Person profile: posts with first and last date seen (newest first),
   events, the people met most often. */
/* (see ng_query_person) */
static NgStatus
person_run(NgQuery *q, NgId person, NgTables *out)
{
  static const char *const pcols[] = {
    "post", "first seen", "last seen", "articles"
  };
  static const char *const mcols[] = { "person", "events together" };
  NgTable                 *t       = NULL;
  Events                   ev      = { 0 };
  Ids                      posts = { 0 }, met = { 0 };
  Facts                    f = { 0 };
  NgStatus                 r;
  NgBuf                    title = { 0 }, nb0 = { 0 };
  char                    *name = NULL;
  refresh_vocab(q);
  if ((r = facts_read(q, person, q->v[V_LABEL], -1, &f)) ||
      (r = facts_label_into(q, person, &f, &nb0)) ||
      (r = ng_buf_puts(&nb0, "")))
    goto done;
  name = ng_buf_take(&nb0);
  ng_buf_printf(&title, "%s: posts", name);
  if ((r = ng_table_new(ng_buf_str(&title), 4, pcols, &t)))
    goto done;
  /* (post, graph) pairs in post order (the facts' order): one row per
     post. */
  NgId     cur   = 0;
  NgBuf    first = { 0 }, last = { 0 };
  long     n    = 0;
  size_t   at   = 0;
  PostRow *rows = NULL;
  size_t   nrow = 0;
  for (;;) {
    while (at < f.n && f.v[at].p != q->v[V_HOLDS])
      at++;
    NgStatus s    = at < f.n ? NG_OK : NG_DONE;
    NgId     post = s == NG_OK ? f.v[at].o : 0;
    NgId     g    = s == NG_OK ? f.v[at].g : 0;
    at++;
    if (cur && post != cur) {
      ids_add(&posts, cur, n);
      /* Posts of one title read alike (a 区委 kept apart per source file):
         one row, the earliest and latest dates, the articles added up. */
      NgBuf pl = { 0 };
      label_into(q, cur, &pl);
      ng_buf_puts(&pl, "");
      size_t k = 0;
      while (k < nrow && strcmp(rows[k].label, ng_buf_str(&pl)))
        k++;
      if (k == nrow) {
        PostRow *nr = ng_realloc(rows, (nrow + 1) * sizeof *nr);
        if (!nr) {
          ng_buf_free(&pl);
          r = NG_ERR_NOMEM;
          break;
        }
        rows = nr;
        memset(&rows[nrow], 0, sizeof *rows);
        rows[nrow].at = nrow;
        nrow++;
        rows[k].label = ng_buf_take(&pl);
      }
      ng_buf_free(&pl);
      PostRow *x = &rows[k];
      if (first.len &&
          (!x->first || strcmp(ng_buf_str(&first), x->first) < 0)) {
        ng_free(x->first);
        x->first = ng_strdup(ng_buf_str(&first));
      }
      if (last.len && (!x->last || strcmp(ng_buf_str(&last), x->last) > 0)) {
        ng_free(x->last);
        x->last = ng_strdup(ng_buf_str(&last));
      }
      x->n += n;
      ng_buf_clear(&first);
      ng_buf_clear(&last);
      n = 0;
    }
    if (s == NG_DONE)
      break;
    cur = post;
    n++;
    NgBuf d = { 0 };
    pubdate_into(q, g, &d);
    if (d.len) {
      if (!first.len || strcmp(d.data, first.data) < 0) {
        ng_buf_clear(&first);
        ng_buf_puts(&first, d.data);
      }
      if (!last.len || strcmp(d.data, last.data) > 0) {
        ng_buf_clear(&last);
        ng_buf_puts(&last, d.data);
      }
    }
    ng_buf_free(&d);
  }
  ng_buf_free(&first);
  ng_buf_free(&last);
  if (!r && nrow > 1)
    qsort(rows, nrow, sizeof *rows, post_row_cmp);
  for (size_t k = 0; !r && k < nrow; k++) {
    char nb[24];
    snprintf(nb, sizeof nb, "%ld", rows[k].n);
    const char                *c[4]     = { rows[k].label,
                         rows[k].first ? rows[k].first : "",
                         rows[k].last ? rows[k].last : "",
                                            nb };
    static const unsigned char kinds[4] = {
      NG_CELL_TEXT, NG_CELL_TEXT, NG_CELL_TEXT, NG_CELL_NUMBER
    };
    r = ng_table_add_kinds(t, c, kinds);
  }
  for (size_t k = 0; k < nrow; k++) {
    ng_free(rows[k].label);
    ng_free(rows[k].first);
    ng_free(rows[k].last);
  }
  ng_free(rows);
  if (r)
    goto done;
  r      = ng_tables_take(out, t);
  t      = NULL;
  ev.who = 1;
  if (r || (r = collect_events(q, person, NULL, &ev)))
    goto done;
  ng_buf_clear(&title);
  ng_buf_printf(&title, "%s: events", name);
  if ((r = events_table(&ev, ng_buf_str(&title), out)))
    goto done;
  /* Who else took part in the same events (one met before is a
     person). */
  for (size_t i = 0; i < ev.n; i++) {
    const Ids *seen = &ev.v[i].who;
    for (size_t j = 0; j < seen->len; j++)
      if (seen->id[j] != person && (ids_has(&met, seen->id[j]) ||
                                    kind_of(q, seen->id[j]) == NG_KIND_PERSON))
        ids_add(&met, seen->id[j], 1);
  }
  ng_buf_clear(&title);
  ng_buf_printf(&title, "%s: met most often", name);
  if ((r = ng_table_new(ng_buf_str(&title), 2, mcols, &t)))
    goto done;
  for (size_t shown = 0; shown < 10 && met.len; shown++) {
    size_t best = 0;
    for (size_t j = 1; j < met.len; j++)
      if (met.n[j] > met.n[best])
        best = j;
    if (met.n[best] <= 0)
      break;
    NgBuf pl = { 0 };
    char  nb[24];
    label_into(q, met.id[best], &pl);
    snprintf(nb, sizeof nb, "%ld", met.n[best]);
    const char                *c[2] = { ng_buf_str(&pl), nb };
    static const unsigned char k[2] = { NG_CELL_TEXT, NG_CELL_NUMBER };
    r                               = ng_table_add_kinds(t, c, k);
    ng_buf_free(&pl);
    met.n[best] = 0;
    if (r)
      goto done;
  }
  r = ng_tables_take(out, t);
  t = NULL;
done:
  ng_table_free(t);
  ng_buf_free(&title);
  events_free(&ev);
  ids_free(&posts);
  ids_free(&met);
  facts_free(&f);
  ng_buf_free(&nb0);
  ng_free(name);
  return r;
}

/* (see ng_query_org) */
static NgStatus
org_run(NgQuery *q, NgId org, NgTables *out)
{
  static const char *const pcols[] = { "post", "holders" };
  static const char *const scols[] = { "organization", "relation" };
  NgTable                 *t       = NULL;
  Ids                      posts = { 0 }, subs = { 0 }, parents = { 0 };
  Events                   ev = { 0 };
  NgStatus                 r;
  NgBuf                    title = { 0 };
  refresh_vocab(q);
  char *name = label_of(q, org);
  if (!name)
    return NG_ERR_NOMEM;
  ng_buf_printf(&title, "%s: posts", name);
  if ((r = ng_table_new(ng_buf_str(&title), 2, pcols, &t)) ||
      (r = subjects(q, q->v[V_POSTIN], org, &posts)))
    goto done;
  for (size_t i = 0; i < posts.len; i++) {
    Ids   holders = { 0 };
    NgBuf pl = { 0 }, hl = { 0 };
    subjects(q, q->v[V_HOLDS], posts.id[i], &holders);
    label_into(q, posts.id[i], &pl);
    for (size_t j = 0; j < holders.len; j++) {
      if (j)
        ng_buf_puts(&hl, "、");
      label_into(q, holders.id[j], &hl);
    }
    const char *c[2] = { ng_buf_str(&pl), ng_buf_str(&hl) };
    r                = add_row(t, c);
    ng_buf_free(&pl);
    ng_buf_free(&hl);
    ids_free(&holders);
    if (r)
      goto done;
  }
  r = ng_tables_take(out, t);
  t = NULL;
  if (r)
    goto done;
  ng_buf_clear(&title);
  ng_buf_printf(&title, "%s: sub-organizations", name);
  if ((r = ng_table_new(ng_buf_str(&title), 2, scols, &t)) ||
      (r = subjects(q, q->v[V_SUBORG], org, &subs)) ||
      (r = objects(q, org, q->v[V_SUBORG], &parents)))
    goto done;
  for (int k = 0; k < 2; k++) {
    Ids *set = k ? &parents : &subs;
    for (size_t i = 0; i < set->len; i++) {
      NgBuf sl = { 0 };
      label_into(q, set->id[i], &sl);
      const char *c[2] = { ng_buf_str(&sl),
                           k ? "part of" : "sub-organization" };
      r                = add_row(t, c);
      ng_buf_free(&sl);
      if (r)
        goto done;
    }
  }
  r = ng_tables_take(out, t);
  t = NULL;
  if (r || (r = collect_events(q, org, NULL, &ev)))
    goto done;
  ng_buf_clear(&title);
  ng_buf_printf(&title, "%s: events", name);
  r = events_table(&ev, ng_buf_str(&title), out);
done:
  ng_table_free(t);
  ids_free(&posts);
  ids_free(&subs);
  ids_free(&parents);
  events_free(&ev);
  ng_buf_free(&title);
  ng_free(name);
  return r;
}

/* 1 when date key K lies in [FROM, TO] compared on their own lengths.
   A key's year is 0000 when neither the event nor its article gives one:
   bounds of a year (2021, 2021-07) leave it out; bounds of any year (--07,
   --07-21) read the month and day of every key. */
static int
in_range(const char *k, const char *from, const char *to)
{
  const char *b = from && *from ? from : to && *to ? to : NULL;
  char        md[16];
  if (!b)
    return 1;
  if (!strncmp(b, "--", 2)) {
    /* 2021-07-21 -> --07-21; a year alone has no month */
    if (strlen(k) < 7 || k[4] != '-')
      return 0;
    snprintf(md, sizeof md, "-%s", k + 4);
    k = md;
  } else if (!strncmp(k, "0000", 4))
    return 0;
  if (from && *from && strncmp(k, from, strlen(from)) < 0)
    return 0;
  if (to && *to && strncmp(k, to, strlen(to)) > 0)
    return 0;
  return 1;
}

/* (see ng_query_trace) */
static NgStatus
trace_run(NgQuery *q, NgId org, const char *from, const char *to, NgTables *out)
{
  static const char *const cols[] = { "date", "event", "how", "source" };
  Events                   ev     = { 0 };
  Ids                      orgs   = { 0 };
  NgTable                 *t      = NULL;
  NgStatus                 r;
  refresh_vocab(q);
  char *name = label_of(q, org);
  if (!name)
    return NG_ERR_NOMEM;
  /* The organization and its sub-organizations, two levels down. */
  if ((r = ids_add(&orgs, org, 0)))
    goto done;
  for (size_t i = 0; i < orgs.len && i < 64; i++)
    if (orgs.n[i] < 2) {
      Ids subs = { 0 };
      subjects(q, q->v[V_SUBORG], orgs.id[i], &subs);
      for (size_t j = 0; j < subs.len; j++)
        if (!ids_has(&orgs, subs.id[j]))
          ids_add(&orgs, subs.id[j], orgs.n[i] + 1);
      ids_free(&subs);
    }
  for (size_t i = 0; i < orgs.len; i++) {
    NgBuf via = { 0 };
    if (orgs.id[i] != org)
      label_into(q, orgs.id[i], &via);
    else
      ng_buf_puts(&via, "");
    /* Events the body itself organized or joined. */
    size_t before = ev.n;
    if ((r = collect_events(q, orgs.id[i], NULL, &ev))) {
      ng_buf_free(&via);
      goto done;
    }
    for (size_t k = before; k < ev.n; k++) {
      NgBuf how = { 0 };
      ng_buf_printf(&how,
                    "%s%s%s",
                    via.len ? via.data : "",
                    via.len ? " " : "",
                    ev.v[k].role);
      ng_free(ev.v[k].via);
      ev.v[k].via = ng_buf_take(&how);
    }
    /* Events its officials took part in. */
    Ids posts = { 0 };
    subjects(q, q->v[V_POSTIN], orgs.id[i], &posts);
    for (size_t p = 0; p < posts.len; p++) {
      Ids holders = { 0 };
      subjects(q, q->v[V_HOLDS], posts.id[p], &holders);
      for (size_t h = 0; h < holders.len; h++) {
        Events pe = { 0 };
        if ((r = collect_events(q, holders.id[h], NULL, &pe)))
          break;
        for (size_t k = 0; k < pe.n; k++) {
          NgStatus  r2 = NG_OK;
          EventRow *e  = events_take(&ev, &pe.v[k], &r2);
          if (!e) {
            r = r2;
            break;
          }
          NgBuf how = { 0 };
          if (e->via)
            ng_buf_printf(&how, "%s; ", e->via);
          label_into(q, holders.id[h], &how);
          ng_buf_puts(&how, " (");
          label_into(q, posts.id[p], &how);
          ng_buf_printf(&how, ") %s", pe.v[k].role);
          ng_free(e->via);
          e->via = ng_buf_take(&how);
        }
        events_free(&pe);
        if (r)
          break;
      }
      ids_free(&holders);
      if (r)
        break;
    }
    ids_free(&posts);
    ng_buf_free(&via);
    if (r)
      goto done;
  }
  NgBuf title = { 0 };
  ng_buf_printf(&title, "%s: timeline", name);
  if (from)
    ng_buf_printf(&title, " from %s", from);
  if (to)
    ng_buf_printf(&title, " to %s", to);
  r = ng_table_new(ng_buf_str(&title), 4, cols, &t);
  ng_buf_free(&title);
  if (r)
    goto done;
  if (ev.n)
    qsort(ev.v, ev.n, sizeof *ev.v, by_date_asc);
  for (size_t i = 0; i < ev.n; i++) {
    const EventRow *e = &ev.v[i];
    if (!in_range(e->sortkey, from, to))
      continue;
    const char *c[4] = {
      e->date, e->label, e->via ? e->via : e->role, e->source
    };
    if ((r = add_row(t, c)))
      goto done;
  }
  r = ng_tables_take(out, t);
  t = NULL;
done:
  ng_table_free(t);
  events_free(&ev);
  ids_free(&orgs);
  ng_free(name);
  return r;
}

/* ---------------------------------------------------------------- path */

/* Breadth-first search from both ends over the relationship predicates,
   both ways: one hop joins an entity to an event it took part in, a post
   it holds, the organization of a post, or a parent organization. Each
   side keeps its nodes with the hop that reached them and a hash of ids to
   positions. */
typedef struct {
  NgId   *node, *parent, *via; /* parent: position of the node before */
  int    *dir; /* 1: parent --via--> node, -1: node --via--> parent */
  size_t  n, cap;
  size_t *slot;  /* hash of node ids: position + 1, 0 empty */
  size_t  nslot; /* power of two */
} Bfs;

static size_t
hash_id(NgId id)
{
  unsigned long long x = (unsigned long long)id * 0x9E3779B97F4A7C15ull;
  return (size_t)(x >> 17);
}

static long
bfs_find(const Bfs *b, NgId id)
{
  if (!b->nslot)
    return -1;
  size_t mask = b->nslot - 1;
  for (size_t i = hash_id(id) & mask; b->slot[i]; i = (i + 1) & mask)
    if (b->node[b->slot[i] - 1] == id)
      return (long)(b->slot[i] - 1);
  return -1;
}

static NgStatus
bfs_rehash(Bfs *b, size_t nslot)
{
  size_t *slot = ng_calloc(nslot, sizeof *slot);
  if (!slot)
    return NG_ERR_NOMEM;
  ng_free(b->slot);
  b->slot  = slot;
  b->nslot = nslot;
  for (size_t k = 0; k < b->n; k++) {
    size_t i = hash_id(b->node[k]) & (nslot - 1);
    while (slot[i])
      i = (i + 1) & (nslot - 1);
    slot[i] = k + 1;
  }
  return NG_OK;
}

static NgStatus
bfs_add(Bfs *b, NgId id, NgId parent, NgId via, int dir)
{
  if (b->n == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    NgId  *a   = ng_realloc(b->node, cap * sizeof *a);
    if (!a)
      return NG_ERR_NOMEM;
    b->node = a;
    if (!(a = ng_realloc(b->parent, cap * sizeof *a)))
      return NG_ERR_NOMEM;
    b->parent = a;
    if (!(a = ng_realloc(b->via, cap * sizeof *a)))
      return NG_ERR_NOMEM;
    b->via = a;
    int *d = ng_realloc(b->dir, cap * sizeof *d);
    if (!d)
      return NG_ERR_NOMEM;
    b->dir = d;
    b->cap = cap;
  }
  b->node[b->n]   = id;
  b->parent[b->n] = parent;
  b->via[b->n]    = via;
  b->dir[b->n]    = dir;
  b->n++;
  if (b->n * 2 > b->nslot)
    return bfs_rehash(b, b->nslot ? b->nslot * 2 : 256);
  size_t i = hash_id(id) & (b->nslot - 1);
  while (b->slot[i])
    i = (i + 1) & (b->nslot - 1);
  b->slot[i] = b->n;
  return NG_OK;
}

static void
bfs_free(Bfs *b)
{
  ng_free(b->node);
  ng_free(b->parent);
  ng_free(b->via);
  ng_free(b->dir);
  ng_free(b->slot);
}

#define PATH_MAX_NODES 400000

static const int path_rel[] = { V_CHAIR,     V_LEAD,      V_SPEAKER,
                                V_ACCOMPANY, V_ORGANIZER, V_ATTENDEE,
                                V_HOLDS,     V_POSTIN,    V_SUBORG };

/* A node's edges as (predicate, other end) pairs, in index order. */
typedef struct {
  NgId  *v; /* 2 ids a pair */
  size_t n, cap;
} Edges;

/* A node with more edges than this one way (a class every entity is
   typed with) has those of the path predicates looked up one by one. */
#define EDGES_MAX 4096

/* Reads into E the edges of node N: with OUT its quads as subject (s-p-o-g
   order: for one predicate the objects in id order), else its quads as
   object (o-s-p-g order: for one predicate the subjects in id order).
   NG_DONE when it has more than EDGES_MAX. */
static NgStatus
edges_read(NgQuery *q, NgId n, int out, Edges *e)
{
  static const char sql_out[] = "SELECT p, o FROM quad WHERE s=?1";
  static const char sql_in[]  = "SELECT p, s FROM quad WHERE o=?1";
  sqlite3_stmt     *st;
  NgStatus          r;
  e->n = 0;
  if ((r = stmt(q, out ? sql_out : sql_in, &st)))
    return r;
  sqlite3_bind_int64(st, 1, n);
  while ((r = step(q, st)) == NG_OK && e->n < EDGES_MAX) {
    if (e->n == e->cap) {
      size_t cap = e->cap ? e->cap * 2 : 64;
      NgId  *nv  = ng_realloc(e->v, cap * 2 * sizeof *nv);
      if (!nv) {
        r = NG_ERR_NOMEM;
        break;
      }
      e->v   = nv;
      e->cap = cap;
    }
    e->v[2 * e->n]     = sqlite3_column_int64(st, 0);
    e->v[2 * e->n + 1] = sqlite3_column_int64(st, 1);
    e->n++;
  }
  sqlite3_reset(st);
  return r == NG_OK ? NG_DONE : r == NG_DONE ? NG_OK : r;
}

/* Expands the nodes of X in [*lo, end) by one hop. When a new node is
   one Y has, *meet_x and *meet_y get its positions. A node's edges are
   read in two index ranges, then taken predicate by predicate (objects,
   then subjects), as objects() and subjects() would give them. */
static NgStatus
bfs_level(NgQuery   *q,
          Bfs       *x,
          const Bfs *y,
          size_t    *lo,
          long      *meet_x,
          long      *meet_y)
{
  size_t   end = x->n;
  Edges    eo = { 0 }, ei = { 0 };
  NgStatus r = NG_OK;
  for (size_t i = *lo; !r && i < end && x->n < PATH_MAX_NODES; i++) {
    NgStatus ro = edges_read(q, x->node[i], 1, &eo);
    NgStatus ri = edges_read(q, x->node[i], 0, &ei);
    if ((r = ro > NG_DONE ? ro : ri > NG_DONE ? ri : NG_OK))
      break;
    for (size_t k = 0; !r && k < sizeof path_rel / sizeof *path_rel; k++) {
      NgId p = q->v[path_rel[k]];
      if (p <= 0)
        continue;
      for (int dir = 1; !r && dir >= -1; dir -= 2) {
        Ids          next = { 0 };
        const Edges *e    = dir > 0 ? &eo : &ei;
        if ((dir > 0 ? ro : ri) == NG_DONE)
          r = dir > 0 ? objects(q, x->node[i], p, &next)
                      : subjects(q, p, x->node[i], &next);
        else
          for (size_t j = 0; !r && j < e->n; j++)
            if (e->v[2 * j] == p)
              r = ids_add(&next, e->v[2 * j + 1], 1);
        for (size_t j = 0; !r && j < next.len; j++) {
          if (bfs_find(x, next.id[j]) >= 0)
            continue;
          if ((r = bfs_add(x, next.id[j], (NgId)i, p, dir)))
            break;
          long other = bfs_find(y, next.id[j]);
          if (other >= 0) {
            *meet_x = (long)x->n - 1;
            *meet_y = other;
            ids_free(&next);
            ng_free(eo.v);
            ng_free(ei.v);
            return NG_OK;
          }
        }
        ids_free(&next);
      }
    }
  }
  ng_free(eo.v);
  ng_free(ei.v);
  if (!r)
    *lo = end;
  return r;
}

/* One row of the path: step number, node N, and the fact joining it to
   the node before (FROM --VIA--> TO as labels), when there is one. */
static NgStatus
path_row(NgQuery *q,
         NgTable *t,
         size_t   step,
         NgId     n,
         NgId     from,
         NgId     via,
         NgId     to)
{
  NgBuf name = { 0 }, link = { 0 };
  char  nb[24];
  snprintf(nb, sizeof nb, "%zu", step);
  label_into(q, n, &name);
  if (via) {
    NgBuf pn = { 0 };
    ng_query_format_id(q, via, &pn);
    label_into(q, from, &link);
    ng_buf_printf(&link, " %s ", ng_buf_str(&pn));
    label_into(q, to, &link);
    ng_buf_free(&pn);
  }
  const char *c[4] = {
    nb, ng_buf_str(&name), ng_query_kind_name(kind_of(q, n)), ng_buf_str(&link)
  };
  static const unsigned char k[4] = { NG_CELL_NUMBER, 0, 0, 0 };
  NgStatus                   r    = ng_table_add_kinds(t, c, k);
  ng_buf_free(&name);
  ng_buf_free(&link);
  return r;
}

/* (see ng_query_path) */
static NgStatus
path_run(NgQuery *q, NgId a, NgId b, NgTables *out)
{
  static const char *const cols[] = { "step", "entity", "kind", "link" };
  Bfs                      fa = { 0 }, fb = { 0 };
  NgTable                 *t = NULL;
  NgStatus                 r;
  long                     ma = -1, mb = -1;
  size_t                   la = 0, lb = 0;
  refresh_vocab(q);
  if ((r = bfs_add(&fa, a, 0, 0, 0)) || (r = bfs_add(&fb, b, 0, 0, 0)))
    goto done;
  if (a == b)
    ma = mb = 0;
  /* Grow the smaller frontier until the two sides meet. */
  while (ma < 0 && la < fa.n && lb < fb.n && fa.n + fb.n < PATH_MAX_NODES) {
    if (fa.n - la <= fb.n - lb)
      r = bfs_level(q, &fa, &fb, &la, &ma, &mb);
    else
      r = bfs_level(q, &fb, &fa, &lb, &mb, &ma);
    if (r)
      goto done;
  }
  if (ma < 0) {
    r = NG_DONE;
    goto done;
  }
  /* A's side from A to the meeting node, then B's side on to B. */
  size_t  len   = 0, at;
  size_t *chain = ng_malloc((fa.n + 1) * sizeof *chain);
  if (!chain) {
    r = NG_ERR_NOMEM;
    goto done;
  }
  for (at = (size_t)ma;; at = (size_t)fa.parent[at]) {
    chain[len++] = at;
    if (at == 0)
      break;
  }
  if ((r = ng_table_new(NULL, 4, cols, &t))) {
    ng_free(chain);
    goto done;
  }
  size_t step = 1;
  for (size_t i = len; !r && i-- > 0; step++) {
    size_t k   = chain[i];
    NgId   par = k ? fa.node[fa.parent[k]] : 0;
    r          = path_row(q,
                 t,
                 step,
                 fa.node[k],
                 fa.dir[k] > 0 ? par : fa.node[k],
                 k ? fa.via[k] : 0,
                 fa.dir[k] > 0 ? fa.node[k] : par);
  }
  ng_free(chain);
  for (at = (size_t)mb; !r && at != 0; step++) {
    /* B's side stores each hop at the node nearer the meeting point. */
    size_t nx  = (size_t)fb.parent[at];
    NgId   cur = fb.node[at], nxt = fb.node[nx];
    r  = path_row(q,
                 t,
                 step,
                 nxt,
                 fb.dir[at] > 0 ? nxt : cur,
                 fb.via[at],
                 fb.dir[at] > 0 ? cur : nxt);
    at = nx;
  }
  if (!r) {
    r = ng_tables_take(out, t);
    t = NULL;
  }
done:
  ng_table_free(t);
  bfs_free(&fa);
  bfs_free(&fb);
  return r;
}

/* ---------------------------------------------------------------- search */

/* Appends a snippet of TEXT around its first match of NEEDLE to B: at most
   about 30 characters either side. */
static void
snippet(const char *text, const char *needle, NgBuf *b)
{
  const char *hit = strstr(text, needle);
  size_t      len = strlen(text);
  if (!hit || len <= 180) {
    ng_buf_puts(b, text);
    return;
  }
  const char *s = hit, *e = hit + strlen(needle);
  for (int n = 0; n < 30 && s > text; n++)
    do
      s--;
    while (s > text && ((unsigned char)*s & 0xC0) == 0x80);
  for (int n = 0; n < 30 && *e; n++)
    do
      e++;
    while (*e && ((unsigned char)*e & 0xC0) == 0x80);
  if (s > text)
    ng_buf_puts(b, "…");
  ng_buf_append(b, s, (size_t)(e - s));
  if (*e)
    ng_buf_puts(b, "…");
}

NgStatus
ng_query_search(NgQuery *q, const char *text, NgTables *out)
{
  static const char *const cols[] = { "kind", "match", "where" };
  /* Trigram MATCH for three characters or more; LIKE below that. */
  static const char sql_match[] =
    "SELECT rowid, text FROM ng_text WHERE ng_text MATCH ?1 "
    "ORDER BY rowid<0 DESC, rowid LIMIT ?2";
  static const char sql_like[] =
    "SELECT rowid, text FROM ng_text WHERE text LIKE ?1 ESCAPE '\\' "
    "ORDER BY rowid<0 DESC, rowid LIMIT ?2";
  NgTable      *t = NULL;
  sqlite3_stmt *st;
  NgStatus      r;
  NgBuf         arg = { 0 };
  refresh_vocab(q);
  int short_q = utf8_chars(text) < 3;
  if (short_q) {
    ng_buf_putc(&arg, '%');
    for (const char *p = text; *p; p++) {
      if (*p == '%' || *p == '_' || *p == '\\')
        ng_buf_putc(&arg, '\\');
      ng_buf_putc(&arg, *p);
    }
    ng_buf_putc(&arg, '%');
  } else {
    /* One phrase: double quotes inside are doubled. */
    ng_buf_putc(&arg, '"');
    for (const char *p = text; *p; p++) {
      if (*p == '"')
        ng_buf_putc(&arg, '"');
      ng_buf_putc(&arg, *p);
    }
    ng_buf_putc(&arg, '"');
  }
  if (!arg.data)
    return NG_ERR_NOMEM;
  if ((r = stmt(q, short_q ? sql_like : sql_match, &st))) {
    ng_buf_free(&arg);
    ng_buf_clear(&q->err);
    ng_buf_puts(&q->err, "no text index (the shell builds it on open)");
    return r;
  }
  /* One more than the limit tells that there are more. */
  sqlite3_bind_text(st, 1, ng_buf_str(&arg), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 2, q->search_limit > 0 ? q->search_limit + 1 : -1);
  if ((r = ng_table_new(NULL, 3, cols, &t)))
    goto done;
  /* Read all rows first: describing them runs other statements. */
  Ids    rows  = { 0 };
  char **texts = NULL;
  while ((r = step(q, st)) == NG_OK) {
    if ((r = ids_add(&rows, sqlite3_column_int64(st, 0), 0)))
      break;
    char **nt = ng_realloc(texts, rows.cap * sizeof *nt);
    if (!nt) {
      r = NG_ERR_NOMEM;
      break;
    }
    texts               = nt;
    texts[rows.len - 1] = ng_strdup((const char *)sqlite3_column_text(st, 1));
  }
  sqlite3_reset(st);
  if (r == NG_DONE)
    r = NG_OK;
  size_t shown = rows.len;
  if (!r && q->search_limit > 0 && rows.len > (size_t)q->search_limit) {
    shown           = (size_t)q->search_limit;
    NgTable *titled = NULL;
    NgBuf    title  = { 0 };
    ng_buf_printf(&title,
                  "the first %zu matches (more in a mode other than table, "
                  "or with a longer text)",
                  shown);
    if (!(r = ng_table_new(ng_buf_str(&title), 3, cols, &titled))) {
      ng_table_free(t);
      t = titled;
    }
    ng_buf_free(&title);
  }
  for (size_t i = 0; !r && i < shown; i++) {
    NgId  id   = rows.id[i];
    NgBuf kind = { 0 }, match = { 0 }, where = { 0 };
    if (id < 0) {
      /* A literal: show each entity it labels. */
      Ids ents = { 0 };
      subjects(q, q->v[V_LABEL], -id, &ents);
      subjects(q, q->v[V_ALT], -id, &ents);
      for (size_t k = 0; !r && k < ents.len && k < 8; k++) {
        ng_buf_clear(&where);
        ng_query_format_id(q, ents.id[k], &where);
        const char *c[3] = { ng_query_kind_name(kind_of(q, ents.id[k])),
                             texts[i],
                             ng_buf_str(&where) };
        r                = add_row(t, c);
      }
      ids_free(&ents);
    } else {
      snippet(texts[i] ? texts[i] : "", text, &match);
      source_into(q, id >> SENT_SHIFT, &where);
      ng_buf_printf(&kind, "sentence");
      const char *c[3] = { ng_buf_str(&kind),
                           ng_buf_str(&match),
                           ng_buf_str(&where) };
      r                = add_row(t, c);
    }
    ng_buf_free(&kind);
    ng_buf_free(&match);
    ng_buf_free(&where);
  }
  for (size_t i = 0; texts && i < rows.len; i++)
    ng_free(texts[i]);
  ng_free(texts);
  ids_free(&rows);
  if (!r) {
    r = ng_tables_take(out, t);
    t = NULL;
  }
done:
  ng_table_free(t);
  ng_buf_free(&arg);
  return r;
}

/* ---------------------------------------------------------------- why */

static NgStatus why_run(NgQuery  *q,
                        NgId      s,
                        NgId      p,
                        NgId      o,
                        int       inverse,
                        NgTables *out);

NgStatus
ng_query_why(NgQuery *q, NgId s, NgId p, NgId o, NgTables *out)
{
  return why_run(q, s, p, o, 0, out);
}

NgStatus
ng_query_why_object(NgQuery *q, NgId o, NgId p, NgTables *out)
{
  return why_run(q, o, p, 0, 1, out);
}

/* (see ng_query_why): the facts with S as subject, or with INVERSE as
   object, which the rows then name by their subject. */
static NgStatus
why_run(NgQuery *q, NgId s, NgId p, NgId o, int inverse, NgTables *out)
{
  static const char *const cols[] = {
    "predicate", "object", "source", "sentence"
  };
  static const char *const icols[] = {
    "subject", "predicate", "source", "sentence"
  };
  static const char sql[] =
    "SELECT q.p, q.o, src.name, a.part, se.text, q.g FROM quad q "
    "LEFT JOIN article a ON a.g=q.g LEFT JOIN source src ON src.id=a.source "
    "LEFT JOIN prov pr ON pr.g=q.g AND pr.s=q.s AND pr.p=q.p AND pr.o=q.o "
    "LEFT JOIN sentence se ON se.g=pr.g AND se.idx=pr.sentence "
    "WHERE q.s=?1 AND (?2=0 OR q.p=?2) AND (?3=0 OR q.o=?3) "
    "ORDER BY q.p, q.o, src.name, a.part, pr.start";
  static const char isql[] =
    "SELECT q.p, q.s, src.name, a.part, se.text, q.g FROM quad q "
    "LEFT JOIN article a ON a.g=q.g LEFT JOIN source src ON src.id=a.source "
    "LEFT JOIN prov pr ON pr.g=q.g AND pr.s=q.s AND pr.p=q.p AND pr.o=q.o "
    "LEFT JOIN sentence se ON se.g=pr.g AND se.idx=pr.sentence "
    "WHERE q.o=?1 AND (?2=0 OR q.p=?2) AND ?3=0 "
    "ORDER BY q.p, q.s, src.name, a.part, pr.start";
  NgTable      *t = NULL;
  sqlite3_stmt *st;
  NgStatus      r;
  refresh_vocab(q);
  if ((r = stmt(q, inverse ? isql : sql, &st)))
    return r;
  sqlite3_bind_int64(st, 1, s);
  sqlite3_bind_int64(st, 2, p);
  sqlite3_bind_int64(st, 3, o);
  NgBuf title = { 0 };
  label_into(q, s, &title);
  if (inverse)
    ng_buf_puts(&title, ": as object");
  r = ng_table_new(ng_buf_str(&title), 4, inverse ? icols : cols, &t);
  ng_buf_free(&title);
  /* Rows first; formatting terms runs other statements. */
  typedef struct {
    NgId  p, o, g;
    char *src, *sent;
  } WhyRow;
  WhyRow *rows = NULL;
  size_t  n = 0, cap = 0;
  while (!r && (r = step(q, st)) == NG_OK) {
    if (n == cap) {
      cap        = cap ? cap * 2 : 16;
      WhyRow *nr = ng_realloc(rows, cap * sizeof *nr);
      if (!nr) {
        r = NG_ERR_NOMEM;
        break;
      }
      rows = nr;
    }
    NgBuf src = { 0 };
    if (sqlite3_column_type(st, 2) != SQLITE_NULL)
      ng_buf_printf(&src,
                    "%s#%d",
                    (const char *)sqlite3_column_text(st, 2),
                    sqlite3_column_int(st, 3));
    ng_buf_puts(&src, "");
    const char *se = (const char *)sqlite3_column_text(st, 4);
    rows[n].p      = sqlite3_column_int64(st, 0);
    rows[n].o      = sqlite3_column_int64(st, 1);
    rows[n].g      = sqlite3_column_int64(st, 5);
    rows[n].src    = ng_buf_take(&src);
    rows[n].sent   = ng_strdup(se ? se : "");
    n++;
  }
  sqlite3_reset(st);
  if (r == NG_DONE)
    r = NG_OK;
  for (size_t i = 0; !r && i < n; i++) {
    if (!*rows[i].src) {
      /* Not built here: the graph's own ng:sourceFile and ng:part. */
      NgBuf src = { 0 };
      source_into(q, rows[i].g, &src);
      if (src.len) {
        ng_free(rows[i].src);
        rows[i].src = ng_buf_take(&src);
      }
      ng_buf_free(&src);
    }
  }
  for (size_t i = 0; !r && i < n; i++) {
    NgBuf pb = { 0 }, ob = { 0 };
    ng_query_format_id(q, rows[i].p, &pb);
    NgTerm *ot = NULL;
    if (ng_store_term(q->store, rows[i].o, &ot) == NG_OK &&
        ot->kind == NG_TERM_IRI) {
      /* An entity: its label reads better than its IRI. */
      if (!literal_of(q, rows[i].o, q->v[V_LABEL], &ob))
        ng_query_format_term(q, ot, &ob);
    } else if (ot)
      ng_query_format_term(q, ot, &ob);
    ng_free(ot);
    const char *c[4] = { ng_buf_str(inverse ? &ob : &pb),
                         ng_buf_str(inverse ? &pb : &ob),
                         rows[i].src,
                         rows[i].sent };
    r                = add_row(t, c);
    ng_buf_free(&pb);
    ng_buf_free(&ob);
  }
  for (size_t i = 0; i < n; i++) {
    ng_free(rows[i].src);
    ng_free(rows[i].sent);
  }
  ng_free(rows);
  if (!r) {
    r = ng_tables_take(out, t);
    t = NULL;
  }
  ng_table_free(t);
  return r;
}

/* ---------------------------------------------------------------- find */

NgStatus
ng_query_find(NgQuery *q, const NgId pat[4], NgTables *out)
{
  static const char *const cols[] = { "s", "p", "o", "g" };
  NgTable                 *t      = NULL;
  NgIter                  *it     = NULL;
  NgStatus                 r;
  NgId                     quad[4];
  if ((r = ng_table_new(NULL, 4, cols, &t)))
    return r;
  for (int i = 0; i < 4; i++)
    if (pat[i] < 0) /* a bound term the store does not know */
      return ng_tables_take(out, t);
  if ((r = ng_store_match(q->store, pat[0], pat[1], pat[2], pat[3], &it)))
    goto done;
  while ((r = ng_iter_next(it, quad)) == NG_OK) {
    NgBuf         b[4] = { { 0 } };
    unsigned char k[4] = { 0 };
    for (int i = 0; i < 4; i++) {
      NgTerm *term = NULL;
      if (ng_store_term(q->store, quad[i], &term) == NG_OK)
        ng_query_format_cell(q, term, &b[i], &k[i]);
      ng_free(term);
    }
    const char *c[4] = {
      ng_buf_str(&b[0]), ng_buf_str(&b[1]), ng_buf_str(&b[2]), ng_buf_str(&b[3])
    };
    r = ng_table_add_kinds(t, c, k);
    for (int i = 0; i < 4; i++)
      ng_buf_free(&b[i]);
    if (r)
      goto done;
  }
  if (r == NG_DONE)
    r = NG_OK;
  else
    db_fail(q, "matching quads");
done:
  ng_iter_free(it);
  if (r) {
    ng_table_free(t);
    return r;
  }
  return ng_tables_take(out, t);
}

/* The read-only commands, each in one read transaction. */
static NgStatus
in_read(NgQuery *q,
        NgStatus (*run)(NgQuery *, NgId, NgTables *),
        NgId      id,
        NgTables *out)
{
  int      began = read_begin(q);
  NgStatus r     = run(q, id, out);
  read_end(q, began);
  return r;
}

NgStatus
ng_query_attendees(NgQuery *q, NgId event, NgTables *out)
{
  return in_read(q, attendees_run, event, out);
}

NgStatus
ng_query_events(NgQuery *q, NgId who, NgTables *out)
{
  return in_read(q, events_run, who, out);
}

NgStatus
ng_query_person(NgQuery *q, NgId person, NgTables *out)
{
  return in_read(q, person_run, person, out);
}

NgStatus
ng_query_org(NgQuery *q, NgId org, NgTables *out)
{
  return in_read(q, org_run, org, out);
}

NgStatus
ng_query_trace(NgQuery    *q,
               NgId        org,
               const char *from,
               const char *to,
               NgTables   *out)
{
  int      began = read_begin(q);
  NgStatus r     = trace_run(q, org, from, to, out);
  read_end(q, began);
  return r;
}

NgStatus
ng_query_path(NgQuery *q, NgId a, NgId b, NgTables *out)
{
  int      began = read_begin(q);
  NgStatus r     = path_run(q, a, b, out);
  read_end(q, began);
  return r;
}

NgStatus
ng_query_resolve(NgQuery *q, const char *name, int kinds, NgCandidates *out)
{
  int      began = read_begin(q);
  NgStatus r     = resolve_run(q, name, kinds, out);
  read_end(q, began);
  return r;
}
