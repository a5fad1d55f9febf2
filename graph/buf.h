/* graph/buf.h -- allocation hooks and a growable byte buffer. */
#ifndef NG_BUF_H
#define NG_BUF_H

#include "graph/status.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* All newsgraph allocation goes through these, so tests can inject
   failures (ng_alloc_fail_after). ng_free(NULL) is a no-op. */
void *ng_malloc(size_t n);
void *ng_calloc(size_t n, size_t size);
void *ng_realloc(void *p, size_t n);
void  ng_free(void *p);
/* A copy of S (or its first N bytes); caller frees with ng_free(). */
char *ng_strdup(const char *s);
char *ng_strndup(const char *s, size_t n);
/* Make the allocation after the next N fail (N < 0: never fail). */
void ng_alloc_fail_after(long n);

/* A hash of the N bytes at P, never 0, eight bytes a step: for placing
   keys in tables (term cache, sets of lines), not stored anywhere. */
uint64_t ng_hash_bytes(const char *p, size_t n);

/* A growable NUL-terminated byte buffer. Zero-initialise it
   (NgBuf b = {0}); ng_buf_free() releases it. */
typedef struct {
  char  *data; /* NUL-terminated once anything was appended; may be NULL */
  size_t len;  /* bytes used, not counting the NUL */
  size_t cap;  /* bytes allocated */
} NgBuf;

NgStatus ng_buf_reserve(NgBuf *b, size_t extra);
NgStatus ng_buf_append(NgBuf *b, const char *s, size_t n);
NgStatus ng_buf_puts(NgBuf *b, const char *s);
NgStatus ng_buf_putc(NgBuf *b, char c);
NgStatus ng_buf_printf(NgBuf *b, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
NgStatus ng_buf_vprintf(NgBuf *b, const char *fmt, va_list ap);
/* Empty the buffer, keeping its memory. */
void ng_buf_clear(NgBuf *b);
/* The contents as a string ("" when empty); borrowed. */
const char *ng_buf_str(const NgBuf *b);
/* Take the contents; caller frees with ng_free(). The buffer is emptied. */
char *ng_buf_take(NgBuf *b);
void  ng_buf_free(NgBuf *b);

#endif
