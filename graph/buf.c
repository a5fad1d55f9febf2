/* graph/buf.c -- allocation hooks and growable buffers. */
#include "graph/buf.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocation failure injection for tests; atomic, since a build or a
   load allocates in several threads. */
static _Atomic long fail_after = -1;

static int
should_fail(void)
{
  long n = atomic_load_explicit(&fail_after, memory_order_relaxed);
  for (;;) {
    if (n < 0)
      return 0;
    if (n == 0)
      return 1;
    if (atomic_compare_exchange_weak_explicit(
          &fail_after, &n, n - 1, memory_order_relaxed, memory_order_relaxed))
      return 0;
  }
}

void
ng_alloc_fail_after(long n)
{
  atomic_store_explicit(&fail_after, n, memory_order_relaxed);
}

void *
ng_malloc(size_t n)
{
  return should_fail() ? NULL : malloc(n ? n : 1);
}

void *
ng_calloc(size_t n, size_t size)
{
  return should_fail() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

void *
ng_realloc(void *p, size_t n)
{
  return should_fail() ? NULL : realloc(p, n ? n : 1);
}

void
ng_free(void *p)
{
  free(p);
}

char *
ng_strndup(const char *s, size_t n)
{
  char *r = ng_malloc(n + 1);
  if (r) {
    memcpy(r, s, n);
    r[n] = '\0';
  }
  return r;
}

char *
ng_strdup(const char *s)
{
  return ng_strndup(s, strlen(s));
}

NgStatus
ng_buf_reserve(NgBuf *b, size_t extra)
{
  if (b->len + extra + 1 <= b->cap)
    return NG_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) {
    if (cap > ((size_t)-1) / 2)
      return NG_ERR_NOMEM;
    cap *= 2;
  }
  char *d = ng_realloc(b->data, cap);
  if (!d)
    return NG_ERR_NOMEM;
  b->data = d;
  b->cap  = cap;
  return NG_OK;
}

NgStatus
ng_buf_append(NgBuf *b, const char *s, size_t n)
{
  if (ng_buf_reserve(b, n))
    return NG_ERR_NOMEM;
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  return NG_OK;
}

NgStatus
ng_buf_puts(NgBuf *b, const char *s)
{
  return ng_buf_append(b, s, strlen(s));
}

NgStatus
ng_buf_putc(NgBuf *b, char c)
{
  if (b->len + 2 > b->cap && ng_buf_reserve(b, 1))
    return NG_ERR_NOMEM;
  b->data[b->len++] = c;
  b->data[b->len]   = '\0';
  return NG_OK;
}

/* Formats into the room the buffer has (a small first block when it has
   none), so that most calls format once; a longer text is formatted again
   into a buffer grown to fit. */
NgStatus
ng_buf_vprintf(NgBuf *b, const char *fmt, va_list ap)
{
  va_list ap2;
  if (!b->cap && ng_buf_reserve(b, 63))
    return NG_ERR_NOMEM;
  size_t room = b->cap - b->len;
  va_copy(ap2, ap);
  int n = vsnprintf(b->data + b->len, room, fmt, ap2);
  va_end(ap2);
  if (n < 0) {
    b->data[b->len] = '\0';
    return NG_ERR_INTERNAL;
  }
  if ((size_t)n < room) {
    b->len += (size_t)n;
    return NG_OK;
  }
  b->data[b->len] = '\0'; /* the cut text is not kept */
  if (ng_buf_reserve(b, (size_t)n))
    return NG_ERR_NOMEM;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return NG_OK;
}

NgStatus
ng_buf_printf(NgBuf *b, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  NgStatus st = ng_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return st;
}

void
ng_buf_clear(NgBuf *b)
{
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

const char *
ng_buf_str(const NgBuf *b)
{
  return b->data ? b->data : "";
}

char *
ng_buf_take(NgBuf *b)
{
  char *d = b->data ? b->data : ng_strdup("");
  b->data = NULL;
  b->len = b->cap = 0;
  return d;
}

void
ng_buf_free(NgBuf *b)
{
  if (b) {
    ng_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
  }
}

uint64_t
ng_hash_bytes(const char *p, size_t n)
{
  uint64_t h = 1469598103934665603ull ^ n;
  size_t   i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 32;
  }
  for (; i < n; i++) {
    h ^= (unsigned char)p[i];
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  return h ? h : 1;
}
