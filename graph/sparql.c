/* graph/sparql.c -- SPARQL through rasqal, with the store as its triples
   source: rasqal parses, plans and evaluates; each triple pattern it asks
   for becomes one SQL range over a quad index. */
#include "graph/sparql.h"

#include "graph/store_internal.h"
#include "graph/vocab.h"

#include <ctype.h>
#include <rasqal.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define STMT_DEPTH 4

/* A triple pattern as the memo knows it: its bound ids (0 where free)
   and whether it has a graph part; they make its SQL too. */
typedef struct {
  NgId id[4];
  int  graph;
} PatKey;

/* A list of term ids. */
typedef struct {
  NgId  *v;
  size_t n, cap;
} IdList;

struct NgSparql {
  NgStore *store;
  NgQuery *q;
  /* The query's FROM graphs (see set_from_graphs): when from_set, its
     default graph is their merge, not the union of every article. */
  int           from_set;
  NgId         *from;
  size_t        from_n;
  NgBuf         from_sql; /* " AND g IN (...)", the ids above */
  rasqal_world *world;
  raptor_world *raptor;
  NgBuf         err; /* first error rasqal logged for this query */
  int           line, col;
  size_t        shift;   /* bytes of prefixes before the user's text */
  IdList       *collect; /* a DESCRIBE's WHERE part: the IRIs and blank
                            nodes of its solutions go here, not in a table */
  /* that DESCRIBE's FROM graphs, kept past the query: when dfrom_set, the
     descriptions are read from them only */
  int    dfrom_set;
  IdList dfrom;
  /* For the query being run: the terms already made into literals (id ->
     literal, open addressing), and the complete answers of the patterns
     asked so far, since rasqal asks the same unbound pattern again for
     every row on the other side of a join. */
  struct {
    NgId            id;
    rasqal_literal *lit;
  } * lit;
  size_t nlit, caplit;
  /* the same literals by address (caplit slots): the id of a variable's
     value, which is the cached literal itself, without hashing its text */
  struct {
    const rasqal_literal *lit;
    NgId                  id;
  } * rev;
  struct {
    PatKey key; /* the pattern, when used */
    int    used;
    NgId  *rows; /* 4 ids a row */
    size_t n;
    /* the cached literals of the rows' ids, filled as replays meet them
       (borrowed from the literal cache), so that replaying the answer
       again reads them in order instead of hashing every id */
    rasqal_literal **lits;
  } memo[8];
  int memo_next;
  /* Prepared pattern statements, up to STMT_DEPTH per kind of pattern
     (graph part or not, and which of s, p, o, g are bound: a basic graph
     pattern often nests patterns of one kind), reset and bound again for
     each match; a statement busy in an outer match is not shared. */
  struct {
    sqlite3_stmt *stmt;
    int           busy;
  } stmts[32 * STMT_DEPTH];
};

/* The triples source's user data (rasqal allocates it). */
typedef struct {
  NgSparql *sp;
} Source;

/* One triple pattern being matched: rows from SQLite, recorded as they
   come, or replayed from an answer recorded before. */
typedef struct {
  NgSparql     *sp;
  sqlite3_stmt *stmt;
  int           slot; /* index in sp->stmts, or -1 for a statement of its own */
  int           dedup; /* default graph: skip a row equal to the last one */
  int           row;   /* on a row */
  int           graph; /* the pattern has a graph part */
  NgId          cur[4];
  PatKey        key;  /* the pattern, for the memo */
  NgId         *rows; /* recording */
  size_t        n, cap;
  int           recording;
  const NgId   *replay; /* replaying */
  rasqal_literal **replay_lits;
  size_t           replay_n, pos;
} Match;

static NgStatus
ids_add(IdList *l, NgId id)
{
  if (l->n == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 16;
    NgId  *nv = ng_realloc(l->v, nc * sizeof *nv);
    if (!nv)
      return NG_ERR_NOMEM;
    l->v   = nv;
    l->cap = nc;
  }
  l->v[l->n++] = id;
  return NG_OK;
}

#define MAX_LITERALS (1u << 21)
#define MAX_MEMO_ROWS (1u << 20)

/* Forgets what the last query cached. */
static void
clear_caches(NgSparql *sp)
{
  for (size_t i = 0; i < sp->caplit; i++)
    if (sp->lit[i].lit)
      rasqal_free_literal(sp->lit[i].lit);
  ng_free(sp->lit);
  ng_free(sp->rev);
  sp->lit    = NULL;
  sp->rev    = NULL;
  sp->nlit   = 0;
  sp->caplit = 0;
  for (int i = 0; i < 8; i++) {
    ng_free(sp->memo[i].rows);
    ng_free(sp->memo[i].lits);
    memset(&sp->memo[i], 0, sizeof sp->memo[i]);
  }
  sp->memo_next = 0;
  ng_free(sp->from);
  sp->from     = NULL;
  sp->from_n   = 0;
  sp->from_set = 0;
  ng_buf_free(&sp->from_sql);
}

/* ---------------------------------------------------------------- terms */

static char *
rasqal_copy(const char *s)
{
  size_t n = strlen(s) + 1;
  char  *c = rasqal_alloc_memory(n);
  if (c)
    memcpy(c, s, n);
  return c;
}

/* A new rasqal literal for term ID, or NULL. */
static rasqal_literal *
literal_of_id(NgSparql *sp, NgId id)
{
  NgTerm *t = NULL;
  if (ng_store_term(sp->store, id, &t))
    return NULL;
  rasqal_literal *l = NULL;
  switch (t->kind) {
    case NG_TERM_IRI: {
      raptor_uri *u =
        raptor_new_uri(sp->raptor, (const unsigned char *)t->value);
      if (u)
        l = rasqal_new_uri_literal(sp->world, u);
      break;
    }
    case NG_TERM_BLANK: {
      char *v = rasqal_copy(t->value);
      if (v)
        l = rasqal_new_simple_literal(
          sp->world, RASQAL_LITERAL_BLANK, (unsigned char *)v);
      break;
    }
    case NG_TERM_LITERAL: {
      char       *v    = rasqal_copy(t->value);
      char       *lang = t->lang && *t->lang ? rasqal_copy(t->lang) : NULL;
      raptor_uri *dt =
        t->datatype && *t->datatype
          ? raptor_new_uri(sp->raptor, (const unsigned char *)t->datatype)
          : NULL;
      if (v)
        l = rasqal_new_string_literal(
          sp->world, (unsigned char *)v, lang, dt, NULL);
      break;
    }
    case NG_TERM_NONE:
      break;
  }
  ng_free(t);
  return l;
}

static size_t
hash_id(NgId id)
{
  /* splitmix64's finalizer: every bit of the id reaches the low bits */
  unsigned long long x = (unsigned long long)id;
  x                    = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x                    = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return (size_t)(x ^ (x >> 31));
}

static size_t
hash_ptr(const void *p)
{
  return hash_id((NgId)(uintptr_t)p);
}

/* Adds literal L of term ID to sp->rev. */
static void
rev_put(NgSparql *sp, const rasqal_literal *l, NgId id)
{
  size_t j = hash_ptr(l) & (sp->caplit - 1);
  while (sp->rev[j].lit)
    j = (j + 1) & (sp->caplit - 1);
  sp->rev[j].lit = l;
  sp->rev[j].id  = id;
}

/* The term id of L when L is one of the cache's literals, else 0. */
static NgId
rev_get(const NgSparql *sp, const rasqal_literal *l)
{
  if (!sp->rev)
    return 0;
  for (size_t j = hash_ptr(l) & (sp->caplit - 1); sp->rev[j].lit;
       j        = (j + 1) & (sp->caplit - 1))
    if (sp->rev[j].lit == l)
      return sp->rev[j].id;
  return 0;
}

/* The cache's literal for term ID (borrowed, it lives until the query
   ends), or NULL when the cache is full or ID has no term. */
static rasqal_literal *
borrowed_literal(NgSparql *sp, NgId id)
{
  if (sp->nlit * 2 >= sp->caplit && sp->caplit < MAX_LITERALS * 2) {
    size_t nc = sp->caplit ? sp->caplit * 2 : 1024;
    void  *nl = ng_calloc(nc, sizeof *sp->lit);
    void  *nr = nl ? ng_calloc(nc, sizeof *sp->rev) : NULL;
    if (!nr) {
      ng_free(nl);
      nl = NULL;
    }
    if (nl) {
      ng_free(sp->rev);
      sp->rev = nr;
      for (size_t i = 0; i < sp->caplit; i++) {
        if (!sp->lit[i].lit)
          continue;
        size_t j = hash_id(sp->lit[i].id) & (nc - 1);
        while (((__typeof__(sp->lit))nl)[j].lit)
          j = (j + 1) & (nc - 1);
        ((__typeof__(sp->lit))nl)[j] = sp->lit[i];
      }
      ng_free(sp->lit);
      sp->lit    = nl;
      sp->caplit = nc;
      for (size_t i = 0; i < nc; i++)
        if (sp->lit[i].lit)
          rev_put(sp, sp->lit[i].lit, sp->lit[i].id);
    }
  }
  if (!sp->caplit || sp->nlit * 2 >= sp->caplit)
    return NULL;
  size_t j = hash_id(id) & (sp->caplit - 1);
  while (sp->lit[j].lit && sp->lit[j].id != id)
    j = (j + 1) & (sp->caplit - 1);
  if (!sp->lit[j].lit) {
    rasqal_literal *l = literal_of_id(sp, id);
    if (!l)
      return NULL;
    sp->lit[j].id  = id;
    sp->lit[j].lit = l;
    sp->nlit++;
    rev_put(sp, l, id);
  }
  return sp->lit[j].lit;
}

/* A literal for term ID (the caller owns it), from the cache when the
   query met ID before. */
static rasqal_literal *
cached_literal(NgSparql *sp, NgId id)
{
  rasqal_literal *l = borrowed_literal(sp, id);
  return l ? rasqal_new_literal_from_literal(l) : literal_of_id(sp, id);
}

/* The store id of rasqal literal L: 0 when L is unknown to the store (so
   nothing matches), -1 when L cannot be a stored term. */
static NgId
id_of_literal(NgSparql *sp, rasqal_literal *l)
{
  NgTerm t;
  NgId   id = rev_get(sp, l);
  if (id > 0)
    return id;
  memset(&t, 0, sizeof t);
  switch (rasqal_literal_get_rdf_term_type(l)) {
    case RASQAL_LITERAL_URI:
      t = ng_iri((const char *)raptor_uri_as_string(l->value.uri));
      break;
    case RASQAL_LITERAL_BLANK:
      t = ng_blank((const char *)l->string);
      break;
    case RASQAL_LITERAL_STRING:
    default:
      if (!l->string)
        return -1;
      t = ng_literal(
        (const char *)l->string,
        l->language,
        l->datatype ? (const char *)raptor_uri_as_string(l->datatype) : NULL);
      break;
  }
  return ng_store_term_id(sp->store, &t, 0, &id) == NG_OK ? id : 0;
}

/* ---------------------------------------------------------------- matching */

