/* tests/unit/test_store.c -- the quad store. */
#include "graph/buf.h"
#include "graph/store.h"
#include "graph/store_internal.h"
#include "graph/vocab.h"
#include "test.h"

#include <sqlite3.h>

static NgStore *
fresh(const char *name, char **path)
{
  NgStore *s   = NULL;
  char    *msg = NULL;
  *path        = test_tmp_path(name);
  assert(ng_store_open(*path, NG_STORE_CREATE, &s, &msg) == NG_OK);
  return s;
}

static void
test_term_round_trip(void)
{
  char    *path;
  NgStore *s   = fresh("terms.db", &path);
  NgTerm   t[] = {
      ng_iri("https://w3id.org/newsgraph/id/person/牛瑞平"),
      ng_blank("b1"),
      ng_literal("郑东新区党工委副书记", "zh", NULL),
      ng_literal("郑东新区党工委副书记", NULL, NULL),
      ng_literal("2021-07-21", NULL, NG_XSD_DATE),
      ng_literal("--07-21", NULL, NG_XSD_GMONTHDAY),
      ng_literal("鄭州市", "zh-Hant", NULL),
      ng_literal("line\nbreak \"quoted\"", "en", NULL),
  };
  NgId ids[sizeof t / sizeof *t];
  for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
    assert(ng_store_term_id(s, &t[i], 1, &ids[i]) == NG_OK);
    for (size_t k = 0; k < i; k++)
      assert(ids[k] != ids[i]); /* lang and datatype tell terms apart */
  }
  for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
    NgId again;
    assert(ng_store_term_id(s, &t[i], 0, &again) == NG_OK);
    assert(again == ids[i]);
    NgTerm *back = NULL;
    assert(ng_store_term(s, ids[i], &back) == NG_OK);
    assert(ng_term_equal(back, &t[i]));
    ng_free(back);
  }
  NgTerm unknown = ng_literal("不存在", "zh", NULL);
  NgId   x;
  assert(ng_store_term_id(s, &unknown, 0, &x) == NG_ERR_NOT_FOUND);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

/* Adds a 3x3x3x2 cube of quads and checks every pattern of bound
   positions returns exactly the quads it should. */
