/* extract/page.c -- page repair, article splitting, bylines, dates and
   sentences over decoded characters (see page.h).

   The file is read as lines. Each line is furniture (dropped), a headline
   candidate, a publication line, a byline or text. Text lines that end
   inside a sentence are joined with the lines that continue them, across
   blank lines and furniture, into paragraphs. An article starts at a
   headline line followed by a news lead (本报讯, 新华社…电), or after a
   closing byline. Everything here is linear in the size of the file: the
   regular expressions only ever see short lines or the first characters of
   a paragraph. */
#include "extract/page.h"

#include "graph/buf.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

/* Lines longer than this (in characters) are always text. */
enum { SHORT_LINE = 64, BYLINE_LINE = 50, META_LINE = 120, KEPT_LINE = 16 };

/* The longest sentence, in bytes (about 500 Han characters), and the most
   byline names an article keeps (a page of nothing but bylines stays
   linear). */
enum { MAX_SENTENCE = 1500, MAX_BYLINES = 64 };

enum { ROLE_NONE = -1 };

/* What a line must hold for one furniture pattern to match it whole: a
   decimal digit (DIGIT) or one of the literal strings lits[lit0, lit0 +
   n_lits) of the rules; ANY when the pattern gave no such thing to test. */
typedef struct {
  URegularExpression *re;
  int                 any, digit;
  size_t              lit0, n_lits;
} Furn;

/* A literal a furniture pattern needs, as code points cp[at, at + n) of
   the rules. */
typedef struct {
  int32_t first; /* cp[at] */
  size_t  at, n;
  size_t  furn; /* the pattern that needs it */
} Lit;

struct NgPageRules {
  URegularExpression *furniture; /* every furniture pattern, or NULL */
  URegularExpression *kept;      /* furniture.txt's "meta:" patterns: lines kept
                                    as publication lines (a masthead), or NULL */
  int      kept_any;             /* kept has no needs: it is always run */
  int      kept_digit;           /* a digit meets kept's needs */
  Lit     *kept_lits;            /* or one of these (furn unused) */
  size_t   n_kept_lits;
  int32_t *kept_cp;
  Furn    *furn; /* each pattern alone, with its needs */
  size_t   n_furn;
  int      furn_whole; /* patterns that must be run together
                          (back references, inline flags):
                          only `furniture` is used */
  Lit     *lits;       /* sorted by first code point */
  size_t   n_lits;
  int32_t *lit_cp;
  size_t   n_lit_cp;
  uint64_t lit_first[64];   /* bit (c & 4095) of the first code
                               points of lits */
  URegularExpression *lead; /* 本报讯, 新华社…电 at a paragraph start */
  URegularExpression *rlead;    /* 记者…报道: at a paragraph start */
  URegularExpression *date;     /* a date in a publication line */
  URegularExpression *dateline; /* …2023年3月14日讯 */
  int32_t            *surnames; /* sorted single-character surnames */
  size_t              n_surnames;
  int32_t            *compound; /* two-character surnames, pairs */
  size_t              n_compound;
  char **elems; /* elements of minority names (帕提, 古丽), sorted */
  size_t n_elems;
  char  *elem_text; /* the file the elements point into */
};

/* ---------------------------------------------------------------- rules */

static NgStatus
compile(const char *pat, URegularExpression **out)
{
  UErrorCode err = U_ZERO_ERROR;
  int32_t    n   = 0;
  u_strFromUTF8(NULL, 0, &n, pat, -1, &err);
  err      = U_ZERO_ERROR;
  UChar *u = ng_malloc(((size_t)n + 1) * sizeof *u);
  if (!u)
    return NG_ERR_NOMEM;
  u_strFromUTF8(u, n + 1, NULL, pat, -1, &err);
  if (U_FAILURE(err)) {
    ng_free(u);
    return NG_ERR_SYNTAX;
  }
  UParseError pe;
  *out = uregex_open(u, n, 0, &pe, &err);
  ng_free(u);
  return U_FAILURE(err) ? NG_ERR_SYNTAX : NG_OK;
}

/* Reads PATH into *out; NG_ERR_NOT_FOUND when it is not there. */
static NgStatus
slurp(const char *path, NgBuf *out)
{
  FILE *f = fopen(path, "rb");
  if (!f)
    return NG_ERR_NOT_FOUND;
  char   chunk[4096];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (ng_buf_append(out, chunk, k)) {
      fclose(f);
      return NG_ERR_NOMEM;
    }
  fclose(f);
  return ng_buf_putc(out, '\0') ? NG_ERR_NOMEM : NG_OK;
}

/* The next data line of a file held in *p: blank lines and # comments are
   skipped, surrounding spaces trimmed; NULL at the end. */
static char *
next_line(char **p, int *lineno)
{
  while (**p) {
    char *s = *p, *e = strchr(s, '\n');
    if (e) {
      *e = '\0';
      *p = e + 1;
    } else
      *p = s + strlen(s);
    ++*lineno;
    while (*s == ' ' || *s == '\t')
      s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
      s[--n] = '\0';
    if (*s && *s != '#')
      return s;
  }
  return NULL;
}

/* ---------------------------------------------------------------- needs */

/* What a furniture pattern needs a line to hold, read from the pattern's
   syntax: a decimal digit, or one of a set of literal strings. Only a
   subset of ICU's syntax is read (literals, escapes, classes, groups,
   alternatives, quantifiers); anything else leaves the pattern without
   needs, so it is always run. A need is only ever a thing every match must
   contain, so testing it first changes no answer. */
typedef struct {
  int    none;  /* nothing known: the pattern is always run */
  int    digit; /* a \d satisfies it */
  NgBuf  cp;    /* int32_t code points, each string ended by -1 */
  size_t n_str, min_len;
} Need;

typedef struct {
  const char *s;
  size_t      i, n;
  int         bail;  /* syntax beyond this reader */
  int         whole; /* numbered groups or inline flags: run the patterns
                        together, as one expression */
  int nomem;
} Reader;

static void
need_free(Need *x)
{
  ng_buf_free(&x->cp);
  memset(x, 0, sizeof *x);
  x->none = 1;
}

static Need
need_none(void)
{
  Need x;
  memset(&x, 0, sizeof x);
  x.none = 1;
  return x;
}

/* A need of the one string CP[0, N). */
static Need
need_string(Reader *d, const int32_t *cp, size_t n)
{
  Need    x   = need_none();
  int32_t end = -1;
  if (!n)
    return x;
  if (ng_buf_append(&x.cp, (const char *)cp, n * sizeof *cp) ||
      ng_buf_append(&x.cp, (const char *)&end, sizeof end)) {
    d->nomem = 1;
    need_free(&x);
    return x;
  }
  x.none    = 0;
  x.n_str   = 1;
  x.min_len = n;
  return x;
}

/* A is satisfied when A or B is; B is consumed. */
static void
need_union(Reader *d, Need *a, Need *b)
{
  if (a->none || b->none) {
    need_free(a);
    need_free(b);
    return;
  }
  if (b->cp.len && ng_buf_append(&a->cp, b->cp.data, b->cp.len))
    d->nomem = 1;
  a->digit |= b->digit;
  if (b->n_str && (!a->n_str || b->min_len < a->min_len))
    a->min_len = b->min_len;
  a->n_str += b->n_str;
  need_free(b);
}

/* Longer and fewer strings make a rarer need. */
static long
need_score(const Need *x)
{
  if (x->none)
    return -1;
  size_t len = x->digit || !x->n_str ? 1 : x->min_len;
  return (long)len * 64 - (long)x->n_str - x->digit;
}

/* Keeps in BEST the rarer of BEST and C; C is consumed. */
static void
need_keep_better(Need *best, Need *c)
{
  if (need_score(c) > need_score(best)) {
    Need t = *best;
    *best  = *c;
    *c     = t;
  }
  need_free(c);
}

/* Skips a [...] set (nested sets too); 0 when it is beyond this reader. */
static int
skip_set(Reader *d)
{
  int depth = 0;
  d->i++;
  if (d->i < d->n && d->s[d->i] == '^')
    d->i++;
  if (d->i < d->n && d->s[d->i] == ']')
    return 0;
  depth = 1;
  while (d->i < d->n) {
    char ch = d->s[d->i];
    if (ch == '\\') {
      if (d->i + 1 >= d->n || d->s[d->i + 1] == 'Q')
        return 0;
      d->i += 2;
      continue;
    }
    d->i++;
    if (ch == '[')
      depth++;
    else if (ch == ']' && --depth == 0)
      return 1;
  }
  return 0;
}

/* Reads a quantifier if one follows: *min is its least count (1 when
   there is none), *quant whether there is one. 0 on bad syntax. */
static int
read_quant(Reader *d, long *min, int *quant)
{
  *min   = 1;
  *quant = 0;
  if (d->i >= d->n)
    return 1;
  char ch = d->s[d->i];
  if (ch == '?' || ch == '*') {
    *min = 0;
    d->i++;
  } else if (ch == '+')
    d->i++;
  else if (ch == '{') {
    size_t k = d->i + 1;
    long   v = 0;
    if (k >= d->n || d->s[k] < '0' || d->s[k] > '9')
      return 0;
    while (k < d->n && d->s[k] >= '0' && d->s[k] <= '9' && v < 100000)
      v = v * 10 + (d->s[k++] - '0');
    if (k < d->n && d->s[k] == ',') {
      k++;
      while (k < d->n && d->s[k] >= '0' && d->s[k] <= '9')
        k++;
    }
    if (k >= d->n || d->s[k] != '}')
      return 0;
    d->i = k + 1;
    *min = v;
  } else
    return 1;
  *quant = 1;
  if (d->i < d->n && (d->s[d->i] == '?' || d->s[d->i] == '+'))
    d->i++; /* lazy or possessive */
  return 1;
}

static Need read_alternatives(Reader *d);

/* One sequence of items, up to | or ) or the end: the rarest need among
   its items that must match, a run of plain literals counting as one
   string. */
static Need
read_sequence(Reader *d)
{
  Need    best = need_none();
  int32_t run[64];
  size_t  n_run = 0;
  while (d->i < d->n && !d->bail && !d->nomem) {
    char    ch   = d->s[d->i];
    Need    item = need_none();
    int32_t lit  = -1;
    if (ch == '|' || ch == ')')
      break;
    if (ch == '(') {
      d->i++;
      size_t look = d->i + 1 < d->n && d->s[d->i] == '?'
                      ? d->s[d->i + 1] == '=' || d->s[d->i + 1] == '!' ? 2
                        : d->i + 2 < d->n && d->s[d->i + 1] == '<' &&
                            (d->s[d->i + 2] == '=' || d->s[d->i + 2] == '!')
                          ? 3
                          : 0
                      : 0;
      if (look)
        d->i += look;
      else if (d->i < d->n && d->s[d->i] == '?') {
        if (d->i + 1 < d->n && d->s[d->i + 1] == ':')
          d->i += 2;
        else {
          d->whole = d->bail = 1;
          break;
        }
      }
      item = read_alternatives(d);
      if (d->bail || d->i >= d->n || d->s[d->i] != ')') {
        need_free(&item);
        d->bail = 1;
        break;
      }
      d->i++;
      if (look) /* a lookaround ((?=…), (?<!…)) matches no text */
        need_free(&item);
    } else if (ch == '[') {
      if (!skip_set(d)) {
        d->bail = 1;
        break;
      }
    } else if (ch == '.' || ch == '^' || ch == '$')
      d->i++;
    else if (ch == '\\') {
      if (d->i + 1 >= d->n) {
        d->bail = 1;
        break;
      }
      char e = d->s[d->i + 1];
      d->i += 2;
      if ((e >= '0' && e <= '9') || e == 'k') {
        d->whole = d->bail = 1; /* a back reference */
        break;
      }
      if (e == 'd') {
        item.none  = 0;
        item.digit = 1;
      } else if (e && strchr("sSwWDhHvVRXbBAzZG", e))
        ;
      else if ((unsigned char)e < 0x80 && !(e >= 'a' && e <= 'z') &&
               !(e >= 'A' && e <= 'Z'))
        lit = (unsigned char)e;
      else {
        d->bail = 1;
        break;
      }
    } else if (ch == '*' || ch == '+' || ch == '?' || ch == '{') {
      d->bail = 1;
      break;
    } else {
      int32_t k = (int32_t)d->i, c;
      U8_NEXT(d->s, k, (int32_t)d->n, c);
      d->i = (size_t)k;
      if (c >= 0 && c != 0xFFFD)
        lit = c;
    }
    long min;
    int  quant;
    if (!read_quant(d, &min, &quant)) {
      need_free(&item);
      d->bail = 1;
      break;
    }
    if (lit >= 0 && !quant && n_run < sizeof run / sizeof *run) {
      run[n_run++] = lit;
      continue;
    }
    Need r = need_string(d, run, n_run);
    need_keep_better(&best, &r);
    n_run = 0;
    if (lit >= 0 && min >= 1) {
      need_free(&item);
      item = need_string(d, &lit, 1);
    }
    if (min < 1)
      need_free(&item);
    need_keep_better(&best, &item);
  }
  Need r = need_string(d, run, n_run);
  need_keep_better(&best, &r);
  return best;
}

static Need
read_alternatives(Reader *d)
{
  Need acc = read_sequence(d);
  while (!d->bail && !d->nomem && d->i < d->n && d->s[d->i] == '|') {
    d->i++;
    Need r = read_sequence(d);
    need_union(d, &acc, &r);
  }
  return acc;
}

static int
cmp_lit(const void *a, const void *b)
{
  const Lit *x = a, *y = b;
  if (x->first != y->first)
    return (x->first > y->first) - (x->first < y->first);
  return (x->at > y->at) - (x->at < y->at);
}

