/* bench/ceiling.c -- the raw SQLite ceiling for `make bench`: insert N
   integer rows into the quad table of a fresh newsgraph database (the same
   table, the same index orders, the same pragmas as a build) straight
   from C, with one prepared statement, 100,000 rows per transaction, the
   fastest way SQLite offers into an empty table: the secondary index
   orders dropped first and made at the end, as a build or load into an
   empty store does (a row at a time into all four orders is about a third
   slower). Prints "ceiling_rows_s RATE". Usage: ceiling DB N */
#include "graph/buf.h"
#include "graph/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double
now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
  if (argc != 3) {
    fprintf(stderr, "usage: ceiling DB N\n");
    return 2;
  }
  long long n   = atoll(argv[2]);
  NgStore  *st  = NULL;
  char     *msg = NULL;
  if (ng_store_open(argv[1], NG_STORE_CREATE, &st, &msg)) {
    fprintf(stderr, "ceiling: error: %s\n", msg);
    return 1;
  }
  ng_store_close(st);
  sqlite3      *db = NULL;
  sqlite3_stmt *q  = NULL;
  if (sqlite3_open(argv[1], &db) != SQLITE_OK ||
      sqlite3_exec(db,
                   "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                   "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;",
                   NULL,
                   NULL,
                   NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db,
                         "INSERT OR IGNORE INTO quad(s,p,o,g) VALUES(?,?,?,?)",
                         -1,
                         &q,
                         NULL) != SQLITE_OK) {
    fprintf(stderr, "ceiling: error: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  /* Ids shaped like a loaded file: subjects in runs, a few dozen
     predicates, objects anywhere, one graph. */
  unsigned long long x  = 88172645463325252ull;
  double             t0 = now();
  sqlite3_exec(db,
               "DROP INDEX quad_posg; DROP INDEX quad_ospg;"
               " DROP INDEX quad_gspo; BEGIN",
               NULL,
               NULL,
               NULL);
  for (long long i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    sqlite3_bind_int64(q, 1, i / 6 + 1);
    sqlite3_bind_int64(q, 2, (long long)(x % 40) + 1);
    sqlite3_bind_int64(
      q, 3, (long long)((x >> 8) % (unsigned long long)(n / 3 + 1)) + 1);
    sqlite3_bind_int64(q, 4, 1);
    if (sqlite3_step(q) != SQLITE_DONE) {
      fprintf(stderr, "ceiling: error: %s\n", sqlite3_errmsg(db));
      return 1;
    }
    sqlite3_reset(q);
    if (i % 100000 == 99999)
      sqlite3_exec(db, "COMMIT; BEGIN", NULL, NULL, NULL);
  }
  sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  if (sqlite3_exec(db,
                   "PRAGMA temp_store=FILE;"
                   " CREATE INDEX quad_posg ON quad(p,o,s,g);"
                   " CREATE INDEX quad_ospg ON quad(o,s,p,g);"
                   " CREATE INDEX quad_gspo ON quad(g,s,p,o);",
                   NULL,
                   NULL,
                   NULL) != SQLITE_OK) {
    fprintf(stderr, "ceiling: error: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  double sec = now() - t0;
  sqlite3_finalize(q);
  sqlite3_close(db);
  printf("ceiling_rows_s %.0f\n", (double)n / sec);
  return 0;
}
