/* tests/unit/test_build.c -- the batch driver: threads give the same store
   as one thread, bad files are skipped, rebuilds replace, unchanged files
   are skipped; the term cache survives rollbacks; N-Quads lines. */
#include "extract/build.h"
#include "graph/buf.h"
#include "graph/store.h"
#include "graph/vocab.h"
#include "test.h"

#include <sqlite3.h>
#include <sys/stat.h>

/* Varied articles so that terms repeat across files and within them. */
static const char *const bodies[] = {
  "示例县召开安全生产工作会议\n\n本报讯 3月5日上午,示例县召开安全生产工作"
  "会议。县委副书记、县长林振华主持会议。\n\n记者 周文 通讯员 吴小雨\n",
  "示例市政协召开常委会会议\n\n本报讯 7月10日,市政协召开常委会会议。\n\n"
  "记者 周文 编辑 王小明\n",
  "示例区开展安全检查\n\n本报讯 区长赵明远带队检查。\n\n记者 李华\n",
};

static char *
make_dir(const char *name)
{
  char *dir = test_tmp_path(name);
  assert(mkdir(dir, 0755) == 0);
  return dir;
}

static void
write_file(const char *dir, const char *name, const char *text)
{
  char path[4200];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  assert(f);
  fputs(text, f);
  fclose(f);
}

static void
rm_tree(const char *dir)
{
  char cmd[4300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert(system(cmd) == 0);
}

/* A corpus of N files in a fresh folder; caller frees and removes. */
static char *
corpus(const char *name, int n)
{
  char *dir = make_dir(name);
  for (int i = 0; i < n; i++) {
    char  fname[32];
    NgBuf text = { 0 };
    snprintf(fname, sizeof fname, "f%03d.txt", i);
    for (int k = 0; k <= i % 3; k++)
      ng_buf_puts(&text, bodies[(i + k) % 3]);
    write_file(dir, fname, ng_buf_str(&text));
    ng_buf_free(&text);
  }
  return dir;
}

typedef struct {
  NgBuildStats stats;
  NgStatus     st;
  int          errors;
} Run;

static void
count_error(void *ctx, const char *msg)
{
  (void)msg;
  ((Run *)ctx)->errors++;
}

static int batch; /* files per transaction in build(); 0: the default */

static Run
build(const char *db, char *const *paths, int n, int jobs, int force)
{
  NgStore     *s   = NULL;
  NgExtractor *ex  = NULL;
  NgIntake    *in  = NULL;
  char        *msg = NULL;
  Run          r   = { 0 };
  assert(ng_store_open(db, NG_STORE_CREATE, &s, &msg) == NG_OK);
  assert(ng_extractor_new(NULL, NULL, &ex, &msg) == NG_OK);
  assert(ng_intake_new(&in) == NG_OK);
  NgBuildOptions opt = { 0 };
  opt.jobs           = jobs;
  opt.force          = force;
  opt.batch          = batch;
  opt.on_error       = count_error;
  opt.ctx            = &r;
  r.st               = ng_build_paths(s, ex, in, paths, n, &opt, &r.stats);
  ng_intake_free(in);
  ng_extractor_free(ex);
  ng_store_close(s);
  return r;
}

/* Everything the store holds, in a stable text form (term ids included:
   a threaded build must number terms as a single thread does). */
static char *
dump(const char *db)
{
  static const char *const sql[] = {
    "SELECT s,p,o,g FROM quad ORDER BY s,p,o,g",
    "SELECT id,kind,value,lang,dt FROM term ORDER BY id",
    "SELECT g,idx,start,end,text FROM sentence ORDER BY g,idx",
    "SELECT g,s,p,o,sentence,start,end FROM prov ORDER BY g,s,p,o,sentence",
    "SELECT g,source,part,headline FROM article ORDER BY g",
    "SELECT id,path,name,bytes,encoding,hash FROM source ORDER BY id"
  };
  sqlite3 *h = NULL;
  NgBuf    b = { 0 };
  assert(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
    sqlite3_stmt *q = NULL;
    assert(sqlite3_prepare_v2(h, sql[i], -1, &q, NULL) == SQLITE_OK);
    while (sqlite3_step(q) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(q); c++)
        ng_buf_printf(&b, "%s|", (const char *)sqlite3_column_text(q, c));
      ng_buf_putc(&b, '\n');
    }
    sqlite3_finalize(q);
    ng_buf_puts(&b, "--\n");
  }
  sqlite3_close(h);
  return ng_buf_take(&b);
}