/* Reads the needs of pattern LINE into furniture pattern F of R. */
static NgStatus
add_needs(NgPageRules *r, size_t f, const char *line)
{
  Reader d    = { line, 0, strlen(line), 0, 0, 0 };
  Need   need = read_alternatives(&d);
  Furn  *fu   = &r->furn[f];
  if (d.i < d.n)
    d.bail = 1;
  r->furn_whole |= d.whole;
  fu->any = d.bail || need.none;
  if (d.nomem) {
    need_free(&need);
    return NG_ERR_NOMEM;
  }
  if (fu->any) {
    need_free(&need);
    return NG_OK;
  }
  fu->digit           = need.digit;
  fu->lit0            = r->n_lits;
  fu->n_lits          = need.n_str;
  size_t         n_cp = need.cp.len / sizeof(int32_t);
  const int32_t *cp   = (const int32_t *)need.cp.data;
  int32_t       *v    = ng_realloc(r->lit_cp, (r->n_lit_cp + n_cp) * sizeof *v);
  Lit           *l = ng_realloc(r->lits, (r->n_lits + need.n_str) * sizeof *l);
  if (v)
    r->lit_cp = v;
  if (l)
    r->lits = l;
  if (!v || !l) {
    need_free(&need);
    return NG_ERR_NOMEM;
  }
  for (size_t i = 0, start = 0; i < n_cp; i++) {
    r->lit_cp[r->n_lit_cp + i] = cp[i];
    if (cp[i] >= 0)
      continue;
    Lit *x   = &r->lits[r->n_lits++];
    x->first = cp[start];
    x->at    = r->n_lit_cp + start;
    x->n     = i - start;
    x->furn  = f;
    start    = i + 1;
  }
  r->n_lit_cp += n_cp;
  need_free(&need);
  return NG_OK;
}

/* Reads the needs of the "meta:" patterns, PATTERN, into R. */
static NgStatus
kept_needs(NgPageRules *r, const char *pattern)
{
  Reader d    = { pattern, 0, strlen(pattern), 0, 0, 0 };
  Need   need = read_alternatives(&d);
  if (d.i < d.n)
    d.bail = 1;
  if (d.nomem) {
    need_free(&need);
    return NG_ERR_NOMEM;
  }
  r->kept_any   = d.bail || need.none;
  r->kept_digit = need.digit;
  size_t n_cp   = need.cp.len / sizeof(int32_t);
  if (r->kept_any || !n_cp) {
    need_free(&need);
    return NG_OK;
  }
  r->kept_cp   = ng_malloc(n_cp * sizeof *r->kept_cp);
  r->kept_lits = ng_malloc(need.n_str * sizeof *r->kept_lits);
  if (!r->kept_cp || !r->kept_lits) {
    need_free(&need);
    return NG_ERR_NOMEM;
  }
  memcpy(r->kept_cp, need.cp.data, n_cp * sizeof *r->kept_cp);
  for (size_t i = 0, start = 0; i < n_cp; i++) {
    if (r->kept_cp[i] >= 0)
      continue;
    Lit *x   = &r->kept_lits[r->n_kept_lits++];
    x->first = r->kept_cp[start];
    x->at    = start;
    x->n     = i - start;
    x->furn  = 0;
    start    = i + 1;
  }
  need_free(&need);
  return NG_OK;
}

static NgStatus
load_furniture(NgPageRules *r, const char *path, char **errmsg)
{
  NgBuf    file = { 0 }, all = { 0 };
  NgStatus st  = slurp(path, &file);
  size_t   cap = 0;
  if (st == NG_ERR_NOT_FOUND) {
    ng_buf_free(&file);
    return NG_OK;
  }
  char *p      = file.data, *line;
  int   lineno = 0;
  NgBuf kept   = { 0 };
  while (!st && (line = next_line(&p, &lineno))) {
    URegularExpression *one  = NULL;
    int                 meta = !strncmp(line, "meta:", 5);
    if (meta)
      for (line += 5; *line == ' '; line++) {
      }
    if ((st = compile(line, &one))) {
      NgBuf m = { 0 };
      ng_buf_printf(&m, "%s:%d: bad pattern", path, lineno);
      *errmsg = ng_buf_take(&m);
      break;
    }
    if (meta) {
      uregex_close(one);
      if ((kept.len && ng_buf_putc(&kept, '|')) ||
          ng_buf_printf(&kept, "(?:%s)", line))
        st = NG_ERR_NOMEM;
      continue;
    }
    if (r->n_furn == cap) {
      cap     = cap ? cap * 2 : 32;
      Furn *v = ng_realloc(r->furn, cap * sizeof *v);
      if (!v) {
        uregex_close(one);
        st = NG_ERR_NOMEM;
        break;
      }
      r->furn = v;
    }
    memset(&r->furn[r->n_furn], 0, sizeof *r->furn);
    r->furn[r->n_furn++].re = one;
    if ((st = add_needs(r, r->n_furn - 1, line)))
      break;
    if ((all.len && ng_buf_putc(&all, '|')) ||
        ng_buf_printf(&all, "(?:%s)", line))
      st = NG_ERR_NOMEM;
  }
  if (!st && all.len)
    st = compile(all.data, &r->furniture);
  if (!st && kept.len)
    st = compile(kept.data, &r->kept);
  if (!st && kept.len)
    st = kept_needs(r, kept.data);
  ng_buf_free(&kept);
  if (!st && r->n_lits) {
    qsort(r->lits, r->n_lits, sizeof *r->lits, cmp_lit);
    for (size_t i = 0; i < r->n_lits; i++) {
      int32_t c = r->lits[i].first;
      r->lit_first[(c >> 6) & 63] |= 1ull << (c & 63);
    }
  }
  ng_buf_free(&file);
  ng_buf_free(&all);
  return st;
}

