/* extract/intake.c -- decode, normalize and split news files (ICU4C). */
#include "extract/intake.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>

#include "graph/buf.h"

/* A small open-addressing map from a code point to its simplified form;
   the transliterator is slow per call, and news uses few distinct
   characters. */
typedef struct {
  UChar32 *key;
  UChar32 *val;
  size_t   cap, n;
} CharMap;

struct NgIntake {
  UTransliterator    *t2s;  /* ICU Traditional-Simplified */
  const UNormalizer2 *nfkc;
  CharMap             map;
};

NgStatus
ng_intake_new(NgIntake **out)
{
  UErrorCode err = U_ZERO_ERROR;
  NgIntake  *in  = ng_calloc(1, sizeof *in);
  if (!in)
    return NG_ERR_NOMEM;
  UChar id[] = u"Traditional-Simplified";
  in->t2s    = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  if (U_FAILURE(err)) {
    ng_intake_free(in);
    return NG_ERR_TEXT;
  }
  in->nfkc = unorm2_getNFKCInstance(&err);
  if (U_FAILURE(err)) {
    ng_intake_free(in);
    return NG_ERR_TEXT;
  }
  *out = in;
  return NG_OK;
}

void
ng_intake_free(NgIntake *in)
{
  if (!in)
    return;
  if (in->t2s)
    utrans_close(in->t2s);
  ng_free(in->map.key);
  ng_free(in->map.val);
  ng_free(in);
}

/* ---------------------------------------------------------------- chars */

static NgStatus
map_put(CharMap *m, UChar32 k, UChar32 v)
{
  if ((m->n + 1) * 2 > m->cap) {
    size_t   cap = m->cap ? m->cap * 2 : 1024;
    UChar32 *nk  = ng_malloc(cap * sizeof *nk);
    UChar32 *nv  = ng_malloc(cap * sizeof *nv);
    if (!nk || !nv) {
      ng_free(nk);
      ng_free(nv);
      return NG_ERR_NOMEM;
    }
    for (size_t i = 0; i < cap; i++)
      nk[i] = -1;
    for (size_t i = 0; i < m->cap; i++) {
      if (m->key[i] < 0)
        continue;
      size_t h = ((size_t)m->key[i] * 2654435761u) & (cap - 1);
      while (nk[h] >= 0)
        h = (h + 1) & (cap - 1);
      nk[h] = m->key[i];
      nv[h] = m->val[i];
    }
    ng_free(m->key);
    ng_free(m->val);
    m->key = nk;
    m->val = nv;
    m->cap = cap;
  }
  size_t h = ((size_t)k * 2654435761u) & (m->cap - 1);
  while (m->key[h] >= 0 && m->key[h] != k)
    h = (h + 1) & (m->cap - 1);
  if (m->key[h] < 0)
    m->n++;
  m->key[h] = k;
  m->val[h] = v;
  return NG_OK;
}

static int
map_get(const CharMap *m, UChar32 k, UChar32 *v)
{
  if (!m->cap)
    return 0;
  size_t h = ((size_t)k * 2654435761u) & (m->cap - 1);
  while (m->key[h] >= 0) {
    if (m->key[h] == k) {
      *v = m->val[h];
      return 1;
    }
    h = (h + 1) & (m->cap - 1);
  }
  return 0;
}

/* The simplified form of C when it is one code point, else C itself. */
static UChar32
simplify_char(NgIntake *in, UChar32 c)
{
  UChar32 v;
  if (c < 0x2E80)
    return c;
  if (map_get(&in->map, c, &v))
    return v;
  UChar      buf[8];
  int32_t    len = 0, limit;
  UErrorCode err = U_ZERO_ERROR;
  U16_APPEND_UNSAFE(buf, len, c);
  limit = len;
  utrans_transUChars(in->t2s, buf, &len, 8, 0, &limit, &err);
  v = c;
  if (U_SUCCESS(err) && len > 0) {
    UChar32 r;
    int32_t i = 0;
    U16_NEXT(buf, i, len, r);
    if (i == len)
      v = r;
  }
  map_put(&in->map, c, v);
  return v;
}

/* Full-width ASCII and the ideographic space become ASCII (the NFKC forms
   news text uses); everything else is kept, so CJK punctuation survives. */