static void
test_match_every_pattern(void)
{
  char    *path;
  NgStore *s = fresh("match.db", &path);
  NgId     v[4][3];
  char     buf[64];
  for (int pos = 0; pos < 4; pos++)
    for (int k = 0; k < 3; k++) {
      snprintf(buf, sizeof buf, "http://x/%d/%d", pos, k);
      NgTerm t = ng_iri(buf);
      assert(ng_store_term_id(s, &t, 1, &v[pos][k]) == NG_OK);
    }
  assert(ng_store_begin(s) == NG_OK);
  for (int a = 0; a < 3; a++)
    for (int b = 0; b < 3; b++)
      for (int c = 0; c < 3; c++)
        for (int g = 0; g < 2; g++)
          assert(ng_store_add_ids(s, v[0][a], v[1][b], v[2][c], v[3][g]) ==
                 NG_OK);
  /* duplicates are ignored */
  assert(ng_store_add_ids(s, v[0][0], v[1][0], v[2][0], v[3][0]) == NG_OK);
  assert(ng_store_commit(s) == NG_OK);
  for (int mask = 0; mask < 16; mask++) {
    NgId pat[4] = { 0, 0, 0, 0 };
    long expect = 1;
    for (int pos = 0; pos < 4; pos++) {
      if (mask & (1 << pos))
        pat[pos] = v[pos][1];
      else
        expect *= pos == 3 ? 2 : 3;
    }
    NgIter *it = NULL;
    assert(ng_store_match(s, pat[0], pat[1], pat[2], pat[3], &it) == NG_OK);
    NgId     q[4];
    long     n = 0;
    NgStatus st;
    while ((st = ng_iter_next(it, q)) == NG_OK) {
      for (int pos = 0; pos < 4; pos++)
        if (pat[pos])
          assert(q[pos] == pat[pos]);
      n++;
    }
    assert(st == NG_DONE);
    ng_iter_free(it);
    assert(n == expect);
    long long c;
    assert(ng_store_count(s, pat[0], pat[1], pat[2], pat[3], &c) == NG_OK);
    assert(c == expect);
  }
  /* Term patterns: an unknown bound term matches nothing. */
  NgTerm  none = ng_iri("http://x/unknown");
  NgIter *it   = NULL;
  NgId    q[4];
  assert(ng_store_match_terms(s, &none, NULL, NULL, NULL, &it) == NG_OK);
  assert(ng_iter_next(it, q) == NG_DONE);
  ng_iter_free(it);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

/* Every pattern is served by an index: no plan step is a full scan. */
static void
test_patterns_use_indexes(void)
{
  char    *path;
  NgStore *s = fresh("plan.db", &path);
  ng_store_close(s);
  sqlite3 *db;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  static const char *col[4] = { "s", "p", "o", "g" };
  for (int mask = 1; mask < 16; mask++) {
    char sql[256];
    int  n = snprintf(
      sql, sizeof sql, "EXPLAIN QUERY PLAN SELECT s,p,o,g FROM quad WHERE 1");
    for (int pos = 0; pos < 4; pos++)
      if (mask & (1 << pos))
        n += snprintf(sql + n, sizeof sql - (size_t)n, " AND %s=1", col[pos]);
    sqlite3_stmt *q;
    assert(sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK);
    int indexed = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
      const char *d = (const char *)sqlite3_column_text(q, 3);
      if (strstr(d, "USING") && strstr(d, "SEARCH"))
        indexed = 1;
    }
    sqlite3_finalize(q);
    if (!indexed)
      fprintf(stderr, "pattern %d scans\n", mask);
    assert(indexed);
  }
  sqlite3_close(db);
  test_rm_db(path);
  free(path);
}

static void
test_reopen_keeps_quads(void)
{
  char    *path;
  NgStore *s = fresh("reopen.db", &path);
  NgTerm   a = ng_iri("http://x/a"), p = ng_iri(NG_RDFS_LABEL),
         o = ng_literal("郑州市", "zh", NULL), g = ng_iri("http://x/g");
  assert(ng_store_add(s, &a, &p, &o, &g) == NG_OK);
  ng_store_close(s);
  char *msg = NULL;
  assert(ng_store_open(path, NG_STORE_READ, &s, &msg) == NG_OK);
  long long n;
  assert(ng_store_count(s, 0, 0, 0, 0, &n) == NG_OK && n == 1);
  NgIter *it;
  NgId    q[4];
  assert(ng_store_match_terms(s, NULL, NULL, &o, NULL, &it) == NG_OK);
  assert(ng_iter_next(it, q) == NG_OK);
  NgTerm *t;
  assert(ng_store_term(s, q[2], &t) == NG_OK);
  assert(!strcmp(t->value, "郑州市") && !strcmp(t->lang, "zh"));
  ng_free(t);
  ng_iter_free(it);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

static long long
count(const char *path, const char *sql)
{
  sqlite3      *db;
  sqlite3_stmt *q;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK);
  assert(sqlite3_step(q) == SQLITE_ROW);
  long long n = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  sqlite3_close(db);
  return n;
}

static void
add_fact(NgStore *s, const NgTerm *g, const char *who, NgId *gid)
{
  NgFacts f   = { 0 };
  NgTerm  sub = ng_iri(who), p = ng_iri(NG_SCHEMA_ATTENDEE),
         o = ng_iri("https://w3id.org/newsgraph/id/event/e1");
  assert(ng_facts_add(&f, &sub, &p, &o, 0, 2, 4) == NG_OK);
  assert(ng_store_begin(s) == NG_OK);
  assert(ng_store_graph_anew(s, g, gid) == NG_OK);
  assert(ng_store_add_facts(s, *gid, &f) == NG_OK);
  assert(ng_store_commit(s) == NG_OK);
  ng_facts_free(&f);
}

