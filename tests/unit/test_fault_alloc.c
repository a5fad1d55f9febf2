/* tests/unit/test_fault_alloc.c -- out of memory at every step: intake,
   extraction and a build are run with the Nth allocation failing (all of
   them after it), for N from 0 up to where the work succeeds. Each run must
   fail cleanly (a status, no crash; ASan and LSan check the memory), and a
   failed build must leave the store with whole files only, so that the
   same build afterwards gives exactly what a clean one gives. */
#include "extract/build.h"
#include "graph/buf.h"
#include "graph/store.h"
#include "graph/store_internal.h"
#include "test.h"

#include <errno.h>
#include <sqlite3.h>
#include <sys/stat.h>

static char *
sample_text(size_t *n)
{
  const char *top = getenv("TOP");
  char        path[4096];
  snprintf(path,
           sizeof path,
           "%s/sample/zhenxing-meeting.txt",
           top && *top ? top : ".");
  FILE *f = fopen(path, "rb");
  assert(f);
  NgBuf  b = { 0 };
  char   chunk[4096];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
    assert(ng_buf_append(&b, chunk, k) == NG_OK);
  fclose(f);
  *n = b.len;
  return ng_buf_take(&b);
}

/* The failure points tried: every one up to 64, then about 10 % apart. */
static long
next_point(long n)
{
  return n < 64 ? n + 1 : n + n / 10;
}

static void
test_intake_out_of_memory(void)
{
  size_t    n;
  char     *text = sample_text(&n);
  NgIntake *in   = NULL;
  assert(ng_intake_new(&in) == NG_OK);
  int ok_runs = 0;
  for (long k = 0; ok_runs < 3; k = next_point(k)) {
    NgDocument *doc = NULL;
    char       *msg = NULL;
    ng_alloc_fail_after(k);
    NgStatus st = ng_intake_bytes(in, "s.txt", text, n, NULL, &doc, &msg);
    ng_alloc_fail_after(-1);
    if (st == NG_OK) {
      assert(doc && doc->n_articles >= 1);
      ok_runs++;
    } else {
      assert(st > NG_DONE && !doc);
      ok_runs = 0;
    }
    ng_document_free(doc);
    ng_free(msg);
  }
  ng_intake_free(in);
  ng_free(text);
}

static void
test_extract_out_of_memory(void)
{
  size_t       n;
  char        *text = sample_text(&n);
  NgIntake    *in   = NULL;
  NgExtractor *ex   = NULL;
  NgDocument  *doc  = NULL;
  char        *msg  = NULL;
  assert(ng_intake_new(&in) == NG_OK);
  assert(ng_extractor_new(NULL, NULL, &ex, &msg) == NG_OK);
  assert(ng_intake_bytes(in, "s.txt", text, n, NULL, &doc, &msg) == NG_OK);
  NgFacts clean = { 0 };
  assert(ng_extract_article(ex, doc, &doc->articles[0], &clean) == NG_OK);
  int ok_runs = 0;
  for (long k = 0; ok_runs < 3; k = next_point(k)) {
    NgFacts f = { 0 };
    ng_alloc_fail_after(k);
    NgStatus st = ng_extract_article(ex, doc, &doc->articles[0], &f);
    ng_alloc_fail_after(-1);
    if (st == NG_OK) {
      assert(f.n == clean.n); /* the same facts as without failures */
      ok_runs++;
    } else {
      assert(st > NG_DONE);
      ok_runs = 0;
    }
    ng_facts_free(&f);
  }
  ng_facts_free(&clean);
  ng_document_free(doc);
  ng_extractor_free(ex);
  ng_intake_free(in);
  ng_free(text);
}

static long long
sql_int(NgStore *s, const char *sql)
{
  sqlite3_stmt *q = NULL;
  assert(sqlite3_prepare_v2(ng_store_sqlite(s), sql, -1, &q, NULL) ==
         SQLITE_OK);
  assert(sqlite3_step(q) == SQLITE_ROW);
  long long v = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  return v;
}

/* Builds the sample (two files under two names) with allocations failing;
   after each failure the store holds whole files only and a build without
   failures completes it to the clean figures. */
static void
test_build_out_of_memory(void)
{
  char dir[4096], a[4200], b[4200];
  /* A hundred builds: on tmpfs when there is one, not a hundred fsyncs. */
  if (access("/dev/shm", W_OK) == 0)
    setenv("TMPDIR", "/dev/shm", 1);
  char *path = test_tmp_path("oom.db");
  snprintf(dir, sizeof dir, "%s-in", path);
  assert(mkdir(dir, 0755) == 0 || errno == EEXIST);
  size_t n;
  char  *text = sample_text(&n);
  snprintf(a, sizeof a, "%s/a.txt", dir);
  snprintf(b, sizeof b, "%s/b.txt", dir);
  for (int i = 0; i < 2; i++) {
    FILE *f = fopen(i ? b : a, "wb");
    assert(f && fwrite(text, 1, n, f) == n && fclose(f) == 0);
  }
  NgIntake    *in      = NULL;
  NgExtractor *ex      = NULL;
  NgStore     *s       = NULL;
  char        *msg     = NULL;
  char        *paths[] = { dir };
  assert(ng_intake_new(&in) == NG_OK);
  assert(ng_extractor_new(NULL, NULL, &ex, &msg) == NG_OK);
  NgBuildOptions opt = { 0 };
  opt.jobs           = 1;
  NgBuildStats st;

  /* The clean figures. */
  assert(ng_store_open(path, NG_STORE_CREATE, &s, &msg) == NG_OK);
  assert(ng_build_paths(s, ex, in, paths, 1, &opt, &st) == NG_OK);
  long long quads = sql_int(s, "SELECT count(*) FROM quad");
  long long sents = sql_int(s, "SELECT count(*) FROM sentence");
  assert(quads > 0);
  ng_store_close(s);
  test_rm_db(path);

  int ok_runs = 0;
  for (long k = 0; ok_runs < 3; k = next_point(k)) {
    assert(ng_store_open(path, NG_STORE_CREATE, &s, &msg) == NG_OK);
    ng_alloc_fail_after(k);
    NgStatus r = ng_build_paths(s, ex, in, paths, 1, &opt, &st);
    ng_alloc_fail_after(-1);
    ok_runs = r == NG_OK ? ok_runs + 1 : 0;
    /* Whole files only: each stored source complete, with its article. */
    long long srcs = sql_int(s, "SELECT count(*) FROM source");
    assert(sql_int(s, "SELECT count(*) FROM source WHERE hash=''") == 0);
    assert(sql_int(s, "SELECT count(*) FROM article") == srcs);
    assert(sql_int(s, "SELECT count(*) FROM quad") * 2 == quads * srcs);
    /* The same build again completes it. */
    assert(ng_build_paths(s, ex, in, paths, 1, &opt, &st) == NG_OK);
    assert(sql_int(s, "SELECT count(*) FROM quad") == quads);
    assert(sql_int(s, "SELECT count(*) FROM sentence") == sents);
    ng_store_close(s);
    test_rm_db(path);
  }
  ng_extractor_free(ex);
  ng_intake_free(in);
  ng_free(text);
  unlink(a);
  unlink(b);
  rmdir(dir);
  free(path);
}

int
main(void)
{
  RUN(test_intake_out_of_memory);
  RUN(test_extract_out_of_memory);
  RUN(test_build_out_of_memory);
  return 0;
}