static UChar32
fold_width(const NgIntake *in, UChar32 c)
{
  if (c == 0x3000)
    return ' ';
  if (c >= 0xFF01 && c <= 0xFF5E) {
    UChar      src[2] = {(UChar)c, 0}, dst[8];
    UErrorCode err    = U_ZERO_ERROR;
    int32_t    n = unorm2_normalize(in->nfkc, src, 1, dst, 8, &err);
    if (U_SUCCESS(err) && n == 1)
      return dst[0];
  }
  return c;
}

NgStatus
ng_intake_simplify(NgIntake *in, const char *text, char **out)
{
  NgBuf   b = {0};
  int32_t i = 0, n = (int32_t)strlen(text);
  while (i < n) {
    UChar32 c;
    U8_NEXT(text, i, n, c);
    if (c < 0)
      c = 0xFFFD;
    c = simplify_char(in, c);
    char    u[4];
    int32_t k = 0;
    U8_APPEND_UNSAFE(u, k, c);
    if (ng_buf_append(&b, u, (size_t)k)) {
      ng_buf_free(&b);
      return NG_ERR_NOMEM;
    }
  }
  *out = ng_buf_take(&b);
  return *out ? NG_OK : NG_ERR_NOMEM;
}

/* ---------------------------------------------------------------- decoding */

static char *errf(const char *name, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

static char *
errf(const char *name, const char *fmt, ...)
{
  NgBuf   b = {0};
  va_list ap;
  ng_buf_printf(&b, "%s: ", name);
  va_start(ap, fmt);
  ng_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  return ng_buf_take(&b);
}

static int
valid_utf8(const char *s, size_t n, size_t *bad)
{
  int32_t i = 0;
  while ((size_t)i < n) {
    UChar32 c;
    int32_t at = i;
    U8_NEXT(s, i, (int32_t)n, c);
    if (c < 0) {
      *bad = (size_t)at;
      return 0;
    }
  }
  return 1;
}

/* Picks the converter for BYTES: a BOM, then strict UTF-8, then ICU's
   detector limited to the encodings Chinese news comes in. */
static const char *
detect(const char *bytes, size_t n, size_t *skip)
{
  const unsigned char *u = (const unsigned char *)bytes;
  size_t               bad;
  *skip = 0;
  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
    *skip = 3;
    return "UTF-8";
  }
  if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
    *skip = 2;
    return "UTF-16LE";
  }
  if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
    *skip = 2;
    return "UTF-16BE";
  }
  if (valid_utf8(bytes, n, &bad))
    return "UTF-8";
  UErrorCode         err = U_ZERO_ERROR;
  UCharsetDetector  *det = ucsdet_open(&err);
  const char        *best = "GB18030";
  if (U_FAILURE(err))
    return best;
  ucsdet_setText(det, bytes, (int32_t)(n > 65536 ? 65536 : n), &err);
  int32_t                 nm = 0;
  const UCharsetMatch *const *m = ucsdet_detectAll(det, &nm, &err);
  for (int32_t i = 0; U_SUCCESS(err) && i < nm; i++) {
    const char *name = ucsdet_getName(m[i], &err);
    if (!name)
      continue;
    if (!strcmp(name, "Big5")) {
      best = "Big5";
      break;
    }
    if (!strcmp(name, "GB18030")) {
      best = "GB18030";
      break;
    }
  }
  ucsdet_close(det);
  return best;
}

/* Callback context: the first invalid byte offset seen. */
typedef struct {
  long long bad; /* -1 when none */
} BadByte;

static void
stop_on_invalid(const void *ctx, UConverterToUnicodeArgs *args,
                const char *units, int32_t len, UConverterCallbackReason why,
                UErrorCode *err)
{
  (void)units;
  (void)len;
  (void)args;
  BadByte *b = (BadByte *)(uintptr_t)ctx;
  if (why == UCNV_ILLEGAL || why == UCNV_IRREGULAR || why == UCNV_UNASSIGNED) {
    if (b->bad < 0)
      b->bad = 0; /* refined by the caller from the source position */
    /* *err stays a failure: conversion stops here */
    (void)err;
  }
}