static long long
count(const char *db, const char *sql)
{
  sqlite3      *h = NULL;
  sqlite3_stmt *q = NULL;
  long long     n = -1;
  assert(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  assert(sqlite3_prepare_v2(h, sql, -1, &q, NULL) == SQLITE_OK);
  if (sqlite3_step(q) == SQLITE_ROW)
    n = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  sqlite3_close(h);
  return n;
}

static void
test_threads_same_as_one(void)
{
  char *dir = corpus("corpus-threads", 23);
  char *one = test_tmp_path("one.db"), *many = test_tmp_path("many.db");
  char *paths[] = { dir };
  Run   a       = build(one, paths, 1, 1, 0);
  batch         = 2; /* and many transactions: the same database */
  Run b         = build(many, paths, 1, 3, 0);
  batch         = 0;
  assert(a.st == NG_OK && b.st == NG_OK);
  assert(a.stats.files == 23 && b.stats.files == 23);
  assert(a.stats.articles == b.stats.articles);
  assert(a.stats.quads == b.stats.quads && a.stats.quads > 0);
  char *da = dump(one), *db = dump(many);
  assert(!strcmp(da, db));
  ng_free(da);
  ng_free(db);
  test_rm_db(one);
  test_rm_db(many);
  rm_tree(dir);
  free(one);
  free(many);
  free(dir);
}

static void
test_bad_file_reported_and_skipped(void)
{
  for (int jobs = 1; jobs <= 2; jobs++) {
    char *dir = corpus(jobs == 1 ? "corpus-bad1" : "corpus-bad2", 6);
    char *db  = test_tmp_path("bad.db");
    write_file(dir, "f002.txt", ""); /* empty: intake refuses it */
    char *paths[] = { dir };
    Run   r       = build(db, paths, 1, jobs, 0);
    assert(r.st == NG_DONE);
    assert(r.errors == 1);
    assert(r.stats.failed == 1 && r.stats.files == 5);
    assert(count(db, "SELECT count(*) FROM source") == 5);
    test_rm_db(db);
    rm_tree(dir);
    free(db);
    free(dir);
  }
}

static void
test_rebuild_replaces_and_unchanged_skipped(void)
{
  char *dir     = corpus("corpus-rebuild", 8);
  char *db      = test_tmp_path("rebuild.db");
  char *fresh   = test_tmp_path("fresh.db");
  char *paths[] = { dir };
  Run   r       = build(db, paths, 1, 2, 0);
  assert(r.st == NG_OK && r.stats.files == 8);
  /* Nothing changed: every file skipped, with threads or without. */
  r = build(db, paths, 1, 2, 0);
  assert(r.st == NG_OK && r.stats.skipped == 8 && r.stats.files == 0);
  r = build(db, paths, 1, 1, 0);
  assert(r.st == NG_OK && r.stats.skipped == 8 && r.stats.files == 0);
  /* One file shrinks to one article: its old graphs go. */
  write_file(dir, "f002.txt", bodies[1]);
  r = build(db, paths, 1, 2, 0);
  assert(r.st == NG_OK && r.stats.skipped == 7 && r.stats.files == 1);
  Run f = build(fresh, paths, 1, 1, 0);
  assert(f.st == NG_OK);
  const char *q[] = { "SELECT count(*) FROM quad",
                      "SELECT count(*) FROM article",
                      "SELECT count(*) FROM sentence",
                      "SELECT count(DISTINCT g) FROM quad" };
  for (size_t i = 0; i < sizeof q / sizeof *q; i++)
    assert(count(db, q[i]) == count(fresh, q[i]));
  /* --force extracts again and still gives the same store. */
  r = build(db, paths, 1, 2, 1);
  assert(r.st == NG_OK && r.stats.files == 8 && r.stats.skipped == 0);
  for (size_t i = 0; i < sizeof q / sizeof *q; i++)
    assert(count(db, q[i]) == count(fresh, q[i]));
  test_rm_db(db);
  test_rm_db(fresh);
  rm_tree(dir);
  free(db);
  free(fresh);
  free(dir);
}

static void
test_term_cache_survives_rollback(void)
{
  char    *path = test_tmp_path("cache.db");
  NgStore *s    = NULL;
  char    *msg  = NULL;
  assert(ng_store_open(path, NG_STORE_CREATE, &s, &msg) == NG_OK);
  NgTerm kept = ng_iri("https://example.org/kept");
  NgTerm lost = ng_literal("回滚", "zh", NULL);
  NgId   k, l, l2, again;
  assert(ng_store_begin(s) == NG_OK);
  assert(ng_store_term_id(s, &kept, 1, &k) == NG_OK);
  assert(ng_store_savepoint(s) == NG_OK);
  assert(ng_store_term_id(s, &lost, 1, &l) == NG_OK);
  NgTerm *t = NULL;
  assert(ng_store_term(s, l, &t) == NG_OK); /* now in the id cache too */
  ng_free(t);
  assert(ng_store_rollback_savepoint(s) == NG_OK);
  /* The rolled-back term is unknown again, not served from memory. */
  assert(ng_store_term_id(s, &lost, 0, &l2) == NG_ERR_NOT_FOUND);
  NgTerm other = ng_iri("https://example.org/other");
  NgId   o;
  assert(ng_store_term_id(s, &other, 1, &o) == NG_OK);
  assert(ng_store_term(s, o, &t) == NG_OK);
  assert(ng_term_equal(t, &other));
  ng_free(t);
  assert(ng_store_term_id(s, &lost, 1, &l2) == NG_OK);
  assert(ng_store_term(s, l2, &t) == NG_OK);
  assert(ng_term_equal(t, &lost));
  ng_free(t);
  assert(ng_store_commit(s) == NG_OK);
  assert(ng_store_term_id(s, &kept, 0, &again) == NG_OK && again == k);
  /* Many terms: the cache grows and still answers what SQLite does. */
  assert(ng_store_begin(s) == NG_OK);
  for (int i = 0; i < 5000; i++) {
    char v[32];
    snprintf(v, sizeof v, "t%d", i);
    NgTerm x = ng_literal(v, NULL, i % 2 ? NG_XSD_INTEGER : NULL);
    NgId   a, b;
    assert(ng_store_term_id(s, &x, 1, &a) == NG_OK);
    assert(ng_store_term_id(s, &x, 0, &b) == NG_OK && a == b);
  }
  assert(ng_store_commit(s) == NG_OK);
  ng_store_forget_terms(s);
  NgTerm x = ng_literal("t7", NULL, NG_XSD_INTEGER);
  assert(ng_store_term_id(s, &x, 0, &again) == NG_OK);
  ng_store_close(s);
  test_rm_db(path);
  free(path);
}

/* Two connections to one new database: each starts with a complete (empty)
   cache; a term the other one added is found, not duplicated. */
static void
test_term_cache_two_writers(void)
{
  char    *path = test_tmp_path("two.db");
  NgStore *a = NULL, *b = NULL;
  char    *msg = NULL;
  assert(ng_store_open(path, NG_STORE_CREATE, &a, &msg) == NG_OK);
  assert(ng_store_open(path, NG_STORE_WRITE, &b, &msg) == NG_OK);
  NgTerm t = ng_literal("两个连接", "zh", NULL);
  NgId   ia, ib, ic;
  assert(ng_store_term_id(a, &t, 1, &ia) == NG_OK);
  assert(ng_store_term_id(b, &t, 1, &ib) == NG_OK);
  assert(ia == ib);
  NgTerm u = ng_iri("https://example.org/u");
  assert(ng_store_term_id(b, &u, 1, &ic) == NG_OK && ic != ia);
  assert(ng_store_term_id(a, &u, 1, &ib) == NG_OK && ib == ic);
  assert(count(path, "SELECT count(*) FROM term") == 2);
  ng_store_close(a);
  ng_store_close(b);
  test_rm_db(path);
  free(path);
}

static void
test_nquad_lines(void)
{
  NgBuf  b = { 0 };
  NgTerm s = ng_iri("https://w3id.org/newsgraph/id/person/林振华");
  NgTerm p = ng_iri(NG_RDFS_LABEL);
  NgTerm o = ng_literal("say \"hi\"\\\n\t", "zh", NULL);
  NgTerm g = ng_iri("https://example.org/g a");
  assert(ng_build_nquad(&b, &s, &p, &o, &g) == NG_OK);
  assert(!strcmp(ng_buf_str(&b),
                 "<https://w3id.org/newsgraph/id/person/林振华> "
                 "<http://www.w3.org/2000/01/rdf-schema#label> "
                 "\"say \\\"hi\\\"\\\\\\n\\t\"@zh "
                 "<https://example.org/g\\u0020a> .\n"));
  ng_buf_clear(&b);
  NgTerm d = ng_literal("2024-01-02", NULL, NG_XSD_DATE);
  NgTerm n = ng_blank("b0");
  assert(ng_build_nquad(&b, &n, &p, &d, NULL) == NG_OK);
  assert(
    !strcmp(ng_buf_str(&b),
            "_:b0 <http://www.w3.org/2000/01/rdf-schema#label> "
            "\"2024-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
  ng_buf_free(&b);
}

static void
test_nquads_batch(void)
{
  char *dir     = corpus("corpus-nq", 7);
  char *out     = test_tmp_path("out.nq");
  char *paths[] = { dir };
  for (int jobs = 1; jobs <= 3; jobs += 2) {
    NgExtractor *ex  = NULL;
    NgIntake    *in  = NULL;
    char        *msg = NULL;
    Run          r   = { 0 };
    assert(ng_extractor_new(NULL, NULL, &ex, &msg) == NG_OK);
    assert(ng_intake_new(&in) == NG_OK);
    NgBuildOptions opt = { 0 };
    opt.jobs           = jobs;
    opt.on_error       = count_error;
    opt.ctx            = &r;
    FILE *f            = fopen(out, "w");
    assert(f);
    assert(ng_build_nquads(ex, in, paths, 1, &opt, f, &r.stats) == NG_OK);
    fclose(f);
    assert(r.stats.files == 7 && r.errors == 0 && r.stats.quads > 0);
    /* Each line is a quad in an article graph, none twice in a graph. */
    f = fopen(out, "r");
    char line[4096];
    long n = 0;
    while (fgets(line, sizeof line, f)) {
      assert(line[0] == '<' && strstr(line, "/article/") &&
             !strcmp(line + strlen(line) - 3, " .\n"));
      n++;
    }
    fclose(f);
    assert(n > 0 && n <= r.stats.quads);
    ng_intake_free(in);
    ng_extractor_free(ex);
  }
  unlink(out);
  rm_tree(dir);
  free(out);
  free(dir);
}

int
main(void)
{
  RUN(test_threads_same_as_one);
  RUN(test_bad_file_reported_and_skipped);
  RUN(test_rebuild_replaces_and_unchanged_skipped);
  RUN(test_term_cache_survives_rollback);
  RUN(test_term_cache_two_writers);
  RUN(test_nquad_lines);
  RUN(test_nquads_batch);
  return 0;
}