static int
cmp_i32(const void *a, const void *b)
{
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

static NgStatus
load_surnames(NgPageRules *r, const char *path)
{
  NgBuf    file = { 0 };
  NgStatus st   = slurp(path, &file);
  size_t   cap1 = 0, cap2 = 0;
  if (st == NG_ERR_NOT_FOUND) {
    ng_buf_free(&file);
    return NG_OK;
  }
  char *p      = file.data, *line;
  int   lineno = 0;
  while (!st && (line = next_line(&p, &lineno))) {
    int32_t i = 0, n = (int32_t)strlen(line), c1, c2 = -1;
    U8_NEXT(line, i, n, c1);
    if (i < n)
      U8_NEXT(line, i, n, c2);
    if (c1 < 0 || i < n)
      continue;
    if (c2 < 0) {
      if (r->n_surnames == cap1) {
        cap1       = cap1 ? cap1 * 2 : 256;
        int32_t *v = ng_realloc(r->surnames, cap1 * sizeof *v);
        if (!v) {
          st = NG_ERR_NOMEM;
          break;
        }
        r->surnames = v;
      }
      r->surnames[r->n_surnames++] = c1;
    } else {
      if (r->n_compound * 2 + 2 > cap2) {
        cap2       = cap2 ? cap2 * 2 : 64;
        int32_t *v = ng_realloc(r->compound, cap2 * sizeof *v);
        if (!v) {
          st = NG_ERR_NOMEM;
          break;
        }
        r->compound = v;
      }
      r->compound[r->n_compound * 2]     = c1;
      r->compound[r->n_compound * 2 + 1] = c2;
      r->n_compound++;
    }
  }
  if (r->n_surnames)
    qsort(r->surnames, r->n_surnames, sizeof *r->surnames, cmp_i32);
  ng_buf_free(&file);
  return st;
}

static int
cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the elements of minority names, one per line (PATH may be
   missing). */
static NgStatus
load_elems(NgPageRules *r, const char *path)
{
  NgBuf    file = { 0 };
  NgStatus st   = slurp(path, &file);
  size_t   cap  = 0;
  if (st == NG_ERR_NOT_FOUND) {
    ng_buf_free(&file);
    return NG_OK;
  }
  r->elem_text = ng_buf_take(&file);
  char *p      = r->elem_text, *line;
  int   lineno = 0;
  while (!st && p && (line = next_line(&p, &lineno))) {
    if (r->n_elems == cap) {
      cap      = cap ? cap * 2 : 256;
      char **v = ng_realloc(r->elems, cap * sizeof *v);
      if (!v)
        return NG_ERR_NOMEM;
      r->elems = v;
    }
    r->elems[r->n_elems++] = line;
  }
  if (r->n_elems)
    qsort(r->elems, r->n_elems, sizeof *r->elems, cmp_str);
  return st;
}

NgStatus
ng_page_rules_new(const char *data_dir, NgPageRules **out, char **errmsg)
{
  NgStatus     st   = NG_OK;
  NgBuf        path = { 0 };
  NgPageRules *r    = ng_calloc(1, sizeof *r);
  if (errmsg)
    *errmsg = NULL;
  char *dummy = NULL;
  if (!errmsg)
    errmsg = &dummy;
  if (!r)
    return NG_ERR_NOMEM;
  /* A lead: a short run without punctuation or spaces (the outlet, maybe a
     place and a date) ending in 讯 or 电, then a space, a bracket or a
     digit. */
  NG_TRY(st,
         compile("^(?:【[^】\\s]{1,20}[讯电]】|"
                 "[^,，。;；:：\\s()（）“”]{1,40}?(?:[讯电]|日消息)"
                 "(?=[\\s(（【\\[\\d]))",
                 &r->lead));
  NG_TRY(st,
         compile("^[〔\\[【]?(?:本报|本台|本刊)?(?:特约|实习|全媒体|融媒体)?"
                 "(?:记者|通讯员)[^,，。:：()（）〔〕]{2,24}?报[道导][:：]?"
                 "[〕\\]】]?",
                 &r->rlead));
  NG_TRY(
    st,
    compile("(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*"
            "(\\d{1,2})(?!\\d)|(?<![\\d.])(\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])"
            "|(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)"
            /* a year of the Republic of China (民国114年 = 2025), as
               Taiwan's government writes its dates: 114-04-08 */
            "|(?<![\\d.])(1[0-4]\\d)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*"
            "(\\d{1,2})(?![\\d.])",
            &r->date));
  NG_TRY(st, compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日[讯电]", &r->dateline));
  if (!data_dir)
    goto done;
  ng_buf_printf(&path, "%s/furniture.txt", data_dir);
  NG_TRY(st, load_furniture(r, ng_buf_str(&path), errmsg));
  ng_buf_clear(&path);
  ng_buf_printf(&path, "%s/byline_surnames.txt", data_dir);
  NG_TRY(st, load_surnames(r, ng_buf_str(&path)));
  ng_buf_clear(&path);
  ng_buf_printf(&path, "%s/minority_names.txt", data_dir);
  NG_TRY(st, load_elems(r, ng_buf_str(&path)));
done:
  ng_buf_free(&path);
  ng_free(dummy);
  if (st) {
    ng_page_rules_free(r);
    return st;
  }
  *out = r;
  return NG_OK;
}

void
ng_page_rules_free(NgPageRules *r)
{
  if (!r)
    return;
  if (r->furniture)
    uregex_close(r->furniture);
  if (r->kept)
    uregex_close(r->kept);
  if (r->lead)
    uregex_close(r->lead);
  if (r->rlead)
    uregex_close(r->rlead);
  if (r->date)
    uregex_close(r->date);
  if (r->dateline)
    uregex_close(r->dateline);
  for (size_t i = 0; i < r->n_furn; i++)
    uregex_close(r->furn[i].re);
  ng_free(r->furn);
  ng_free(r->lits);
  ng_free(r->lit_cp);
  ng_free(r->kept_lits);
  ng_free(r->kept_cp);
  ng_free(r->surnames);
  ng_free(r->compound);
  ng_free(r->elems);
  ng_free(r->elem_text);
  ng_free(r);
}

/* The byte of UTF-8 S[0, N) where UTF-16 unit K of its conversion
   starts (an ill-formed sequence one U+FFFD, as u_strFromUTF8WithSub()
   reads it), or -1 for K -1. */
static int64_t
byte_of_unit(const char *s, size_t n, int64_t k)
{
  if (k < 0)
    return -1;
  int32_t i = 0, units = 0;
  while (units < k && (size_t)i < n) {
    UChar32 c;
    U8_NEXT(s, i, (int32_t)n, c);
    units += c > 0xFFFF ? 2 : 1;
  }
  return i;
}

/* Runs RE over S[0, N). WHOLE: the match must cover S. On a match returns
   1 and, when GROUPS is not NULL, the byte spans of groups 0..NG-1 (-1 for
   a group that took no part). The text goes to ICU as UTF-16, which its
   matcher reads directly, where UTF-8 goes through a UText at every
   step. */
static int
re_run(URegularExpression *re,
       const char         *s,
       size_t              n,
       int                 whole,
       int64_t            *groups,
       int                 ng)
{
  UErrorCode err = U_ZERO_ERROR;
  UChar      small[256], *u = small;
  int32_t    un  = 0;
  int        hit = 0;
  if (n > INT32_MAX)
    return 0;
  /* at most one unit per byte */
  if (n > sizeof small / sizeof *small && !(u = ng_malloc(n * sizeof *u)))
    return 0;
  u_strFromUTF8WithSub(u, (int32_t)n, &un, s, (int32_t)n, 0xFFFD, NULL, &err);
  if (U_SUCCESS(err))
    uregex_setText(re, u, un, &err);
  if (U_SUCCESS(err))
    hit = whole ? uregex_matches(re, 0, &err) : uregex_find(re, 0, &err);
  if (U_FAILURE(err))
    hit = 0;
  for (int g = 0; hit && groups && g < ng; g++) {
    groups[2 * g]     = byte_of_unit(s, n, uregex_start(re, g, &err));
    groups[2 * g + 1] = byte_of_unit(s, n, uregex_end(re, g, &err));
  }
  err = U_ZERO_ERROR;
  uregex_setText(re, u"", 0, &err);
  if (u != small)
    ng_free(u);
  return hit;
}

/* Cheap tests of what a line must hold before a pattern is run on it:
   each is true whenever the pattern can match, so skipping the pattern
   when one is false changes nothing. */

/* The lead pattern needs 讯 or 电 as one of the first 41 characters, not
   the first. */
static int
may_be_lead(const char *s, size_t n)
{
  int32_t i = 0;
  for (int k = 0; k <= 40 && (size_t)i < n; k++) {
    int32_t c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (k && (c == 0x8BAF || c == 0x7535 || c == 0x606F)) /* 讯 电 息 */
      return 1;
  }
  return 0;
}

/* The reporter lead opens with 本, 特, 实, 全, 融, 记 or 通, or with a
   bracket before them (〔记者 王明/台北报导〕). */
static int
rlead_first(int32_t c)
{
  return c == 0x672C || c == 0x7279 || c == 0x5B9E || c == 0x5168 ||
         c == 0x878D || c == 0x8BB0 || c == 0x901A || c == 0x3014 || c == '[' ||
         c == 0x3010;
}

static int
may_be_rlead(const char *s, size_t n)
{
  int32_t i = 0, c;
  if (!n)
    return 0;
  U8_NEXT(s, i, (int32_t)n, c);
  return rlead_first(c);
}

/* A decimal digit (ICU's \d: general category Nd; none among the common
   Han characters). */
static int
is_digit(int32_t c)
{
  if (c < 0x80)
    return c >= '0' && c <= '9';
  return !(c >= 0x4E00 && c <= 0x9FFF) && u_isdigit(c);
}

/* The date patterns need a digit. */
static int
may_have_date(const char *s, size_t n)
{
  for (int32_t i = 0; (size_t)i < n;) {
    int32_t c;
    if ((unsigned char)s[i] < 0x80) {
      if (s[i] >= '0' && s[i] <= '9')
        return 1;
      i++;
      continue;
    }
    U8_NEXT(s, i, (int32_t)n, c);
    if (c >= 0 && is_digit(c))
      return 1;
  }
  return 0;
}

/* Whether S[0, N) holds the K bytes of W. */
static int
has_bytes(const char *s, size_t n, const char *w, size_t k)
{
  const char *end = s + n, *at = s;
  while ((size_t)(end - at) >= k &&
         (at = memchr(at, w[0], (size_t)(end - at) - k + 1))) {
    if (!memcmp(at, w, k))
      return 1;
    at++;
  }
  return 0;
}

/* The dateline pattern needs 日讯 or 日电. */
static int
may_have_dateline(const char *s, size_t n)
{
  return has_bytes(s, n, "日讯", 6) || has_bytes(s, n, "日电", 6);
}

static int
lead_run(const NgPageRules *r, const char *s, size_t n, int64_t *g)
{
  return may_be_lead(s, n) && re_run(r->lead, s, n, 0, g, g ? 1 : 0);
}

static int
rlead_run(const NgPageRules *r, const char *s, size_t n, int64_t *g)
{
  return may_be_rlead(s, n) && re_run(r->rlead, s, n, 0, g, g ? 1 : 0);
}

/* ---------------------------------------------------------------- chars */

static int
is_space(int32_t c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0xFEFF;
}

static int
is_han(int32_t c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF);
}

/* Ends a sentence: 。！？；… (full-width forms are folded to ASCII). */
static int
is_terminal(int32_t c)
{
  return c == 0x3002 || c == '!' || c == '?' || c == ';' || c == 0x2026 ||
         c == 0xFF61;
}

/* Closes a quotation or bracket. */
static int
is_closer(int32_t c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == ')' ||
         c == 0x3011 || c == 0x300B || c == ']' || c == '"' || c == '\'';
}

/* A line ending in one of these goes on in the next line. */
static int
is_continuation(int32_t c)
{
  return c == ',' || c == 0x3001 || c == ':' || c == 0x201C || c == '(' ||
         c == 0x300A || c == 0x2014 || c == 0x3010 || c == 0x2018 ||
         c == 0x300C || c == '[';
}

/* ---------------------------------------------------------------- lines */

enum { K_TEXT, K_HEAD, K_META, K_BYLINE, K_FURN };

typedef struct {
  size_t b, e; /* characters [b, e), trimmed */
  int    kind;
  int    lead;   /* K_TEXT: starts with a news lead */
  int    closed; /* ends a sentence */
  int    signs;  /* K_TEXT: ends with a byline in brackets: …。(记者 X) */
  int    dated;  /* K_TEXT: opens with its day: 5月16日, … */
  size_t fe;     /* an edition line cut to the paper's name: its end */
} Line;

typedef struct {
  size_t first, last; /* lines [first, last]; furniture inside is skipped */
  int    kind;
  int    lead;
  int    signs; /* its last line ends with a byline */
} Unit;

typedef struct {
  NgPageRules       *r;
  const NgPageChars *c;
  Line              *lines;
  size_t             n_lines;
  Unit              *units;
  size_t             n_units;
  NgBuf              tmp; /* scratch UTF-8 */
  char               page_date[11];
  unsigned char     *mark;      /* furniture patterns a line may match */
  int                text_seen; /* classify() has met a line of text */
} Page;

/* The simplified characters [b, e) as UTF-8 in p->tmp; *head (when not
   NULL) gets how many bytes the first HEAD_CHARS of them take. */
static NgStatus
utf8_head(Page *p, size_t b, size_t e, size_t head_chars, size_t *head)
{
  ng_buf_clear(&p->tmp);
  if (ng_buf_reserve(&p->tmp, (e - b) * 4 + 1))
    return NG_ERR_NOMEM;
  char   *u = p->tmp.data;
  int32_t k = 0;
  for (size_t i = b; i < e; i++) {
    if (head && i - b == head_chars)
      *head = (size_t)k;
    U8_APPEND_UNSAFE(u, k, p->c->s[i]);
  }
  if (head && e - b <= head_chars)
    *head = (size_t)k;
  u[k]       = '\0';
  p->tmp.len = (size_t)k;
  return NG_OK;
}

static NgStatus
utf8_of(Page *p, size_t b, size_t e)
{
  return utf8_head(p, b, e, 0, NULL);
}

/* Digits from S[*i] on, at most MAX of them: how many were read. */
static int
digits(const int32_t *s, size_t *i, size_t e, int max)
{
  int n = 0;
  while (*i < e && n < max && is_digit(s[*i])) {
    (*i)++;
    n++;
  }
  return n;
}

/* Whether S[b, e) opens with the day of what it reports, as a news report
   does: [2024年]5月16日[至17日][上午], then a comma. */
static int
dated_start(const int32_t *s, size_t b, size_t e)
{
  size_t i = b, k = b;
  if (digits(s, &k, e, 4) == 4 && k < e && s[k] == 0x5E74) /* 年 */
    i = k + 1;
  if (!digits(s, &i, e, 2) || i >= e || s[i++] != 0x6708) /* 月 */
    return 0;
  if (!digits(s, &i, e, 2) || i >= e || s[i++] != 0x65E5) /* 日 */
    return 0;
  if (i < e && (s[i] == 0x81F3 || s[i] == 0x5230 || s[i] == '-')) { /* 至 到 */
    size_t j = i + 1;
    if (digits(s, &j, e, 2) && j < e && s[j] == 0x65E5)
      i = j + 1;
  }
  static const int32_t parts[][2] = {
    { 0x4E0A, 0x5348 }, { 0x4E0B, 0x5348 },
    { 0x4E2D, 0x5348 }, /* 上午 下午 中午 */
    { 0x665A, 0x4E0A }, { 0x65E9, 0x4E0A },
    { 0x51CC, 0x6668 }, /* 晚上 早上 凌晨 */
  };
  for (size_t k2 = 0; k2 < sizeof parts / sizeof *parts; k2++)
    if (i + 1 < e && s[i] == parts[k2][0] && s[i + 1] == parts[k2][1]) {
      i += 2;
      break;
    }
  return i < e && s[i] == ',';
}

/* Whether the line's text is finished: the last character, past closing
   quotes and a short bracketed credit such as (孙丽华), ends a sentence. */
static int
line_closed(const int32_t *s, size_t b, size_t e)
{
  size_t i = e;
  if (i > b && (s[i - 1] == ')' || s[i - 1] == 0x3011)) {
    size_t k = i - 1;
    while (k > b && k + 8 > i && is_han(s[k - 1]))
      k--;
    if (k > b && (s[k - 1] == '(' || s[k - 1] == 0x3010) && k - 1 > b &&
        is_terminal(s[k - 2]))
      return 1;
  }
  while (i > b && is_closer(s[i - 1]))
    i--;
  return i > b && is_terminal(s[i - 1]);
}

/* ---------------------------------------------------------------- bylines */

typedef struct {
  const char *word;
  size_t      len;
  int         role;
} Keyword;

#define KW(w, role)                                                            \
  {                                                                            \
    w, sizeof w - 1, role                                                      \
  }

/* Longer words first where one contains another. */
static const Keyword keywords[] = {
  KW("特约通讯员", NG_BYLINE_CORRESPONDENT),
  KW("通讯员", NG_BYLINE_CORRESPONDENT),
  KW("责任编辑", NG_BYLINE_EDITOR),
  KW("值班编辑", NG_BYLINE_EDITOR),
  KW("网络编辑", NG_BYLINE_EDITOR),
  KW("编辑", NG_BYLINE_EDITOR),
  KW("责编", NG_BYLINE_EDITOR),
  KW("主编", NG_BYLINE_EDITOR),
  KW("实习记者", NG_BYLINE_REPORTER),
  KW("特约记者", NG_BYLINE_REPORTER),
  KW("实习生", NG_BYLINE_REPORTER),
  KW("记者", NG_BYLINE_REPORTER),
  KW("作者单位", ROLE_NONE),
  KW("作者", NG_BYLINE_REPORTER),
  KW("撰稿", NG_BYLINE_REPORTER),
  KW("撰文", NG_BYLINE_REPORTER),
  KW("供稿", NG_BYLINE_REPORTER),
  KW("摄影", NG_BYLINE_REPORTER),
  KW("摄像", NG_BYLINE_REPORTER),
  KW("文字", NG_BYLINE_REPORTER),
  KW("文案", NG_BYLINE_REPORTER),
  KW("图片", NG_BYLINE_REPORTER),
  KW("视频", NG_BYLINE_REPORTER),
  KW("排版", NG_BYLINE_OTHER),
  KW("版式", NG_BYLINE_OTHER),
  KW("组版", NG_BYLINE_OTHER),
  KW("审核", NG_BYLINE_OTHER),
  KW("终审", NG_BYLINE_OTHER),
  KW("一审", NG_BYLINE_OTHER),
  KW("二审", NG_BYLINE_OTHER),
  KW("三审", NG_BYLINE_OTHER),
  KW("初审", NG_BYLINE_OTHER),
  KW("复审", NG_BYLINE_OTHER),
  KW("审校", NG_BYLINE_OTHER),
  KW("审签", NG_BYLINE_OTHER),
  KW("校对", NG_BYLINE_OTHER),
  KW("校审", NG_BYLINE_OTHER),
  KW("监制", NG_BYLINE_OTHER),
  KW("统筹", NG_BYLINE_OTHER),
  KW("策划", NG_BYLINE_OTHER),
  KW("美编", NG_BYLINE_OTHER),
  KW("发布时间", ROLE_NONE),
  KW("发布日期", ROLE_NONE),
  KW("来源", ROLE_NONE),
  KW("来自", ROLE_NONE),
  KW("稿源", ROLE_NONE),
  KW("出处", ROLE_NONE),
  KW("时间", ROLE_NONE),
  KW("日期", ROLE_NONE),
  KW("浏览", ROLE_NONE),
  KW("访问量", ROLE_NONE),
  KW("点击", ROLE_NONE),
  KW("阅读", ROLE_NONE),
};

/* Credit marks after or between names: 文/图, 摄. */
static int
is_credit(const char *s, size_t n)
{
  static const char *const w[] = { "文",   "图",   "摄",   "文图",
                                   "图文", "视频", "报道", "摄影报道" };
  for (size_t i = 0; i < sizeof w / sizeof *w; i++)
    if (n == strlen(w[i]) && !memcmp(s, w[i], n))
      return 1;
  return 0;
}

/* Whether S[0, N) names a unit a writer works in: two to twelve Han
   characters ending in an office or department word (党委办公室, 宣传科,
   融媒体中心). */
static int
is_unit(const char *s, size_t n)
{
  static const char *const w[] = { "办公室", "办", "室",   "科", "部", "局",
                                   "处",     "股", "中心", "站", "所", "队" };
  size_t                   han = 0;
  for (int32_t i = 0; (size_t)i < n;) {
    int32_t c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (!is_han(c))
      return 0;
    han++;
  }
  if (han < 2 || han > 12)
    return 0;
  for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
    size_t k = strlen(w[i]);
    if (n > k && !memcmp(s + n - k, w[i], k))
      return 1;
  }
  return 0;
}

/* ■ □ ◆ ◇ ● ○ ▲ △ ▼ ▽ ★ ☆ ▶ ► • */
static int
is_bullet(int32_t c)
{
  return c == 0x25A0 || c == 0x25A1 || c == 0x25C6 || c == 0x25C7 ||
         c == 0x25CF || c == 0x25CB || c == 0x25B2 || c == 0x25B3 ||
         c == 0x2605 || c == 0x2606 || c == 0x25B6 || c == 0x25BA ||
         c == 0x25BC || c == 0x25BD || c == 0x2022;
}

static int
is_separator(int32_t c)
{
  return is_space(c) || c == ',' || c == 0x3001 || c == ';' || c == '|' ||
         c == 0x4E28 || c == '/' || c == ':' || c == '(' || c == ')' ||
         c == 0x3010 || c == 0x3011 || c == '[' || c == ']' || c == 0x25A1 ||
         c == 0x25A0 || c == 0x25C6 || c == 0x25C7 || c == 0x25CF ||
         c == 0x25CB || c == 0x25B2 || c == 0x2605 || c == 0x2606 ||
         c == 0x300A || c == 0x300B || c == 0x201C || c == 0x201D ||
         c == 0x2014 || c == '-' || c == 0x2502 || c == 0xFF5C || c == 0x3014 ||
         c == 0x3015;
}

static int
has_surname(const NgPageRules *r, const int32_t *cp, size_t n)
{
  if (!r->n_surnames && !r->n_compound)
    return 1;
  for (size_t i = 0; n > 2 && i < r->n_compound; i++)
    if (r->compound[2 * i] == cp[0] && r->compound[2 * i + 1] == cp[1])
      return 2;
  if (bsearch(&cp[0], r->surnames, r->n_surnames, sizeof *r->surnames, cmp_i32))
    return 1;
  return 0;
}

/* Whether CP[0, K) is the office of a body, as a website signs its posts
   (作者:宣传科, 来源:县委宣传部): it ends in a word of office that no given
   name ends in, or is a common office stem and 科. */