/* Decodes BYTES with converter ENC into UTF-16 (*out, *outlen). */
static NgStatus
decode(const char *name, const char *enc, const char *bytes, size_t n,
       UChar **out, int32_t *outlen, char **errmsg)
{
  UErrorCode  err = U_ZERO_ERROR;
  UConverter *cv  = ucnv_open(enc, &err);
  if (U_FAILURE(err)) {
    NgBuf b = {0};
    ng_buf_printf(&b, "%s: unknown encoding \"%s\"", name, enc);
    *errmsg = ng_buf_take(&b);
    return NG_ERR_ARG;
  }
  BadByte bb = {-1};
  ucnv_setToUCallBack(cv, (UConverterToUCallback)stop_on_invalid, &bb, NULL,
                      NULL, &err);
  size_t cap = n * 2 + 16;
  if (cap > INT32_MAX / 2) {
    ucnv_close(cv);
    *errmsg = errf(name, "file too large (%zu bytes)", n);
    return NG_ERR_IO;
  }
  UChar *dst = ng_malloc(cap * sizeof *dst);
  if (!dst) {
    ucnv_close(cv);
    return NG_ERR_NOMEM;
  }
  UChar      *t   = dst;
  const char *s   = bytes;
  ucnv_toUnicode(cv, &t, dst + cap, &s, bytes + n, NULL, 1, &err);
  if (U_FAILURE(err) || bb.bad >= 0) {
    /* s stops just past the bad sequence; report its first byte. */
    int8_t     blen = 8;
    char       badb[8];
    UErrorCode e2   = U_ZERO_ERROR;
    ucnv_getInvalidChars(cv, badb, &blen, &e2);
    long long at = (long long)(s - bytes) - (U_SUCCESS(e2) ? blen : 0);
    NgBuf     b  = {0};
    ng_buf_printf(&b, "%s: byte %lld: invalid %s byte sequence", name,
                  at < 0 ? 0 : at, enc);
    *errmsg = ng_buf_take(&b);
    ng_free(dst);
    ucnv_close(cv);
    return NG_ERR_TEXT;
  }
  ucnv_close(cv);
  *out    = dst;
  *outlen = (int32_t)(t - dst);
  return NG_OK;
}

/* ---------------------------------------------------------------- cleaning */

/* The cleaned text of a whole file with its offset map: characters in the
   original file are counted in code points of the decoded text. */
typedef struct {
  NgBuf text;   /* simplified */
  NgBuf orig;   /* original characters */
  long *off;    /* per byte of text */
  size_t cap;
} Clean;

static NgStatus
put_char(Clean *c, UChar32 simp, UChar32 orig, long at)
{
  char    u[4], o[4];
  int32_t k = 0, ko = 0;
  U8_APPEND_UNSAFE(u, k, simp);
  U8_APPEND_UNSAFE(o, ko, orig);
  if (c->text.len + (size_t)k + 1 > c->cap) {
    size_t cap = c->cap ? c->cap * 2 : 4096;
    while (cap < c->text.len + (size_t)k + 1)
      cap *= 2;
    long *off = ng_realloc(c->off, cap * sizeof *off);
    if (!off)
      return NG_ERR_NOMEM;
    c->off = off;
    c->cap = cap;
  }
  for (int32_t i = 0; i < k; i++)
    c->off[c->text.len + (size_t)i] = at;
  if (ng_buf_append(&c->text, u, (size_t)k) ||
      ng_buf_append(&c->orig, o, (size_t)ko))
    return NG_ERR_NOMEM;
  c->off[c->text.len] = at + 1;
  return NG_OK;
}

static NgStatus
clean_text(NgIntake *in, const UChar *u, int32_t n, Clean *c, int *trad)
{
  int32_t i = 0;
  long    at = 0;
  int     changed = 0, han = 0;
  while (i < n) {
    UChar32 ch;
    U16_NEXT(u, i, n, ch);
    long here = at++;
    if (ch == '\r') {
      if (i < n && u[i] == '\n')
        continue; /* CRLF: the LF makes the line end */
      ch = '\n';
    }
    if (ch == 0xFEFF)
      continue;
    ch = fold_width(in, ch);
    UChar32 s = simplify_char(in, ch);
    if (ch >= 0x4E00 && ch <= 0x9FFF) {
      han++;
      changed += s != ch;
    }
    NgStatus st = put_char(c, s, ch, here);
    if (st)
      return st;
  }
  *trad = han > 0 && changed * 50 >= han; /* 2% of Han changed */
  return NG_OK;
}

/* ---------------------------------------------------------------- articles */

static int
is_sentence_end(const char *p)
{
  return !strncmp(p, "。", 3) || !strncmp(p, "！", 3) ||
         !strncmp(p, "？", 3) || !strncmp(p, "；", 3) || *p == '!' ||
         *p == '?' || *p == ';' || *p == '\n';
}

/* Splits A's text into sentences on 。！？； and line ends, keeping a closing
   quote or bracket with its sentence. */