static void
test_graph_anew_replaces_quads_and_provenance(void)
{
  char    *path;
  NgStore *s  = fresh("anew.db", &path);
  NgTerm   g1 = ng_iri("https://w3id.org/newsgraph/id/article/a1");
  NgTerm   g2 = ng_iri("https://w3id.org/newsgraph/id/article/a2");
  NgId     id1, id2, again;
  add_fact(s, &g1, "https://w3id.org/newsgraph/id/person/p1", &id1);
  add_fact(s, &g2, "https://w3id.org/newsgraph/id/person/p1", &id2);
  assert(count(path, "SELECT count(*) FROM prov") == 2);
  /* writing a1 again keeps only its new fact, and a2 untouched */
  add_fact(s, &g1, "https://w3id.org/newsgraph/id/person/p2", &again);
  assert(again == id1);
  ng_store_close(s);
  assert(count(path, "SELECT count(*) FROM quad") == 2);
  assert(count(path, "SELECT count(*) FROM prov") == 2);
  assert(count(path,
               "SELECT count(*) FROM prov p JOIN term t ON t.id=p.s"
               " WHERE t.value LIKE '%/p1'") == 1);
  /* every provenance row belongs to a stored quad */
  assert(count(path,
               "SELECT count(*) FROM prov p WHERE NOT EXISTS (SELECT 1"
               " FROM quad q WHERE q.s=p.s AND q.p=p.p AND q.o=p.o"
               " AND q.g=p.g)") == 0);
  test_rm_db(path);
  free(path);
}

static long long
quad_orders(const char *path)
{
  return count(path,
               "SELECT count(*) FROM sqlite_schema WHERE type='index'"
               " AND name IN ('quad_posg','quad_ospg','quad_gspo')");
}

/* A bulk write into an empty store makes the quad orders at its end; one
   that rewrites a graph meanwhile still clears it; a store left without
   them by a write that never ended gets them at the next bulk write. */