static int
office_word(const int32_t *cp, size_t k)
{
  static const int32_t ends[] = {
    0x5BA4, 0x5904, 0x5C40, 0x529E, 0x80A1, 0x90E8
  }; /* 室 处 局 办 股 部 */
  static const int32_t stems[][2] = {
    { 0x5BA3, 0x4F20 }, { 0x7EFC, 0x5408 },
    { 0x529E, 0x516C }, /* 宣传 综合 办公 */
    { 0x4FE1, 0x606F }, { 0x653F, 0x5DE5 },
    { 0x7EC4, 0x7EC7 }, /* 信息 政工 组织 */
    { 0x4EBA, 0x4E8B }, { 0x515A, 0x5EFA },
    { 0x65B0, 0x95FB }, /* 人事 党建 新闻 */
    { 0x79D8, 0x4E66 }, { 0x7763, 0x67E5 },
    { 0x6CD5, 0x89C4 }, /* 秘书 督查 法规 */
  };
  if (k < 3)
    return 0;
  for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
    if (cp[k - 1] == ends[i])
      return 1;
  if (k != 3 || cp[2] != 0x79D1) /* 科 */
    return 0;
  for (size_t i = 0; i < sizeof stems / sizeof *stems; i++)
    if (cp[0] == stems[i][0] && cp[1] == stems[i][1])
      return 1;
  return 0;
}

/* Whether S[0, N) is one element of a minority name. */
static int
is_elem(const NgPageRules *r, const char *s, size_t n)
{
  size_t lo = 0, hi = r->n_elems;
  while (lo < hi) {
    size_t      m = lo + (hi - lo) / 2;
    const char *e = r->elems[m];
    int         c = strncmp(e, s, n);
    if (!c)
      c = e[n] != '\0';
    if (!c)
      return 1;
    if (c < 0)
      lo = m + 1;
    else
      hi = m;
  }
  return 0;
}

/* Whether S[0, N) is PARTS or more elements of a minority name run
   together (阿依古丽, 阿布都热合曼), three at most; an element of one
   character only ends a name after another (才让|吉). */
static int
elems_name(const NgPageRules *r, const char *s, size_t n, int parts)
{
  if (parts > 3)
    return 0;
  for (int32_t i = 0, k = 0; (size_t)i < n; k++) {
    U8_FWD_1(s, i, (int32_t)n);
    if (!is_elem(r, s, (size_t)i) || (k == 0 && (parts == 1 || (size_t)i < n)))
      continue;
    if ((size_t)i == n)
      return parts >= 2;
    if (elems_name(r, s + i, n - (size_t)i, parts + 1))
      return 1;
  }
  return 0;
}

/* Words that head a news item and read like a surname and a given name
   (【简讯】, 【时评】). */
static int
column_word(const char *s, size_t n)
{
  static const char *const w[] = { "简讯", "快讯", "短讯", "图讯", "专讯",
                                   "时评", "关注", "通讯", "综述", "要闻",
                                   "特稿", "专稿", "评论", "链接" };
  for (size_t i = 0; i < sizeof w / sizeof *w; i++)
    if (n == strlen(w[i]) && !memcmp(s, w[i], n))
      return 1;
  return 0;
}

/* Whether S[0, N) is a person's name: two to four Han characters starting
   with a surname (a compound surname for four), two or three elements of
   a minority name, or a name with a middle dot. */
static int
is_name(const NgPageRules *r, const char *s, size_t n)
{
  int32_t cp[16], i = 0;
  size_t  k   = 0;
  int     dot = 0;
  while ((size_t)i < n) {
    int32_t c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (c == 0xB7 || c == 0x30FB || c == 0x2022) {
      dot++;
      continue;
    }
    if (!is_han(c) || k == 16)
      return 0;
    cp[k++] = c;
  }
  if (dot)
    return k >= 3 && k <= 12;
  if (k < 2 || column_word(s, n))
    return 0;
  int sn = k <= 4 ? has_surname(r, cp, k) : 0;
  if (!sn)
    return k <= 8 && elems_name(r, s, n, 1);
  return (k < 4 || sn == 2 || elems_name(r, s, n, 1)) && !office_word(cp, k);
}

/* Whether S[0, N), standing alone right after a role word (编辑:锁文博,
   记者 玄志勇), may be a name whose surname the lexicon lacks: two or three
   Han characters, no word of office or column. Rare surnames (锁, 玄, 虎)
   and one-element Mongolian names (图雅) are common in credit lines. */
static int
loose_name(const char *s, size_t n)
{
  int32_t cp[4], i = 0;
  size_t  k = 0;
  while ((size_t)i < n) {
    int32_t c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (!is_han(c) || k == 3)
      return 0;
    cp[k++] = c;
  }
  return k >= 2 && !column_word(s, n) && !office_word(cp, k);
}

/* One name found in a byline: bytes [start, end) of the parsed text. */
typedef struct {
  size_t start, end;
  int    role;
} Found;

typedef struct {
  Found  v[32];
  size_t n;
  int    first_keyword; /* the first word names a role */
  int    junk;          /* words that are neither names, roles nor credits */
  int    credits;       /* 文, 图, 摄 marks */
} Parse;

/* The low six bits of S's first two bytes: twelve bits that tell most
   Han characters apart. */
static unsigned
kw_pair(const char *s)
{
  return ((unsigned char)s[0] & 63u) << 6 | ((unsigned char)s[1] & 63u);
}

/* Bit kw_pair() of each keyword's opening (all of them for a keyword of
   one byte, which no pair tells). */
static uint64_t       kw_pairs[64];
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

static void
kw_pairs_init(void)
{
  for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++) {
    if (keywords[k].len < 2) {
      memset(kw_pairs, 0xFF, sizeof kw_pairs);
      return;
    }
    unsigned h = kw_pair(keywords[k].word);
    kw_pairs[h >> 6] |= 1ull << (h & 63);
  }
}

/* The longest keyword that S[0, N) starts with, or NULL. */
static const Keyword *
keyword_at(const char *s, size_t n)
{
  const Keyword *best = NULL;
  pthread_once(&kw_once, kw_pairs_init);
  if (n >= 2 && !(kw_pairs[kw_pair(s) >> 6] >> (kw_pair(s) & 63) & 1))
    return NULL; /* no keyword opens with these two bytes: most calls */
  for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++) {
    const Keyword *w = &keywords[k];
    if (w->len <= n && w->word[0] == s[0] &&
        (w->len < 2 || w->word[1] == s[1]) && !memcmp(s, w->word, w->len) &&
        (!best || w->len > best->len))
      best = w;
  }
  return best;
}

/* Where a keyword starts in S[0, N), looking no further than byte MAX,
   and which one (longest at the first position that has one); -1 when
   none. */
static long
find_keyword(const char *s, size_t n, size_t max, const Keyword **kw)
{
  for (size_t i = 0; i < n && i <= max;) {
    const Keyword *best = keyword_at(s + i, n - i);
    if (best) {
      *kw = best;
      return (long)i;
    }
    int32_t j = (int32_t)i, c;
    U8_NEXT(s, j, (int32_t)n, c);
    i = (size_t)j;
  }
  return -1;
}

/* Strips 报道, 摄影报道, 摄影 and 摄 from the end of a name candidate. */
static size_t
strip_credit(const char *s, size_t n)
{
  static const char *const suf[] = { "摄影报道", "报道", "报导", "摄影", "摄" };
  for (size_t i = 0; i < sizeof suf / sizeof *suf; i++) {
    size_t l = strlen(suf[i]);
    if (n >= l + 6 && !memcmp(s + n - l, suf[i], l))
      return n - l;
  }
  return n;
}

/* The bytes of the name in S[0, N), a reporter's name run into the place
   the report was written in before 报道 (记者王明北京|报道, 记者柯某某泉州|
   报道): a name of two to three characters before two or three more, the
   place of two tried first; 0 when none fits. */
static size_t
name_before_place(const NgPageRules *r, const char *s, size_t n)
{
  size_t at[8];
  int    k = 0;
  for (int32_t i = 0; (size_t)i < n && k < 8;) {
    int32_t c;
    at[k++] = (size_t)i;
    U8_NEXT(s, i, (int32_t)n, c);
    if (!is_han(c))
      return 0;
  }
  for (int place = 2; place <= 3; place++) {
    int name = k - place;
    if (name >= 2 && name <= 3 && is_name(r, s, at[name]))
      return at[name];
  }
  return 0;
}

/* Reads the words of S[0, N) as a byline: role words set the role of the
   names after them, starting with ROLE (ROLE_NONE: names before any role
   word are not taken). */
static void
parse_byline(const NgPageRules *r,
             const char        *s,
             size_t             n,
             int                role,
             Parse             *out)
{
  size_t i     = 0;
  int    first = 1, credited = 0; /* credited: after a role word or mark */
  int    slash = 0;               /* the word follows a / */
  /* v[i] is written before it is read, for i < n: no need to clear it */
  out->n             = 0;
  out->first_keyword = out->junk = out->credits = 0;
  while (i < n) {
    int32_t j = (int32_t)i, c;
    U8_NEXT(s, j, (int32_t)n, c);
    if (is_separator(c)) {
      slash = c == '/';
      i     = (size_t)j;
      continue;
    }
    size_t b = i, e = i;
    while (e < n) {
      int32_t k = (int32_t)e;
      U8_NEXT(s, k, (int32_t)n, c);
      if (is_separator(c))
        break;
      e = (size_t)k;
    }
    i                 = e;
    const Keyword *kw = NULL;
    size_t         l  = strip_credit(s + b, e - b);
    if (slash && l < e - b && l + 6 <= e - b &&
        (!memcmp(s + e - 6, "报道", 6) || !memcmp(s + e - 6, "报导", 6))) {
      /* the place it was written in (记者 王明/台北报导) */
      slash = 0;
      continue;
    }
    slash   = 0;
    long at = l < e - b && is_name(r, s + b, l)
                ? -1
                : find_keyword(s + b, e - b, 36, &kw);
    if (at >= 0 && (at == 0 || kw->role != ROLE_NONE) && at <= 36) {
      role = kw->role;
      if (first)
        out->first_keyword = role != ROLE_NONE;
      b += (size_t)at + kw->len;
      if (b == e) {
        first    = 0;
        credited = 1;
        continue;
      }
    } else if (is_credit(s + b, e - b)) {
      out->credits++;
      first    = 0;
      credited = 1;
      /* a credit mark with a colon (发布日期:… 文/图:党委宣传部 王明):
         the names after it wrote the text, in a publication line too */
      if (role == ROLE_NONE && e < n && s[e] == ':')
        role = NG_BYLINE_REPORTER;
      continue;
    } else if ((credited || first) && is_unit(s + b, e - b) &&
               !is_name(r, s + b, e - b)) {
      /* the writer's unit between the credit and the name (文/图:党委办公室
         王明), or opening the byline ((县融媒体中心 王明)) */
      first = 0;
      continue;
    }
    /* 记者 蒋 鹏: a name of two characters that a page pads with a space
       to the width of three, after a role word */
    if (credited && role != ROLE_NONE && e - b == 3) {
      int32_t q = (int32_t)e, c1 = 0, c2 = 0, k = (int32_t)b;
      U8_NEXT(s, k, (int32_t)n, c1);
      size_t sp = 0;
      while ((size_t)q < n) {
        int32_t t = q;
        U8_NEXT(s, t, (int32_t)n, c);
        if (!is_space(c))
          break;
        q = t;
        sp++;
      }
      int32_t q2 = q;
      if (sp >= 1 && sp <= 2 && (size_t)q < n)
        U8_NEXT(s, q2, (int32_t)n, c2);
      int ends = (size_t)q2 >= n;
      if (!ends) {
        int32_t t = q2, c3;
        U8_NEXT(s, t, (int32_t)n, c3);
        ends = is_separator(c3);
      }
      if (sp >= 1 && sp <= 2 && is_han(c1) && is_han(c2) && ends &&
          has_surname(r, &c1, 1) == 1 &&
          out->n < sizeof out->v / sizeof *out->v) {
        out->v[out->n].start  = b;
        out->v[out->n].end    = (size_t)q2;
        out->v[out->n++].role = role;
        first = credited = 0;
        i                = (size_t)q2;
        continue;
      }
    }
    int after_role = credited && role != ROLE_NONE;
    /* 记者 王明 海口报道, 记者 李红 郑州报道: after the reporter's name,
       the place the report was written in, however much like a name it
       looks (海, 郑 are surnames too) */
    l = strip_credit(s + b, e - b);
    if (!first && !credited && role != ROLE_NONE && out->n &&
        out->v[out->n - 1].end < b && l < e - b && l >= 6 && l <= 9 &&
        (!memcmp(s + e - 6, "报道", 6) || !memcmp(s + e - 6, "报导", 6)) &&
        memcmp(s + e - 12, "摄影", 6)) {
      out->credits++;
      continue;
    }
    first = credited = 0;
    if (l < e - b)
      out->credits++;
    if (!is_name(r, s + b, l) && role != ROLE_NONE && l + 6 == e - b &&
        (!memcmp(s + e - 6, "报道", 6) || !memcmp(s + e - 6, "报导", 6)))
      l = name_before_place(r, s + b, l);
    if (l && (is_name(r, s + b, l) || (after_role && loose_name(s + b, l)))) {
      if (role != ROLE_NONE && out->n < sizeof out->v / sizeof *out->v) {
        out->v[out->n].start  = b;
        out->v[out->n].end    = b + l;
        out->v[out->n++].role = role;
      }
    } else
      out->junk++;
  }
}

/* Whether S[0, N) is a byline line: it starts with a role word (记者,
   编辑, 审核 …) and names someone, or it is only names with a credit mark
   (林海峰 陈海涛/文) or in brackets ((梅建平)). */
static int
byline_line(const NgPageRules *r, const char *s, size_t n)
{
  Parse p;
  if (memchr(s, 0xE3, n) && strstr(s, "。"))
    return 0;
  parse_byline(r, s, n, NG_BYLINE_REPORTER, &p);
  if (!p.n)
    return 0;
  if (p.first_keyword)
    return 1;
  int bracketed =
    (s[0] == '(' && s[n - 1] == ')') ||
    (n >= 6 && !memcmp(s, "【", 3) && !memcmp(s + n - 3, "】", 3));
  return !p.junk && (p.credits || bracketed);
}

/* Words of a publication line: source, date, counters, site; and the
   bodies that run the site, named in its footer (主办:, 承办:). */
static const char *const meta_words[] = {
  "来源:",    "来源 :",   "发布时间",  "发布日期",  "发稿时间", "时间:",
  "日期:",    "浏览次数", "浏览量",    "浏览:",     "访问量",   "点击数",
  "点击量",   "阅读数",   "阅读量",    "来自:",     "稿源:",    "字号:",
  "转自:",    "http:",    "https:",    "www.",      "主办:",    "承办:",
  "主办单位", "承办单位", "技术支持:", "运行维护:", "维护单位"
};