static NgStatus
split_sentences(NgArticle *a)
{
  size_t start = 0, cap = 0;
  for (size_t i = 0; i <= a->len; i++) {
    int end = i == a->len;
    size_t next = i;
    if (!end && is_sentence_end(a->text + i)) {
      next = i + ((unsigned char)a->text[i] >= 0x80 ? 3 : 1);
      while (!strncmp(a->text + next, "”", 3) ||
             !strncmp(a->text + next, "’", 3) ||
             !strncmp(a->text + next, "」", 3) ||
             !strncmp(a->text + next, ")", 1) ||
             !strncmp(a->text + next, "）", 3))
        next += a->text[next] == ')' ? 1 : 3;
      end = 1;
    } else if (end)
      next = a->len;
    if (!end)
      continue;
    size_t s = start, e = next;
    while (s < e && (a->text[s] == ' ' || a->text[s] == '\n'))
      s++;
    while (e > s && (a->text[e - 1] == ' ' || a->text[e - 1] == '\n'))
      e--;
    if (e > s) {
      if (a->n_sentences == cap) {
        cap        = cap ? cap * 2 : 16;
        NgRange *r = ng_realloc(a->sentences, cap * sizeof *r);
        if (!r)
          return NG_ERR_NOMEM;
        a->sentences = r;
      }
      a->sentences[a->n_sentences].start = s;
      a->sentences[a->n_sentences].end   = e;
      a->n_sentences++;
    }
    start = next;
    if (next > i)
      i = next - 1;
  }
  return NG_OK;
}

/* Builds one article from the whole cleaned text: the first short line
   without a full stop is its headline. */
static NgStatus
make_articles(NgDocument *doc, Clean *c, const NgIntakeOptions *opt)
{
  NgArticle *a = ng_calloc(1, sizeof *a);
  if (!a)
    return NG_ERR_NOMEM;
  doc->articles   = a;
  doc->n_articles = 1;
  a->part         = 1;
  const char *t   = ng_buf_str(&c->text);
  size_t      n   = c->text.len, s = 0;
  while (s < n && (t[s] == '\n' || t[s] == ' '))
    s++;
  size_t e = s;
  while (e < n && t[e] != '\n')
    e++;
  size_t body = 0;
  if (e > s && e - s < 120 && !memchr(t + s, 0xE3, 0)) {
    a->headline = ng_strndup(t + s, e - s);
    body        = e;
  } else
    a->headline = ng_strdup("");
  a->text   = ng_strndup(t + body, n - body);
  a->len    = n - body;
  a->orig   = NULL;
  a->offset = ng_malloc((a->len + 1) * sizeof *a->offset);
  if (!a->headline || !a->text || !a->offset)
    return NG_ERR_NOMEM;
  memcpy(a->offset, c->off + body, (a->len + 1) * sizeof *a->offset);
  /* Original characters: count characters up to BODY in orig. */
  {
    const char *o  = ng_buf_str(&c->orig);
    int32_t     oi = 0, ti = 0, on = (int32_t)c->orig.len;
    while ((size_t)ti < body) {
      UChar32 ch;
      U8_NEXT(t, ti, (int32_t)n, ch);
      U8_NEXT(o, oi, on, ch);
    }
    a->orig = ng_strndup(o + oi, (size_t)(on - oi));
    if (!a->orig)
      return NG_ERR_NOMEM;
  }
  if (opt && opt->date)
    a->date = ng_strdup(opt->date);
  return split_sentences(a);
}

/* ---------------------------------------------------------------- entry */

static char *
base_name(const char *path)
{
  const char *s = strrchr(path, '/');
  return ng_strdup(s ? s + 1 : path);
}

/* FNV-1a 64 of the bytes, enough to notice a changed file. */
static char *
hash_hex(const char *bytes, size_t n)
{
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)bytes[i];
    h *= 1099511628211ull;
  }
  NgBuf b = {0};
  ng_buf_printf(&b, "%016llx", (unsigned long long)h);
  return ng_buf_take(&b);
}

