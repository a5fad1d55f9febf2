/* extract/intake.c -- decode and normalize news files (ICU4C); page.c
   makes the articles. */
#include "extract/intake.h"

#include "extract/extract.h"
#include "extract/page.h"
#include "extract/pdf.h"
#include "graph/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>
#include <unistd.h>

/* A small open-addressing map from a code point to its simplified form;
   the transliterator is slow per call, and news uses few distinct
   characters. */
typedef struct {
  UChar32 *key;
  UChar32 *val;
  size_t   cap, n;
  UChar32 *bmp; /* MAP_LO..0xFFFF: the value, or -1 when not known yet */
} CharMap;

/* Characters below this map to themselves. */
enum { MAP_LO = 0x2E80 };

struct NgIntake {
  UTransliterator    *t2s; /* ICU Traditional-Simplified */
  const UNormalizer2 *nfkc;
  CharMap             map;     /* traditional to simplified, cached */
  UTransliterator    *s2t;     /* ICU Simplified-Traditional */
  CharMap             map_s2t; /* simplified to traditional, cached */
  NgPageRules        *rules;   /* furniture patterns, surnames */
};

NgStatus
ng_intake_new_with(const char *data_dir, NgIntake **out, char **errmsg)
{
  UErrorCode err = U_ZERO_ERROR;
  NgStatus   st;
  NgIntake  *in = ng_calloc(1, sizeof *in);
  if (errmsg)
    *errmsg = NULL;
  if (!in)
    return NG_ERR_NOMEM;
  UChar id[] = u"Traditional-Simplified";
  in->t2s    = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  if (U_FAILURE(err)) {
    ng_intake_free(in);
    return NG_ERR_TEXT;
  }
  UChar back[] = u"Simplified-Traditional";
  in->s2t      = utrans_openU(back, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  if (U_FAILURE(err)) {
    ng_intake_free(in);
    return NG_ERR_TEXT;
  }
  in->nfkc = unorm2_getNFKCInstance(&err);
  if (U_FAILURE(err)) {
    ng_intake_free(in);
    return NG_ERR_TEXT;
  }
  st = ng_page_rules_new(
    data_dir ? data_dir : ng_extract_data_dir(), &in->rules, errmsg);
  if (st) {
    ng_intake_free(in);
    return st;
  }
  *out = in;
  return NG_OK;
}

NgStatus
ng_intake_new(NgIntake **out)
{
  return ng_intake_new_with(NULL, out, NULL);
}

void
ng_intake_free(NgIntake *in)
{
  if (!in)
    return;
  if (in->t2s)
    utrans_close(in->t2s);
  ng_page_rules_free(in->rules);
  if (in->s2t)
    utrans_close(in->s2t);
  ng_free(in->map.key);
  ng_free(in->map.val);
  ng_free(in->map.bmp);
  ng_free(in->map_s2t.key);
  ng_free(in->map_s2t.val);
  ng_free(in->map_s2t.bmp);
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

/* C through transliterator T when that gives one code point, else C;
   cached in M. The slow path of map_char(). */
static UChar32
map_char_new(UTransliterator *t, CharMap *m, UChar32 c)
{
  UChar32 v;
  if (c < 0x10000) {
    if (!m->bmp && (m->bmp = ng_malloc((0x10000 - MAP_LO) * sizeof *m->bmp)))
      for (size_t i = 0; i < 0x10000 - MAP_LO; i++)
        m->bmp[i] = -1;
    if (m->bmp && m->bmp[c - MAP_LO] >= 0)
      return m->bmp[c - MAP_LO];
  }
  if (map_get(m, c, &v))
    return v;
  UChar      buf[8];
  int32_t    len = 0, limit;
  UErrorCode err = U_ZERO_ERROR;
  U16_APPEND_UNSAFE(buf, len, c);
  limit = len;
  utrans_transUChars(t, buf, &len, 8, 0, &limit, &err);
  v = c;
  if (U_SUCCESS(err) && len > 0) {
    UChar32 r;
    int32_t i = 0;
    U16_NEXT(buf, i, len, r);
    if (i == len)
      v = r;
  }
  if (c < 0x10000 && m->bmp)
    m->bmp[c - MAP_LO] = v;
  else
    map_put(m, c, v);
  return v;
}

/* C through transliterator T when that gives one code point, else C;
   a character seen before is one load. */
static inline UChar32
map_char(UTransliterator *t, CharMap *m, UChar32 c)
{
  if (c < MAP_LO)
    return c;
  if (c < 0x10000 && m->bmp && m->bmp[c - MAP_LO] >= 0)
    return m->bmp[c - MAP_LO];
  return map_char_new(t, m, c);
}

/* The simplified form of C when it is one code point, else C itself. */
static UChar32
simplify_char(NgIntake *in, UChar32 c)
{
  return map_char(in->t2s, &in->map, c);
}

/* Whether C is written only in simplified text (它 is not; 们 is). */
static int
simplified_only(NgIntake *in, UChar32 c)
{
  return map_char(in->s2t, &in->map_s2t, c) != c;
}

/* Full-width ASCII and the ideographic space become ASCII (the NFKC forms
   news text uses); everything else is kept, so CJK punctuation survives. */
static UChar32
fold_width(const NgIntake *in, UChar32 c)
{
  if (c == 0x3000)
    return ' ';
  if (c >= 0xFF01 && c <= 0xFF5E) {
    UChar      src[2] = { (UChar)c, 0 }, dst[8];
    UErrorCode err    = U_ZERO_ERROR;
    int32_t    n      = unorm2_normalize(in->nfkc, src, 1, dst, 8, &err);
    if (U_SUCCESS(err) && n == 1)
      return dst[0];
  }
  return c;
}

NgStatus
ng_intake_simplify(NgIntake *in, const char *text, char **out)
{
  NgBuf   b = { 0 };
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
  NgBuf   b = { 0 };
  va_list ap;
  ng_buf_printf(&b, "%s: ", name);
  va_start(ap, fmt);
  ng_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  return ng_buf_take(&b);
}

/* Counts the UTF-8 sequences of S: multi-byte ones that are valid, and
   invalid bytes; *bad is the first invalid byte. */
static void
scan_utf8(const char *s, size_t n, size_t *multi, size_t *invalid, size_t *bad)
{
  int32_t i = 0;
  *multi = *invalid = 0;
  *bad              = n;
  while ((size_t)i < n) {
    UChar32 c;
    int32_t at = i;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    U8_NEXT(s, i, (int32_t)n, c);
    if (c < 0) {
      if (!*invalid)
        *bad = (size_t)at;
      ++*invalid;
    } else
      ++*multi;
  }
}

/* UTF-16 without a byte order mark: the NUL bytes of ASCII characters
   fall on odd (LE) or even (BE) offsets; a few the other way are Han
   characters such as 一 (U+4E00). */
static const char *
utf16_without_bom(const char *bytes, size_t n)
{
  size_t even = 0, odd = 0;
  if (n < 4 || n % 2 || !memchr(bytes, 0, n))
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (!bytes[i])
      ++*(i % 2 ? &odd : &even);
  if (odd >= 2 && odd >= even * 8 && odd * 32 >= n / 2)
    return "UTF-16LE";
  if (even >= 2 && even >= odd * 8 && even * 32 >= n / 2)
    return "UTF-16BE";
  return NULL;
}

/* Picks the converter for BYTES: a BOM, then strict UTF-8, then ICU's
   detector limited to the encodings Chinese news comes in. Text that is
   UTF-8 but for a few bad bytes gives NULL with *bad the first of them. */
static const char *
detect(const char *bytes, size_t n, size_t *skip, size_t *bad)
{
  const unsigned char *u = (const unsigned char *)bytes;
  size_t               multi, invalid;
  const char          *wide;
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
  if ((wide = utf16_without_bom(bytes, n)))
    return wide;
  scan_utf8(bytes, n, &multi, &invalid, bad);
  if (!invalid)
    return "UTF-8";
  if (multi >= 8 && invalid * 20 <= multi)
    return NULL;
  UErrorCode        err  = U_ZERO_ERROR;
  UCharsetDetector *det  = ucsdet_open(&err);
  const char       *best = "GB18030";
  if (U_FAILURE(err))
    return best;
  size_t lead = 0;
  while (lead < n && (bytes[lead] == ' ' || bytes[lead] == '\t' ||
                      bytes[lead] == '\n' || bytes[lead] == '\r'))
    lead++;
  if (lead < n && bytes[lead] == '<')
    ucsdet_enableInputFilter(det, 1); /* an HTML page: read past its tags */
  ucsdet_setText(det, bytes, (int32_t)(n > 65536 ? 65536 : n), &err);
  int32_t                     nm = 0;
  const UCharsetMatch *const *m  = ucsdet_detectAll(det, &nm, &err);
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

/* Decodes BYTES (which stand at byte BASE of the file) with converter ENC
   into UTF-16 (*out, *outlen). */
static NgStatus
decode(const char *name,
       const char *enc,
       const char *bytes,
       size_t      n,
       size_t      base,
       UChar     **out,
       int32_t    *outlen,
       char      **errmsg)
{
  UErrorCode  err = U_ZERO_ERROR;
  UConverter *cv  = ucnv_open(enc, &err);
  if (U_FAILURE(err)) {
    *errmsg = errf(name, "unknown encoding \"%s\"", enc);
    return NG_ERR_ARG;
  }
  ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
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
  UChar      *t = dst;
  const char *s = bytes;
  ucnv_toUnicode(cv, &t, dst + cap, &s, bytes + n, NULL, 1, &err);
  if (U_FAILURE(err)) {
    /* s stops just past the bad sequence; report its first byte. */
    int8_t     blen = 8;
    char       badb[8];
    UErrorCode e2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(cv, badb, &blen, &e2);
    long long at = (long long)(s - bytes) - (U_SUCCESS(e2) ? blen : 0);
    *errmsg      = errf(name,
                   "byte %lld: invalid %s byte sequence",
                   (at < 0 ? 0 : at) + (long long)base,
                   enc);
    ng_free(dst);
    ucnv_close(cv);
    return NG_ERR_TEXT;
  }
  ucnv_close(cv);
  *out    = dst;
  *outlen = (int32_t)(t - dst);
  return NG_OK;
}

/* UTF-8 that detect() found well-formed into UTF-16, without a converter
   (the same code units ICU's UTF-8 converter gives). */
static NgStatus
decode_utf8(const char *bytes,
            size_t      n,
            UChar     **out,
            int32_t    *outlen,
            const char *name,
            char      **errmsg)
{
  if (n * 2 + 16 > INT32_MAX / 2) { /* the limit decode() has */
    *errmsg = errf(name, "file too large (%zu bytes)", n);
    return NG_ERR_IO;
  }
  UChar *dst = ng_malloc((n + 1) * sizeof *dst);
  if (!dst)
    return NG_ERR_NOMEM;
  int32_t    len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(dst, (int32_t)n + 1, &len, bytes, (int32_t)n, &err);
  if (U_FAILURE(err)) {
    ng_free(dst);
    return NG_ERR_TEXT;
  }
  *out    = dst;
  *outlen = len;
  return NG_OK;
}

/* ---------------------------------------------------------------- HTML */

/* ASCII lower case of a UTF-16 unit. */
static UChar
lower16(UChar c)
{
  return c >= 'A' && c <= 'Z' ? (UChar)(c + 32) : c;
}

/* 1 when the ASCII word W (lower case) stands at U[I] in any case. */
static int
word16(const UChar *u, int32_t i, int32_t n, const char *w)
{
  for (; *w; w++, i++)
    if (i >= n || lower16(u[i]) != (UChar)*w)
      return 0;
  return 1;
}

/* 1 when U, N is an HTML page or fragment as saved from a website: it
   opens with a tag (after blanks) and an HTML element shows early on. */
static int
is_html(const UChar *u, int32_t n)
{
  int32_t i = 0;
  while (i < n && (u[i] == ' ' || u[i] == '\t' || u[i] == '\n' ||
                   u[i] == '\r' || u[i] == 0xFEFF))
    i++;
  if (i + 1 >= n || u[i] != '<' ||
      !(u[i + 1] == '!' || u[i + 1] == '?' ||
        (lower16(u[i + 1]) >= 'a' && lower16(u[i + 1]) <= 'z')))
    return 0;
  static const char *const tags[] = {
    "<!doctype html", "<html", "<head", "<body", "<meta",
    "<div",           "<p>",   "<p ",   "<br",   NULL
  };
  int32_t lim = n < i + 4096 ? n : i + 4096;
  for (int32_t k = i; k < lim; k++)
    for (const char *const *t = tags; *t && u[k] == '<'; t++)
      if (word16(u, k, n, *t))
        return 1;
  return 0;
}

/* The value of the character reference at U[I] (after &), its end in *E,
   or -1. */
static UChar32
html_entity(const UChar *u, int32_t i, int32_t n, int32_t *e)
{
  static const struct {
    const char *name;
    UChar32     c;
  } named[] = {
    { "nbsp", ' ' },     { "ensp", ' ' },      { "emsp", ' ' },
    { "thinsp", ' ' },   { "amp", '&' },       { "lt", '<' },
    { "gt", '>' },       { "quot", '"' },      { "apos", '\'' },
    { "ldquo", 0x201C }, { "rdquo", 0x201D },  { "lsquo", 0x2018 },
    { "rsquo", 0x2019 }, { "mdash", 0x2014 },  { "ndash", 0x2013 },
    { "middot", 0xB7 },  { "hellip", 0x2026 }, { "bull", 0x2022 },
    { "times", 0xD7 },   { "copy", 0xA9 },     { "reg", 0xAE },
    { "laquo", 0xAB },   { "raquo", 0xBB },    { "deg", 0xB0 },
  };
  if (i < n && u[i] == '#') {
    int32_t k   = i + 1;
    int     hex = k < n && (u[k] == 'x' || u[k] == 'X');
    long    v   = 0;
    int     nd  = 0;
    for (k += hex; k < n && nd < 8; k++, nd++) {
      UChar c = lower16(u[k]);
      if (c >= '0' && c <= '9')
        v = v * (hex ? 16 : 10) + (c - '0');
      else if (hex && c >= 'a' && c <= 'f')
        v = v * 16 + (c - 'a' + 10);
      else
        break;
    }
    if (!nd || v <= 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
      return -1;
    *e = k < n && u[k] == ';' ? k + 1 : k;
    return (UChar32)v;
  }
  for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
    int32_t len = (int32_t)strlen(named[k].name);
    if (word16(u, i, n, named[k].name) && i + len < n && u[i + len] == ';') {
      *e = i + len + 1;
      return named[k].c;
    }
  }
  return -1;
}

/* Writes Y-M-D as "YYYY-MM-DD" into OUT (32 bytes) when it is a day of
   the calendar from 1949 (no such news before) to 2100; 0 otherwise. */
static int
ymd_into(int y, int m, int d, char out[32])
{
  static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] ||
      (m == 2 && d == 29 && (y % 4 || y == 2100)))
    return 0;
  snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
  return 1;
}

/* The value of attribute ATTR (lower case) of the tag whose attributes
   run from U[K] to its >, as [*VS, *VE), or 0. */
static int
html_attr(const UChar *u,
          int32_t      k,
          int32_t      n,
          const char  *attr,
          int32_t     *vs,
          int32_t     *ve)
{
  int32_t len = (int32_t)strlen(attr);
  while (k < n && u[k] != '>') {
    while (k < n && (u[k] == ' ' || u[k] == '\t' || u[k] == '\n' ||
                     u[k] == '\r' || u[k] == '/'))
      k++;
    int32_t ns = k;
    while (k < n && u[k] != '=' && u[k] != '>' && u[k] != ' ' && u[k] != '\t' &&
           u[k] != '\n' && u[k] != '\r' && u[k] != '/')
      k++;
    int hit = k - ns == len && word16(u, ns, n, attr);
    while (k < n && (u[k] == ' ' || u[k] == '\t' || u[k] == '\n'))
      k++;
    if (k >= n || u[k] != '=') {
      if (k < n && u[k] != '>' && k == ns)
        k++; /* a stray mark */
      continue;
    }
    k++;
    while (k < n && (u[k] == ' ' || u[k] == '\t' || u[k] == '\n'))
      k++;
    UChar   q = k < n && (u[k] == '"' || u[k] == '\'') ? u[k++] : 0;
    int32_t s = k;
    while (k < n && (q ? u[k] != q : (u[k] != ' ' && u[k] != '>')))
      k++;
    if (hit) {
      *vs = s;
      *ve = k;
      return 1;
    }
    if (q && k < n)
      k++;
  }
  return 0;
}

/* The publication date a page states in its head, as the guidelines for
   government websites ask (<meta name="PubDate" content="2023-06-02
   10:21">) and as news sites do (article:published_time), written
   "YYYY-MM-DD" into OUT; 0 when there is none. */
static int
html_pubdate(const UChar *u, int32_t n, char out[32])
{
  static const char *const names[] = {
    "pubdate", "publishdate", "article:published_time", "publish_date", NULL
  };
  int32_t lim = n < 65536 ? n : 65536;
  for (int32_t k = 0; k + 5 < lim; k++) {
    if (u[k] != '<' || !word16(u, k + 1, n, "meta"))
      continue;
    int32_t ns, ne, vs, ve;
    if (!html_attr(u, k + 5, n, "name", &ns, &ne) &&
        !html_attr(u, k + 5, n, "property", &ns, &ne))
      continue;
    int known = 0;
    for (const char *const *w = names; *w && !known; w++)
      known = ne - ns == (int32_t)strlen(*w) && word16(u, ns, n, *w);
    if (!known || !html_attr(u, k + 5, n, "content", &vs, &ve))
      continue;
    int v[3] = { 0, 0, 0 }, f = 0, nd = 0;
    for (int32_t j = vs; j < ve && f < 3; j++) {
      if (u[j] >= '0' && u[j] <= '9' && nd < 4) {
        v[f] = v[f] * 10 + (u[j] - '0');
        nd++;
      } else if (nd && (u[j] == '-' || u[j] == '/' || u[j] == '.' ||
                        u[j] == 0x5E74 || u[j] == 0x6708)) { /* 年 月 */
        f++;
        nd = 0;
      } else
        break;
    }
    if (nd && f == 2)
      f = 3;
    if (f >= 3 && ymd_into(v[0], v[1], v[2], out))
      return 1;
  }
  return 0;
}

/* The site's name a page states in its head, as the content management
   systems of government websites write it (<meta name="SiteName"
   content="某县人民政府门户网站">): its units [*VS, *VE) of U; 0 when there
   is none. */
static int
html_site_name(const UChar *u, int32_t n, int32_t *vs, int32_t *ve)
{
  int32_t lim = n < 65536 ? n : 65536;
  for (int32_t k = 0; k + 5 < lim; k++) {
    int32_t ns, ne;
    if (u[k] != '<' || !word16(u, k + 1, n, "meta") ||
        !html_attr(u, k + 5, n, "name", &ns, &ne) || ne - ns != 8 ||
        !word16(u, ns, n, "sitename") ||
        !html_attr(u, k + 5, n, "content", vs, ve))
      continue;
    while (*vs < *ve && (u[*vs] == ' ' || u[*vs] == 0x3000))
      (*vs)++;
    while (*ve > *vs && (u[*ve - 1] == ' ' || u[*ve - 1] == 0x3000))
      (*ve)--;
    return *ve - *vs >= 2 && *ve - *vs <= 40;
  }
  return 0;
}

/* 1 when the tag name at U[NS], LEN units long, is NAME in any case. */
static int
tag_is(const UChar *u, int32_t ns, int32_t len, int32_t n, const char *name)
{
  return (int32_t)strlen(name) == len && word16(u, ns, n, name);
}

/* 1 when the tag name at U[NS], LEN long, is one of NAMES. */
static int
tag_in(const UChar       *u,
       int32_t            ns,
       int32_t            len,
       int32_t            n,
       const char *const *names)
{
  for (; *names; names++)
    if (tag_is(u, ns, len, n, *names))
      return 1;
  return 0;
}

/* The text html_text() builds: units and, for each, the offset of the
   character of the page that gave it. */
typedef struct {
  UChar  *u;
  long   *at;
  int32_t n;
  int32_t line;    /* where the line being written starts */
  int     words;   /* its letters and Han characters */
  int     linked;  /* those of them inside links */
  int     anchor;  /* inside <a> */
  int     heading; /* the line is a heading (h1 to h6) */
} HtmlOut;

static void
html_put(HtmlOut *h, UChar32 c, long at)
{
  if (c == ' ' && (!h->n || h->u[h->n - 1] == ' ' || h->u[h->n - 1] == '\n'))
    return; /* blanks in a block are one space; none opens a line */
  if (c == '\n') {
    while (h->n && h->u[h->n - 1] == ' ')
      h->n--;
    /* a line of links alone (a menu, a list of other news) is the site's,
       not the article's */
    if (!h->words || (h->linked * 10 >= h->words * 9 && !h->heading))
      h->n = h->line; /* and a line of marks alone (|, >>) */
    h->words = h->linked = h->heading = 0;
    if (!h->n || h->u[h->n - 1] == '\n') {
      h->line = h->n;
      return;
    }
    h->line = h->n + 1;
  } else if (u_isalnum(c)) {
    h->words++;
    h->linked += h->anchor;
  }
  if (c > 0xFFFF) {
    h->u[h->n]    = U16_LEAD(c);
    h->at[h->n++] = at;
    c             = U16_TRAIL(c);
  }
  h->u[h->n]    = (UChar)c;
  h->at[h->n++] = at;
}

/* Where the ASCII text W (case as written) stands first in U, N from
   FROM on, or -1. */
static int32_t
find16(const UChar *u, int32_t n, int32_t from, const char *w)
{
  int32_t len = (int32_t)strlen(w);
  for (int32_t k = from; k + len <= n; k++) {
    int32_t j = 0;
    while (j < len && u[k + j] == (UChar)w[j])
      j++;
    if (j == len)
      return k;
  }
  return -1;
}

/* The day a WeChat public account's post was published, from the time its
   page's script keeps (var ct = "1699776000";, seconds since 1970) read in
   China's time (UTC+8), written "YYYY-MM-DD" into OUT; 0 when the page is
   no such post or holds no such time. */
static int
wechat_date(const UChar *u, int32_t n, char out[32])
{
  if (find16(u, n, 0, "mp.weixin.qq.com") < 0 &&
      find16(u, n, 0, "rich_media") < 0)
    return 0;
  static const char key[] = "var ct = \"";
  for (int32_t k = 0; (k = find16(u, n, k, key)) >= 0; k++) {
    long long t  = 0;
    int       nd = 0;
    int32_t   j  = k + (int32_t)sizeof key - 1;
    for (; j < n && u[j] >= '0' && u[j] <= '9' && nd < 12; j++, nd++)
      t = t * 10 + (u[j] - '0');
    if (nd != 10 || j >= n || u[j] != '"')
      continue;
    /* days since 1970-01-01 to a civil date (H. Hinnant's algorithm) */
    long long z   = (t + 8 * 3600) / 86400 + 719468;
    long long era = z / 146097, doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp  = (5 * doy + 2) / 153;
    int       d   = (int)(doy - (153 * mp + 2) / 5 + 1);
    int       m   = (int)(mp < 10 ? mp + 3 : mp - 9);
    int       y   = (int)(yoe + era * 400 + (m <= 2));
    return y >= 2012 && ymd_into(y, m, d, out); /* accounts began in 2012 */
  }
  return 0;
}

/* The article's title as the page's head gives it: <meta
   name="ArticleTitle"> (which the guidelines for government websites ask
   for), og:title, else <title>, as [*TS, *TE) of U; *WHOLE is 1 for the
   first two, 0 for <title>, which sites follow with their own name
   (标题_某某县人民政府, 标题 - 某某网). 0 when there is none. */
static int
html_title(const UChar *u, int32_t n, int32_t *ts, int32_t *te, int *whole)
{
  int32_t lim = n < 65536 ? n : 65536, tag = -1;
  for (int32_t k = 0; k + 6 < lim; k++) {
    if (u[k] != '<')
      continue;
    int32_t ns, ne;
    if (word16(u, k + 1, n, "meta") &&
        (html_attr(u, k + 5, n, "name", &ns, &ne) ||
         html_attr(u, k + 5, n, "property", &ns, &ne)) &&
        ((ne - ns == 12 && word16(u, ns, n, "articletitle")) ||
         (ne - ns == 8 && word16(u, ns, n, "og:title"))) &&
        html_attr(u, k + 5, n, "content", ts, te) && *te > *ts) {
      *whole = 1;
      return 1;
    }
    if (tag < 0 && word16(u, k + 1, n, "title>"))
      tag = k + 7;
  }
  if (tag < 0)
    return 0;
  int32_t e = tag;
  while (e < n && u[e] != '<')
    e++;
  *ts    = tag;
  *te    = e;
  *whole = 0;
  return e > tag;
}

/* Drops the lines of H before the first one that is the article's title
   [TS, TE) of U (WHOLE 0: the start of it, up to a separator): what comes
   before it is the site's banner, menus and breadcrumbs. */
static void
html_from_title(HtmlOut *h, const UChar *u, int32_t ts, int32_t te, int whole)
{
  while (ts < te && (u[ts] == ' ' || u[ts] == '\n' || u[ts] == '\t' ||
                     u[ts] == '\r' || u[ts] == 0x3000))
    ts++;
  while (te > ts &&
         (u[te - 1] == ' ' || u[te - 1] == '\n' || u[te - 1] == '\t' ||
          u[te - 1] == '\r' || u[te - 1] == 0x3000))
    te--;
  for (int32_t ls = 0; ls < h->n;) {
    int32_t le = ls;
    while (le < h->n && h->u[le] != '\n')
      le++;
    int32_t len = le - ls;
    int     hit = 0;
    if (len >= 4 && len <= te - ts &&
        !memcmp(h->u + ls, u + ts, (size_t)len * sizeof *u)) {
      UChar next = ts + len < te ? u[ts + len] : 0;
      hit        = whole ? len == te - ts
                         : !next || next == '_' || next == '-' || next == '|' ||
                      next == ' ' || next == 0x2014 || next == 0x2013 ||
                      next == 0xFF5C || next == 0x3000;
    }
    if (hit) {
      if (ls > 0) {
        memmove(h->u, h->u + ls, (size_t)(h->n - ls) * sizeof *h->u);
        memmove(h->at, h->at + ls, (size_t)(h->n - ls) * sizeof *h->at);
        h->n -= ls;
      }
      return;
    }
    ls = le + 1;
  }
}

/* The text of an HTML page as a reader sees it: tags, comments, the head,
   scripts and styles left out; the start and end of a block (p, div, br,
   h1, li, tr) a line break, of a table cell a space; character references
   read; blanks inside a block one space. The text in *OUT, *OUTN units;
   (*AT)[k] the offset, in characters of U, of the character that gave
   unit k. At most one unit longer than U: the last line break. */
static NgStatus
html_text(const UChar *u, int32_t n, UChar **out, int32_t *outn, long **at)
{
  static const char *const hidden[] = { "script", "style",    "head",
                                        "title",  "noscript", "template",
                                        "iframe", "object",   "svg",
                                        "select", NULL };
  static const char *const block[]  = {
     "p",       "div",     "br",     "h1",     "h2",         "h3",
     "h4",      "h5",      "h6",     "li",     "ul",         "ol",
     "tr",      "table",   "dl",     "dt",     "dd",         "section",
     "article", "header",  "footer", "nav",    "aside",      "blockquote",
     "pre",     "hr",      "form",   "center", "address",    "figure",
     "main",    "caption", "tbody",  "thead",  "figcaption", "body",
     NULL
  };
  HtmlOut h = { 0 };
  h.u       = ng_malloc(((size_t)n + 2) * sizeof *h.u);
  h.at      = ng_malloc(((size_t)n + 2) * sizeof *h.at);
  if (!h.u || !h.at) {
    ng_free(h.u);
    ng_free(h.at);
    return NG_ERR_NOMEM;
  }
  int32_t i  = n && u[0] == 0xFEFF; /* a BOM is no character of the file */
  long    cp = 0;                   /* characters of U before unit i */
  while (i < n) {
    long    here = cp;
    int32_t k    = i;
    UChar32 ch;
    U16_NEXT(u, i, n, ch);
    cp++;
    if (ch == '<' && i < n &&
        (u[i] == '!' || u[i] == '/' || u[i] == '?' ||
         (lower16(u[i]) >= 'a' && lower16(u[i]) <= 'z'))) {
      k = i;
      if (word16(u, k, n, "!--")) { /* a comment, to --> */
        for (k += 3; k < n && !word16(u, k, n, "-->"); k++)
          ;
        k = k < n ? k + 3 : n;
      } else {
        int     close = u[k] == '/';
        int32_t ns = k + close, ne = ns;
        while (ne < n && ((lower16(u[ne]) >= 'a' && lower16(u[ne]) <= 'z') ||
                          (u[ne] >= '0' && u[ne] <= '9')))
          ne++;
        UChar q = 0; /* to the tag's >, past quoted values */
        for (k = ne; k < n && (q || u[k] != '>'); k++)
          if (q && u[k] == q)
            q = 0;
          else if (!q && (u[k] == '"' || u[k] == '\''))
            q = u[k];
        int self    = k < n && u[k - 1] == '/';
        k           = k < n ? k + 1 : n;
        int32_t len = ne - ns;
        if (!close && !self && tag_in(u, ns, len, n, hidden)) {
          /* its content too, to </name>; a head also ends at <body */
          int head = tag_is(u, ns, len, n, "head");
          for (; k < n; k++) {
            if (u[k] != '<')
              continue;
            if (head && word16(u, k + 1, n, "body"))
              break;
            if (k + 2 + len <= n && u[k + 1] == '/') {
              int32_t j = 0;
              while (j < len && lower16(u[k + 2 + j]) == lower16(u[ns + j]))
                j++;
              if (j == len)
                break;
            }
          }
        } else if (tag_in(u, ns, len, n, block)) {
          html_put(&h, '\n', here);
          if (!close && len == 2 && lower16(u[ns]) == 'h' && u[ns + 1] >= '1' &&
              u[ns + 1] <= '6')
            h.heading = 1;
        } else if (tag_is(u, ns, len, n, "a"))
          h.anchor = !close;
        else if (tag_is(u, ns, len, n, "td") || tag_is(u, ns, len, n, "th"))
          html_put(&h, ' ', here);
      }
      while (i < k) { /* count the characters left out */
        U16_NEXT(u, i, n, ch);
        cp++;
      }
      continue;
    }
    if (ch == '&') {
      int32_t e;
      UChar32 v = html_entity(u, i, n, &e);
      if (v >= 0) {
        while (i < e) {
          U16_NEXT(u, i, n, ch);
          cp++;
        }
        ch = v;
      }
    }
    if (ch == '\n' || ch == '\r') {
      /* a line break of the source inside a block: a space between words
         of Latin letters, nothing beside a Han character or a full-width
         mark (as browsers show it) */
      int32_t k2 = i;
      while (k2 < n &&
             (u[k2] == ' ' || u[k2] == '\t' || u[k2] == '\n' || u[k2] == '\r'))
        k2++;
      int wide = (h.n && h.u[h.n - 1] >= 0x2E80) || (k2 < n && u[k2] >= 0x2E80);
      cp += k2 - i; /* blanks are one unit each */
      i = k2;
      if (wide)
        continue;
    }
    if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f')
      ch = ' ';
    html_put(&h, ch, here);
  }
  if (h.n && h.u[h.n - 1] != '\n')
    html_put(&h, '\n', cp);
  int32_t ts, te;
  int     whole;
  if (html_title(u, n, &ts, &te, &whole))
    html_from_title(&h, u, ts, te, whole);
  /* the site's name from the head, as a last line, where a page of text
     names its site in the footer (the footer of the page may be dropped
     as furniture); the head's characters were none of the text, so there
     is room */
  int32_t vs, ve;
  if (html_site_name(u, n, &vs, &ve) && h.n + (ve - vs) + 2 <= n + 2) {
    long c = 0; /* the characters of U before the name */
    for (int32_t q = 0; q < vs;) {
      UChar32 x;
      U16_NEXT(u, q, vs, x);
      (void)x;
      c++;
    }
    for (int32_t q = 0; q < ve - vs; q++) {
      h.u[h.n]    = u[vs + q];
      h.at[h.n++] = c + q;
    }
    h.u[h.n]    = '\n';
    h.at[h.n++] = c + (ve - vs);
  }
  h.u[h.n] = 0;
  *out     = h.u;
  *outn    = h.n;
  *at      = h.at;
  return NG_OK;
}

/* ---------------------------------------------------------------- cleaning */

/* The decoded file, one entry per character: simplified and original code
   points and the character's offset in the file. */
typedef struct {
  int32_t  *s, *o;
  uint32_t *at;
  size_t    n;
} Chars;

static void
chars_free(Chars *c)
{
  ng_free(c->s);
  ng_free(c->o);
  ng_free(c->at);
}

/* Folds widths and line ends of U into C; *trad says whether the text is
   written in traditional characters (more of its Han characters are
   traditional-only than simplified-only, and at least 2%), and only then
   are characters simplified, so that 著 or 乾 in simplified text stay as
   they are. */
static NgStatus
clean_text(NgIntake    *in,
           const UChar *u,
           int32_t      n,
           const long  *pos,
           Chars       *c,
           int         *trad)
{
  int32_t i   = 0;
  long    at  = 0;
  size_t  han = 0, changed = 0, simp = 0;
  c->s  = ng_malloc(((size_t)n + 1) * sizeof *c->s);
  c->o  = ng_malloc(((size_t)n + 1) * sizeof *c->o);
  c->at = ng_malloc(((size_t)n + 1) * sizeof *c->at);
  if (!c->s || !c->o || !c->at)
    return NG_ERR_NOMEM;
  c->n = 0;
  while (i < n) {
    UChar32 ch;
    long    here = pos ? pos[i] : at++;
    U16_NEXT(u, i, n, ch);
    if (ch == '\r') {
      if (i < n && u[i] == '\n')
        continue; /* CRLF: the LF makes the line end */
      ch = '\n';
    }
    if (ch == 0xFEFF || ch == 0x2028 || ch == 0x2029) {
      if (ch == 0xFEFF) {
        if (here == 0 && !pos)
          at = 0; /* a BOM read as a character is not one of the file */
        continue;
      }
      ch = '\n';
    }
    int32_t was = ch;
    ch          = fold_width(in, ch);
    if (ch >= 0x4E00 && ch <= 0x9FFF) {
      han++;
      if (simplify_char(in, ch) != ch)
        changed++;
      else
        simp += simplified_only(in, ch);
    }
    /* the original keeps full-width brackets: names are written with
       them (某某(集团)有限公司, 中国(某省)自由贸易试验区) and keep that form
       as an altLabel, while the rules read the folded text */
    c->o[c->n]    = was == 0xFF08 || was == 0xFF09 ? was : ch;
    c->s[c->n]    = ch;
    c->at[c->n++] = (uint32_t)here;
  }
  *trad = han > 0 && changed * 50 >= han && changed > simp;
  if (*trad)
    for (size_t k = 0; k < c->n; k++)
      if (c->o[k] == c->s[k])
        c->s[k] = simplify_char(in, c->o[k]);
  return NG_OK;
}

/* ---------------------------------------------------------------- entry */

static char *
base_name(const char *path)
{
  const char *s = strrchr(path, '/');
  return ng_strdup(s ? s + 1 : path);
}

/* The number of ASCII digits at P (at most MAX), its value in *V. */
static int
digits_at(const char *p, int max, int *v)
{
  int n = 0;
  *v    = 0;
  while (n < max && p[n] >= '0' && p[n] <= '9')
    *v = *v * 10 + (p[n++] - '0');
  return n;
}

static int
alnum_at(const char *p)
{
  return (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
         (*p >= 'A' && *p <= 'Z');
}

/* A date that PATH names, as scraped news is often filed
   (2023-09-01_page.txt, 20230901_04.txt, 2023/09/01/index.txt,
   人民日报2023年9月1日第4版.txt), written "YYYY-MM-DD" into OUT;
   the last one when there are several. 0 when there is none: an
   8-digit run within a longer number or word (a hash, a timestamp) is no
   date. */
static int
path_date(const char *path, char out[32])
{
  int found = 0;
  for (const char *p = path; *p; p++) {
    int y, m, d, n;
    if (p > path && alnum_at(p - 1))
      continue;
    if ((n = digits_at(p, 9, &y)) == 8) {
      d = y % 100;
      m = y / 100 % 100;
      y /= 10000;
      if (alnum_at(p + 8))
        continue;
    } else if (n == 4) {
      const char *q   = p + 4;
      char        sep = *q;
      int         han = !strncmp(q, "年", 3);
      if (!han && sep != '-' && sep != '_' && sep != '.' && sep != '/')
        continue;
      q += han ? 3 : 1;
      if (!(n = digits_at(q, 3, &m)) || n > 2)
        continue;
      q += n;
      if (han ? strncmp(q, "月", 3) : *q != sep)
        continue;
      q += han ? 3 : 1;
      if (!(n = digits_at(q, 3, &d)) || n > 2)
        continue;
      q += n;
      if (han ? strncmp(q, "日", 3) : alnum_at(q))
        continue;
    } else
      continue;
    found |= ymd_into(y, m, d, out);
  }
  return found;
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
  NgBuf b = { 0 };
  ng_buf_printf(&b, "%016llx", (unsigned long long)h);
  return ng_buf_take(&b);
}

/* Whether the converter ENC reads 16 or 32 bit units, where NUL bytes are
   ordinary. */
static int
wide_encoding(const char *enc)
{
  return !strncasecmp(enc, "UTF-16", 6) || !strncasecmp(enc, "UTF16", 5) ||
         !strncasecmp(enc, "UTF-32", 6) || !strncasecmp(enc, "UTF32", 5) ||
         !strncasecmp(enc, "UCS-2", 5) || !strncasecmp(enc, "UCS-4", 5);
}

/* The first byte a text file would not hold, or -1: a NUL, or the first
   of many control bytes (more than 1% of the first 64 KB). *what says
   which. */
static long long
binary_at(const char *bytes, size_t n, const char **what)
{
  const char *z = memchr(bytes, 0, n);
  if (z) {
    *what = "NUL";
    return (long long)(z - bytes);
  }
  /* bit c: the control bytes counted (not \t \n \v \f \r, 0x1A, 0x1B) */
  const uint32_t counted =
    ~(uint32_t)((1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') |
                (1u << '\r') | (1u << 0x1A) | (1u << 0x1B));
  size_t    lim = n > 65536 ? 65536 : n, ctl = 0;
  long long first = -1;
  for (size_t i = 0; i < lim; i++) {
    unsigned char c = (unsigned char)bytes[i];
    if (c < 0x20 && (counted >> c & 1)) {
      if (first < 0)
        first = (long long)i;
      ctl++;
    }
  }
  *what = "control";
  return ctl >= 4 && ctl * 100 > lim ? first : -1;
}

NgStatus
ng_intake_bytes(NgIntake              *in,
                const char            *name,
                const char            *bytes,
                size_t                 n,
                const NgIntakeOptions *opt,
                NgDocument           **out,
                char                 **errmsg)
{
  NgStatus    st   = NG_OK;
  UChar      *u    = NULL;
  int32_t     un   = 0;
  size_t      skip = 0;
  Chars       c    = { NULL, NULL, NULL, 0 };
  NgDocument *doc  = NULL;
  const char *enc;
  size_t      bad = 0;
  long long   bin;
  const char *what = "";

  *errmsg = NULL;
  if (n == 0) {
    *errmsg = errf(name, "empty file");
    return NG_ERR_TEXT;
  }
  if (opt && opt->encoding) {
    enc = opt->encoding;
    if (!wide_encoding(enc) && (bin = binary_at(bytes, n, &what)) >= 0) {
      *errmsg =
        errf(name, "not a text file (%s byte at offset %lld)", what, bin);
      return NG_ERR_TEXT;
    }
  } else {
    enc = detect(bytes, n, &skip, &bad);
    if (!enc) {
      *errmsg = errf(name, "byte %zu: invalid UTF-8 byte sequence", bad);
      return NG_ERR_TEXT;
    }
    if (!wide_encoding(enc) && (bin = binary_at(bytes, n, &what)) >= 0) {
      *errmsg =
        errf(name, "not a text file (%s byte at offset %lld)", what, bin);
      return NG_ERR_TEXT;
    }
  }
  if (!(opt && opt->encoding) && !strcmp(enc, "UTF-8"))
    st = decode_utf8(bytes + skip, n - skip, &u, &un, name, errmsg);
  else
    st = decode(name, enc, bytes + skip, n - skip, skip, &u, &un, errmsg);
  if (st == NG_ERR_TEXT && !(opt && opt->encoding) &&
      (!strcmp(enc, "GB18030") || !strcmp(enc, "Big5"))) {
    /* The detector can take one for the other on a short text: the other
       one is right when it reads the whole file. */
    const char *other = !strcmp(enc, "Big5") ? "GB18030" : "Big5";
    char       *msg2  = NULL;
    if (!decode(name, other, bytes, n, 0, &u, &un, &msg2)) {
      enc = other;
      ng_free(*errmsg);
      *errmsg = NULL;
      st      = NG_OK;
    }
    ng_free(msg2);
  }
  if (st)
    goto done;
  {
    /* Decoded control characters: binary data read as UTF-16. */
    int32_t lim = un > 65536 ? 65536 : un, ctl = 0, first = -1;
    for (int32_t i = 0; i < lim; i++)
      if ((u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r' &&
           u[i] != '\f' && u[i] != '\v') ||
          u[i] == 0xFFFE || u[i] == 0xFFFF) {
        if (first < 0)
          first = i;
        ctl++;
      }
    if (ctl >= 4 && ctl * 100 > lim) {
      *errmsg = errf(name,
                     "not a text file (control character %d of the "
                     "%s text)",
                     (int)first,
                     enc);
      st      = NG_ERR_TEXT;
      goto done;
    }
  }
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
  char pubdate[32] = "";
  int  html        = is_html(u, un);
  if (html) {
    UChar  *t   = NULL;
    int32_t tn  = 0;
    long   *pos = NULL;
    if (!html_pubdate(u, un, pubdate))
      wechat_date(u, un, pubdate);
    NG_TRY(st, html_text(u, un, &t, &tn, &pos));
    st = clean_text(in, t, tn, pos, &c, &doc->traditional);
    ng_free(t);
    ng_free(pos);
    if (st)
      goto done;
  } else
    NG_TRY(st, clean_text(in, u, un, NULL, &c, &doc->traditional));
  ng_free(u);
  u = NULL;
  {
    NgPageChars pc = { c.s, c.o, c.at, c.n };
    char        named[32];
    const char *date = pubdate[0]               ? pubdate
                       : opt && opt->date       ? opt->date
                       : path_date(name, named) ? named
                                                : NULL;
    NG_TRY(
      st,
      ng_page_articles(in->rules, &pc, date, &doc->articles, &doc->n_articles));
  }
  if (!doc->n_articles) {
    *errmsg = errf(name,
                   "%s",
                   html ? "no article text (a web page of links, menus or "
                          "scripts only)"
                        : "empty file (no text)");
    st      = NG_ERR_TEXT;
  }
done:
  ng_free(u);
  chars_free(&c);
  if (st) {
    ng_document_free(doc);
    if (!*errmsg)
      *errmsg = errf(name, "%s", ng_strerror(st));
    return st;
  }
  *out = doc;
  return NG_OK;
}

/* "Permission denied" as "permission denied": messages are lower case. */
static char *
sys_error(const char *path, const char *what, int e)
{
  NgBuf m = { 0 };
  ng_buf_printf(&m, "%s: %s%s", path, what, strerror(e));
  if (m.data) {
    char *s = m.data + strlen(path) + 2 + strlen(what);
    if (*s >= 'A' && *s <= 'Z' && (s[1] < 'A' || s[1] > 'Z'))
      *s = (char)(*s - 'A' + 'a');
  }
  return ng_buf_take(&m);
}

NgStatus
ng_intake_file(NgIntake              *in,
               const char            *path,
               const NgIntakeOptions *opt,
               NgDocument           **out,
               char                 **errmsg)
{
  *errmsg = NULL;
  struct stat sb;
  int         in_std = !strcmp(path, "-");
  int         fd     = in_std ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e   = errno; /* a folder that cannot be opened is still a folder */
    *errmsg = sys_error(
      path, "", stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) ? EISDIR : e);
    return NG_ERR_IO;
  }
  if (fstat(fd, &sb) != 0)
    memset(&sb, 0, sizeof sb);
  if (S_ISDIR(sb.st_mode)) {
    close(fd);
    *errmsg = sys_error(path, "", EISDIR);
    return NG_ERR_IO;
  }
  /* The whole file in one buffer, sized by fstat (a file that grows
     meanwhile is still read to its end). */
  size_t cap =
    S_ISREG(sb.st_mode) && sb.st_size > 0 ? (size_t)sb.st_size + 1 : 65536;
  size_t len = 0;
  char  *buf = ng_malloc(cap);
  int    bad = 0;
  if (!buf) {
    close(fd);
    return NG_ERR_NOMEM;
  }
  for (;;) {
    if (len == cap) {
      char *v = ng_realloc(buf, cap * 2);
      if (!v) {
        if (!in_std)
          close(fd);
        ng_free(buf);
        return NG_ERR_NOMEM;
      }
      buf = v;
      cap *= 2;
    }
    ssize_t k = read(fd, buf + len, cap - len);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0)
      bad = errno;
    if (k <= 0)
      break;
    len += (size_t)k;
  }
  if (!in_std)
    close(fd);
  if (bad) {
    *errmsg = sys_error(path, "read error: ", bad);
    ng_free(buf);
    return NG_ERR_IO;
  }
  /* Standard input is named by its content (stdin-1a2b3c4d), so that the
     same text piped again is found unchanged and another is a new source. */
  char *named = NULL;
  if (in_std) {
    char *h  = hash_hex(len ? buf : "", len);
    NgBuf nb = { 0 };
    if (h)
      ng_buf_printf(&nb, "stdin-%.8s", h);
    ng_free(h);
    if (!(named = ng_buf_take(&nb))) {
      ng_free(buf);
      return NG_ERR_NOMEM;
    }
  }
  NgStatus st;
  if (ng_pdf_is(buf, len)) {
    /* a PDF is read as the text pdftotext finds in it */
    NgBuf text = { 0 };
    st = ng_pdf_text(path, named ? named : path, buf, len, &text, errmsg);
    ng_free(buf);
    buf = NULL;
    if (!st)
      st = ng_intake_bytes(in,
                           named ? named : path,
                           text.len ? text.data : "",
                           text.len,
                           opt,
                           out,
                           errmsg);
    ng_buf_free(&text);
  } else {
    st = ng_intake_bytes(
      in, named ? named : path, len ? buf : "", len, opt, out, errmsg);
  }
  ng_free(named);
  ng_free(buf);
  return st;
}

void
ng_document_free(NgDocument *doc)
{
  if (!doc)
    return;
  for (size_t i = 0; i < doc->n_articles; i++)
    ng_article_clear(&doc->articles[i]);
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
  if (end > a->len)
    end = a->len;
  if (start > end)
    start = end;
  if (!a->orig)
    return ng_strndup(a->text + start, end - start);
  if (a->aligned)
    return ng_strndup(a->orig + start, end - start);
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