static rasqal_triple_parts
bind_match(rasqal_triples_match *rtm,
           void                 *user_data,
           rasqal_variable      *bindings[4],
           rasqal_triple_parts   parts)
{
  static const rasqal_triple_parts part[4] = { RASQAL_TRIPLE_SUBJECT,
                                               RASQAL_TRIPLE_PREDICATE,
                                               RASQAL_TRIPLE_OBJECT,
                                               RASQAL_TRIPLE_ORIGIN };
  Match                           *m       = rtm->user_data;
  rasqal_triple_parts              result  = (rasqal_triple_parts)0;
  NgId                             v[4];
  (void)user_data;
  if (!m->row)
    return result;
  for (int i = 0; i < 4; i++)
    v[i] = m->cur[i];
  for (int i = 0; i < 4; i++) {
    if (!bindings[i] || !(parts & part[i]) || (i == 3 && !m->graph))
      continue;
    int repeat = 0;
    for (int k = 0; k < i; k++)
      if (bindings[k] == bindings[i]) {
        /* ?x in two places: the values must agree */
        if (v[k] != v[i])
          return (rasqal_triple_parts)0;
        repeat = 1;
      }
    if (repeat)
      continue;
    rasqal_literal *l = NULL;
    if (m->replay_lits) {
      rasqal_literal **slot = &m->replay_lits[4 * m->pos + (size_t)i];
      if (!*slot)
        *slot = borrowed_literal(m->sp, v[i]);
      if (*slot)
        l = rasqal_new_literal_from_literal(*slot);
    }
    if (!l)
      l = cached_literal(m->sp, v[i]);
    if (!l)
      return (rasqal_triple_parts)0;
    rasqal_variable_set_value(bindings[i], l);
    result = (rasqal_triple_parts)(result | part[i]);
  }
  return result;
}

/* Reads the statement's current row into CUR, recording it. */
static void
take_row(Match *m)
{
  for (int i = 0; i < 4; i++)
    m->cur[i] = sqlite3_column_int64(m->stmt, i);
  if (!m->recording)
    return;
  if (m->n == m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    NgId  *nr =
      cap <= MAX_MEMO_ROWS ? ng_realloc(m->rows, cap * 4 * sizeof *nr) : NULL;
    if (!nr) {
      m->recording = 0; /* too big to keep: just stream it */
      return;
    }
    m->rows = nr;
    m->cap  = cap;
  }
  memcpy(m->rows + 4 * m->n++, m->cur, sizeof m->cur);
}

/* Moves to the next row: from the replay, or from SQLite; at the end of a
   complete recording the answer goes to the memo. */
static void
advance(Match *m, int first)
{
  NgSparql *sp = m->sp;
  if (m->replay) {
    if (!first)
      m->pos++;
    m->row = m->pos < m->replay_n && !ng_query_interrupted(sp->q);
    if (m->row)
      memcpy(m->cur, m->replay + 4 * m->pos, sizeof m->cur);
    return;
  }
  for (;;) {
    m->row = m->stmt && !ng_query_interrupted(sp->q) &&
             sqlite3_step(m->stmt) == SQLITE_ROW;
    /* The default graph is the union of the graphs: the rows come in
       index order, so a triple held by several graphs comes in a run */
    if (!m->row || !m->dedup || first ||
        sqlite3_column_int64(m->stmt, 0) != m->cur[0] ||
        sqlite3_column_int64(m->stmt, 1) != m->cur[1] ||
        sqlite3_column_int64(m->stmt, 2) != m->cur[2])
      break;
  }
  if (m->row) {
    take_row(m);
    return;
  }
  /* Memo entries live until the query ends (replays point into them): when
     all eight are taken, answers are no longer kept. */
  if (m->recording && sp->memo_next < 8 && !ng_query_interrupted(sp->q)) {
    int k            = sp->memo_next++;
    sp->memo[k].key  = m->key;
    sp->memo[k].used = 1;
    sp->memo[k].rows = m->rows;
    sp->memo[k].n    = m->n;
    m->rows          = NULL;
    m->recording     = 0;
  }
}

static void
next_match(rasqal_triples_match *rtm, void *user_data)
{
  (void)user_data;
  advance(rtm->user_data, 0);
}

static int
is_end(rasqal_triples_match *rtm, void *user_data)
{
  Match *m = rtm->user_data;
  (void)user_data;
  return !m->row;
}

static void
finish(rasqal_triples_match *rtm, void *user_data)
{
  Match *m = rtm->user_data;
  (void)user_data;
  if (m) {
    if (m->slot >= 0) {
      sqlite3_reset(m->stmt);
      sqlite3_clear_bindings(m->stmt);
      m->sp->stmts[m->slot].busy = 0;
    } else
      sqlite3_finalize(m->stmt);
    ng_free(m->rows);
    ng_free(m);
  }
  rtm->user_data = NULL;
}

static int
init_match(rasqal_triples_match  *rtm,
           rasqal_triples_source *rts,
           void                  *user_data,
           rasqal_triple_meta    *meta,
           rasqal_triple         *t)
{
  static const char *const col[4] = { "s", "p", "o", "g" };
  Source                  *src    = user_data;
  NgSparql                *sp     = src->sp;
  rasqal_literal *part[4] = { t->subject, t->predicate, t->object, t->origin };
  NgId            id[4]   = { 0, 0, 0, 0 };
  int             empty   = 0;
  (void)rts;
  rtm->bind_match = bind_match;
  rtm->next_match = next_match;
  rtm->is_end     = is_end;
  rtm->finish     = finish;
  Match *m        = ng_calloc(1, sizeof *m);
  if (!m)
    return 1;
  rtm->user_data = m;
  m->sp          = sp;
  m->slot        = -1;
  m->graph       = t->origin != NULL;
  for (int i = 0; i < 4; i++) {
    if (!part[i])
      continue;
    rasqal_variable *var = rasqal_literal_as_variable(part[i]);
    rasqal_literal  *val = var ? var->value : part[i];
    meta->bindings[i]    = var;
    if (val) {
      id[i] = id_of_literal(sp, val);
      if (id[i] <= 0)
        empty = 1;
    }
  }
  if (empty)
    return 0; /* a bound term the store lacks: no rows */
  int from = !m->graph && sp->from_set;
  if (from && !sp->from_n)
    return 0; /* FROM graphs the store lacks: an empty default graph */
  /* The default graph is the union of the graphs: distinct triples, read
     in the order of the index that serves the pattern (s p o g, p o s g or
     o s p g: g last), so that copies of a triple come together. */
  int mask = 0;
  for (int i = 0; i < 4; i++)
    if (id[i] > 0)
      mask |= 1 << i;
  m->dedup = !m->graph;
  memset(&m->key, 0, sizeof m->key);
  memcpy(m->key.id, id, sizeof id);
  m->key.graph = m->graph;
  /* Asked before in this query: replay the answer. */
  for (int k = 0; k < 8; k++)
    if (sp->memo[k].used && !memcmp(&sp->memo[k].key, &m->key, sizeof m->key)) {
      if (!sp->memo[k].lits && sp->memo[k].n)
        sp->memo[k].lits =
          ng_calloc(4 * sp->memo[k].n, sizeof *sp->memo[k].lits);
      m->replay_lits = sp->memo[k].lits;
      m->replay      = sp->memo[k].rows;
      m->replay_n    = sp->memo[k].n;
      advance(m, 1);
      return 0;
    }
  int kind = ((m->graph ? 16 : 0) + mask) * STMT_DEPTH;
  int slot = -1, spare = -1;
  int rc = SQLITE_OK;
  /* Under FROM the statement holds the query's graphs: not kept. */
  for (int j = kind; !from && slot < 0 && j < kind + STMT_DEPTH; j++)
    if (sp->stmts[j].stmt && !sp->stmts[j].busy)
      slot = j;
    else if (!sp->stmts[j].stmt && spare < 0)
      spare = j;
  if (slot >= 0) {
    m->stmt = sp->stmts[slot].stmt;
    m->slot = slot;
  } else {
    NgBuf sql = { 0 };
    ng_buf_puts(
      &sql, m->graph ? "SELECT s,p,o,g FROM quad" : "SELECT s,p,o,0 FROM quad");
    int n = 0;
    for (int i = 0; i < 4; i++)
      if (id[i] > 0)
        ng_buf_printf(
          &sql, "%s %s=?%d", n++ ? " AND" : " WHERE", col[i], i + 1);
    if (from)
      ng_buf_printf(
        &sql, "%s%s", n ? "" : " WHERE 1", ng_buf_str(&sp->from_sql));
    if (!m->graph)
      ng_buf_puts(&sql,
                  (mask & 7) == 2 || (mask & 7) == 6   ? " ORDER BY p,o,s"
                  : (mask & 7) == 4 || (mask & 7) == 5 ? " ORDER BY o,s,p"
                                                       : " ORDER BY s,p,o");
    if (!sql.data)
      return 1;
    rc = sqlite3_prepare_v3(ng_store_sqlite(sp->store),
                            sql.data,
                            -1,
                            SQLITE_PREPARE_PERSISTENT,
                            &m->stmt,
                            NULL);
    ng_buf_free(&sql);
    if (rc == SQLITE_OK && spare >= 0) {
      sp->stmts[spare].stmt = m->stmt;
      m->slot               = spare;
    }
  }
  if (m->slot >= 0)
    sp->stmts[m->slot].busy = 1;
  m->recording = 1;
  if (rc != SQLITE_OK)
    return 1;
  for (int i = 0; i < 4; i++)
    if (id[i] > 0)
      sqlite3_bind_int64(m->stmt, i + 1, id[i]);
  advance(m, 1);
  return 0;
}

static int
triple_present(rasqal_triples_source *rts, void *user_data, rasqal_triple *t)
{
  Source   *src = user_data;
  NgId      s, p, o;
  long long n = 0;
  (void)rts;
  s = id_of_literal(src->sp, t->subject);
  p = id_of_literal(src->sp, t->predicate);
  o = id_of_literal(src->sp, t->object);
  if (s <= 0 || p <= 0 || o <= 0)
    return 0;
  if (src->sp->from_set) {
    for (size_t i = 0; i < src->sp->from_n; i++)
      if (ng_store_count(src->sp->store, s, p, o, src->sp->from[i], &n) ==
            NG_OK &&
          n > 0)
        return 1;
    return 0;
  }
  return ng_store_count(src->sp->store, s, p, o, 0, &n) == NG_OK && n > 0;
}

static void
free_source(void *user_data)
{
  (void)user_data;
}

static int
new_source(rasqal_query          *query,
           void                  *factory_user_data,
           void                  *user_data,
           rasqal_triples_source *rts)
{
  Source *src = user_data;
  (void)query;
  src->sp                  = factory_user_data;
  rts->version             = 1;
  rts->init_triples_match  = init_match;
  rts->triple_present      = triple_present;
  rts->free_triples_source = free_source;
  return 0;
}

static int
register_factory(rasqal_triples_source_factory *f)
{
  f->version            = 1;
  f->user_data_size     = sizeof(Source);
  f->new_triples_source = new_source;
  return 0;
}

/* ---------------------------------------------------------------- filters */

/* rasqal turns the triple patterns on each side of a FILTER into basic
   graph patterns of their own and joins them by a nested loop that reads
   the whole of the second for each row of the first: "?o rdfs:label ?l"
   after a FILTER is every label in the store, once per row before it.
   A group's filters apply to the whole group wherever they stand, so the
   text given to rasqal has each FILTER moved to the end of its group, and
   the triple patterns around it become one basic graph pattern, matched
   pattern by pattern with the values found so far. Only a FILTER whose
   variables all appear earlier in the query moves (the order in which
   variables first appear is the order of SELECT *'s columns). */

typedef enum { T_END, T_WORD, T_VAR, T_ATOM, T_PUNCT } TokKind;

typedef struct {
  const char *s;
  size_t      n, at; /* text, its length, the next byte */
  size_t      start; /* the current token */
  TokKind     kind;
} Lex;

static int
word_byte(unsigned char c)
{
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':';
}

/* The next token of L: a word (keyword, prefixed name, number), a
   variable, an atom (string or IRI), or one punctuation byte. */