NgStatus
ng_intake_bytes(NgIntake *in, const char *name, const char *bytes, size_t n,
                const NgIntakeOptions *opt, NgDocument **out, char **errmsg)
{
  NgStatus    st   = NG_OK;
  UChar      *u    = NULL;
  int32_t     un   = 0;
  size_t      skip = 0;
  Clean       c    = {{0}, {0}, NULL, 0};
  NgDocument *doc  = NULL;
  const char *enc;

  *errmsg = NULL;
  if (n == 0) {
    *errmsg = errf(name, "empty file");
    return NG_ERR_TEXT;
  }
  if (opt && opt->encoding)
    enc = opt->encoding;
  else {
    enc = detect(bytes, n, &skip);
    if (strncmp(enc, "UTF-16", 6) && memchr(bytes, 0, n)) {
      *errmsg = errf(name, "not a text file (NUL byte at offset %lld)",
                     (long long)((const char *)memchr(bytes, 0, n) - bytes));
      return NG_ERR_TEXT;
    }
  }
  NG_TRY(st, decode(name, enc, bytes + skip, n - skip, &u, &un, errmsg));
  doc = ng_calloc(1, sizeof *doc);
  if (!doc) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  doc->path     = ng_strdup(name);
  doc->name     = base_name(name);
  doc->encoding = ng_strdup(enc);
  doc->bytes    = (long long)n;
  doc->hash     = hash_hex(bytes, n);
  if (!doc->path || !doc->name || !doc->encoding || !doc->hash) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  NG_TRY(st, clean_text(in, u, un, &c, &doc->traditional));
  if (!c.off) {
    /* Nothing but a byte order mark: as empty as an empty file. */
    *errmsg = errf(name, "empty file");
    st      = NG_ERR_TEXT;
    goto done;
  }
  NG_TRY(st, make_articles(doc, &c, opt));
done:
  ng_free(u);
  ng_buf_free(&c.text);
  ng_buf_free(&c.orig);
  ng_free(c.off);
  if (st) {
    ng_document_free(doc);
    if (!*errmsg) {
      NgBuf b = {0};
      ng_buf_printf(&b, "%s: %s", name, ng_strerror(st));
      *errmsg = ng_buf_take(&b);
    }
    return st;
  }
  *out = doc;
  return NG_OK;
}

NgStatus
ng_intake_file(NgIntake *in, const char *path, const NgIntakeOptions *opt,
               NgDocument **out, char **errmsg)
{
  FILE *f = fopen(path, "rb");
  NgBuf b = {0};
  *errmsg = NULL;
  if (!f) {
    NgBuf m = {0};
    ng_buf_printf(&m, "%s: %s", path, strerror(errno));
    *errmsg = ng_buf_take(&m);
    return NG_ERR_IO;
  }
  char chunk[65536];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (ng_buf_append(&b, chunk, k)) {
      fclose(f);
      ng_buf_free(&b);
      return NG_ERR_NOMEM;
    }
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    NgBuf m = {0};
    ng_buf_printf(&m, "%s: read error: %s", path, strerror(errno));
    *errmsg = ng_buf_take(&m);
    ng_buf_free(&b);
    return NG_ERR_IO;
  }
  NgStatus st = ng_intake_bytes(in, path, ng_buf_str(&b), b.len, opt, out,
                                errmsg);
  ng_buf_free(&b);
  return st;
}

static void
article_free(NgArticle *a)
{
  ng_free(a->headline);
  ng_free(a->date);
  ng_free(a->text);
  ng_free(a->orig);
  ng_free(a->offset);
  ng_free(a->sentences);
  for (size_t i = 0; i < a->n_bylines; i++)
    ng_free(a->bylines[i].name);
  ng_free(a->bylines);
}

void
ng_document_free(NgDocument *doc)
{
  if (!doc)
    return;
  for (size_t i = 0; i < doc->n_articles; i++)
    article_free(&doc->articles[i]);
  ng_free(doc->articles);
  ng_free(doc->path);
  ng_free(doc->name);
  ng_free(doc->encoding);
  ng_free(doc->hash);
  ng_free(doc);
}

char *
ng_article_orig(const NgArticle *a, size_t start, size_t end)
{
  int32_t ti = 0, oi = 0, n = (int32_t)a->len, on;
  if (!a->orig)
    return ng_strndup(a->text + start, end - start);
  on = (int32_t)strlen(a->orig);
  UChar32 ch;
  while ((size_t)ti < start && ti < n) {
    U8_NEXT(a->text, ti, n, ch);
    U8_NEXT(a->orig, oi, on, ch);
  }
  int32_t os = oi;
  while ((size_t)ti < end && ti < n) {
    U8_NEXT(a->text, ti, n, ch);
    U8_NEXT(a->orig, oi, on, ch);
  }
  return ng_strndup(a->orig + os, (size_t)(oi - os));
}