/* A publication line: source, date and time, site, counters. */
static int
meta_line(Page *p, const char *s, size_t n, size_t chars)
{
  int64_t g[2];
  if (chars > META_LINE || strstr(s, "。"))
    return 0;
  for (size_t i = 0; i < sizeof meta_words / sizeof *meta_words; i++)
    if (strstr(s, meta_words[i]))
      return 1;
  if (!may_have_date(s, n) || !re_run(p->r->date, s, n, 0, g, 1))
    return 0;
  /* A post's header on a social platform: 原创 某某发布 某某发布
     2025年05月23日 19:06 某省 (the mark, its author and account, the time
     and the province it was posted from). */
  if (n > 7 && !memcmp(s, "原创", 6) &&
      (s[6] == ' ' || (n > 9 && !memcmp(s + 6, "\u3000", 3))))
    return 1;
  /* A date with little else: 2021-10-14, 天水日报 2019-11-27 17:04; the
     staff a page header credits after it (… 3 要闻 责任编辑:某某) are no
     text. */
  const char *staff = strstr(s, "责任编辑");
  if (!staff)
    staff = strstr(s, "本版编辑");
  size_t han = 0, upto = staff ? (size_t)(staff - s) : n;
  for (int32_t i = 0; (size_t)i < upto;) {
    int32_t c;
    U8_NEXT(s, i, (int32_t)upto, c);
    han += is_han(c);
  }
  return han <= 16;
}

/* ---------------------------------------------------------------- dates */

/* The first date in S[0, N) written as YYYY-MM-DD into OUT. */
static int
find_date(Page               *p,
          URegularExpression *re,
          const char         *s,
          size_t              n,
          char                out[11])
{
  int64_t g[26];
  size_t  from = 0;
  if (re == p->r->dateline ? !may_have_dateline(s, n) : !may_have_date(s, n))
    return 0;
  while (from < n && re_run(re, s + from, n - from, 0, g, 13)) {
    long v[3] = { 0, 0, 0 };
    int  base = g[2] >= 0 ? 1 : g[8] >= 0 ? 4 : g[14] >= 0 ? 7 : 10;
    if (re == p->r->dateline)
      base = 1;
    for (int k = 0; k < 3; k++)
      v[k] = strtol(s + from + g[2 * (base + k)], NULL, 10);
    long y = v[0], m = v[1], d = v[2];
    if (base == 4)
      y += y < 70 ? 2000 : 1900;
    else if (base == 7) {
      y = v[2];
      d = v[0];
    } else if (base == 10)
      y += 1911;
    if (y >= 1949 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      snprintf(out, 11, "%04ld-%02ld-%02ld", y, m, d);
      return 1;
    }
    from += (size_t)g[1] > 0 ? (size_t)g[1] : 1;
  }
  return 0;
}

/* ---------------------------------------------------------------- classify */

static NgStatus
split_lines(Page *p)
{
  const NgPageChars *c   = p->c;
  size_t             cap = 0;
  for (size_t i = 0; i < c->n;) {
    size_t e = i;
    while (e < c->n && c->s[e] != '\n')
      e++;
    size_t b = i, t = e;
    /* spaces, and the bullets a page sets before a headline (■ 县…) */
    while (b < t && (is_space(c->s[b]) || is_bullet(c->s[b])))
      b++;
    while (t > b && is_space(c->s[t - 1]))
      t--;
    if (t > b) {
      if (p->n_lines == cap) {
        cap     = cap ? cap * 2 : 64;
        Line *v = ng_realloc(p->lines, cap * sizeof *v);
        if (!v)
          return NG_ERR_NOMEM;
        p->lines = v;
      }
      Line *l = &p->lines[p->n_lines++];
      memset(l, 0, sizeof *l);
      l->b = b;
      l->e = t;
    }
    i = e + 1;
  }
  return NG_OK;
}

/* Whether line L, U[0, N) in UTF-8, is furniture: the patterns whose
   needs the line meets are run on it. */
static int
furniture_line(Page *p, const Line *l, const char *u, size_t n)
{
  const NgPageRules *r     = p->r;
  const int32_t     *s     = p->c->s;
  int                digit = 0;
  if (r->furn_whole || !p->mark)
    return re_run(r->furniture, u, n, 1, NULL, 0);
  memset(p->mark, 0, r->n_furn);
  for (size_t i = l->b; i < l->e; i++) {
    int32_t c = s[i];
    digit |= is_digit(c);
    if (!(r->lit_first[(c >> 6) & 63] >> (c & 63) & 1))
      continue;
    size_t lo = 0, hi = r->n_lits;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (r->lits[mid].first < c)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (size_t k = lo; k < r->n_lits && r->lits[k].first == c; k++) {
      const Lit *x = &r->lits[k];
      if (!p->mark[x->furn] && x->n <= l->e - i &&
          !memcmp(r->lit_cp + x->at, s + i, x->n * sizeof *s))
        p->mark[x->furn] = 1;
    }
  }
  for (size_t f = 0; f < r->n_furn; f++) {
    const Furn *fu = &r->furn[f];
    if ((fu->any || p->mark[f] || (fu->digit && digit)) &&
        re_run(fu->re, u, n, 1, NULL, 0))
      return 1;
  }
  return 0;
}

/* Whether the characters S[B, E) meet the needs of the "meta:" patterns:
   when not, they cannot match. */
static int
kept_may(const NgPageRules *r, const int32_t *s, size_t b, size_t e)
{
  if (r->kept_any)
    return 1;
  for (size_t i = b; i < e; i++) {
    if (r->kept_digit && is_digit(s[i]))
      return 1;
    for (size_t k = 0; k < r->n_kept_lits; k++) {
      const Lit *x = &r->kept_lits[k];
      if (x->first == s[i] && x->n <= e - i &&
          !memcmp(r->kept_cp + x->at, s + i, x->n * sizeof *s))
        return 1;
    }
  }
  return 0;
}

/* Sets l->signs when line L closes with a byline in brackets after the end
   of a sentence (…参加活动。(记者 王明)): the end of a signed article. */
static NgStatus
line_signs(Page *p, Line *l)
{
  const int32_t *s = p->c->s;
  l->signs         = 0;
  if (l->e <= l->b || s[l->e - 1] != ')')
    return NG_OK;
  size_t k = l->e - 1;
  while (k > l->b && l->e - k < 30 && s[k - 1] != '(')
    k--;
  if (k < l->b + 2 || s[k - 1] != '(' || !is_terminal(s[k - 2]))
    return NG_OK;
  NgStatus st = utf8_of(p, k, l->e - 1);
  if (st)
    return st;
  Parse pr;
  parse_byline(p->r, p->tmp.data, p->tmp.len, NG_BYLINE_REPORTER, &pr);
  l->signs = pr.n && !pr.junk;
  l->closed |= l->signs; /* the sentence before the byline ended */
  return NG_OK;
}

/* 1 when the line S[B, E) opens with a website's name (某某网, 某市政府门户
   网站, 某縣政府全球資訊網), 首页 after it or not, as the first step of the
   path to the page (某某网首页 > 新闻 > 时政). */
static int
site_line(const int32_t *s, size_t b, size_t e)
{
  size_t q = b;
  while (q < e && is_han(s[q]) && q - b < 20)
    q++;
  size_t end = q;
  if (end - b >= 5 && s[end - 2] == 0x9996 && s[end - 1] == 0x9875)
    end -= 2; /* 首页 */
  if (end - b < 3)
    return 0;
  int web = s[end - 1] == 0x7AD9 /* 站 */
              ? s[end - 2] == 0x7F51 || s[end - 2] == 0x7DB2
              : (s[end - 1] == 0x7F51 || s[end - 1] == 0x7DB2) &&
                  s[end - 2] != 0x4E0A && s[end - 2] != 0x8054 &&
                  s[end - 2] != 0x806F && s[end - 2] != 0x7535 &&
                  s[end - 2] != 0x96FB && s[end - 2] != 0x7BA1;
  while (q < e && is_space(s[q]))
    q++;
  return web && q < e && (s[q] == '>' || s[q] == 0xBB || s[q] == 0xFF1E);
}

/* 1 when U[0, N) opens with a masthead (data/furniture.txt's meta:
   patterns, 某某日报) followed by a space and a date, and names no edition
   by its number (第03版). */
static int
masthead_dated(Page *p, const char *u, size_t n)
{
  size_t k = 0;
  while (k < n && k < 30 && u[k] != ' ' &&
         (n - k < 3 || memcmp(u + k, "\u3000", 3)))
    k++;
  if (k < 6 || k >= n || k >= 30 || !re_run(p->r->kept, u, k, 1, NULL, 0))
    return 0;
  if (has_bytes(u, n, "第", 3) && has_bytes(u, n, "版", 3))
    return 0; /* an edition line (… 第03版 要闻) stays furniture */
  return may_have_date(u + k, n - k) &&
         re_run(p->r->date, u + k, n - k, 0, NULL, 0);
}

static NgStatus
classify(Page *p, Line *l)
{
  const int32_t *s     = p->c->s;
  size_t         chars = l->e - l->b;
  size_t         head  = chars > 80 ? 80 : chars;
  NgStatus       st;
  l->closed = line_closed(s, l->b, l->e);
  l->kind   = K_TEXT;
  l->dated  = dated_start(s, l->b, l->e);
  /* The lead test reads only the start of a long line. */
  size_t hn = 0;
  if ((st =
         utf8_head(p, l->b, chars > META_LINE ? l->b + head : l->e, head, &hn)))
    return st;
  const char *u = p->tmp.data;
  size_t      n = p->tmp.len;
  {
    /* the tests of may_be_lead() and may_be_rlead() on the code points */
    int may_lead = 0, may_rlead = 0;
    for (size_t k = 1; k <= 40 && k < head && !may_lead; k++)
      may_lead =
        s[l->b + k] == 0x8BAF || s[l->b + k] == 0x7535 || s[l->b + k] == 0x606F;
    may_rlead = rlead_first(s[l->b]);
    l->lead   = (may_lead && re_run(p->r->lead, u, hn, 0, NULL, 0)) ||
              (may_rlead && re_run(p->r->rlead, u, hn, 0, NULL, 0));
  }
  if (chars > META_LINE)
    return line_signs(p, l);
  /* a masthead (江北日报) names the paper: a publication line, whose
     outlet is a body, not a headline */
  if (p->r->kept && chars <= KEPT_LINE && !l->lead &&
      kept_may(p->r, s, l->b, l->e) && re_run(p->r->kept, u, n, 1, NULL, 0)) {
    l->kind = K_META;
    return NG_OK;
  }
  /* a masthead with the page's date after it (某某日报 2026年11月5日 星期四,
     某某日報 2026年4月22日 A12版 中國新聞), which the edition patterns would
     drop as furniture: a publication line that names the paper, and the
     page's date all the same */
  if (p->r->kept && !l->lead && masthead_dated(p, u, n) &&
      meta_line(p, u, n, chars)) {
    l->kind = K_META;
    if (!p->page_date[0])
      find_date(p, p->r->date, u, n, p->page_date);
    return NG_OK;
  }
  /* the path to the page from a website's name (某某网首页 > 新闻 > 时政):
     a publication line, whose site is a body */
  if (!l->lead && site_line(s, l->b, l->e)) {
    l->kind = K_META;
    return NG_OK;
  }
  if (p->r->furniture && chars <= 100 && furniture_line(p, l, u, n)) {
    l->kind = K_FURN;
    if (!p->page_date[0])
      find_date(p, p->r->date, u, n, p->page_date);
    /* an edition line that opens with the paper's name (某某日报
       2026-06-17 第01版:要闻) is its publication line: the paper is a
       body */
    size_t first = 0;
    while (first < n && u[first] != ' ' &&
           !(first + 3 <= n && !memcmp(u + first, "\u3000", 3)))
      first++;
    /* (not a page's header repeated mid-text) */
    if (p->r->kept && first < n && !l->lead && !p->text_seen &&
        re_run(p->r->kept, u, first, 1, NULL, 0)) {
      const int32_t *cs = p->c->s;
      size_t         k  = l->b;
      while (k < l->e && !is_space(cs[k]))
        k++;
      l->kind = K_META; /* the name alone; the rest stays furniture */
      l->fe   = l->e;
      l->e    = k;
    }
    return NG_OK;
  }
  if (chars <= BYLINE_LINE && !l->lead && byline_line(p->r, u, n))
    l->kind = K_BYLINE;
  else if (!l->lead && meta_line(p, u, n, chars))
    l->kind = K_META;
  else if (chars <= SHORT_LINE && !l->lead && !l->closed &&
           !is_continuation(s[l->e - 1]) &&
           !(chars >= 30 && (strchr(u, ',') || strstr(u, "，")))) {
    /* a headline ends no sentence inside it: a line that holds 。 before
       its end is the middle of a paragraph a page broke (…深化合作。副市) */
    size_t han = 0, stops = 0;
    for (size_t i = l->b; i < l->e; i++) {
      han += is_han(s[i]);
      stops += s[i] == 0x3002;
    }
    /* nor does it open with its day and a comma (●3月4日下午,区长…会见了上):
       that is an item's lead, its sentence broken at the line's end */
    size_t from = l->b;
    while (from < l->e && is_bullet(s[from]))
      from++;
    if (han >= 2 && !stops && !dated_start(s, from, l->e))
      l->kind = K_HEAD;
  }
  return l->kind == K_TEXT ? line_signs(p, l) : NG_OK;
}

/* ---------------------------------------------------------------- units */

static size_t
next_line_of(const Page *p, size_t i)
{
  for (i++; i < p->n_lines; i++)
    if (p->lines[i].kind != K_FURN)
      return i;
  return p->n_lines;
}

/* Whether the headline line I starts an article: after at most a few
   subtitle, publication or byline lines, a news lead follows; with DATED,
   a paragraph that opens with its day will do. */
static int
head_then_lead(const Page *p, size_t i, int dated)
{
  for (int k = 0; k < 5; k++) {
    i = next_line_of(p, i);
    if (i >= p->n_lines)
      return 0;
    const Line *l = &p->lines[i];
    if (l->kind == K_TEXT)
      return l->lead || (dated && l->dated);
    if (l->kind != K_HEAD && l->kind != K_META && l->kind != K_BYLINE)
      return 0;
  }
  return 0;
}

