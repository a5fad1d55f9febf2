/* tests/unit/test.h -- the few helpers unit tests share. */
#ifndef NG_TEST_H
#define NG_TEST_H

#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A fresh path under $TMPDIR for a test database; caller frees. */
static inline char *
test_tmp_path(const char *name)
{
  const char *dir = getenv("TMPDIR");
  char       *p   = malloc(4096);
  snprintf(p, 4096, "%s/ng-%ld-%s", dir && *dir ? dir : "/tmp",
           (long)getpid(), name);
  unlink(p);
  char side[4200];
  snprintf(side, sizeof side, "%s-wal", p);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", p);
  unlink(side);
  return p;
}

static inline void
test_rm_db(const char *p)
{
  char side[4200];
  unlink(p);
  snprintf(side, sizeof side, "%s-wal", p);
  unlink(side);
  snprintf(side, sizeof side, "%s-shm", p);
  unlink(side);
}

#define RUN(t)                                                                \
  do {                                                                        \
    t();                                                                      \
    printf("ok %s\n", #t);                                                    \
  } while (0)

#endif