static void
test_bulk_write_makes_indexes_at_end(void)
{
  char    *path;
  NgStore *s  = fresh("bulk.db", &path);
  NgTerm   g1 = ng_iri("https://w3id.org/newsgraph/id/article/b1");
  NgTerm   g2 = ng_iri("https://w3id.org/newsgraph/id/article/b2");
  NgId     id1, id2, again;
  assert(quad_orders(path) == 3);
  assert(ng_store_bulk_begin(s) == NG_OK);
  assert(quad_orders(path) == 0);
  add_fact(s, &g1, "https://w3id.org/newsgraph/id/person/p1", &id1);
  add_fact(s, &g2, "https://w3id.org/newsgraph/id/person/p1", &id2);
  /* rewriting b1 finds its quads through the g-s-p-o order */
  add_fact(s, &g1, "https://w3id.org/newsgraph/id/person/p2", &again);
  assert(again == id1 && quad_orders(path) == 3);
  assert(ng_store_bulk_end(s) == NG_OK);
  assert(count(path, "SELECT count(*) FROM quad") == 2);
  assert(count(path, "SELECT count(*) FROM prov") == 2);

  /* a store that is not empty keeps its orders */
  assert(ng_store_bulk_begin(s) == NG_OK);
  assert(quad_orders(path) == 3);
  assert(ng_store_bulk_end(s) == NG_OK);
  ng_store_close(s);

  /* a bulk write killed before its end: the next one mends the store */
  sqlite3 *db;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(sqlite3_exec(db, "DROP INDEX quad_ospg", NULL, NULL, NULL) ==
         SQLITE_OK);
  sqlite3_close(db);
  char *msg = NULL;
  assert(ng_store_open(path, NG_STORE_WRITE, &s, &msg) == NG_OK);
  long long n;
  NgTerm    o = ng_iri("https://w3id.org/newsgraph/id/event/e1");
  NgIter   *it;
  NgId      q[4];
  /* without it the store still answers */
  assert(ng_store_match_terms(s, NULL, NULL, &o, NULL, &it) == NG_OK);
  for (n = 0; ng_iter_next(it, q) == NG_OK; n++)
    ;
  ng_iter_free(it);
  assert(n == 2);
  assert(ng_store_bulk_begin(s) == NG_OK);
  assert(quad_orders(path) == 3);
  assert(ng_store_bulk_end(s) == NG_OK);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

static long long
pragma_of(NgStore *s, const char *sql)
{
  sqlite3_stmt *q;
  assert(sqlite3_prepare_v2(ng_store_sqlite(s), sql, -1, &q, NULL) ==
         SQLITE_OK);
  assert(sqlite3_step(q) == SQLITE_ROW);
  long long v = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  return v;
}

/* The orders of a bulk write too big for one sorted run in memory (it
   sorts with a small page cache, in runs merged from temporary files)
   hold every quad, and the store gets its own cache back for what
   follows. */
static void
test_bulk_write_sorts_big_orders(void)
{
  char    *path;
  NgStore *s = fresh("bulkbig.db", &path);
  assert(ng_store_bulk_begin(s) == NG_OK);
  assert(ng_store_begin(s) == NG_OK);
  long long n = 0;
  /* 200k quads of large ids in no order: several MiB to sort per order */
  for (NgId i = 0; i < 200000; i++, n++) {
    NgId x = (i * 7919 + 13) % 200000;
    assert(ng_store_add_ids(s,
                            1000000000 + x * 3,
                            1000 + x % 17,
                            2000000000 - x * 5,
                            3000000000 + x % 9973) == NG_OK);
  }
  assert(ng_store_commit(s) == NG_OK);
  assert(ng_store_bulk_end(s) == NG_OK);
  assert(quad_orders(path) == 3);
  static const char *const by[] = {
    "SELECT count(*) FROM quad INDEXED BY quad_posg WHERE p>0",
    "SELECT count(*) FROM quad INDEXED BY quad_ospg WHERE o>0",
    "SELECT count(*) FROM quad INDEXED BY quad_gspo WHERE g>0",
  };
  for (size_t i = 0; i < sizeof by / sizeof *by; i++)
    assert(count(path, by[i]) == n);
  assert(count(path,
               "SELECT count(*) FROM pragma_integrity_check"
               " WHERE integrity_check<>'ok'") == 0);
  assert(pragma_of(s, "PRAGMA cache_size") == -65536);
  assert(pragma_of(s, "PRAGMA temp_store") == 2); /* memory */
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

/* The rows of TABLE in key order, one line each, in B. */
static void
rows_of(const char *path, const char *sql, NgBuf *b)
{
  sqlite3      *db;
  sqlite3_stmt *q;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK);
  while (sqlite3_step(q) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(q); c++)
      ng_buf_printf(b, "%lld ", (long long)sqlite3_column_int64(q, c));
    ng_buf_puts(b, "\n");
  }
  sqlite3_finalize(q);
  sqlite3_close(db);
}

/* An article's facts go in many rows per statement: whatever their
   number, repeats and facts without a sentence, the store holds what
   adding them one at a time gives, term ids included. */
