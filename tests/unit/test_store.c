/* tests/unit/test_store.c -- the quad store. */
#include "test.h"

#include <sqlite3.h>

#include "graph/buf.h"
#include "graph/store.h"
#include "graph/vocab.h"

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
  NgStore *s = fresh("terms.db", &path);
  NgTerm   t[] = {
    ng_iri("https://w3id.org/newsgraph/id/person/牛瑞华"),
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
    NgId pat[4] = {0, 0, 0, 0};
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
  static const char *col[4] = {"s", "p", "o", "g"};
  for (int mask = 1; mask < 16; mask++) {
    char sql[256];
    int  n = snprintf(sql, sizeof sql,
                      "EXPLAIN QUERY PLAN SELECT s,p,o,g FROM quad WHERE 1");
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
         g = ng_iri("http://x/g");
  NgTerm   o1 = ng_literal("一", NULL, NULL), o2 = ng_literal("二", NULL, NULL);
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
  NgTerm   o = ng_literal("v", NULL, NULL);
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
  RUN(test_refuses_newer_schema_and_foreign_files);
  RUN(test_read_while_writing);
  RUN(test_savepoint_rolls_back_one_article);
  RUN(test_free_null);
  return 0;
}