static TokKind
lex_next(Lex *L)
{
  const char *s = L->s;
  size_t      n = L->n, i = L->at;
  for (;;) {
    while (i < n &&
           (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
      i++;
    if (i < n && s[i] == '#') {
      while (i < n && s[i] != '\n')
        i++;
      continue;
    }
    break;
  }
  L->start = i;
  if (i >= n) {
    L->at          = i;
    return L->kind = T_END;
  }
  unsigned char c = (unsigned char)s[i];
  if (c == '"' || c == '\'') {
    int long_ = i + 2 < n && s[i + 1] == (char)c && s[i + 2] == (char)c;
    i += long_ ? 3 : 1;
    while (i < n) {
      if (s[i] == '\\') {
        i += 2;
        continue;
      }
      if (s[i] == (char)c && (!long_ || (i + 2 < n && s[i + 1] == (char)c &&
                                         s[i + 2] == (char)c))) {
        i += long_ ? 3 : 1;
        break;
      }
      if (!long_ && (s[i] == '\n' || s[i] == '\r'))
        break;
      i++;
    }
    L->at          = i < n ? i : n;
    return L->kind = T_ATOM;
  }
  if (c == '<') {
    size_t j = i + 1;
    while (j < n && (unsigned char)s[j] > 0x20 && !strchr("<>\"{}|^`\\", s[j]))
      j++;
    if (j < n && s[j] == '>') {
      L->at          = j + 1;
      return L->kind = T_ATOM;
    }
  }
  if ((c == '?' || c == '$') && i + 1 < n &&
      word_byte((unsigned char)s[i + 1]) && s[i + 1] != '-' &&
      s[i + 1] != ':') {
    i++;
    while (i < n && word_byte((unsigned char)s[i]) && s[i] != '-' &&
           s[i] != ':')
      i++;
    L->at          = i;
    return L->kind = T_VAR;
  }
  if (word_byte(c)) {
    while (i < n &&
           (word_byte((unsigned char)s[i]) ||
            (s[i] == '.' && i + 1 < n && word_byte((unsigned char)s[i + 1]))))
      i++;
    L->at          = i;
    return L->kind = T_WORD;
  }
  L->at          = i + 1;
  return L->kind = T_PUNCT;
}

static int
is_punct(const Lex *L, char c)
{
  return L->kind == T_PUNCT && L->s[L->start] == c;
}

/* 1 when " NAME " (the variable's name between spaces) is in SEEN. */
static int
var_seen(const NgBuf *seen, const char *name, size_t len)
{
  for (const char *p = seen->data; p && (p = strstr(p, " ")) != NULL; p++)
    if (!strncmp(p + 1, name, len) && p[1 + len] == ' ')
      return 1;
  return 0;
}

/* The end of the FILTER whose keyword ends at L->at: its expression in
   parentheses, or a call or EXISTS up to its balanced (...) or {...}.
   0 when the text ends first or a brace closes the group first. */
static size_t
filter_end(Lex *L)
{
  int depth = 0;
  for (;;) {
    TokKind k = lex_next(L);
    if (k == T_END)
      return 0;
    if (k != T_PUNCT)
      continue;
    char c = L->s[L->start];
    if (c == '(' || c == '{')
      depth++;
    else if (c == ')' || c == '}') {
      if (--depth < 0)
        return 0;
      if (depth == 0)
        return L->at;
    } else if (depth == 0 && (c == '.' || c == ';' || c == ','))
      return 0;
  }
}

/* QUERY with its filters moved to the ends of their groups, or NULL when
   none moves or the text is not understood (rasqal then gets it as it
   is). Caller frees. */
static char *
filters_last(const char *query)
{
  Lex    L   = { query, strlen(query), 0, 0, T_END };
  NgBuf  out = { 0 }, seen = { 0 };
  NgBuf *pending = NULL; /* the filters moving to the end of each group */
  size_t depth = 0, cap = 0;
  size_t copied = 0; /* the text up to here is in OUT */
  int    moved = 0, ok = 1;
  char   last = '{'; /* the last token written: '{', '.' or 'x' */
  ng_buf_puts(&seen, " ");
  while (ok && lex_next(&L) != T_END) {
    if (L.kind == T_VAR &&
        !var_seen(&seen, L.s + L.start + 1, L.at - L.start - 1)) {
      ng_buf_append(&seen, L.s + L.start + 1, L.at - L.start - 1);
      ng_buf_puts(&seen, " ");
    }
    if (is_punct(&L, '{')) {
      if (depth + 1 >= cap) {
        size_t nc = cap ? cap * 2 : 8;
        NgBuf *np = ng_realloc(pending, nc * sizeof *np);
        if (!np) {
          ok = 0;
          break;
        }
        memset(np + cap, 0, (nc - cap) * sizeof *np);
        pending = np;
        cap     = nc;
      }
      depth++;
      ng_buf_clear(&pending[depth]);
      last = '{';
      continue;
    }
    if (is_punct(&L, '}')) {
      if (depth == 0) {
        ok = 0;
        break;
      }
      if (pending[depth].len) {
        ng_buf_append(&out, L.s + copied, L.start - copied);
        ng_buf_puts(&out, " ");
        ng_buf_append(&out, pending[depth].data, pending[depth].len);
        ng_buf_puts(&out, " ");
        copied = L.start;
      }
      depth--;
      last = 'x';
      continue;
    }
    int filter = L.kind == T_WORD && L.at - L.start == 6 &&
                 !strncasecmp(L.s + L.start, "FILTER", 6) && depth > 0;
    if (!filter) {
      last = is_punct(&L, '.') ? '.' : 'x';
      continue;
    }
    size_t start = L.start, after = L.at;
    size_t end = filter_end(&L);
    if (!end) {
      ok = 0;
      break;
    }
    /* its variables must all appear before it */
    int movable = 1;
    Lex V       = { query, end, start, 0, T_END };
    while (movable && lex_next(&V) != T_END)
      if (V.kind == T_VAR &&
          !var_seen(&seen, V.s + V.start + 1, V.at - V.start - 1))
        movable = 0;
    if (!movable) {
      /* read on inside it as any other text */
      L.at = after;
      last = 'x';
      continue;
    }
    ng_buf_append(&pending[depth], query + start, end - start);
    ng_buf_puts(&pending[depth], " ");
    ng_buf_append(&out, L.s + copied, start - copied);
    /* what was around it must still read as SPARQL: "a FILTER(x) b"
       becomes "a . b", "a . FILTER(x) . b" becomes "a . b" */
    Lex     P     = { query, L.n, end, 0, T_END };
    TokKind nk    = lex_next(&P);
    int     dot   = nk == T_PUNCT && query[P.start] == '.';
    int     close = nk == T_PUNCT && query[P.start] == '}';
    if (dot && last != 'x') {
      ng_buf_puts(&out, " ");
      copied = P.at;
      L.at   = P.at;
    } else if (!dot && !close && last == 'x' && nk != T_END) {
      ng_buf_puts(&out, " . ");
      last   = '.';
      copied = end;
      L.at   = end;
    } else {
      ng_buf_puts(&out, " ");
      copied = end;
      L.at   = end;
    }
    moved = 1;
  }
  if (ok && depth == 0 && moved)
    ng_buf_append(&out, L.s + copied, L.n - copied);
  for (size_t i = 0; i < cap; i++)
    ng_buf_free(&pending[i]);
  ng_free(pending);
  ng_buf_free(&seen);
  if (!ok || depth != 0 || !moved || !out.data) {
    ng_buf_free(&out);
    return NULL;
  }
  return ng_buf_take(&out);
}

/* ---------------------------------------------------------------- paths */

/* rasqal has no property paths. A sequence (schema:attendee/rdfs:label)
   with inverse steps (^schema:attendee) is written out as the triple
   patterns it stands for, joined by variables that answers do not show
   (blank nodes would do, but rasqal 0.9.33 leaks their labels): "?e
   schema:attendee/rdfs:label ?n" becomes "?e schema:attendee ?__path1 .
   ?__path1 rdfs:label ?n". Alternatives (a|b, in groups) spread into the
   sequences they allow, written as a UNION. Repetitions (*, +, ?),
   negated sets (!) and text this reader does not follow are left for
   rasqal to refuse. */

#define PATH_VAR "__path"
#define NOT_VAR "__not" /* (see negation) */

static int
hidden_var(const char *name)
{
  return name && (!strncmp(name, PATH_VAR, sizeof PATH_VAR - 1) ||
                  !strncmp(name, NOT_VAR, sizeof NOT_VAR - 1));
}

typedef struct {
  size_t b, e; /* a span of the query */
} Span2;

#define PATH_STEPS 16 /* steps of one sequence */
#define PATH_ALTS 16  /* sequences a path's alternatives spread into */

/* A sequence of steps: IRIs or prefixed names, each maybe inverse. */
typedef struct {
  Span2 step[PATH_STEPS];
  int   inverse[PATH_STEPS];
  int   n;
} PathSeq;

/* A verb: one or more sequences, any of which links subject and object
   (a|b/c is the sequences a and b/c). */
typedef struct {
  PathSeq alt[PATH_ALTS];
  int     n;
} PathAlts;

typedef struct {
  PathAlts path;
  Span2    obj; /* one object */
} PathTriple;

/* Reads one RDF term at L's current token into *T: a variable, an IRI, a
   prefixed name or number, a literal with its language or datatype. 0
   when it is something else ([, (, a keyword-like punctuation). */
static int
read_term(Lex *L, Span2 *t)
{
  if (L->kind != T_VAR && L->kind != T_WORD && L->kind != T_ATOM)
    return 0;
  t->b     = L->start;
  t->e     = L->at;
  int text = L->kind == T_ATOM && L->s[L->start] != '<';
  if (text) {
    Lex M = *L;
    lex_next(&M);
    if (is_punct(&M, '@') && lex_next(&M) == T_WORD) {
      t->e = M.at;
      *L   = M;
    } else if (is_punct(&M, '^')) {
      lex_next(&M);
      if (is_punct(&M, '^') && (lex_next(&M) == T_WORD || M.kind == T_ATOM)) {
        t->e = M.at;
        *L   = M;
      }
    }
  }
  return 1;
}

static int read_alts(Lex *L, PathAlts *out);

/* Reads one step at L: '^'? then an IRI, a prefixed name, 'a' or a
   parenthesized path, into OUT (an inverse group is its sequences
   reversed, each step turned). 0 for what is not understood, such as
   the repetitions *, + and ?. */
static int
read_step(Lex *L, PathAlts *out)
{
  int inv = 0;
  if (is_punct(L, '^')) {
    inv = 1;
    lex_next(L);
  }
  if (is_punct(L, '(')) {
    lex_next(L);
    if (!read_alts(L, out) || !is_punct(L, ')'))
      return 0;
  } else if (L->kind == T_WORD ||
             (L->kind == T_ATOM && L->s[L->start] == '<')) {
    out->n                 = 1;
    out->alt[0].n          = 1;
    out->alt[0].step[0]    = (Span2){ L->start, L->at };
    out->alt[0].inverse[0] = 0;
  } else
    return 0;
  lex_next(L);
  if (is_punct(L, '*') || is_punct(L, '+') || is_punct(L, '?'))
    return 0;
  for (int a = 0; inv && a < out->n; a++) {
    PathSeq *q = &out->alt[a];
    for (int i = 0, j = q->n - 1; i <= j; i++, j--) {
      Span2 t       = q->step[i];
      int   ti      = q->inverse[i];
      q->step[i]    = q->step[j];
      q->inverse[i] = !q->inverse[j];
      q->step[j]    = t;
      q->inverse[j] = !ti;
    }
  }
  return 1;
}

/* Reads steps joined by '/' into OUT: every way through them. */
static int
read_seq(Lex *L, PathAlts *out)
{
  PathAlts *next = ng_malloc(sizeof *next), *prod = ng_malloc(sizeof *prod);
  int       ok  = next && prod;
  out->n        = 1;
  out->alt[0].n = 0;
  while (ok) {
    if (!(ok = read_step(L, next)))
      break;
    prod->n = 0;
    for (int a = 0; ok && a < out->n; a++)
      for (int b = 0; ok && b < next->n; b++) {
        const PathSeq *x = &out->alt[a], *y = &next->alt[b];
        if (prod->n == PATH_ALTS || x->n + y->n > PATH_STEPS) {
          ok = 0;
          break;
        }
        PathSeq *z = &prod->alt[prod->n++];
        *z         = *x;
        for (int i = 0; i < y->n; i++) {
          z->step[z->n]    = y->step[i];
          z->inverse[z->n] = y->inverse[i];
          z->n++;
        }
      }
    if (!ok)
      break;
    *out = *prod;
    if (!is_punct(L, '/'))
      break;
    lex_next(L);
  }
  ng_free(next);
  ng_free(prod);
  return ok;
}

/* Reads sequences joined by '|' into OUT. */
static int
read_alts(Lex *L, PathAlts *out)
{
  PathAlts *one = ng_malloc(sizeof *one);
  int       ok  = one != NULL;
  out->n        = 0;
  while (ok && (ok = read_seq(L, one))) {
    if (out->n + one->n > PATH_ALTS) {
      ok = 0;
      break;
    }
    for (int a = 0; a < one->n; a++)
      out->alt[out->n++] = one->alt[a];
    if (!is_punct(L, '|'))
      break;
    lex_next(L);
  }
  ng_free(one);
  return ok;
}

/* Reads a verb at L's current token into P: a variable, or a path of
   IRIs or prefixed names joined by / (sequence) and | (alternative), each
   maybe after ^ (inverse), grouped in parentheses. Leaves L on the token
   after it. 0 for what is not understood. */
static int
read_verb(Lex *L, PathAlts *p)
{
  if (L->kind == T_VAR) {
    p->n                 = 1;
    p->alt[0].n          = 1;
    p->alt[0].step[0]    = (Span2){ L->start, L->at };
    p->alt[0].inverse[0] = 0;
    lex_next(L);
    return 1;
  }
  return read_alts(L, p);
}

/* 1 when P is more than one plain step. */
static int
is_path(const PathAlts *p)
{
  return p->n > 1 || p->alt[0].n > 1 || p->alt[0].inverse[0];
}

static void
put_span(NgBuf *b, const char *q, Span2 s)
{
  ng_buf_append(b, q + s.b, s.e - s.b);
}

/* Writes S Q O along sequence Q of query text T into B, steps joined by
   hidden variables numbered from *N. */
static void
put_seq(NgBuf *b, const char *t, Span2 s, const PathSeq *q, Span2 o, int *n)
{
  int from = 0; /* the variable the last step ended on */
  for (int i = 0; i < q->n; i++) {
    NgBuf x[2] = { { 0 } }; /* the step's subject and object */
    if (i == 0)
      put_span(&x[0], t, s);
    else
      ng_buf_printf(&x[0], "?" PATH_VAR "%d", from);
    if (i + 1 < q->n)
      ng_buf_printf(&x[1], "?" PATH_VAR "%d", from = ++*n);
    else
      put_span(&x[1], t, o);
    int inv = q->inverse[i];
    ng_buf_printf(b, "%s%s ", i ? " . " : "", ng_buf_str(&x[inv]));
    put_span(b, t, q->step[i]);
    ng_buf_printf(b, " %s", ng_buf_str(&x[!inv]));
    ng_buf_free(&x[0]);
    ng_buf_free(&x[1]);
  }
}

/* Writes triple S P O of query text Q into B: one sequence as its triple
   patterns, alternatives as a UNION of them. */
static void
put_path(NgBuf *b, const char *q, Span2 s, const PathTriple *p, int *n)
{
  if (p->path.n == 1) {
    put_seq(b, q, s, &p->path.alt[0], p->obj, n);
    return;
  }
  for (int a = 0; a < p->path.n; a++) {
    ng_buf_puts(b, a ? " UNION { " : "{ ");
    put_seq(b, q, s, &p->path.alt[a], p->obj, n);
    ng_buf_puts(b, " }");
  }
}

/* QUERY with its property paths written out, or NULL when it has none or
   the text is not understood. Caller frees. */
static char *
paths_rewritten(const char *query)
{
  Lex    L      = { query, strlen(query), 0, 0, T_END };
  NgBuf  out    = { 0 };
  size_t copied = 0;
  int    depth = 0, n = 0, any = 0, ok = 1;
  if (!strchr(query, '/') && !strchr(query, '^') && !strchr(query, '|'))
    return NULL;
  lex_next(&L);
  while (ok && L.kind != T_END) {
    if (is_punct(&L, '{')) {
      depth++;
      lex_next(&L);
      continue;
    }
    if (is_punct(&L, '}')) {
      depth--;
      lex_next(&L);
      continue;
    }
    if (depth == 0 || is_punct(&L, '.') || is_punct(&L, ';')) {
      lex_next(&L);
      continue;
    }
    if (L.kind == T_WORD) {
      /* the words that open something other than a triple */
      static const char *const skip_expr[] = { "FILTER", "BIND" };
      static const char *const plain[]     = {
            "OPTIONAL", "UNION", "MINUS", "GRAPH"
      };
      int done = 0;
      for (size_t i = 0; i < 2 && !done; i++)
        if (L.at - L.start == strlen(skip_expr[i]) &&
            !strncasecmp(L.s + L.start, skip_expr[i], L.at - L.start)) {
          if (!filter_end(&L))
            ok = 0;
          lex_next(&L);
          done = 1;
        }
      for (size_t i = 0; i < 4 && !done; i++)
        if (L.at - L.start == strlen(plain[i]) &&
            !strncasecmp(L.s + L.start, plain[i], L.at - L.start)) {
          lex_next(&L);
          if (i == 3) /* GRAPH's name */
            lex_next(&L);
          done = 1;
        }
      if (!done && L.at - L.start == 6 &&
          !strncasecmp(L.s + L.start, "VALUES", 6)) {
        int d = 0;
        while (lex_next(&L) != T_END) {
          if (is_punct(&L, '{'))
            d++;
          else if (is_punct(&L, '}') && --d == 0)
            break;
        }
        lex_next(&L);
        done = 1;
      }
      if (!done && L.at - L.start == 7 &&
          !strncasecmp(L.s + L.start, "SERVICE", 7))
        ok = 0;
      if (done || !ok)
        continue;
    }
    /* a triples statement: subject, then verbs and objects */
    Span2 subj;
    if (!read_term(&L, &subj)) {
      ok = 0;
      break;
    }
    size_t     start = subj.b, end = subj.e;
    NgBuf      stmt = { 0 };
    int        path = 0;
    PathTriple p;
    lex_next(&L);
    for (;;) {
      if (!read_verb(&L, &p.path)) {
        ok = 0;
        break;
      }
      path |= is_path(&p.path);
      for (;;) {
        if (!read_term(&L, &p.obj)) {
          ok = 0;
          break;
        }
        end = p.obj.e;
        if (stmt.len)
          ng_buf_puts(&stmt, " . ");
        put_path(&stmt, query, subj, &p, &n);
        lex_next(&L);
        if (!is_punct(&L, ','))
          break;
        lex_next(&L);
      }
      if (!ok || !is_punct(&L, ';'))
        break;
      while (is_punct(&L, ';'))
        lex_next(&L);
      if (is_punct(&L, '.') || is_punct(&L, '}') || L.kind == T_END)
        break;
    }
    if (ok && path) {
      ng_buf_append(&out, query + copied, start - copied);
      ng_buf_append(&out, stmt.data ? stmt.data : "", stmt.len);
      copied = end;
      any    = 1;
    }
    ng_buf_free(&stmt);
  }
  if (ok && any)
    ng_buf_puts(&out, query + copied);
  if (!ok || !any || !out.data) {
    ng_buf_free(&out);
    return NULL;
  }
  return ng_buf_take(&out);
}

/* ---------------------------------------------------------------- negation */

/* rasqal 0.9.33 parses neither FILTER NOT EXISTS nor MINUS. Both become an
   OPTIONAL that marks the rows it matches and a FILTER that keeps the rows
   left unmarked, with a variable answers do not show:
     FILTER NOT EXISTS { P }  ->  OPTIONAL { P BIND(true AS ?__not1) }
                                  FILTER(!BOUND(?__not1))
   at the end of its group, since a filter sees the values of the whole
   group; and MINUS { P } the same in MINUS's own place, as it takes away
   from what comes before it, or nothing at all when P shares no variable
   with the group before it (such a MINUS takes nothing away). FILTER
   EXISTS, negation inside an expression and text this reader does not
   follow are left for rasqal. */

/* With L on a '{': the offset of its closing '}', L then past it; 0 when
   the text ends first. */
static size_t
group_close(Lex *L)
{
  int depth = 0;
  do {
    if (is_punct(L, '{'))
      depth++;
    else if (is_punct(L, '}') && --depth == 0)
      return L->start;
  } while (lex_next(L) != T_END);
  return 0;
}

/* 1 when word W is L's current token (any case). */
static int
is_word(const Lex *L, const char *w)
{
  return L->kind == T_WORD && L->at - L->start == strlen(w) &&
         !strncasecmp(L->s + L->start, w, L->at - L->start);
}

/* Appends "NAME " to VARS (which starts with a blank) for each variable
   in Q's bytes [B, E), not counting those only inside a negation (their
   values never leave it) when SKIP_NEG; 0 when out of memory. */
static int
span_vars(const char *q, size_t b, size_t e, int skip_neg, NgBuf *vars)
{
  Lex L = { q, e, b, 0, T_END };
  while (lex_next(&L) != T_END) {
    Lex M = L;
    if (skip_neg &&
        ((is_word(&M, "MINUS") && lex_next(&M) && is_punct(&M, '{')) ||
         (is_word(&M, "NOT") && lex_next(&M) && is_word(&M, "EXISTS") &&
          lex_next(&M) && is_punct(&M, '{')))) {
      if (!group_close(&M))
        break;
      L = M;
      continue;
    }
    if (L.kind == T_VAR &&
        !var_seen(vars, q + L.start + 1, L.at - L.start - 1) &&
        ng_buf_printf(
          vars, "%.*s ", (int)(L.at - L.start - 1), q + L.start + 1))
      return 0;
  }
  return 1;
}

/* 1 when Q's bytes [B1, E1) and [B2, E2) name a variable in common, -1
   when out of memory. */
static int
share_var(const char *q, size_t b1, size_t e1, size_t b2, size_t e2)
{
  NgBuf v1 = { 0 }, v2 = { 0 };
  int   shared = 0;
  if (ng_buf_puts(&v1, " ") || ng_buf_puts(&v2, " ") ||
      !span_vars(q, b1, e1, 1, &v1) || !span_vars(q, b2, e2, 0, &v2))
    shared = -1;
  for (const char *p = v2.data; p && *p && !shared;) {
    while (*p == ' ')
      p++;
    size_t len = strcspn(p, " ");
    shared     = len && var_seen(&v1, p, len);
    p += len;
  }
  ng_buf_free(&v1);
  ng_buf_free(&v2);
  return shared;
}

/* Appends IN, the negated pattern written from Q's bytes [B, E), to DST
   (0 when out of memory) with each variable that Q names nowhere else made one
   answers do not show (?e becomes ?__not1_e): SELECT * lists no column for it,
   as SPARQL keeps a negation's own variables out of the answers. */
static int
put_inner(NgBuf *dst, const char *in, const char *q, size_t b, size_t e, int k)
{
  NgBuf outside = { 0 };
  int   ok = !ng_buf_puts(&outside, " ") && span_vars(q, 0, b, 0, &outside) &&
           span_vars(q, e, strlen(q), 0, &outside);
  Lex    L      = { in, strlen(in), 0, 0, T_END };
  size_t copied = 0;
  while (ok && lex_next(&L) != T_END) {
    if (L.kind != T_VAR ||
        var_seen(&outside, in + L.start + 1, L.at - L.start - 1))
      continue;
    ok = !ng_buf_append(dst, in + copied, L.start - copied) &&
         !ng_buf_printf(dst,
                        "?" NOT_VAR "%d_%.*s",
                        k,
                        (int)(L.at - L.start - 1),
                        in + L.start + 1);
    copied = L.at;
  }
  ok = ok && !ng_buf_puts(dst, in + copied);
  ng_buf_free(&outside);
  return ok;
}

/* 1 when each variable of the negated pattern Q[B, E) that the query
   names outside it is bound by the group Q[FROM, TO) itself (not only
   inside its negations), -1 when out of memory. A group whose filters see
   values from outside it (an OPTIONAL's, or the pattern of a NOT EXISTS,
   which SPARQL evaluates with the values around it) needs this: the
   OPTIONAL written for a negation in it is matched with the group's own
   values only. */
static int
bound_by_group(const char *q, size_t from, size_t to, size_t b, size_t e)
{
  NgBuf outside = { 0 }, own = { 0 }, inner = { 0 };
  int   ok = ng_buf_puts(&outside, " ") || ng_buf_puts(&own, " ") ||
               ng_buf_puts(&inner, " ") || !span_vars(q, 0, b, 0, &outside) ||
               !span_vars(q, e, strlen(q), 0, &outside) ||
               !span_vars(q, from, to, 1, &own) ||
               !span_vars(q, b, e, 0, &inner)
               ? -1
               : 1;
  for (const char *p = inner.data; ok > 0 && p && *p;) {
    while (*p == ' ')
      p++;
    size_t len = strcspn(p, " ");
    if (len && var_seen(&outside, p, len) && !var_seen(&own, p, len))
      ok = 0;
    p += len;
  }
  ng_buf_free(&outside);
  ng_buf_free(&own);
  ng_buf_free(&inner);
  return ok;
}

/* Writes Q's bytes [FROM, TO) to OUT with its negations rewritten: the
   whole query (GROUP 0), a group's inside (1), or a group whose filters
   see values from outside it (2: see bound_by_group). N counts the
   marking variables, ANY is set when something was rewritten, *WHY is set
   to a message when a negation cannot be written so. 0 when the text is
   not followed. */
static int
negations_in(const char  *q,
             size_t       from,
             size_t       to,
             int          group,
             NgBuf       *out,
             int         *n,
             int         *any,
             const char **why)
{
  Lex    L      = { q, to, from, 0, T_END };
  NgBuf  tail   = { 0 }; /* the OPTIONALs of this group's NOT EXISTS */
  size_t copied = from;
  int    ok = 1, optional = 0; /* optional: the last word was OPTIONAL */
  lex_next(&L);
  while (ok && L.kind != T_END) {
    size_t open = 0, close, at = L.start;
    int    minus = 0;
    if (is_punct(&L, '{')) {
      open = L.start;
      ok =
        (close = group_close(&L)) != 0 &&
        !ng_buf_append(out, q + copied, open + 1 - copied) &&
        negations_in(q, open + 1, close, optional ? 2 : 1, out, n, any, why) &&
        !ng_buf_puts(out, "}");
      copied   = close + 1;
      optional = 0;
      lex_next(&L);
      continue;
    }
    Lex M = L;
    if (is_word(&M, "FILTER") && lex_next(&M) && is_word(&M, "NOT") &&
        lex_next(&M) && is_word(&M, "EXISTS") && lex_next(&M) &&
        is_punct(&M, '{'))
      open = M.start;
    else if (is_word(&L, "MINUS") && lex_next(&M) && is_punct(&M, '{')) {
      open  = M.start;
      minus = 1;
    }
    if (!open) {
      optional = is_word(&L, "OPTIONAL");
      lex_next(&L);
      continue;
    }
    optional   = 0;
    int shared = 0, bound = 1;
    if (!(close = group_close(&M)) || !group ||
        (minus && (shared = share_var(q, from, at, open + 1, close)) < 0) ||
        (group == 2 && !minus &&
         (bound = bound_by_group(q, from, to, open + 1, close)) < 0) ||
        ng_buf_append(out, q + copied, at - copied)) {
      ok = 0;
      break;
    }
    if (!bound) {
      *why = "a FILTER NOT EXISTS inside OPTIONAL or NOT EXISTS can only "
             "use the variables its own group binds";
      ok   = 0;
      break;
    }
    copied = close + 1;
    L      = M;
    lex_next(&L);
    *any = 1;
    /* what stays in place separates the triples around it as the
       negation did */
    if ((!minus || !shared) && ng_buf_puts(out, " FILTER(true) "))
      ok = 0;
    if (!ok || (minus && !shared))
      continue;
    NgBuf *dst = minus ? out : &tail, in = { 0 };
    int    k = ++*n;
    /* the pattern of a NOT EXISTS sees the values around it; a MINUS's is
       matched on its own */
    ok = !ng_buf_puts(dst, " OPTIONAL {") &&
         negations_in(q, open + 1, close, minus ? 1 : 2, &in, n, any, why) &&
         put_inner(dst, ng_buf_str(&in), q, open + 1, close, k) &&
         !ng_buf_printf(dst,
                        " BIND(true AS ?" NOT_VAR
                        "%d) } FILTER(!BOUND(?" NOT_VAR "%d)) ",
                        k,
                        k);
    ng_buf_free(&in);
  }
  ok = ok && !ng_buf_append(out, q + copied, to - copied) &&
       !(tail.len && ng_buf_append(out, tail.data, tail.len));
  ng_buf_free(&tail);
  return ok;
}

/* QUERY with FILTER NOT EXISTS and MINUS written out, or NULL when it has
   none or the text is not followed; *WHY is set to a message when a
   negation cannot be written out. Caller frees. */
static char *
negations_rewritten(const char *query, const char **why)
{
  NgBuf out = { 0 };
  int   n = 0, any = 0;
  *why = NULL;
  if (!negations_in(query, 0, strlen(query), 0, &out, &n, &any, why) || !any ||
      !out.data) {
    ng_buf_free(&out);
    return NULL;
  }
  return ng_buf_take(&out);
}

/* Appends to B the text rasqal is given: the prefixes PRE on a line of
   their own, then QUERY. rasqal takes a BASE only before every PREFIX, so
   a BASE that opens QUERY goes first, and blanks keep its place in the
   user's text (errors point into it by line and column). */
static void
put_query(NgBuf *b, const char *pre, const char *query)
{
  Lex L = { query, strlen(query), 0, 0, T_END };
  lex_next(&L);
  size_t from = L.start;
  if (L.kind == T_WORD && L.at - L.start == 4 &&
      !strncasecmp(query + L.start, "BASE", 4) && lex_next(&L) == T_ATOM &&
      query[L.start] == '<') {
    ng_buf_append(b, query + from, L.at - from);
    ng_buf_printf(b, " %s\n", pre);
    ng_buf_append(b, query, from);
    for (size_t i = from; i < L.at; i++)
      ng_buf_puts(b, (query[i] & 0xC0) == 0x80 ? "" : " ");
    ng_buf_puts(b, query + L.at);
    return;
  }
  ng_buf_printf(b, "%s\n%s", pre, query);
}

/* ---------------------------------------------------------------- engine */

static void
on_log(void *user_data, raptor_log_message *msg)
{
  NgSparql *sp = user_data;
  if (msg->level < RAPTOR_LOG_LEVEL_ERROR || sp->err.len)
    return;
  ng_buf_puts(&sp->err, msg->text ? msg->text : "error");
  /* Drop a trailing period: messages here have none. */
  while (sp->err.len && (sp->err.data[sp->err.len - 1] == '.' ||
                         sp->err.data[sp->err.len - 1] == '\n'))
    sp->err.data[--sp->err.len] = '\0';
  if (msg->locator) {
    sp->line = msg->locator->line;
    sp->col  = msg->locator->column;
  }
}

NgStatus
ng_sparql_new(NgStore *store, NgQuery *q, NgSparql **out)
{
  NgSparql *sp = ng_calloc(1, sizeof *sp);
  if (!sp)
    return NG_ERR_NOMEM;
  sp->store = store;
  sp->q     = q;
  if (!(sp->world = rasqal_new_world())) {
    ng_free(sp);
    return NG_ERR_NOMEM;
  }
  /* Open first: the log handler goes to the raptor world opening makes. */
  if (rasqal_world_open(sp->world)) {
    ng_sparql_free(sp);
    return NG_ERR_INTERNAL;
  }
  rasqal_world_set_log_handler(sp->world, sp, on_log);
  if (rasqal_set_triples_source_factory(sp->world, register_factory, sp)) {
    ng_sparql_free(sp);
    return NG_ERR_INTERNAL;
  }
  sp->raptor = rasqal_world_get_raptor(sp->world);
  *out       = sp;
  return NG_OK;
}

void
ng_sparql_free(NgSparql *sp)
{
  if (!sp)
    return;
  clear_caches(sp);
  for (int i = 0; i < 32 * STMT_DEPTH; i++)
    sqlite3_finalize(sp->stmts[i].stmt);
  if (sp->world)
    rasqal_free_world(sp->world);
  ng_buf_free(&sp->err);
  ng_free(sp);
}

/* A table cell for literal L: formatted as the shell shows terms. */
static void
cell_of(NgSparql *sp, rasqal_literal *l, NgBuf *b, unsigned char *kind)
{
  NgTerm t;
  memset(&t, 0, sizeof t);
  if (!l) {
    ng_query_format_cell(sp->q, &t, b, kind); /* unbound */
    return;
  }
  switch (rasqal_literal_get_rdf_term_type(l)) {
    case RASQAL_LITERAL_URI:
      t = ng_iri((const char *)raptor_uri_as_string(l->value.uri));
      break;
    case RASQAL_LITERAL_BLANK:
      t = ng_blank((const char *)l->string);
      break;
    default: {
      const unsigned char *s = rasqal_literal_as_string(l);
      t                      = ng_literal(
        s ? (const char *)s : "",
        l->language,
        l->datatype ? (const char *)raptor_uri_as_string(l->datatype) : NULL);
    }
  }
  ng_query_format_cell(sp->q, &t, b, kind);
}

static void
cell_of_term(NgSparql *sp, raptor_term *rt, NgBuf *b, unsigned char *kind)
{
  NgTerm t;
  memset(&t, 0, sizeof t);
  *kind = NG_CELL_TEXT;
  if (!rt)
    return;
  switch (rt->type) {
    case RAPTOR_TERM_TYPE_URI:
      t = ng_iri((const char *)raptor_uri_as_string(rt->value.uri));
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      t = ng_blank((const char *)rt->value.blank.string);
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      t = ng_literal(
        (const char *)rt->value.literal.string,
        (const char *)rt->value.literal.language,
        rt->value.literal.datatype
          ? (const char *)raptor_uri_as_string(rt->value.literal.datatype)
          : NULL);
      break;
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return;
  }
  ng_query_format_cell(sp->q, &t, b, kind);
}

#define MAX_NAMED_GRAPHS 100000

static int
is_graph_pattern(rasqal_query *rq, rasqal_graph_pattern *gp, void *found)
{
  (void)rq;
  if (rasqal_graph_pattern_get_operator(gp) ==
      RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH)
    *(int *)found = 1;
  return 0;
}

/* SPARQL answers a SELECT of aggregates alone, with no GROUP BY, with one
   row even when nothing matched (COUNT 0); rasqal 0.9.33 answers with no
   row and no column at all, so "how many events did X attend" had no
   answer for 0. Makes *T that row: COUNT, SUM and AVG 0, GROUP_CONCAT "",
   MIN, MAX and SAMPLE unbound. Nothing when a column is no aggregate, or
   with GROUP BY or HAVING. */
/* rasqal 0.9.33 groups an empty solution sequence into one group (COUNT 1,
   the keys unbound): a GROUP BY over nothing answered a row. 1 when the
   one row of *T may be that group: GROUP BY on variables alone, each of
   them projected and unbound in the row. */
static int
maybe_empty_group(rasqal_query *rq, const NgTable *t)
{
  raptor_sequence *g = rasqal_query_get_group_conditions_sequence(rq);
  int              n = g ? raptor_sequence_size(g) : 0;
  if (n == 0 || ng_table_nrows(t) != 1)
    return 0;
  for (int i = 0; i < n; i++) {
    rasqal_expression *e = raptor_sequence_get_at(g, i);
    rasqal_variable   *v = e && e->op == RASQAL_EXPR_LITERAL && e->literal
                             ? rasqal_literal_as_variable(e->literal)
                             : NULL;
    int                c = 0;
    if (!v || !v->name)
      return 0;
    while (c < ng_table_ncols(t) &&
           strcmp(ng_table_col(t, c), (const char *)v->name))
      c++;
    if (c == ng_table_ncols(t) || *ng_table_cell(t, 0, c))
      return 0;
  }
  return 1;
}

/* "PROLOGUE ASK FROM... { WHERE part }" for the SELECT QUERY (the user's
   text), to tell whether its WHERE part has any solution; NULL when the
   text is not of that shape. Caller frees. */
static char *
ask_of_select(const char *query)
{
  const char *sel = NULL, *where = NULL, *from = NULL;
  for (const char *p = query; *p && !where; p++) {
    if (*p == '"' || *p == '\'') {
      char q = *p;
      while (p[1] && p[1] != q)
        p++;
      if (p[1])
        p++;
    } else if (*p == '#') {
      while (p[1] && p[1] != '\n')
        p++;
    } else if (!sel && !strncasecmp(p, "SELECT", 6))
      sel = p;
    else if (sel && !from && !strncasecmp(p, "FROM", 4) &&
             (p[4] == ' ' || p[4] == '\t' || p[4] == '\n'))
      from = p;
    else if (sel && (*p == '{' || !strncasecmp(p, "WHERE", 5)))
      where = p;
  }
  if (!sel || !where)
    return NULL;
  const char *b = strchr(where, '{');
  if (!b)
    return NULL;
  int         depth = 0;
  const char *e     = b;
  for (; *e; e++) {
    if (*e == '"' || *e == '\'') {
      char q = *e;
      while (e[1] && e[1] != q)
        e++;
      if (e[1])
        e++;
    } else if (*e == '{')
      depth++;
    else if (*e == '}' && --depth == 0)
      break;
  }
  if (!*e)
    return NULL;
  NgBuf a = { 0 };
  ng_buf_append(&a, query, (size_t)(sel - query));
  ng_buf_puts(&a, "ASK ");
  if (from)
    ng_buf_append(&a, from, (size_t)(where - from));
  ng_buf_append(&a, b, (size_t)(e + 1 - b));
  ng_buf_puts(&a, "");
  return ng_buf_take(&a);
}

/* The aggregate that the projection "(AGG(...) AS ?NAME)" of QUERY makes
   NAME; RASQAL_EXPR_UNKNOWN when NAME is no such projection (a variable,
   or an expression around an aggregate such as COUNT(*)+1). */
static rasqal_op
aggregate_of(const char *query, const char *name)
{
  static const struct {
    const char *word;
    rasqal_op   op;
  } aggs[]  = { { "COUNT", RASQAL_EXPR_COUNT },
                { "SUM", RASQAL_EXPR_SUM },
                { "AVG", RASQAL_EXPR_AVG },
                { "MIN", RASQAL_EXPR_MIN },
                { "MAX", RASQAL_EXPR_MAX },
                { "SAMPLE", RASQAL_EXPR_SAMPLE },
                { "GROUP_CONCAT", RASQAL_EXPR_GROUP_CONCAT } };
  size_t nl = strlen(name);
  for (const char *p = query; (p = strchr(p, '(')); p++) {
    const char *w = p + 1;
    while (*w == ' ' || *w == '\t' || *w == '\n')
      w++;
    rasqal_op op = RASQAL_EXPR_UNKNOWN;
    size_t    wl = 0;
    for (size_t i = 0; i < sizeof aggs / sizeof *aggs; i++) {
      size_t l = strlen(aggs[i].word);
      if (!strncasecmp(w, aggs[i].word, l) &&
          (w[l] == '(' || w[l] == ' ' || w[l] == '\t')) {
        op = aggs[i].op;
        wl = l;
      }
    }
    if (op == RASQAL_EXPR_UNKNOWN)
      continue;
    /* the aggregate's own parentheses, then AS ?NAME */
    const char *c = w + wl;
    while (*c == ' ' || *c == '\t' || *c == '\n')
      c++;
    if (*c != '(')
      continue;
    int depth = 0;
    for (; *c; c++) {
      if (*c == '(')
        depth++;
      else if (*c == ')' && --depth == 0)
        break;
      else if (*c == '"' || *c == '\'') {
        char q = *c;
        while (c[1] && c[1] != q)
          c++;
        if (c[1])
          c++;
      }
    }
    if (!*c)
      return RASQAL_EXPR_UNKNOWN;
    c++;
    while (*c == ' ' || *c == '\t' || *c == '\n')
      c++;
    if (strncasecmp(c, "AS", 2) || !(c[2] == ' ' || c[2] == '\t'))
      continue;
    c += 2;
    while (*c == ' ' || *c == '\t' || *c == '\n')
      c++;
    if ((*c == '?' || *c == '$') && !strncmp(c + 1, name, nl) &&
        !(isalnum((unsigned char)c[1 + nl]) || c[1 + nl] == '_'))
      return op;
  }
  return RASQAL_EXPR_UNKNOWN;
}

static NgStatus
empty_aggregate_row(NgSparql     *sp,
                    rasqal_query *rq,
                    const char   *query,
                    NgTable     **t)
{
  raptor_sequence *g = rasqal_query_get_group_conditions_sequence(rq);
  raptor_sequence *h = rasqal_query_get_having_conditions_sequence(rq);
  raptor_sequence *v = rasqal_query_get_bound_variable_sequence(rq);
  int              n = v ? raptor_sequence_size(v) : 0;
  /* a subquery's projections share the names: left as rasqal answers */
  int selects = 0;
  for (const char *p = query; *p; p++)
    if (!strncasecmp(p, "SELECT", 6))
      selects++;
  if (selects != 1)
    return NG_OK;
  if (rasqal_query_get_verb(rq) != RASQAL_QUERY_VERB_SELECT ||
      (g && raptor_sequence_size(g) > 0) ||
      (h && raptor_sequence_size(h) > 0) || n <= 0 || n > 64)
    return NG_OK;
  const char   *cols[64], *row[64];
  unsigned char kind[64];
  NgBuf         cell[64];
  int           nc = 0;
  memset(cell, 0, sizeof cell);
  for (int i = 0; i < n; i++) {
    rasqal_variable *x = raptor_sequence_get_at(v, i);
    if (!x || !x->name || hidden_var((const char *)x->name))
      continue;
    /* rasqal moves an aggregate into a variable of its own, out of reach
       of its API: the query's text says which */
    NgTerm term;
    memset(&term, 0, sizeof term);
    switch (x->expression ? aggregate_of(query, (const char *)x->name)
                          : RASQAL_EXPR_UNKNOWN) {
      case RASQAL_EXPR_COUNT:
      case RASQAL_EXPR_SUM:
      case RASQAL_EXPR_AVG:
        term = ng_literal("0", NULL, NG_XSD_INTEGER);
        break;
      case RASQAL_EXPR_GROUP_CONCAT:
        term = ng_literal("", NULL, NULL);
        break;
      case RASQAL_EXPR_MIN:
      case RASQAL_EXPR_MAX:
      case RASQAL_EXPR_SAMPLE:
        break; /* unbound */
      default:
        for (int k = 0; k < nc; k++)
          ng_buf_free(&cell[k]);
        return NG_OK;
    }
    cols[nc] = (const char *)x->name;
    ng_query_format_cell(sp->q, &term, &cell[nc], &kind[nc]);
    row[nc] = ng_buf_str(&cell[nc]);
    nc++;
  }
  NgTable *nt = NULL;
  NgStatus st = NG_OK;
  if (nc > 0 && !(st = ng_table_new(NULL, nc, cols, &nt)) &&
      !(st = ng_table_add_kinds(nt, row, kind))) {
    ng_table_free(*t);
    *t = nt;
    nt = NULL;
  }
  ng_table_free(nt);
  for (int k = 0; k < nc; k++)
    ng_buf_free(&cell[k]);
  return st;
}

/* A query's FROM <g> graphs make its default graph (their merge) instead
   of the union of every article, as SPARQL says; a graph the store lacks
   adds nothing. */
static NgStatus
set_from_graphs(NgSparql *sp, rasqal_query *rq)
{
  raptor_sequence *seq = rasqal_query_get_data_graph_sequence(rq);
  int              n   = seq ? raptor_sequence_size(seq) : 0;
  for (int i = 0; i < n; i++) {
    rasqal_data_graph *dg = raptor_sequence_get_at(seq, i);
    if (!dg || dg->flags != RASQAL_DATA_GRAPH_BACKGROUND || !dg->uri)
      continue;
    sp->from_set = 1;
    NgTerm t     = ng_iri((const char *)raptor_uri_as_string(dg->uri));
    NgId   id;
    if (ng_store_term_id(sp->store, &t, 0, &id) != NG_OK)
      continue;
    NgId *nf = ng_realloc(sp->from, (sp->from_n + 1) * sizeof *nf);
    if (!nf)
      return NG_ERR_NOMEM;
    sp->from               = nf;
    sp->from[sp->from_n++] = id;
    ng_buf_printf(&sp->from_sql,
                  "%s%lld",
                  sp->from_n == 1 ? " AND g IN (" : ",",
                  (long long)id);
  }
  if (sp->from_n)
    ng_buf_puts(&sp->from_sql, ")");
  return sp->from_sql.len || !sp->from_n ? NG_OK : NG_ERR_NOMEM;
}

/* Without FROM NAMED of its own, a query sees every article graph as a
   named graph, so GRAPH ?g { ... } ranges over the articles. A query
   without a GRAPH pattern has no use for them: listing the graphs reads
   the whole g index. */
static NgStatus
add_named_graphs(NgSparql *sp, rasqal_query *rq)
{
  raptor_sequence *seq = rasqal_query_get_data_graph_sequence(rq);
  NgIter          *it  = NULL;
  NgId             quad[4];
  NgStatus         st;
  long             n     = 0;
  int              graph = 0;
  if (seq && raptor_sequence_size(seq) > 0)
    return NG_OK;
  rasqal_query_graph_pattern_visit2(rq, is_graph_pattern, &graph);
  if (!graph)
    return NG_OK;
  if ((st = ng_store_graphs(sp->store, &it)))
    return st;
  while (n++ < MAX_NAMED_GRAPHS && (st = ng_iter_next(it, quad)) == NG_OK) {
    NgTerm *t = NULL;
    if (ng_store_term(sp->store, quad[3], &t) || t->kind != NG_TERM_IRI) {
      ng_free(t);
      continue;
    }
    raptor_uri *u = raptor_new_uri(sp->raptor, (const unsigned char *)t->value);
    ng_free(t);
    if (!u) {
      st = NG_ERR_NOMEM;
      break;
    }
    rasqal_data_graph *dg = rasqal_new_data_graph_from_uri(
      sp->world, u, u, RASQAL_DATA_GRAPH_NAMED, NULL, NULL, NULL);
    raptor_free_uri(u);
    if (!dg || rasqal_query_add_data_graph(rq, dg)) {
      st = NG_ERR_NOMEM;
      break;
    }
  }
  ng_iter_free(it);
  return st > NG_DONE ? st : NG_OK;
}

/* ---------------------------------------------------------------- DISTINCT */

/* rasqal 0.9.33 loses every row a DISTINCT or REDUCED query reads (its
   distinct rowsource is never freed), so newsgraph asks rasqal for all the
   rows and drops the repeated ones itself, then applies OFFSET and LIMIT,
   which come after DISTINCT in SPARQL's order. A row is known by the
   exact terms it binds, not by how the shell shows them. */
typedef struct {
  char **key; /* open addressing, cap slots, NULL where empty */
  size_t n, cap;
} RowSet;

static size_t
hash_bytes(const char *s, size_t n)
{
  size_t h = 1469598103934665603ull; /* FNV-1a */
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

/* Adds KEY (N bytes) to SET: 1 when it was new, 0 when already there, -1
   when out of memory. */
static int
rowset_add(RowSet *set, const char *key, size_t n)
{
  if (2 * (set->n + 1) > set->cap) {
    size_t cap = set->cap ? 2 * set->cap : 64;
    char **k   = ng_calloc(cap, sizeof *k);
    if (!k)
      return -1;
    for (size_t i = 0; i < set->cap; i++) {
      if (!set->key[i])
        continue;
      size_t len = strlen(set->key[i]), j = hash_bytes(set->key[i], len);
      for (j &= cap - 1; k[j]; j = (j + 1) & (cap - 1)) {
      }
      k[j] = set->key[i];
    }
    ng_free(set->key);
    set->key = k;
    set->cap = cap;
  }
  size_t j = hash_bytes(key, n) & (set->cap - 1);
  for (; set->key[j]; j = (j + 1) & (set->cap - 1))
    if (!strcmp(set->key[j], key))
      return 0;
  if (!(set->key[j] = ng_strdup(key)))
    return -1;
  set->n++;
  return 1;
}

static void
rowset_free(RowSet *set)
{
  for (size_t i = 0; i < set->cap; i++)
    ng_free(set->key[i]);
  ng_free(set->key);
  memset(set, 0, sizeof *set);
}

/* Appends to B the exact form of literal L (unbound: "u"), with separators
   no term text holds. */
static NgStatus
put_row_key(NgBuf *b, rasqal_literal *l)
{
  NgStatus st = NG_OK;
  if (!l)
    return ng_buf_puts(b, "u\x1e");
  switch (rasqal_literal_get_rdf_term_type(l)) {
    case RASQAL_LITERAL_URI:
      st = ng_buf_puts(b, "i");
      st = st
             ? st
             : ng_buf_puts(b, (const char *)raptor_uri_as_string(l->value.uri));
      break;
    case RASQAL_LITERAL_BLANK:
      st = ng_buf_puts(b, "b");
      st = st ? st : ng_buf_puts(b, (const char *)l->string);
      break;
    default: {
      const unsigned char *s = rasqal_literal_as_string(l);
      const char          *dt =
        l->datatype ? (const char *)raptor_uri_as_string(l->datatype) : "";
      const char *parts[] = { "l",    s ? (const char *)s : "",
                              "\x1f", l->language ? l->language : "",
                              "\x1f", dt };
      for (size_t i = 0; !st && i < sizeof parts / sizeof *parts; i++)
        st = ng_buf_puts(b, parts[i]);
    }
  }
  return st ? st : ng_buf_puts(b, "\x1e");
}

/* (see ng_sparql_run) */
static NgStatus
run_query(NgSparql   *sp,
          const char *query,
          NgTables   *out,
          char      **errmsg,
          int        *line,
          int        *col)
{
  NgStatus              st          = NG_OK;
  NgTable              *t           = NULL;
  rasqal_query         *rq          = NULL;
  rasqal_query_results *res         = NULL;
  NgBuf                 text        = { 0 };
  char                 *check_group = NULL; /* see maybe_empty_group() */
  char                 *pre         = ng_query_sparql_prefixes(sp->q);
  *errmsg                           = NULL;
  *line                             = 0;
  *col                              = 0;
  ng_buf_clear(&sp->err);
  sp->line = sp->col = 0;
  if (!pre)
    return NG_ERR_NOMEM;
  /* The prefixes go on a line of their own, so the user's text starts on
     line 2 and error positions map back by one line. The text with its
     filters moved goes first; when rasqal does not take it, the query as
     written (whose errors are the user's to see). */
  const char *why = NULL;
  char       *neg = negations_rewritten(query, &why);
  if (why) {
    ng_free(pre);
    ng_buf_puts(&sp->err, why);
    st = NG_ERR_SYNTAX;
    goto fail;
  }
  const char *q1    = neg ? neg : query;
  char       *paths = paths_rewritten(q1);
  char       *moved = filters_last(paths ? paths : q1);
  if (!moved) {
    moved = paths;
    paths = NULL;
  }
  if (!moved) {
    moved = neg;
    neg   = NULL;
  }
  ng_free(paths);
  ng_free(neg);
  int bad = 1;
  for (int pass = moved ? 0 : 1; pass < 2 && bad; pass++) {
    if (rq)
      rasqal_free_query(rq);
    rq = NULL;
    ng_buf_clear(&text);
    ng_buf_clear(&sp->err);
    sp->line = sp->col = 0;
    put_query(&text, pre, pass ? query : moved);
    if (!text.data) {
      ng_free(pre);
      ng_free(moved);
      return NG_ERR_NOMEM;
    }
    if (!(rq = rasqal_new_query(sp->world, "sparql11", NULL)) &&
        !(rq = rasqal_new_query(sp->world, "sparql", NULL))) {
      ng_free(pre);
      ng_free(moved);
      st = NG_ERR_INTERNAL;
      goto done;
    }
    bad = rasqal_query_prepare(rq, (const unsigned char *)text.data, NULL) ||
          sp->err.len;
  }
  ng_free(pre);
  ng_free(moved);
  if (bad) {
    st = NG_ERR_SYNTAX;
    goto fail;
  }
  if ((st = add_named_graphs(sp, rq)) || (st = set_from_graphs(sp, rq)))
    goto done;
  if (sp->collect && sp->from_set) {
    sp->dfrom_set = 1;
    for (size_t i = 0; !st && i < sp->from_n; i++)
      st = ids_add(&sp->dfrom, sp->from[i]);
    if (st)
      goto done;
  }
  /* DISTINCT and REDUCED, OFFSET and LIMIT done here (see RowSet) */
  int distinct = rasqal_query_get_distinct(rq) > 0;
  int limit = -1, offset = 0;
  if (distinct) {
    limit  = rasqal_query_get_limit(rq);
    offset = rasqal_query_get_offset(rq);
    rasqal_query_set_distinct(rq, 0);
    rasqal_query_set_limit(rq, -1);
    rasqal_query_set_offset(rq, -1);
  }
  if (!(res = rasqal_query_execute(rq)) || sp->err.len) {
    st = NG_ERR_DB;
    goto fail;
  }
  if (rasqal_query_results_is_boolean(res)) {
    static const char *const cols[] = { "ask" };
    const char *c[1] = { rasqal_query_results_get_boolean(res) > 0 ? "true"
                                                                   : "false" };
    static const unsigned char k[1] = { NG_CELL_BOOLEAN };
    if ((st = ng_table_new(NULL, 1, cols, &t)) ||
        (st = ng_table_add_kinds(t, c, k)))
      goto done;
  } else if (rasqal_query_results_is_bindings(res) && sp->collect) {
    int n = rasqal_query_results_get_bindings_count(res);
    while (!st && !rasqal_query_results_finished(res) &&
           !ng_query_interrupted(sp->q)) {
      for (int i = 0; i < n && !st; i++) {
        if (hidden_var(
              (const char *)rasqal_query_results_get_binding_name(res, i)))
          continue;
        rasqal_literal     *l = rasqal_query_results_get_binding_value(res, i);
        rasqal_literal_type k =
          l ? rasqal_literal_get_rdf_term_type(l) : RASQAL_LITERAL_UNKNOWN;
        NgId id;
        if ((k == RASQAL_LITERAL_URI || k == RASQAL_LITERAL_BLANK) &&
            (id = id_of_literal(sp, l)) > 0)
          st = ids_add(sp->collect, id);
      }
      if (rasqal_query_results_next(res))
        break;
    }
    if (st)
      goto done;
  } else if (rasqal_query_results_is_bindings(res)) {
    int    all = rasqal_query_results_get_bindings_count(res), n = 0;
    char **cols = ng_calloc((size_t)all + 1, sizeof *cols);
    int   *at   = ng_calloc((size_t)all + 1, sizeof *at);
    if (!cols || !at) {
      ng_free(cols);
      ng_free(at);
      st = NG_ERR_NOMEM;
      goto done;
    }
    /* the columns shown: not the variables that stand for path steps */
    for (int i = 0; i < all; i++) {
      const char *name =
        (const char *)rasqal_query_results_get_binding_name(res, i);
      if (!hidden_var(name)) {
        at[n]     = i;
        cols[n++] = (char *)name;
      }
    }
    st = ng_table_new(NULL, n, (const char *const *)cols, &t);
    ng_free(cols);
    if (st) {
      ng_free(at);
      goto done;
    }
    NgBuf         *cell = ng_calloc((size_t)n + 1, sizeof *cell);
    const char   **row  = ng_calloc((size_t)n + 1, sizeof *row);
    unsigned char *kind = ng_calloc((size_t)n + 1, 1);
    RowSet         seen = { 0 };
    NgBuf          key  = { 0 };
    int            kept = 0;
    while (!st && cell && row && kind && !rasqal_query_results_finished(res) &&
           !ng_query_interrupted(sp->q) && (limit < 0 || kept < limit)) {
      int fresh = 1;
      if (distinct) {
        NgStatus kst = NG_OK;
        ng_buf_clear(&key);
        for (int i = 0; !kst && i < n; i++)
          kst = put_row_key(&key,
                            rasqal_query_results_get_binding_value(res, at[i]));
        fresh = kst ? -1 : rowset_add(&seen, ng_buf_str(&key), key.len);
        if (fresh < 0) {
          st = NG_ERR_NOMEM;
          break;
        }
        if (fresh && offset > 0) {
          offset--;
          fresh = 0;
        }
      }
      for (int i = 0; fresh && i < n; i++) {
        ng_buf_clear(&cell[i]);
        cell_of(sp,
                rasqal_query_results_get_binding_value(res, at[i]),
                &cell[i],
                &kind[i]);
        row[i] = ng_buf_str(&cell[i]);
      }
      if (fresh) {
        st = ng_table_add_kinds(t, row, kind);
        kept++;
      }
      if (rasqal_query_results_next(res))
        break;
    }
    rowset_free(&seen);
    ng_buf_free(&key);
    if (!st && kept == 0 && offset <= 0 && rasqal_query_get_offset(rq) <= 0 &&
        limit != 0 && rasqal_query_get_limit(rq) != 0 &&
        !ng_query_interrupted(sp->q))
      st = empty_aggregate_row(sp, rq, ng_buf_str(&text), &t);
    if (!st && !ng_query_interrupted(sp->q) && maybe_empty_group(rq, t))
      check_group = ask_of_select(query);
    if (!cell || !row || !kind)
      st = NG_ERR_NOMEM;
    ng_free(kind);
    for (int i = 0; cell && i < n; i++)
      ng_buf_free(&cell[i]);
    ng_free(cell);
    ng_free(row);
    ng_free(at);
    if (st)
      goto done;
  } else if (rasqal_query_results_is_graph(res)) {
    static const char *const cols[] = { "s", "p", "o" };
    if ((st = ng_table_new(NULL, 3, cols, &t)))
      goto done;
    raptor_statement *s;
    while (!st && !ng_query_interrupted(sp->q) &&
           (s = rasqal_query_results_get_triple(res))) {
      NgBuf         b[3] = { { 0 } };
      unsigned char k[3];
      cell_of_term(sp, s->subject, &b[0], &k[0]);
      cell_of_term(sp, s->predicate, &b[1], &k[1]);
      cell_of_term(sp, s->object, &b[2], &k[2]);
      const char *c[3] = { ng_buf_str(&b[0]),
                           ng_buf_str(&b[1]),
                           ng_buf_str(&b[2]) };
      st               = ng_table_add_kinds(t, c, k);
      for (int i = 0; i < 3; i++)
        ng_buf_free(&b[i]);
      if (rasqal_query_results_next_triple(res))
        break;
    }
    if (st)
      goto done;
  } else {
    ng_buf_puts(&sp->err, "this kind of query is not supported");
    st = NG_ERR_ARG;
    goto fail;
  }
  if (ng_query_interrupted(sp->q) && !sp->err.len)
    ng_buf_puts(&sp->err, "interrupted");
  if (sp->err.len) {
    st = NG_ERR_DB;
    goto fail;
  }
  if (t) {
    st = ng_tables_take(out, t);
    t  = NULL;
  }
  goto done;
fail:
  *errmsg =
    ng_strdup(sp->err.len ? ng_buf_str(&sp->err) : "malformed SPARQL query");
  if (sp->line > 1) {
    *line = sp->line - 1;
    *col  = sp->col > 0 ? sp->col : 0;
  }
done:
  if (res)
    rasqal_free_query_results(res);
  if (rq)
    rasqal_free_query(rq);
  clear_caches(sp);
  ng_table_free(t);
  ng_buf_free(&text);
  if (!st && check_group && out->n > 0) {
    /* The one group may be rasqal's group of nothing: asked whether the
       WHERE part has a solution, a "false" drops the row. */
    NgTables a   = { 0 };
    char    *msg = NULL;
    int      l = 0, c = 0;
    if (ng_sparql_run(sp, check_group, &a, &msg, &l, &c) == NG_OK && a.n == 1 &&
        ng_table_nrows(a.v[0]) == 1 &&
        !strcmp(ng_table_cell(a.v[0], 0, 0), "false")) {
      NgTable     *old  = out->v[out->n - 1];
      int          n    = ng_table_ncols(old);
      const char **cols = ng_calloc((size_t)n + 1, sizeof *cols);
      NgTable     *nt   = NULL;
      for (int k = 0; cols && k < n; k++)
        cols[k] = ng_table_col(old, k);
      if (cols && ng_table_new(NULL, n, cols, &nt) == NG_OK) {
        out->v[out->n - 1] = nt;
        ng_table_free(old);
      }
      ng_free(cols);
    }
    ng_free(msg);
    ng_tables_free(&a);
  }
  ng_free(check_group);
  return st;
}

/* ---------------------------------------------------------------- DESCRIBE */

/* rasqal parses DESCRIBE but answers it with nothing, so newsgraph answers
   it itself. The resources named (IRIs, the values of variables in the
   solutions of the WHERE part, or of every variable with *) are found by
   a SELECT that rasqal runs, and each is described by its symmetric
   concise bounded description: the triples that have it as subject or as
   object, across the article graphs, and in the same way those of each
   blank node they reach. */

typedef struct {
  NgId  *v;      /* 3 ids a slot; v[3i] == 0: empty */
  size_t n, cap; /* triples, slots (a power of two) */
} TripleSet;

static size_t
triple_slot(const TripleSet *t, NgId s, NgId p, NgId o)
{
  uint64_t h = (uint64_t)s * 0x9E3779B97F4A7C15u;
  h ^= (uint64_t)p * 0xC2B2AE3D27D4EB4Fu + (h >> 29);
  h ^= (uint64_t)o * 0x165667B19E3779F9u + (h >> 32);
  size_t i = (size_t)h & (t->cap - 1);
  while (t->v[3 * i] &&
         (t->v[3 * i] != s || t->v[3 * i + 1] != p || t->v[3 * i + 2] != o))
    i = (i + 1) & (t->cap - 1);
  return i;
}

/* 1 when (S, P, O) is new to T (and is now in it), 0 when it was there,
   -1 out of memory. S is never 0. */
static int
triple_add(TripleSet *t, NgId s, NgId p, NgId o)
{
  if (2 * (t->n + 1) > t->cap) {
    TripleSet g = { NULL, 0, t->cap ? t->cap * 2 : 256 };
    if (!(g.v = ng_calloc(3 * g.cap, sizeof *g.v)))
      return -1;
    for (size_t i = 0; i < t->cap; i++)
      if (t->v[3 * i]) {
        size_t k =
          triple_slot(&g, t->v[3 * i], t->v[3 * i + 1], t->v[3 * i + 2]);
        memcpy(&g.v[3 * k], &t->v[3 * i], 3 * sizeof *g.v);
      }
    g.n = t->n;
    ng_free(t->v);
    *t = g;
  }
  size_t k = triple_slot(t, s, p, o);
  if (t->v[3 * k])
    return 0;
  t->v[3 * k]     = s;
  t->v[3 * k + 1] = p;
  t->v[3 * k + 2] = o;
  t->n++;
  return 1;
}

static int
word_is(const Lex *L, const char *kw)
{
  size_t n = strlen(kw);
  return L->kind == T_WORD && L->at - L->start == n &&
         !strncasecmp(L->s + L->start, kw, n);
}

/* When QUERY is a DESCRIBE: the SELECT that finds what it names (caller
   frees), with the user's text kept on its lines so that errors point
   into it. NULL otherwise or out of memory (*nomem). */
static char *
describe_select(const char *query, int *nomem)
{
  Lex   L    = { query, strlen(query), 0, 0, T_END };
  NgBuf b    = { 0 };
  int   star = 0, n_iri = 0, n_var = 0;
  *nomem = 0;
  /* the prologue: BASE <iri>, PREFIX name: <iri> */
  for (;;) {
    lex_next(&L);
    if (word_is(&L, "BASE")) {
      lex_next(&L);
    } else if (word_is(&L, "PREFIX")) {
      lex_next(&L);
      lex_next(&L);
    } else
      break;
  }
  if (!word_is(&L, "DESCRIBE"))
    return NULL;
  ng_buf_append(&b, query, L.start);
  ng_buf_puts(&b, "SELECT"); /* not DISTINCT: rasqal 0.9.33 leaks its rows */
  size_t from = L.at, rest;
  for (;;) {
    rest      = L.at;
    TokKind k = lex_next(&L);
    if (k == T_VAR) {
      ng_buf_puts(&b, " ");
      ng_buf_append(&b, query + L.start, L.at - L.start);
      n_var++;
    } else if (is_punct(&L, '*')) {
      star = 1;
    } else if ((k == T_ATOM && query[L.start] == '<') ||
               (k == T_WORD && memchr(query + L.start, ':', L.at - L.start) &&
                !word_is(&L, "FROM"))) {
      ng_buf_printf(&b,
                    " (%.*s AS ?__describe%d)",
                    (int)(L.at - L.start),
                    query + L.start,
                    n_iri++);
    } else {
      rest = L.start;
      break;
    }
  }
  /* * with names, or no name at all, is for rasqal to refuse */
  if (star)
    ng_buf_puts(&b, " *");
  /* the lines the targets took, so the rest stays on its own */
  for (size_t i = from; i < rest; i++)
    if (query[i] == '\n')
      ng_buf_puts(&b, "\n");
  ng_buf_puts(&b, " ");
  ng_buf_puts(&b, query + rest);
  /* DESCRIBE <iri> FROM <g> has no WHERE part, which SELECT needs */
  Lex R = { query, L.n, rest, 0, T_END };
  lex_next(&R);
  while (word_is(&R, "FROM")) {
    lex_next(&R);
    if (word_is(&R, "NAMED"))
      lex_next(&R);
    lex_next(&R);
  }
  if (R.kind == T_END)
    ng_buf_puts(&b, " WHERE {}");
  if (!b.data)
    *nomem = 1;
  return ng_buf_take(&b);
}

/* The description of each resource in IDS (which grows by the blank nodes
   met) as a table s, p, o: from the query's FROM graphs when it names
   some (sp->dfrom), else from every graph. */
static NgStatus
describe_ids(NgSparql *sp, IdList *ids, NgTable **out)
{
  static const char *const cols[]  = { "s", "p", "o" };
  TripleSet                triples = { 0 }, done = { 0 };
  NgTable                 *t    = NULL;
  NgBuf                    c[3] = { { 0 } };
  NgStatus                 st   = ng_table_new(NULL, 3, cols, &t);
  for (size_t i = 0; !st && i < ids->n && !ng_query_interrupted(sp->q); i++) {
    int fresh = triple_add(&done, ids->v[i], 0, 0);
    if (fresh <= 0) {
      st = fresh < 0 ? NG_ERR_NOMEM : NG_OK;
      continue;
    }
    size_t ng = sp->dfrom_set ? sp->dfrom.n : 1;
    for (int step = 0; !st && step < 2 * (int)ng; step++) {
      int     in = step & 1;
      NgId    g  = sp->dfrom_set ? sp->dfrom.v[step / 2] : 0;
      NgIter *it = NULL;
      NgId    q[4];
      if ((st = ng_store_match(
             sp->store, in ? 0 : ids->v[i], 0, in ? ids->v[i] : 0, g, &it)))
        break;
      while (!st && !ng_query_interrupted(sp->q) &&
             (st = ng_iter_next(it, q)) == NG_OK) {
        int r = triple_add(&triples, q[0], q[1], q[2]);
        if (r <= 0) {
          st = r < 0 ? NG_ERR_NOMEM : NG_OK;
          continue;
        }
        const char   *row[3];
        unsigned char kind[3];
        for (int k = 0; k < 3 && !st; k++) {
          NgTerm *term = NULL;
          ng_buf_clear(&c[k]);
          if (!(st = ng_store_term(sp->store, q[k], &term)))
            st = ng_query_format_cell(sp->q, term, &c[k], &kind[k]);
          ng_free(term);
          row[k] = ng_buf_str(&c[k]);
        }
        if (!st)
          st = ng_table_add_kinds(t, row, kind);
        /* a blank node on the other side is described in turn */
        const char *other = row[in ? 0 : 2];
        if (!st && !strncmp(other, "_:", 2))
          st = ids_add(ids, q[in ? 0 : 2]);
      }
      if (st == NG_DONE)
        st = NG_OK;
      ng_iter_free(it);
    }
  }
  for (int k = 0; k < 3; k++)
    ng_buf_free(&c[k]);
  ng_free(triples.v);
  ng_free(done.v);
  if (st) {
    ng_table_free(t);
    t = NULL;
  }
  *out = t;
  return st;
}

static NgStatus
run_describe(NgSparql   *sp,
             const char *select,
             NgTables   *out,
             char      **errmsg,
             int        *line,
             int        *col)
{
  IdList   ids = { 0 };
  NgTable *t   = NULL;
  sp->collect  = &ids;
  NgStatus st  = run_query(sp, select, NULL, errmsg, line, col);
  sp->collect  = NULL;
  if (!st)
    st = describe_ids(sp, &ids, &t);
  ng_free(sp->dfrom.v);
  memset(&sp->dfrom, 0, sizeof sp->dfrom);
  sp->dfrom_set = 0;
  if (!st && ng_query_interrupted(sp->q)) {
    *errmsg = ng_strdup("interrupted");
    st      = NG_ERR_DB;
  }
  if (!st)
    st = ng_tables_take(out, t);
  else
    ng_table_free(t);
  ng_free(ids.v);
  return st;
}

/* The query runs in one read transaction: its many small statements then
   take SQLite's locks and check the file once, not once a statement. */
NgStatus
ng_sparql_run(NgSparql   *sp,
              const char *query,
              NgTables   *out,
              char      **errmsg,
              int        *line,
              int        *col)
{
  sqlite3 *db    = ng_store_sqlite(sp->store);
  int      began = sqlite3_get_autocommit(db) &&
              sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
  int      nomem  = 0;
  char    *select = describe_select(query, &nomem);
  NgStatus st     = nomem    ? NG_ERR_NOMEM
                    : select ? run_describe(sp, select, out, errmsg, line, col)
                             : run_query(sp, query, out, errmsg, line, col);
  ng_free(select);
  if (began && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
    /* a statement still open holds it: reset them and end it again */
    for (int i = 0; i < 32 * STMT_DEPTH; i++)
      if (sp->stmts[i].stmt)
        sqlite3_reset(sp->stmts[i].stmt);
    if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
      sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
  }
  return st;
}