static void
test_add_facts_many_at_once(void)
{
  char   *path1, *path2;
  NgTerm  g   = ng_iri("https://w3id.org/newsgraph/id/article/m1");
  NgTerm  p[] = { ng_iri(NG_SCHEMA_ATTENDEE), ng_iri(NG_RDFS_LABEL) };
  NgFacts all = { 0 };
  char    buf[80], obuf[80];
  int     used[87] = { 0 }, distinct = 0;
  /* 64 + 16 + 4 + 3 facts, every 5th a repeat of an earlier one */
  for (int i = 0; i < 87; i++) {
    int k = i % 5 == 4 ? i / 2 : i;
    distinct += !used[k]++;
    snprintf(buf, sizeof buf, "https://w3id.org/newsgraph/id/person/p%d", k);
    NgTerm s = ng_iri(buf);
    snprintf(obuf, sizeof obuf, "名字%d", k % 7);
    NgTerm o = ng_literal(obuf, "zh", NULL);
    assert(ng_facts_add(&all,
                        &s,
                        &p[k % 2],
                        &o,
                        k % 3 ? k % 4 : -1,
                        k % 3 ? 10 * k : -1,
                        k % 3 ? 10 * k + 4 : -1) == NG_OK);
  }
  for (size_t n = 0; n <= all.n; n += all.n - n > 40 ? 23 : 1) {
    NgStore *a = fresh("many1.db", &path1), *b = fresh("many2.db", &path2);
    NgFacts  part = all;
    part.n        = n;
    NgId ga, gb;
    assert(ng_store_begin(a) == NG_OK);
    assert(ng_store_graph_anew(a, &g, &ga) == NG_OK);
    assert(ng_store_add_facts(a, ga, &part) == NG_OK);
    assert(ng_store_commit(a) == NG_OK);
    assert(ng_store_begin(b) == NG_OK);
    assert(ng_store_graph_anew(b, &g, &gb) == NG_OK);
    for (size_t i = 0; i < n; i++) {
      NgFacts one = all;
      one.v       = &all.v[i];
      one.n       = 1;
      assert(ng_store_add_facts(b, gb, &one) == NG_OK);
    }
    assert(ng_store_commit(b) == NG_OK);
    ng_store_close(a);
    ng_store_close(b);
    static const char *const sql[] = {
      "SELECT * FROM quad ORDER BY s,p,o,g",
      "SELECT * FROM prov ORDER BY s,p,o,g,sentence,start",
      "SELECT id, kind, length(value) FROM term ORDER BY id",
    };
    for (size_t k = 0; k < sizeof sql / sizeof *sql; k++) {
      NgBuf ra = { 0 }, rb = { 0 };
      rows_of(path1, sql[k], &ra);
      rows_of(path2, sql[k], &rb);
      assert(ra.len == rb.len &&
             (!ra.len || !memcmp(ra.data, rb.data, ra.len)));
      ng_buf_free(&ra);
      ng_buf_free(&rb);
    }
    if (n == all.n) {
      assert(distinct < 87);
      assert(count(path1, "SELECT count(*) FROM quad") == distinct);
      assert(count(path1, "SELECT count(*) FROM prov") > 0);
      assert(count(path1, "SELECT count(*) FROM prov") <
             count(path1, "SELECT count(*) FROM quad"));
    }
    test_rm_db(path1);
    test_rm_db(path2);
    free(path1);
    free(path2);
  }
  ng_facts_free(&all);
}

static long long
term_index(const char *path)
{
  return count(path,
               "SELECT count(*) FROM sqlite_schema WHERE type='index'"
               " AND name='term_value'");
}

/* The id of IRI (interned when CREATE) in its own transaction. */
static NgId
iri_id(NgStore *s, const char *iri, int create)
{
  NgTerm t = ng_iri(iri);
  NgId   id;
  assert(ng_store_begin(s) == NG_OK);
  NgStatus st = ng_store_term_id(s, &t, create, &id);
  assert(ng_store_commit(s) == NG_OK);
  return st == NG_OK ? id : 0;
}

/* A bulk write into an empty store makes the term index at its end too;
   terms added meanwhile keep their ids and are found again, and a lookup
   the cache cannot answer makes the index first. */
