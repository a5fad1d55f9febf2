/* tests/unit/test_fault_store.c -- the store when the disk fills up: a
   build that runs out of room (PRAGMA max_page_count stands in for a full
   disk) fails with NG_ERR_DB and a message that says so, keeps everything
   committed before, leaves no file in part, and the same handle, given
   room again, completes the same build to what a clean build stores. */
#include "extract/build.h"
#include "graph/buf.h"
#include "graph/store.h"
#include "graph/store_internal.h"
#include "test.h"

#include <errno.h>
#include <sqlite3.h>
#include <sys/stat.h>

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

/* DIR gets N copies of the sample, FIRST of them in DIR/first. */
static void
make_input(const char *dir, int n)
{
  const char *top = getenv("TOP");
  char        path[4300];
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
  assert(mkdir(dir, 0755) == 0 || errno == EEXIST);
  snprintf(path, sizeof path, "%s/first", dir);
  assert(mkdir(path, 0755) == 0 || errno == EEXIST);
  snprintf(path, sizeof path, "%s/first/s.txt", dir);
  f = fopen(path, "wb");
  assert(f && fwrite(b.data, 1, b.len, f) == b.len && fclose(f) == 0);
  for (int i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/c%03d.txt", dir, i);
    f = fopen(path, "wb");
    assert(f);
    /* Each copy a little different, so files do not share sentences. */
    fprintf(f, "%s\n第%d期。\n", b.data, i);
    assert(fclose(f) == 0);
  }
  ng_buf_free(&b);
}

static void
remove_input(const char *dir, int n)
{
  char path[4300];
  for (int i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/c%03d.txt", dir, i);
    unlink(path);
  }
  snprintf(path, sizeof path, "%s/first/s.txt", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/first", dir);
  rmdir(path);
  rmdir(dir);
}

static void
test_disk_full_keeps_committed_and_recovers(void)
{
  enum { N = 150 };
  char *path = test_tmp_path("nospace.db");
  char  dir[4200], first[4300];
  snprintf(dir, sizeof dir, "%s-in", path);
  snprintf(first, sizeof first, "%s/first", dir);
  make_input(dir, N);
  NgIntake    *in  = NULL;
  NgExtractor *ex  = NULL;
  NgStore     *s   = NULL;
  char        *msg = NULL;
  assert(ng_intake_new(&in) == NG_OK);
  assert(ng_extractor_new(NULL, NULL, &ex, &msg) == NG_OK);
  NgBuildOptions opt = { 0 };
  opt.jobs           = 1;
  NgBuildStats st;
  char        *p_first[] = { first }, *p_all[] = { dir };

  /* The clean figures of everything. */
  assert(ng_store_open(path, NG_STORE_CREATE, &s, &msg) == NG_OK);
  assert(ng_build_paths(s, ex, in, p_all, 1, &opt, &st) == NG_OK);
  long long quads = sql_int(s, "SELECT count(*) FROM quad");
  long long sents = sql_int(s, "SELECT count(*) FROM sentence");
  ng_store_close(s);
  test_rm_db(path);

  /* The first file, then a disk with room for little more. */
  assert(ng_store_open(path, NG_STORE_CREATE, &s, &msg) == NG_OK);
  assert(ng_build_paths(s, ex, in, p_first, 1, &opt, &st) == NG_OK);
  long long q1    = sql_int(s, "SELECT count(*) FROM quad");
  long long pages = sql_int(s, "PRAGMA page_count");
  char      pragma[64];
  snprintf(pragma, sizeof pragma, "PRAGMA max_page_count=%lld", pages + 8);
  assert(sqlite3_exec(ng_store_sqlite(s), pragma, NULL, NULL, NULL) ==
         SQLITE_OK);
  NgStatus r = ng_build_paths(s, ex, in, p_all, 1, &opt, &st);
  assert(r == NG_ERR_DB);
  assert(strstr(ng_store_errmsg(s), "disk is full"));
  assert(strstr(ng_store_errmsg(s), path));
  /* Committed work kept; files whole. */
  assert(sql_int(s, "SELECT count(*) FROM source WHERE hash=''") == 0);
  long long srcs = sql_int(s, "SELECT count(*) FROM source");
  assert(srcs >= 1 && srcs < N + 1);
  assert(sql_int(s, "SELECT count(*) FROM quad") >= q1);
  assert(sql_int(s, "SELECT count(*) FROM article") == srcs);

  /* Room again: the same handle completes the same build. */
  assert(sqlite3_exec(ng_store_sqlite(s),
                      "PRAGMA max_page_count=1000000000",
                      NULL,
                      NULL,
                      NULL) == SQLITE_OK);
  assert(ng_build_paths(s, ex, in, p_all, 1, &opt, &st) == NG_OK);
  assert(sql_int(s, "SELECT count(*) FROM quad") == quads);
  assert(sql_int(s, "SELECT count(*) FROM sentence") == sents);
  assert(sql_int(s, "SELECT count(*) FROM source") == N + 1);
  ng_store_close(s);

  /* And what is on disk agrees. */
  assert(ng_store_open(path, NG_STORE_READ, &s, &msg) == NG_OK);
  assert(sql_int(s, "SELECT count(*) FROM quad") == quads);
  ng_store_close(s);
  test_rm_db(path);
  ng_extractor_free(ex);
  ng_intake_free(in);
  remove_input(dir, N);
  free(path);
}

int
main(void)
{
  RUN(test_disk_full_keeps_committed_and_recovers);
  return 0;
}
