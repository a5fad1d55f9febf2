/* extract/pinyin.c -- simplified forms and pinyin keys through ICU, cached
   per character. */
#include "extract/pinyin.h"

#include "graph/buf.h"

#include <stdint.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

/* One cached character: its simplified code point and its pinyin key. */
typedef struct {
  UChar32 c; /* 0: empty slot */
  UChar32 simp;
  char   *key; /* owned; "" when the character has no Latin form; NULL
                  until first asked for */
} Slot;

struct NgPinyin {
  UTransliterator *t2s;   /* Traditional-Simplified */
  UTransliterator *latin; /* Han-Latin; Latin-ASCII; Lower */
  Slot            *slot;  /* open addressing, power-of-two size */
  size_t           cap, n;
};

NgStatus
ng_pinyin_new(NgPinyin **out)
{
  NgPinyin *py = ng_calloc(1, sizeof *py);
  if (!py)
    return NG_ERR_NOMEM;
  /* Both transforms wait until first needed: Han-Latin takes a quarter
     of a second to open and Traditional-Simplified some twenty
     milliseconds, more than a `query` that finds its name as written
     takes in all. */
  py->cap  = 1024;
  py->slot = ng_calloc(py->cap, sizeof *py->slot);
  if (!py->slot) {
    ng_pinyin_free(py);
    return NG_ERR_NOMEM;
  }
  *out = py;
  return NG_OK;
}

void
ng_pinyin_free(NgPinyin *py)
{
  if (!py)
    return;
  if (py->t2s)
    utrans_close(py->t2s);
  if (py->latin)
    utrans_close(py->latin);
  for (size_t i = 0; py->slot && i < py->cap; i++)
    ng_free(py->slot[i].key);
  ng_free(py->slot);
  ng_free(py);
}

/* Runs transliterator T over the one character C; the result goes to OUT
   as UTF-8 (at most OUT_N - 1 bytes). */
static int
translit(UTransliterator *t, UChar32 c, char *out, int32_t out_n)
{
  UChar      buf[64];
  int32_t    len = 0, limit;
  UErrorCode err = U_ZERO_ERROR;
  U16_APPEND_UNSAFE(buf, len, c);
  limit = len;
  utrans_transUChars(t, buf, &len, 64, 0, &limit, &err);
  if (U_FAILURE(err))
    return -1;
  u_strToUTF8(out, out_n - 1, NULL, buf, len, &err);
  if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING)
    return -1;
  out[out_n - 1] = '\0';
  return 0;
}

static size_t
hash_char(UChar32 c)
{
  return (size_t)((uint32_t)c * 2654435761u);
}

/* Opens the Traditional-Simplified transform on first use. */
static NgStatus
need_t2s(NgPinyin *py)
{
  UErrorCode err = U_ZERO_ERROR;
  if (py->t2s)
    return NG_OK;
  py->t2s = utrans_openU(
    u"Traditional-Simplified", -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  if (U_FAILURE(err)) {
    py->t2s = NULL;
    return NG_ERR_TEXT;
  }
  return NG_OK;
}

/* The cache slot of C, filled on first use; NULL when out of memory.
   The caller has opened the Traditional-Simplified transform. */
static Slot *
lookup(NgPinyin *py, UChar32 c)
{
  size_t mask = py->cap - 1, i = hash_char(c) & mask;
  while (py->slot[i].c && py->slot[i].c != c)
    i = (i + 1) & mask;
  if (py->slot[i].c)
    return &py->slot[i];
  if ((py->n + 1) * 2 > py->cap) {
    /* Grow and rehash, then look again. */
    Slot  *old = py->slot;
    size_t oc  = py->cap;
    Slot  *nw  = ng_calloc(oc * 2, sizeof *nw);
    if (!nw)
      return NULL;
    py->slot = nw;
    py->cap  = oc * 2;
    for (size_t k = 0; k < oc; k++) {
      if (!old[k].c)
        continue;
      size_t j = hash_char(old[k].c) & (py->cap - 1);
      while (nw[j].c)
        j = (j + 1) & (py->cap - 1);
      nw[j] = old[k];
    }
    ng_free(old);
    return lookup(py, c);
  }
  Slot s = { c, c, NULL };
  char u8[256];
  if (translit(py->t2s, c, u8, sizeof u8) == 0) {
    int32_t i8 = 0, n8 = (int32_t)strlen(u8);
    UChar32 r;
    U8_NEXT(u8, i8, n8, r);
    if (r > 0 && i8 == n8)
      s.simp = r;
  }
  py->slot[i] = s;
  py->n++;
  return &py->slot[i];
}

NgStatus
ng_pinyin_key(NgPinyin *py, const char *text, char **out)
{
  if (!py->latin) {
    UErrorCode err = U_ZERO_ERROR;
    py->latin      = utrans_openU(u"Han-Latin; Latin-ASCII; Lower",
                             -1,
                             UTRANS_FORWARD,
                             NULL,
                             0,
                             NULL,
                             &err);
    if (U_FAILURE(err)) {
      py->latin = NULL;
      return NG_ERR_TEXT;
    }
  }
  if (need_t2s(py))
    return NG_ERR_TEXT;
  NgBuf   b = { 0 };
  int32_t i = 0, n = (int32_t)strlen(text);
  ng_buf_puts(&b, "");
  while (i < n) {
    UChar32 c;
    U8_NEXT(text, i, n, c);
    if (c < 0)
      continue;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      if (c == 'v')
        c = 'u'; /* lv for lü: keys write ü as u (Latin-ASCII) */
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        ng_buf_putc(&b, (char)c);
      continue;
    }
    Slot *s = lookup(py, c);
    if (s && !s->key) {
      /* The character's pinyin, made once. */
      char  u8[256];
      NgBuf key = { 0 };
      ng_buf_puts(&key, "");
      if (translit(py->latin, s->simp, u8, sizeof u8) == 0)
        for (const char *p = u8; *p; p++)
          if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
            ng_buf_putc(&key, *p);
      s->key = ng_buf_take(&key);
    }
    if (!s || !s->key) {
      ng_buf_free(&b);
      return NG_ERR_NOMEM;
    }
    ng_buf_puts(&b, s->key);
  }
  if (!b.data)
    return NG_ERR_NOMEM;
  *out = ng_buf_take(&b);
  return NG_OK;
}

NgStatus
ng_pinyin_simplify(NgPinyin *py, const char *text, char **out)
{
  NgBuf   b = { 0 };
  int32_t i = 0, n = (int32_t)strlen(text);
  ng_buf_puts(&b, "");
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text, i, n, c);
    if (c < 0x2E80) {
      ng_buf_append(&b, text + start, (size_t)(i - start));
      continue;
    }
    if (need_t2s(py)) {
      ng_buf_free(&b);
      return NG_ERR_TEXT;
    }
    Slot *s = lookup(py, c);
    if (!s) {
      ng_buf_free(&b);
      return NG_ERR_NOMEM;
    }
    char    u8[5];
    int32_t k   = 0;
    UBool   bad = 0;
    U8_APPEND(u8, k, 4, s->simp, bad);
    (void)bad;
    ng_buf_append(&b, u8, (size_t)k);
  }
  if (!b.data)
    return NG_ERR_NOMEM;
  *out = ng_buf_take(&b);
  return NG_OK;
}

int
ng_pinyin_has_han(const char *text)
{
  int32_t i = 0, n = (int32_t)strlen(text);
  while (i < n) {
    UChar32 c;
    U8_NEXT(text, i, n, c);
    if ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x20000 && c <= 0x3134F))
      return 1;
  }
  return 0;
}
