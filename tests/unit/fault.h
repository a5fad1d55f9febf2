/* tests/unit/fault.h -- replaying a fuzz corpus in a unit test: each
   tests/unit/test_fault_NAME.c includes fuzz/fuzz_NAME.c and feeds it every
   seed and every crash found so far (fuzz/corpus/NAME). */
#ifndef NG_TEST_FAULT_H
#define NG_TEST_FAULT_H

#include "graph/buf.h"

#include <dirent.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Feeds every file of $TOP/fuzz/corpus/NAME to FN, each in an allocation
   of exactly its size (so ASan sees any over-read); returns how many. */
static inline int
fault_replay(const char *name, int (*fn)(const uint8_t *, size_t))
{
  const char *top = getenv("TOP");
  char        rel[4096], dir[PATH_MAX];
  snprintf(rel, sizeof rel, "%s/fuzz/corpus/%s", top && *top ? top : ".", name);
  if (!realpath(rel, dir)) { /* harnesses may change folder */
    fprintf(stderr, "no corpus folder %s\n", rel);
    abort();
  }
  DIR *d = opendir(dir);
  if (!d)
    abort();
  struct dirent *e;
  int            n = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    char path[PATH_MAX + 256];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    FILE *f = fopen(path, "rb");
    if (!f)
      abort();
    NgBuf  b = { 0 };
    char   chunk[4096];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
      if (ng_buf_append(&b, chunk, k))
        abort();
    fclose(f);
    uint8_t *copy = malloc(b.len ? b.len : 1);
    if (b.len)
      memcpy(copy, b.data, b.len);
    fn(copy, b.len);
    free(copy);
    ng_buf_free(&b);
    n++;
  }
  closedir(d);
  return n;
}

#endif