/* Whether line L is the header of a list of links to other posts
   (往期推荐, 相关阅读, a WeChat post's 大家都在看 …), with at most brackets
   and a colon around it. */
static int
related_header(const Page *p, const Line *l)
{
  static const char *const words[] = {
    "往期推荐", "往期回顾", "往期精彩", "相关阅读", "相关新闻", "相关文章",
    "相关链接", "相关推荐", "推荐阅读", "延伸阅读", "精彩推荐", "精彩回顾",
    "更多阅读", "更多精彩", "热点推荐", "热门推荐", "猜你喜欢", "大家都在看"
  };
  const int32_t *s = p->c->s;
  size_t         b = l->b, e = l->e;
  while (b < e && (s[b] == 0x3010 || s[b] == '[')) /* 【 */
    b++;
  while (e > b && (s[e - 1] == 0x3011 || s[e - 1] == ']' || s[e - 1] == ':' ||
                   is_space(s[e - 1])))
    e--;
  if (e - b < 4 || e - b > 5)
    return 0;
  char    u[24];
  int32_t k   = 0;
  UBool   err = 0;
  for (size_t i = b; i < e; i++)
    U8_APPEND((uint8_t *)u, k, (int32_t)sizeof u - 1, s[i], err);
  if (err)
    return 0;
  u[k] = '\0';
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (!strcmp(u, words[i]))
      return 1;
  return 0;
}

/* Whether line L opens with the post's source (来源:, 稿源:, 来自:): a
   credit of the post itself, not a title in a list of other posts. */
static int
source_line(const Page *p, const Line *l)
{
  const int32_t *s = p->c->s;
  if (l->e - l->b < 3)
    return 0;
  int32_t a = s[l->b], b = s[l->b + 1];
  return (a == 0x6765 && b == 0x6E90) || /* 来源 */
         (a == 0x7A3F && b == 0x6E90) || /* 稿源 */
         (a == 0x6765 && b == 0x81EA);   /* 来自 */
}

/* Whether publication line L names the bodies that run the site (主办:
   某县人民政府办公室 承办:…), the footer that ends a list of other posts. */
static int
sponsor_line(const Page *p, const Line *l)
{
  const int32_t *s = p->c->s;
  if (l->e - l->b < 3)
    return 0;
  int32_t a = s[l->b], b = s[l->b + 1];
  return (a == 0x4E3B || a == 0x627F) && b == 0x529E; /* 主办 承办 */
}

/* Whether line L, read as text, is a title in a list of other posts: set
   behind a bullet (◆, ▶, ·) or a number (1. 2、), no longer than a
   headline, with no full stop and no lead (◆好消息!某镇召开…会!). */
static int
listed_title(const Page *p, const Line *l)
{
  const int32_t *s      = p->c->s;
  int            marked = 0;
  if (l->lead || l->e - l->b > SHORT_LINE)
    return 0;
  for (size_t k = l->b; k > 0 && s[k - 1] != '\n'; k--)
    marked |= is_bullet(s[k - 1]);
  if (s[l->b] == 0x00B7 || s[l->b] == 0x30FB) /* · ・ */
    marked = 1;
  size_t d = l->b;
  while (d < l->e && is_digit(s[d]))
    d++;
  if (d > l->b && d < l->e &&
      (s[d] == '.' || s[d] == 0x3001 || s[d] == ')' || is_space(s[d])))
    marked = 1;
  for (size_t k = l->b; marked && k < l->e; k++)
    if (s[k] == 0x3002)
      return 0;
  return marked;
}

/* The titles listed under a related-posts header are links, not text:
   the headline-like lines and the titles set behind bullets or numbers
   after it are furniture, up to the first paragraph, byline, source
   line, or headline with a lead of its own. */
static void
drop_related_lists(Page *p)
{
  for (size_t i = 0; i < p->n_lines; i++) {
    if (p->lines[i].kind != K_FURN || !related_header(p, &p->lines[i]))
      continue;
    size_t k = i + 1;
    for (; k < p->n_lines; k++) {
      Line *l = &p->lines[k];
      if (l->kind == K_FURN)
        continue;
      if ((l->kind != K_HEAD && l->kind != K_META &&
           !(l->kind == K_TEXT && listed_title(p, l))) ||
          (l->kind == K_META && (source_line(p, l) || sponsor_line(p, l))) ||
          (l->kind == K_HEAD && head_then_lead(p, k, 0)))
        break;
      l->kind = K_FURN;
    }
    i = k - 1;
  }
}