static void
test_bulk_write_makes_term_index_at_end(void)
{
  char    *path;
  NgStore *s = fresh("bulkterms.db", &path);
  assert(term_index(path) == 1);
  assert(ng_store_bulk_begin(s) == NG_OK);
  assert(term_index(path) == 0);
  NgId a = iri_id(s, "http://x/a", 1), b = iri_id(s, "http://x/b", 1);
  assert(a && b && a != b);
  assert(iri_id(s, "http://x/a", 1) == a); /* from the cache */
  assert(term_index(path) == 0);
  /* a rollback empties the cache: what it loses is looked up again */
  assert(ng_store_begin(s) == NG_OK);
  NgTerm c = ng_iri("http://x/c");
  NgId   cid;
  assert(ng_store_term_id(s, &c, 1, &cid) == NG_OK);
  assert(ng_store_rollback(s) == NG_OK);
  assert(iri_id(s, "http://x/b", 1) == b);
  assert(term_index(path) == 1);
  assert(iri_id(s, "http://x/c", 0) == 0);
  NgId c2 = iri_id(s, "http://x/c", 1);
  assert(c2 && c2 != a && c2 != b);
  assert(ng_store_bulk_end(s) == NG_OK);
  assert(term_index(path) == 1);
  assert(count(path, "SELECT count(*) FROM term") == 3);
  ng_store_close(s);

  /* another writer opened on the empty store: its cache is complete
     only until this one writes, after which it looks terms up; and
     this one, once the other has written, makes the index and looks
     terms up too: no term is stored twice */
  test_rm_db(path);
  free(path);
  NgStore *w1  = fresh("bulkterms.db", &path);
  NgStore *w2  = NULL;
  char    *msg = NULL;
  assert(ng_store_open(path, NG_STORE_WRITE, &w2, &msg) == NG_OK);
  assert(ng_store_bulk_begin(w1) == NG_OK);
  assert(term_index(path) == 0);
  NgId x1 = iri_id(w1, "http://x/x", 1);
  assert(iri_id(w2, "http://x/x", 1) == x1);
  NgId y2 = iri_id(w2, "http://x/y", 1);
  assert(y2 && y2 != x1);
  assert(term_index(path) == 0);
  assert(iri_id(w1, "http://x/y", 1) == y2);
  assert(term_index(path) == 1);
  assert(ng_store_bulk_end(w1) == NG_OK);
  ng_store_close(w1);
  ng_store_close(w2);
  assert(count(path, "SELECT count(*) FROM term") == 2);

  /* a store left without the index gets it at the next bulk write */
  sqlite3 *db;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(sqlite3_exec(db, "DROP INDEX term_value", NULL, NULL, NULL) ==
         SQLITE_OK);
  sqlite3_close(db);
  assert(ng_store_open(path, NG_STORE_WRITE, &s, &msg) == NG_OK);
  assert(iri_id(s, "http://x/x", 0) == x1); /* found without it */
  assert(ng_store_bulk_begin(s) == NG_OK);
  assert(term_index(path) == 1);
  assert(ng_store_bulk_end(s) == NG_OK);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

static void
test_upgrades_schema_1(void)
{
  /* A store as newsgraph wrote it with schema 1: six quad orders and
     provenance keyed by graph. */
  char    *path = test_tmp_path("v1.db");
  sqlite3 *db;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(
    sqlite3_exec(
      db,
      "CREATE TABLE term(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL,"
      " value TEXT NOT NULL, lang TEXT NOT NULL DEFAULT '',"
      " dt TEXT NOT NULL DEFAULT '');"
      "CREATE UNIQUE INDEX term_value ON term(value,kind,lang,dt);"
      "CREATE TABLE quad(s INTEGER NOT NULL, p INTEGER NOT NULL,"
      " o INTEGER NOT NULL, g INTEGER NOT NULL,"
      " PRIMARY KEY(s,p,o,g)) WITHOUT ROWID;"
      "CREATE INDEX quad_posg ON quad(p,o,s,g);"
      "CREATE INDEX quad_ospg ON quad(o,s,p,g);"
      "CREATE INDEX quad_gspo ON quad(g,s,p,o);"
      "CREATE INDEX quad_gpos ON quad(g,p,o,s);"
      "CREATE INDEX quad_gosp ON quad(g,o,s,p);"
      "CREATE TABLE source(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
      " name TEXT NOT NULL, bytes INTEGER NOT NULL DEFAULT 0,"
      " encoding TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL DEFAULT '',"
      " added TEXT NOT NULL DEFAULT (datetime('now')));"
      "CREATE TABLE article(g INTEGER PRIMARY KEY, source INTEGER NOT NULL,"
      " part INTEGER NOT NULL, headline TEXT NOT NULL DEFAULT '');"
      "CREATE INDEX article_source ON article(source,part);"
      "CREATE TABLE sentence(g INTEGER NOT NULL, idx INTEGER NOT NULL,"
      " start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,"
      " PRIMARY KEY(g,idx)) WITHOUT ROWID;"
      "CREATE TABLE prov(g INTEGER NOT NULL, s INTEGER NOT NULL,"
      " p INTEGER NOT NULL, o INTEGER NOT NULL, sentence INTEGER NOT NULL,"
      " start INTEGER NOT NULL, end INTEGER NOT NULL,"
      " PRIMARY KEY(g,s,p,o,sentence,start)) WITHOUT ROWID;"
      "CREATE INDEX prov_spo ON prov(s,p,o);"
      "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "INSERT INTO term "
      "VALUES(1,1,'https://w3id.org/newsgraph/id/person/p1','','');"
      "INSERT INTO term VALUES(2,1,'" NG_SCHEMA_ATTENDEE "','','');"
      "INSERT INTO term "
      "VALUES(3,1,'https://w3id.org/newsgraph/id/event/e1','','');"
      "INSERT INTO term "
      "VALUES(4,1,'https://w3id.org/newsgraph/id/article/a1','','');"
      "INSERT INTO quad VALUES(1,2,3,4);"
      "INSERT INTO prov VALUES(4,1,2,3,0,2,4);"
      "PRAGMA application_id=1313296968; PRAGMA user_version=1;",
      0,
      0,
      0) == SQLITE_OK);
  sqlite3_close(db);

  /* reading leaves it as it is */
  NgStore *s   = NULL;
  char    *msg = NULL;
  assert(ng_store_open(path, NG_STORE_READ, &s, &msg) == NG_OK);
  long long n = 0;
  assert(ng_store_count(s, 0, 0, 3, 0, &n) == NG_OK && n == 1);
  ng_store_close(s);
  assert(count(path, "PRAGMA user_version") == 1);

  /* writing upgrades it, keeping quads and provenance */
  assert(ng_store_open(path, NG_STORE_WRITE, &s, &msg) == NG_OK);
  ng_store_close(s);
  assert(count(path, "PRAGMA user_version") == NG_SCHEMA_VERSION);
  assert(count(path,
               "SELECT count(*) FROM sqlite_schema WHERE name IN"
               " ('quad_gpos','quad_gosp','prov_spo')") == 0);
  assert(count(path, "SELECT count(*) FROM quad") == 1);
  assert(count(path,
               "SELECT count(*) FROM prov WHERE s=1 AND p=2 AND o=3"
               " AND g=4 AND start=2 AND end=4") == 1);

  /* and a graph of the old store clears through the new key */
  assert(ng_store_open(path, NG_STORE_WRITE, &s, &msg) == NG_OK);
  assert(ng_store_begin(s) == NG_OK);
  assert(ng_store_clear_graph(s, 4) == NG_OK);
  assert(ng_store_commit(s) == NG_OK);
  ng_store_close(s);
  assert(count(path, "SELECT count(*) FROM prov") == 0);
  assert(count(path, "SELECT count(*) FROM quad") == 0);
  test_rm_db(path);
  free(path);
}

static void
test_refuses_newer_schema_and_foreign_files(void)
{
  char    *path;
  NgStore *s = fresh("newer.db", &path);
  ng_store_close(s);
  sqlite3 *db;
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(sqlite3_exec(db, "PRAGMA user_version=99", 0, 0, 0) == SQLITE_OK);
  sqlite3_close(db);
  char *msg = NULL;
  assert(ng_store_open(path, NG_STORE_READ, &s, &msg) == NG_ERR_SCHEMA);
  assert(strstr(msg, path) && strstr(msg, "newer"));
  ng_free(msg);
  test_rm_db(path);

  /* a SQLite database of another program */
  assert(sqlite3_open(path, &db) == SQLITE_OK);
  assert(sqlite3_exec(db, "CREATE TABLE t(x)", 0, 0, 0) == SQLITE_OK);
  sqlite3_close(db);
  msg = NULL;
  assert(ng_store_open(path, NG_STORE_CREATE, &s, &msg) == NG_ERR_SCHEMA);
  assert(strstr(msg, "not a newsgraph database"));
  ng_free(msg);
  test_rm_db(path);

  /* not SQLite at all */
  FILE *f = fopen(path, "w");
  fputs("this is not a database, just some text that is long enough to be "
        "read as a header by SQLite, which wants one hundred bytes or more "
        "before it decides",
        f);
  fclose(f);
  msg = NULL;
  assert(ng_store_open(path, NG_STORE_READ, &s, &msg) > NG_DONE);
  assert(strstr(msg, path));
  ng_free(msg);
  test_rm_db(path);

  /* missing, without create */
  msg = NULL;
  assert(ng_store_open(path, NG_STORE_READ, &s, &msg) == NG_ERR_NOT_FOUND);
  assert(strstr(msg, path));
  ng_free(msg);
  free(path);
}

/* A reader sees the committed state while a writer holds an open
   transaction (WAL). */
static void
test_read_while_writing(void)
{
  char    *path;
  NgStore *w = fresh("wal.db", &path);
  NgTerm   a = ng_iri("http://x/a"), p = ng_iri("http://x/p"),
         g  = ng_iri("http://x/g");
  NgTerm o1 = ng_literal("一", NULL, NULL), o2 = ng_literal("二", NULL, NULL);
  assert(ng_store_add(w, &a, &p, &o1, &g) == NG_OK);
  assert(ng_store_begin(w) == NG_OK);
  assert(ng_store_add(w, &a, &p, &o2, &g) == NG_OK);
  NgStore *r   = NULL;
  char    *msg = NULL;
  assert(ng_store_open(path, NG_STORE_READ, &r, &msg) == NG_OK);
  long long n;
  assert(ng_store_count(r, 0, 0, 0, 0, &n) == NG_OK);
  assert(n == 1);
  assert(ng_store_commit(w) == NG_OK);
  assert(ng_store_count(r, 0, 0, 0, 0, &n) == NG_OK);
  assert(n == 2);
  ng_store_close(r);
  ng_store_close(w);
  test_rm_db(path);
  free(path);
}

static void
test_savepoint_rolls_back_one_article(void)
{
  char    *path;
  NgStore *s = fresh("sp.db", &path);
  NgTerm   a = ng_iri("http://x/a"), p = ng_iri("http://x/p"),
         g1 = ng_iri("http://x/g1"), g2 = ng_iri("http://x/g2");
  NgTerm o = ng_literal("v", NULL, NULL);
  assert(ng_store_begin(s) == NG_OK);
  assert(ng_store_savepoint(s) == NG_OK);
  assert(ng_store_add(s, &a, &p, &o, &g1) == NG_OK);
  assert(ng_store_release(s) == NG_OK);
  assert(ng_store_savepoint(s) == NG_OK);
  assert(ng_store_add(s, &a, &p, &o, &g2) == NG_OK);
  assert(ng_store_rollback_savepoint(s) == NG_OK);
  assert(ng_store_commit(s) == NG_OK);
  long long n;
  assert(ng_store_count(s, 0, 0, 0, 0, &n) == NG_OK && n == 1);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

static void
test_free_null(void)
{
  ng_store_close(NULL);
  ng_iter_free(NULL);
  ng_facts_free(NULL);
  ng_free(NULL);
}

int
main(void)
{
  RUN(test_term_round_trip);
  RUN(test_match_every_pattern);
  RUN(test_patterns_use_indexes);
  RUN(test_reopen_keeps_quads);
  RUN(test_graph_anew_replaces_quads_and_provenance);
  RUN(test_bulk_write_makes_indexes_at_end);
  RUN(test_bulk_write_makes_term_index_at_end);
  RUN(test_bulk_write_sorts_big_orders);
  RUN(test_add_facts_many_at_once);
  RUN(test_upgrades_schema_1);
  RUN(test_refuses_newer_schema_and_foreign_files);
  RUN(test_read_while_writing);
  RUN(test_savepoint_rolls_back_one_article);
  RUN(test_free_null);
  return 0;
}