static NgStatus
add_unit(Page   *p,
         size_t *cap,
         size_t  first,
         size_t  last,
         int     kind,
         int     lead,
         int     signs)
{
  if (p->n_units == *cap) {
    *cap    = *cap ? *cap * 2 : 32;
    Unit *v = ng_realloc(p->units, *cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    p->units = v;
  }
  Unit *u  = &p->units[p->n_units++];
  u->first = first;
  u->last  = last;
  u->kind  = kind;
  u->lead  = lead;
  u->signs = signs;
  return NG_OK;
}

/* 1 when the short line I, read as a headline, is a line of text that a
   page broke inside a sentence: the very next line (no blank line
   between) is text of a few characters that ends the sentence (…主任某某
   \n某参加检查。). A headline is followed by its news, not by the tail of
   a sentence. */
static int
broken_before_tail(const Page *p, size_t i)
{
  const int32_t *s = p->c->s;
  size_t         j = i + 1;
  if (j >= p->n_lines || head_then_lead(p, i, 0))
    return 0;
  const Line *l = &p->lines[i], *nl = &p->lines[j];
  if (nl->kind != K_TEXT || nl->lead)
    return 0;
  int breaks = 0;
  for (size_t k = l->e; k < nl->b; k++)
    breaks += s[k] == '\n';
  if (breaks != 1)
    return 0;
  if (nl->closed && nl->e - nl->b < 10)
    return 1;
  /* …顾振东代表政协第八届金山区\n委员会常务委员会作工作报告。区政协…:
     between two lines of text, no blank line on either side, a line whose
     next ends a sentence within a few characters and goes on */
  if (i == 0 || p->lines[i - 1].kind != K_TEXT)
    return 0;
  int before = 0;
  for (size_t k = p->lines[i - 1].e; k < l->b; k++)
    before += s[k] == '\n';
  size_t stop = nl->b;
  while (stop < nl->e && s[stop] != 0x3002)
    stop++;
  return before == 1 && stop < nl->e - 1 && stop - nl->b <= 20;
}

/* Joins text lines that a page broke inside a sentence into paragraphs. */
static NgStatus
make_units(Page *p)
{
  size_t cap = 0;
  for (size_t i = 0; i < p->n_lines;) {
    const Line *l = &p->lines[i];
    if (l->kind == K_FURN) {
      i++;
      continue;
    }
    size_t last = i;
    int    kind = l->kind;
    if (kind == K_HEAD && broken_before_tail(p, i))
      kind = K_TEXT;
    if (kind == K_TEXT) {
      int open = !l->closed;
      while (open) {
        size_t j = next_line_of(p, last);
        if (j >= p->n_lines)
          break;
        const Line *nl = &p->lines[j];
        if (nl->kind == K_TEXT && !nl->lead)
          ;
        else if (nl->kind == K_HEAD && !head_then_lead(p, j, 0))
          ;
        else
          break;
        last = j;
        open = !nl->closed;
      }
    }
    NgStatus st =
      add_unit(p, &cap, i, last, kind, l->lead, p->lines[last].signs);
    if (st)
      return st;
    i = last + 1;
  }
  return NG_OK;
}

/* ---------------------------------------------------------------- articles */

typedef struct {
  size_t ub, ue; /* units [ub, ue) */
  long   head;   /* the headline unit, or -1 */
  size_t body;   /* the first body unit (ue when none) */
} Span;

static int
next_is_body(const Page *p, size_t k)
{
  for (k++; k < p->n_units; k++) {
    int kind = p->units[k].kind;
    if (kind == K_TEXT)
      return 1;
    if (kind == K_BYLINE)
      return 0;
  }
  return 0;
}

static int
is_numeral(int32_t c)
{
  return is_digit(c) ||
         (c >= 0x4E00 &&
          (c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB ||
           c == 0x4E94 || c == 0x516D || c == 0x4E03 || c == 0x516B ||
           c == 0x4E5D || c == 0x5341)); /* 一 二 三 四 五 六 七 八 九 十 */
}

/* Whether line L opens with the number of a section: 一、 (二) 3. 第四 */
static int
numbered(const Page *p, const Line *l)
{
  const int32_t *s = p->c->s;
  size_t         i = l->b;
  if (i < l->e && s[i] == 0x7B2C) /* 第 */
    return i + 1 < l->e && is_numeral(s[i + 1]);
  if (i < l->e && s[i] == '(')
    return i + 1 < l->e && is_numeral(s[i + 1]);
  if (i >= l->e || !is_numeral(s[i]))
    return 0;
  while (i < l->e && is_numeral(s[i]))
    i++;
  return i < l->e && (s[i] == 0x3001 || s[i] == '.'); /* 、 */
}

/* Whether a paragraph opening with its day may start an article under
   headline unit K: the text before the headline is finished and the
   headline is no numbered section of a longer report. */
static int
dated_may_lead(const Page *p, size_t k)
{
  return k > 0 && p->units[k - 1].kind == K_TEXT &&
         p->lines[p->units[k - 1].last].closed &&
         !numbered(p, &p->lines[p->units[k].first]);
}

static NgStatus
find_articles(Page *p, Span **out, size_t *n_out)
{
  size_t cap = 8, n = 0;
  Span  *v = ng_malloc(cap * sizeof *v);
  if (!v)
    return NG_ERR_NOMEM;
  Span cur      = { 0, 0, -1, 0 };
  int  has_body = 0, prev = -1, led = 0, signed_off = 0, prev_signs = 0;
  for (size_t k = 0; k < p->n_units; k++) {
    const Unit *u = &p->units[k];
    if (has_body) {
      int split = 0;
      /* A headline and a lead start an article only after one that had a
         lead or a byline of its own: photo captions before a page's only
         lead do not make articles. A paragraph that opens with its day is
         a lead here when the text before the headline was finished. */
      if (u->kind == K_HEAD && (led || signed_off) &&
          head_then_lead(p, p->units[k].last, dated_may_lead(p, k)))
        split = 1;
      /* after a byline line, or a paragraph closed by one (…。(记者 X)) */
      int after_byline = prev == K_BYLINE || prev_signs;
      if (u->kind == K_HEAD && after_byline && next_is_body(p, k))
        split = 1;
      if (u->kind == K_TEXT && u->lead && after_byline)
        split = 1;
      if (split) {
        if (n == cap) {
          cap *= 2;
          Span *nv = ng_realloc(v, cap * sizeof *nv);
          if (!nv) {
            ng_free(v);
            return NG_ERR_NOMEM;
          }
          v = nv;
        }
        cur.ue   = k;
        v[n++]   = cur;
        cur      = (Span){ k, k, -1, 0 };
        has_body = led = signed_off = 0;
      }
    }
    led |= u->kind == K_TEXT && u->lead;
    signed_off |= has_body && (u->kind == K_BYLINE || u->signs);
    if (u->kind == K_HEAD && !has_body && cur.head < 0)
      cur.head = (long)k;
    if (u->kind == K_TEXT && !has_body) {
      has_body = 1;
      cur.body = k;
    }
    prev       = u->kind;
    prev_signs = u->kind == K_TEXT && u->signs;
  }
  if (!has_body)
    cur.body = p->n_units;
  if (n == cap) {
    Span *nv = ng_realloc(v, (cap + 1) * sizeof *nv);
    if (!nv) {
      ng_free(v);
      return NG_ERR_NOMEM;
    }
    v = nv;
  }
  cur.ue = p->n_units;
  if (cur.ue > cur.ub)
    v[n++] = cur;
  *out   = v;
  *n_out = n;
  return NG_OK;
}

/* The text of one article while it is built. */
typedef struct {
  NgBuf  text, orig;
  long  *off;
  size_t cap;
  int    misaligned; /* a character of orig took other bytes than in text */
  size_t n_para, cap_para, cap_sent, cap_by;
} Build;

static NgStatus
put(Build *b, int32_t s, int32_t o, long at)
{
  char    u[4], v[4];
  int32_t k = 0, ko = 0;
  U8_APPEND_UNSAFE(u, k, s);
  U8_APPEND_UNSAFE(v, ko, o);
  b->misaligned |= k != ko;
  if (b->text.len + (size_t)k + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 1024;
    while (cap < b->text.len + (size_t)k + 1)
      cap *= 2;
    long *off = ng_realloc(b->off, cap * sizeof *off);
    if (!off)
      return NG_ERR_NOMEM;
    b->off = off;
    b->cap = cap;
  }
  for (int32_t i = 0; i < k; i++)
    b->off[b->text.len + (size_t)i] = at;
  if (ng_buf_append(&b->text, u, (size_t)k) ||
      ng_buf_append(&b->orig, v, (size_t)ko))
    return NG_ERR_NOMEM;
  b->off[b->text.len] = at + 1;
  return NG_OK;
}

/* put() for the characters [from, to) of C, with one reservation. */
static NgStatus
put_run(Build *b, const NgPageChars *c, size_t from, size_t to)
{
  size_t most = (to - from) * 4;
  if (from >= to)
    return NG_OK;
  if (b->text.len + most + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 1024;
    while (cap < b->text.len + most + 1)
      cap *= 2;
    long *off = ng_realloc(b->off, cap * sizeof *off);
    if (!off)
      return NG_ERR_NOMEM;
    b->off = off;
    b->cap = cap;
  }
  if (ng_buf_reserve(&b->text, most) || ng_buf_reserve(&b->orig, most))
    return NG_ERR_NOMEM;
  char  *t = b->text.data, *o = b->orig.data;
  size_t tn = b->text.len, on = b->orig.len;
  long  *off = b->off;
  int    mis = 0;
  for (size_t j = from; j < to; j++) {
    int32_t k = (int32_t)tn, ko = (int32_t)on;
    long    at = (long)c->at[j];
    U8_APPEND_UNSAFE(t, k, c->s[j]);
    U8_APPEND_UNSAFE(o, ko, c->o[j]);
    mis |= (size_t)k - tn != (size_t)ko - on;
    for (size_t i = tn; i < (size_t)k; i++)
      off[i] = at;
    tn = (size_t)k;
    on = (size_t)ko;
  }
  off[tn]     = (long)c->at[to - 1] + 1;
  t[tn]       = '\0';
  o[on]       = '\0';
  b->text.len = tn;
  b->orig.len = on;
  b->misaligned |= mis;
  return NG_OK;
}

static NgStatus
add_range(NgRange      **v,
          size_t        *n,
          size_t        *cap,
          size_t         start,
          size_t         end,
          NgSentenceKind kind,
          size_t         para)
{
  if (*n == *cap) {
    *cap       = *cap ? *cap * 2 : 16;
    NgRange *r = ng_realloc(*v, *cap * sizeof *r);
    if (!r)
      return NG_ERR_NOMEM;
    *v = r;
  }
  (*v)[*n].start     = start;
  (*v)[*n].end       = end;
  (*v)[*n].kind      = kind;
  (*v)[*n].paragraph = para;
  ++*n;
  return NG_OK;
}

/* Adds the bylines of text[tb, te) of A, parsed from ROLE on. Returns how
   many names were found in *found when not NULL. */
/* Drops the spaces from the UTF-8 string S (NULL stays NULL). */
static void
squeeze_spaces(char *s)
{
  if (!s)
    return;
  size_t w = 0, n = strlen(s);
  for (int32_t i = 0; (size_t)i < n;) {
    int32_t b = i, c;
    U8_NEXT(s, i, (int32_t)n, c);
    if (!is_space(c)) {
      memmove(s + w, s + b, (size_t)(i - b));
      w += (size_t)(i - b);
    }
  }
  s[w] = '\0';
}

static NgStatus
add_bylines(const NgPageRules *r,
            NgArticle         *a,
            Build             *b,
            size_t             tb,
            size_t             te,
            int                role)
{
  Parse pr;
  parse_byline(r, a->text + tb, te - tb, role, &pr);
  for (size_t i = 0; i < pr.n && a->n_bylines < MAX_BYLINES; i++) {
    size_t s = tb + pr.v[i].start, e = tb + pr.v[i].end;
    int    dup = 0;
    for (size_t k = 0; k < a->n_bylines; k++)
      dup |= a->bylines[k].role == (NgBylineRole)pr.v[i].role &&
             strlen(a->bylines[k].name) == e - s &&
             !memcmp(a->bylines[k].name, a->text + s, e - s);
    if (dup)
      continue;
    if (a->n_bylines == b->cap_by) {
      b->cap_by   = b->cap_by ? b->cap_by * 2 : 8;
      NgByline *v = ng_realloc(a->bylines, b->cap_by * sizeof *v);
      if (!v)
        return NG_ERR_NOMEM;
      a->bylines = v;
    }
    NgByline *by = &a->bylines[a->n_bylines];
    memset(by, 0, sizeof *by);
    by->name = ng_strndup(a->text + s, e - s);
    by->orig = ng_article_orig(a, s, e);
    squeeze_spaces(by->name); /* 蒋 鹏 */
    squeeze_spaces(by->orig);
    by->role  = (NgBylineRole)pr.v[i].role;
    by->start = a->offset[s];
    by->end   = a->offset[e - 1] + 1;
    a->n_bylines++;
    if (!by->name || !by->orig)
      return NG_ERR_NOMEM;
  }
  return NG_OK;
}

/* A byline without brackets right after a news lead, starting with a role
   word: 本报讯 记者王明 通讯员李红 3月5日,…; it runs up to a digit or a
   stop and ends at the last word that is a name or a role. Returns its
   end, or 0. */
static size_t
lead_words(Page *p, const NgArticle *a, size_t i, size_t lim)
{
  const char    *t  = a->text;
  const Keyword *kw = i < lim ? keyword_at(t + i, lim - i) : NULL;
  if (!kw || kw->role == ROLE_NONE)
    return 0;
  size_t e = i;
  while (e < lim) {
    int32_t k = (int32_t)e, c;
    U8_NEXT(t, k, (int32_t)lim, c);
    if (c < 0 || is_digit(c) || is_terminal(c) || c == ',' || c == ':' ||
        c == 0x3001 || c == '(')
      break;
    e = (size_t)k;
  }
  for (;;) {
    while (e > i && t[e - 1] == ' ')
      e--;
    Parse pr;
    parse_byline(p->r, t + i, e - i, NG_BYLINE_REPORTER, &pr);
    if (pr.n && pr.first_keyword && !pr.junk)
      return e;
    while (e > i && t[e - 1] != ' ')
      e--; /* drop the last word */
    if (e == i)
      return 0;
  }
}

/* A bracketed byline right after a news lead: 本报讯(记者 X), 讯【记者X】,
   讯(刘洋), or one of words (lead_words()). Returns the end of the bracket,
   or 0. */
static size_t
lead_bracket(Page            *p,
             const NgArticle *a,
             size_t           ps,
             size_t           pe,
             size_t          *cb,
             size_t          *ce)
{
  const char *t = a->text;
  int64_t     g[2];
  size_t      lim = pe - ps > 240 ? ps + 240 : pe;
  if (rlead_run(p->r, t + ps, lim - ps, g)) {
    *cb = ps;
    *ce = ps + (size_t)g[1];
    return *ce;
  }
  if (!lead_run(p->r, t + ps, lim - ps, g))
    return 0;
  size_t i = ps + (size_t)g[1];
  while (i < lim && t[i] == ' ')
    i++;
  const char *close = NULL;
  if (i < lim && (t[i] == '(' || t[i] == '['))
    close = t[i] == '(' ? ")" : "]";
  else if (lim - i >= 3 && !memcmp(t + i, "【", 3))
    close = "】";
  if (!close) {
    /* 讯 记者王明报道:… or 讯 记者王明 通讯员李红 3月5日… */
    size_t e = 0;
    if (i < lim && rlead_run(p->r, t + i, lim - i, g))
      e = i + (size_t)g[1];
    else if (i < lim)
      e = lead_words(p, a, i, lim);
    if (!e)
      return 0;
    *cb = i;
    *ce = e;
    return e;
  }
  size_t open = i + (t[i] == '(' || t[i] == '[' ? 1 : 3);
  for (size_t k = open; k < lim && k < open + 150; k++)
    if (!memcmp(t + k, close, strlen(close))) {
      Parse pr;
      parse_byline(p->r, t + open, k - open, NG_BYLINE_REPORTER, &pr);
      if (!pr.n || (!pr.first_keyword && pr.junk))
        return 0;
      *cb = open;
      *ce = k;
      /* a second bracket of its own role: (记者 王明)(通讯员 李红) */
      size_t j = k + strlen(close);
      if (j < lim && t[j] == '(')
        for (size_t m = j + 1; m < lim && m < j + 80; m++)
          if (t[m] == ')') {
            parse_byline(p->r, t + j + 1, m - j - 1, ROLE_NONE, &pr);
            if (pr.n && pr.first_keyword && !pr.junk) {
              *ce = m;
              return m + 1;
            }
            break;
          }
      return j;
    }
  return 0;
}

/* A byline in brackets closing a paragraph: …。(孙丽华). Returns where the
   bracket opens, or 0. */
static size_t
trailing_bracket(Page *p, const NgArticle *a, size_t ps, size_t pe)
{
  const char *t = a->text;
  if (pe <= ps || t[pe - 1] != ')')
    return 0;
  size_t k = pe - 1;
  while (k > ps && pe - k < 60 && t[k - 1] != '(')
    k--;
  if (k <= ps || t[k - 1] != '(')
    return 0;
  size_t open = k - 1;
  if (open > ps) {
    int32_t j = (int32_t)open, c;
    U8_PREV(t, (int32_t)ps, j, c);
    if (!is_terminal(c))
      return 0;
  }
  Parse pr;
  parse_byline(p->r, t + k, pe - 1 - k, NG_BYLINE_REPORTER, &pr);
  return pr.n && !pr.junk ? open : 0;
}

/* Splits text[s, e) into sentences after 。！？；… outside quotes and
   brackets. */
static NgStatus
split_body(NgArticle *a, Build *b, size_t s, size_t e, size_t para)
{
  const char    *t    = a->text;
  unsigned char *mark = NULL;
  size_t        *stk = NULL, n_stk = 0, cap_stk = 0;
  NgStatus       st = NG_OK;
  /* First pass: which openers and closers pair up. */
  if (!(mark = ng_calloc(e - s + 1, 1)))
    return NG_ERR_NOMEM;
  for (int32_t i = (int32_t)s; (size_t)i < e;) {
    int32_t at = i, c;
    U8_NEXT(t, i, (int32_t)e, c);
    int open = c == 0x201C || c == '(' || c == 0x3010 || c == 0x300A ||
               c == 0x300C || c == 0x300E || c == 0x2018;
    int close = c == 0x201D || c == ')' || c == 0x3011 || c == 0x300B ||
                c == 0x300D || c == 0x300F || c == 0x2019;
    if (open) {
      if (n_stk == cap_stk) {
        cap_stk    = cap_stk ? cap_stk * 2 : 16;
        size_t *ns = ng_realloc(stk, cap_stk * sizeof *ns);
        if (!ns) {
          st = NG_ERR_NOMEM;
          goto done;
        }
        stk = ns;
      }
      stk[n_stk++] = (size_t)at;
    } else if (close && n_stk) {
      mark[stk[--n_stk] - s] = 1;
      mark[(size_t)at - s]   = 2;
    }
  }
  /* Second pass: cut at sentence ends outside pairs, and cut a sentence
     that runs on too long at its last comma (or anywhere), so that no
     later stage ever sees more than a few hundred characters at once. */
  int    depth = 0;
  size_t start = s, soft = s;
  for (int32_t i = (int32_t)s; (size_t)i < e;) {
    int32_t at = i, c;
    U8_NEXT(t, i, (int32_t)e, c);
    if (mark[(size_t)at - s] == 1)
      depth++;
    else if (mark[(size_t)at - s] == 2 && depth > 0)
      depth--;
    if (c == ',' || c == 0x3001 || c == ':' || c == ' ')
      soft = (size_t)i;
    if ((size_t)i - start > MAX_SENTENCE && (size_t)i < e) {
      size_t cut = soft > start ? soft : (size_t)i;
      size_t ss  = start;
      while (ss < cut && t[ss] == ' ')
        ss++;
      if (cut > ss && (st = add_range(&a->sentences,
                                      &a->n_sentences,
                                      &b->cap_sent,
                                      ss,
                                      cut,
                                      NG_SENTENCE_BODY,
                                      para)))
        goto done;
      start = soft = cut;
      depth        = 0;
      continue;
    }
    if (depth || !is_terminal(c))
      continue;
    /* Take further ends and unpaired closers with this sentence. */
    while ((size_t)i < e) {
      int32_t k = i, d;
      U8_NEXT(t, k, (int32_t)e, d);
      if (!is_terminal(d) && !(is_closer(d) && !mark[(size_t)i - s]))
        break;
      i = k;
    }
    size_t ss = start, se = (size_t)i;
    while (ss < se && t[ss] == ' ')
      ss++;
    if (se > ss && (st = add_range(&a->sentences,
                                   &a->n_sentences,
                                   &b->cap_sent,
                                   ss,
                                   se,
                                   NG_SENTENCE_BODY,
                                   para)))
      goto done;
    start = soft = (size_t)i;
  }
  {
    size_t ss = start, se = e;
    while (ss < se && t[ss] == ' ')
      ss++;
    while (se > ss && t[se - 1] == ' ')
      se--;
    if (se > ss)
      st = add_range(&a->sentences,
                     &a->n_sentences,
                     &b->cap_sent,
                     ss,
                     se,
                     NG_SENTENCE_BODY,
                     para);
  }
done:
  ng_free(mark);
  ng_free(stk);
  return st;
}

/* Sentences, bylines and the date of a built article. */
static NgStatus
read_article(Page *p, NgArticle *a, Build *b, char date[11])
{
  NgStatus st = NG_OK;
  int      dl = 0;
  for (size_t k = 0; k < a->n_paragraphs; k++) {
    NgRange       *pg = &a->paragraphs[k];
    size_t         ps = pg->start, pe = pg->end;
    NgSentenceKind kind = pg->kind;
    if (kind == NG_SENTENCE_BYLINE) {
      NG_TRY(st, add_bylines(p->r, a, b, ps, pe, NG_BYLINE_REPORTER));
    } else if (kind == NG_SENTENCE_META) {
      NG_TRY(st, add_bylines(p->r, a, b, ps, pe, ROLE_NONE));
      if (!date[0])
        find_date(p, p->r->date, a->text + ps, pe - ps, date);
    }
    if (kind != NG_SENTENCE_BODY) {
      NG_TRY(st,
             add_range(
               &a->sentences, &a->n_sentences, &b->cap_sent, ps, pe, kind, k));
      continue;
    }
    size_t cb = 0, ce = 0, lead = lead_bracket(p, a, ps, pe, &cb, &ce);
    if (lead) {
      NG_TRY(st,
             add_bylines(
               p->r, a, b, cb, ce, cb == ps ? ROLE_NONE : NG_BYLINE_REPORTER));
      NG_TRY(st,
             add_range(&a->sentences,
                       &a->n_sentences,
                       &b->cap_sent,
                       ps,
                       lead,
                       NG_SENTENCE_BYLINE,
                       k));
      if (!dl && !date[0]) {
        char d[11] = "";
        if (find_date(p, p->r->dateline, a->text + ps, lead - ps, d))
          memcpy(date, d, 11);
      }
      ps = lead;
    } else if (!dl && !date[0] && pe - ps > 0) {
      char   d[11] = "";
      size_t lim   = pe - ps > 120 ? ps + 120 : pe;
      if (find_date(p, p->r->dateline, a->text + ps, lim - ps, d))
        memcpy(date, d, 11);
    }
    dl           = 1;
    size_t trail = trailing_bracket(p, a, ps, pe);
    NG_TRY(st, split_body(a, b, ps, trail ? trail : pe, k));
    if (trail) {
      NG_TRY(st, add_bylines(p->r, a, b, trail, pe, NG_BYLINE_REPORTER));
      NG_TRY(st,
             add_range(&a->sentences,
                       &a->n_sentences,
                       &b->cap_sent,
                       trail,
                       pe,
                       NG_SENTENCE_BYLINE,
                       k));
    }
  }
done:
  return st;
}

static char *utf8_dup(const int32_t *cp, size_t b, size_t e);

/* Builds article PART from the units of SP. */
static NgStatus
build_article(Page *p, const Span *sp, int part, const char *date, NgArticle *a)
{
  const NgPageChars *c     = p->c;
  Build              b     = { { 0 }, { 0 }, NULL, 0, 0, 0, 0, 0, 0 };
  NgStatus           st    = NG_OK;
  char               d[11] = "";
  memset(a, 0, sizeof *a);
  a->part           = part;
  a->headline_start = a->headline_end = -1;
  for (size_t k = sp->ub; k < sp->ue; k++) {
    if ((long)k == sp->head)
      continue;
    const Unit    *u     = &p->units[k];
    NgSentenceKind kind  = u->kind == K_META     ? NG_SENTENCE_META
                           : u->kind == K_BYLINE ? NG_SENTENCE_BYLINE
                           : u->kind == K_HEAD && k < sp->body
                             ? NG_SENTENCE_HEADLINE
                             : NG_SENTENCE_BODY;
    size_t         start = b.text.len;
    long           end   = 0;
    for (size_t i = u->first; i <= u->last; i++) {
      const Line *l = &p->lines[i];
      if (l->kind == K_FURN && i != u->first)
        continue;
      NG_TRY(st, put_run(&b, c, l->b, l->e));
      end = (long)c->at[l->e - 1] + 1;
    }
    NG_TRY(st, put(&b, '\n', '\n', end));
    b.off[b.text.len - 1] = end;
    NG_TRY(st,
           add_range(&a->paragraphs,
                     &a->n_paragraphs,
                     &b.n_para,
                     start,
                     b.text.len - 1,
                     kind,
                     a->n_paragraphs));
  }
  if (sp->head >= 0) {
    const Unit *u = &p->units[sp->head];
    const Line *l = &p->lines[u->first];
    NG_TRY(st, utf8_of(p, l->b, l->e));
    a->headline       = ng_buf_take(&p->tmp);
    a->headline_start = (long)c->at[l->b];
    a->headline_end   = (long)c->at[l->e - 1] + 1;
    a->headline_orig  = utf8_dup(c->o, l->b, l->e);
  } else
    a->headline = ng_strdup("");
  if (!a->headline || (sp->head >= 0 && !a->headline_orig)) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  if (!b.off && (st = put(&b, ' ', ' ', 0)) == NG_OK) {
    /* An article of a headline alone: an empty body. */
    b.text.len = b.orig.len = 0;
    b.text.data[0] = b.orig.data[0] = '\0';
    b.off[0]                        = a->headline_end > 0 ? a->headline_end : 0;
  }
  if (st)
    goto done;
  a->len     = b.text.len;
  a->aligned = !b.misaligned;
  a->text    = ng_buf_take(&b.text);
  a->orig    = ng_buf_take(&b.orig);
  a->offset  = b.off;
  b.off      = NULL;
  if (!a->text || !a->orig) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  NG_TRY(st, read_article(p, a, &b, d));
  if (d[0] || (date && *date)) {
    if (!(a->date = ng_strdup(d[0] ? d : date)))
      st = NG_ERR_NOMEM;
  }
done:
  ng_buf_free(&b.text);
  ng_buf_free(&b.orig);
  ng_free(b.off);
  return st;
}

void
ng_article_clear(NgArticle *a)
{
  if (!a)
    return;
  ng_free(a->headline);
  ng_free(a->headline_orig);
  ng_free(a->date);
  ng_free(a->text);
  ng_free(a->orig);
  ng_free(a->offset);
  ng_free(a->paragraphs);
  ng_free(a->sentences);
  for (size_t i = 0; i < a->n_bylines; i++) {
    ng_free(a->bylines[i].name);
    ng_free(a->bylines[i].orig);
  }
  ng_free(a->bylines);
  memset(a, 0, sizeof *a);
}

/* The UTF-8 of code points CP[b, e); caller frees. */
static char *
utf8_dup(const int32_t *cp, size_t b, size_t e)
{
  char *u = ng_malloc((e - b) * 4 + 1);
  if (!u)
    return NULL;
  int32_t k = 0;
  for (size_t i = b; i < e; i++)
    U8_APPEND_UNSAFE(u, k, cp[i]);
  u[k] = '\0';
  return u;
}

/* Adds to A the byline NAME (chars [cb, ce) of the page) unless it has it. */
static NgStatus
add_page_byline(const NgPageChars *c,
                NgArticle         *a,
                size_t             cb,
                size_t             ce,
                int                role)
{
  char *name = utf8_dup(c->s, cb, ce);
  if (!name)
    return NG_ERR_NOMEM;
  for (size_t k = 0; k < a->n_bylines; k++)
    if (a->bylines[k].role == (NgBylineRole)role &&
        !strcmp(a->bylines[k].name, name)) {
      ng_free(name);
      return NG_OK;
    }
  NgByline *v = ng_realloc(a->bylines, (a->n_bylines + 1) * sizeof *v);
  if (!v) {
    ng_free(name);
    return NG_ERR_NOMEM;
  }
  a->bylines   = v;
  NgByline *by = &a->bylines[a->n_bylines++];
  memset(by, 0, sizeof *by);
  by->name  = name;
  by->orig  = utf8_dup(c->o, cb, ce);
  by->role  = (NgBylineRole)role;
  by->start = (long)c->at[cb];
  by->end   = (long)c->at[ce - 1] + 1;
  return by->orig ? NG_OK : NG_ERR_NOMEM;
}

/* A page header that names its editors (第02版:要闻 本版编辑:卢静宜,
   责编 X 美编 Y) is dropped as furniture; the names in it are bylines of
   every article on the page. So are those of a masthead's dated
   publication line above the first headline (某某日报 2024年5月6日 星期一
   3 要闻 责任编辑:某某). */
static NgStatus
page_editors(Page *p, NgArticle *v, size_t n)
{
  static const int32_t ed[2] = { 0x7F16, 0x8F91 }, ze[2] = { 0x8D23, 0x7F16 };
  int                  top = 1; /* no headline yet */
  for (size_t i = 0; i < p->n_lines && n; i++) {
    const Line    *l   = &p->lines[i];
    const int32_t *s   = p->c->s;
    int            has = 0;
    if (l->kind == K_HEAD || l->kind == K_TEXT)
      top = 0;
    if (l->kind != K_FURN && !(top && l->kind == K_META))
      continue;
    size_t le = l->fe ? l->fe : l->e;
    for (size_t k = l->b; k + 1 < le && !has; k++)
      has = (s[k] == ed[0] && s[k + 1] == ed[1]) ||
            (s[k] == ze[0] && s[k + 1] == ze[1]); /* 编辑 责编 */
    if (!has)
      continue;
    NgStatus st = utf8_of(p, l->b, le);
    if (st)
      return st;
    Parse pr;
    parse_byline(p->r, p->tmp.data, p->tmp.len, ROLE_NONE, &pr);
    for (size_t f = 0; f < pr.n; f++) {
      /* the name's bytes in p->tmp back to characters of the page */
      size_t  cb = l->b, ce;
      int32_t j  = 0;
      while ((size_t)j < pr.v[f].start) {
        int32_t c;
        U8_NEXT(p->tmp.data, j, (int32_t)p->tmp.len, c);
        cb++;
      }
      for (ce = cb; (size_t)j < pr.v[f].end; ce++) {
        int32_t c;
        U8_NEXT(p->tmp.data, j, (int32_t)p->tmp.len, c);
      }
      for (size_t a = 0; a < n; a++)
        if ((st = add_page_byline(p->c, &v[a], cb, ce, pr.v[f].role)))
          return st;
    }
  }
  return NG_OK;
}

/* The width of line L as a page sets it, its indent counted: two for a
   Han character, a full-width mark or an ideographic space of the indent
   (their folded forms: , ; : ( ) ! ? and the spaces before the text),
   one for a digit, a Latin letter or a space inside (2024, a name), which
   a column fits two to a Han character's place; a digit counts DIGIT
   here (2 where a page sets each digit of a year in a Han character's
   place: 关于2024年度). */
static size_t
line_width(const Page *p, const Line *l, size_t digit)
{
  const int32_t *s = p->c->s;
  size_t         b = l->b, w = 0;
  while (b > 0 && s[b - 1] != '\n' && is_space(s[b - 1])) {
    b--;
    w += 2;
  }
  for (size_t k = l->b; k < l->e; k++)
    w += s[k] >= 0x1100 || s[k] == ',' || s[k] == ';' || s[k] == ':' ||
             s[k] == '(' || s[k] == ')' || s[k] == '!' || s[k] == '?'
           ? 2
         : s[k] >= '0' && s[k] <= '9' ? digit
                                      : 1;
  return w;
}

/* line_width() with a digit one wide, as most pages set it. */
static size_t
set_width(const Page *p, const Line *l)
{
  return line_width(p, l, 1);
}

/* A page set in a narrow column of one width: a line read as a headline
   (short, unfinished, no 。) that fills the column as its lines of text
   do, after a line of text and running on at once (no blank line) into
   text that is no lead (会议听取了市水利局关于…的汇报和市住房和城乡建设局 |
   关于…; 　　县委常委,县人大常委会、县政府、县政协 | 有关负责同志出席会议。)
   is a line of that text, broken at the column's edge. The column's
   width is the one that most of the page's unfinished lines of text
   share, give or take a Han character's half, when four or more do and
   it holds eight Han characters (headlines, which may share a width, do
   not count). */
static void
column_lines(Page *p)
{
  enum { MAX_W = 160 };
  unsigned count[MAX_W + 2] = { 0 };
  for (size_t i = 0; i < p->n_lines; i++) {
    const Line *l = &p->lines[i];
    if (l->kind == K_TEXT && !l->closed) {
      size_t w = set_width(p, l);
      if (w <= MAX_W)
        count[w]++;
    }
  }
  size_t   col  = 0;
  unsigned best = 3;
  for (size_t w = 16; w <= MAX_W; w++)
    if (count[w - 1] + count[w] + count[w + 1] > best) {
      best = count[w - 1] + count[w] + count[w + 1];
      col  = w;
    }
  if (!col)
    return;
  const int32_t *s = p->c->s;
  for (size_t i = 1; i + 1 < p->n_lines; i++) {
    Line *l = &p->lines[i], *pv = &p->lines[i - 1], *nx = &p->lines[i + 1];
    if (l->kind != K_HEAD || l->lead || pv->kind != K_TEXT ||
        (nx->kind != K_TEXT && nx->kind != K_HEAD) || nx->lead || nx->dated)
      continue;
    /* (a page may set each digit of a year in a Han character's place:
       会议听取和审议了市人民政府关于2024年度 | 市级…) */
    size_t w = set_width(p, l), w2 = line_width(p, l, 2), breaks = 0;
    if ((w + 2 < col || w > col + 2) && (w2 + 2 < col || w2 > col + 2))
      continue;
    for (size_t k = l->e; k < nx->b; k++)
      breaks += s[k] == '\n';
    if (breaks == 1)
      l->kind = K_TEXT;
  }
}

/* A page set in a narrow column breaks its lines at one width: a short
   line taken for a headline that opens a paragraph after a finished one,
   holds a clause mark (，、) inside, and runs on at once (no blank line)
   into a line of the same width that is no lead (…一行还到大丰港二期 |
   码头、…) is the first line of that paragraph, not a headline. The
   width counts the paragraph's indent (the two ideographic spaces before
   its first line are set in the column too). */
static void
unbreak_columns(Page *p)
{
  const int32_t *s = p->c->s;
  for (size_t i = 1; i + 1 < p->n_lines; i++) {
    Line *l = &p->lines[i], *pv = &p->lines[i - 1], *nx = &p->lines[i + 1];
    if (l->kind != K_HEAD || pv->kind != K_TEXT || !pv->closed ||
        (nx->kind != K_TEXT && nx->kind != K_HEAD) || nx->lead || nx->dated)
      continue;
    size_t lb = l->b;
    while (lb > pv->e && s[lb - 1] != '\n' && is_space(s[lb - 1]))
      lb--;
    size_t len = l->e - lb, nlen = nx->e - nx->b, breaks = 0;
    if (len < 12 || nlen + 1 < len || nlen > len + 1)
      continue;
    for (size_t k = l->e; k < nx->b; k++)
      breaks += s[k] == '\n';
    int marks = 0;
    for (size_t k = l->b + 2; k + 1 < l->e; k++)
      marks += s[k] == ',' || s[k] == 0xFF0C || s[k] == 0x3001;
    if (breaks == 1 && marks)
      l->kind = K_TEXT;
  }
  column_lines(p);
}

NgStatus
ng_page_articles(NgPageRules       *r,
                 const NgPageChars *c,
                 const char        *date,
                 NgArticle        **out,
                 size_t            *n_out)
{
  Page       p    = { r, c, NULL, 0, NULL, 0, { 0 }, "", NULL, 0 };
  Span      *sp   = NULL;
  size_t     n_sp = 0, made = 0;
  NgArticle *v  = NULL;
  NgStatus   st = NG_OK;
  if (r->n_furn && !(p.mark = ng_malloc(r->n_furn)))
    return NG_ERR_NOMEM;
  NG_TRY(st, split_lines(&p));
  for (size_t i = 0; i < p.n_lines; i++) {
    NG_TRY(st, classify(&p, &p.lines[i]));
    p.text_seen |= p.lines[i].kind == K_TEXT;
  }
  unbreak_columns(&p);
  drop_related_lists(&p);
  NG_TRY(st, make_units(&p));
  NG_TRY(st, find_articles(&p, &sp, &n_sp));
  if (n_sp && !(v = ng_calloc(n_sp, sizeof *v))) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < n_sp; i++) {
    /* The page's own date (a dated page header) stands for every
       article's; the first article's date for the later ones. */
    const char *d = p.page_date[0]   ? p.page_date
                    : i && v[0].date ? v[0].date
                                     : date;
    NG_TRY(st, build_article(&p, &sp[i], (int)i + 1, d, &v[i]));
    made++;
  }
  NG_TRY(st, page_editors(&p, v, n_sp));
done:
  if (st && v) {
    for (size_t i = 0; i <= made && i < n_sp; i++)
      ng_article_clear(&v[i]);
    ng_free(v);
    v = NULL;
  }
  ng_free(p.lines);
  ng_free(p.units);
  ng_free(p.mark);
  ng_buf_free(&p.tmp);
  ng_free(sp);
  if (st)
    return st;
  *out   = v;
  *n_out = n_sp;
  return NG_OK;
}
