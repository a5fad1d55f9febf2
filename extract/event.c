/* extract/event.c -- events, their participants and roles, dates and
   places, read off the sequence of words and mentions of each sentence.

   One pass over each sentence turns the text into items: the mentions the
   entity recognizers found, the event words of data/events.tsv (longest
   match, looked up by first character), dates and punctuation. Rules then
   work on those few items, never on characters: an event noun with a
   trigger before or after it (召开…会议, …会议召开) opens an event and takes
   the name the text gives it; an inspection verb with a person as its
   subject (…带队到…调研) opens an inspection led by that person; role verbs
   (主持, 出席, 陪同, 讲话 …) give their subjects a role in the nearest
   event, so that later sentences (会上, 他强调) add to the event the
   article is about. Dates resolve against the article's date. */
#include "extract/event.h"

#include "extract/iri.h"
#include "extract/lexicon.h"
#include "graph/buf.h"
#include "graph/vocab.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------- lexicon */

typedef enum {
  W_NOUN,
  W_HOLD,
  W_CHAIR,
  W_ATTEND,
  W_ACCOMPANY,
  W_SPEAK,
  W_INSPECT,
  W_LEAD,
  W_MEET,
  W_MOVE,
  W_REF,
  W_BLOCK,
  W_FUTURE,
  W_YESTERDAY,
  W_TODAY,
  W_SAMEDAY,
  W_UNKNOWN,
  W_LISTEN,
  W_SKIP,
  W_PLAN,
  W_DIVISION,
  W_NEXTDAY,
  W_NKINDS
} WordKind;

static const char *const kind_names[W_NKINDS] = {
  "noun",    "hold",      "chair",    "attend",  "accompany", "speak",
  "inspect", "lead",      "meet",     "move",    "ref",       "block",
  "future",  "yesterday", "today",    "sameday", "unknown",   "listen",
  "skip",    "plan",      "division", "nextday"
};

typedef enum { T_NONE, T_MEETING, T_INSPECTION, T_CEREMONY, T_ACTIVITY } EvType;

typedef struct {
  char    *w;
  size_t   n;
  WordKind kind;
  EvType   type;
  int      direct; /* a role verb that needs its subject in its clause */
  int      naming; /* before an event noun, part of its name (签署仪式) */
  int      by;     /* a verb only right after bodies governed by 由 */
  unsigned first;  /* first code point */
  size_t   flen;   /* its bytes */
} Word;

#define NBUCKET 4096u

struct NgEvents {
  char  *base;
  Word  *words; /* sorted by first code point, longest first */
  size_t n_words;
  int    bucket_lo[NBUCKET]; /* first index of a code point's words, or -1 */
  int    bucket_hi[NBUCKET];
};

/* The code point at P (UTF-8) and its length in *len. */
static unsigned
decode(const char *p, size_t *len)
{
  const unsigned char *u = (const unsigned char *)p;
  if (u[0] < 0x80) {
    *len = 1;
    return u[0];
  }
  if ((u[0] & 0xE0) == 0xC0 && u[1]) {
    *len = 2;
    return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
  }
  if ((u[0] & 0xF0) == 0xE0 && u[1] && u[2]) {
    *len = 3;
    return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  }
  if ((u[0] & 0xF8) == 0xF0 && u[1] && u[2] && u[3]) {
    *len = 4;
    return ((u[0] & 0x07u) << 18) | ((u[1] & 0x3Fu) << 12) |
           ((u[2] & 0x3Fu) << 6) | (u[3] & 0x3Fu);
  }
  *len = 1;
  return u[0];
}

static int
by_first_then_longest(const void *a, const void *b)
{
  const Word *x = a, *y = b;
  unsigned    hx = x->first % NBUCKET, hy = y->first % NBUCKET;
  if (hx != hy)
    return hx < hy ? -1 : 1;
  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  int c = strcmp(x->w, y->w);
  if (c || x->kind == y->kind)
    return c;
  /* a word of two kinds: the block last, so that lookup() finds the other
     (常委会 names a meeting after 召开; after an event noun, a body) */
  if (x->kind == W_BLOCK || y->kind == W_BLOCK)
    return x->kind == W_BLOCK ? 1 : -1;
  return (int)x->kind - (int)y->kind;
}

static EvType
type_named(const char *s)
{
  if (!strcmp(s, "Meeting"))
    return T_MEETING;
  if (!strcmp(s, "Inspection"))
    return T_INSPECTION;
  if (!strcmp(s, "Ceremony"))
    return T_CEREMONY;
  if (!strcmp(s, "Activity"))
    return T_ACTIVITY;
  return T_NONE;
}

/* Reads the lexicon file; one word a line: kind TAB word [TAB type]. */
static NgStatus
load_words(NgEvents *ev, const char *path, char **errmsg)
{
  FILE *f = fopen(path, "r");
  if (!f) {
    *errmsg = ng_lexicon_error(path, 0, "cannot open the event lexicon");
    return NG_ERR_IO;
  }
  NgStatus st   = NG_OK;
  size_t   cap  = 0;
  long     line = 0;
  NgBuf    b    = { 0 };
  while (!(st = ng_lexicon_line(f, &b, &line))) {
    char *s  = b.data;
    char *t1 = strchr(s, '\t');
    if (!t1) {
      *errmsg = ng_lexicon_error(path, line, "expected kind, tab, word");
      st      = NG_ERR_SYNTAX;
      goto done;
    }
    *t1++    = '\0';
    char *t2 = strchr(t1, '\t');
    if (t2)
      *t2++ = '\0';
    int kind = -1;
    for (int k = 0; k < W_NKINDS; k++)
      if (!strcmp(s, kind_names[k]))
        kind = k;
    if (kind < 0 || !*t1) {
      *errmsg = ng_lexicon_error(path, line, "unknown kind or empty word");
      st      = NG_ERR_SYNTAX;
      goto done;
    }
    if (ev->n_words == cap) {
      cap     = cap ? cap * 2 : 256;
      Word *v = ng_realloc(ev->words, cap * sizeof *v);
      if (!v) {
        st = NG_ERR_NOMEM;
        goto done;
      }
      ev->words = v;
    }
    Word  *w = &ev->words[ev->n_words];
    size_t len;
    w->w = ng_strdup(t1);
    if (!w->w) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    w->n      = strlen(t1);
    w->kind   = (WordKind)kind;
    w->type   = t2 ? type_named(t2) : T_NONE;
    w->direct = t2 && !strcmp(t2, "direct");
    if (t2 && !strcmp(t2, "carried")) {
      /* an inspection only when carried out (进行巡视), else a noun */
      w->type   = T_INSPECTION;
      w->direct = 1;
    }
    w->naming = t2 && !strcmp(t2, "name");
    w->by     = t2 && !strcmp(t2, "by");
    w->first  = decode(t1, &len);
    w->flen   = len;
    ev->n_words++;
  }
  if (st == NG_DONE)
    st = NG_OK;
done:
  ng_buf_free(&b);
  fclose(f);
  return st;
}

NgStatus
ng_events_new(const char *data_dir,
              const char *base,
              NgEvents  **out,
              char      **errmsg)
{
  *errmsg        = NULL;
  NgEvents *ev   = ng_calloc(1, sizeof *ev);
  NgBuf     path = { 0 };
  NgStatus  st   = NG_OK;
  if (!ev)
    return NG_ERR_NOMEM;
  ev->base = ng_strdup(base ? base : NG_DEFAULT_BASE);
  if (!ev->base || ng_buf_printf(&path, "%s/events.tsv", data_dir)) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  NG_TRY(st, load_words(ev, ng_buf_str(&path), errmsg));
  qsort(ev->words, ev->n_words, sizeof *ev->words, by_first_then_longest);
  for (unsigned i = 0; i < NBUCKET; i++)
    ev->bucket_lo[i] = ev->bucket_hi[i] = -1;
  for (size_t i = 0; i < ev->n_words; i++) {
    unsigned h = ev->words[i].first % NBUCKET;
    if (ev->bucket_lo[h] < 0)
      ev->bucket_lo[h] = (int)i;
    ev->bucket_hi[h] = (int)i + 1;
  }
done:
  ng_buf_free(&path);
  if (st) {
    ng_events_free(ev);
    return st;
  }
  *out = ev;
  return NG_OK;
}

void
ng_events_free(NgEvents *ev)
{
  if (!ev)
    return;
  for (size_t i = 0; i < ev->n_words; i++)
    ng_free(ev->words[i].w);
  ng_free(ev->words);
  ng_free(ev->base);
  ng_free(ev);
}

/* The longest word of the lexicon at P (before END), or NULL. */
static const Word *
lookup(const NgEvents *ev, const char *p, const char *end)
{
  size_t   len;
  unsigned cp = decode(p, &len);
  unsigned h  = cp % NBUCKET;
  if (ev->bucket_lo[h] < 0)
    return NULL;
  for (int i = ev->bucket_lo[h]; i < ev->bucket_hi[h]; i++) {
    const Word *w = &ev->words[i];
    /* the first character is equal: compare from the next byte on */
    if (w->first == cp && w->n <= (size_t)(end - p) &&
        (w->n == w->flen || p[w->flen] == w->w[w->flen]) &&
        !memcmp(p + w->flen, w->w + w->flen, w->n - w->flen))
      return w;
  }
  return NULL;
}

/* 1 when the text at P (before END) starts with a word of KIND. */
static int
starts_with_kind(const NgEvents *ev,
                 const char     *p,
                 const char     *end,
                 WordKind        kind)
{
  if (p >= end)
    return 0;
  size_t   len;
  unsigned cp = decode(p, &len);
  unsigned h  = cp % NBUCKET;
  if (ev->bucket_lo[h] < 0)
    return 0;
  for (int i = ev->bucket_lo[h]; i < ev->bucket_hi[h]; i++) {
    const Word *w = &ev->words[i];
    if (w->kind == kind && w->first == cp && w->n <= (size_t)(end - p) &&
        !memcmp(p, w->w, w->n))
      return 1;
  }
  return 0;
}

/* ---------------------------------------------------------------- items */

typedef enum { IT_WORD, IT_MENTION, IT_DATE, IT_CLAUSE, IT_LIST } ItemKind;

typedef struct {
  int y, m, d; /* y 0: unknown year */
  int ok;      /* 1 a date, 0 "no date" (近日), -1 context only */
} Date;

typedef struct {
  size_t           s, e;
  ItemKind         it;
  const Word      *w; /* IT_WORD */
  const NgMention *m; /* IT_MENTION */
  Date             date;
  size_t           sent;
} Item;

typedef struct {
  Item  *v;
  size_t n, cap;
} Items;

static NgStatus
item_add(Items *x, Item it)
{
  if (x->n == x->cap) {
    size_t cap = x->cap ? x->cap * 2 : 256;
    Item  *v   = ng_realloc(x->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    x->v   = v;
    x->cap = cap;
  }
  x->v[x->n++] = it;
  return NG_OK;
}

static int
by_pos(const void *a, const void *b)
{
  const Item *x = a, *y = b;
  if (x->s != y->s)
    return x->s < y->s ? -1 : 1;
  if (x->e != y->e)
    return x->e > y->e ? -1 : 1;
  return (int)x->it - (int)y->it;
}

static int
is_ascii_digit(char c)
{
  return c >= '0' && c <= '9';
}

/* Reads digits at *P; -1 when there are none. */
static long
read_num(const char *text, size_t *p, size_t end)
{
  long   n = 0;
  size_t i = *p;
  if (i >= end || !is_ascii_digit(text[i]))
    return -1;
  while (i < end && is_ascii_digit(text[i]) && n < 100000)
    n = n * 10 + (text[i++] - '0');
  while (i < end && text[i] == ' ')
    i++;
  *p = i;
  return n;
}

/* at() past its first byte, kept out of line. */
static int
at_rest(const char *text, size_t p, size_t end, const char *w)
{
  size_t n = strlen(w);
  return p + n <= end && !memcmp(text + p, w, n);
}

/* 1 when word W stands at byte P of TEXT, ending by END. */
static inline int
at(const char *text, size_t p, size_t end, const char *w)
{
  if (!w[0])
    return p <= end;
  if (p >= end || text[p] != w[0])
    return 0; /* most calls end here, inline, before strlen and memcmp */
  if (!w[1])
    return 1;
  if (p + 1 >= end || text[p + 1] != w[1])
    return 0; /* E4..E9 open most Han characters: the next byte tells */
  return at_rest(text, p, end, w);
}

/* 1 when the 号 ending at byte P closes a day (12号上午, 12号,), not a
   number of a thing (3号会议室, 5号台风, 1号文件, 2号楼): what follows is a
   time of day, punctuation, a range word or the end. */
static int
day_after_hao(const char *text, size_t p, size_t end)
{
  static const char *const after[] = {
    "上午", "下午", "晚", "早",   "凌晨", "中午", "夜",   "当天", "至", "到",
    "起",   "前",   "后", "—",    "-",    "~",    "、",   ",",    "，", "。",
    ";",    "；",   "在", "召开", "举行", "开幕", "闭幕", " ",    "\n", NULL
  };
  if (p >= end)
    return 1;
  for (const char *const *w = after; *w; w++)
    if (at(text, p, end, *w))
      return 1;
  return 0;
}

/* A date at P: 2021年7月21日, 7月21日, 21日, 2021年7月 (context only).
   On success *E is its end. */
/* Past the further days of a list or span written after a day (3月5日、
   6日; 3月5-6日 after the 5; 5、6日): from P, each separator and a day
   of 1 to 31 that 日 or 号 ends; where the last one ends, or P. */
static size_t
more_days(const char *text, size_t p, size_t end, int marked)
{
  static const char *const seps[] = { "、", "-", "－", "—", "~", "～", NULL };
  for (;;) {
    size_t q = p, n = 0;
    for (const char *const *w = seps; *w && !n; w++)
      if (at(text, q, end, *w))
        n = strlen(*w);
    if (!n)
      return p;
    q += n;
    size_t j  = q;
    long   dd = read_num(text, &j, end);
    if (dd < 1 || dd > 31 ||
        !(at(text, j, end, "日") || at(text, j, end, "号")))
      return p;
    if (!marked)
      return j + 3; /* 5-6日: the one day mark ends the span */
    p = j + 3;
  }
}

static int
parse_date(const char *text, size_t p, size_t end, Date *d, size_t *e)
{
  size_t i = p;
  long   n = read_num(text, &i, end);
  memset(d, 0, sizeof *d);
  if (n < 0)
    return 0;
  if (at(text, i, end, "年") && n >= 1900 && n <= 2100) {
    d->y = (int)n;
    i += 3;
    size_t j  = i;
    long   mo = read_num(text, &j, end);
    if (mo < 1 || mo > 12 || !at(text, j, end, "月")) {
      d->ok = -1;
      *e    = i;
      return 1;
    }
    n = mo;
    i = j;
  }
  if (at(text, i, end, "月") && n >= 1 && n <= 12) {
    d->m = (int)n;
    i += 3;
    size_t j  = i;
    long   dd = read_num(text, &j, end);
    if (dd >= 1 && dd <= 31 &&
        (at(text, j, end, "日") || at(text, j, end, "号"))) {
      d->d  = (int)dd;
      d->ok = 1;
      *e    = more_days(text, j + 3, end, 1);
      return 1;
    }
    size_t r = dd >= 1 && dd <= 31 ? more_days(text, j, end, 0) : j;
    if (r != j) {
      d->d  = (int)dd; /* 3月5-6日: the span's first day */
      d->ok = 1;
      *e    = r;
      return 1;
    }
    d->ok = -1;
    *e    = i;
    return 1;
  }
  if ((at(text, i, end, "日") ||
       (at(text, i, end, "号") && day_after_hao(text, i + 3, end))) &&
      n >= 1 && n <= 31 && d->y == 0) {
    d->d  = (int)n;
    d->ok = 1;
    *e    = at(text, i, end, "日") ? more_days(text, i + 3, end, 1) : i + 3;
    return 1;
  }
  /* 5、6日, 5-6日: the first day of a list or span of days */
  size_t r = n >= 1 && n <= 31 && d->y == 0 ? more_days(text, i, end, 0) : i;
  if (r != i && at(text, r - 3, r, "日")) {
    d->d  = (int)n;
    d->ok = 1;
    *e    = r;
    return 1;
  }
  return 0;
}

/* The value of a Chinese numeral at P (一 … 九, 十, 〇), or -1. */
static int
han_digit(const char *p, size_t n)
{
  const unsigned char *u = (const unsigned char *)p;
  if (n < 3 || u[0] < 0xE3 || u[0] > 0xE5 || (u[1] & 0xC0) != 0x80 ||
      (u[2] & 0xC0) != 0x80)
    return -1; /* each numeral is three bytes, E3..E5 first */
  /* 〇 一 二 三 四 五 六 七 八 九 十: the index is the value (十 is 10) */
  static const unsigned numerals[] = { 0x3007, 0x4E00, 0x4E8C, 0x4E09,
                                       0x56DB, 0x4E94, 0x516D, 0x4E03,
                                       0x516B, 0x4E5D, 0x5341 };
  unsigned cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
  for (int i = 0; i < (int)(sizeof numerals / sizeof *numerals); i++)
    if (numerals[i] == cp)
      return i;
  return -1;
}

/* 十三日, 九月二十日: a date in Chinese numerals (up to 三十一). */
static int
parse_han_date(const char *text, size_t p, size_t end, Date *d, size_t *e)
{
  int    month = 0;
  size_t i     = p;
  memset(d, 0, sizeof *d);
  for (;;) {
    int n = 0, any = 0, tens = 0;
    while (i < end) {
      int g = han_digit(text + i, end - i);
      if (g < 0)
        break;
      any = 1;
      if (g == 10) {
        tens = n ? n : 1;
        n    = 0;
      } else
        n = n * 10 + g;
      i += 3;
    }
    if (!any)
      return 0;
    n += tens * 10;
    if (at(text, i, end, "月") && !month && n >= 1 && n <= 12) {
      month = n;
      i += 3;
      continue;
    }
    if ((at(text, i, end, "日") ||
         (at(text, i, end, "号") &&
          (month || day_after_hao(text, i + 3, end)))) &&
        n >= 1 && n <= 31) {
      d->m  = month;
      d->d  = n;
      d->ok = 1;
      *e    = i + 3;
      /* 一日 alone is too often a word (有一日): want 十…日 or a month */
      return month || tens || i - p > 3;
    }
    return 0;
  }
}

/* ---------------------------------------------------------------- events */

enum {
  R_ATTEND    = 1,
  R_CHAIR     = 2,
  R_SPEAK     = 4,
  R_LEAD      = 8,
  R_ACCOMPANY = 16,
  R_ORGANIZER = 32,
  R_HOLDER    = 64 /* convened it (X召开): the chair when nobody else is */
};

typedef struct {
  const NgMention *m;
  unsigned         roles;
  const NgMention *why[7]; /* per role bit, the mention it was read at (a
                              role given later, by rule, has none) */
} Part;

/* The index of role bit R in Part.why. */
static int
role_slot(unsigned r)
{
  int k = 0;
  while (r > 1 && k < 6) {
    r >>= 1;
    k++;
  }
  return k;
}

typedef struct {
  char            *label;
  EvType           type;
  Date             date;
  int              date_local; /* the date came from the event's paragraph */
  const NgMention *place;
  Part            *parts;
  size_t           n_parts, cap;
  int              ref; /* cited, not reported (…会议上的讲话精神) */
  int              title;    /* named in the headline lines */
  int              meet;     /* a meeting with visitors (会见) */
  int              signing;  /* a signing named by its verb (签署…协议) */
  int              aside;    /* a body's own meeting held around the one
                                reported (会前,甲党组召开会议), which the
                                headline does not name */
  size_t span[2][2];         /* the bytes of the text the label joins */
  int    nspan;              /* how many spans; 0: not from the text */
  size_t bare;               /* a generic name (会议), after BARE bytes of
                                its organizer's name, or (size_t)-1 */
  size_t core;               /* bytes of the label that name its body or
                                place (郑东新区|防汛会商会议), left out of
                                the IRI so that two reports meet */
  const NgMention *lead;     /* inspections: who leads */
  size_t           sentence; /* where it was first named */
  size_t           said;     /* 1 + the last sentence a noun of the text
                                named it in (举行…签约仪式), or 0 */
  size_t visit;              /* a bare meeting (座谈会) held during the visit
                                of index VISIT - 1; 0: none */
  size_t sub_s, sub_n; /* a bare session's meeting (大会举行预备会议): the
                          bytes of the text its name ends with */
  int groups; /* 1: members who discuss in groups (当天下午,代表们分组审议…);
                 2: one group's session a leader sits in (X参加甲代表团审议) */
} Ev;

typedef struct {
  Ev    *v;
  size_t n, cap;
} Evs;

static void
evs_free(Evs *x)
{
  for (size_t i = 0; i < x->n; i++) {
    ng_free(x->v[i].label);
    ng_free(x->v[i].parts);
  }
  ng_free(x->v);
}

static NgStatus
part_add(Ev *e, const NgMention *m, unsigned roles)
{
  if (!m || !m->iri)
    return NG_OK;
  for (size_t i = 0; i < e->n_parts; i++)
    if (!strcmp(e->parts[i].m->iri, m->iri)) {
      for (unsigned r = 1; r <= R_HOLDER; r <<= 1)
        if ((roles & r) && !(e->parts[i].roles & r))
          e->parts[i].why[role_slot(r)] = m;
      e->parts[i].roles |= roles;
      return NG_OK;
    }
  if (e->n_parts == e->cap) {
    size_t cap = e->cap ? e->cap * 2 : 8;
    Part  *v   = ng_realloc(e->parts, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    e->parts = v;
    e->cap   = cap;
  }
  Part *p = &e->parts[e->n_parts];
  memset(p, 0, sizeof *p);
  p->m     = m;
  p->roles = roles;
  for (unsigned r = 1; r <= R_HOLDER; r <<= 1)
    if (roles & r)
      p->why[role_slot(r)] = m;
  e->n_parts++;
  return NG_OK;
}

static int
has_person(const Ev *e)
{
  for (size_t i = 0; i < e->n_parts; i++)
    if (e->parts[i].m->kind == NG_MENTION_PERSON)
      return 1;
  return 0;
}

/* The label of E is TEXT[S, END) (NSPAN 1), or that span after the one
   given before (an organizer's name put in front). */
static void
ev_span(Ev *e, size_t s, size_t end, int prefix)
{
  if (prefix && e->nspan == 1) {
    e->span[1][0] = e->span[0][0];
    e->span[1][1] = e->span[0][1];
    e->nspan      = 2;
  } else if (prefix)
    return; /* not from the text: left as it is */
  else
    e->nspan = 1;
  e->span[0][0] = s;
  e->span[0][1] = end;
}

/* A new event; its index in *OUT. LABEL is copied. */
static NgStatus
ev_new(Evs        *x,
       const char *label,
       size_t      n,
       EvType      type,
       size_t      sent,
       size_t     *out)
{
  if (x->n == x->cap) {
    size_t cap = x->cap ? x->cap * 2 : 8;
    Ev    *v   = ng_realloc(x->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    x->v   = v;
    x->cap = cap;
  }
  Ev *e = &x->v[x->n];
  memset(e, 0, sizeof *e);
  e->label = ng_strndup(label, n);
  if (!e->label)
    return NG_ERR_NOMEM;
  e->type     = type;
  e->sentence = sent;
  e->bare     = (size_t)-1;
  *out        = x->n++;
  return NG_OK;
}

/* The state of one article's pass. */
typedef struct {
  const NgEvents  *ev;
  const NgArticle *a;
  const char      *text;
  Items            items;
  Evs              evs;
  long             cur; /* the event later sentences add to, or -1 */
  long group_prev; /* cur before a group's discussion took it (its paragraph) */
  long date_line;  /* the sentence that is a day alone on its line, or -1 */
  Date art;        /* the article's date */
  Date para_date;  /* the last date of this paragraph */
  Date last_date;  /* the last date of the article so far */
  int  ctx_y, ctx_m;
  const NgMention *last_subject;
  int              orphan;      /* a 召开/举行 with no name was seen: */
  Date             orphan_date; /* its date, */
  int              orphan_local;
  const NgMention *orphan_place; /* place (在…举行) */
  size_t           orphan_sent;  /* and sentence */
  /* per sentence */
  size_t i0, i1;        /* items of the sentence */
  long   anchor_ev[64]; /* events named in the sentence */
  size_t anchor_pos[64];
  int    anchor_coord[64]; /* shares the verb of the one before (和) */
  size_t n_anchor;
  int    title;        /* the sentence is a headline line */
  int    speech;       /* the paragraph reports a speech (X强调,…) */
  long before_meeting; /* a visit made before the meeting (会前,…), or -1 */
  long around_meeting; /* the meeting that visit was made around, or -1 */
  long at_opening;     /* the opening under way while a sentence told of
                          a signing or an unveiling at it, or -1 */
  const NgMention *subj[64]; /* subjects of the last role verb */
  size_t           n_subj;
  /* the delegation a person leads (X率代表团…), for his later visits */
  const NgMentions *mentions;   /* the article's (borrowed) */
  const char       *doc_name;   /* the source file's name */
  const NgMention  *deleg;      /* the delegation, */
  const NgMention  *deleg_lead; /* and who leads it */
  const NgFacts    *facts;      /* the article's so far (the headline's) */
  const NgMention  *item_insp;  /* the body an item's 【】 headline says */
  size_t            item_sent;  /* carries out an inspection, and the */
                                /* sentence the item opens with */
  NgMention *made[8];           /* delegations the text names without a */
  int        made_new[8];       /* mention of their own (owned); 1: not */
  size_t     n_made;            /* stated by the entity stage */
} Pass;

static int
is_kind(const Item *it, WordKind k)
{
  return it->it == IT_WORD && it->w->kind == k;
}

static int
is_mention(const Item *it, NgMentionKind k)
{
  return it->it == IT_MENTION && it->m->kind == k;
}

/* Whether IT is a name (a person, a post, a body, a place) or the list
   mark between names: what a run of names met or speaking is made of. */
static int
names_only(const Item *it)
{
  return is_mention(it, NG_MENTION_PERSON) || is_mention(it, NG_MENTION_POST) ||
         is_mention(it, NG_MENTION_ORG) || is_mention(it, NG_MENTION_PLACE) ||
         it->it == IT_LIST;
}

/* How far rules look from an item, in items: a clause or a name longer
   than this is no clause or name, and text without punctuation stays
   linear. */
#define REACH 256u

/* The first item rules look at before item J. */
static size_t
reach(const Pass *ps, size_t j)
{
  return j > ps->i0 + REACH ? j - REACH : ps->i0;
}

/* The first item of the clause holding item J (after , ; : 。). */
static size_t
clause_start(const Pass *ps, size_t j)
{
  size_t lo = reach(ps, j);
  while (j > lo && ps->items.v[j - 1].it != IT_CLAUSE)
    j--;
  return j;
}

static size_t
clause_end(const Pass *ps, size_t j)
{
  size_t hi = j + REACH < ps->i1 ? j + REACH : ps->i1;
  while (j < hi && ps->items.v[j].it != IT_CLAUSE)
    j++;
  return j;
}

static size_t bracket_head_end(const char *text, size_t s, size_t e);

/* The byte where the clause holding item J starts. */
static size_t
clause_byte(const Pass *ps, size_t j)
{
  size_t c = clause_start(ps, j);
  if (c > ps->i0)
    return ps->items.v[c - 1].e;
  /* past a headline or a news lead in brackets that opens the sentence
     (【本报讯】, 【甲局召开…会议】), whose words hold no items */
  const NgRange *r = &ps->a->sentences[ps->items.v[j].sent];
  return bracket_head_end(ps->text, r->start, r->end);
}

/* Where word W (N bytes, N >= 1) first starts in TEXT[S, E) and ends by
   E, or SIZE_MAX: memchr for its second byte when it opens with a
   character of several bytes (E4..E9 open most Han characters; the byte
   after tells more), else for its first, then one memcmp. */
static size_t
find_word(const char *text, size_t s, size_t e, const char *w, size_t n)
{
  if (e < s || e - s < n)
    return SIZE_MAX;
  if (n >= 2 && ((unsigned char)w[0] & 0xC0) == 0xC0) {
    const char *from = text + s + 1, *end = text + e - n + 2;
    while (from < end) {
      const char *q = memchr(from, (unsigned char)w[1], (size_t)(end - from));
      if (!q)
        return SIZE_MAX;
      if (q[-1] == w[0] && !memcmp(q - 1, w, n))
        return (size_t)(q - 1 - text);
      from = q + 1;
    }
    return SIZE_MAX;
  }
  const char *from = text + s, *end = text + e - n + 1;
  while (from < end) {
    const char *q = memchr(from, (unsigned char)w[0], (size_t)(end - from));
    if (!q)
      return SIZE_MAX;
    if (!memcmp(q, w, n))
      return (size_t)(q - text);
    from = q + 1;
  }
  return SIZE_MAX;
}

/* The first byte of TEXT[S, E) where one of WORDS stands, ending by E
   (at(TEXT, I, E, W) for some W), or SIZE_MAX. */
static size_t
first_of(const char *text, size_t s, size_t e, const char *const *words)
{
  size_t best = SIZE_MAX;
  for (const char *const *w = words; *w; w++) {
    size_t n = strlen(*w);
    /* a later word counts only where it starts before BEST */
    size_t end = best == SIZE_MAX || best - 1 + n > e ? e : best - 1 + n;
    size_t i   = n ? find_word(text, s, end, *w, n) : s <= e ? s : SIZE_MAX;
    if (i < best)
      best = i;
  }
  return best;
}

/* 1 when the text between bytes S and E holds one of WORDS (UTF-8,
   NULL-terminated list). Only ever a few characters long. */
static int
span_has(const char *text, size_t s, size_t e, const char *const *words)
{
  return s < e && first_of(text, s, e, words) != SIZE_MAX;
}

static int is_division(const NgEvents *ev, const char *label);

/* An org mention governed by a preposition (代表市委, 对…, 向…): not who
   acts. */
static int
org_object(const Pass *ps, size_t j)
{
  static const char *const preps[] = { "对", "向", "为", "与", "在",
                                       "就", "给", "和", NULL };
  /* the first of a run of names (代表市委市政府), areas among them that
     stand for their bodies (甲区、乙区和市交通运输局作交流发言) */
  while (j > ps->i0 &&
         (is_mention(&ps->items.v[j - 1], NG_MENTION_ORG) ||
          (is_mention(&ps->items.v[j - 1], NG_MENTION_PLACE) &&
           is_division(ps->ev, ps->items.v[j - 1].m->label))) &&
         ps->items.v[j].s - ps->items.v[j - 1].e <= 3)
    j--;
  size_t s = ps->items.v[j].s;
  if (s >= 6 &&
      (at(ps->text, s - 6, s, "代表") || at(ps->text, s - 6, s, "关于") ||
       at(ps->text, s - 6, s, "围绕")))
    return 1;
  /* 和 joins a list after a body or a person (常务副县长甲和县水利局负责
     同志参加会议) */
  for (const char *const *w = preps; *w; w++)
    if (s >= 3 && at(ps->text, s - 3, s, *w))
      return !(**w == '\xe5' && !strcmp(*w, "和") && j > ps->i0 &&
               (is_mention(&ps->items.v[j - 1], NG_MENTION_ORG) ||
                (is_mention(&ps->items.v[j - 1], NG_MENTION_PERSON) &&
                 ps->items.v[j - 1].e + 3 == s)));
  return 0;
}

/* 1 when org item J opens its clause, alone or in a list of bodies
   (创建办、4个专项指挥部分别汇报; 会上,社会事业局…表态发言): the subject of
   what follows, not a word of a speech (贯彻落实省委部署要求). */
static int
org_leads_clause(const Pass *ps, size_t j)
{
  size_t cs = clause_start(ps, j);
  for (size_t k = cs; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_LIST || x->it == IT_DATE ||
        (x->it == IT_MENTION && x->m->kind != NG_MENTION_PERSON))
      continue;
    return 0;
  }
  size_t cb    = clause_byte(ps, j);
  size_t first = cs < j ? ps->items.v[cs].s : ps->items.v[j].s;
  return first - cb <= 12; /* 此外, 最后, 随后 */
}

/* 1 when the text before byte B ends in the words for a body's officers
   named by none (主要负责人, 有关负责同志): the body itself, never a post
   that a name's chain of posts goes on from (县民政局主要负责人,大武镇党委
   书记甲陪同 names two who go along). */
static int
officer_ends(const char *t, size_t b)
{
  static const char *const officers[] = { "负责同志", "负责人", NULL };
  for (const char *const *w = officers; *w; w++) {
    size_t n = strlen(*w);
    if (b >= n && !memcmp(t + b - n, *w, n))
      return 1;
  }
  return 0;
}

/* An org mention that is part of a post or name (甲区水务局局长王建国):
   the next mention starts where it ends. */
static int
org_in_title(const Pass *ps, size_t j)
{
  const Item *x = &ps->items.v[j];
  /* 甲(镇党委委员、武装部部长): the posts in brackets after a name */
  for (size_t k = j; k-- > ps->i0 && ps->items.v[k].e + 90 > x->s;) {
    const Item *y = &ps->items.v[k];
    if (is_mention(y, NG_MENTION_PERSON) && at(ps->text, y->e, x->s, "(") &&
        !memchr(ps->text + y->e, ')', x->s - y->e))
      return 1;
    if (!is_mention(y, NG_MENTION_ORG) && !is_mention(y, NG_MENTION_POST) &&
        y->it != IT_LIST)
      break;
  }
  for (size_t k = reach(ps, j); k < j; k++) {
    const Item *y = &ps->items.v[k];
    if (y->it == IT_MENTION && y->m->kind == NG_MENTION_POST && y->e >= x->e &&
        y->s <= x->s)
      return 1;
  }
  /* a chain of titles and bodies that ends in a name (区委副书记、区长张伟);
     one that ends without a name (水务局…防汛分管领导参加) is the body
     itself taking part */
  size_t b = x->e;
  for (size_t k = j + 1; k < ps->i1; k++) {
    const Item *y = &ps->items.v[k];
    if (y->s < b)
      continue;
    if (y->s - b > 18)
      break;
    if (y->it == IT_MENTION && y->m->kind == NG_MENTION_PERSON)
      return 1;
    if ((y->it == IT_MENTION && y->m->kind != NG_MENTION_PLACE) ||
        y->it == IT_LIST) {
      b = y->e;
      continue;
    }
    /* 省委常委、组织部部长,省委党校校长X: a comma after a title, before
       the next post of the same person */
    if (y->it == IT_CLAUSE && y->s == b && k > j + 1 && k + 1 < ps->i1 &&
        is_mention(&ps->items.v[k - 1], NG_MENTION_POST) &&
        ps->items.v[k - 1].e == b && !officer_ends(ps->text, b) &&
        (at(ps->text, y->s, y->e, ",") || at(ps->text, y->s, y->e, "，")) &&
        (is_mention(&ps->items.v[k + 1], NG_MENTION_ORG) ||
         is_mention(&ps->items.v[k + 1], NG_MENTION_POST)) &&
        ps->items.v[k + 1].s == y->e) {
      b = y->e;
      continue;
    }
    break;
  }
  /* 县纪委常委、县监委委员参加会议, 出席的还有区委常委: members of a
     standing committee named by their rank alone are persons there, not
     their committee taking part */
  if (j + 1 < ps->i1) {
    const Item *y = &ps->items.v[j + 1];
    if (is_mention(y, NG_MENTION_POST) && y->s == x->e &&
        at(ps->text, y->s, y->e, "常委") && y->e - y->s == 6)
      return 1;
  }
  return 0;
}

/* 1 when place item Q stands for the body of its area in a list of
   bodies: next to an organization across 、 (甲市、庆典组委会办公室等汇报),
   or before 等(相关)单位/部门 (…、龙头镇等相关单位领导参加). Only areas
   (镇, 市, 区 …), never a body's own name. */
static int is_division(const NgEvents *ev, const char *label);

/* 1 when place LABEL is an area that can act as its body: a division, or
   a community or village (甲社区、乙村作交流发言). */
static int
acting_area(const NgEvents *ev, const char *label)
{
  size_t n = label ? strlen(label) : 0;
  return is_division(ev, label) || (n > 6 && !strcmp(label + n - 6, "社区")) ||
         (n > 6 && !strcmp(label + n - 3, "村"));
}

/* Words that may stand between bodies that open a clause and the verb by
   which they speak or attend for themselves: their heads (负责人), how
   they take turns (分别, 先后), where (在分会场, their own 分会场), the
   kind they are of after 等 (等乡镇, 等镇街), 组织 before watching
   (组织收看) and the kind of speech (作交流, 作了表态, 作典型); after 等,
   how many they are (等6个乡镇(街道)). */
static size_t
act_fill(const char *t, size_t p, size_t end)
{
  static const char *const fill[] = {
    "主要负责同志", "主要负责人", "有关负责同志", "相关负责同志",
    "有关负责人",   "相关负责人", "负责同志",     "负责人",
    "党政主要领导", "主要领导",   "在各分会场",   "在分会场",
    "在主会场",     "在会上",     "通过视频连线", "以视频连线方式",
    "通过视频",     "分会场",     "分别",         "先后",
    "依次",         "相继",       "等",           "作了",
    "做了",         "作",         "做",           "经验交流",
    "交流",         "表态",       "典型",         "重点",
    "专题",         "书面",       "乡镇",         "镇街",
    "组织",         NULL
  };
  for (int again = 1; again && p < end;) {
    again = 0;
    for (const char *const *w = fill; *w; w++)
      if (at(t, p, end, *w)) {
        p += strlen(*w);
        again = 1;
        break;
      }
    /* 等6个乡镇(街道): how many they are after 等, and the other kind
       they are of in brackets */
    if (!again && p >= 3 && at(t, p - 3, end, "等")) {
      size_t q = p;
      while (q < end &&
             (is_ascii_digit(t[q]) || han_digit(t + q, end - q) >= 0))
        q += is_ascii_digit(t[q]) ? 1 : 3;
      if (q > p && at(t, q, end, "个")) {
        p     = q + 3;
        again = 1;
      }
    }
    if (!again && (at(t, p, end, "(街道)") || at(t, p, end, "(镇街)"))) {
      p += strlen("(街道)");
      again = 1;
    }
  }
  return p;
}

/* The item of the body or area joined to item K by 、, 和, 及 or 以及
   before it (DIR -1) or after it (DIR 1), or SIZE_MAX. */
static size_t
list_next(const Pass *ps, size_t k, int dir)
{
  const char              *t      = ps->text;
  static const char *const seps[] = { "、", "和", "及", "以及", NULL };
  size_t                   lo = reach(ps, k), hi = k + 16;
  if (hi > ps->i1)
    hi = ps->i1;
  for (const char *const *w = seps; *w; w++) {
    size_t n = strlen(*w);
    for (size_t r = dir < 0 ? lo : k + 1; r < (dir < 0 ? k : hi); r++) {
      const Item *y = &ps->items.v[r], *x = &ps->items.v[k];
      if (!(is_mention(y, NG_MENTION_ORG) ||
            (is_mention(y, NG_MENTION_PLACE) &&
             acting_area(ps->ev, y->m->label))))
        continue;
      if (dir < 0 ? (y->e + n == x->s && at(t, y->e, x->s, *w))
                  : (x->e + n == y->s && at(t, x->e, y->s, *w)))
        return r;
    }
  }
  return SIZE_MAX;
}

/* The first (DIR -1) or last (DIR 1) item of the list of bodies and
   areas that holds item K, joined by list_next(); K when it stands alone. */
static size_t
list_end(const Pass *ps, size_t k, int dir)
{
  for (size_t n; (n = list_next(ps, k, dir)) != SIZE_MAX;)
    k = n;
  return k;
}

/* 1 when the areas (and bodies) of the list that holds place item Q open
   their clause and speak or attend for their bodies, with only the words
   of act_fill, or a topic after 就/围绕/结合 up to 作, before the verb:
   甲县、乙县在分会场作交流发言, 甲社区、乙社区分别就…作交流发言,
   甲区、乙区和市交通局作了交流发言, 甲镇负责人作表态发言. A single area
   needs such words or a verb of reporting (甲县汇报…), not what a speech
   says of it (甲县要…, 甲县表示). */
static int
areas_act(const Pass *ps, size_t q)
{
  const char *t = ps->text;
  /* the list: mentions of bodies or areas joined by 、 和 及 以及 */
  size_t f = list_end(ps, q, -1), l = list_end(ps, q, 1);
  /* (after the persons who speak with them: 委员甲、乙和丙镇、丁镇负责同志
     先后发言) */
  size_t fs = ps->items.v[f].s, cs = clause_start(ps, f);
  int    after = f > cs && fs >= 3 && at(t, fs - 3, fs, "和") &&
              is_mention(&ps->items.v[f - 1], NG_MENTION_PERSON) &&
              ps->items.v[f - 1].e == fs - 3;
  for (size_t k = cs; after && k < f; k++)
    after = is_mention(&ps->items.v[k], NG_MENTION_PERSON) ||
            is_mention(&ps->items.v[k], NG_MENTION_POST) ||
            is_mention(&ps->items.v[k], NG_MENTION_ORG) ||
            ps->items.v[k].it == IT_LIST;
  if (f != cs && !after)
    return 0;
  size_t le = ps->items.v[l].e, ce = clause_end(ps, l), v;
  /* after 就/围绕/结合 the words up to the verb are the topic's
     (分别就…隐患排查等工作作交流发言) */
  size_t te = ce > l + 1 ? ps->items.v[ce - 1].e : le;
  size_t tp = act_fill(t, le, te);
  int    topic =
    at(t, tp, te, "就") || at(t, tp, te, "围绕") || at(t, tp, te, "结合");
  for (v = l + 1; v < ce; v++) {
    const Item *y = &ps->items.v[v];
    if (y->it == IT_WORD && (y->w->kind == W_SPEAK || y->w->kind == W_ATTEND) &&
        !y->w->naming)
      break;
    if (topic && y->s > tp)
      continue;
    if (is_mention(y, NG_MENTION_POST) && y->s <= le)
      continue; /* 甲县负责人: the heads of the last body */
    if (y->it == IT_WORD && y->w->kind == W_MOVE && !strcmp(y->w->w, "在"))
      continue; /* 在分会场 */
    if (is_kind(y, W_HOLD) && !strcmp(y->w->w, "组织") && v + 1 < ce &&
        is_kind(&ps->items.v[v + 1], W_ATTEND) && ps->items.v[v + 1].s == y->e)
      continue; /* 在分会场组织收看: they see that their people watch */
    if (y->it == IT_WORD || is_mention(y, NG_MENTION_PERSON) ||
        is_mention(y, NG_MENTION_POST))
      return 0;
  }
  if (v >= ce)
    return 0;
  const Item *y = &ps->items.v[v];
  size_t      p = act_fill(t, le, y->s);
  if (p < y->s && (at(t, p, y->s, "就") || at(t, p, y->s, "围绕") ||
                   at(t, p, y->s, "结合"))) {
    /* a topic up to 作 (分别就…工作作交流发言) */
    size_t b = y->s;
    while (b > p + 3 && !at(t, b - 3, y->s, "作") && !at(t, b - 3, y->s, "做"))
      b--;
    if (b <= p + 3 || act_fill(t, b - 3, y->s) != y->s)
      return 0;
    return 1;
  }
  if (p != y->s)
    return 0;
  if (f < l || p > le)
    return 1;
  static const char *const report[] = { "汇报", "发言", "介绍", "通报",
                                        "报告", "作了", NULL };
  for (const char *const *w = report; *w; w++)
    if (!strcmp(y->w->w, *w) || !strncmp(y->w->w, "作", 3))
      return 1;
  return 0;
}

/* 1 when body or area item Q stands in a list that goes on from the
   persons who open the clause and speak with it at verb item J (支部书记
   甲、县医院党委作交流发言; 委员甲、乙和丙镇、丁镇负责同志先后发言): only
   the words of act_fill between the list and the verb. */
static int
with_speakers(const Pass *ps, size_t q, size_t j)
{
  const char *t = ps->text;
  size_t      f = list_end(ps, q, -1), l = list_end(ps, q, 1);
  size_t      fs = ps->items.v[f].s, cs = clause_start(ps, f), p = f - 1;
  if (f > cs && ps->items.v[p].it == IT_LIST && p > cs)
    p--; /* the 、 */
  if (f <= cs || l >= j || fs < 3 ||
      !(at(t, fs - 3, fs, "、") || at(t, fs - 3, fs, "和")) ||
      !is_mention(&ps->items.v[p], NG_MENTION_PERSON) ||
      ps->items.v[p].e != fs - 3 ||
      act_fill(t, ps->items.v[l].e, ps->items.v[j].s) != ps->items.v[j].s)
    return 0;
  for (size_t k = cs; k < f; k++)
    if (!names_only(&ps->items.v[k]))
      return 0;
  return 1;
}

static int
place_as_body(const Pass *ps, size_t q)
{
  const Item *x = &ps->items.v[q];
  if (!is_mention(x, NG_MENTION_PLACE) || !acting_area(ps->ev, x->m->label))
    return 0;
  size_t lo = reach(ps, q), hi = q + 8 < ps->i1 ? q + 8 : ps->i1;
  /* a body that holds the place (区科技产业园) is named already */
  for (size_t k = lo; k < hi; k++) {
    const Item *y = &ps->items.v[k];
    if (k != q && is_mention(y, NG_MENTION_ORG) && y->s < x->e && y->e > x->s)
      return 0;
  }
  /* areas that open their clause and report, speak or attend
     (甲县、乙县汇报了…, 甲镇、乙乡在分会场作表态发言) */
  if (areas_act(ps, q))
    return 1;
  if (!is_division(ps->ev, x->m->label))
    return 0;
  /* the 、-list it stands in (甲镇、乙乡、县教育局): items [f, l] */
  size_t f = q, l = q;
  while (f >= lo + 2 && ps->items.v[f - 1].it == IT_LIST &&
         ps->items.v[f - 1].e == ps->items.v[f].s &&
         ps->items.v[f - 2].it == IT_MENTION &&
         ps->items.v[f - 2].e == ps->items.v[f - 1].s)
    f -= 2;
  while (l + 2 < ps->i1 && ps->items.v[l + 1].it == IT_LIST &&
         ps->items.v[l + 1].s == ps->items.v[l].e &&
         ps->items.v[l + 2].it == IT_MENTION &&
         ps->items.v[l + 2].s == ps->items.v[l + 1].e)
    l += 2;
  /* a body in the list (甲市、庆典组委会办公室等汇报) */
  for (size_t k = f; k <= l; k += 2)
    if (is_mention(&ps->items.v[k], NG_MENTION_ORG))
      return 1;
  /* 等(相关/有关)单位, 等部门 */
  const char *text = ps->text;
  size_t      se   = ps->a->sentences[x->sent].end;
  if (at(text, x->e, se, "等")) {
    size_t b = x->e + 3;
    if (at(text, b, se, "相关") || at(text, b, se, "有关"))
      b += 6;
    if (at(text, b, se, "单位") || at(text, b, se, "部门"))
      return 1;
  }
  return 0;
}

static int
date_cmp_ok(const Date *a, const Date *b)
{
  return a->ok == 1 && b->ok == 1 && (a->m != b->m || a->d != b->d);
}

/* Resolves a parsed date against the article and the dates before it. */
static Date
resolve(Pass *ps, Date d)
{
  if (d.ok != 1) {
    if (d.ok == -1) {
      if (d.y)
        ps->ctx_y = d.y;
      if (d.m)
        ps->ctx_m = d.m;
    }
    return d;
  }
  if (!d.m) {
    d.m = ps->ctx_m ? ps->ctx_m : ps->art.m;
    if (!d.m) {
      d.ok = 0;
      return d;
    }
    if (!ps->ctx_m && ps->art.ok == 1 && d.d > ps->art.d) {
      d.m = d.m == 1 ? 12 : d.m - 1;
      if (d.m == 12 && ps->art.y)
        d.y = ps->art.y - 1;
    }
  }
  if (!d.y) {
    if (ps->art.ok == 1 && ps->art.y) {
      d.y = ps->art.y;
      if (d.m > ps->art.m + 1)
        d.y--;
    } else if (ps->ctx_y)
      d.y = ps->ctx_y;
  }
  if (d.y)
    ps->ctx_y = d.y;
  ps->ctx_m = d.m;
  return d;
}

static Date
day_before(Date d)
{
  static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (--d.d >= 1)
    return d;
  if (--d.m < 1) {
    d.m = 12;
    d.y--;
  }
  d.d = mdays[d.m - 1];
  if (d.m == 2 && d.y % 4 == 0 && (d.y % 100 != 0 || d.y % 400 == 0))
    d.d = 29;
  return d;
}

/* The day after D. */
static Date
day_after(Date d)
{
  static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int              n       = mdays[d.m - 1];
  if (d.m == 2 &&
      (d.y == 0 || (d.y % 4 == 0 && (d.y % 100 != 0 || d.y % 400 == 0))))
    n = 29;
  if (++d.d <= n)
    return d;
  d.d = 1;
  if (++d.m > 12) {
    d.m = 1;
    if (d.y)
      d.y++;
  }
  return d;
}

/* Builds the items of sentence K. */
/* 1 when byte P of TEXT (a sentence from byte S) stands in a byline
   written into the text, a bracket that opens with 记者 or 通讯员
   (〔记者 王某/某地报道〕, (记者 王某 通讯员 李某)): who wrote the report,
   not who took part. */
static int
in_byline(const char *text, size_t s, size_t p)
{
  static const char *const open[]  = { "(", "[", "〔", "【", NULL };
  static const char *const close[] = { ")", "]", "〕", "】", NULL };
  for (size_t b = p; b-- > s && p - b <= 60;) {
    /* every bracket starts with one of these bytes (〔〕【】 with 0xE3) */
    unsigned char ch = (unsigned char)text[b];
    if (ch != '(' && ch != ')' && ch != '[' && ch != ']' && ch != 0xE3)
      continue;
    for (const char *const *w = close; *w; w++)
      if (at(text, b, p, *w))
        return 0;
    for (const char *const *w = open; *w; w++)
      if (at(text, b, p, *w)) {
        size_t q = b + strlen(*w);
        while (q < p && text[q] == ' ')
          q++;
        return at(text, q, p, "记者") || at(text, q, p, "通讯员");
      }
  }
  return 0;
}

/* Where the text of a sentence from S to E starts after the headline of
   an item in brackets that opens it (政务简讯: 【甲局召开…会议】10月21日,…):
   the byte after 】, else S. Such a headline names the event its item
   reports and opens a new item; its words make no event of their own. */
static size_t
bracket_head_end(const char *text, size_t s, size_t e)
{
  size_t b = s;
  while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' ||
                   at(text, b, e, "\xe3\x80\x80"))) /* 　 */
    b += text[b] == ' ' || text[b] == '\n' || text[b] == '\t' ? 1 : 3;
  if (!at(text, b, e, "【"))
    return s;
  for (size_t q = b + 3; q < e && q < b + 150; q++)
    if (at(text, q, e, "】"))
      return q + 3 < e ? q + 3 : s;
  return s;
}

static int opens_with_day(const NgArticle *a, const NgRange *nx);

/* 1 when sentence K opens a paragraph as the headline of its item, the
   way a briefing sets its items behind bullets, which the page's reading
   drops (◆县委召开常委会会议。6月5日,…): a short sentence ended by a full
   stop, with no other clause mark, before a sentence of the same
   paragraph that opens with the item's day. */
static int
bullet_head(const NgArticle *a, size_t k)
{
  static const char *const marks[] = { "，", ",",  "；", ";", "：",
                                       ":",  "？", "、", NULL };
  const NgRange           *r = &a->sentences[k], *nx = &a->sentences[k + 1];
  return nx->paragraph == r->paragraph && r->end - r->start <= 120 &&
         !(k && a->sentences[k - 1].paragraph == r->paragraph) &&
         !span_has(a->text, r->start, r->end, marks) && opens_with_day(a, nx);
}

/* 1 when sentence K, below the headline lines, is the headline of an
   item of a page that runs on without a byline (简报: 县人大常委会召开第
   二十六次会议 / 6月16日,…): a short paragraph of its own, with no
   clause mark, before a paragraph that opens with a day or 近日 (its
   publication lines may stand between). It names the event its item
   reports, as a headline in brackets does (【…】), and makes no event of
   its own; so does the headline a bulleted item opens with
   (bullet_head()). */
static int
item_head_line(const NgArticle *a, size_t k)
{
  static const char *const marks[] = { "。", "，", ",",  "；", ";", "：",
                                       ":",  "！", "？", "、", NULL };
  if (k + 1 >= a->n_sentences)
    return 0;
  const NgRange *r = &a->sentences[k];
  if (r->kind == NG_SENTENCE_BODY && bullet_head(a, k))
    return 1;
  /* the item's publication lines may stand between (信息来源:… 发布日期:…) */
  size_t n = k + 1;
  while (n < a->n_sentences && n <= k + 2 &&
         a->sentences[n].kind == NG_SENTENCE_META)
    n++;
  if (n >= a->n_sentences || a->sentences[n].kind != NG_SENTENCE_BODY)
    return 0;
  const NgRange *nx = &a->sentences[n];
  if (r->kind != NG_SENTENCE_BODY || r->end - r->start > 150 ||
      nx->paragraph == r->paragraph ||
      (k && a->sentences[k - 1].paragraph == r->paragraph) ||
      span_has(a->text, r->start, r->end, marks))
    return 0;
  return opens_with_day(a, nx);
}

/* 1 when sentence NX opens with a day: 6月16日, 16日, 6月16日至17日, or
   the words for a recent one (近日, 日前). */
static int
opens_with_day(const NgArticle *a, const NgRange *nx)
{
  size_t p = nx->start, e = nx->end, d = 0;
  while (p < e && (a->text[p] == ' ' || a->text[p] == '\n'))
    p++;
  /* or with the words for a recent day (近日，县政协主席甲带领…) */
  if (at(a->text, p, e, "近日,") || at(a->text, p, e, "近日，") ||
      at(a->text, p, e, "日前,") || at(a->text, p, e, "日前，"))
    return 1;
  while (p < e && a->text[p] >= '0' && a->text[p] <= '9' && d < 4)
    p++, d++;
  if (!d)
    return 0;
  if (at(a->text, p, e, "月")) {
    p += 3;
    for (d = 0; p < e && a->text[p] >= '0' && a->text[p] <= '9' && d < 3;)
      p++, d++;
    if (!d)
      return 0;
  }
  return at(a->text, p, e, "日");
}

/* The byte after the spaces and the item mark (◆, ■, ●, ▲, ★, ◎, a dash)
   that open an item's headline line starting at S, ending at E. */
static size_t
item_mark_end(const char *text, size_t s, size_t e)
{
  static const char *const marks[] = { "◆", "◇", "■", "□", "●", "○",
                                       "▲", "△", "★", "☆", "◎", "▶",
                                       "►", "—", "-", "·", NULL };
  for (int again = 1; again && s < e;) {
    again = 0;
    if (text[s] == ' ' || text[s] == '\n' || text[s] == '\t') {
      s++;
      again = 1;
      continue;
    }
    if (at(text, s, e, "\xe3\x80\x80")) { /* 　 */
      s += 3;
      again = 1;
      continue;
    }
    for (const char *const *w = marks; *w; w++)
      if (at(text, s, e, *w)) {
        s += strlen(*w);
        again = 1;
        break;
      }
  }
  return s;
}

/* 1 when the word of N bytes at byte I of a sentence ending at E comes
   right after bodies governed by 由 (由甲局组织, 由甲局、乙中心组织) and
   ends its clause: the bodies hold what the clause names. M's mentions
   MS to ME are the sentence's. */
static int
after_by(const char       *text,
         const NgMentions *m,
         size_t            ms,
         size_t            me,
         size_t            i,
         size_t            e,
         size_t            n)
{
  size_t p = i + n;
  if (!(p >= e || at(text, p, e, "。") || at(text, p, e, "，") ||
        at(text, p, e, ",") || at(text, p, e, "；") || at(text, p, e, ";")))
    return 0;
  for (size_t b = i;;) {
    size_t q;
    for (q = ms; q < me; q++)
      if (m->v[q].kind == NG_MENTION_ORG && m->v[q].end == b)
        break;
    if (q == me)
      return 0;
    b = m->v[q].start;
    if (b >= 3 && at(text, b - 3, b, "由"))
      return 1;
    if (b >= 3 && (at(text, b - 3, b, "、") || at(text, b - 3, b, "和") ||
                   at(text, b - 3, b, "及") || at(text, b - 3, b, "与")))
      b -= 3;
    else
      return 0;
  }
}

/* 1 when the publication line TEXT[S, E) names the bodies that run the
   site (主办:某县人民政府办公室 承办:某县大数据管理中心): they hold no
   event of the article. */
static int
sponsors_line(const char *text, size_t s, size_t e)
{
  static const char *const heads[] = { "主办",     "承办",     "技术支持",
                                       "运行维护", "维护单位", NULL };
  while (s < e && (text[s] == ' ' || !strncmp(text + s, "\u3000", 3)))
    s += text[s] == ' ' ? 1 : 3;
  for (int h = 0; heads[h]; h++) {
    size_t n = strlen(heads[h]), q = s + n;
    if (q > e || strncmp(text + s, heads[h], n))
      continue;
    if (q + 6 <= e && !strncmp(text + q, "单位", 6))
      q += 6;
    if (q < e && (text[q] == ':' || !strncmp(text + q, "：", 3)))
      return 1;
  }
  return 0;
}

static NgStatus
scan_sentence(Pass *ps, const NgMentions *m, size_t *mi, size_t k)
{
  const NgArticle *a    = ps->a;
  const char      *text = a->text;
  size_t           s = a->sentences[k].start, e = a->sentences[k].end;
  NgStatus         st    = NG_OK;
  size_t           first = ps->items.n;
  if (a->sentences[k].kind == NG_SENTENCE_META && sponsors_line(text, s, e))
    return NG_OK;
  if (!ps->title && item_head_line(a, k))
    return NG_OK;
  s = bracket_head_end(text, s, e);
  /* mentions of this sentence */
  while (m && *mi < m->n && m->v[*mi].start < s)
    (*mi)++;
  size_t mstart = *mi;
  while (m && *mi < m->n && m->v[*mi].start < e) {
    const NgMention *x = &m->v[*mi];
    if (x->end <= e && x->kind != NG_MENTION_DATE &&
        !in_byline(text, s, x->start)) {
      Item it = { x->start, x->end, IT_MENTION, NULL, x, { 0, 0, 0, 0 }, k };
      NG_TRY(st, item_add(&ps->items, it));
    }
    (*mi)++;
  }
  size_t mend   = *mi;
  size_t mk     = mstart; /* the first mention that may cover i */
  int    quoted = 0;      /* inside 《》 or “”: a title or a quotation */
  for (size_t i = s; i < e;) {
    size_t   len;
    unsigned ch = decode(text + i, &len); /* whole: e ends a character */
    if (ch == 0x300A || ch == 0x201C)     /* 《 “ */
      quoted++;
    else if ((ch == 0x300B || ch == 0x201D) && quoted > 0) /* 》 ” */
      quoted--;
    /* inside a mention: persons, places and posts hide their words */
    int    in_org = 0, hidden = 0;
    size_t org_end = 0, hide_end = 0;
    while (mk < mend && m->v[mk].end <= i)
      mk++;
    for (size_t q = mk; q < mend && m->v[q].start <= i; q++) {
      const NgMention *x = &m->v[q];
      if (x->start <= i && i < x->end && x->kind != NG_MENTION_DATE) {
        if (x->kind == NG_MENTION_ORG) {
          in_org  = 1;
          org_end = x->end > org_end ? x->end : org_end;
        } else {
          hidden   = x->kind == NG_MENTION_PERSON ? 2 : 1;
          hide_end = x->end > hide_end ? x->end : hide_end;
        }
      }
    }
    if (hidden) {
      /* a post or place at the start of an event name (常委 in
         …常委会会议) does not hide the name */
      const Word *w = hidden == 1 ? lookup(ps->ev, text + i, text + e) : NULL;
      if (w && w->kind == W_NOUN && i + w->n > hide_end) {
        Item it = { i, i + w->n, IT_WORD, w, NULL, { 0, 0, 0, 0 }, k };
        NG_TRY(st, item_add(&ps->items, it));
        i += w->n;
        continue;
      }
      i += len;
      continue;
    }
    /* 今(16)日, 昨(十五)日: the day a word names, written out in brackets
       (as Hong Kong, Macau and Taiwan news write it) */
    if (!in_org && (at(text, i, e, "今(") || at(text, i, e, "昨("))) {
      Date   d;
      size_t de, q = i + 4;
      long   n = read_num(text, &q, e);
      if (n < 0) {
        int h = 0, tens = 0, any = 0;
        for (int g; q < e && (g = han_digit(text + q, e - q)) >= 0; q += 3) {
          any = 1;
          if (g == 10) {
            tens = h ? h : 1;
            h    = 0;
          } else
            h = h * 10 + g;
        }
        n = any ? h + tens * 10 : -1;
      }
      if (n >= 1 && n <= 31 && at(text, q, e, ")日")) {
        memset(&d, 0, sizeof d);
        d.d     = (int)n;
        d.ok    = 1;
        de      = q + 4;
        Item it = { i, de, IT_DATE, NULL, NULL, d, k };
        NG_TRY(st, item_add(&ps->items, it));
        i = de;
        continue;
      }
    }
    /* 第12号台风, 第三日: a number after 第 is an ordinal, never a day */
    int ordinal = i >= 3 && at(text, i - 3, e, "第");
    /* (parse_han_date() finds nothing where no numeral but 〇 starts) */
    if (!in_org && !ordinal && han_digit(text + i, e - i) > 0) {
      Date   d;
      size_t de;
      if (parse_han_date(text, i, e, &d, &de)) {
        Item it = { i, de, IT_DATE, NULL, NULL, d, k };
        NG_TRY(st, item_add(&ps->items, it));
        i = de;
        continue;
      }
    }
    if (is_ascii_digit(text[i])) {
      Date   d;
      size_t de;
      if (!in_org && !ordinal && parse_date(text, i, e, &d, &de)) {
        Item it = { i, de, IT_DATE, NULL, NULL, d, k };
        NG_TRY(st, item_add(&ps->items, it));
        i = de;
      } else
        while (i < e && is_ascii_digit(text[i]))
          i++;
      continue;
    }
    unsigned char c = (unsigned char)text[i];
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
        ch == 0xFF0C || ch == 0xFF1B || ch == 0xFF1A || ch == 0x3002) {
      /* ，；：。 */
      Item it = { i, i + len, IT_CLAUSE, NULL, NULL, { 0, 0, 0, 0 }, k };
      NG_TRY(st, item_add(&ps->items, it));
      i += len;
      continue;
    }
    if (ch == 0x3001) { /* 、 */
      Item it = { i, i + len, IT_LIST, NULL, NULL, { 0, 0, 0, 0 }, k };
      NG_TRY(st, item_add(&ps->items, it));
      i += len;
      continue;
    }
    const Word *w = lookup(ps->ev, text + i, text + e);
    /* inside an organization's name only a name that ends it counts
       (…代表大会 taken for a body) */
    if (w && in_org && !(w->kind == W_NOUN && i + w->n == org_end))
      w = NULL;
    if (w && (w->kind == W_BLOCK || w->kind == W_DIVISION))
      w = NULL; /* only ever looked at right after a name, or in one */
    if (w && quoted && w->kind != W_NOUN)
      w = NULL; /* 《政府工作报告》 holds no verb of this text */
    if (w && w->by && !after_by(text, m, mstart, mend, i, e, w->n))
      w = NULL; /* 组织 holds only in 由甲局(、乙局)组织。 */
    if (w && w->kind == W_SPEAK && !strcmp(w->w, "说明")) {
      /* 工地主任某某说明进度, 某某说明,: explaining is speech only right
         after the name of who explains (not 起草说明, 这说明) */
      int named = 0;
      for (size_t q = mstart; q < mend && !named; q++)
        named = m->v[q].kind == NG_MENTION_PERSON && m->v[q].end == i;
      if (!named) {
        i += w->n;
        continue;
      }
    }
    /* 工作动员会: a speech word (作动员) that an event noun starting inside
       it goes past is no word; the noun is read from its own start; so is
       a noun (专题学习|会 is 专题+学习会, a name that runs on) */
    for (size_t p = i + len;
         w && (w->kind == W_SPEAK || w->kind == W_NOUN) && p < i + w->n;) {
      size_t      pl;
      const Word *w2 = lookup(ps->ev, text + p, text + e);
      decode(text + p, &pl);
      if (w2 && w2->kind == W_NOUN && p + w2->n > i + w->n &&
          p + 6 <= i + w->n) /* two characters shared (not 会商会|议) */
        w = NULL;
      p += pl;
    }
    /* 巡察工作动员部署会: 作动员 read inside 工作, running straight into an
       event noun, is part of the meeting's name, no speech */
    if (w && w->kind == W_SPEAK && i >= 3 && at(text, i - 3, e, "工作")) {
      const Word *w2 = lookup(ps->ev, text + i + w->n, text + e);
      if (w2 && w2->kind == W_NOUN)
        w = NULL;
    }
    /* 主持反馈会议: 会议 names the meeting, 反馈 is of its name */
    if (w && w->kind == W_NOUN && !strcmp(w->w, "反馈会") &&
        at(text, i + w->n, e, "议"))
      w = NULL;
    if (w) {
      size_t we = i + w->n;
      /* 联席会 + 议: the longer name */
      if (w->kind == W_NOUN && at(text, we - 3, e, "会") &&
          at(text, we, e, "议"))
        we += 3;
      if (w->kind != W_SKIP) {
        Item it = { i, we, IT_WORD, w, NULL, { 0, 0, 0, 0 }, k };
        NG_TRY(st, item_add(&ps->items, it));
      }
      i = we;
      continue;
    }
    i += len;
  }
  if (ps->items.n > first + 1)
    qsort(
      ps->items.v + first, ps->items.n - first, sizeof *ps->items.v, by_pos);
done:
  return st;
}

static const char *const stop_chars[] = {
  "的",   "了",   "和",   "与",   "及",   "由",   "是",   "于",   "对",
  "向",   "为",   "将",   "有关", "相关", "此次", "本次", "这次", "上述",
  "本届", "贯彻", "落实", "传达", "等",   "\n",   NULL
};

/* Words that begin with a stop character yet belong to a name (对口合作,
   和谐社区, 为民服务, 产销对接会). */
static const char *const stop_exceptions[] = { "对口", "和谐", "和平", "为民",
                                               "为老", "及时", "与会", "等级",
                                               "对接", NULL };

/* Byte B, or past a count that opens the text from B to E (开了一个小型
   座谈会): a count before a name is no part of it. */
static size_t
past_count(const char *text, size_t b, size_t e)
{
  static const char *const counts[] = { "一个", "一次", "一场", NULL };
  for (const char *const *w = counts; *w; w++)
    if (at(text, b, e, *w) && b + 6 < e)
      return b + 6;
  return b;
}

/* Where the name ending in noun item J starts: after the nearest stop
   (punctuation, a verb, a person, a date, 的). */
static size_t
label_start(const Pass *ps, size_t j)
{
  const Item *noun = &ps->items.v[j];
  size_t      lo   = ps->a->sentences[noun->sent].start;
  /* a name is not longer than this many bytes (some forty characters) */
  if (noun->s > lo + 150) {
    lo = noun->s - 150;
    while (lo < noun->s && ((unsigned char)ps->text[lo] & 0xC0) == 0x80)
      lo++;
  }
  size_t edge = noun->s; /* where the words of the name run to */
  for (size_t k = j; k-- > ps->i0;) {
    const Item *x = &ps->items.v[k];
    if (x->e > noun->s)
      continue;
    if (x->e <= lo)
      break;
    if (x->it == IT_DATE && x->date.y && !x->date.m)
      continue; /* 2018年 belongs to the name: 五星街道2018年…会议 */
    if (x->it == IT_MENTION && x->m->kind == NG_MENTION_POST && x->e == noun->s)
      continue; /* 省长办公会, 区长办公会 */
    if (x->it == IT_MENTION && x->m->kind == NG_MENTION_POST &&
        x->e + 3 < noun->s && k + 1 < j &&
        !(is_mention(&ps->items.v[k + 1], NG_MENTION_PERSON) &&
          ps->items.v[k + 1].s == x->e) &&
        !(k > ps->i0 && is_mention(&ps->items.v[k - 1], NG_MENTION_ORG) &&
          ps->items.v[k - 1].e == x->s)) {
      edge = x->s;
      continue; /* 党委书记抓基层党建工作述职评议会议: a post no one holds
                   here, of no body named, tells whose work the meeting
                   reviews */
    }
    if (x->it == IT_WORD && x->e == edge &&
        (x->w->naming || x->w->kind == W_SPEAK)) {
      edge = x->s;
      continue; /* 任职宣布大会, 合作协议签署仪式, 工作动员部署会,
                   述职评议会议 */
    }
    if (x->it == IT_WORD && x->w->naming && x->e + 3 <= noun->s &&
        at(ps->text, x->e, noun->s, "暨"))
      continue; /* 产业园揭牌暨重点项目集中签约仪式: one name */
    if (x->it == IT_WORD && x->w->kind == W_FUTURE) {
      /* 召开运动会筹备工作座谈会: after the verb that holds the event a
         future word is of its name */
      int held = 0;
      for (size_t q = clause_start(ps, k); q < k && !held; q++)
        held = is_kind(&ps->items.v[q], W_HOLD) ||
               is_kind(&ps->items.v[q], W_CHAIR) ||
               is_kind(&ps->items.v[q], W_ATTEND);
      if (held)
        continue;
    }
    if (x->it == IT_CLAUSE || x->it == IT_LIST || x->it == IT_DATE ||
        (x->it == IT_MENTION && x->m->kind != NG_MENTION_ORG &&
         x->m->kind != NG_MENTION_PLACE) ||
        (x->it == IT_WORD && x->w->kind != W_NOUN && x->w->kind != W_INSPECT)) {
      lo = x->e;
      break;
    }
  }
  /* the nearest stop character after lo */
  size_t best   = lo;
  int    quoted = 0;
  for (size_t i = lo; i < noun->s;) {
    size_t len;
    decode(ps->text + i, &len);
    if (at(ps->text, i, noun->s, "《") || at(ps->text, i, noun->s, "“"))
      quoted++;
    else if ((at(ps->text, i, noun->s, "》") ||
              at(ps->text, i, noun->s, "”")) &&
             quoted > 0)
      quoted--;
    int exception = 0;
    for (const char *const *w = stop_exceptions; *w; w++)
      if (at(ps->text, i, noun->s, *w))
        exception = 1;
    /* 于都县, 将乐县, 向阳区: a place or body whose name opens with a
       stop character; 某县新的社会阶层人士联合会: one that holds one */
    for (size_t k = reach(ps, j); k < j && !exception; k++)
      if (ps->items.v[k].s <= i && i < ps->items.v[k].e &&
          ps->items.v[k].e <= noun->s &&
          (is_mention(&ps->items.v[k], NG_MENTION_PLACE) ||
           is_mention(&ps->items.v[k], NG_MENTION_ORG)))
        exception = 1;
    for (const char *const *w = stop_chars; *w && !quoted && !exception; w++)
      if (at(ps->text, i, noun->s, *w))
        best = i + strlen(*w);
    i += len;
  }
  /* no bracket left open, no space before the name */
  while (best < noun->s && (at(ps->text, best, noun->s, "”") ||
                            at(ps->text, best, noun->s, " ") ||
                            at(ps->text, best, noun->s, ")") ||
                            at(ps->text, best, noun->s, "》")))
    best += ps->text[best] == ')' || ps->text[best] == ' ' ? 1 : 3;
  return past_count(ps->text, best, noun->s);
}

/* The word item just before byte B in the sentence, skipping 的/了 text. */
static const Item *
word_before(const Pass *ps, size_t j, size_t b)
{
  for (size_t k = j; k-- > ps->i0;) {
    const Item *x = &ps->items.v[k];
    if (x->e > b)
      continue;
    if (x->it == IT_WORD) {
      /* only 的, 了, 随后, spaces and a word that points back (参加有关
         活动, 出席此次会议) may stand between */
      size_t gap = b - x->e;
      if (gap == 0 ||
          (gap <= 9 &&
           (at(ps->text, x->e, b, "的") || at(ps->text, x->e, b, "了") ||
            at(ps->text, x->e, b, " ") || at(ps->text, x->e, b, "有关") ||
            at(ps->text, x->e, b, "相关") || at(ps->text, x->e, b, "此次") ||
            at(ps->text, x->e, b, "本次") || at(ps->text, x->e, b, "这次") ||
            at(ps->text, x->e, b, "上述"))))
        return x;
      /* 出席了甲大学与乙医院合作的研究中心揭牌仪式: a phrase ending in 的
         that tells which one, after a verb that attends or holds it */
      if (gap <= 90 && b >= 3 && at(ps->text, b - 3, b, "的") &&
          (x->w->kind == W_ATTEND || x->w->kind == W_HOLD ||
           x->w->kind == W_CHAIR) &&
          !x->w->naming)
        return x;
      return NULL;
    }
    /* names of bodies and places in that phrase */
    if (!(b >= 3 && at(ps->text, b - 3, b, "的")) ||
        !(is_mention(x, NG_MENTION_ORG) || is_mention(x, NG_MENTION_PLACE) ||
          x->it == IT_LIST))
      return NULL;
  }
  return NULL;
}

static const char *const generic_labels[] = {
  "会议",     "座谈会", "开幕式",   "闭幕式",   "仪式",
  "典礼",     "活动",   "大会",     "会",       "常务会议",
  "全体会议", "协调会", "推进会",   "开幕仪式", "闭幕仪式",
  "开班仪式", "开班式", "开营仪式", "启动仪式", "结业仪式",
  "结业式",   "开幕会", "开幕大会", "反馈会",   NULL
};

static int
is_generic(const char *s, size_t n)
{
  for (const char *const *g = generic_labels; *g; g++)
    if (strlen(*g) == n && !memcmp(s, *g, n))
      return 1;
  return 0;
}

/* 1 when the bytes S..E of TEXT, right after 举行, name a meeting that is
   a part of a session (预备会议, 第二次全体会议), which has a day of its
   own. */
static int
session_part(const char *text, size_t s, size_t e)
{
  static const char *const parts[] = { "预备会议", "全体会议", NULL };
  for (const char *const *w = parts; *w; w++) {
    size_t n = strlen(*w);
    if (e >= s + n && !memcmp(text + e - n, *w, n))
      return 1;
  }
  return 0;
}

/* The date for an event named at item J: a date earlier in the sentence
   (after the previous event of the sentence), else the paragraph's. */
static Date
date_for(const Pass *ps, size_t j, int local_only, int *local)
{
  size_t from = reach(ps, j);
  if (ps->n_anchor && ps->anchor_pos[ps->n_anchor - 1] > from)
    from = ps->anchor_pos[ps->n_anchor - 1];
  for (size_t k = j; k-- > from;) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_DATE && x->date.ok >= 0) {
      *local = 1;
      return x->date;
    }
  }
  Date none = { 0, 0, 0, 0 };
  if (local_only) {
    *local = 0;
    return none;
  }
  if (ps->para_date.ok == 1) {
    *local = 1;
    return ps->para_date;
  }
  /* a paragraph without a date of its own gives none: the text says no
     more (随后, 同日 carry the day explicitly) */
  *local = 0;
  return none;
}

/* A new event of type T named by the text [S, E), with the date the
   sentence of item J gives; its index in *IDX. */
static NgStatus
ev_at(Pass *ps, size_t j, size_t s, size_t e, EvType t, size_t *idx)
{
  int      local;
  Date     d = date_for(ps, j, 0, &local);
  NgStatus st =
    ev_new(&ps->evs, ps->text + s, e - s, t, ps->items.v[j].sent, idx);
  if (st)
    return st;
  Ev *x = &ps->evs.v[*idx];
  ev_span(x, s, e, 0);
  x->date       = d;
  x->date_local = local;
  return NG_OK;
}

/* 1 when a date stands in the clause of item J, before it: the event's
   own date (16日,两地召开…), which wins over one carried from before. */
static int
sentence_date(const Pass *ps, size_t j, int clause_only)
{
  for (size_t k = clause_only ? clause_start(ps, j) : reach(ps, j); k < j; k++)
    if (ps->items.v[k].it == IT_DATE && ps->items.v[k].date.ok == 1 &&
        !ps->items.v[k].w)
      return 1;
  return 0;
}

static void
anchor(Pass *ps, long e, size_t pos)
{
  if (ps->n_anchor < 64) {
    ps->anchor_ev[ps->n_anchor]    = e;
    ps->anchor_pos[ps->n_anchor]   = pos;
    ps->anchor_coord[ps->n_anchor] = 0;
    ps->n_anchor++;
  }
}

/* The code points of UTF-8 S[0, N) into OUT (at most MAX). */
static size_t
codepoints(const char *s, size_t n, unsigned *out, size_t max)
{
  size_t k = 0;
  for (size_t i = 0; i < n && k < max;) {
    size_t len;
    out[k++] = decode(s + i, &len);
    i += len;
  }
  return k;
}

/* How alike two names are: shared character bigrams over all bigrams. */
static double
name_likeness(const char *a, const char *b)
{
  unsigned x[128], y[128];
  size_t   nx = codepoints(a, strlen(a), x, 128);
  size_t   ny = codepoints(b, strlen(b), y, 128);
  if (nx < 2 || ny < 2)
    return 0.0;
  size_t shared = 0, total = (nx - 1) + (ny - 1);
  for (size_t i = 0; i + 1 < nx; i++) {
    int dup = 0;
    for (size_t k = 0; k < i && !dup; k++)
      dup = x[k] == x[i] && x[k + 1] == x[i + 1];
    if (dup) {
      total--;
      continue;
    }
    for (size_t k = 0; k + 1 < ny; k++)
      if (y[k] == x[i] && y[k + 1] == x[i + 1]) {
        shared++;
        break;
      }
  }
  total -= shared;
  return total ? (double)shared / (double)total : 0.0;
}

/* 1 when NAME (N bytes) ends the label of E or E's label ends it. */
static int
same_name(const Ev *e, const char *name, size_t n)
{
  size_t m = strlen(e->label);
  if (m == n)
    return !memcmp(e->label, name, n);
  if (m > n)
    return n >= 9 && !memcmp(e->label + m - n, name, n);
  return m >= 9 && !memcmp(name + n - m, e->label, m);
}

/* A headline event of type T that a body event named NAME reports. */
static long
title_event(const Pass *ps, EvType t, const char *name, size_t n, int bare)
{
  for (size_t i = 0; i < ps->evs.n; i++) {
    const Ev *e = &ps->evs.v[i];
    if (!e->title || e->ref || e->type != t)
      continue;
    char  *nm   = ng_strndup(name, n);
    double like = nm ? name_likeness(nm, e->label) : 0.0;
    ng_free(nm);
    if (bare || like >= 0.3)
      return (long)i;
  }
  return -1;
}

/* 1 when a future word stands in the clause before item J. */
static int
future_before(const Pass *ps, size_t j)
{
  /* 召开全县运动会筹备工作座谈会: after the verb that holds or attends
     the event, a future word is of its name */
  int held = 0;
  for (size_t k = clause_start(ps, j); k < j; k++) {
    if (is_kind(&ps->items.v[k], W_FUTURE) && !held)
      return 1;
    held |= is_kind(&ps->items.v[k], W_HOLD) ||
            is_kind(&ps->items.v[k], W_CHAIR) ||
            is_kind(&ps->items.v[k], W_ATTEND);
  }
  /* 预定…举行, 计划于…召开: anywhere before in the sentence */
  for (size_t k = reach(ps, j); k < j; k++)
    if (is_kind(&ps->items.v[k], W_PLAN))
      return 1;
  return 0;
}

/* 1 when 的 at byte B opens who they are, named after a group word of up
   to six characters and 有, 还有 or 包括 (出席会议的县领导还有:甲、乙,
   参加活动的市领导有甲), but not 的有关 (the bodies concerned). */
static int
those_who_are(const char *text, size_t b, size_t se)
{
  if (!at(text, b, se, "的"))
    return 0;
  for (size_t c = b + 3; c <= b + 3 + 18 && c + 3 <= se; c += 3) {
    if (at(text, c, se, "还有") || at(text, c, se, "包括") ||
        (at(text, c, se, "有") && !at(text, c, se, "有关")))
      return c > b + 3;
    if ((unsigned char)text[c] < 0xE4 || (unsigned char)text[c] > 0xE9)
      return 0; /* only Han characters between (县领导, 领导同志) */
  }
  return 0;
}

/* A PERSON mention just before byte B (allowing a post or 同志 between). */
static const Item *
person_just_before(const Pass *ps, size_t j, size_t b)
{
  for (size_t k = j; k-- > ps->i0;) {
    const Item *x = &ps->items.v[k];
    if (x->e > b)
      continue;
    if (x->it != IT_MENTION || b - x->e > 12)
      return NULL;
    if (x->m->kind == NG_MENTION_PERSON)
      return x;
    if (x->m->kind != NG_MENTION_POST)
      return NULL;
    b = x->s;
  }
  return NULL;
}

/* 1 when place name LABEL ends in the word of an administrative division
   (潍坊市, 周村区): a region that can hold an event, unlike a river. */
static int
is_division(const NgEvents *ev, const char *label)
{
  size_t n = label ? strlen(label) : 0;
  for (size_t i = 0; i < ev->n_words; i++) {
    const Word *w = &ev->words[i];
    if (w->kind == W_DIVISION && w->n < n &&
        !memcmp(label + n - w->n, w->w, w->n))
      return 1;
  }
  return 0;
}

/* 1 when the event name between bytes S and E is a congress session
   (…人民代表大会第一次会议, …第十四次代表大会, 党代会). */
static int
congress(const Pass *ps, size_t s, size_t e)
{
  return span_has(
    ps->text,
    s,
    e,
    (const char *const[]){ "代表大会", "党代会", "人代会", NULL });
}

/* 1 when org item R, after 听取 ending at byte FROM, stands where a
   reporter does: right after 听取(了/各), or after 和/、/及 or a person's
   title (听取市发改委、市财政局关于…的汇报), not inside the topic
   (听取各组讨论协商市人民政府工作报告的情况). */
static int
org_reports(const Pass *ps, size_t r, size_t from)
{
  const char *t = ps->text;
  size_t      s = ps->items.v[r].s;
  /* the areas the body's name opens with, read as places of their own
     (重庆市|璧山区气象局): the body starts where they do */
  for (size_t k = r;
       k > ps->i0 && is_mention(&ps->items.v[k - 1], NG_MENTION_PLACE) &&
       ps->items.v[k - 1].e == s;
       k--)
    s = ps->items.v[k - 1].s;
  if (s <= from + 6)
    return 1;
  /* 听取并审议通过了鉴江镇人民政府工作报告 */
  if (s <= from + 24 &&
      (at(t, from, s, "并审议") || at(t, from, s, "和审议")) &&
      !span_has(t, from, s, (const char *const[]){ "的", ",", "，", NULL }))
    return 1;
  /* 听取了项目业主甲公司关于…的汇报: the kind of party before the body */
  static const char *const kinds[] = { "项目业主", "业主单位", "建设单位",
                                       "施工单位", "承建单位", "牵头单位",
                                       "责任单位", NULL };
  size_t                   b       = from;
  if (at(t, b, s, "了"))
    b += 3;
  for (const char *const *k = kinds; *k; k++)
    if (b + strlen(*k) == s && at(t, b, s, *k))
      return 1;
  return at(t, s - 3, s, "和") || at(t, s - 3, s, "、") ||
         at(t, s - 3, s, "及") || at(t, s - 3, s, "与");
}

/* 1 when place item R, after 听取 ending at byte FROM, is an area whose
   body reports: right after 听取(了) or after 和/、/及 (听取了上街镇…工作的
   汇报; …和荆溪镇关于…的汇报). */
static int
area_reports(const Pass *ps, size_t r, size_t from)
{
  const Item *y = &ps->items.v[r];
  if (!is_mention(y, NG_MENTION_PLACE) || !is_division(ps->ev, y->m->label))
    return 0;
  for (size_t k = r; k-- > ps->i0 && ps->items.v[k].e > y->s;)
    if (is_mention(&ps->items.v[k], NG_MENTION_ORG))
      return 0; /* inside a body's name */
  for (size_t k = r + 1; k < ps->i1 && ps->items.v[k].s < y->e; k++)
    if (is_mention(&ps->items.v[k], NG_MENTION_ORG))
      return 0;
  const char *t = ps->text;
  size_t      s = y->s;
  /* what follows tells the reporter from the topic (听取了福州市江北城区…
     工程进展情况汇报): another reporter, 关于, 工作, a date or 汇报 */
  size_t se   = ps->a->sentences[y->sent].end;
  int    next = at(t, y->e, se, "、") || at(t, y->e, se, "和") ||
             at(t, y->e, se, "及") || at(t, y->e, se, "关于") ||
             at(t, y->e, se, "工作") || at(t, y->e, se, "汇报") ||
             at(t, y->e, se, "的汇报");
  for (size_t k = r + 1; !next && k < ps->i1 && ps->items.v[k].s <= y->e; k++)
    if (ps->items.v[k].it == IT_DATE && ps->items.v[k].s == y->e)
      next = 1;
  /* the last of a list of areas and bodies right after 听取 (听取甲县、
     乙乡有关情况汇报, 听取甲县、乙乡乡村振兴工作汇报): a reporter too */
  if (!next && at(t, s - 3, s, "、")) {
    size_t f  = list_end(ps, r, -1);
    size_t fs = ps->items.v[f].s;
    next = f < r && (fs == from || (fs == from + 3 && at(t, from, fs, "了")));
  }
  if (!next)
    return 0;
  if (s == from || (s == from + 3 && at(t, from, s, "了")))
    return 1;
  return s >= from + 3 && (at(t, s - 3, s, "和") || at(t, s - 3, s, "、") ||
                           at(t, s - 3, s, "及"));
}

/* 县委常委会(扩大)会议: the standing committee of a Party committee
   (X委常委会, not 人大常委会 or 政协常委会) meets as that committee, which
   holds the meeting: the committee's own mention in the article (X委),
   else BODY itself. */
static const NgMention *
party_committee(const Pass *ps, const NgMention *body)
{
  const char *sf = body->surface ? body->surface : body->label;
  size_t      n  = strlen(sf);
  if (n < 15 || memcmp(sf + n - 9, "常委会", 9) || memcmp(sf + n - 12, "委", 3))
    return body;
  for (size_t k = 0; ps->mentions && k < ps->mentions->n; k++) {
    const NgMention *y = &ps->mentions->v[k];
    if (y->kind == NG_MENTION_ORG && y->iri && y->surface &&
        strlen(y->surface) == n - 9 && !memcmp(y->surface, sf, n - 9))
      return y;
  }
  /* 武清区委常委会 in an article that writes the committee short (区委书记):
     the short form, a level word and 委 */
  for (size_t k = 0; ps->mentions && k < ps->mentions->n; k++) {
    const NgMention *y = &ps->mentions->v[k];
    if (y->kind == NG_MENTION_ORG && y->iri && y->surface &&
        strlen(y->surface) == 6 && n - 9 > 6 &&
        !memcmp(y->surface, sf + n - 15, 6))
      return y;
  }
  return body;
}

/* 于都县第十八届人民代表大会常务委员会 (县十八届人大常委会): a people's
   congress's standing committee named with its term is the standing body
   the article names without it (于都县人大常委会), when it does; else
   BODY itself. */
static const NgMention *
standing_body(const Pass *ps, const NgMention *body)
{
  static const char *const ends[]   = { "人民代表大会常务委员会",
                                        "人大常委会",
                                        NULL };
  const char              *names[2] = { body->label, body->surface };
  for (size_t i = 0; i < 2; i++) {
    const char *l = names[i], *term = l ? strstr(l, "届") : NULL;
    if (!term)
      continue;
    int whole = 0;
    for (const char *const *w = ends; *w && !whole; w++)
      whole = !strcmp(term + 3, *w);
    if (!whole)
      continue;
    const char *a = term;
    while (a - 3 >= l && han_digit(a - 3, 3) >= 0)
      a -= 3;
    if (a == term)
      continue;
    if (a - 3 >= l && !memcmp(a - 3, "第", 3))
      a -= 3;
    /* the area in full (于都县人大常委会), else its level alone as the
       article writes it short (县人大常委会) */
    size_t an = (size_t)(a - l);
    for (int lvl = 0; lvl < 2 && an >= 3; lvl++) {
      const char *ar = lvl ? l + an - 3 : l;
      size_t      n  = lvl ? 3 : an;
      for (size_t k = 0; ps->mentions && k < ps->mentions->n; k++) {
        const NgMention *y     = &ps->mentions->v[k];
        const char      *ys[2] = { y->label, y->surface };
        for (size_t q = 0; y->kind == NG_MENTION_ORG && y->iri && q < 2; q++)
          if (ys[q] && strlen(ys[q]) == n + 15 && !memcmp(ys[q], ar, n) &&
              !strcmp(ys[q] + n, "人大常委会"))
            return y;
      }
    }
  }
  return body;
}

/* 1 when item K is a division that is one side of a signing, right
   before or after 与 (和, 同), and no body named around it holds it (甲市
   与乙研究院签署…, 甲公司与乙县签订…): it signs as its body. */
static int
signing_area(const Pass *ps, size_t k)
{
  const Item *x = &ps->items.v[k];
  const char *t = ps->text;
  size_t      se;
  if (!is_mention(x, NG_MENTION_PLACE) || !is_division(ps->ev, x->m->label))
    return 0;
  se = ps->a->sentences[x->sent].end;
  int after =
    at(t, x->e, se, "与") || at(t, x->e, se, "和") || at(t, x->e, se, "同");
  int before =
    x->s >= 3 && (at(t, x->s - 3, x->s, "与") || at(t, x->s - 3, x->s, "和") ||
                  at(t, x->s - 3, x->s, "同"));
  /* the body across 与 */
  int other =
    (after && k + 1 < ps->i1 &&
     is_mention(&ps->items.v[k + 1], NG_MENTION_ORG) &&
     ps->items.v[k + 1].s == x->e + 3) ||
    (before && k > ps->i0 && is_mention(&ps->items.v[k - 1], NG_MENTION_ORG) &&
     ps->items.v[k - 1].e + 3 == x->s);
  /* 甲镇、乙镇分别与5家企业签订…协议: divisions listed before 分别与 sign
     each for itself, whoever the other side (named or not) */
  if (!other) {
    size_t q = k;
    while (q + 2 < ps->i1 && ps->items.v[q + 1].it == IT_LIST &&
           is_mention(&ps->items.v[q + 2], NG_MENTION_PLACE) &&
           is_division(ps->ev, ps->items.v[q + 2].m->label))
      q += 2;
    other = at(t, ps->items.v[q].e, se, "分别与") ||
            at(t, ps->items.v[q].e, se, "分别同");
  }
  if (!other)
    return 0;
  for (size_t q = reach(ps, k); q < ps->i1 && q < k + 8; q++) {
    const Item *y = &ps->items.v[q];
    if (q != k && is_mention(y, NG_MENTION_ORG) && y->s < x->e && y->e > x->s)
      return 0;
  }
  return 1;
}

/* 1 when S holds the area named NAME (N bytes) as the subject of a verb
   of holding: right before it (甲县召开, 甲县 举行, 甲镇召开了) or across a
   venue (甲镇在镇政府会议室召开, 甲市在乙市举行的). Not when the area only
   opens an event's name (甲县2026年…工作会议在…召开). */
static int
area_holds_in(const char *s, const char *name, size_t n)
{
  static const char *const verbs[] = { "召开",     "举行",     "举办",
                                       "组织召开", "组织开展", NULL };
  if (!s || !n)
    return 0;
  for (const char *p = strstr(s, name); p; p = strstr(p + 1, name)) {
    const char *q = p + n;
    while (*q == ' ')
      q++;
    size_t end = strlen(q);
    if (at(q, 0, end, "在") || at(q, 0, end, "于")) {
      /* across a venue or a day, up to the clause's end */
      size_t b = 3;
      while (b < end && b < 90 && !at(q, b, end, "，") &&
             !at(q, b, end, "。") && !at(q, b, end, "；") && q[b] != ',' &&
             q[b] != ';' && q[b] != '\n') {
        for (const char *const *v = verbs; *v; v++)
          if (at(q, b, end, *v))
            return 1;
        b++;
      }
      continue;
    }
    for (const char *const *v = verbs; *v; v++)
      if (at(q, 0, end, *v))
        return 1;
  }
  return 0;
}

/* 1 when the article (its text or its headline) writes area M as the
   subject of a verb of holding (see area_holds_in). */
static int
area_holds(const Pass *ps, const NgMention *m)
{
  const char *names[2] = { m->surface, m->label };
  for (size_t i = 0; i < 2; i++)
    if (names[i] && *names[i] &&
        (area_holds_in(ps->text, names[i], strlen(names[i])) ||
         area_holds_in(ps->a->headline, names[i], strlen(names[i]))))
      return 1;
  return 0;
}

/* An organization that starts the name of event X (named by noun item J
   from byte L) organizes it: 市政府党组(扩大)会议. */
static NgStatus
name_org(const Pass *ps, size_t j, size_t L, Ev *x)
{
  /* 甲省与乙州政府间合作协议签署仪式: a name cut after 与 (和, 同) and
     a name before it is of two sides, none of which holds it alone */
  int two =
    L >= 3 && (at(ps->text, L - 3, L, "与") || at(ps->text, L - 3, L, "和") ||
               at(ps->text, L - 3, L, "同"));
  /* 甲大学与乙医院合作的研究中心揭牌仪式: the two sides of the work a
     ceremony opens take part in it; none holds it */
  if (ps->items.v[j].w->type == T_CEREMONY && L >= 9 &&
      at(ps->text, L - 3, L, "的")) {
    static const char *const works[] = { "合作", "共建", "联建",
                                         "联合", "共同", NULL };
    size_t                   c = L - 3, again = 1;
    while (again) {
      again = 0;
      for (const char *const *w = works; *w && c >= 6; w++)
        if (at(ps->text, c - 6, c, *w)) {
          c -= 6;
          again = 1;
          break;
        }
    }
    if (c == L - 3 || (c + 9 == L && (at(ps->text, c, c + 6, "联合") ||
                                      at(ps->text, c, c + 6, "共同"))))
      c = 0; /* 联合, 共同 alone: no work of theirs */
    for (size_t k = reach(ps, j); c && k < j; k++) {
      const Item *b = &ps->items.v[k];
      if (!is_mention(b, NG_MENTION_ORG) || b->e != c || org_in_title(ps, k))
        continue;
      for (size_t r = reach(ps, j); r < k; r++) {
        const Item *a = &ps->items.v[r];
        if (is_mention(a, NG_MENTION_ORG) && a->e + 3 == b->s &&
            (at(ps->text, a->e, b->s, "与") || at(ps->text, a->e, b->s, "和") ||
             at(ps->text, a->e, b->s, "同")) &&
            !org_in_title(ps, r)) {
          NgStatus st = part_add(x, a->m, R_ATTEND);
          return st ? st : part_add(x, b->m, R_ATTEND);
        }
      }
    }
  }
  /* 我市与甲集团战略合作协议签约仪式: the bodies that sign, on either
     side of 与, take part in it; none holds it */
  if (two && ps->items.v[j].w->type == T_CEREMONY &&
      span_has(ps->text,
               L,
               ps->items.v[j].e,
               (const char *const[]){ "签约", "签署", "签订", NULL })) {
    NgStatus st = NG_OK;
    for (size_t k = reach(ps, j); k < j; k++) {
      const Item *y = &ps->items.v[k];
      if (((is_mention(y, NG_MENTION_ORG) && !org_in_title(ps, k)) ||
           signing_area(ps, k)) &&
          (y->e == L - 3 || y->s == L))
        NG_TRY(st, part_add(x, y->m, R_ATTEND));
    }
  done:
    return st;
  }
  if (two)
    for (size_t k = reach(ps, j); k < j; k++)
      if (ps->items.v[k].e == L - 3 &&
          (is_mention(&ps->items.v[k], NG_MENTION_PLACE) ||
           is_mention(&ps->items.v[k], NG_MENTION_ORG)))
        return NG_OK;
  /* the names that open it, one after the other (湖南省|岳阳市|君山区第五届
     人民代表大会): the last body among them, else the first area */
  const NgMention *body = NULL, *area = NULL;
  size_t           at_ = L;
  /* 全市安全生产委员会全体会议: the whole area written before the body
     whose own meeting it is (the body of that area) */
  static const char *const whole[] = { "全县", "全市", "全区", "全州",
                                       "全省", "全旗", "全盟", NULL };
  for (const char *const *w = whole; *w; w++)
    if (at(ps->text, L, ps->items.v[j].e, *w))
      for (size_t k = reach(ps, j); k < j; k++)
        if (is_mention(&ps->items.v[k], NG_MENTION_ORG) &&
            ps->items.v[k].s == L + 6 && !org_in_title(ps, k) &&
            !at(ps->text, ps->items.v[k].e, ps->items.v[j].e, "长"))
          at_ = L + 6; /* not 全市组织部长会议 */
  for (size_t k = reach(ps, j); k < j; k++) {
    const Item *y = &ps->items.v[k];
    if (y->it != IT_MENTION || y->s != at_ || y->e >= ps->items.v[j].e)
      continue;
    if (y->m->kind == NG_MENTION_ORG)
      body = y->m;
    else if (y->m->kind == NG_MENTION_PLACE && !area &&
             is_division(ps->ev, y->m->label))
      area = y->m;
    else if (y->m->kind != NG_MENTION_PLACE)
      break;
    at_ = y->e;
  }
  /* 甲市—乙县东西部协作联席会议 (甲区·乙县): a name of two sides joined
     by a dash or a dot, none of which holds it alone */
  if ((body || area) && (at(ps->text, at_, ps->items.v[j].e, "—") ||
                         at(ps->text, at_, ps->items.v[j].e, "－") ||
                         at(ps->text, at_, ps->items.v[j].e, "·") ||
                         at(ps->text, at_, ps->items.v[j].e, "-")))
    return NG_OK;
  /* 中国共产党甲镇第十四次代表大会: a congress session is convened by
     the congress itself (X人民代表大会第一次会议), not by the party or
     the area before its name */
  if ((body || area) && congress(ps, L, ps->items.v[j].e) &&
      !(body && strstr(body->label, "代表大会")))
    return NG_OK;
  /* 甲研究中心揭牌仪式: the body a plaque is unveiled for is what the
     ceremony opens, not who holds it */
  if (ps->items.v[j].w->type == T_CEREMONY &&
      span_has(ps->text,
               L,
               ps->items.v[j].e,
               (const char *const[]){ "揭牌", "揭幕", "挂牌", NULL }))
    return NG_OK;
  if (body)
    body = standing_body(ps, party_committee(ps, body));
  /* 甲县2025年重点项目集中开工仪式, 甲省优秀教师颁奖仪式: the area a
     ceremony is named after is the area of its projects or honourees, not
     who holds it; but in 甲市…项目签约仪式 the area is the side that signs
     and hosts */
  if (!body && area && ps->items.v[j].w->type == T_CEREMONY &&
      !span_has(ps->text,
                L,
                ps->items.v[j].e,
                (const char *const[]){ "签约", "签署", "签订", NULL }))
    return NG_OK;
  /* (but where the article names the area's government, 甲县人民政府与乙
     公司签订…, the government signs for it and the area holds nothing) */
  if (!body && area && ps->items.v[j].w->type == T_CEREMONY && area->label &&
      ps->mentions) {
    size_t an = strlen(area->label);
    for (size_t k = 0; k < ps->mentions->n; k++) {
      const NgMention *y = &ps->mentions->v[k];
      if (y->kind == NG_MENTION_ORG && y->label &&
          !strncmp(y->label, area->label, an) &&
          (!strcmp(y->label + an, "人民政府") ||
           !strcmp(y->label + an, "政府")))
        return NG_OK;
    }
  }
  /* 甲县2026年…工作会议在…召开, 甲市…培训班在…开班: the area a
     meeting is named after holds it only where the article says it does
     (甲县召开…会议); a signing it is named after is its own as above */
  if (!body && area && ps->items.v[j].w->type != T_CEREMONY &&
      !area_holds(ps, area))
    return NG_OK;
  if (body || area)
    return part_add(x, body ? body : area, R_ORGANIZER);
  return NG_OK;
}

/* Whether event E has an organizer. */
static int
has_organizer(const Ev *e)
{
  for (size_t k = 0; k < e->n_parts; k++)
    if (e->parts[k].roles & R_ORGANIZER)
      return 1;
  return 0;
}

/* 市政府党组(扩大)会议和第二十届第120次常务会议: a second name (from byte
   L, after 和) with no body of its own is of the body that holds the
   first; when that is a body's party group (党组), of the body itself
   (市政府), named so in the article. Event X takes it as its organizer. */
static NgStatus
shared_body(const Pass *ps, size_t L, Ev *x)
{
  if (has_organizer(x))
    return NG_OK;
  const Ev *first = NULL;
  for (size_t i = 0; i < ps->n_anchor; i++) {
    const Item *y = &ps->items.v[ps->anchor_pos[i]];
    if (is_kind(y, W_NOUN) && y->e == L - 3)
      first = &ps->evs.v[ps->anchor_ev[i]];
  }
  const NgMention *o = NULL;
  for (size_t k = 0; first && k < first->n_parts && !o; k++)
    if ((first->parts[k].roles & R_ORGANIZER) &&
        first->parts[k].m->kind == NG_MENTION_ORG)
      o = first->parts[k].m;
  if (!o)
    return NG_OK;
  const char *sf = o->surface ? o->surface : o->label;
  size_t      n  = strlen(sf);
  if (n > 6 && !memcmp(sf + n - 6, "党组", 6)) {
    const NgMention *body = NULL;
    for (size_t k = 0; ps->mentions && k < ps->mentions->n && !body; k++) {
      const NgMention *y = &ps->mentions->v[k];
      if (y->kind == NG_MENTION_ORG && y->iri && y->surface &&
          strlen(y->surface) == n - 6 && !memcmp(y->surface, sf, n - 6))
        body = y;
    }
    o = body;
  }
  return o ? part_add(x, o, R_ORGANIZER) : NG_OK;
}

/* 1 when noun item J is followed by what declares it open (宣布活动启动,
   宣布运动会开幕): the event being reported, not part of a name. */
static int
declared_open(const Pass *ps, size_t j)
{
  static const char *const opened[] = { "启动", "开幕", "闭幕", "开始",
                                        "开工", "开营", "开班", NULL };
  size_t                   e        = ps->items.v[j].e;
  size_t                   se       = ps->a->sentences[ps->items.v[j].sent].end;
  return span_has(ps->text, e, e + 6 <= se ? e + 6 : se, opened);
}

/* 1 when word item J runs straight into an event noun: part of its name
   (任职宣布大会). */
static int
in_name(const Pass *ps, size_t j)
{
  return j + 1 < ps->i1 && is_kind(&ps->items.v[j + 1], W_NOUN) &&
         ps->items.v[j + 1].s == ps->items.v[j].e;
}

/* A meeting named at noun item J (from byte L) for its spirit or a
   speech (…全会精神, 李明书记在…座谈会上的讲话): an event of its own only
   with the person who spoke there (SPEECH 1) or a date of its own. SPEECH 2:
   words reported from there (X在…会议上强调,), dated by their sentence. */
static NgStatus
on_cited(Pass *ps, size_t j, size_t L, int speech)
{
  const Item *n    = &ps->items.v[j];
  const char *text = ps->text;
  NgStatus    st   = NG_OK;
  /* PERSON (POST) 在 NAME 上的讲话 */
  const Item *p = NULL;
  if (L >= 3 && at(text, L - 3, n->e, "在"))
    p = person_just_before(ps, j, L - 3);
  int  local;
  Date d = date_for(ps, j, 1, &local);
  if (local && !sentence_date(ps, j, speech < 2)) {
    Date none = { 0, 0, 0, 0 };
    d         = none;
    local     = 0;
  }
  if (!p && !local)
    return NG_OK;
  size_t e;
  /* X在…会议上讲话, (not …上的讲话, …讲话精神): he speaks there now */
  size_t se  = ps->a->sentences[n->sent].end;
  int    now = speech == 2 ||
            (speech == 1 &&
             (at(text, n->e, se, "上讲话") || at(text, n->e, se, "上发言") ||
              at(text, n->e, se, "上致辞")) &&
             !at(text, n->e + 9, se, "精神") && !at(text, n->e + 9, se, "稿"));
  /* X在…会议上强调, of a meeting the article reports: his words there */
  for (e = 0; now && p && e < ps->evs.n; e++)
    if (!ps->evs.v[e].ref && same_name(&ps->evs.v[e], text + L, n->e - L)) {
      NG_TRY(st, part_add(&ps->evs.v[e], p->m, R_ATTEND | R_SPEAK));
      anchor(ps, (long)e, j);
      ps->cur          = (long)e;
      ps->last_subject = p->m;
      return NG_OK;
    }
  NG_TRY(st, ev_new(&ps->evs, text + L, n->e - L, n->w->type, n->sent, &e));
  Ev *x = &ps->evs.v[e];
  ev_span(x, L, n->e, 0);
  x->ref        = 1;
  x->date       = d;
  x->date_local = local;
  NG_TRY(st, name_org(ps, j, L, x));
  if (p)
    NG_TRY(st, part_add(x, p->m, R_ATTEND | (speech ? R_SPEAK : 0)));
  /* X在…会议上强调,: the verbs of the sentence are his words there, not
     a role in the event reported before (a visit of another paragraph);
     nor are the words of the sentences after it (他指出) */
  if (speech == 2) {
    anchor(ps, (long)e, j);
    ps->cur = (long)e; /* 他指出 after it: still there */
    if (p)
      ps->last_subject = p->m;
  }
done:
  return st;
}

/* A's bytes [0, AN) then B's [0, BN), as a new string; caller frees. */
/* How many bytes that end A[0, AN) open B[0, BN), two characters at least
   and on a character's start (县政府党组 + 党组会议 share 党组): an
   organizer written before an event's name shares them once. */
static size_t
shared_words(const char *a, size_t an, const char *b, size_t bn)
{
  for (size_t o = an < bn ? an : bn; o >= 6; o--)
    if ((o == bn || ((unsigned char)b[o] & 0xC0) != 0x80) &&
        ((unsigned char)a[an - o] & 0xC0) != 0x80 && !memcmp(a + an - o, b, o))
      return o;
  return 0;
}

static char *
concat(const char *a, size_t an, const char *b, size_t bn)
{
  char *s = ng_malloc(an + bn + 1);
  if (!s)
    return NULL;
  memcpy(s, a, an);
  memcpy(s + an, b, bn);
  s[an + bn] = '\0';
  return s;
}

/* LAB without the word of a day whose date follows it in brackets
   (陈某今日(三月十二日)视察… -> 陈某三月十二日视察…, as Hong Kong writes
   the day): the date stays, the word and the brackets go. In place. */
static void
day_in_brackets(char *lab)
{
  static const char *const words[] = { "今日", "昨日", "今天", "昨天",
                                       "昨",   "今",   NULL };
  static const char *const digits  = "0123456789";
  static const char *const han[]   = { "〇", "一", "二", "三", "四", "五",
                                       "六", "七", "八", "九", "十", "年",
                                       "月", "日", "号", NULL };
  char                    *open    = strchr(lab, '(');
  if (!open)
    return;
  char *close = strchr(open, ')');
  if (!close || close == open + 1 || close - open > 48)
    return;
  for (const char *q = open + 1; q < close;) {
    if (strchr(digits, *q)) {
      q++;
      continue;
    }
    const char *const *h = han;
    while (*h && strncmp(q, *h, strlen(*h)))
      h++;
    if (!*h)
      return;
    q += strlen(*h);
  }
  for (const char *const *w = words; *w; w++) {
    size_t n = strlen(*w);
    if ((size_t)(open - lab) >= n && !strncmp(open - n, *w, n)) {
      char  *from = open - n;
      size_t dn   = (size_t)(close - open - 1);
      memmove(from, open + 1, dn);
      memmove(from + dn, close + 1, strlen(close + 1) + 1);
      return;
    }
  }
}

/* The item of the 在 that opens a venue between items CS and the verb of
   holding at item HK (甲局在市新闻发布厅召开, 在行政楼第一会议室举行): names,
   a room's noun and other text without a verb of its own, short and in
   one clause. HK when there is none. */
static size_t
venue_before(const Pass *ps, size_t cs, size_t hk)
{
  for (size_t k = hk; k-- > cs;) {
    const Item *y = &ps->items.v[k];
    if (is_kind(y, W_MOVE) && at(ps->text, y->s, y->e, "在"))
      return k > cs && ps->items.v[hk].s - y->e <= 120 ? k : hk;
    if (y->it == IT_CLAUSE || y->it == IT_DATE ||
        is_mention(y, NG_MENTION_PERSON) || is_mention(y, NG_MENTION_POST))
      return hk;
    if (y->it == IT_WORD &&
        !(y->w->kind == W_NOUN &&
          starts_with_kind(ps->ev,
                           ps->text + y->e,
                           ps->text + ps->a->sentences[y->sent].end,
                           W_BLOCK)))
      return hk;
  }
  return hk;
}

static size_t org_list_last(const Pass *ps, size_t l);

/* An event noun at item J. */
/* 1 when the doing at item J sums up many (今年以来,…开展检查3轮; …检查
   12次): a count right after the verb, or 以来, 过去一年 or a report's
   look back (报告指出) before it in the sentence. */
static int
summary(const Pass *ps, size_t j)
{
  const char *t  = ps->text;
  size_t      e  = ps->items.v[j].e;
  size_t      se = ps->a->sentences[ps->items.v[j].sent].end;
  size_t      q  = e;
  while (q < se && (is_ascii_digit(t[q]) || han_digit(t + q, se - q) >= 0))
    q += is_ascii_digit(t[q]) ? 1 : 3;
  if (q > e && (at(t, q, se, "余") || at(t, q, se, "多")))
    q += 3; /* 20余场 */
  if (q > e && (at(t, q, se, "轮") || at(t, q, se, "次") ||
                at(t, q, se, "批") || at(t, q, se, "遍") || at(t, q, se, "场")))
    return 1;
  const NgRange *sn = &ps->a->sentences[ps->items.v[j].sent];
  if (span_has(t,
               sn->start,
               ps->items.v[j].s,
               (const char *const[]){
                 "以来", "近年来", "一年来", "过去一年", "过去五年", NULL }))
    return 1;
  /* 本轮巡察共派出6个巡察组,对…开展常规巡察: teams sent out, each on
     visits of its own */
  for (size_t b = sn->start; b + 6 <= ps->items.v[j].s; b++) {
    if (!at(t, b, ps->items.v[j].s, "派出"))
      continue;
    size_t d = b + 6;
    while (d < se && (is_ascii_digit(t[d]) || han_digit(t + d, se - d) >= 0))
      d += is_ascii_digit(t[d]) ? 1 : 3;
    if (d > b + 6 && at(t, d, se, "个"))
      return 1;
  }
  /* 报告指出,…;…组织委员开展活动: what a report the paragraph opens
     with looks back on */
  if (sn->paragraph >= ps->a->n_paragraphs)
    return 0;
  size_t ps0 = ps->a->paragraphs[sn->paragraph].start;
  size_t pe0 = ps0 + 60 < ps->items.v[j].s ? ps0 + 60 : ps->items.v[j].s;
  if (ps0 > sn->start || pe0 <= ps0)
    return 0;
  return span_has(
    t,
    ps0,
    pe0,
    (const char *const[]){
      "报告指出", "报告回顾", "报告显示", "报告提出", "报告认为", NULL });
}

/* The last item of the 、-list of bodies or divisions that item L opens
   (L itself when no list follows it). */
static size_t
org_list_last_any(const Pass *ps, size_t l)
{
  for (;;) {
    if (l + 2 >= ps->i1 || ps->items.v[l + 1].it != IT_LIST ||
        ps->items.v[l + 1].s != ps->items.v[l].e ||
        ps->items.v[l + 2].s != ps->items.v[l + 1].e)
      return l;
    const Item *y = &ps->items.v[l + 2];
    if (!(is_mention(y, NG_MENTION_ORG) || (is_mention(y, NG_MENTION_PLACE) &&
                                            is_division(ps->ev, y->m->label))))
      return l;
    l += 2;
  }
}

static long visit_spanning(const Pass *ps, Date d);

static int ends_group(const char *s, size_t n);

/* 1 when the clause of org item Q, which the clause of item CS follows,
   is a delegation that arrives somewhere (甲协会访问团一行三十人十日抵达
   乙市,展开…活动): a name ending in 团 (not 集团), then 一行 and a count
   of persons (三十人) or not, the day or not, and a verb of going. */
static int
party_arrives(const Pass *ps, size_t q, size_t cs)
{
  const char *t = ps->text;
  const char *l = ps->items.v[q].m->label;
  size_t      n = l ? strlen(l) : 0;
  if (n <= 3 || memcmp(l + n - 3, "团", 3) || ends_group(l, n))
    return 0;
  size_t b = ps->items.v[q].e, r = q + 1;
  if (r >= cs)
    return 0;
  size_t e = ps->items.v[r].s;
  if (at(t, b, e, "一行"))
    b += 6;
  size_t d = b;
  while (d < e &&
         ((t[d] >= '0' && t[d] <= '9') || han_digit(t + d, e - d) >= 0))
    d += t[d] >= '0' && t[d] <= '9' ? 1 : 3;
  if (d > b && (at(t, d, e, "人") || at(t, d, e, "余人")))
    b = d + (at(t, d, e, "人") ? 3 : 9);
  if (b != e)
    return 0;
  while (r < cs && ps->items.v[r].it == IT_DATE)
    r++;
  return r < cs && is_kind(&ps->items.v[r], W_MOVE) &&
         (r == q + 1 || ps->items.v[r - 1].e == ps->items.v[r].s) &&
         !at(t, ps->items.v[r].s, ps->items.v[r].e, "在");
}

static NgStatus
on_noun(Pass *ps, size_t j)
{
  const Item *n    = &ps->items.v[j];
  const char *text = ps->text;
  size_t      se   = ps->a->sentences[n->sent].end;
  /* 会议室, 大会堂, 会议精神 */
  for (size_t k = j + 1; k < ps->i1; k++) {
    const Item *x = &ps->items.v[k];
    if (x->s != n->e)
      break;
    if (x->it == IT_WORD && x->w->kind == W_NOUN)
      return NG_OK; /* the longer noun after it names the event */
  }
  /* 民主生活会征求意见座谈会: a noun that a few Han characters and another
     noun follow is what that meeting is about, inside its name */
  if (j + 1 < ps->i1 && is_kind(&ps->items.v[j + 1], W_NOUN) &&
      ps->items.v[j + 1].s > n->e && ps->items.v[j + 1].s - n->e <= 12) {
    /* but 交流会等系列活动, 推介会和签约仪式: two events, or one and
       what holds it */
    static const char *const joins[] = { "等", "和", "及", "与",
                                         "暨", "或", NULL };
    size_t                   b       = n->e;
    while (b < ps->items.v[j + 1].s && (unsigned char)text[b] >= 0xe4 &&
           (unsigned char)text[b] <= 0xe9)
      b += 3;
    if (b == ps->items.v[j + 1].s &&
        !span_has(text, n->e, ps->items.v[j + 1].s, joins))
      return NG_OK;
  }
  /* 某某联席会议第二十五次会议: the session named after it names the
     event */
  if (at(text, n->e, se, "第")) {
    size_t b = n->e + 3;
    while (b < se) {
      if (text[b] >= '0' && text[b] <= '9')
        b++;
      else if (han_digit(text + b, se - b) >= 0 || at(text, b, se, "百"))
        b += 3;
      else
        break;
    }
    if (b > n->e + 3 && (at(text, b, se, "次") || at(text, b, se, "届")))
      for (size_t k = j + 1; k < ps->i1 && ps->items.v[k].s <= b + 3; k++)
        if (ps->items.v[k].it == IT_WORD && ps->items.v[k].w->kind == W_NOUN &&
            ps->items.v[k].s == b + 3)
          return NG_OK;
  }
  if (starts_with_kind(ps->ev, text + n->e, text + se, W_BLOCK))
    return NG_OK;
  /* 宣布活动启动, 宣布运动会开幕: what is declared open is the event being
     reported, not one named 宣布活动 */
  static const char *const opened[] = { "启动", "开幕", "闭幕", "开始",
                                        "开工", "开营", "开班", NULL };
  if (j > ps->i0 && ps->items.v[j - 1].it == IT_WORD &&
      ps->items.v[j - 1].w->naming && ps->items.v[j - 1].e == n->s &&
      span_has(text, n->e, n->e + 6 <= se ? n->e + 6 : se, opened))
    return NG_OK;
  /* inside 《》: an open 《 not closed before the name (a title is short,
     so only the last few hundred bytes are looked at) */
  size_t sb    = ps->a->sentences[n->sent].start;
  int    depth = 0;
  for (size_t i = n->s; i > sb && n->s - i < 600;) {
    i--;
    if (at(text, i, n->s, "》"))
      depth--;
    else if (at(text, i, n->s, "《") && ++depth > 0)
      return NG_OK;
  }
  size_t      L   = label_start(ps, j);
  const Item *pre = word_before(ps, j, L);
  if (!pre && L < n->s) {
    /* 召开征求民主党派、工商联、无党派人士关于…意见座谈会: a name with a list
       or 关于 in it runs back to the verb before it in its clause */
    for (size_t k = j; k-- > clause_start(ps, j);) {
      const Item *x = &ps->items.v[k];
      if (x->it == IT_WORD && x->w->kind == W_HOLD) {
        L   = past_count(text, x->e, n->s);
        pre = x;
        break;
      }
      /* 开展产业协作和招商推介活动: a word the name was found to hold
         (推介 of 招商推介活动) is part of it */
      if (x->it == IT_WORD && x->s >= L &&
          (x->w->naming || x->w->kind == W_SPEAK))
        continue;
      int named = 0; /* a noun that named an event ends this name */
      for (size_t i = 0; i < ps->n_anchor; i++)
        named |= ps->anchor_pos[i] == k;
      if ((x->it == IT_WORD && (x->w->kind != W_NOUN || named)) ||
          x->it == IT_DATE || is_mention(x, NG_MENTION_PERSON))
        break; /* (a noun inside the name: 常委会(扩大)会议) */
    }
  }
  int      bare = L >= n->s || is_generic(text + L, n->e - L);
  WordKind pk   = pre ? pre->w->kind : W_NKINDS;
  /* 本届文化节由…主办, 此次论坛: the event being reported, named again */
  if (ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
      ps->evs.v[ps->cur].type == n->w->type &&
      ((L >= 6 && (at(text, L - 6, L, "本届") || at(text, L - 6, L, "本次") ||
                   at(text, L - 6, L, "此次") || at(text, L - 6, L, "这次"))) ||
       /* 本期培训班由…举办: a class named by its term */
       (n->s == L + 6 && at(text, L, n->s, "本期")))) {
    anchor(ps, ps->cur, j);
    return NG_OK;
  }
  /* 主持召开县委常委会, 召开常委会,: the body's word names its meeting
     only right after the verb and at the end of its clause; elsewhere
     (县人大常委会召开第十八次会议, 常委会(扩大)会议) it is the body */
  if (n->e - n->s == 9 && !memcmp(text + n->s, "常委会", 9) &&
      !(pk == W_HOLD && pre->e <= n->s && n->s - pre->e <= 30 &&
        (n->e >= se || at(text, n->e, se, ",") || at(text, n->e, se, "，") ||
         at(text, n->e, se, "。") || at(text, n->e, se, ";") ||
         at(text, n->e, se, "；"))))
    return NG_OK;
  /* what follows: 上 (会议上), 召开, 在…召开, 精神 */
  int    post_hold = 0, at_on = 0, cited = 0, post_future = 0, post_part = 0;
  size_t pe = n->e;
  /* …推进会暨…例会: the name goes on */
  if (at(text, pe, se, "暨"))
    return NG_OK;
  if (at(text, pe, se, "上"))
    at_on = 1;
  /* where 在 may open a venue: right after the name, or after the day and
     the time of day written there (推介会今(24)日下午|在…举行) */
  size_t venue = pe;
  for (size_t k = j + 1; k < ps->i1 && ps->items.v[k].s <= pe; k++)
    if (ps->items.v[k].it == IT_DATE && ps->items.v[k].s == pe)
      venue = ps->items.v[k].e;
  for (const char *const *w =
         (const char *const[]){ "上午", "下午", "晚上", "中午", NULL };
       venue > pe && *w;
       w++)
    if (at(text, venue, se, *w)) {
      venue += strlen(*w);
      break;
    }
  for (size_t k = j + 1; k < ps->i1; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_CLAUSE)
      break;
    /* …仪式在县经济开发区新能源电池材料项目现场举行: a venue after 在 may
       be long */
    if (x->it == IT_WORD && x->w->kind == W_HOLD &&
        (x->s - pe <= 40 ||
         (at(text, venue, se, "在") && x->s - venue <= 120))) {
      /* 全会召开的重大意义: a relative clause about the meeting, which
         it does not report */
      if (at(text, x->e, se, "的"))
        return NG_OK;
      /* 县政协十届五次会议召开时间(的建议): a thing about the meeting */
      if (at(text, x->e, se, "时间") || at(text, x->e, se, "日期") ||
          at(text, x->e, se, "事宜"))
        return NG_OK;
      post_hold = 1;
      /* 甲会议举行预备会议 (第二次全体会议): the session holds a meeting of
         its own day */
      if (k + 1 < ps->i1 && is_kind(&ps->items.v[k + 1], W_NOUN) &&
          ps->items.v[k + 1].s - x->e <= 30)
        post_part = session_part(text, x->e, ps->items.v[k + 1].e);
      break;
    }
    if (x->it == IT_WORD && x->w->kind == W_REF && x->s - pe <= 24) {
      cited = 1;
      break;
    }
    if (x->it == IT_WORD && x->w->kind == W_FUTURE) {
      post_future = 1;
      break;
    }
    if (x->it == IT_WORD && x->w->kind == W_NOUN &&
        starts_with_kind(ps->ev, text + x->e, text + se, W_BLOCK))
      continue; /* 在…会议室召开 */
    if (x->it == IT_WORD && x->w->kind == W_NOUN && k > j + 1 &&
        is_mention(&ps->items.v[k - 1], NG_MENTION_ORG) &&
        ps->items.v[k - 1].s < x->s && ps->items.v[k - 1].e >= x->e)
      continue; /* 在市人大常委会机关会议室闭幕: a body's name */
    if (x->it == IT_WORD && x->w->kind != W_MOVE)
      break;
  }
  if (at(text, pe, se, "精神") || at(text, pe, se, "部署") ||
      at(text, pe, se, "决定"))
    cited = 1;
  /* 在省两会期间的重要讲话: someone's speech during that meeting */
  if (!at_on && at(text, pe, se, "期间")) {
    size_t q = pe + 6;
    if (at(text, q, se, "的"))
      q += 3;
    if (at(text, q, se, "讲话") || at(text, q, se, "重要讲话"))
      cited = 2;
  }
  if (at_on) {
    size_t q = pe + 3;
    if (at(text, q, se, "的"))
      q += 3;
    if (at(text, q, se, "讲话") || at(text, q, se, "重要讲话") ||
        at(text, q, se, "致辞") || at(text, q, se, "发言"))
      cited = 2; /* someone's speech at that meeting */
    static const char *const opens[] = { "强调", "指出", "表示", "要求", NULL };
    for (const char *const *w = opens; q == pe + 3 && *w && !cited; w++)
      if (at(text, q, se, *w) &&
          (at(text, q + 6, se, ",") || at(text, q + 6, se, ":") ||
           at(text, q + 6, se, "，") || at(text, q + 6, se, "：") ||
           at(text, q + 6, se, "“")))
        cited = 3; /* 在…会议上强调,: his words there, reported now */
  }
  /* 出席…会议的代表团: a relative clause, not the event reported; but
     出席…闭幕式的省长X names who attended it */
  int              rel = at(text, pe, se, "的");
  const NgMention *who = NULL;
  if (rel && pk == W_ATTEND)
    for (size_t k = j + 1, want = pe + 3; k < ps->i1; k++) {
      const Item *x = &ps->items.v[k];
      if (x->s < want)
        continue;
      if (x->s == want && is_mention(x, NG_MENTION_POST)) {
        want = x->e; /* 的省长X */
        continue;
      }
      if (x->s == want && is_mention(x, NG_MENTION_PERSON)) {
        who = x->m;
        rel = 0;
      }
      break;
    }
  int opener = (pk == W_HOLD || pk == W_CHAIR || pk == W_ATTEND ||
                pk == W_ACCOMPANY || post_hold) &&
               !rel;
  /* 市委理论学习中心组集中学习了…: a study session named right after the
     body that studies, with 了 after it, is told as a verb: the body holds
     it, as 中心组举行集中学习 says */
  if (!opener && !pre && !rel && j > ps->i0 && at(text, n->e, se, "了") &&
      is_mention(&ps->items.v[j - 1], NG_MENTION_ORG) &&
      ps->items.v[j - 1].e == n->s && n->e - n->s >= 6 &&
      !memcmp(text + n->e - 6, "学习", 6))
    opener = 1;
  /* 经市政府2024年5月24日第28次常务会议研究, (…常务委员会第二十次会议
     通过): a dated meeting that decided what the text reports */
  if (!opener && !rel && !bare && sentence_date(ps, j, 1) &&
      (at(text, pe, se, "研究") || at(text, pe, se, "审议") ||
       at(text, pe, se, "讨论") || at(text, pe, se, "通过") ||
       at(text, pe, se, "决定"))) {
    size_t cb = clause_byte(ps, j);
    while (cb < n->s && (text[cb] == '(' || text[cb] == ' '))
      cb++;
    opener = at(text, cb, n->s, "经") || at(text, pe, se, "通过");
    /* its name is all that stands between the date and the noun */
    for (size_t k = j; opener && k-- > clause_start(ps, j);)
      if (ps->items.v[k].it == IT_DATE) {
        if (ps->items.v[k].e < L)
          L = ps->items.v[k].e;
        break;
      }
  }
  /* …会议和第二十届…常务会议: a second name shares the verb */
  int coord = 0;
  if (!pre && L >= 3 &&
      (at(text, L - 3, n->s, "和") || at(text, L - 3, n->s, "及") ||
       at(text, L - 3, n->s, "、")))
    for (size_t i = 0; i < ps->n_anchor; i++) {
      const Item *y = &ps->items.v[ps->anchor_pos[i]];
      if (y->it == IT_WORD && y->w->kind == W_NOUN && y->e == L - 3)
        coord = opener = 1;
    }
  if (future_before(ps, j) || post_future)
    return NG_OK;
  /* 两个分会场同步举行开工活动: the event under way, at more venues */
  if (pk == W_HOLD && pre->s >= 6 && ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
      (at(text, pre->s - 6, pre->s, "同步") ||
       at(text, pre->s - 6, pre->s, "同时")) &&
      span_has(text,
               clause_byte(ps, j),
               pre->s,
               (const char *const[]){ "分会场", NULL })) {
    /* 甲镇、乙镇分会场同步举行…: the areas (or bodies) whose sub-venues
       they are take part (not those a sub-venue is set up in: 在甲镇设立
       的分会场) */
    for (size_t k = clause_start(ps, j); k < j; k++) {
      const Item *y = &ps->items.v[k];
      if (!(is_mention(y, NG_MENTION_ORG) ||
            (is_mention(y, NG_MENTION_PLACE) &&
             is_division(ps->ev, y->m->label))))
        continue;
      size_t l = org_list_last_any(ps, k);
      if (!at(text, ps->items.v[l].e, pre->s, "分会场"))
        continue;
      for (size_t r = k; r <= l; r++)
        if (ps->items.v[r].it == IT_MENTION) {
          NgStatus st0 =
            part_add(&ps->evs.v[ps->cur], ps->items.v[r].m, R_ATTEND);
          if (st0)
            return st0;
        }
      break;
    }
    anchor(ps, ps->cur, j);
    return NG_OK;
  }
  /* …开展专题推介活动20余场: many events summed up */
  if (!bare && summary(ps, j) && !sentence_date(ps, j, 0))
    return NG_OK;
  /* 各巡察组分别向…反馈,…出席有关反馈会议: the meetings concerned */
  if (L >= 6 && at(text, L - 6, L, "有关") &&
      span_has(text,
               ps->a->sentences[n->sent].start,
               L,
               (const char *const[]){ "分别", NULL }))
    return NG_OK;
  NgStatus st = NG_OK;
  if (cited)
    return bare ? NG_OK : on_cited(ps, j, L, cited - 1);
  if (!opener && !at_on && !bare)
    return NG_OK;
  /* 甲市人大常委会第九次会议(在…)举行第二次全体会议: the session holds
     its plenary (or its preparatory meeting), one event named by both
     (…第九次会议第二次全体会议); so does a bare 大会 that opened an event
     in this sentence (1月8日,大会举行预备会议), whose name ends in the
     meeting's once the session is named */
  static const char *const parts_of[] = { "全体会议", "预备会议", "开班式",
                                          "结业式",   "开幕式",   "闭幕式",
                                          "开班仪式", "结业仪式", "开营仪式",
                                          "闭营仪式", NULL };
  int part_of = 0; /* 培训班举行开班式: the course's opening, one event,
                      though the opening's word names it alone */
  for (int q = 0; parts_of[q] && !part_of; q++) {
    size_t pl = strlen(parts_of[q]);
    if (n->e - L >= pl && !memcmp(text + n->e - pl, parts_of[q], pl))
      part_of = q < 2 ? 1 : 2;
  }
  long told_in = -1; /* a session told before, which holds this part */
  if (pk == W_HOLD && part_of && (!bare || part_of == 2)) {
    size_t pi = (size_t)(pre - ps->items.v);
    for (size_t i = ps->n_anchor; i-- > 0;) {
      size_t      ak = ps->anchor_pos[i];
      const Item *a  = &ps->items.v[ak];
      Ev         *c  = &ps->evs.v[ps->anchor_ev[i]];
      int         gb = is_generic(c->label, strlen(c->label));
      if (ak >= pi || !is_kind(a, W_NOUN) || c->ref ||
          clause_start(ps, ak) != clause_start(ps, j) ||
          (gb && (c->sentence != n->sent || c->bare == (size_t)-1)))
        break;
      /* 又讯 1月8日,甲会议举行预备会议: the session, reported before on a
         day of its own, holds a meeting of its own day */
      int told = !gb && (c->nspan != 1 || c->span[0][1] != a->e);
      if (told && (!session_part(text, L, n->e) || c->date.ok != 1 ||
                   c->sentence >= n->sent))
        break;
      int between = 1; /* only a date, 在 and a venue */
      for (size_t k = ak + 1; k < pi && between; k++) {
        const Item *y = &ps->items.v[k];
        between       = y->it == IT_DATE || is_mention(y, NG_MENTION_PLACE) ||
                  (is_kind(y, W_MOVE) && !strcmp(y->w->w, "在")) ||
                  (is_kind(y, W_NOUN) &&
                   starts_with_kind(ps->ev, text + y->e, text + se, W_BLOCK));
      }
      if (!between)
        break;
      if (told) {
        told_in = ps->anchor_ev[i];
        break;
      }
      char *lab = concat(c->label, strlen(c->label), text + L, n->e - L);
      if (!lab)
        return NG_ERR_NOMEM;
      ng_free(c->label);
      c->label = lab;
      if (gb) {
        c->sub_s = L;
        c->sub_n = n->e - L;
      } else {
        c->span[1][0] = L;
        c->span[1][1] = n->e;
        c->nspan      = 2;
      }
      anchor(ps, ps->anchor_ev[i], j);
      ps->cur = ps->anchor_ev[i];
      return NG_OK;
    }
  }
  /* 座谈会上, 在随后的座谈会上: a meeting held during the visit being
     reported is an event of its own, named so, with its own people */
  long during = -1;
  if (at_on && !rel && !cited && n->w->type == T_MEETING && ps->cur >= 0 &&
      ps->evs.v[ps->cur].type == T_INSPECTION && !ps->evs.v[ps->cur].ref &&
      !future_before(ps, j) && !post_future) {
    during = ps->cur;
    opener = 1;
  }
  int own = 0; /* a bare name of a meeting of its own body's */
  if (bare && !rel && during < 0) {
    /* 主持会议, 出席开幕式, 会上: the event being reported */
    long cur = ps->n_anchor ? ps->anchor_ev[ps->n_anchor - 1] : ps->cur;
    if (cur >= 0 && ps->evs.v[cur].ref)
      cur = ps->cur;
    /* 参加有关活动并主持座谈会: of the events just named together, the
       one of the noun's kind */
    if (cur >= 0 && ps->evs.v[cur].type != n->w->type)
      for (size_t i = ps->n_anchor; i-- > 1 && ps->anchor_coord[i];)
        if (ps->evs.v[ps->anchor_ev[i - 1]].type == n->w->type) {
          cur = ps->anchor_ev[i - 1];
          break;
        }
    /* 区政府有关部门负责同志列席会议 after a visit reported in the
       meeting's report: the meeting, not the visit */
    if (cur >= 0 && ps->evs.v[cur].type == T_INSPECTION &&
        n->w->type == T_MEETING && pk == W_ATTEND && at(text, L, n->e, "会议"))
      for (long i = cur; i-- > 0;)
        if (!ps->evs.v[i].ref && !ps->evs.v[i].title &&
            ps->evs.v[i].type == T_MEETING) {
          cur = i;
          break;
        }
    /* 列席开幕会 after a preparatory meeting, a meeting of the presidium
       or a body's own meeting told since (会前,大会主席团举行第一次会议):
       the opening of the session the article reports, its first meeting
       (but 出席开幕式 after an expo named in a chronicle is the expo's) */
    if (cur >= 0 && n->e - L >= 9 && at(text, L, n->e, "开幕") &&
        !strstr(ps->evs.v[cur].label, "开幕") &&
        (strstr(ps->evs.v[cur].label, "预备") ||
         strstr(ps->evs.v[cur].label, "主席团") || ps->evs.v[cur].aside))
      for (size_t i = 0; i < ps->evs.n && (size_t)cur != i; i++)
        if (!ps->evs.v[i].ref && !ps->evs.v[i].aside &&
            ps->evs.v[i].type == T_MEETING) {
          cur = (long)i;
          break;
        }
    /* 会前,县人大常委会党组书记甲主持召开党组会议: the party group's
       meeting, named by its word alone, is neither the event under way
       nor a meeting before it, unless that is the group's */
    if (pk == W_HOLD && cur >= 0 && at(text, n->s, n->e, "党组") &&
        !strstr(ps->evs.v[cur].label, "党组")) {
      cur = -1;
      own = 1;
    }
    int fresh = pk == W_HOLD && cur >= 0 && ps->evs.v[cur].type != n->w->type;
    /* 会前,县人大常委会党组召开会议: a body that holds no part in the
       meeting under way convenes one of its own */
    if (pk == W_HOLD && cur >= 0 && !fresh) {
      size_t pi = (size_t)(pre - ps->items.v);
      /* (区委常委会召开会议: past the meeting's word that ends the
         body's name) */
      while (pi > ps->i0 + 1 && is_kind(&ps->items.v[pi - 1], W_NOUN) &&
             ps->items.v[pi - 1].e == pre->s &&
             is_mention(&ps->items.v[pi - 2], NG_MENTION_ORG) &&
             ps->items.v[pi - 2].e == pre->s)
        pi--;
      if (pi > ps->i0 && is_mention(&ps->items.v[pi - 1], NG_MENTION_ORG) &&
          ps->items.v[pi - 1].e == pre->s && !org_in_title(ps, pi - 1)) {
        const NgMention *b    = ps->items.v[pi - 1].m;
        int              part = 0;
        for (size_t i = 0; i < ps->evs.v[cur].n_parts; i++)
          part |= ps->evs.v[cur].parts[i].m == b ||
                  (b->iri && ps->evs.v[cur].parts[i].m->iri &&
                   !strcmp(b->iri, ps->evs.v[cur].parts[i].m->iri));
        /* (with no organizer named, one the meeting's name holds) */
        if (!has_organizer(&ps->evs.v[cur]))
          part |= !b->surface || strstr(ps->evs.v[cur].label, b->surface) ||
                  (b->label && strstr(ps->evs.v[cur].label, b->label));
        if (!part) {
          cur = -1;
          own = 1;
        }
      }
    }
    /* 签约仪式…。当天下午,甲一行还考察了…。县发改委、县经信局负责同志
       参加活动。: the bodies' officers of the closing line attend the
       article's own event, not the guests' visit told after it */
    int closing = pk == W_ATTEND && at(text, L, n->e, "活动") && L >= 18 &&
                  at(text, L - 18, L, "负责同志参加");
    if (closing && cur >= 0 && !fresh && ps->evs.v[cur].type == T_INSPECTION)
      for (size_t i = 0; i < ps->evs.n; i++)
        if (!ps->evs.v[i].ref && !ps->evs.v[i].title) {
          if ((long)i != cur && ps->evs.v[i].type != T_INSPECTION &&
              ps->evs.v[i].sentence < ps->evs.v[cur].sentence) {
            anchor(ps, (long)i, j);
            return NG_OK;
          }
          break;
        }
    if (cur >= 0 && !fresh) {
      anchor(ps, cur, j);
      /* 参加活动: all the doings just reported (the visit and its
         meeting); but a tour made around the ceremony under way
         (签约仪式前,甲一行参观了…) is the guests' own */
      if (pk == W_ATTEND && at(text, L, n->e, "活动"))
        for (size_t i = 0; i < ps->evs.n; i++)
          if ((long)i != cur && !ps->evs.v[i].ref && !ps->evs.v[i].title &&
              !((long)i == ps->before_meeting && cur == ps->around_meeting) &&
              ps->evs.v[i].sentence + 1 >= n->sent &&
              ps->evs.v[i].sentence <= n->sent) {
            anchor(ps, (long)i, j);
            ps->anchor_coord[ps->n_anchor - 1] = 1;
          }
      /* 参加相关活动, 有关活动, 上述活动: the article's own event too (the
         会见 reported first, then the visit before it); so is the bare
         活动 the bodies' officers attend in the closing line (签约仪式…。
         当天下午,甲一行考察了…。县发改委负责同志参加活动。) */
      if (pk == W_ATTEND && at(text, L, n->e, "活动") && L >= 6 &&
          (at(text, L - 6, L, "相关") || at(text, L - 6, L, "有关") ||
           at(text, L - 6, L, "上述") ||
           (L >= 18 && at(text, L - 18, L, "负责同志参加"))))
        for (size_t i = 0; i < ps->evs.n; i++)
          if (!ps->evs.v[i].ref && !ps->evs.v[i].title) {
            int named = 0;
            for (size_t q = 0; q < ps->n_anchor; q++)
              named |= ps->anchor_ev[q] == (long)i;
            if (!named) {
              anchor(ps, (long)i, j);
              ps->anchor_coord[ps->n_anchor - 1] = 1;
            }
            break;
          }
      return NG_OK;
    }
    int  fl;
    Date fd = date_for(ps, j, 0, &fl); /* not one of another day */
    if (fresh)
      /* 下午,在…召开会议: the meeting named before the visit */
      for (size_t i = ps->evs.n; i-- > 0;)
        if (!ps->evs.v[i].ref && !ps->evs.v[i].title &&
            !date_cmp_ok(&ps->evs.v[i].date, &fd) &&
            ps->evs.v[i].type == n->w->type && ps->evs.v[i].n_parts < 1000 &&
            (long)i != cur && ps->evs.v[i].sentence < n->sent &&
            !is_generic(ps->evs.v[i].label, strlen(ps->evs.v[i].label))) {
          anchor(ps, (long)i, j);
          ps->cur = (long)i;
          return NG_OK;
        }
  }
  if (!opener)
    return NG_OK;
  /* 会议强调,坚持每周召开调度会: words of a speech open no event */
  for (size_t k = reach(ps, j); k < j; k++)
    if (is_kind(&ps->items.v[k], W_SPEAK) && !ps->items.v[k].w->direct &&
        ps->items.v[k].e <= L &&
        !(ps->items.v[k].w->naming && in_name(ps, k))) {
      size_t      se2 = ps->a->sentences[n->sent].end;
      const Item *y   = &ps->items.v[k];
      /* only a verb of saying that opens a speech (强调, / 指出: / 说“) */
      if (at(text, y->e, se2, ",") || at(text, y->e, se2, ":") ||
          at(text, y->e, se2, "“") || at(text, y->e, se2, "，") ||
          at(text, y->e, se2, "："))
        return NG_OK;
    }
  /* 马振东强调,一要…。…,开展实战化应急演练,…: in a paragraph that
     reports a speech, a name held by nobody the sentence names, on no
     day of its own, is what the speaker asks for */
  if (ps->speech && pk == W_HOLD && !post_hold && !bare) {
    int by = 0;
    for (size_t k = ps->i0; k < j && !by; k++)
      by = ps->items.v[k].it == IT_DATE || is_kind(&ps->items.v[k], W_NOUN) ||
           is_kind(&ps->items.v[k], W_SAMEDAY) ||
           is_mention(&ps->items.v[k], NG_MENTION_PERSON) ||
           is_mention(&ps->items.v[k], NG_MENTION_ORG) ||
           is_mention(&ps->items.v[k], NG_MENTION_POST);
    if (!by)
      return NG_OK;
  }
  if ((pk == W_ATTEND || pk == W_ACCOMPANY) && ps->cur >= 0 &&
      ps->evs.v[ps->cur].type == T_INSPECTION)
    for (size_t k = j; k-- > ps->i0 && ps->items.v[k].s >= L;)
      if (is_kind(&ps->items.v[k], W_INSPECT)) {
        /* 参加检查观摩活动: the visit under way */
        anchor(ps, ps->cur, j);
        return NG_OK;
      }
  int  local;
  Date d = date_for(ps, j, 0, &local);
  /* 会议期间还举行了招商项目签约仪式, 会上还举行了…: an event held during
     the one under way, with no date of its own, is of that one's day */
  if (!local && ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
      ps->evs.v[ps->cur].date.ok == 1 && !ps->title) {
    static const char *const held_in[] = { "会议期间", "大会期间", "活动期间",
                                           "会期",     "会上",     "会议上",
                                           NULL };
    size_t                   ob = ps->a->sentences[n->sent].start;
    while (ob < n->s && (text[ob] == ' ' || text[ob] == '\n'))
      ob++;
    while (at(text, ob, n->s, "　"))
      ob += 3;
    for (const char *const *w = held_in; *w; w++)
      if (at(text, ob, n->s, *w)) {
        d     = ps->evs.v[ps->cur].date;
        local = 1;
        break;
      }
  }
  if (post_hold)
    /* 全县经济工作会议(于)12月20日召开: the date between name and verb */
    for (size_t k = j + 1; k < ps->i1 && ps->items.v[k].it != IT_CLAUSE; k++) {
      const Item *x = &ps->items.v[k];
      if (x->it == IT_WORD && x->w->kind == W_HOLD)
        break;
      if (x->it == IT_DATE && x->date.ok >= 0) {
        d     = x->date;
        local = 1;
        break;
      }
    }
  /* the same name again in this article (视频调度会 for 防汛视频调度会) */
  size_t idx = ps->evs.n;
  for (size_t i = 0; i < ps->evs.n && idx == ps->evs.n; i++)
    if (!ps->evs.v[i].ref && same_name(&ps->evs.v[i], text + L, n->e - L) &&
        !(bare && local && date_cmp_ok(&ps->evs.v[i].date, &d)))
      idx = i;
  /* 出席签约仪式 after 甲与乙签署…协议: the ceremony of that signing */
  if (idx == ps->evs.n && n->w->type == T_CEREMONY && L < n->s &&
      (at(text, L, n->e, "签约") || at(text, L, n->e, "签署") ||
       at(text, L, n->e, "签订")))
    for (size_t i = ps->evs.n; i-- > 0 && idx == ps->evs.n;)
      if (ps->evs.v[i].signing && ps->evs.v[i].sentence + 3 >= n->sent)
        idx = i;
  /* the body's report of a headline event; a bare meeting held during
     the visit under way (在随后召开的座谈会上) reports only a headline
     meeting of a name like its own, not any */
  if (idx == ps->evs.n && !ps->title && !own) {
    long t =
      title_event(ps, n->w->type, text + L, n->e - L, bare && during < 0);
    if (t >= 0) {
      idx                  = (size_t)t;
      ps->evs.v[idx].title = 0;
      if (!bare) {
        char *lab = ng_strndup(text + L, n->e - L);
        if (!lab)
          return NG_ERR_NOMEM;
        ng_free(ps->evs.v[idx].label);
        ps->evs.v[idx].label = lab;
        ev_span(&ps->evs.v[idx], L, n->e, 0);
      }
    }
  }
  /* 甲出席会议…乙主持反馈会议: the meeting the paragraph called 会议 a
     moment ago, named now (a name that ends in that word), when it has
     no organizer and no other date */
  if (idx == ps->evs.n && !bare && !ps->title && ps->cur >= 0) {
    Ev    *c  = &ps->evs.v[ps->cur];
    size_t cl = strlen(c->label), ce = ps->a->sentences[c->sentence].end;
    if (!c->ref && !c->title && c->type == n->w->type &&
        is_generic(c->label, cl) && n->e - L > cl &&
        !memcmp(text + n->e - cl, c->label, cl) && !has_organizer(c) &&
        c->sentence <= n->sent && !date_cmp_ok(&c->date, &d) &&
        (c->sentence == n->sent ||
         !memchr(text + ce, '\n', ps->a->sentences[n->sent].start - ce))) {
      char *lab = ng_strndup(text + L, n->e - L);
      if (!lab)
        return NG_ERR_NOMEM;
      ng_free(c->label);
      c->label = lab;
      c->bare  = (size_t)-1;
      c->visit = 0;
      ev_span(c, L, n->e, 0);
      idx = (size_t)ps->cur;
    }
  }
  int created = 0;
  if (idx == ps->evs.n) {
    NG_TRY(st, ev_new(&ps->evs, text + L, n->e - L, n->w->type, n->sent, &idx));
    ev_span(&ps->evs.v[idx], L, n->e, 0);
    ps->evs.v[idx].date       = d;
    ps->evs.v[idx].date_local = local;
    ps->evs.v[idx].title      = ps->title;
    ps->evs.v[idx].aside      = own;
    created                   = 1;
    if (told_in >= 0) {
      /* …第三次会议预备会议 */
      const char *wl  = ps->evs.v[told_in].label;
      char       *lab = concat(wl, strlen(wl), text + L, n->e - L);
      if (!lab)
        return NG_ERR_NOMEM;
      ng_free(ps->evs.v[idx].label);
      ps->evs.v[idx].label = lab;
      ps->evs.v[idx].nspan = 0;
    }
    /* 座谈会上, 并召开座谈会: a bare meeting of the visit under way */
    if (bare && n->w->type == T_MEETING && ps->cur >= 0 &&
        ps->evs.v[ps->cur].type == T_INSPECTION && !ps->evs.v[ps->cur].ref)
      ps->evs.v[idx].visit = (size_t)ps->cur + 1;
    size_t vs = during >= 0 ? ps->evs.v[during].sentence : n->sent;
    if (during >= 0 && !(local && d.ok == 1) &&
        (bare || (vs < n->sent && !memchr(text + ps->a->sentences[vs].end,
                                          '\n',
                                          ps->a->sentences[n->sent].start -
                                            ps->a->sentences[vs].end)))) {
      /* the day of the visit: a bare 座谈会, or one of the visit's
         paragraph */
      ps->evs.v[idx].date       = ps->evs.v[during].date;
      ps->evs.v[idx].date_local = ps->evs.v[during].date_local;
    }
  } else if (local && d.ok == 1 &&
             !(post_part && ps->evs.v[idx].date.ok == 1) &&
             (!ps->evs.v[idx].date_local || ps->evs.v[idx].date.ok != 1 ||
              sentence_date(ps, j, 0))) {
    ps->evs.v[idx].date       = d;
    ps->evs.v[idx].date_local = 1;
  }
  Ev *x   = &ps->evs.v[idx];
  x->said = n->sent + 1;
  NG_TRY(st, name_org(ps, j, L, x));
  if (coord && at(text, L, n->s, "第"))
    NG_TRY(st, shared_body(ps, L, x));
  if (who) {
    /* 率团出席…的省长X: he led his delegation there */
    unsigned    r  = R_ATTEND;
    size_t      pi = (size_t)(pre - ps->items.v);
    const Item *ld = pi > ps->i0 ? &ps->items.v[pi - 1] : NULL;
    if (ld && is_kind(ld, W_LEAD) && pre->s - ld->e <= 3)
      r |= R_LEAD;
    NG_TRY(st, part_add(x, who, r));
  }
  if (created) {
    /* 征求民主党派、工商联…意见座谈会: those consulted take part */
    size_t ask = SIZE_MAX;
    for (size_t b = L; b + 6 <= n->s && ask == SIZE_MAX; b++)
      if (at(text, b, n->s, "征求") || at(text, b, n->s, "听取"))
        ask = b;
    for (size_t k = reach(ps, j); ask != SIZE_MAX && k < j; k++) {
      const Item *y = &ps->items.v[k];
      if (is_mention(y, NG_MENTION_ORG) && y->s > ask && y->e <= n->s &&
          span_has(text, y->e, n->s, (const char *const[]){ "意见", NULL }))
        NG_TRY(st, part_add(x, y->m, R_ATTEND));
    }
    x = &ps->evs.v[idx];
  }
  if (created) {
    /* the bodies and places that open the name */
    size_t b = L;
    for (size_t k = reach(ps, j); k < j; k++) {
      const Item *y = &ps->items.v[k];
      if (y->it == IT_MENTION && y->s == b && y->e < n->s &&
          (y->m->kind == NG_MENTION_ORG || y->m->kind == NG_MENTION_PLACE))
        b = y->e;
    }
    x->core = b - L;
  }
  /* subjects of 召开/举行 before the name: 7月21日,郑东新区召开… */
  const Item *org1 = NULL;
  if (pk == W_HOLD) {
    size_t cs = clause_start(ps, j), hk = (size_t)(pre - ps->items.v);
    int    person = 0, named = 0;
    for (size_t k = cs; k < hk; k++) {
      if (is_mention(&ps->items.v[k], NG_MENTION_PERSON) ||
          is_mention(&ps->items.v[k], NG_MENTION_POST))
        person = 1;
      if (is_mention(&ps->items.v[k], NG_MENTION_PERSON))
        named = 1;
    }
    /* 甲局在市新闻发布厅举行, 甲局在会议室召开: a venue after 在 stands
       between the subject and the verb; the subject is read before it */
    size_t hv = venue_before(ps, cs, hk);
    /* the subject: after the last word or 的 before the verb */
    size_t os = cs;
    for (size_t k = hv; k-- > cs;) {
      const Item *y  = &ps->items.v[k];
      size_t      ye = k + 1 < hv ? ps->items.v[k + 1].s : ps->items.v[hv].s;
      /* 县委常委会召开: the noun that ends a body's name is the body */
      if (is_kind(y, W_NOUN) && k > cs &&
          is_mention(&ps->items.v[k - 1], NG_MENTION_ORG) &&
          ps->items.v[k - 1].s <= y->s && ps->items.v[k - 1].e == y->e)
        continue;
      if (y->it == IT_WORD ||
          span_has(text, y->e, ye, (const char *const[]){ "的", NULL })) {
        os = k + 1;
        break;
      }
    }
    /* only names that stand right before the verb, or in a list with
       one that does (市政协召开; 甲市政府连线某国乙市政府共同举办) */
    size_t near = ps->items.v[hv].s;
    for (size_t k = hv; k-- > os;) {
      const Item *y = &ps->items.v[k];
      if (y->it == IT_DATE && near - y->e <= 6) {
        near = y->s; /* 苗栗县政府十三日召开 */
        continue;
      }
      if (y->it != IT_MENTION)
        continue;
      /* 甲部领导班子召开…民主生活会: the body's leading group, no other
         subject, stands between it and the verb */
      if (y->m->kind == NG_MENTION_ORG && near - y->e == 12 &&
          at(text, y->e, near, "领导班子")) {
        near = y->s;
        continue;
      }
      if (near - y->e > 6) {
        os = k + 1;
        break;
      }
      near = y->s;
    }
    /* 甲局到乙乡开展…活动, 甲协会赴乙县举办…: the names after a verb of
       going (not 在) are where the subject goes, not who holds it; the
       bodies right before the verb hold it */
    size_t mv = SIZE_MAX;
    if (os > cs && is_kind(&ps->items.v[os - 1], W_MOVE) &&
        !at(text, ps->items.v[os - 1].s, ps->items.v[os - 1].e, "在")) {
      mv = os - 1;
      for (size_t k = os; k < hk; k++)
        if (is_mention(&ps->items.v[k], NG_MENTION_PLACE) && !x->place &&
            k < hv)
          x->place = ps->items.v[k].m;
      size_t gone = ps->items.v[mv].s;
      for (size_t k = mv; !person && k-- > cs;) {
        const Item *y = &ps->items.v[k];
        if (y->it == IT_LIST)
          continue;
        if (!is_mention(y, NG_MENTION_ORG) || gone - y->e > 6 ||
            org_in_title(ps, k))
          break;
        NG_TRY(st, part_add(x, party_committee(ps, y->m), R_ORGANIZER));
        gone = y->s;
      }
    }
    if (!person && mv == SIZE_MAX)
      for (size_t k = os; k < hk; k++) {
        const Item *y = &ps->items.v[k];
        if (y->it != IT_MENTION ||
            (y->m->kind != NG_MENTION_ORG && y->m->kind != NG_MENTION_PLACE))
          continue;
        if (y->m->kind == NG_MENTION_ORG && org_in_title(ps, k))
          continue;
        /* 第一巡察组进驻甲局并召开见面沟通会: the unit a team enters takes
           part in the meeting the team holds there */
        if (y->s >= 6 && at(text, y->s - 6, y->s, "进驻")) {
          if (y->m->kind == NG_MENTION_ORG)
            NG_TRY(st, part_add(x, y->m, R_ATTEND));
          continue;
        }
        /* 甲县县委召开: the area names the body that convenes */
        if (y->m->kind == NG_MENTION_PLACE && k + 1 < hk &&
            is_mention(&ps->items.v[k + 1], NG_MENTION_ORG) &&
            ps->items.v[k + 1].s == y->e)
          continue;
        /* 在…召开: a place, not an organizer */
        if (k >= hv || (y->s >= 3 && at(text, y->s - 3, y->s, "在"))) {
          if (y->m->kind == NG_MENTION_PLACE && !x->place)
            x->place = y->m;
          continue;
        }
        if (!org1)
          org1 = y;
        /* 县委常委会召开会议: the Party committee holds it */
        NG_TRY(st,
               part_add(x,
                        y->m->kind == NG_MENTION_ORG ? party_committee(ps, y->m)
                                                     : y->m,
                        R_ORGANIZER));
      }
    /* 由甲局主办、乙中心承办的…: each body after 由 that a verb of holding
       follows, also when a person before it attends (市长甲出席由乙局主办
       的…) */
    for (size_t k = cs; k < hk; k++) {
      const Item *y = &ps->items.v[k];
      if (!is_mention(y, NG_MENTION_ORG) || y->s < 3 ||
          !at(text, y->s - 3, y->s, "由"))
        continue;
      /* only bodies (and short names no list knows), lists and such
         verbs up to the verb before the name (由甲公司承建的…项目举行: no) */
      size_t q;
      for (q = k; q < hk; q++) {
        const Item *z  = &ps->items.v[q];
        size_t      zn = ps->items.v[q + 1].s;
        if (!(is_mention(z, NG_MENTION_ORG) ||
              is_mention(z, NG_MENTION_PLACE) || z->it == IT_LIST ||
              is_kind(z, W_HOLD)) ||
            z->e + 45 < zn ||
            span_has(text, z->e, zn, (const char *const[]){ "的", NULL }))
          break;
      }
      if (person && !(k > cs && is_kind(&ps->items.v[k - 1], W_ATTEND) &&
                      ps->items.v[k - 1].e + 3 == y->s))
        break; /* a person convenes it, or 由 is no 出席由 */
      for (size_t r = k; q == hk && r < hk; r++)
        if (is_mention(&ps->items.v[r], NG_MENTION_ORG) && !org_in_title(ps, r))
          NG_TRY(st, part_add(&ps->evs.v[idx], ps->items.v[r].m, R_ORGANIZER));
      x = &ps->evs.v[idx];
      break;
    }
    /* 甲部组织全县干部开展…活动, 甲委组织乙院、丙院专家到某乡开展…: the
       body that sends its people holds it, the bodies it sends take part;
       甲队走进乙校,开展…, 甲会联合乙院,在某镇开展…: a clause with no
       subject of its own is held by the body that went there (or joined
       another) in the clause before */
    if (!person && !has_organizer(&ps->evs.v[idx])) {
      size_t sent = SIZE_MAX, pc = SIZE_MAX, pc_to = 0;
      for (size_t k = cs; k < hk && sent == SIZE_MAX; k++) {
        const Item *y = &ps->items.v[k];
        if (is_mention(y, NG_MENTION_ORG) && !org_in_title(ps, k) &&
            org_leads_clause(ps, k) &&
            at(text, ps->items.v[org_list_last(ps, k)].e, pre->s, "组织"))
          sent = k;
      }
      int party       = 0; /* a delegation on its trip takes part */
      int bare_clause = sent == SIZE_MAX && cs > ps->i0 + 1 &&
                        ps->items.v[cs - 1].it == IT_CLAUSE;
      for (size_t k = cs; bare_clause && k < hk; k++)
        if (ps->items.v[k].it == IT_MENTION &&
            !(is_mention(&ps->items.v[k], NG_MENTION_PLACE) && k > cs &&
              is_kind(&ps->items.v[k - 1], W_MOVE) &&
              at(text, ps->items.v[k - 1].s, ps->items.v[k].s, "在")))
          bare_clause = 0;
      if (bare_clause) {
        size_t q = clause_start(ps, cs - 2);
        if (is_mention(&ps->items.v[q], NG_MENTION_ORG) &&
            !org_in_title(ps, q) && org_leads_clause(ps, q)) {
          size_t      l = org_list_last(ps, q);
          const Item *w = l + 1 < cs ? &ps->items.v[l + 1] : NULL;
          if (w && is_kind(w, W_MOVE) && w->s == ps->items.v[l].e &&
              !at(text, w->s, w->e, "在")) {
            pc    = q;
            pc_to = l + 1;
          } else if (at(
                       text, ps->items.v[l].e, ps->items.v[cs - 1].s, "联合")) {
            pc    = q;
            pc_to = cs - 1;
          } else if (l == q && party_arrives(ps, q, cs)) {
            pc    = q;
            pc_to = l + 1;
            party = 1;
          }
        }
      }
      if (sent != SIZE_MAX) {
        size_t l = org_list_last(ps, sent);
        for (size_t r = sent; r <= l; r += 2)
          NG_TRY(st,
                 part_add(&ps->evs.v[idx],
                          party_committee(ps, ps->items.v[r].m),
                          R_ORGANIZER));
        for (size_t r = l + 1; r < hk; r++)
          if (is_mention(&ps->items.v[r], NG_MENTION_ORG) &&
              !org_in_title(ps, r))
            NG_TRY(st, part_add(&ps->evs.v[idx], ps->items.v[r].m, R_ATTEND));
      } else if (pc != SIZE_MAX) {
        for (size_t r = pc; r < pc_to; r++)
          if (is_mention(&ps->items.v[r], NG_MENTION_ORG) &&
              !org_in_title(ps, r))
            NG_TRY(st,
                   part_add(&ps->evs.v[idx],
                            party ? ps->items.v[r].m
                                  : party_committee(ps, ps->items.v[r].m),
                            party ? R_ATTEND : R_ORGANIZER));
      }
      x = &ps->evs.v[idx];
    }
    /* 副县长甲组织(召集)乙局、丙局负责同志召开…: the bodies a person
       gathers to the meeting take part */
    if (person)
      for (size_t k = cs; k < hk; k++) {
        const Item *g = &ps->items.v[k];
        if (!is_mention(g, NG_MENTION_ORG) || g->s < 6 ||
            !(at(text, g->s - 6, g->s, "组织") ||
              at(text, g->s - 6, g->s, "召集")) ||
            org_in_title(ps, k))
          continue;
        size_t l  = org_list_last(ps, k);
        size_t oe = ps->items.v[l].e;
        size_t f  = act_fill(text, oe, pre->s);
        if (at(text, f, pre->s, "部门") || at(text, f, pre->s, "单位"))
          f = act_fill(text, f + 6, pre->s); /* 等部门负责同志 */
        if (l < hk && f == pre->s)
          for (size_t r = k; r <= l; r++)
            if (is_mention(&ps->items.v[r], NG_MENTION_ORG) &&
                !org_in_title(ps, r))
              NG_TRY(st, part_add(&ps->evs.v[idx], ps->items.v[r].m, R_ATTEND));
        x = &ps->evs.v[idx];
        break;
      }
    /* 两地召开德江县·清溪镇…联席会议: each side named in the name */
    if (pre->s >= 6 &&
        span_has(
          text,
          pre->s - 6,
          pre->s,
          (const char *const[]){
            "两地", "双方", "两市", "两县", "两区", "两省", "两镇", NULL })) {
      size_t b = L;
      for (size_t k = reach(ps, j); k < j; k++) {
        const Item *y = &ps->items.v[k];
        if (y->it != IT_MENTION || y->s < b || y->e > n->s)
          continue;
        if (y->s > b + 3 &&
            !(y->s == b + 2 && !memcmp(text + b, "\xc2\xb7", 2)))
          break;
        if (y->m->kind == NG_MENTION_ORG || (y->m->kind == NG_MENTION_PLACE &&
                                             is_division(ps->ev, y->m->label)))
          NG_TRY(st, part_add(&ps->evs.v[idx], y->m, R_ORGANIZER));
        b = y->e;
      }
      /* 揭牌仪式后,双方召开…座谈会: with no sides in the name, the two
         bodies the article just named together as the sides of what they
         do jointly (研究院由甲县人民政府与乙大学共同组建; 甲局与乙公司签署)
         hold it */
      if (!has_organizer(&ps->evs.v[idx]) &&
          at(text, pre->s - 6, pre->s, "双方")) {
        static const char *const joint[] = { "共同", "联合", "签署", "签订",
                                             "签约", "合作", NULL };
        for (size_t k = ps->i0; k-- > 1;) {
          const Item *a = &ps->items.v[k - 1], *y = &ps->items.v[k];
          if (a->sent + 3 < ps->items.v[j].sent)
            break;
          if (!is_mention(a, NG_MENTION_ORG) ||
              !is_mention(y, NG_MENTION_ORG) ||
              !(y->s == a->e + 3 &&
                (at(text, a->e, y->s, "与") || at(text, a->e, y->s, "和") ||
                 at(text, a->e, y->s, "同"))))
            continue;
          size_t ye = ps->a->sentences[y->sent].end;
          int    ok = 0;
          for (const char *const *w = joint; *w && !ok; w++)
            ok = at(text, y->e, ye, *w);
          if (!ok)
            continue;
          NG_TRY(st, part_add(&ps->evs.v[idx], a->m, R_ORGANIZER));
          NG_TRY(st, part_add(&ps->evs.v[idx], y->m, R_ORGANIZER));
          break;
        }
      }
      x = &ps->evs.v[idx];
    }
    /* 县领导一行…召开座谈会: the party of the visit */
    static const char *const party[] = { "一行", NULL };
    if (!named && ps->cur >= 0 && ps->evs.v[ps->cur].type == T_INSPECTION &&
        (size_t)ps->cur != idx &&
        span_has(text, clause_byte(ps, j), pre->s, party)) {
      const Ev *v = &ps->evs.v[ps->cur];
      for (size_t i = 0; i < v->n_parts; i++)
        if (v->parts[i].m->kind == NG_MENTION_PERSON)
          NG_TRY(st, part_add(&ps->evs.v[idx], v->parts[i].m, R_ATTEND));
      x = &ps->evs.v[idx];
    }
  }
  /* 长沙代表团召开会议: a bare name takes its organizer's */
  if (created && bare)
    x->bare = 0;
  /* 市政协召开十五届十四次常委会会议: the organizer opens the name; but
     a name that opens with the whole area (县政府召开全县安全生产工作会议)
     is whole without it */
  static const char *const whole[] = { "全县", "全市", "全区", "全州", "全省",
                                       "全旗", "全镇", "全乡", "全盟", NULL };
  int                      opens_whole = 0;
  for (const char *const *w = whole; *w && !opens_whole; w++)
    opens_whole = !strncmp(x->label, *w, strlen(*w));
  if (created && !bare && org1 && !x->core && !opens_whole &&
      org1->e <= pre->s && pre->s - org1->e <= 6 &&
      !(pre->e <= L &&
        span_has(text, pre->e, L, (const char *const[]){ "的", NULL })) &&
      !(org1->e - org1->s >= 6 && strlen(x->label) >= 6 &&
        !memcmp(text + org1->s, x->label, 6))) {
    size_t ol   = org1->e - org1->s;
    size_t over = shared_words(text + org1->s, ol, x->label, strlen(x->label));
    char  *lab  = concat(text + org1->s, ol - over, x->label, strlen(x->label));
    if (!lab)
      return NG_ERR_NOMEM;
    ng_free(x->label);
    x->label = lab;
    x->core  = ol - over;
    ev_span(x, org1->s, org1->e, 1);
  }
  /* …率代表团考察,并召开座谈会: the delegation sits in the meeting (a
     团 or a 组, or the body the visit's name holds: 甲协会一行到…考察);
     the bodies whose officers went along on the visit (县水利局…负责人
     参加检查) need not */
  /* (on a later day of a visit of several, in a paragraph of its own:
     6月8日至9日,督导组到… / 6月9日下午,督导组召开反馈会) */
  long in_visit = ps->cur >= 0 && ps->evs.v[ps->cur].type == T_INSPECTION &&
                      !ps->evs.v[ps->cur].ref
                    ? ps->cur
                    : visit_spanning(ps, ps->evs.v[idx].date);
  /* (but not a meeting told back to a day before the visit: 此前,6月4日,
     区人大常委会召开主任会议) */
  if (in_visit >= 0) {
    const Date *vd = &ps->evs.v[in_visit].date, *md = &ps->evs.v[idx].date;
    if (vd->ok == 1 && md->ok == 1 &&
        (md->m < vd->m || (md->m == vd->m && md->d < vd->d)))
      in_visit = -1;
  }
  if (created && in_visit >= 0 && (size_t)in_visit != idx) {
    const Ev *vis = &ps->evs.v[in_visit];
    for (size_t i = 0; i < vis->n_parts; i++) {
      const NgMention *o  = vis->parts[i].m;
      const char      *ol = o->label ? o->label : "";
      size_t           on = strlen(ol);
      if (o->kind == NG_MENTION_ORG && on > 3 &&
          (!memcmp(ol + on - 3, "团", 3) || !memcmp(ol + on - 3, "组", 3) ||
           strstr(vis->label, o->surface ? o->surface : ol))) {
        /* 督导组召开座谈会: the group named short convenes it */
        size_t hb = clause_byte(ps, j), hn = pre && pk == W_HOLD ? pre->s : hb;
        while (hb < hn && (text[hb] == ' ' || text[hb] == '\n'))
          hb++;
        /* 检查组在甲市召开座谈会: the group before the venue */
        for (size_t b = hb; b + 3 <= hn; b++)
          if (at(text, b, hn, "在")) {
            hn = b;
            break;
          }
        if (hn >= hb + 6 && at(text, hn - 6, hn, "一行"))
          hn -= 6;
        /* 督导组首先召开见面会: an adverb between the group and its verb */
        static const char *const advs[] = { "首先", "随后", "随即", "专门",
                                            "当天", "还",   "又",   NULL };
        for (const char *const *w = advs; *w; w++) {
          size_t wl = strlen(*w);
          if (hn >= hb + wl + 6 && at(text, hn - wl, hn, *w)) {
            hn -= wl;
            break;
          }
        }
        int holds = hn >= hb + 6 && hn - hb <= on &&
                    !memcmp(ol + on - (hn - hb), text + hb, hn - hb);
        /* on a later day, only a meeting the group holds, or one of
           the visit's own kinds (见面会, 反馈会): a joint meeting of the
           two sides (甲区·乙县联席会议) is no group's */
        if (in_visit != ps->cur && !holds &&
            !span_has(ps->evs.v[idx].label,
                      0,
                      strlen(ps->evs.v[idx].label),
                      (const char *const[]){ "见面会", "反馈会", NULL }))
          continue;
        NG_TRY(st,
               part_add(&ps->evs.v[idx], o, holds ? R_ORGANIZER : R_ATTEND));
      }
    }
    x = &ps->evs.v[idx];
  }
  if (created && bare && org1) {
    size_t ol   = org1->e - org1->s;
    size_t over = shared_words(text + org1->s, ol, text + L, n->e - L);
    char  *lab  = concat(text + org1->s, ol - over, text + L, n->e - L);
    if (!lab)
      return NG_ERR_NOMEM;
    ng_free(x->label);
    x->label = lab;
    x->bare  = ol - over;
    ev_span(x, org1->s, org1->e, 1);
  }
  /* 在 PLACE 召开/举行, before or after the name (only before it when the
     name is in a relative clause: what follows is its attendee's doing) */
  for (size_t k = clause_start(ps, j); k < (who ? j : clause_end(ps, j)); k++) {
    const Item *y = &ps->items.v[k];
    if (is_mention(y, NG_MENTION_PLACE) && y->s >= 3 &&
        at(text, y->s - 3, y->s, "在") && !x->place)
      x->place = y->m;
  }
  anchor(ps, (long)idx, j);
  if (coord)
    ps->anchor_coord[ps->n_anchor - 1] = 1;
  if (!x->ref)
    ps->cur = (long)idx;
done:
  return st;
}

static const char *const not_subject[] = { "对",   "向",   "听取",
                                           "表示", "要求", NULL };

/* 1 when bytes S..E of the sentence hold a word that makes the name
   before it no subject (对, 向, 听取 …), 对接 and 对口 (liaise, paired)
   aside, and none inside a name the entity stage found (向阳镇). */
static int
not_subject_in(const Pass *ps, size_t s, size_t e)
{
  const char *text = ps->text;
  size_t      k    = ps->i0;
  for (size_t i = s; i < e; i++) {
    while (k < ps->i1 && ps->items.v[k].e <= i)
      k++;
    int inside = 0;
    for (size_t q = k; q < ps->i1 && ps->items.v[q].s <= i && !inside; q++)
      inside = ps->items.v[q].it == IT_MENTION && ps->items.v[q].e > i;
    for (const char *const *w = not_subject; *w && !inside; w++)
      if (at(text, i, e, *w) &&
          !(at(text, i, e, "对接") || at(text, i, e, "对口")))
        return 1;
  }
  return 0;
}

/* 1 when the words T[S, E) before an inspection verb at E carry it out
   on a topic (X带队对全市食品安全工作进行督导检查, 对…开展了调研): 对
   marks the topic, not a subject, when 进行 or 开展 ends them and nothing
   else of not_subject[] stands there. WIDE: a person's visit, where the
   words between may be longer. */
static int
carried_out(const char *t, size_t s, size_t e, int wide)
{
  /* a word of one or two characters may stand between 进行 and the verb
     (进行专题视察, 开展实地调研); after a person who carries it out, up
     to eight (X对甲镇…开展安全生产检查, 进行了安全生产突击检查) */
  int by = 0;
  for (size_t m = 0; m <= (wide ? 24u : 6u) && !by && e >= s + m; m += 3) {
    size_t v = e - m;
    if (m && (unsigned char)t[v] < 0xe0)
      break; /* not a Chinese character */
    by =
      (v >= s + 6 && (at(t, v - 6, v, "进行") || at(t, v - 6, v, "开展"))) ||
      (v >= s + 9 && (at(t, v - 9, v, "进行了") || at(t, v - 9, v, "开展了")));
  }
  if (!by)
    return 0;
  return !span_has(
    t, s, e, (const char *const[]){ "向", "听取", "表示", "要求", NULL });
}

/* 并与甲局局长张三及有关处室负责同志座谈交流: the names after 与 up to
   the verb at item J are whom the visit meets, not who makes it. The
   first of their items, or J when there are none. */
static size_t
partners(const Pass *ps, size_t j)
{
  const char *t  = ps->text;
  size_t      vs = ps->items.v[j].s, with = SIZE_MAX;
  for (size_t b = clause_byte(ps, j); b + 3 <= vs; b++)
    if (at(t, b, vs, "与"))
      with = b;
  if (with == SIZE_MAX)
    return j;
  size_t k = j;
  while (k > ps->i0 && ps->items.v[k - 1].s >= with + 3)
    k--;
  if (k == j || ps->items.v[k].s != with + 3 || ps->items.v[k].it != IT_MENTION)
    return j;
  for (size_t q = k; q < j; q++)
    if (ps->items.v[q].it != IT_MENTION && ps->items.v[q].it != IT_LIST)
      return j;
  /* 与 inside a name (海洋与渔业局) */
  for (size_t q = reach(ps, j); q < k; q++)
    if (ps->items.v[q].s <= with && ps->items.v[q].e > with)
      return j;
  return k;
}

/* Whether the role verb at item J is done by several in turn: 先后发言,
   分别作…发言, 依次汇报. */
static int
several(const Pass *ps, size_t j)
{
  static const char *const words[] = { "先后", "分别", "相继", "依次", NULL };
  const char              *t       = ps->text;
  size_t                   vs = ps->items.v[j].s;
  if (vs >= 6 && (at(t, vs - 6, vs, "表态") || at(t, vs - 6, vs, "交流")))
    vs -= 6; /* 分别作表态发言 */
  if (vs >= 3 && at(t, vs - 3, vs, "作"))
    vs -= 3;
  for (const char *const *w = words; *w; w++)
    if (vs >= 6 && at(t, vs - 6, vs, *w))
      return 1;
  return 0;
}

/* The persons of a 、-list ending at person item P (刘洋、陈静率…). */
static size_t
person_list(const Pass *ps, size_t p, const NgMention **out, size_t max)
{
  size_t n = 0, k = p;
  out[n++] = ps->items.v[p].m;
  size_t b = ps->items.v[p].s;
  while (k-- > ps->i0 && n < max) {
    const Item *x = &ps->items.v[k];
    if (x->e > b)
      continue;
    if (x->it == IT_LIST) {
      b = x->s;
      continue;
    }
    /* 市委书记甲,市委副书记、市长乙率…: a comma between one official's
       name and the next one's posts */
    if (x->it == IT_CLAUSE && b - x->e <= 3 && k > ps->i0 &&
        (at(ps->text, x->s, x->e, ",") || at(ps->text, x->s, x->e, "，")) &&
        is_mention(&ps->items.v[k - 1], NG_MENTION_PERSON) &&
        ps->items.v[k - 1].e == x->s) {
      b = x->s;
      continue;
    }
    if (x->it != IT_MENTION || b - x->e > 6)
      break;
    if (x->m->kind == NG_MENTION_PERSON)
      out[n++] = x->m;
    b = x->s;
  }
  return n;
}

/* A mention of KIND the pass makes for a body or place that the entity
   stage stated without one (the headline's) when IRI is given (with its
   LABEL), else for one it did not name at all (the caller fills in label
   and IRI). The pass owns it. NULL when the pass holds too many; *ST is
   set when out of memory. */
static NgMention *
made_mention(Pass         *ps,
             NgMentionKind kind,
             const char   *iri,
             const char   *label,
             NgStatus     *st)
{
  *st = NG_OK;
  if (ps->n_made == sizeof ps->made / sizeof *ps->made)
    return NULL;
  NgMention *d = ng_calloc(1, sizeof *d);
  if (!d) {
    *st = NG_ERR_NOMEM;
    return NULL;
  }
  ps->made_new[ps->n_made] = !iri;
  ps->made[ps->n_made++]   = d;
  d->kind                  = kind;
  if (iri && (!(d->iri = ng_strdup(iri)) || !(d->label = ng_strdup(label))))
    *st = NG_ERR_NOMEM;
  return d;
}

/* The IRI of the one organization (or, when PLACES, division) the
   article's facts state by a label that is S[0, N) (WHOLE) or ends in it
   (bare 团: any delegation's), or NULL (none, or more than one: *MANY is
   1); its label in *LABEL. The headline's entities stand only there. */
static const char *
stated(const Pass  *ps,
       const char  *s,
       size_t       n,
       int          whole,
       int          places,
       const char **label,
       int         *many)
{
  const char *hiri = NULL;
  *many            = 0;
  int bare         = !whole && n == 3 && !memcmp(s, "团", 3);
  for (size_t k = 0; ps->facts && k < ps->facts->n; k++) {
    const NgFact *fa = &ps->facts->v[k];
    if (fa->s.kind != NG_TERM_IRI || strcmp(fa->p.value, NG_RDFS_LABEL))
      continue;
    const char *l   = fa->o.value;
    size_t      ln  = strlen(l);
    int         hit = whole  ? ln == n && !memcmp(l, s, n)
                      : bare ? ln > 3 && !memcmp(l + ln - 3, "团", 3) &&
                         !(ln >= 6 && !memcmp(l + ln - 6, "集团", 6))
                             : ln >= n && !memcmp(l + ln - n, s, n);
    if (!hit || (hiri && !strcmp(hiri, fa->s.value)))
      continue;
    NgTerm ts = fa->s, tp = ng_iri(NG_RDF_TYPE);
    NgTerm to = ng_iri(NG_ORG_ORGANIZATION), tq = ng_iri(NG_SCHEMA_PLACE);
    if (!ng_facts_has(ps->facts, &ts, &tp, &to) &&
        !(places && is_division(ps->ev, l) &&
          ng_facts_has(ps->facts, &ts, &tp, &tq)))
      continue;
    if (hiri) {
      *many = 1;
      return NULL;
    }
    hiri   = fa->s.value;
    *label = l;
  }
  return hiri;
}

/* 1 when S (N bytes) ends in the word of a company (集团), not of a
   delegation. */
static int
ends_group(const char *s, size_t n)
{
  return n >= 6 && !memcmp(s + n - 6, "集团", 6);
}

/* 甲市第三督导组组长、市农业局局长X带队到…: the team (组, 团) whose
   head (组长, 团长) the person at item P is, named in his titles in the
   clause before him, or NULL. Who leads his team brings it; a standing
   group (领导小组) is no team on tour. */
static const NgMention *
leader_team(const Pass *ps, size_t p)
{
  static const char *const heads[] = {
    "组长", "团长", "副组长", "副团长", NULL
  };
  const Item *who = &ps->items.v[p];
  for (size_t k = clause_start(ps, p); k < p; k++) {
    const Item *y = &ps->items.v[k];
    size_t      n = is_mention(y, NG_MENTION_ORG) ? strlen(y->m->label) : 0;
    if (n < 6 || y->sent != who->sent ||
        (memcmp(y->m->label + n - 3, "组", 3) &&
         memcmp(y->m->label + n - 3, "团", 3)) ||
        ends_group(y->m->label, n) || strstr(y->m->label, "小组") ||
        !org_in_title(ps, k))
      continue;
    for (const char *const *h = heads; *h; h++)
      if (at(ps->text, y->e, who->s, *h))
        return y->m;
  }
  return NULL;
}

/* The delegation a person leads, named after the lead verb at item Q
   (率市党政代表团赴…, 率领党政考察团到…, 率团出席…): an organization
   mention right after the verb; else the words up to a verb of going,
   visiting or attending, when they end in 团 or 组: the article's one body
   whose name ends in them (党政代表团 for 甲镇党政代表团; a bare 团 for
   its one delegation), or a body of that name made here when the article
   names none and the words are more than 团. NULL when there is none;
   *ST is set when out of memory. */
static const NgMention *
delegation(Pass *ps, size_t q, NgStatus *st)
{
  const Item *x  = &ps->items.v[q];
  const char *t  = ps->text;
  size_t      se = ps->a->sentences[x->sent].end, b = x->e, e = SIZE_MAX;
  *st = NG_OK;
  /* not a body in the title of those led (带领市人大代表甲、乙视察) */
  if (q + 1 < ps->i1 && is_mention(&ps->items.v[q + 1], NG_MENTION_ORG) &&
      ps->items.v[q + 1].s >= b && ps->items.v[q + 1].s - b <= 3 &&
      !org_in_title(ps, q + 1))
    return ps->items.v[q + 1].m;
  for (size_t p = b, n = 0; p < se && n < 12; n++) {
    size_t   len;
    unsigned ch = decode(t + p, &len);
    if (p > b && (at(t, p - 3, p, "团") || at(t, p - 3, p, "组")) &&
        (starts_with_kind(ps->ev, t + p, t + se, W_MOVE) ||
         starts_with_kind(ps->ev, t + p, t + se, W_INSPECT) ||
         starts_with_kind(ps->ev, t + p, t + se, W_ATTEND))) {
      e = p;
      break;
    }
    if (ch < 0x80 || ch == 0xFF0C || ch == 0x3001 || ch == 0x3002 ||
        ch == 0xFF1B || ch == 0xFF1A)
      break; /* punctuation ends the words */
    p += len;
  }
  if (e == SIZE_MAX || ends_group(t + b, e - b) ||
      (e - b == 3 && at(t, b, e, "组")))
    return NULL;
  int              bare  = e - b == 3; /* 率团 */
  const NgMention *found = NULL;
  int              many  = 0;
  for (size_t k = 0; ps->mentions && k < ps->mentions->n; k++) {
    const NgMention *y = &ps->mentions->v[k];
    if (y->kind != NG_MENTION_ORG || !y->iri)
      continue;
    const char *names[2] = { y->label, y->surface };
    for (int i = 0; i < 2; i++) {
      size_t n   = names[i] ? strlen(names[i]) : 0;
      int    hit = bare
                     ? n > 3 && !memcmp(names[i] + n - 3, "团", 3) &&
                      !ends_group(names[i], n)
                     : n >= e - b && !memcmp(names[i] + n - (e - b), t + b, e - b);
      if (!hit)
        continue;
      if (found && strcmp(found->iri, y->iri))
        many = 1;
      found = y;
    }
  }
  if (found)
    return many ? NULL : found;
  /* a body only the headline names (甲省代表团在乙省考察): the entity
     stage stated it without a mention */
  const char *hlab = NULL;
  const char *hiri = stated(ps, t + b, e - b, 0, 0, &hlab, &many);
  if (many)
    return NULL;
  /* only a delegation (团) is named here; a group (工作组, 督导组) must
     be a body the article names */
  if (!hiri && (bare || at(t, e - 3, e, "组")))
    return NULL;
  NgMention *d = made_mention(ps, NG_MENTION_ORG, hiri, hlab, st);
  if (!d || *st)
    return NULL;
  d->start    = b;
  d->end      = e;
  d->sentence = x->sent;
  if (hiri)
    return d;
  /* a name without its area is kept apart per source file, as the entity
     stage keeps short names */
  NgBuf key = { 0 };
  if (!(d->label = ng_strndup(t + b, e - b)) ||
      ng_buf_printf(
        &key, "%s/%s", ps->doc_name ? ps->doc_name : "", d->label) ||
      !(d->iri = ng_iri_mint(ps->ev->base, "org", ng_buf_str(&key))))
    *st = NG_ERR_NOMEM;
  ng_buf_free(&key);
  return *st ? NULL : d;
}

/* The last body of the 、-list of bodies that item L opens (L itself when
   no list follows it). */
static size_t
org_list_last(const Pass *ps, size_t l)
{
  while (l + 2 < ps->i1 && ps->items.v[l + 1].it == IT_LIST &&
         is_mention(&ps->items.v[l + 2], NG_MENTION_ORG) &&
         ps->items.v[l + 1].s == ps->items.v[l].e &&
         ps->items.v[l + 2].s == ps->items.v[l + 1].e)
    l += 2;
  return l;
}

/* X带领县委办、县政府办、县财政局负责同志到…调研: after lead verb item J,
   a list of bodies whose officers (负责同志, 负责人, 干部 …) go along, or
   that ends in 等部门 or 等单位: each takes part in event E, not only the
   first. */
static NgStatus
led_bodies(const Pass *ps, size_t j, Ev *e)
{
  static const char *const officers[] = { "主要负责同志",
                                          "有关负责同志",
                                          "相关负责同志",
                                          "负责同志",
                                          "主要负责人",
                                          "有关负责人",
                                          "相关负责人",
                                          "负责人",
                                          "干部",
                                          "有关人员",
                                          "相关人员",
                                          "工作人员",
                                          NULL };
  const Item              *v          = &ps->items.v[j];
  size_t                   l          = j + 1;
  if (l >= ps->i1 || !is_mention(&ps->items.v[l], NG_MENTION_ORG) ||
      ps->items.v[l].s != v->e)
    return NG_OK;
  l         = org_list_last(ps, l);
  size_t se = ps->a->sentences[v->sent].end, b = ps->items.v[l].e;
  int    ok = 0;
  if (at(ps->text, b, se, "等")) {
    /* 等(相关)部门(负责同志), 等单位: the kind of the bodies listed */
    b += 3;
    if (at(ps->text, b, se, "相关") || at(ps->text, b, se, "有关"))
      b += 6;
    if (at(ps->text, b, se, "部门") || at(ps->text, b, se, "单位")) {
      b += 6;
      ok = 1;
    }
  }
  for (const char *const *w = officers; *w && !ok; w++)
    ok = at(ps->text, b, se, *w);
  NgStatus st = NG_OK;
  for (size_t r = j + 1; ok && r <= l; r += 2)
    NG_TRY(st, part_add(e, ps->items.v[r].m, R_ATTEND));
done:
  return st;
}

/* 1 when the text T[S, E) is a short name of a working body of its own
   (宣传活动部, 导演组, 疫情防控部, 综合协调组): two to eight characters of
   Han script that end in a body's word, none that a generic phrase or a
   list opens with. */
static int
gap_body(const char *t, size_t s, size_t e)
{
  static const char *const ends[] = { "部", "组", "办", "专班", NULL };
  static const char *const opens[] = { "各",   "相关", "有关", "其他", "其它",
                                       "全体", "所有", "等",   NULL };
  if (e < s + 6 || e > s + 24)
    return 0;
  for (size_t i = s; i < e;) {
    size_t   len;
    unsigned ch = decode(t + i, &len);
    if (ch < 0x4E00 || ch > 0x9FFF || at(t, i, e, "的") || at(t, i, e, "和") ||
        at(t, i, e, "及") || at(t, i, e, "与") || at(t, i, e, "等"))
      return 0;
    i += len;
  }
  for (const char *const *w = opens; *w; w++)
    if (at(t, s, e, *w))
      return 0;
  for (const char *const *w = ends; *w; w++) {
    size_t n = strlen(*w);
    if (e >= s + n + 3 && !memcmp(t + e - n, *w, n))
      return 1;
  }
  return 0;
}

/* 甲市、庆典组委会办公室、宣传部、演出组、后勤保障部等汇报: in a
   、-list that names a body, the members the entity stage left unnamed
   (text between two 、, or between the last 、 and 等) that are names of
   working bodies (gap_body()) are bodies too: mentions are made for them,
   items from FIRST on (the sentence's, sorted again). */
static NgStatus
list_gaps(Pass *ps, size_t first)
{
  const char *t     = ps->text;
  NgStatus    st    = NG_OK;
  size_t      n     = ps->items.n;
  int         added = 0;
  for (size_t k = first; k < n; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it != IT_LIST)
      continue;
    /* the gap after this 、: up to the next 、, or to 等; only words of
       the lexicon in it (竞赛保障组 holds 竞赛) */
    size_t gs = x->e, ge = SIZE_MAX, se = ps->a->sentences[x->sent].end, q;
    for (q = k + 1; q < n && ps->items.v[q].it == IT_WORD; q++)
      ;
    if (q < n && ps->items.v[q].it == IT_LIST)
      ge = ps->items.v[q].s;
    else
      for (size_t b = gs; b < se && b < gs + 27; b++)
        if (at(t, b, se, "等")) {
          ge = b;
          break;
        }
    if (ge == SIZE_MAX || (q < n && ps->items.v[q].s < ge) ||
        !gap_body(t, gs, ge))
      continue;
    /* the list names a body: walk back over its members */
    int body = 0;
    for (size_t r = k; r-- > first && !body;) {
      const Item *y = &ps->items.v[r];
      if (y->it == IT_LIST || y->it == IT_WORD)
        continue;
      if (y->it != IT_MENTION || y->m->kind == NG_MENTION_PERSON ||
          y->m->kind == NG_MENTION_POST)
        break;
      body = y->m->kind == NG_MENTION_ORG;
    }
    if (!body)
      continue;
    NgMention *d = made_mention(ps, NG_MENTION_ORG, NULL, NULL, &st);
    if (st)
      return st;
    if (!d)
      break; /* no room for more */
    d->start    = gs;
    d->end      = ge;
    d->sentence = x->sent;
    NgBuf key   = { 0 };
    if (!(d->label = ng_strndup(t + gs, ge - gs)) ||
        ng_buf_printf(
          &key, "%s/%s", ps->doc_name ? ps->doc_name : "", d->label) ||
        !(d->iri = ng_iri_mint(ps->ev->base, "org", ng_buf_str(&key))))
      st = NG_ERR_NOMEM;
    ng_buf_free(&key);
    if (st)
      return st;
    Item it = { gs, ge, IT_MENTION, NULL, d, { 0, 0, 0, 0 }, x->sent };
    NG_TRY(st, item_add(&ps->items, it));
    added = 1;
  }
  if (!added)
    return NG_OK;
  /* words inside the new names are no words of the sentence */
  size_t w = first;
  for (size_t r = first; r < ps->items.n; r++) {
    const Item *y    = &ps->items.v[r];
    int         drop = 0;
    for (size_t i = n; y->it == IT_WORD && i < ps->items.n && !drop; i++)
      drop = ps->items.v[i].s <= y->s && y->e <= ps->items.v[i].e;
    if (!drop)
      ps->items.v[w++] = *y;
  }
  ps->items.n = w;
  qsort(ps->items.v + first, ps->items.n - first, sizeof *ps->items.v, by_pos);
done:
  return st;
}

/* 县人大常委会党组书记、主任甲主持召开党组会议: the party group's meeting,
   named by its word alone, is held by the group of the body in which its
   chair is 党组书记 (县人大常委会党组), a body the article names only
   inside his post. */
static NgStatus
party_group_meeting(Pass *ps)
{
  NgStatus st = NG_OK;
  for (size_t i = 0; ps->mentions && i < ps->evs.n; i++) {
    Ev *e = &ps->evs.v[i];
    if (e->ref || e->type != T_MEETING || !e->label ||
        strncmp(e->label, "党组", strlen("党组")) || has_organizer(e))
      continue;
    const NgMention *chair = NULL;
    for (size_t k = 0; k < e->n_parts && !chair; k++)
      if ((e->parts[k].roles & R_CHAIR) &&
          e->parts[k].m->kind == NG_MENTION_PERSON && e->parts[k].m->iri)
        chair = e->parts[k].m;
    const NgMention *post = NULL, *body = NULL;
    for (size_t k = 0; chair && k < ps->mentions->n && !body; k++) {
      const NgMention *x = &ps->mentions->v[k];
      if (x->kind != NG_MENTION_POST || !x->label ||
          strcmp(x->label, "党组书记") || !x->holder_iri || !x->org_iri ||
          strcmp(x->holder_iri, chair->iri))
        continue;
      for (size_t q = 0; q < ps->mentions->n && !body; q++) {
        const NgMention *y = &ps->mentions->v[q];
        if (y->kind == NG_MENTION_ORG && y->iri && y->label &&
            !strcmp(y->iri, x->org_iri)) {
          post = x;
          body = y;
        }
      }
    }
    if (!body)
      continue;
    NgMention *d = made_mention(ps, NG_MENTION_ORG, NULL, NULL, &st);
    if (st)
      return st;
    if (!d)
      break; /* no room for more */
    d->start    = post->start;
    d->end      = post->end;
    d->sentence = post->sentence;
    NgBuf lab = { 0 }, iri = { 0 };
    /* (its IRI the body's and 党组, as local as the body's is) */
    if (ng_buf_printf(&lab, "%s党组", body->label) ||
        ng_buf_printf(&iri, "%s党组", body->iri) ||
        !(d->label = ng_strdup(ng_buf_str(&lab))) ||
        !(d->iri = ng_strdup(ng_buf_str(&iri))))
      st = NG_ERR_NOMEM;
    ng_buf_free(&lab);
    ng_buf_free(&iri);
    if (st)
      return st;
    NG_TRY(st, part_add(e, d, R_ORGANIZER));
  }
done:
  return st;
}

/* 1 when M is a delegation made by delegation() that nothing else
   states. */
static int
made_here(const Pass *ps, const NgMention *m)
{
  for (size_t i = 0; i < ps->n_made; i++)
    if (ps->made[i] == m)
      return ps->made_new[i];
  return 0;
}

/* The latest inspection reported (not cited), or -1. */
static long
last_inspection(const Pass *ps)
{
  for (size_t i = ps->evs.n; i-- > 0;)
    if (!ps->evs.v[i].ref && ps->evs.v[i].type == T_INSPECTION)
      return (long)i;
  return -1;
}

/* The last visit reported when a paragraph dated D falls within the days
   it ran (6月8日至9日,督导组到…督导 / 6月9日下午,督导组召开反馈会): the
   paragraph goes on with it. -1 otherwise. */
static long
visit_spanning(const Pass *ps, Date d)
{
  long i = last_inspection(ps);
  if (i < 0 || d.ok != 1 || !d.d)
    return -1;
  const Ev *e = &ps->evs.v[i];
  if (e->date.ok != 1 || !e->date.m)
    return -1;
  int m = d.m ? d.m : e->date.m;
  for (size_t j = 1; j < ps->items.n; j++) {
    const Item *x = &ps->items.v[j], *p = &ps->items.v[j - 1];
    if (x->sent != e->sentence || x->it != IT_DATE || p->it != IT_DATE ||
        x->w || x->date.ok != -1 || !x->date.d || x->s - p->e > 3 ||
        p->date.m != e->date.m || p->date.d != e->date.d)
      continue;
    int to = (x->date.m ? x->date.m : e->date.m) * 32 + x->date.d;
    int on = m * 32 + d.d;
    return on >= e->date.m * 32 + e->date.d && on <= to ? i : -1;
  }
  return -1;
}

/* 开展 before an inspection verb (率队开展…检查) keeps its subject. */
static int
k_is_open(const Item *x)
{
  return x->e - x->s == 6 && !memcmp(x->w->w, "开展", 6);
}

/* 在X的陪同下 ending at accompany item K (a verb followed by 下): the
   item of its 在, or SIZE_MAX. */
static size_t
escort_start(const Pass *ps, size_t k)
{
  const Item *v = &ps->items.v[k];
  if (!is_kind(v, W_ACCOMPANY) ||
      !at(ps->text, v->e, ps->a->sentences[v->sent].end, "下"))
    return SIZE_MAX;
  for (size_t q = k; q-- > reach(ps, k);) {
    const Item *x = &ps->items.v[q];
    if (is_kind(x, W_MOVE) && at(ps->text, x->s, v->s, "在"))
      return q;
    if (x->it == IT_WORD || x->it == IT_CLAUSE)
      break;
  }
  return SIZE_MAX;
}

/* 甲带领乙、丙等到…视察: the person item before the lead verb whose
   object is the list of persons (titles between) ending at person item
   P, or SIZE_MAX. 带队 and 率队 take no object. */
static size_t
leader_of(const Pass *ps, size_t p)
{
  size_t lo = clause_start(ps, p), k = p;
  while (k > lo && (ps->items.v[k - 1].it == IT_MENTION ||
                    ps->items.v[k - 1].it == IT_LIST))
    k--;
  if (k == lo) {
    /* 由甲带队,乙、丙一行赴…考察: the clause before ends in 带队 (率队)
       right after its leader's name */
    const Item *c = lo > ps->i0 + 2 ? &ps->items.v[lo - 1] : NULL;
    const Item *w = c ? &ps->items.v[lo - 2] : NULL;
    const Item *x = c ? &ps->items.v[lo - 3] : NULL;
    if (c && c->it == IT_CLAUSE && is_kind(w, W_LEAD) && w->e == c->s &&
        at(ps->text, w->e - 3, w->e, "队") &&
        is_mention(x, NG_MENTION_PERSON) && x->e == w->s)
      return lo - 3;
    return SIZE_MAX;
  }
  if (!is_kind(&ps->items.v[k - 1], W_LEAD))
    return SIZE_MAX;
  const Item *w = &ps->items.v[k - 1];
  if (at(ps->text, w->e - 3, w->e, "队"))
    return SIZE_MAX;
  /* 甲今(5)日率同…: a date may stand between the leader and the verb */
  for (size_t q = k - 1; q-- > lo && (ps->items.v[q].it == IT_MENTION ||
                                      ps->items.v[q].it == IT_DATE);)
    if (is_mention(&ps->items.v[q], NG_MENTION_PERSON))
      return q;
  return SIZE_MAX;
}

/* 1 when the clause of item J opens with the delegation named before as
   its subject and its doing (代表团一行参观了…, 代表团一行到甲市考察), or
   with 并 and a doing with someone after a clause that does (…,并与甲会
   首长座谈); the words between are places and verbs of going, and a word
   or two (先后, 还). */
static int
deleg_clause(const Pass *ps, size_t j, size_t *from)
{
  static const char *const heads[] = { "代表团", "考察团", "访问团", NULL };
  const char              *t       = ps->text;
  size_t                   cs = clause_start(ps, j), cb = clause_byte(ps, j);
  size_t                   se = ps->a->sentences[ps->items.v[j].sent].end;
  size_t                   vs = ps->items.v[j].s;
  while (cb < se && (t[cb] == ' ' || t[cb] == '\n'))
    cb++;
  if (at(t, cb, se, "并与") && cs > ps->i0 + 1) {
    /* 并与 and the names met, right before the verb */
    for (size_t q = cs; q < j; q++)
      if (!names_only(&ps->items.v[q]))
        return 0;
    j  = cs - 1;
    cs = clause_start(ps, j);
    cb = clause_byte(ps, j);
    vs = ps->items.v[j].s;
    while (cb < se && (t[cb] == ' ' || t[cb] == '\n'))
      cb++;
  } else if (at(t, cb, se, "并"))
    return 0;
  size_t h = 0;
  for (const char *const *w = heads; *w && !h; w++)
    if (at(t, cb, se, *w))
      h = cb + strlen(*w);
  /* 代表团一行在甲陪同下到乙县,参观了…: a clause that opens with its
     doing goes on the clause before it, which opens with the delegation
     and says who goes along and where (the comma between allowed) */
  int back = 0;
  /* the clause opens with its doing, or with going somewhere and then
     its doing (…陪同下,前往乙镇参观考察) */
  int doing = vs <= cb + 3;
  if (!doing && cs < j && is_kind(&ps->items.v[cs], W_MOVE) &&
      ps->items.v[cs].s <= cb + 3) {
    doing = 1;
    for (size_t q = cs + 1; q < j && doing; q++)
      doing = is_kind(&ps->items.v[q], W_MOVE) ||
              is_mention(&ps->items.v[q], NG_MENTION_PLACE) ||
              ps->items.v[q].it == IT_LIST;
  }
  if (!h && doing && cs >= ps->i0 + 2 && ps->items.v[cs - 1].it == IT_CLAUSE &&
      ps->items.v[cs - 2].sent == ps->items.v[j].sent) {
    size_t pcs = clause_start(ps, cs - 2), pcb = clause_byte(ps, cs - 2);
    while (pcb < se && (t[pcb] == ' ' || t[pcb] == '\n'))
      pcb++;
    for (const char *const *w = heads; *w && !h; w++)
      if (at(t, pcb, se, *w))
        h = pcb + strlen(*w);
    /* (陪同 may end the clause: 在甲陪同下,前往…) */
    for (size_t q = pcs; h && q + 1 < cs && !back; q++)
      back = is_kind(&ps->items.v[q], W_ACCOMPANY);
    /* or the clause says where it goes and nothing else (考察团一行先后到
       甲镇、乙乡,考察…,丙陪同) */
    int went = h && !back, moved = 0;
    for (size_t q = pcs; went && q + 1 < cs; q++) {
      const Item *y = &ps->items.v[q];
      if (y->e <= h)
        continue;
      moved |= is_kind(y, W_MOVE);
      went = is_kind(y, W_MOVE) || is_mention(y, NG_MENTION_PLACE) ||
             y->it == IT_LIST;
    }
    /* (with its escort named after: …,考察…,丙陪同) */
    int escort = 0;
    for (size_t q = j + 1; went && moved && q < ps->i1 && !escort &&
                           ps->items.v[q].sent == ps->items.v[j].sent;
         q++)
      escort = is_kind(&ps->items.v[q], W_ACCOMPANY);
    back |= went && moved && escort;
    if (!back)
      h = 0; /* only a clause of who goes along (在甲陪同下) */
    else {
      cs = pcs;
      cb = pcb;
    }
  }
  if (from)
    *from = cs;
  if (!h)
    return 0;
  /* 甲率团出席…。6日,访问团一行参观了…: a delegation the article gave no
     name is still a party on tour, written with 一行 */
  if (!ps->deleg && !at(t, h, se, "一行"))
    return 0;
  if (at(t, h, se, "一行"))
    h += 6;
  size_t first = vs;
  for (size_t q = cs; q < ps->i1 && ps->items.v[q].s < vs; q++) {
    const Item *y = &ps->items.v[q];
    if (y->e <= h && is_kind(y, W_INSPECT))
      continue; /* the 考察 of 考察团 */
    if (back &&
        (y->it == IT_CLAUSE || is_kind(y, W_ACCOMPANY) ||
         is_mention(y, NG_MENTION_PERSON) || is_mention(y, NG_MENTION_POST)))
      continue; /* 在甲陪同下, and the comma */
    if (!(is_kind(y, W_MOVE) || is_mention(y, NG_MENTION_PLACE) ||
          is_mention(y, NG_MENTION_ORG) || y->it == IT_LIST ||
          is_kind(y, W_INSPECT)))
      return 0;
    if (y->s < first)
      first = y->s;
  }
  return first >= h && first - h <= 6;
}

static int has_part(const Ev *e, const NgMention *m);
static int same_entity(const NgMention *a, const NgMention *b);

/* The trip of the delegation named before (an event it takes part in,
   led by its leader) when the sentence of item J opens with its stay
   (在中山期间,, 在沪期间,); -1 otherwise. */
static long
stay_trip(const Pass *ps, size_t j)
{
  const char *t  = ps->text;
  size_t      sb = ps->a->sentences[ps->items.v[j].sent].start;
  size_t      se = ps->a->sentences[ps->items.v[j].sent].end;
  while (sb < se && (t[sb] == ' ' || t[sb] == '\n'))
    sb++;
  if (!ps->deleg || !ps->deleg_lead || !at(t, sb, se, "在"))
    return -1;
  size_t b = sb + 3, n = 0;
  while (b < se && n < 10 && (unsigned char)t[b] >= 0xe4 &&
         (unsigned char)t[b] <= 0xe9 && !at(t, b, se, "期间")) {
    b += 3;
    n++;
  }
  if (!n || !(at(t, b, se, "期间,") || at(t, b, se, "期间，")))
    return -1;
  for (size_t i = ps->evs.n; i-- > 0;) {
    const Ev *e = &ps->evs.v[i];
    if (e->ref || !has_part(e, ps->deleg))
      continue;
    for (size_t p = 0; p < e->n_parts; p++)
      if ((e->parts[p].roles & R_LEAD) &&
          same_entity(e->parts[p].m, ps->deleg_lead))
        return (long)i;
  }
  return -1;
}

/* 1 when the clause of item K (在 of 在甲陪同下) opens with a group no
   name is given for (与会侨领, 客商一行): nothing before K in its clause
   but 与会. */
static int
grouped(const Pass *ps, size_t k)
{
  for (size_t q = clause_start(ps, k); q < k; q++) {
    const Item *y = &ps->items.v[q];
    if (!(is_kind(y, W_ATTEND) && !strcmp(y->w->w, "与会")))
      return 0;
  }
  return 1;
}

/* 甲代表团在乙(的)带领下到…考察, 甲检查组在乙率领下,对…开展检查: the
   body before 在 whose party person item P leads (a post of his may stand
   between 在 and him, 一行 after the body); its item, or SIZE_MAX. */
static size_t
led_party(const Pass *ps, size_t p)
{
  const char *t  = ps->text;
  size_t      se = ps->a->sentences[ps->items.v[p].sent].end;
  if (p + 1 >= ps->i1 || !is_kind(&ps->items.v[p + 1], W_LEAD))
    return SIZE_MAX;
  const Item *l = &ps->items.v[p + 1];
  size_t      b = ps->items.v[p].e;
  if (at(t, b, l->s, "的"))
    b += 3;
  if (b != l->s || at(t, l->e - 3, l->e, "队") || !at(t, l->e, se, "下"))
    return SIZE_MAX;
  size_t k = p, lo = clause_start(ps, p);
  while (k > lo && (is_mention(&ps->items.v[k - 1], NG_MENTION_POST) ||
                    (is_mention(&ps->items.v[k - 1], NG_MENTION_ORG) &&
                     org_in_title(ps, k - 1)) ||
                    ps->items.v[k - 1].it == IT_LIST))
    k--;
  if (k <= lo + 1 || !is_kind(&ps->items.v[k - 1], W_MOVE) ||
      !at(t, ps->items.v[k - 1].s, ps->items.v[k - 1].e, "在"))
    return SIZE_MAX;
  const Item *o = &ps->items.v[k - 2];
  size_t      e = o->e;
  if (at(t, e, ps->items.v[k - 1].s, "一行"))
    e += 6;
  if (!is_mention(o, NG_MENTION_ORG) || e != ps->items.v[k - 1].s ||
      org_in_title(ps, k - 2))
    return SIZE_MAX;
  return k - 2;
}

static int org_members(const Pass *ps, size_t q);

/* The teams that visit for a body, named bare once their visit is
   reported (督导组 for 省委第一督导组). */
static const char *const teams[] = { "视察组", "调研组", "检查组", "考察组",
                                     "督导组", "督查组", NULL };

/* Whether a body of event X is the team TEAM (a word of teams[]): its
   name ends in it. */
static int
has_team(const Ev *x, const char *team)
{
  size_t t = strlen(team);
  for (size_t k = 0; k < x->n_parts; k++) {
    const char *l = x->parts[k].m->label;
    size_t      n = l ? strlen(l) : 0;
    if (x->parts[k].m->kind == NG_MENTION_ORG && n >= t &&
        !strcmp(l + n - t, team))
      return 1;
  }
  return 0;
}

/* An inspection verb at item J (调研, 视察, 考察 …). */
static NgStatus
on_inspect(Pass *ps, size_t j)
{
  const Item *v    = &ps->items.v[j];
  const char *text = ps->text;
  NgStatus    st   = NG_OK;
  /* 参加会见和考察: the visit under way, named with the meeting */
  if (v->s >= 3 && j > ps->i0 &&
      (at(text, v->s - 3, v->s, "和") || at(text, v->s - 3, v->s, "及")) &&
      ps->items.v[j - 1].e == v->s - 3 && ps->n_anchor &&
      ps->anchor_pos[ps->n_anchor - 1] == j - 1) {
    long insp = last_inspection(ps);
    if (insp >= 0) {
      anchor(ps, insp, j);
      ps->anchor_coord[ps->n_anchor - 1] = 1;
    }
    return NG_OK;
  }
  /* 考察中, 调研期间,: what the sentence tells happened on the visit
     reported last */
  {
    size_t sb = ps->a->sentences[v->sent].start;
    size_t se = ps->a->sentences[v->sent].end;
    while (sb < v->s && (text[sb] == ' ' || text[sb] == '\n'))
      sb++;
    static const char *const during[] = {
      "中,", "中，", "期间,", "期间，", NULL
    };
    int opens = 0;
    for (const char *const *w = during; *w && !opens && sb == v->s; w++)
      opens = at(text, v->e, se, *w);
    long insp = opens ? last_inspection(ps) : -1;
    if (insp >= 0) {
      ps->cur = insp; /* and 他 is who leads it */
      if (ps->evs.v[insp].lead)
        ps->last_subject = ps->evs.v[insp].lead;
      return NG_OK;
    }
  }
  /* 主席甲带队,副主席乙、丙参加视察,副县长丁陪同: who joins or goes
     along with the visit the article is reporting makes no visit of his
     own (县政协组织部分委员,视察…。主席甲带队,…参加视察) */
  if (j > ps->i0 && ps->items.v[j - 1].e == v->s &&
      (is_kind(&ps->items.v[j - 1], W_ATTEND) ||
       is_kind(&ps->items.v[j - 1], W_ACCOMPANY) ||
       /* 副主任甲带队视察, with no day of its own: he leads it */
       (is_kind(&ps->items.v[j - 1], W_LEAD) &&
        !strcmp(ps->items.v[j - 1].w->w, "带队") &&
        !sentence_date(ps, j, 0)))) {
    long insp = last_inspection(ps);
    if (insp >= 0 && insp == ps->cur)
      return NG_OK; /* target() gives the role to that visit */
    /* 召开…观摩会,…。甲带队观摩并讲话,乙参加观摩: the meeting under way
       named by the doing is that doing */
    size_t vn = v->e - v->s;
    if (ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
        ps->evs.v[ps->cur].type == T_MEETING && !sentence_date(ps, j, 0)) {
      const char *hit = strstr(ps->evs.v[ps->cur].label, v->w->w);
      if (hit && !strncmp(hit + vn, "会", 3)) {
        anchor(ps, ps->cur, j);
        return NG_OK;
      }
    }
  }
  /* …,甲局、乙局主要负责同志一同调研 (一起, 一道, 随同): the bodies whose
     officers, named by none, go along join the visit reported */
  if (v->s >= 6 &&
      (at(text, v->s - 6, v->s, "一同") || at(text, v->s - 6, v->s, "一起") ||
       at(text, v->s - 6, v->s, "一道") || at(text, v->s - 6, v->s, "随同"))) {
    size_t cs   = clause_start(ps, j);
    long   insp = last_inspection(ps);
    if (cs < j && insp >= 0 && insp == ps->cur && !sentence_date(ps, j, 1) &&
        is_mention(&ps->items.v[cs], NG_MENTION_ORG) &&
        ps->items.v[cs].s == clause_byte(ps, cs) && !org_in_title(ps, cs)) {
      size_t l  = org_list_last(ps, cs);
      size_t oe = ps->items.v[l].e;
      if (l < j && act_fill(text, oe, v->s - 6) == v->s - 6 &&
          span_has(text, oe, v->s, (const char *const[]){ "负责", NULL })) {
        for (size_t q = cs; q <= l; q++)
          if (is_mention(&ps->items.v[q], NG_MENTION_ORG) &&
              !org_in_title(ps, q))
            NG_TRY(st, part_add(&ps->evs.v[insp], ps->items.v[q].m, R_ATTEND));
        return NG_OK;
      }
    }
  }
  /* 上午的参观: a noun, not a visit reported here */
  if (v->s >= 3 && at(text, v->s - 3, v->s, "的"))
    return NG_OK;
  /* 甲欢迎代表团到访, 感谢…来访: the visit welcomed is the meeting's */
  if (span_has(text,
               clause_byte(ps, j),
               v->s,
               (const char *const[]){ "欢迎", "感谢", NULL }))
    return NG_OK;
  /* 他希望委员们深入基层开展调研, 号召…开展走访: a visit wished for, in
     the sentence of the wish */
  if (span_has(text,
               ps->a->sentences[v->sent].start,
               v->s,
               (const char *const[]){
                 "希望", "号召", "鼓励", "勉励", "期望", "期待", NULL }))
    return NG_OK;
  /* 结合视察情况发言, 督导发现的问题: what the visit found, a noun */
  {
    size_t se = ps->a->sentences[v->sent].end;
    if (at(text, v->e, se, "情况") || at(text, v->e, se, "发现") ||
        at(text, v->e, se, "成果"))
      return NG_OK;
  }
  /* 调研检查: one visit */
  if (j > ps->i0 && is_kind(&ps->items.v[j - 1], W_INSPECT) &&
      ps->items.v[j - 1].e == v->s)
    return NG_OK;
  /* 今年以来,…已组织开展汛前检查3轮: many visits summed up */
  if (summary(ps, j))
    return NG_OK;
  /* 巡视, 巡察: a visit only when carried out (对甲市进行了常规巡视), not
     the word of its report (反馈巡视情况, 巡视整改) */
  if (v->w->direct && !carried_out(text, clause_byte(ps, j), v->s, 0))
    return NG_OK;
  /* the subject: the person before the verb, across a list of places
     (到哈尔滨市巴彦县,齐齐哈尔市建华区,…调研) but no other verb
     (陪同调研, 参加检查 are roles, not visits of their own) */
  size_t p = SIZE_MAX, org = SIZE_MAX, move = SIZE_MAX;
  int    org_ran = 0; /* the body carries it out where it is */
  size_t wk, pk = partners(ps, j);
  size_t esc_s = SIZE_MAX, esc_e = 0;    /* bytes of 在X的陪同下, */
  size_t esc_in = SIZE_MAX, esc_acc = 0; /* items of its 在 and 陪同 */
  for (wk = pk; wk-- > reach(ps, j);) {
    const Item *x  = &ps->items.v[wk];
    size_t      in = escort_start(ps, wk);
    if (in != SIZE_MAX) {
      /* X在Y的陪同下到…调研: the subject stands before 在 */
      size_t se = ps->a->sentences[v->sent].end;
      esc_in    = in;
      esc_acc   = wk;
      esc_s     = ps->items.v[in].s;
      esc_e     = x->e + 3; /* 下 */
      if (at(text, esc_e, se, ","))
        esc_e++;
      else if (at(text, esc_e, se, "，"))
        esc_e += 3;
      wk = in;
      continue;
    }
    /* 组织部分常委会组成人员: a body's members, no event's name */
    /* (部分市人大常委会委员,视察…: the committee of a congress or a
       CPPCC whose members go, with no body mention where a post stands
       inside it) */
    int body_end =
      is_kind(x, W_NOUN) && x->s >= 6 &&
      (at(text, x->s - 6, x->s, "人大") || at(text, x->s - 6, x->s, "政协"));
    for (size_t q = wk;
         is_kind(x, W_NOUN) && !body_end && q-- > ps->i0 && wk - q <= 3;)
      body_end =
        is_mention(&ps->items.v[q], NG_MENTION_ORG) && ps->items.v[q].e == x->e;
    if (is_kind(x, W_NOUN) &&
        (at(text, x->e, ps->a->sentences[v->sent].end, "组成人员") || body_end))
      continue; /* (and the noun that ends a body's name: 县人大常委会) */
    if (x->it == IT_WORD && x->w->kind != W_MOVE && x->w->kind != W_LEAD &&
        x->w->kind != W_INSPECT && !(x->w->kind == W_HOLD && k_is_open(x)))
      break;
    /* 甲某报告,社会处已与乙会完成物资调度协议: a clause that opens with a
       body that goes nowhere has its own subject; no one before it */
    if (x->it == IT_CLAUSE && move == SIZE_MAX && wk + 1 < j &&
        is_mention(&ps->items.v[wk + 1], NG_MENTION_ORG) &&
        ps->items.v[wk + 1].s == x->e)
      break;
    if (is_kind(x, W_MOVE) && move == SIZE_MAX)
      move = wk;
    /* 甲市考察团(一行)来乙县考察: 来 between a body and a place is the
       verb of coming there */
    if (is_mention(x, NG_MENTION_PLACE) && move == SIZE_MAX && wk > ps->i0 &&
        is_mention(&ps->items.v[wk - 1], NG_MENTION_ORG) && x->s >= 3 &&
        at(text, x->s - 3, x->s, "来") &&
        (ps->items.v[wk - 1].e + 3 == x->s ||
         (ps->items.v[wk - 1].e + 9 == x->s &&
          at(text, ps->items.v[wk - 1].e, x->s, "一行"))))
      move = wk;
    /* 甲组到…检查; 甲组对乙市进行了巡视 (the body that carries it out) */
    /* 县人大常委会组织部分委员和县人大代表,深入…: the body that sends
       its members, not the body of the members */
    /* (镇人大主席团组织部分区、镇人大代表,对…开展集中视察: with no place to
       go to, when the body found first is that of the members) */
    if (x->it == IT_MENTION && x->m->kind == NG_MENTION_ORG &&
        org != SIZE_MAX && (move != SIZE_MAX || org_members(ps, org)) &&
        at(text, x->e, v->s, "组织") && !org_in_title(ps, wk))
      org = wk;
    /* 市政协组织部分委员视察…: the body sends its members, with no
       place to go to named (up to 15 characters of them: 组织部分市、县人大
       代表) */
    int sends_here = x->it == IT_MENTION && x->m->kind == NG_MENTION_ORG &&
                     move == SIZE_MAX && at(text, x->e, v->s, "组织") &&
                     v->s - x->e <= 45 && !org_object(ps, wk) &&
                     !org_in_title(ps, wk) && org_leads_clause(ps, wk);
    if (x->it == IT_MENTION && x->m->kind == NG_MENTION_ORG &&
        org == SIZE_MAX &&
        (move != SIZE_MAX || sends_here ||
         (carried_out(text, x->s, v->s, 0) && !org_object(ps, wk) &&
          !org_in_title(ps, wk) && org_leads_clause(ps, wk)))) {
      org     = wk;
      org_ran = move == SIZE_MAX && !sends_here;
    }
    if (x->it == IT_MENTION && x->m->kind == NG_MENTION_PERSON &&
        at(text, x->e, v->s, "家"))
      continue; /* 走进农户甲某家中,察看…: whose home is visited */
    if (x->it == IT_MENTION && x->m->kind == NG_MENTION_PERSON) {
      p = wk;
      break;
    }
  }
  /* 县人大主席团组织代表…视察。主席甲带队,代表们先后察看了…: who leads
     the group of the visit just reported, on no date of his own, leads
     that visit, and what the group does next is of it */
  if (p != SIZE_MAX && p + 2 < j && is_kind(&ps->items.v[p + 1], W_LEAD) &&
      ps->items.v[p + 1].s == ps->items.v[p].e &&
      !strcmp(ps->items.v[p + 1].w->w, "带队") &&
      ps->items.v[p + 2].it == IT_CLAUSE &&
      ps->items.v[p + 2].s == ps->items.v[p + 1].e) {
    long li  = last_inspection(ps);
    int  own = 0;
    for (size_t q = ps->i0; q < j && !own; q++)
      own = ps->items.v[q].it == IT_DATE;
    if (li >= 0 && !own && ps->cur == li &&
        ps->evs.v[li].sentence + 1 == v->sent && !ps->evs.v[li].lead) {
      NG_TRY(st, part_add(&ps->evs.v[li], ps->items.v[p].m, R_LEAD | R_ATTEND));
      anchor(ps, li, j);
      return NG_OK;
    }
  }
  /* 当天上午,督导组召开见面会…。见面会后,督导组先后深入甲镇、乙镇,察
     看…: the team of the visit reported, named bare with no person, on
     no date of its own, goes on with that visit after its meeting; what is
     said next is said on the visit */
  if (p == SIZE_MAX) {
    long        li   = last_inspection(ps);
    size_t      at_w = move != SIZE_MAX ? move : j;
    size_t      cb   = clause_byte(ps, at_w);
    const char *team = NULL;
    while (cb < v->s && (text[cb] == ' ' || text[cb] == '\n'))
      cb++;
    for (const char *const *w = teams; *w && !team; w++)
      if (at(text, cb, v->s, *w))
        team = *w;
    /* 随后,督导组采取“四不两直”方式,深入甲园区…: the team opens a clause
       before in the sentence, and no person stands after it */
    size_t sb = ps->a->sentences[v->sent].start;
    for (size_t b = sb; !team && b < cb; b++) {
      if (!(b == sb || (b >= sb + 3 && at(text, b - 3, b, "，")) ||
            text[b - 1] == ','))
        continue;
      size_t c = b;
      while (c < cb && (text[c] == ' ' || text[c] == '\n'))
        c++;
      for (const char *const *w = teams; *w && !team; w++)
        if (at(text, c, cb, *w))
          team = *w;
      for (size_t q = ps->i0; team && q < j; q++)
        if (is_mention(&ps->items.v[q], NG_MENTION_PERSON) &&
            ps->items.v[q].s >= c)
          team = NULL;
    }
    int own = sentence_date(ps, j, 0); /* (见面会后 is no day) */
    if (team && li >= 0 && ps->cur >= 0 && ps->cur != li && !own &&
        ps->evs.v[ps->cur].type == T_MEETING && !ps->evs.v[li].ref &&
        ps->evs.v[ps->cur].sentence > ps->evs.v[li].sentence) {
      if (has_team(&ps->evs.v[li], team)) {
        anchor(ps, li, j);
        ps->cur = li;
        return NG_OK;
      }
    }
  }
  /* 甲督导组到乙单位检查…。督导组组长X一行先后检查了…: the head of the
     team (named bare before his title) whose visit was just reported, on
     no date of his own, leads that visit */
  if (p != SIZE_MAX) {
    long        li   = last_inspection(ps);
    size_t      cb   = clause_byte(ps, p);
    const char *team = NULL;
    while (cb < ps->items.v[p].s && (text[cb] == ' ' || text[cb] == '\n'))
      cb++;
    for (const char *const *w = teams; *w && !team; w++)
      if (at(text, cb, ps->items.v[p].s, *w) &&
          (at(text, cb + 9, ps->items.v[p].s, "组长") ||
           at(text, cb + 9, ps->items.v[p].s, "副组长")))
        team = *w;
    int own = 0;
    for (size_t q = ps->i0; q < j && !own; q++)
      own = ps->items.v[q].it == IT_DATE;
    if (team && li >= 0 && !own && ps->cur == li &&
        ps->evs.v[li].sentence + 1 == v->sent) {
      Ev *x = &ps->evs.v[li];
      if (has_team(x, team)) {
        NG_TRY(st, part_add(x, ps->items.v[p].m, R_LEAD | R_ATTEND));
        anchor(ps, li, j);
        ps->cur = li;
        return NG_OK;
      }
    }
  }
  /* 甲带领乙、丙等到…视察: who is led goes along; the leader is the
     person before the lead verb */
  size_t led_p = SIZE_MAX; /* the last of the persons led */
  if (p != SIZE_MAX && leader_of(ps, p) != SIZE_MAX) {
    led_p = p;
    p     = leader_of(ps, p);
  }
  /* 甲会见了乙一行,双方就…进行座谈交流: the guest of the meeting named
     before in the sentence, in a clause of his own; the talks are that
     meeting */
  if (p != SIZE_MAX && p < clause_start(ps, j))
    for (size_t i = ps->n_anchor; i-- > 0;)
      if (ps->anchor_pos[i] < p && ps->evs.v[ps->anchor_ev[i]].meet &&
          ps->items.v[ps->anchor_pos[i]].sent == v->sent) {
        anchor(ps, ps->anchor_ev[i], j);
        return NG_OK;
      }
  /* 由X带队,…参加,共同参观了…: the leader named before */
  int far = 0;
  if (p == SIZE_MAX && wk < j && wk >= reach(ps, j) &&
      is_kind(&ps->items.v[wk], W_ATTEND))
    for (size_t q = reach(ps, j); q < wk; q++)
      if (is_kind(&ps->items.v[q], W_LEAD) && q > ps->i0 &&
          is_mention(&ps->items.v[q - 1], NG_MENTION_PERSON)) {
        p   = q - 1;
        far = 1;
      }
  /* 当天下午,甲陪同客商一行到某园区实地考察: a group no name is given
     for visits, with whom it names along; the label runs from the group
     to the end of the clause */
  if (p == SIZE_MAX && org == SIZE_MAX && wk < j && wk > ps->i0 &&
      wk >= reach(ps, j) && is_kind(&ps->items.v[wk], W_ACCOMPANY) &&
      is_mention(&ps->items.v[wk - 1], NG_MENTION_PERSON) &&
      span_has(
        text, ps->items.v[wk].e, v->s, (const char *const[]){ "一行", NULL }) &&
      !future_before(ps, j)) {
    size_t gs = ps->items.v[wk].e;
    size_t ce = clause_end(ps, j);
    size_t cb = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
    size_t idx;
    if (cb - gs > 90)
      cb = v->e;
    NG_TRY(st, ev_at(ps, j, gs, cb, T_INSPECTION, &idx));
    Ev *x    = &ps->evs.v[idx];
    x->title = ps->title;
    for (size_t q = clause_start(ps, j); q < wk; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PERSON))
        NG_TRY(st, part_add(x, ps->items.v[q].m, R_ACCOMPANY | R_ATTEND));
    for (size_t q = wk + 1; q < ce && !x->place; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PLACE))
        x->place = ps->items.v[q].m;
    anchor(ps, (long)idx, j);
    ps->cur = (long)idx;
    return NG_OK;
  }
  /* 开工仪式结束后,县领导一行先后到甲镇、乙镇,察看…: after the event
     reported, the leaders no name is given for make a visit of their own,
     named by the group and what it does; before it (会前,与会人员观摩了
     某示范基地; 仪式前,与会客商还考察了…), those who came to it tour on
     its day, with or without a place to go to */
  if (p == SIZE_MAX && org == SIZE_MAX && !future_before(ps, j)) {
    static const char *const groups[] = { "县领导一行", "市领导一行",
                                          "区领导一行", "州领导一行",
                                          "省领导一行", "与会领导",
                                          NULL };
    static const char *const guests[] = { "与会人员", "与会嘉宾", "与会客商",
                                          "与会代表", "与会领导", NULL };
    size_t                   at_w   = move != SIZE_MAX ? move : j;
    size_t                   mb     = clause_byte(ps, at_w);
    size_t                   ms     = ps->items.v[at_w].s;
    const char              *g      = NULL;
    int                      before = 0;
    while (mb < ms && (text[mb] == ' ' || text[mb] == '\n'))
      mb++;
    /* the clause before ends on 后 (仪式结束后, 会后) or 前 (会前) */
    size_t sb = ps->a->sentences[v->sent].start, pb = mb;
    while (pb > sb && (text[pb - 1] == ',' || text[pb - 1] == ' '))
      pb--;
    if (pb >= sb + 3 && at(text, pb - 3, pb, "，"))
      pb -= 3;
    if (pb >= sb + 3 && at(text, pb - 3, pb, "前") && pb < mb)
      for (const char *const *w = guests; *w && !g; w++)
        if (at(text, mb, ms, *w) && ms - mb - strlen(*w) <= 9)
          g = *w, before = 1;
    for (const char *const *w = groups; *w && !g && move != SIZE_MAX; w++)
      if (at(text, mb, ms, *w) && ms - mb - strlen(*w) <= 9)
        g = *w;
    /* 11月13日,与会嘉宾前往甲湖、乙镇实地考察…,副区长丙陪同: those who
       came go somewhere on a day of their own, the day all that stands
       before them */
    int dated = 0;
    if (!g && move != SIZE_MAX && sentence_date(ps, j, 0)) {
      size_t q;
      int    bare_day = 1;
      for (q = ps->i0; q < ps->i1 && ps->items.v[q].s < mb; q++)
        if (ps->items.v[q].it != IT_DATE && ps->items.v[q].it != IT_CLAUSE)
          bare_day = 0;
      for (const char *const *w = guests; *w && !g && bare_day && q > ps->i0;
           w++)
        if (at(text, mb, ms, *w) && ms - mb - strlen(*w) <= 9)
          g = *w, dated = 1;
    }
    if (g &&
        (dated || (pb >= sb + 3 && (before || at(text, pb - 3, pb, "后"))))) {
      size_t ce = clause_end(ps, j);
      size_t cb =
        ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
      char *lab = concat(text + mb, strlen(g), text + v->s, cb - v->s);
      if (!lab)
        return NG_ERR_NOMEM;
      size_t idx;
      st = ev_at(ps, j, mb, cb, T_INSPECTION, &idx);
      if (st) {
        ng_free(lab);
        return st;
      }
      Ev *x = &ps->evs.v[idx];
      ng_free(x->label);
      x->label = lab;
      x->title = ps->title;
      /* on the day of the event it follows */
      if (!dated && ps->cur >= 0 && (size_t)ps->cur != idx &&
          ps->evs.v[ps->cur].date.ok == 1) {
        x->date       = ps->evs.v[ps->cur].date;
        x->date_local = 1;
      }
      for (size_t q = at_w + 1; q < ce && !x->place; q++)
        if (is_mention(&ps->items.v[q], NG_MENTION_PLACE))
          x->place = ps->items.v[q].m;
      anchor(ps, (long)idx, j);
      /* (the meeting toured before stays what 会上 then speaks of) */
      if (!before)
        ps->cur = (long)idx;
      return NG_OK;
    }
  }
  /* 香港某区各界协会到…社区考察: a body visits */
  int spoken = 0; /* 他说,代表团深入…考察指导: words of a speech */
  for (size_t q = reach(ps, j); q < j; q++)
    if (is_kind(&ps->items.v[q], W_SPEAK))
      spoken = 1;
  /* 为村党员群众宣讲…: an activity its subject speaks at, not a visit */
  EvType   ty = v->w->type == T_ACTIVITY ? T_ACTIVITY : T_INSPECTION;
  unsigned lr = ty == T_ACTIVITY ? R_SPEAK : R_LEAD;
  if (p == SIZE_MAX && org != SIZE_MAX && !future_before(ps, j) && !spoken &&
      ty == T_INSPECTION &&
      !(ps->last_subject &&
        span_has(text,
                 wk < j && wk >= reach(ps, j) ? ps->items.v[wk].e
                                              : ps->a->sentences[v->sent].start,
                 v->s,
                 (const char *const[]){ "他", "她", NULL }))) {
    const Item *o = &ps->items.v[org];
    int         local;
    Date        d = date_for(ps, j, 0, &local);
    /* 会前,州政协组织委员赴甲县开展调研: a body's visit before the
       meeting, with no date of its own and nobody named, is how the
       meeting was prepared, no event to report (nor on its day) */
    size_t sb = ps->a->sentences[v->sent].start;
    while (sb < v->s && (text[sb] == ' ' || text[sb] == '\n'))
      sb++;
    int own = 0; /* a date of its own, after 会前 (a word of the day) */
    for (size_t q = ps->i0; q < j; q++)
      if (ps->items.v[q].it == IT_DATE && ps->items.v[q].s > sb)
        own = 1;
    if ((at(text, sb, v->s, "会前") || at(text, sb, v->s, "会议前")) && !own)
      return NG_OK;
    size_t ce = clause_end(ps, j);
    size_t cb = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
    size_t idx;
    NG_TRY(
      st,
      ev_new(&ps->evs, text + o->s, cb - o->s, T_INSPECTION, v->sent, &idx));
    ev_span(&ps->evs.v[idx], o->s, cb, 0);
    Ev *x         = &ps->evs.v[idx];
    x->date       = d;
    x->date_local = local;
    x->title      = ps->title;
    /* 市政协组织部分委员到甲县视察: the body sends its members and
       organizes the visit */
    int sends = at(text, o->e, v->s, "组织");
    NG_TRY(st, part_add(x, o->m, org_ran || sends ? R_ORGANIZER : R_ATTEND));
    for (size_t q = org + 1; q < ce && !x->place; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PLACE))
        x->place = ps->items.v[q].m;
    anchor(ps, (long)idx, j);
    /* a body's inspection carried out on a topic where it is (对甲市进行
       了巡视) is reported as what was done; what follows names its own
       event; but a body that sends its members on a visit (县政协组织部分
       常委和委员,对…进行专题视察) reports that visit, told on after */
    if (!org_ran || sends)
      ps->cur = (long)idx;
    return NG_OK;
  }
  static const char *const pron[]   = { "他", "她", NULL };
  const NgMention         *subject  = NULL;
  int                      by_deleg = 0; /* 代表团与…座谈交流 */
  size_t                   dq       = 0; /* deleg_clause(): its clause */
  size_t                   ls;           /* where the label starts */
  size_t                   walked = wk < j && wk >= reach(ps, j)
                                      ? ps->items.v[wk].e
                                      : ps->a->sentences[v->sent].start;
  if (p != SIZE_MAX) {
    subject = ps->items.v[p].m;
    ls      = ps->items.v[p].s;
  } else if (ps->last_subject && span_has(text, walked, v->s, pron)) {
    /* 12日至13日,他深入齐齐哈尔市,到…考察 */
    subject = ps->last_subject;
    ls      = clause_byte(ps, j);
  } else if (ps->deleg && ps->deleg_lead && pk < j &&
             (at(text, clause_byte(ps, j), v->s, "代表团") ||
              at(text, clause_byte(ps, j), v->s, "考察团"))) {
    /* 在沪期间,代表团与某区委书记甲、区长乙进行座谈交流: the delegation
       named before, led by whom it was, meets its hosts: an event of its
       own (a visit it makes goes on the visit reported) */
    subject  = ps->deleg_lead;
    ls       = clause_byte(ps, j);
    by_deleg = 1;
  } else if (p == SIZE_MAX && org == SIZE_MAX && pk == j &&
             deleg_clause(ps, j, &dq) && !future_before(ps, j)) {
    /* 同日上午,代表团一行参观了…: the delegation met before tours on its
       own; the label is its clause (with the clause before that it goes
       on: 代表团一行在甲陪同下到乙县,参观了…, where 甲 accompanies it) */
    size_t cb = clause_byte(ps, dq);
    size_t ce = clause_end(ps, j);
    size_t le = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
    size_t idx;
    /* 在中山期间,代表团一行还深入…考察: what it did during its stay is
       the trip reported, which its leader led */
    long trip = stay_trip(ps, j);
    if (trip >= 0) {
      anchor(ps, trip, j);
      ps->cur = trip;
      return NG_OK;
    }
    NG_TRY(st, ev_at(ps, j, cb, le, T_INSPECTION, &idx));
    NG_TRY(st, part_add(&ps->evs.v[idx], ps->deleg, R_ATTEND));
    for (size_t q = dq; q + 1 < j; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PERSON) &&
          is_kind(&ps->items.v[q + 1], W_ACCOMPANY))
        NG_TRY(
          st,
          part_add(&ps->evs.v[idx], ps->items.v[q].m, R_ACCOMPANY | R_ATTEND));
    anchor(ps, (long)idx, j);
    ps->cur = (long)idx;
    return NG_OK;
  } else if (p == SIZE_MAX && org == SIZE_MAX && esc_in != SIZE_MAX &&
             grouped(ps, esc_in) && !future_before(ps, j) && !spoken) {
    /* 29日,与会侨领在副市长甲陪同下,前往乙镇考察…: a group no name is
       given for, with whom it names along, makes a visit of its own;
       the label is the group and what it does (not who goes along) */
    size_t gb = clause_byte(ps, esc_in), ge = esc_s;
    while (gb < ge && (text[gb] == ' ' || text[gb] == '\n'))
      gb++;
    int han = ge >= gb + 6 && ge <= gb + 24;
    for (size_t b = gb; han && b < ge; b += 3)
      han = (unsigned char)text[b] >= 0xe4 && (unsigned char)text[b] <= 0xe9;
    for (size_t q = esc_acc + 1; han && q < j; q++) {
      const Item *y = &ps->items.v[q];
      han           = is_kind(y, W_MOVE) || is_mention(y, NG_MENTION_PLACE) ||
            y->it == IT_LIST || y->it == IT_CLAUSE;
    }
    if (!han)
      return NG_OK;
    size_t ce = clause_end(ps, j);
    size_t le = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
    if (le - esc_e > 90)
      le = v->e;
    char *lab = concat(text + gb, ge - gb, text + esc_e, le - esc_e);
    if (!lab)
      return NG_ERR_NOMEM;
    size_t idx;
    st = ev_at(ps, j, gb, le, T_INSPECTION, &idx);
    if (st) {
      ng_free(lab);
      return st;
    }
    Ev *x = &ps->evs.v[idx];
    ng_free(x->label);
    x->label = lab;
    x->nspan = 0; /* the label joins two pieces of the text */
    x->title = ps->title;
    for (size_t q = esc_in + 1; q < esc_acc; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PERSON))
        NG_TRY(st, part_add(x, ps->items.v[q].m, R_ACCOMPANY | R_ATTEND));
    for (size_t q = esc_acc + 1; q < j && !x->place; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PLACE))
        x->place = ps->items.v[q].m;
    anchor(ps, (long)idx, j);
    ps->cur = (long)idx;
    return NG_OK;
  } else {
    /* 在甲乡,视察组察看了…,听取了…: the group of the visit reported,
       named by its doing, goes on with it */
    static const char *const groups[] = { "视察组", "调研组", "检查组",
                                          "考察组", "督导组", "督查组",
                                          NULL };
    size_t                   cb       = clause_byte(ps, j);
    size_t                   se       = ps->a->sentences[v->sent].end;
    long                     li       = last_inspection(ps);
    while (cb < v->s && (text[cb] == ' ' || text[cb] == '\n'))
      cb++;
    for (const char *const *g = groups; *g && li >= 0; g++)
      if (at(text, cb, se, *g) && p == SIZE_MAX && org == SIZE_MAX &&
          ps->cur != li && li == ps->before_meeting) {
        anchor(ps, li, j);
        ps->cur = li;
        break;
      }
    return NG_OK;
  }
  if ((not_subject_in(ps, ls, pk < j ? ps->items.v[pk].s : v->s) &&
       !carried_out(text, ls, v->s, 1)) ||
      future_before(ps, j))
    return NG_OK;
  /* 甲代表团在乙的带领下到…考察: the body whose party he leads goes
     along, and the label opens with it */
  size_t party = p != SIZE_MAX ? led_party(ps, p) : SIZE_MAX;
  if (party != SIZE_MAX)
    ls = ps->items.v[party].s;
  /* 张三的调研: his visit named, not reported here */
  if (p != SIZE_MAX && party == SIZE_MAX &&
      at(text, ps->items.v[p].e, v->s, "的"))
    return NG_OK;
  /* X就做好…调度提出具体意见: the topic of what he says, not a visit */
  if (p != SIZE_MAX && at(text, ps->items.v[p].e, v->s, "就"))
    for (size_t q = j + 1; q < ps->i1 && ps->items.v[q].it != IT_CLAUSE; q++)
      if (is_kind(&ps->items.v[q], W_SPEAK))
        return NG_OK;
  /* 甲副区长X,乙主席Y随团考察: members of the party of the visit under
     way, not a visit of their own */
  if (p != SIZE_MAX && v->s >= 6 &&
      (at(text, v->s - 6, v->s, "随团") || at(text, v->s - 6, v->s, "随行") ||
       at(text, v->s - 6, v->s, "一同")) &&
      ps->items.v[p].e + 6 == v->s) {
    long insp = last_inspection(ps);
    if (insp < 0)
      return NG_OK;
    const NgMention *mem[16];
    size_t           nm = person_list(ps, p, mem, 16);
    for (size_t i = 0; i < nm; i++)
      NG_TRY(st, part_add(&ps->evs.v[insp], mem[i], R_ATTEND));
    anchor(ps, insp, j);
    ps->cur = insp;
    return NG_OK;
  }
  /* 仪式前,X一行参观了…车间 (会前, 会后): a visit around the ceremony or
     meeting under way, by one who takes part in it, on no day of its own,
     is part of that event's programme; a lecture the person gives to
     an audience of its own (会后,X在党校为…讲授专题党课) is not */
  long around = -1;
  if (p != SIZE_MAX && ty != T_ACTIVITY && ps->cur >= 0 &&
      !ps->evs.v[ps->cur].ref && ps->evs.v[ps->cur].type != T_INSPECTION) {
    static const char *const words[] = { "仪式前", "仪式后", "会前", "会后",
                                         "活动前", "活动后", NULL };
    size_t                   sb = ps->a->sentences[v->sent].start;
    while (sb < v->s && (text[sb] == ' ' || text[sb] == '\n'))
      sb++;
    int opens = 0, own = 0, in = 0;
    /* the sentence opens with one of them, its name maybe before it
       (签约仪式前, 座谈会后), and a comma */
    size_t cm = sb;
    while (cm < v->s && cm < sb + 30 && !at(text, cm, v->s, ",") &&
           !at(text, cm, v->s, "，"))
      cm++;
    for (const char *const *w = words; *w && !opens && cm < v->s; w++)
      opens = cm >= sb + strlen(*w) && at(text, cm - strlen(*w), cm, *w);
    for (size_t q = ps->i0; q < j; q++)
      if (ps->items.v[q].it == IT_DATE && ps->items.v[q].s > sb + 3)
        own = 1;
    const Ev *c = &ps->evs.v[ps->cur];
    for (size_t k = 0; k < c->n_parts; k++)
      if (c->parts[k].m == ps->items.v[p].m ||
          (c->parts[k].m->iri && ps->items.v[p].m->iri &&
           !strcmp(c->parts[k].m->iri, ps->items.v[p].m->iri)))
        in = 1;
    /* but an inspection of its own (会前,X带领与会人员到某厂实地查看;
       会后,X到某村检查…) is reported as one: only a tour (参观, 观摩) is
       part of the programme */
    if (opens && !own && in && ty != T_INSPECTION) {
      anchor(ps, ps->cur, j);
      return NG_OK;
    }
    if (opens && !own && in)
      around = ps->cur; /* what follows is the meeting's again */
  }
  /* 甲镇主题党日活动…在某村举行。镇党委书记乙为全村党员讲授专题党课,
     并…: a lesson told right after the event it belongs to, on no time
     of its own (会后, 随后, a date), is his speech there */
  if (ty == T_ACTIVITY && p != SIZE_MAX && ps->cur >= 0 &&
      !ps->evs.v[ps->cur].ref && ps->evs.v[ps->cur].type != T_INSPECTION &&
      ps->evs.v[ps->cur].type != T_ACTIVITY &&
      ps->evs.v[ps->cur].sentence + 1 == v->sent && v->sent > 0) {
    size_t pe = ps->a->sentences[v->sent - 1].end;
    int    own =
      memchr(text + pe, '\n', ps->a->sentences[v->sent].start - pe) != NULL;
    for (size_t q = ps->i0; q < ps->i1 && !own; q++)
      own = ps->items.v[q].it == IT_DATE || is_kind(&ps->items.v[q], W_SAMEDAY);
    if (!own) {
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], subject, R_ATTEND | R_SPEAK));
      anchor(ps, ps->cur, j);
      return NG_OK;
    }
  }
  /* 县委宣讲团深入甲乡开展宣讲活动,县委常委乙作首场宣讲: who lectures
     right after the activity of that lecturing is named speaks at it */
  if (ty == T_ACTIVITY && p != SIZE_MAX && ps->cur >= 0 &&
      !ps->evs.v[ps->cur].ref && ps->evs.v[ps->cur].type == T_ACTIVITY &&
      ps->evs.v[ps->cur].sentence == v->sent &&
      strstr(ps->evs.v[ps->cur].label, v->w->w)) {
    int own = 0;
    for (size_t q = clause_start(ps, j); q < j && !own; q++)
      own = ps->items.v[q].it == IT_DATE || is_kind(&ps->items.v[q], W_SAMEDAY);
    if (!own) {
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], subject, R_ATTEND | R_SPEAK));
      anchor(ps, ps->cur, j);
      return NG_OK;
    }
  }
  /* cited: …调研郑东新区讲话精神, 在河南考察时的重要讲话精神 */
  size_t ce = clause_end(ps, j);
  size_t cb = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
  static const char *const cite_words[] = {
    "讲话精神", "时的", "重要讲话", "指示精神", NULL
  };
  int              cited = span_has(text, v->e, cb, cite_words);
  const NgMention *leads[16];
  size_t           nl = 1;
  leads[0]            = subject;
  if (p != SIZE_MAX)
    nl = person_list(ps, p, leads, 16);
  /* label: from the subject to the end of the clause (or 并) */
  size_t le = cb;
  for (size_t i = v->e; i < cb; i++)
    if (at(text, i, cb, "并") || at(text, i, cb, "讲话") ||
        at(text, i, cb, "时的") || at(text, i, cb, "重要") ||
        (at(text, i, cb, "时") &&
         span_has(text,
                  i + 3,
                  i + 9 <= cb ? i + 9 : cb,
                  (const char *const[]){
                    "强调", "指出", "表示", "要求", "说", NULL }))) {
      le = i; /* 某某在某镇调研|时强调: what he said there is no name */
      break;
    }
  if (le - ls > 90)
    le = v->e;
  int  local;
  Date d;
  if (cited) {
    /* only a date between the person and the verb */
    Date none = { 0, 0, 0, 0 };
    d         = none;
    local     = 0;
    for (size_t k = p == SIZE_MAX ? j : p; k < j; k++)
      if (ps->items.v[k].it == IT_DATE && ps->items.v[k].date.ok == 1) {
        d     = ps->items.v[k].date;
        local = 1;
      }
  } else
    d = date_for(ps, j, 0, &local);
  /* 甲、乙也分别带队开展走访慰问活动: each leads a visit of his own,
     named by him and the words after 分别 */
  size_t tail = 0;
  if (nl > 1 && !cited && !by_deleg && !far && p != SIZE_MAX)
    for (size_t b = ps->items.v[p].e; b + 6 <= v->s && !tail; b++)
      if (at(text, b, v->s, "分别"))
        tail = b + 6;
  for (size_t i = 1; tail && i < nl; i++)
    for (size_t q = p; q < ps->i1 && ps->items.v[q].s < v->s; q++)
      if (ps->items.v[q].m == leads[i] && ps->items.v[q].e > tail)
        tail = 0; /* a lead after 分别 */
  if (tail && tail < le && le - tail > 90)
    tail = 0;
  size_t idx = ps->evs.n;
  if (!cited && !by_deleg)
    for (size_t i = 0; i < ps->evs.n; i++) {
      Ev *x = &ps->evs.v[i];
      /* the same visit again, unless a dated report follows an undated
         summary (连日来…调研; 12日,他…考察); a later day of a visit of
         several (24日至25日,甲深入…调研 / 25日上午,甲来到…察看) is the
         same visit */
      if (!x->ref && x->type == ty && x->lead &&
          !strcmp(x->lead->iri, leads[0]->iri) &&
          (!date_cmp_ok(&x->date, &d) ||
           (local && visit_spanning(ps, d) == (long)i)) &&
          (x->title || !local || x->date.ok == 1) && idx == ps->evs.n)
        idx = i;
    }
  /* 传达学习甲调研讲话精神: the visit of his the article reports, cited
     again with no day of its own, is that visit */
  if (cited && !by_deleg && d.ok != 1)
    for (size_t i = 0; i < ps->evs.n && idx == ps->evs.n; i++) {
      const Ev *x = &ps->evs.v[i];
      if (!x->ref && x->type == ty && x->lead &&
          !strcmp(x->lead->iri, leads[0]->iri))
        idx = i;
    }
  if (idx == ps->evs.n) {
    /* the label: the leader's name, then the clause of the visit (far);
       else the text, without who accompanies (刘洋到甲市调研) */
    size_t cb2 = clause_byte(ps, j);
    if (far && at(text, cb2, le, subject->label))
      far = 2; /* the clause opens with the leader's name already */
    char *lab = tail       ? concat(leads[0]->label,
                              strlen(leads[0]->label),
                              text + tail,
                              le > tail ? le - tail : 0)
                : far == 1 ? concat(subject->label,
                                    strlen(subject->label),
                                    text + cb2,
                                    le > cb2 ? le - cb2 : 0)
                : far == 2 ? ng_strndup(text + cb2, le > cb2 ? le - cb2 : 0)
                : esc_s != SIZE_MAX && esc_s > ls && esc_e < le
                  ? concat(text + ls, esc_s - ls, text + esc_e, le - esc_e)
                  : ng_strndup(text + ls, le - ls);
    if (!lab)
      return NG_ERR_NOMEM;
    day_in_brackets(lab);
    st = ev_new(&ps->evs, lab, strlen(lab), ty, v->sent, &idx);
    ng_free(lab);
    if (st)
      goto done;
    if (tail)
      ev_span(&ps->evs.v[idx], tail, le, 0);
    else if (!far)
      ev_span(&ps->evs.v[idx], ls, le, 0);
    else if (far == 2)
      ev_span(&ps->evs.v[idx], cb2, le, 0);
    Ev *x         = &ps->evs.v[idx];
    x->ref        = far ? 0 : cited;
    x->date       = d;
    x->date_local = local;
    x->lead       = leads[0];
    x->title      = ps->title;
  } else if (local && d.ok == 1 && ps->evs.v[idx].date.ok != 1) {
    ps->evs.v[idx].date       = d;
    ps->evs.v[idx].date_local = 1;
  }
  if (!ps->title)
    ps->evs.v[idx].title = 0; /* the body has reported it */
  Ev *x = &ps->evs.v[idx];
  /* 与甲局局长张三座谈交流: who is met takes part, with his body */
  for (size_t q = pk; q < j; q++)
    if (is_mention(&ps->items.v[q], NG_MENTION_PERSON) ||
        is_mention(&ps->items.v[q], NG_MENTION_ORG))
      NG_TRY(st, part_add(x, ps->items.v[q].m, R_ATTEND));
  for (size_t i = 0; i < (tail ? 1 : nl); i++)
    NG_TRY(
      st,
      part_add(
        x,
        leads[i],
        R_ATTEND | lr |
          (cited &&
               span_has(text, v->e, cb, (const char *const[]){ "讲话", NULL })
             ? R_SPEAK
             : 0)));
  if (led_p != SIZE_MAX) {
    const NgMention *mem[16];
    size_t           nm = person_list(ps, led_p, mem, 16);
    for (size_t i = 0; i < nm; i++)
      NG_TRY(st, part_add(x, mem[i], R_ATTEND));
  }
  /* 在Y的陪同下 before the verb in its sentence: Y accompanies */
  for (size_t k = j; k-- > reach(ps, j) && ps->items.v[k].sent == v->sent;) {
    size_t in = escort_start(ps, k);
    for (size_t q = in + 1; in != SIZE_MAX && q < k; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PERSON))
        NG_TRY(st, part_add(x, ps->items.v[q].m, R_ACCOMPANY | R_ATTEND));
    /* 在甲局、乙局负责同志陪同下: the bodies whose officers, named by
       none, go along take part */
    if (in != SIZE_MAX && in + 1 < k &&
        is_mention(&ps->items.v[in + 1], NG_MENTION_ORG) &&
        !org_in_title(ps, in + 1)) {
      size_t l = org_list_last(ps, in + 1), ks = ps->items.v[k].s;
      size_t oe = ps->items.v[l].e, f = act_fill(text, oe, ks);
      if (at(text, f, ks, "的"))
        f += 3;
      if (l < k && f == ks &&
          span_has(text, oe, ks, (const char *const[]){ "负责", NULL }))
        for (size_t q = in + 1; q <= l; q++)
          if (is_mention(&ps->items.v[q], NG_MENTION_ORG) &&
              !org_in_title(ps, q))
            NG_TRY(st, part_add(x, ps->items.v[q].m, R_ATTEND));
    }
  }
  /* 率甲市党政代表团赴…: the delegation takes part */
  int led = 0;
  for (size_t q = p == SIZE_MAX ? j : p + 1; q < j; q++)
    if (is_kind(&ps->items.v[q], W_LEAD)) {
      const NgMention *dg = delegation(ps, q, &st);
      if (st)
        goto done;
      if (!dg && p != SIZE_MAX && ps->items.v[q].s <= ps->items.v[p].e + 3)
        dg = leader_team(ps, p);
      if (dg) {
        NG_TRY(st, part_add(x, dg, R_ATTEND));
        ps->deleg      = dg;
        ps->deleg_lead = leads[0];
        led            = 1;
      }
    }
  if (by_deleg)
    NG_TRY(st, part_add(x, ps->deleg, R_ATTEND));
  if (party != SIZE_MAX && !led) {
    NG_TRY(st, part_add(x, ps->items.v[party].m, R_ATTEND));
    ps->deleg      = ps->items.v[party].m;
    ps->deleg_lead = leads[0];
    led            = 1;
  }
  /* X率团出席…; 期间,X一行还考察了…: his party is the delegation */
  if (!led && !by_deleg && ps->deleg && ps->deleg_lead->iri && leads[0]->iri &&
      !strcmp(ps->deleg_lead->iri, leads[0]->iri) &&
      span_has(text,
               p != SIZE_MAX ? ps->items.v[p].e : ls,
               v->s,
               (const char *const[]){ "一行", NULL }))
    NG_TRY(st, part_add(x, ps->deleg, R_ATTEND));
  /* where: the first place after the subject, or right after the verb */
  for (size_t k = p == SIZE_MAX ? j : p + 1; k < ce && !x->place; k++) {
    const Item *y = &ps->items.v[k];
    if (is_mention(y, NG_MENTION_PLACE) && (k < j || y->s - v->e <= 3))
      x->place = y->m;
  }
  /* 签约仪式后,甲一行来到某村察看…: a visit around the event under way,
     on no day of its own, is made on that event's day */
  if (around >= 0 && x->date.ok != 1 && ps->evs.v[around].date.ok == 1) {
    x->date       = ps->evs.v[around].date;
    x->date_local = ps->evs.v[around].date_local;
  }
  if (!cited) {
    anchor(ps, (long)idx, j);
    ps->cur          = around >= 0 ? around : (long)idx;
    ps->last_subject = leads[0];
    if (around >= 0) {
      ps->before_meeting = (long)idx;
      ps->around_meeting = around;
    }
  }
  /* the visits of the other leads (分别): on the same day, at the same
     place, each his own */
  for (size_t i = 1; tail && i < nl; i++) {
    char *lab =
      concat(leads[i]->label, strlen(leads[i]->label), text + tail, le - tail);
    if (!lab) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    size_t o;
    day_in_brackets(lab);
    st = ev_new(&ps->evs, lab, strlen(lab), ty, v->sent, &o);
    ng_free(lab);
    if (st)
      goto done;
    Ev       *y  = &ps->evs.v[o];
    const Ev *x0 = &ps->evs.v[idx];
    ev_span(y, tail, le, 0);
    y->date       = x0->date;
    y->date_local = x0->date_local;
    y->place      = x0->place;
    y->lead       = leads[i];
    NG_TRY(st, part_add(y, leads[i], R_ATTEND | lr));
  }
done:
  return st;
}

static int org_members(const Pass *ps, size_t q);

/* 会见由甲率领的代表团 (访问团, 考察团), the group named bare after the
   lead verb at item L that ends the clause at byte CB: the one body the
   article states by a name that ends in that word (the headline's
   甲省代表团), else one named by the bare word and kept apart per source
   file. NULL when the words after 的 are no such group; *ST is set when
   out of memory. */
static const NgMention *
bare_delegation(Pass *ps, size_t l, size_t cb, NgStatus *st)
{
  static const char *const heads[] = { "代表团", "访问团", "考察团", NULL };
  const char              *t       = ps->text;
  size_t                   b = ps->items.v[l].e + 3, e = cb;
  *st = NG_OK;
  while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n'))
    e--;
  if (e >= b + 6 && at(t, e - 6, e, "一行"))
    e -= 6;
  const char *head = NULL;
  for (const char *const *h = heads; *h; h++)
    if (e == b + 9 && at(t, b, e, *h))
      head = *h;
  if (!head)
    return NULL;
  const char *lab = NULL;
  int         many;
  const char *iri = stated(ps, head, 9, 0, 0, &lab, &many);
  if (many)
    return NULL;
  NgMention *d = made_mention(ps, NG_MENTION_ORG, iri, lab, st);
  if (!d || *st || iri)
    return d;
  NgBuf key = { 0 };
  if (!(d->label = ng_strdup(head)) ||
      ng_buf_printf(&key, "%s/%s", ps->doc_name ? ps->doc_name : "", head) ||
      !(d->iri = ng_iri_mint(ps->ev->base, "org", ng_buf_str(&key))))
    *st = NG_ERR_NOMEM;
  ng_buf_free(&key);
  return *st ? NULL : d;
}

/* The persons met, after the 会见 at item J in its clause, take part in
   event X; one followed by 一行 leads his party (会见了甲集团董事长X一行). */
static NgStatus
meet_guests(Pass *ps, size_t j, Ev *x)
{
  NgStatus st = NG_OK;
  size_t   ce = clause_end(ps, j);
  size_t   se = ps->a->sentences[ps->items.v[j].sent].end;
  /* 会见(了)代表团一行: the delegation the article named, written bare;
     who leads it is there too */
  {
    static const char *const heads[] = { "代表团", "考察团", "访问团", NULL };
    size_t                   b = ps->items.v[j].e;
    size_t                   e = ce < ps->i1 ? ps->items.v[ce].s : se, hn = 0;
    if (at(ps->text, b, e, "了"))
      b += 3;
    while (e > b && (ps->text[e - 1] == ' ' || ps->text[e - 1] == '\n' ||
                     ps->text[e - 1] == '.'))
      e--;
    if (e >= b + 3 && at(ps->text, e - 3, e, "。"))
      e -= 3;
    if (e >= b + 6 && at(ps->text, e - 6, e, "一行"))
      e -= 6;
    for (const char *const *h = heads; *h && !hn; h++)
      if (e == b + 9 && at(ps->text, b, e, *h))
        hn = 9;
    if (hn) {
      const NgMention *d = NULL, *lead = NULL;
      const char      *dl;
      size_t           n;
      if (ps->deleg && (dl = ps->deleg->label) && (n = strlen(dl)) >= hn &&
          !memcmp(dl + n - hn, ps->text + b, hn)) {
        d    = ps->deleg;
        lead = ps->deleg_lead;
      } else {
        /* the one delegation the article states by a name ending so */
        const char *lab = NULL;
        int         many;
        const char *iri = stated(ps, ps->text + b, hn, 0, 0, &lab, &many);
        if (iri && !many)
          d = made_mention(ps, NG_MENTION_ORG, iri, lab, &st);
      }
      if (st)
        return st;
      if (d)
        NG_TRY(st, part_add(x, d, R_ATTEND));
      if (lead)
        NG_TRY(st, part_add(x, lead, R_ATTEND));
      return st;
    }
  }
  for (size_t q = j + 1; q < ce; q++) {
    const Item *y = &ps->items.v[q];
    if (y->it == IT_WORD && y->w->kind == W_NOUN && q > j + 1 &&
        is_mention(&ps->items.v[q - 1], NG_MENTION_ORG) &&
        ps->items.v[q - 1].e == y->e)
      continue; /* 会见由甲促进会会长乙率领的访问团: the 促进会 that ends
                   the body's name is no meeting */
    if (y->it == IT_WORD && y->w->kind != W_MOVE) {
      if (at(ps->text, y->e, se, "的")) {
        /* 会见由甲率领的代表团: the group named bare */
        size_t cb = ce < ps->i1 ? ps->items.v[ce].s : se;
        if (y->w->kind == W_LEAD && q == ce - 1 && q > j + 1 &&
            is_mention(&ps->items.v[q - 1], NG_MENTION_PERSON)) {
          const NgMention *d = bare_delegation(ps, q, cb, &st);
          if (st)
            goto done;
          if (d) {
            NG_TRY(st, part_add(x, d, R_ATTEND));
            if (!ps->deleg) {
              ps->deleg      = d;
              ps->deleg_lead = ps->items.v[q - 1].m;
            }
          }
        }
        continue; /* 来我市考察的…代表团: who they are */
      }
      break; /* 会见后,…参观了: another doing */
    }
    /* 会见了甲一行, 会见了以甲为团长的代表团: he leads the guests */
    if (is_mention(y, NG_MENTION_PERSON))
      NG_TRY(st,
             part_add(x,
                      y->m,
                      R_ATTEND | (at(ps->text, y->e, se, "一行") ||
                                      at(ps->text, y->e, se, "为团长的")
                                    ? R_LEAD
                                    : 0)));
    /* 会见了…党政代表团, 会见了甲集团客人: the visiting body takes part */
    else if (is_mention(y, NG_MENTION_ORG) && !org_in_title(ps, q) &&
             !org_members(ps, q) && !org_object(ps, q) &&
             (q + 1 >= ce || at(ps->text, y->e, se, "一行") ||
              at(ps->text, y->e, se, "客人"))) {
      NG_TRY(st, part_add(x, y->m, R_ATTEND));
      /* 会见由甲率领的乙市党政代表团: what the delegation (代表团一行)
         does next is its own */
      const char *l = y->m->label ? y->m->label : "";
      size_t      n = strlen(l);
      int         is_deleg =
        n > 9 && (!strcmp(l + n - 9, "代表团") ||
                  !strcmp(l + n - 9, "考察团") || !strcmp(l + n - 9, "访问团"));
      if (!ps->deleg && is_deleg && q > j + 1 &&
          is_kind(&ps->items.v[q - 1], W_LEAD) &&
          is_mention(&ps->items.v[q - 2], NG_MENTION_PERSON)) {
        ps->deleg      = y->m;
        ps->deleg_lead = ps->items.v[q - 2].m;
      }
      /* 会见了以甲为团长的乙考察团一行: the same, the leader named before */
      for (size_t r = q; !ps->deleg && is_deleg && r-- > j + 1;)
        if (is_mention(&ps->items.v[r], NG_MENTION_PERSON) &&
            ps->items.v[r].e + 12 == y->s &&
            at(ps->text, ps->items.v[r].e, y->s, "为团长的")) {
          ps->deleg      = y->m;
          ps->deleg_lead = ps->items.v[r].m;
        }
    }
  }
done:
  return st;
}

static int has_part(const Ev *e, const NgMention *m);

/* 1 when the 会见 at item J, with NW hosts before the verb, is another
   meeting than X, reported in the body on the same day: guests none of
   whom took part in X (同日,副市长乙会见了某国代表团, after 甲会见了…,
   乙参加会见). */
static int
other_meeting(const Pass *ps, size_t j, const Ev *x, size_t nw)
{
  size_t cs = clause_start(ps, j), ce = clause_end(ps, j);
  int    guests = 0;
  if (ps->title || x->title || !nw ||
      (j > cs && is_kind(&ps->items.v[j - 1], W_ATTEND)))
    return 0;
  for (size_t q = j + 1; q < ce; q++)
    if (is_mention(&ps->items.v[q], NG_MENTION_PERSON)) {
      if (has_part(x, ps->items.v[q].m))
        return 0;
      guests++;
    }
  return guests > 0;
}

/* 县纪委监委对甲镇党委主要负责人开展集体约谈: a body that calls others to
   account (约谈 at item J, no person before it) holds a meeting of its
   own, named by the clause from the body to the verb, which is the one
   its bare name names next (约谈会由某某主持). */
static NgStatus
body_talks(Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  size_t      cs = clause_start(ps, j), o = SIZE_MAX;
  for (size_t k = cs; k < j && o == SIZE_MAX; k++) {
    const Item *x = &ps->items.v[k];
    if (is_mention(x, NG_MENTION_ORG))
      o = k;
    else if (x->it == IT_WORD || x->it == IT_MENTION)
      return NG_OK; /* the body opens the clause, after its date */
  }
  if (o == SIZE_MAX || future_before(ps, j))
    return NG_OK;
  const Item *b  = &ps->items.v[o];
  size_t      to = SIZE_MAX; /* the 对 that names who is talked to */
  for (size_t p = b->e; p + 3 <= v->s && to == SIZE_MAX; p++)
    if (at(ps->text, p, v->s, "对"))
      to = p;
  if (to == SIZE_MAX || to > b->e + 30 || v->e - b->s > 240)
    return NG_OK;
  int      local;
  Date     d = date_for(ps, j, 0, &local);
  size_t   idx;
  NgStatus st =
    ev_new(&ps->evs, ps->text + b->s, v->e - b->s, T_MEETING, v->sent, &idx);
  if (st)
    return st;
  Ev *x         = &ps->evs.v[idx];
  x->date       = d;
  x->date_local = local;
  x->title      = ps->title;
  ev_span(x, b->s, v->e, 0);
  NG_TRY(st, part_add(x, b->m, R_ORGANIZER));
  anchor(ps, (long)idx, j);
  if (!ps->title)
    ps->cur = (long)idx;
done:
  return st;
}

/* 会见: a meeting of the subject with the persons after the verb. */
static NgStatus
on_meet(Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  size_t      cs = clause_start(ps, j);
  NgStatus    st = NG_OK;
  /* the persons before the verb, across 与 and lists, back to the verb
     before (赵磊在甲市与孙丽,周强,吴敏进行了会见) */
  const NgMention *who[32];
  unsigned         how[32]; /* R_ATTEND, and R_LEAD for 与甲一行座谈 */
  size_t           nw = 0, first = SIZE_MAX;
  size_t           vse0 = ps->a->sentences[v->sent].end;
  for (size_t k = j; k-- > reach(ps, j) && nw < 32;) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD && x->w->kind != W_MOVE && x->w->kind != W_NOUN)
      break;
    if (is_mention(x, NG_MENTION_PERSON)) {
      how[nw]   = R_ATTEND | (at(ps->text, x->e, vse0, "一行") ? R_LEAD : 0);
      who[nw++] = x->m;
      first     = k;
    }
  }
  if (future_before(ps, j))
    return NG_OK;
  /* 在座谈时指出, 座谈中: the 座谈会 being reported, when there is one */
  size_t vse = ps->a->sentences[v->sent].end;
  if (v->e - v->s == 6 && !memcmp(ps->text + v->s, "座谈", 6) &&
      (at(ps->text, v->e, vse, "时") || at(ps->text, v->e, vse, "中")))
    for (size_t i = ps->evs.n; i-- > 0;) {
      const Ev *e  = &ps->evs.v[i];
      size_t    ln = strlen(e->label);
      if (!e->ref && ln >= 9 && !strcmp(e->label + ln - 9, "座谈会")) {
        anchor(ps, (long)i, j);
        ps->cur = (long)i;
        return NG_OK;
      }
    }
  if (!nw && deleg_clause(ps, j, NULL) &&
      !(j > cs && is_kind(&ps->items.v[j - 1], W_ATTEND))) {
    /* 代表团一行参观了…,并与甲会首长座谈: a meeting of the delegation's
       own with whom it names after 与 */
    size_t with = SIZE_MAX, cb = clause_byte(ps, j);
    for (size_t b = cb; b + 3 <= v->s && with == SIZE_MAX; b++)
      if (at(ps->text, b, v->s, "与"))
        with = b;
    if (with != SIZE_MAX) {
      int         local;
      Date        d = date_for(ps, j, 0, &local);
      NgBuf       b = { 0 };
      size_t      idx;
      const char *dl = "代表团";
      for (size_t q = 0; q < 3; q++) {
        static const char *const heads[] = { "代表团", "考察团", "访问团" };
        size_t                   c       = clause_byte(ps,
                               clause_start(ps, j) > ps->i0 + 1 &&
                                   at(ps->text, cb, v->s, "并")
                                                         ? clause_start(ps, j) - 1
                                                         : j);
        while (ps->text[c] == ' ' || ps->text[c] == '\n')
          c++;
        if (at(ps->text, c, v->s, heads[q]))
          dl = heads[q];
      }
      if ((st = ng_buf_puts(&b, dl)) ||
          (st = ng_buf_append(&b, ps->text + with, v->e - with)) ||
          (st = ev_new(
             &ps->evs, ng_buf_str(&b), b.len, T_MEETING, v->sent, &idx))) {
        ng_buf_free(&b);
        goto done;
      }
      ng_buf_free(&b);
      Ev *x         = &ps->evs.v[idx];
      x->date       = d;
      x->date_local = local;
      NG_TRY(st, part_add(x, ps->deleg, R_ATTEND));
      for (size_t q = clause_start(ps, j); q < j; q++) {
        const Item *y = &ps->items.v[q];
        if (y->s > with &&
            (is_mention(y, NG_MENTION_PERSON) || is_mention(y, NG_MENTION_ORG)))
          NG_TRY(st, part_add(&ps->evs.v[idx], y->m, R_ATTEND));
      }
      anchor(ps, (long)idx, j);
      ps->cur = (long)idx;
      return NG_OK;
    }
  }
  if (!nw && at(ps->text, v->e - 6, v->e, "约谈"))
    return body_talks(ps, j);
  if (!nw) {
    /* 会见中, 参加会见: the meeting with the visitors reported last (a
       chronicle's day may hold one of its own) */
    for (size_t i = ps->evs.n; i-- > 0;)
      if (ps->evs.v[i].meet && !ps->evs.v[i].ref) {
        anchor(ps, (long)i, j);
        if (!ps->title)
          ps->cur = (long)i;
        break;
      }
    return NG_OK;
  }
  int  local;
  Date d = date_for(ps, j, 0, &local);
  /* one meeting with the visitors per article: 参加会见, …进行了会见 */
  for (size_t i = 0; i < ps->evs.n; i++)
    if (ps->evs.v[i].meet && !date_cmp_ok(&ps->evs.v[i].date, &d)) {
      Ev *x = &ps->evs.v[i];
      if (other_meeting(ps, j, x, nw))
        continue;
      if (!(j > cs && is_kind(&ps->items.v[j - 1], W_ATTEND))) {
        for (size_t q = 0; q < nw; q++)
          NG_TRY(st, part_add(x, who[q], how[q]));
        /* the body reports the meeting the headline named (X会见Y一行
           over 昨日,X会见了…): its date, and what is said next is said
           there (X表示…) */
        if (!ps->title && x->title) {
          if (local && d.ok == 1 && x->date.ok != 1) {
            x->date       = d;
            x->date_local = 1;
          }
          x->title = 0;
          ps->cur  = (long)i;
        }
      }
      NG_TRY(st, meet_guests(ps, j, x));
      anchor(ps, (long)i, j);
      return NG_OK;
    }
  /* the label: the clause from the first person (甲某会见…主席乙某一行),
     or when that is long the persons and the verb */
  NgBuf  b  = { 0 };
  size_t fs = ps->items.v[first].s;
  size_t ce = clause_end(ps, j);
  size_t cb = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
  int    one_clause = clause_start(ps, first) == clause_start(ps, j);
  /* a guest named with his company's long name and his party (会见了
     某某集团某某研究院有限公司董事长某某一行) is still the name */
  size_t lim = cb >= fs + 6 && at(ps->text, cb - 6, cb, "一行") ? 150 : 90;
  int    cut = 0; /* the label is the person and the clause from the verb */
  if (one_clause && cb - fs <= lim)
    st = ng_buf_append(&b, ps->text + fs, cb - fs);
  else if (one_clause && nw == 1 && cb - v->s <= lim) {
    cut = 1;
    /* 甲今日(十一月二十日)上午在政府总部会见乙率领的代表团: the person and
       the clause from the verb, without the time and place between */
    st = ng_buf_append(
      &b, ps->text + fs, ps->items.v[first].e - ps->items.v[first].s);
    if (!st)
      st = ng_buf_append(&b, ps->text + v->s, cb - v->s);
  } else if (one_clause && v->e - fs <= 90)
    st = ng_buf_append(&b, ps->text + fs, v->e - fs);
  else {
    st = ng_buf_puts(&b, who[nw - 1]->label);
    if (!st && nw > 1)
      st = ng_buf_puts(&b, "与");
    for (size_t q = nw - 1; !st && q-- > 0;)
      st = ng_buf_puts(&b, who[q]->label);
    if (!st)
      st = ng_buf_append(&b, v->w->w, v->w->n);
  }
  size_t idx;
  if (!st)
    st = ev_new(&ps->evs, ng_buf_str(&b), b.len, T_MEETING, v->sent, &idx);
  ng_buf_free(&b);
  if (st)
    goto done;
  Ev *x         = &ps->evs.v[idx];
  x->date       = d;
  x->date_local = local;
  x->meet       = 1;
  if (one_clause && cb - fs <= lim)
    ev_span(x, fs, cb, 0);
  else if (cut) {
    /* the written name, from the same two pieces of text */
    x->span[0][0] = fs;
    x->span[0][1] = ps->items.v[first].e;
    x->span[1][0] = v->s;
    x->span[1][1] = cb;
    x->nspan      = 2;
  } else if (one_clause && v->e - fs <= 90)
    ev_span(x, fs, v->e, 0);
  x->title = ps->title;
  anchor(ps, (long)idx, j);
  if (!ps->title)
    ps->cur = (long)idx; /* 王强表示… after the meeting */
  for (size_t q = nw; q-- > 0;)
    NG_TRY(st, part_add(x, who[q], how[q]));
  /* 甲与乙局、丙局负责同志座谈: the bodies whose officers, named by none,
     are met take part */
  for (size_t q = first + 1; q < j; q++) {
    const Item *y = &ps->items.v[q];
    if (!is_mention(y, NG_MENTION_ORG) || org_in_title(ps, q) || y->s < 3 ||
        !at(ps->text, y->s - 3, y->s, "与"))
      continue;
    size_t l = org_list_last(ps, q), oe = ps->items.v[l].e;
    size_t f = act_fill(ps->text, oe, v->s);
    if (at(ps->text, f, v->s, "进行了"))
      f += 9;
    else if (at(ps->text, f, v->s, "进行"))
      f += 6;
    if (l < j && f == v->s &&
        span_has(ps->text, oe, v->s, (const char *const[]){ "负责", NULL }))
      for (size_t r = q; r <= l; r++)
        if (is_mention(&ps->items.v[r], NG_MENTION_ORG) && !org_in_title(ps, r))
          NG_TRY(st, part_add(x, ps->items.v[r].m, R_ATTEND));
    break;
  }
  NG_TRY(st, meet_guests(ps, j, x));
  /* 在长沙会见: where */
  for (size_t q = first; q < j && !x->place; q++) {
    const Item *y = &ps->items.v[q];
    if (is_mention(y, NG_MENTION_PLACE) && y->s >= 3 &&
        at(ps->text, y->s - 3, y->s, "在"))
      x->place = y->m;
  }
done:
  return st;
}

/* 1 when mentions A and B name one entity. */
static int
same_entity(const NgMention *a, const NgMention *b)
{
  return a == b || (a->iri && b->iri && !strcmp(a->iri, b->iri));
}

/* 1 when M takes part in event E. */
static int
has_part(const Ev *e, const NgMention *m)
{
  for (size_t k = 0; k < e->n_parts; k++)
    if (same_entity(e->parts[k].m, m))
      return 1;
  return 0;
}

/* The event a role verb at item J belongs to: the event named next in its
   clause (主持召开X会议), else the one named last before it in the sentence,
   else the current one. *AI is its anchor index in the sentence, or -1. */
static long
target(const Pass *ps, size_t j, int forward, long *ai)
{
  size_t ce = clause_end(ps, j);
  *ai       = -1;
  if (forward)
    for (size_t i = 0; i < ps->n_anchor; i++)
      if (ps->anchor_pos[i] > j && ps->anchor_pos[i] < ce) {
        *ai = (long)i;
        return ps->anchor_ev[i];
      }
  /* 有关负责同志参加调研, 陪同考察: the visit reported last, though a
     meeting held on it came later (参加调研和座谈 names both: left to the
     anchors) */
  if (j + 1 < ps->i1 && is_kind(&ps->items.v[j + 1], W_INSPECT) &&
      ps->items.v[j + 1].s == ps->items.v[j].e &&
      (is_kind(&ps->items.v[j], W_ATTEND) ||
       is_kind(&ps->items.v[j], W_ACCOMPANY))) {
    size_t cb    = ce < ps->i1 ? ps->items.v[ce].s
                               : ps->a->sentences[ps->items.v[j].sent].end;
    size_t after = ps->items.v[j + 1].e;
    long   li    = last_inspection(ps);
    if (li >= 0 && !at(ps->text, after, cb, "和") &&
        !at(ps->text, after, cb, "及"))
      return li;
  }
  for (size_t i = ps->n_anchor; i-- > 0;)
    if (ps->anchor_pos[i] < j) {
      *ai = (long)i;
      return ps->anchor_ev[i];
    }
  if (!forward)
    for (size_t i = 0; i < ps->n_anchor; i++)
      if (ps->anchor_pos[i] > j && ps->anchor_pos[i] < ce) {
        *ai = (long)i;
        return ps->anchor_ev[i];
      }
  /* …参加,共同参观了…: the event named later in the sentence */
  if (forward)
    for (size_t i = 0; i < ps->n_anchor; i++)
      if (ps->anchor_pos[i] > j && !ps->evs.v[ps->anchor_ev[i]].ref) {
        *ai = (long)i;
        return ps->anchor_ev[i];
      }
  return ps->cur;
}

/* Gives the persons SUBJ and organizations ORGS role ROLE in event T and in
   the events named together with it (…会议和…会议). */
static NgStatus
give(Pass                   *ps,
     long                    t,
     long                    ai,
     const NgMention *const *subj,
     size_t                  ns,
     const NgMention *const *orgs,
     size_t                  no,
     unsigned                role)
{
  NgStatus st = NG_OK;
  for (;;) {
    Ev *e = &ps->evs.v[t];
    for (size_t i = 0; i < ns; i++)
      NG_TRY(st, part_add(e, subj[i], role));
    for (size_t i = 0; i < no; i++)
      NG_TRY(st, part_add(e, orgs[i], role & (R_ATTEND | R_SPEAK)));
    if (ai < 0 || (size_t)ai + 1 >= ps->n_anchor || !ps->anchor_coord[ai + 1])
      break;
    ai++;
    t = ps->anchor_ev[ai];
  }
done:
  return st;
}

/* The persons that open the clause before the clause of item J when
   that clause is only their posts and names and a topic after a coverb
   (市委常委、市纪委书记X结合近期查处的典型案例,通报了…): they are the
   subject of the verb at J. Into OUT (at most MAX); how many. */
static size_t
coverb_subjects(const Pass *ps, size_t j, const NgMention **out, size_t max)
{
  static const char *const coverbs[] = { "结合", "围绕", "针对",
                                         "紧扣", "联系", NULL };
  size_t                   cs        = clause_start(ps, j);
  if (cs <= ps->i0 || ps->items.v[cs - 1].it != IT_CLAUSE)
    return 0;
  size_t pcs = clause_start(ps, cs - 1), n = 0, q;
  for (q = pcs; q + 1 < cs; q++) {
    const Item *y = &ps->items.v[q];
    if (y->it == IT_LIST || is_mention(y, NG_MENTION_POST) ||
        (is_mention(y, NG_MENTION_ORG) && org_in_title(ps, q)))
      continue;
    if (!is_mention(y, NG_MENTION_PERSON))
      break;
    if (n < max)
      out[n++] = y->m;
  }
  if (!n || !is_mention(&ps->items.v[q - 1], NG_MENTION_PERSON))
    return 0;
  /* the topic after the last name: a coverb, and no verb of its own */
  size_t se  = ps->a->sentences[ps->items.v[j].sent].end;
  int    cov = 0;
  for (const char *const *w = coverbs; *w && !cov; w++)
    cov = at(ps->text, ps->items.v[q - 1].e, se, *w);
  if (!cov)
    return 0;
  for (size_t k = q; k + 1 < cs; k++)
    if (ps->items.v[k].it == IT_WORD)
      return 0;
  return n;
}

/* 1 when the clause of item J begins with a word that joins it to the
   verb before (并, 或, 随后): the subject is the same. */
static int
joined(const Pass *ps, size_t j, size_t bound)
{
  static const char *const ands[] = { "并", "或", NULL };
  size_t                   bb     = bound > ps->i0 ? ps->items.v[bound - 1].e
                                                   : ps->a->sentences[ps->items.v[j].sent].start;
  if (bb < ps->items.v[j].s && span_has(ps->text, bb, ps->items.v[j].s, ands))
    return 1;
  static const char *const joins[] = { "并",   "或", "随后", "后",
                                       "同时", "还", "也",   NULL };
  size_t                   cb      = clause_byte(ps, j);
  while (cb < ps->items.v[j].s && (ps->text[cb] == ' ' || ps->text[cb] == '\n'))
    cb++;
  for (const char *const *w = joins; *w; w++)
    if (at(ps->text, cb, ps->items.v[j].s, *w))
      return 1;
  return 0;
}

/* 1 when item J is a speech verb of direction (强调, 指出, 要求) that
   opens its clause, spaces and line breaks aside. */
static int
directive_opens_clause(const Pass *ps, size_t j)
{
  static const char *const says[] = { "强调", "指出", "要求", NULL };
  const Item              *v      = &ps->items.v[j];
  int                      say    = 0;
  if (v->it != IT_WORD)
    return 0;
  for (const char *const *w = says; *w && !say; w++)
    say = !strcmp(v->w->w, *w);
  if (!say)
    return 0;
  size_t cb = clause_byte(ps, j);
  while (cb < v->s && (ps->text[cb] == ' ' || ps->text[cb] == '\n'))
    cb++;
  return cb == v->s;
}

/* 甲主持召开省长办公会,检视…问题,强调要…: a speech verb (强调, 指出,
   要求) that opens a clause of the sentence in which the subject of the
   verb before (up to item BOUND) named a meeting that ends its clause,
   with only clauses of no name between, has that subject still. */
static int
carried(const Pass *ps, size_t j, size_t bound)
{
  if (!directive_opens_clause(ps, j) || bound <= ps->i0 || bound >= j ||
      !is_kind(&ps->items.v[bound - 1], W_NOUN) ||
      ps->items.v[bound].it != IT_CLAUSE ||
      ps->items.v[bound].s != ps->items.v[bound - 1].e)
    return 0;
  for (size_t k = bound; k < j; k++)
    if (ps->items.v[k].it == IT_MENTION || ps->items.v[k].it == IT_WORD)
      return 0;
  return 1;
}

/* 甲到乙村实地检查…情况,要求…: a speech verb (强调, 指出, 要求) that
   opens a later clause of the sentence of a visit named by its verb (item
   BOUND - 1), with no person, body or other verb between, is said by who
   leads the visit. */
static int
said_on_visit(const Pass *ps, size_t j, size_t bound)
{
  if (!directive_opens_clause(ps, j) || bound <= ps->i0 || bound >= j ||
      !is_kind(&ps->items.v[bound - 1], W_INSPECT) ||
      ps->items.v[bound - 1].sent != ps->items.v[j].sent)
    return 0;
  for (size_t k = bound; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if ((x->it == IT_MENTION && x->m->kind != NG_MENTION_PLACE) ||
        (x->it == IT_WORD && x->w->kind != W_INSPECT))
      return 0;
  }
  return clause_start(ps, j) > bound;
}

/* 1 when a name at byte S, after 听取 at byte FROM, is who reports: not
   inside a 《title》 and not the topic after 关于 (听取X关于甘洪路…的汇报). */
static int
reporter(const Pass *ps, size_t from, size_t s)
{
  int    quoted = 0;
  size_t mark   = 0; /* 1: 关于 came last, 0: a list word or nothing */
  for (size_t i = from; i < s; i++) {
    if (at(ps->text, i, s, "《"))
      quoted++;
    else if (at(ps->text, i, s, "》") && quoted > 0)
      quoted--;
    else if (at(ps->text, i, s, "关于"))
      mark = 1;
    else if (at(ps->text, i, s, "和") || at(ps->text, i, s, "、") ||
             at(ps->text, i, s, "及"))
      mark = 0;
  }
  return !quoted && !mark;
}

/* 1 when org item Q is who signs at verb item J (签署, 签订): it opens
   the clause, alone or joined by 和/与/同 to another body (福田区政府和
   某公司签署…协议), not a party named in a speech. */
static int
signer(const Pass *ps, size_t q, size_t j)
{
  const Item *v = &ps->items.v[j];
  if (strcmp(v->w->w, "签署") && strcmp(v->w->w, "签订") &&
      strcmp(v->w->w, "签约"))
    return 0;
  size_t cs = clause_start(ps, j);
  for (size_t k = cs; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD)
      return 0;
  }
  const Item *x  = &ps->items.v[q];
  size_t      cb = clause_byte(ps, j);
  /* the first name of the clause, or one after 和/与/同/、, or the body a
     signer acts for (副区长王某代表区政府与企业签约) */
  if (x->s - cb <= 12)
    return 1;
  if (x->s >= 6 && at(ps->text, x->s - 6, x->s, "代表") &&
      (at(ps->text, x->e, v->s, "与") || at(ps->text, x->e, v->s, "同") ||
       x->e == v->s))
    return 1;
  return x->s >= 3 && (at(ps->text, x->s - 3, x->s, "和") ||
                       at(ps->text, x->s - 3, x->s, "与") ||
                       at(ps->text, x->s - 3, x->s, "同") ||
                       at(ps->text, x->s - 3, x->s, "、"));
}

/* 1 when org item Q, after 与, 同 or 和, is the other side of the
   signing at verb item J (…等企业的代表与开发区管委会现场签约): it signs
   too, not an object; so does a body after 代表 (副区长王某代表区政府与
   企业签约). */
static int
cosigner(const Pass *ps, size_t q, size_t j)
{
  const Item *x = &ps->items.v[q];
  return ps->items.v[j].w->naming && x->s >= 3 &&
         (at(ps->text, x->s - 3, x->s, "与") ||
          at(ps->text, x->s - 3, x->s, "同") ||
          at(ps->text, x->s - 3, x->s, "和") ||
          (x->s >= 6 && at(ps->text, x->s - 6, x->s, "代表") &&
           (at(ps->text, x->e, ps->items.v[j].s, "与") ||
            at(ps->text, x->e, ps->items.v[j].s, "同") ||
            x->e == ps->items.v[j].s))) &&
         signer(ps, q, j);
}

/* 见证 at item J: the bodies named after it up to 签署/签订/签约 (共同
   见证甲厅与乙局合作备忘录、丙大学与丁大学合作协议等协议签署) are the
   parties of the signing, reported as its ceremony (…签约仪式, 签署
   仪式) in the article; nothing when there is none. */
static NgStatus
witnessed(Pass *ps, size_t j)
{
  const char *t  = ps->text;
  size_t      se = ps->a->sentences[ps->items.v[j].sent].end, sign = SIZE_MAX;
  if (se > ps->items.v[j].e + 600)
    se = ps->items.v[j].e + 600; /* a list of signings is not longer */
  for (size_t b = ps->items.v[j].e; b + 6 <= se && sign == SIZE_MAX; b++)
    if (at(t, b, se, "签署") || at(t, b, se, "签订") || at(t, b, se, "签约"))
      sign = b;
  if (sign == SIZE_MAX)
    return NG_OK;
  long cer = -1;
  for (size_t i = ps->evs.n; i-- > 0 && cer < 0;) {
    const Ev *e = &ps->evs.v[i];
    if (!e->ref && e->type == T_CEREMONY && strstr(e->label, "签"))
      cer = (long)i;
  }
  if (cer < 0)
    return NG_OK;
  NgStatus st = NG_OK;
  for (size_t q = j + 1; q < ps->i1 && ps->items.v[q].s < sign; q++) {
    const Item *y = &ps->items.v[q];
    if (is_mention(y, NG_MENTION_ORG) && !org_in_title(ps, q))
      NG_TRY(st, part_add(&ps->evs.v[cer], y->m, R_ATTEND));
  }
  /* X会见Y一行,并共同见证…签署: host and guests of the meeting just
     named witness the signing together */
  if (span_has(t,
               clause_byte(ps, j),
               ps->items.v[j].s,
               (const char *const[]){ "共同", NULL }))
    for (size_t i = ps->n_anchor; i-- > 0;)
      if (ps->anchor_pos[i] < j) {
        const Ev *mt = &ps->evs.v[ps->anchor_ev[i]];
        for (size_t k = 0;
             mt->meet && (long)ps->anchor_ev[i] != cer && k < mt->n_parts;
             k++)
          if (mt->parts[k].m->kind == NG_MENTION_PERSON)
            NG_TRY(st, part_add(&ps->evs.v[cer], mt->parts[k].m, R_ATTEND));
        break;
      }
done:
  return st;
}

static int org_each(const Pass *ps, size_t q);

/* Whether the words T[B, CB) after 作 end in one of ENDS, with DE after
   的 (…的报告, …的说明), past line breaks and spaces and, with STOP, a
   full stop. */
static int
clause_ends_in(const char        *t,
               size_t             b,
               size_t             cb,
               int                stop,
               int                de,
               const char *const *ends)
{
  while (cb > b && (t[cb - 1] == '\n' || t[cb - 1] == ' '))
    cb--;
  if (stop && cb >= b + 3 && at(t, cb - 3, cb, "。"))
    cb -= 3;
  for (const char *const *w = ends; *w; w++) {
    size_t n = strlen(*w);
    if (cb >= b + n + 3 && at(t, cb - n, cb, *w) &&
        (!de || at(t, cb - n - 3, cb - n, "的")))
      return 1;
  }
  return 0;
}

/* 会上,市委组织部负责同志作有关人事事项的说明: a body whose officer
   gives an explanation or report (作/做 … 的说明, 报告, 汇报) to the
   meeting being reported speaks at it. */
static int to_session(const Pass *ps, size_t k);

/* 1 when word item K is 报告 as a noun: it is a verb right after who
   reports (处长甲某报告,) or after 分别, 先后 (由甲局、乙处分别报告…);
   elsewhere a noun (作…的报告, 工作报告). */
static int
report_noun(const Pass *ps, size_t k)
{
  const Item *v = &ps->items.v[k];
  return is_kind(v, W_SPEAK) && !strcmp(v->w->w, "报告") &&
         !(k > ps->i0 && is_mention(&ps->items.v[k - 1], NG_MENTION_PERSON) &&
           ps->items.v[k - 1].e == v->s) &&
         !several(ps, k) && !to_session(ps, k);
}

/* 1 when word item K is 报告 right after 向大会 (受常务委员会委托,向大会
   报告工作): the report made to the session, whoever the clause before
   names. */
static int
to_session(const Pass *ps, size_t k)
{
  const Item *v = &ps->items.v[k], *n = k > ps->i0 ? &ps->items.v[k - 1] : NULL;
  return is_kind(v, W_SPEAK) && !strcmp(v->w->w, "报告") && n &&
         is_kind(n, W_NOUN) && n->e == v->s && n->s >= 3 &&
         at(ps->text, n->s - 3, n->s, "向") &&
         is_generic(ps->text + n->s, n->e - n->s);
}

static NgStatus
explained(Pass *ps)
{
  static const char *const officer[] = { "负责同志",   "相关负责人",
                                         "有关负责人", "主要负责人",
                                         "负责人",     NULL };
  static const char *const ends[]    = { "说明", "报告", "汇报", NULL };
  const char              *t         = ps->text;
  NgStatus                 st        = NG_OK;
  if (ps->cur < 0 || ps->evs.v[ps->cur].ref)
    return NG_OK;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *x = &ps->items.v[q];
    if (!is_mention(x, NG_MENTION_ORG))
      continue;
    size_t             se = ps->a->sentences[x->sent].end, b = x->e;
    const char *const *o;
    for (o = officer; *o && !at(t, b, se, *o); o++)
      ;
    if (!*o || !org_leads_clause(ps, q) || org_each(ps, q))
      continue;
    b += strlen(*o);
    if (!(at(t, b, se, "作") || at(t, b, se, "做")) || at(t, b, se, "作出") ||
        at(t, b, se, "做出") || at(t, b, se, "做好"))
      continue;
    /* the clause ends in 的说明, 的报告 */
    size_t ce = clause_end(ps, q);
    size_t cb = ce < ps->i1 ? ps->items.v[ce].s : se;
    if (clause_ends_in(t, b, cb, cb >= se, 1, ends))
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], x->m, R_ATTEND | R_SPEAK));
  }
done:
  return st;
}

/* 县政协副主席X作关于…提案工作情况的报告: a person who makes a report, an
   explanation or a speech whose long title the lexicon cannot hold (作 …
   的报告, 作…的说明) speaks at the event the sentence names before him,
   else at the event being reported. */
static NgStatus
reported(Pass *ps)
{
  static const char *const ends[] = { "报告", "说明", "讲话", NULL };
  /* …提案工作情况报告, …以来的工作报告: a report named by what it
     reports on needs no 的, nor one named by its kind (作关于…的专题调研
     报告; the budget's and the final accounts' reports a government
     makes to the congress' standing committee, 受市人民政府委托作决算
     报告), nor a keynote after its title (作《…》主旨演讲) */
  static const char *const bare[] = { "情况报告", "工作报告", "调研报告",
                                      "专题报告", "决算报告", "预算报告",
                                      "主旨演讲", "主题演讲", "专题演讲",
                                      NULL };
  const char              *t      = ps->text;
  NgStatus                 st = NG_OK;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *x = &ps->items.v[q];
    if (!is_mention(x, NG_MENTION_PERSON))
      continue;
    size_t se = ps->a->sentences[x->sent].end, b = x->e, from = q;
    /* 副市长甲受市人民政府委托,作了关于…的报告: across who entrusts him */
    if (at(t, b, se, "受"))
      for (size_t c = b + 3; c + 6 <= se && c < b + 60; c++) {
        if (at(t, c, se, "。") || at(t, c, se, "；") || at(t, c, se, ";"))
          break;
        if (at(t, c, se, "委托")) {
          b = c + 6;
          if (at(t, b, se, ",") || at(t, b, se, "，"))
            b += at(t, b, se, ",") ? 1 : 3;
          while (from + 1 < ps->i1 && ps->items.v[from + 1].s < b)
            from++;
          break;
        }
      }
    /* 甲代表中共某镇第十三届委员会向大会作题为《…》的报告: across the
       body he reports for, up to 向大会 (向全会, 向会议) */
    if (at(t, b, se, "代表"))
      for (size_t c = b + 6; c + 9 <= se && c < b + 150; c++) {
        if (at(t, c, se, "。") || at(t, c, se, "，") || at(t, c, se, ",") ||
            at(t, c, se, "；") || at(t, c, se, ";"))
          break;
        if (at(t, c, se, "向大会") || at(t, c, se, "向全会") ||
            at(t, c, se, "向会议")) {
          b = c + 9;
          while (from + 1 < ps->i1 && ps->items.v[from + 1].s < b)
            from++;
          break;
        }
      }
    if (!(at(t, b, se, "作") || at(t, b, se, "做")) || at(t, b, se, "作出") ||
        at(t, b, se, "做出") || at(t, b, se, "做好") || at(t, b, se, "作为"))
      continue;
    /* the clause ends in 的报告, 的说明 or 的讲话, with no verb between */
    size_t ce =
      from + 1 < ps->i1 ? clause_end(ps, from + 1) : clause_end(ps, q);
    size_t cb   = ce < ps->i1 ? ps->items.v[ce].s : se;
    int    verb = 0;
    /* 作题为《应势而谋,乘势而上》的报告: the title's commas end no clause,
       nor are its words verbs of the sentence */
    size_t ts = SIZE_MAX, te = 0;
    for (size_t c = b; c + 3 <= cb && ts == SIZE_MAX; c++)
      if (at(t, c, cb, "《"))
        ts = c;
    if (ts != SIZE_MAX) {
      for (size_t c = ts; c + 3 <= se && !te; c++)
        if (at(t, c, se, "》"))
          te = c + 3;
      if (te > cb) {
        cb = te;
        while (cb < se && !at(t, cb, se, ",") && !at(t, cb, se, "，") &&
               !at(t, cb, se, "。") && !at(t, cb, se, "；"))
          cb++;
        while (ce < ps->i1 && ps->items.v[ce].s < cb)
          ce++;
      }
    }
    for (size_t k = from + 1; k < ce; k++)
      if (ps->items.v[k].it == IT_WORD && ps->items.v[k].w->kind != W_NOUN &&
          !report_noun(ps, k) &&
          !(ps->items.v[k].s >= ts && ps->items.v[k].s < te))
        verb = 1;
    if (verb || !(clause_ends_in(t, b, cb, 1, 1, ends) ||
                  clause_ends_in(t, b, cb, 1, 0, bare)))
      continue;
    long ev = ps->cur;
    for (size_t i = 0; i < ps->n_anchor; i++)
      if (ps->anchor_pos[i] < q)
        ev = ps->anchor_ev[i];
    if (ev >= 0 && !ps->evs.v[ev].ref)
      NG_TRY(st, part_add(&ps->evs.v[ev], x->m, R_ATTEND | R_SPEAK));
  }
done:
  return st;
}

/* 县水利局、县自然资源局分别作了起草说明: bodies that open a clause and
   make (作/做), themselves or by their officer (县审计局负责同志作了补充
   说明), an explanation, a report or a speech the lexicon holds no
   word for (the clause ends in 说明, 报告, 汇报 or 发言, no verb between)
   speak at the event the sentence names before them, else at the one
   being reported. 市委组织部作出部署 gives nothing. */
static NgStatus
bodies_made(Pass *ps)
{
  static const char *const ends[] = { "说明", "报告", "汇报", "发言", NULL };
  static const char *const advs[] = { "分别", "先后", "依次", "相继", "也",
                                      "还",   "均",   "都",   NULL };
  static const char *const officers[] = {
    "主要负责同志", "有关负责同志", "相关负责同志", "负责同志", "主要负责人",
    "有关负责人",   "相关负责人",   "负责人",       NULL
  };
  const char *t  = ps->text;
  NgStatus    st = NG_OK;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *x = &ps->items.v[q];
    if (!is_mention(x, NG_MENTION_ORG) || !org_leads_clause(ps, q) ||
        org_in_title(ps, q) || org_each(ps, q) || org_members(ps, q) ||
        org_object(ps, q))
      continue;
    /* the last body of the list: what follows is the verb */
    size_t l  = org_list_last(ps, q);
    size_t se = ps->a->sentences[x->sent].end, b = ps->items.v[l].e;
    /* 县审计局负责同志作了补充说明: the body's officer */
    for (const char *const *w = officers; *w; w++)
      if (at(t, b, se, *w)) {
        b += strlen(*w);
        break;
      }
    for (const char *const *w = advs; *w; w++)
      if (at(t, b, se, *w)) {
        b += strlen(*w);
        break;
      }
    if (!(at(t, b, se, "作") || at(t, b, se, "做")) || at(t, b, se, "作出") ||
        at(t, b, se, "做出") || at(t, b, se, "做好") || at(t, b, se, "作为"))
      continue;
    b += 3;
    size_t ce = clause_end(ps, l), cb = ce < ps->i1 ? ps->items.v[ce].s : se;
    int    verb = 0;
    for (size_t k = l + 1; k < ce; k++)
      if (ps->items.v[k].it == IT_WORD && ps->items.v[k].w->kind != W_NOUN &&
          !report_noun(ps, k))
        verb = 1; /* a word of the lexicon: roles() reads it */
    while (cb > b && (t[cb - 1] == '\n' || t[cb - 1] == ' '))
      cb--;
    if (cb >= b + 3 && at(t, cb - 3, cb, "。"))
      cb -= 3;
    int ok = 0;
    for (const char *const *w = ends; *w && !ok; w++)
      ok = cb >= b + 6 && at(t, cb - 6, cb, *w);
    if (verb || !ok || cb - b > 90)
      continue;
    long ev = ps->cur;
    for (size_t i = 0; i < ps->n_anchor; i++)
      if (ps->anchor_pos[i] < q)
        ev = ps->anchor_ev[i];
    if (ev < 0 || ps->evs.v[ev].ref)
      continue;
    for (size_t r = q; r <= l; r += 2)
      NG_TRY(st,
             part_add(&ps->evs.v[ev], ps->items.v[r].m, R_ATTEND | R_SPEAK));
    q = l;
  }
done:
  return st;
}

/* 县教育局业务报告指出…; 会议通过了由人事处提交的十项提案: a body whose
   report the text cites as speaking (…报告指出, 表示, 提到) or that puts
   its proposals to the meeting (由X提交/提请的…) takes part in the event
   being reported, speaking in the first case. */
static NgStatus
bodies_report(Pass *ps)
{
  static const char *const says[] = { "指出", "表示", "提到", "显示", NULL };
  static const char *const puts[] = { "提交的", "提请的", "提出的", NULL };
  const char              *t      = ps->text;
  NgStatus                 st     = NG_OK;
  /* the meeting being reported, not one it cites (上次会议) */
  long ev = ps->cur;
  while (ev >= 0 && ps->evs.v[ev].ref)
    ev--;
  if (ev < 0 || ps->evs.v[ev].type != T_MEETING)
    return NG_OK;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *x = &ps->items.v[q];
    if (!is_mention(x, NG_MENTION_ORG) || org_in_title(ps, q) ||
        org_each(ps, q))
      continue;
    size_t   se = ps->a->sentences[x->sent].end, b = x->e;
    unsigned roles = 0;
    if (org_leads_clause(ps, q) && !org_object(ps, q)) {
      if (at(t, b, se, "业务") || at(t, b, se, "工作"))
        b += 6;
      if (at(t, b, se, "报告"))
        for (const char *const *w = says; *w && !roles; w++)
          if (at(t, b + 6, se, *w))
            roles = R_ATTEND | R_SPEAK;
    }
    if (!roles && x->s >= 3 && at(t, x->s - 3, x->s, "由"))
      for (const char *const *w = puts; *w && !roles; w++)
        if (at(t, b, se, *w))
          roles = R_ATTEND;
    if (roles)
      NG_TRY(st, part_add(&ps->evs.v[ev], x->m, roles));
  }
done:
  return st;
}

/* 甲巡视组向乙市委反馈巡视情况 (反馈了…意见): the team that gives its
   findings holds the feedback meeting the article names (…反馈会议,
   反馈会), the body that receives them takes part in it. Read once the
   article's events are all named: the meeting is often named after the
   sentence (…出席会议。乙市委书记X主持反馈会议). A sentence that reports
   the feedback itself (10月9日,甲巡察组向乙镇党委反馈巡察情况。) names the
   meeting its paragraph then calls 会议 (出席会议, 主持会议). */
static NgStatus
feedback(Pass *ps)
{
  const char *t  = ps->text;
  long        ev = -1;
  for (size_t i = 0; i < ps->evs.n && ev < 0; i++)
    if (!ps->evs.v[i].ref && ps->evs.v[i].type == T_MEETING &&
        strstr(ps->evs.v[i].label, "反馈"))
      ev = (long)i;
  NgStatus st = NG_OK;
  for (size_t q = 1; q < ps->items.n; q++) {
    const Item *a = &ps->items.v[q - 1], *b = &ps->items.v[q];
    if (!is_mention(a, NG_MENTION_ORG) || !is_mention(b, NG_MENTION_ORG) ||
        a->e + 3 != b->s || !at(t, a->e, b->s, "向"))
      continue;
    size_t se = ps->a->sentences[b->sent].end;
    if (!at(t, b->e, se, "反馈"))
      continue;
    /* not a title (甲组组长X向乙市委书记Y反馈) */
    size_t save0 = ps->i0, save1 = ps->i1;
    size_t k0 = q - 1, k1 = q;
    while (k0 > 0 && ps->items.v[k0 - 1].sent == a->sent)
      k0--;
    while (k1 < ps->items.n && ps->items.v[k1].sent == a->sent)
      k1++;
    ps->i0    = k0;
    ps->i1    = k1;
    int title = org_in_title(ps, q - 1) || org_in_title(ps, q) ||
                !org_leads_clause(ps, q - 1);
    size_t ce = clause_end(ps, q);
    size_t cb = ce < k1 ? ps->items.v[ce].s : se;
    ps->i0    = save0;
    ps->i1    = save1;
    if (title)
      continue;
    /* the bare meeting of its paragraph, from its sentence on (甲组向乙镇
       党委反馈巡察情况。丙出席反馈会并讲话): each feedback of an article
       that reports several is a meeting of its own */
    long own = -1;
    for (size_t i = 0; i < ps->evs.n && own < 0; i++) {
      Ev    *e  = &ps->evs.v[i];
      size_t es = e->sentence, bs = b->sent;
      if (e->ref || e->title || e->type != T_MEETING || es < bs ||
          !is_generic(e->label, strlen(e->label)) ||
          memchr(t + ps->a->sentences[bs].end,
                 '\n',
                 ps->a->sentences[es].start - ps->a->sentences[bs].end))
        continue;
      char *lab = ng_strndup(t + a->s, cb - a->s);
      if (!lab)
        return NG_ERR_NOMEM;
      ng_free(e->label);
      e->label = lab;
      e->bare  = (size_t)-1;
      ev_span(e, a->s, cb, 0);
      own = (long)i;
    }
    if (own >= 0)
      ev = own;
    if (ev < 0)
      continue;
    NG_TRY(st, part_add(&ps->evs.v[ev], a->m, R_ORGANIZER));
    NG_TRY(st, part_add(&ps->evs.v[ev], b->m, R_ATTEND));
    /* …反馈巡察情况。甲组组长X通报了…。Y主持会议: who speaks between the
       sentence of the feedback and the meeting its paragraph names after
       it speaks at that meeting (no meeting was under way to take him) */
    for (size_t r = q + 1; r < ps->items.n; r++) {
      const Item *y = &ps->items.v[r], *x = &ps->items.v[r - 1];
      /* (丙出席反馈会并讲话,组长X反馈巡察发现的问题: the meeting's own
         sentence gives the findings too) */
      if (y->sent == ps->evs.v[ev].sentence && y->sent > b->sent &&
          is_mention(y, NG_MENTION_PERSON) &&
          at(t, y->e, ps->a->sentences[y->sent].end, "反馈"))
        NG_TRY(st, part_add(&ps->evs.v[ev], y->m, R_SPEAK | R_ATTEND));
      if (y->sent > ps->evs.v[ev].sentence)
        break;
      if (y->sent == ps->evs.v[ev].sentence)
        continue;
      /* (组长X反馈巡视情况, 副组长Y出席: who gives the findings, who
         attends) */
      if (y->sent > b->sent && is_mention(y, NG_MENTION_PERSON)) {
        size_t ye = ps->a->sentences[y->sent].end;
        if (at(t, y->e, ye, "反馈"))
          NG_TRY(st, part_add(&ps->evs.v[ev], y->m, R_SPEAK | R_ATTEND));
        else if (r + 1 < ps->items.n &&
                 is_kind(&ps->items.v[r + 1], W_ATTEND) &&
                 ps->items.v[r + 1].s == y->e)
          NG_TRY(st, part_add(&ps->evs.v[ev], y->m, R_ATTEND));
      }
      if (!(y->sent > b->sent && is_kind(y, W_SPEAK)))
        continue;
      if (is_mention(x, NG_MENTION_PERSON) && x->e == y->s)
        NG_TRY(st, part_add(&ps->evs.v[ev], x->m, R_SPEAK | R_ATTEND));
      else {
        /* 乙就做好整改工作提出要求: a topic after 就 or 对 between, in
           the same clause */
        static const char *const on[] = { "就", "对", "围绕", "针对", NULL };
        for (size_t k = r - 1; k > q && ps->items.v[k].sent == y->sent &&
                               y->s - ps->items.v[k].e <= 90;
             k--) {
          const Item *z = &ps->items.v[k];
          if (z->it == IT_CLAUSE)
            break;
          if (!is_mention(z, NG_MENTION_PERSON))
            continue;
          int by = 0;
          for (const char *const *w = on; *w && !by; w++)
            by = at(t, z->e, y->s, *w);
          if (by)
            NG_TRY(st, part_add(&ps->evs.v[ev], z->m, R_SPEAK | R_ATTEND));
          break;
        }
      }
    }
  }
done:
  return st;
}

/* 1 when item Q is a division no body named around it holds (代表甲市
   作汇报: the area speaks as its body). */
static int
behalf_area(const Pass *ps, size_t q)
{
  const Item *x = &ps->items.v[q];
  if (!is_mention(x, NG_MENTION_PLACE) || !is_division(ps->ev, x->m->label))
    return 0;
  for (size_t k = reach(ps, q); k < ps->i1 && k < q + 8; k++) {
    const Item *y = &ps->items.v[k];
    if (k != q && is_mention(y, NG_MENTION_ORG) && y->s < x->e && y->e > x->s)
      return 0;
  }
  return 1;
}

/* X代表市人民政府向大会作政府工作报告: the body a person reports for,
   to the meeting (向大会, 向会议, 向全会 followed by 作/做/报告), or in a
   clause that ends in the report (代表县政协常委会作工作报告), takes part
   in it and speaks there; so do the bodies listed with it (代表市委、
   市政府向大会…). 代表市委向大家表示感谢 gives nothing: no report. */
static NgStatus
on_behalf(Pass *ps)
{
  const char *t  = ps->text;
  NgStatus    st = NG_OK;
  for (size_t q = ps->i0; q + 1 < ps->i1; q++) {
    const Item *x = &ps->items.v[q];
    if (!is_mention(x, NG_MENTION_ORG) && !behalf_area(ps, q))
      continue;
    size_t se = ps->a->sentences[x->sent].end;
    /* 代表县政协常委会作工作报告: no 向大会, the report ends the clause;
       so does a report or speech for bodies or an area (代表区委、区政府
       作汇报, 代表甲市作交流发言), or 汇报 right after them (代表市政府
       汇报了…) */
    size_t nq = SIZE_MAX;
    if (at(t, x->e, se, "汇报")) {
    } else if ((at(t, x->e, se, "作") || at(t, x->e, se, "做")) &&
               !at(t, x->e, se, "作出") && !at(t, x->e, se, "做出") &&
               !at(t, x->e, se, "作为") && !at(t, x->e, se, "做好")) {
      size_t ce = clause_end(ps, q);
      size_t cb = ce < ps->i1 ? ps->items.v[ce].s : se;
      while (cb > x->e && (t[cb - 1] == '\n' || t[cb - 1] == ' '))
        cb--;
      if (cb >= x->e + 3 && at(t, cb - 3, cb, "。"))
        cb -= 3;
      if (!(cb >= x->e + 9 && cb - x->e <= 120 &&
            (at(t, cb - 6, cb, "报告") || at(t, cb - 6, cb, "汇报") ||
             at(t, cb - 6, cb, "发言"))))
        continue;
    } else {
      if (!at(t, x->e, se, "向"))
        continue;
      /* the meeting right after 向, then the report */
      nq = q + 1;
      while (nq < ps->i1 && ps->items.v[nq].s < x->e + 3)
        nq++;
      if (nq >= ps->i1 || !is_kind(&ps->items.v[nq], W_NOUN) ||
          ps->items.v[nq].s != x->e + 3)
        continue;
      const Item *n = &ps->items.v[nq];
      if (!is_generic(t + n->s, n->e - n->s))
        continue;
      if (!(at(t, n->e, se, "作") || at(t, n->e, se, "做") ||
            at(t, n->e, se, "报告")))
        continue;
    }
    /* back over the list of bodies to 代表 */
    size_t k = q;
    while (k > ps->i0 + 1 && ps->items.v[k - 1].it == IT_LIST &&
           (is_mention(&ps->items.v[k - 2], NG_MENTION_ORG) ||
            behalf_area(ps, k - 2)))
      k -= 2;
    while (k > ps->i0 && is_mention(&ps->items.v[k - 1], NG_MENTION_ORG) &&
           ps->items.v[k].s - ps->items.v[k - 1].e <= 3)
      k--;
    size_t s = ps->items.v[k].s;
    if (s < 6 || !at(t, s - 6, s, "代表"))
      continue;
    long ev = ps->cur;
    for (size_t i = 0; i < ps->n_anchor; i++)
      if (ps->anchor_pos[i] == nq || (nq == SIZE_MAX && ps->anchor_pos[i] < k))
        ev = ps->anchor_ev[i];
    if (ev < 0 || ps->evs.v[ev].ref)
      continue;
    for (size_t r = k; r <= q; r++)
      if (is_mention(&ps->items.v[r], NG_MENTION_ORG) || behalf_area(ps, r))
        NG_TRY(st,
               part_add(&ps->evs.v[ev], ps->items.v[r].m, R_ATTEND | R_SPEAK));
  }
done:
  return st;
}

/* 会议推选甲为团长,乙、丙为副团长: the persons a meeting elects (推选,
   选举, 推举 … 为) are there; so are those of the clauses after that start
   with them (乙、丙为副团长). */
static NgStatus
elected(Pass *ps)
{
  static const char *const elect[] = { "推选", "选举", "推举", NULL };
  const char              *t       = ps->text;
  NgStatus                 st      = NG_OK;
  if (ps->i0 >= ps->i1)
    return NG_OK;
  size_t sent = ps->items.v[ps->i0].sent;
  size_t ss = ps->a->sentences[sent].start, se = ps->a->sentences[sent].end;
  size_t pos = first_of(t, ss, se, elect); /* each word 6 bytes */
  if (pos == SIZE_MAX)
    return NG_OK;
  pos += 6;
  long ev = ps->cur;
  for (size_t i = 0; i < ps->n_anchor; i++)
    if (ps->items.v[ps->anchor_pos[i]].e <= pos)
      ev = ps->anchor_ev[i];
  if (ev < 0 || ps->evs.v[ev].ref || ps->evs.v[ev].type != T_MEETING)
    return NG_OK;
  int ok = 1; /* the clause of the verb, or one that opens with a name */
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *x = &ps->items.v[q];
    if (x->s < pos)
      continue;
    if (x->it == IT_CLAUSE) {
      ok = q + 1 < ps->i1 &&
           is_mention(&ps->items.v[q + 1], NG_MENTION_PERSON) &&
           ps->items.v[q + 1].s == x->e;
      continue;
    }
    if (!ok || !is_mention(x, NG_MENTION_PERSON))
      continue;
    size_t ce = clause_end(ps, q);
    size_t cb = ce < ps->i1 ? ps->items.v[ce].s : se;
    /* 大会选举甲为某县人民政府副县长: an officer of the state the
       congress elects is named, not shown present by it */
    static const char *const state[] = { "人民政府",   "人民法院", "人民检察院",
                                         "监察委员会", "县长",     "市长",
                                         "区长",       "州长",     "省长",
                                         "旗长",       "检察长",   NULL };
    if (span_has(t, x->e, cb, (const char *const[]){ "为", NULL }) &&
        !span_has(t, x->e, cb, state))
      NG_TRY(st, part_add(&ps->evs.v[ev], x->m, R_ATTEND));
  }
done:
  return st;
}

/* The end of the label of a ceremony reported by the verb at item J, the
   label starting at byte LS: the end of the verb's clause, without the
   blanks and full stop that close it, or the verb's own end when that
   makes a label longer than 90 bytes. */
static size_t
ceremony_label_end(const Pass *ps, size_t j, size_t ls)
{
  const Item *v  = &ps->items.v[j];
  const char *t  = ps->text;
  size_t      ce = clause_end(ps, j);
  size_t le = ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[v->sent].end;
  while (le > v->e && (t[le - 1] == ' ' || t[le - 1] == '\n'))
    le--;
  if (le >= v->e + 3 && at(t, le - 3, le, "。"))
    le -= 3;
  return le - ls > 90 ? v->e : le;
}

/* Where 开幕式 ends when the sentence SENT, or the first of its
   paragraph, opens with 开幕式上, 开幕式后 or 开幕式结束后 (what is done
   at or right after the opening under way); else 0. */
static size_t
opening_said(const Pass *ps, size_t sent)
{
  static const char *const openers[] = {
    "开幕式上", "开幕式后", "开幕式结束后", NULL
  };
  const NgArticle *a = ps->a;
  for (size_t k = sent + 1; k-- > 0;) {
    size_t sb = a->sentences[k].start, se = a->sentences[k].end;
    while (sb < se && (ps->text[sb] == ' ' || ps->text[sb] == '\n'))
      sb++;
    for (const char *const *w = openers; *w; w++)
      if (at(ps->text, sb, se, *w))
        return sb + strlen("开幕式");
    if (!k || a->sentences[k].paragraph != a->sentences[k - 1].paragraph ||
        k + 1 < sent)
      break;
  }
  return 0;
}

/* 甲县人民政府与乙公司签署合作协议: a dated signing for which the sentence
   names no ceremony (…签约仪式) is a ceremony of its own; the bodies that
   sign (those that open the clause, joined by 与, 和, 同) take part. When
   persons sign, or no second side is named, it is no event here. */
/* 甲与乙共同为“…中心”揭牌 (授牌, 剪彩): a dated ceremony reported by its
   verb, persons its subject before 为, when the sentence names no event
   and no other verb stands before (出席…并为…揭牌 is at the event under
   way). */
static NgStatus
on_unveil(Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  const char *t  = ps->text;
  NgStatus    st = NG_OK;
  if (in_name(ps, j) || future_before(ps, j) || ps->title || v->s < 3)
    return NG_OK;
  size_t cs = clause_start(ps, j);
  /* 7月9日,甲学院在乙学校揭牌成立 (开幕式上,甲中心揭牌成立): the body or
     site unveiled opens its clause; a ceremony of its own, named by it */
  if (!strcmp(v->w->w, "揭牌")) {
    size_t o = cs;
    while (o < j && ps->items.v[o].it == IT_DATE)
      o++;
    size_t      cb = clause_byte(ps, j), se = ps->a->sentences[v->sent].end;
    const Item *b = o < j ? &ps->items.v[o] : NULL;
    while (cb < v->s && (t[cb] == ' ' || t[cb] == '\n'))
      cb++;
    int ok =
      b && (is_mention(b, NG_MENTION_ORG) || is_mention(b, NG_MENTION_PLACE)) &&
      (b->s == cb || (o > cs && ps->items.v[o - 1].e == b->s));
    size_t bs = ok ? b->s : cb, be = ok ? b->e : v->s;
    int    founded = at(t, v->e, se, "成立") || at(t, v->e, se, "启用") ||
                  at(t, v->e, se, "投入使用");
    /* what stands between: nothing, 正式, or 在 and the venue */
    size_t ve = v->s;
    if (ve >= bs + 6 && at(t, ve - 6, ve, "正式"))
      ve -= 6;
    /* 甲研究中心揭牌成立: a name no list knows, Han characters alone,
       the whole subject */
    /* (or a division and such a name: 某区退役军人服务中心揭牌投入使用) */
    int area =
      ok && is_mention(b, NG_MENTION_PLACE) && be < ve && !at(t, be, ve, "在");
    size_t from = area ? bs : cb;
    if ((area || (!ok && o == j)) && founded && ve >= from + 12 &&
        ve - from <= 75) {
      size_t g = from;
      while (g < ve && (unsigned char)t[g] >= 0xe4 &&
             (unsigned char)t[g] <= 0xe9)
        g += 3;
      ok = g == ve;
      be = ve;
    }
    if (ok && ve != be) {
      ok = at(t, be, ve, "在");
      for (size_t k = o + 1; ok && k < j; k++) {
        const Item *y = &ps->items.v[k];
        if (!(is_mention(y, NG_MENTION_PLACE) ||
              is_mention(y, NG_MENTION_ORG) || is_kind(y, W_MOVE)))
          ok = 0;
      }
      /* the venue a name no list knows (在县职业技术学校): Han
         characters alone */
      size_t g = ps->items.v[j - 1].e;
      while (ok && g < ve && (unsigned char)t[g] >= 0xe4 &&
             (unsigned char)t[g] <= 0xe9 && ve - g <= 60)
        g += 3;
      ok = ok && g == ve;
    }
    /* and after: 成立, 启用, or the clause ends */
    ok = ok && (v->e >= se || founded || at(t, v->e, se, "，") ||
                at(t, v->e, se, ",") || at(t, v->e, se, "。"));
    if (ok) {
      int  local;
      Date d = date_for(ps, j, 0, &local);
      /* 开幕式上: on the day of the opening under way */
      size_t p = clause_byte(ps, j), sb = ps->a->sentences[v->sent].start;
      if (p >= sb + 3 && at(t, p - 3, p, "，"))
        p -= 3;
      else if (p >= sb + 1 && at(t, p - 1, p, ","))
        p -= 1;
      if ((!local || d.ok != 1) && p >= sb + 12 &&
          at(t, p - 12, p, "开幕式上") && opening_said(ps, v->sent) &&
          ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
          ps->evs.v[ps->cur].date.ok == 1) {
        d              = ps->evs.v[ps->cur].date;
        local          = 1;
        ps->at_opening = ps->cur;
      }
      /* 近日,甲中心正式揭牌投入使用。乙、丙共同为中心揭牌: with no day
         (近日, or none), the ceremony still is one when those who unveil
         it are named (an event with neither is not written out) */
      char *lab = concat(t + bs, be - bs, "揭牌", strlen("揭牌"));
      if (!lab)
        return NG_ERR_NOMEM;
      size_t idx;
      st = ev_new(&ps->evs, t + bs, v->e - bs, T_CEREMONY, v->sent, &idx);
      if (st) {
        ng_free(lab);
        return st;
      }
      Ev *x = &ps->evs.v[idx];
      ev_span(x, bs, v->e, 0);
      ng_free(x->label);
      x->label      = lab;
      x->date       = d;
      x->date_local = local;
      if (ve != be && ps->items.v[j - 1].it == IT_MENTION)
        x->place = ps->items.v[j - 1].m;
      anchor(ps, (long)idx, j);
      ps->cur = (long)idx;
      return NG_OK;
    }
  }
  /* 甲中心揭牌成立,乙与丙共同为研究中心揭牌 (共同揭牌): who unveils it
     attends the ceremony just named */
  int unveiled = ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
                 ps->evs.v[ps->cur].type == T_CEREMONY &&
                 strstr(ps->evs.v[ps->cur].label, v->w->w) &&
                 ps->evs.v[ps->cur].sentence + 2 >= v->sent;
  if (ps->n_anchor && !(unveiled && ps->anchor_ev[ps->n_anchor - 1] == ps->cur))
    return NG_OK;
  for (size_t k = ps->i0; k < ps->i1 && !unveiled; k++)
    if (is_kind(&ps->items.v[k], W_NOUN))
      return NG_OK;
  size_t           first = SIZE_MAX, last = 0;
  const NgMention *who[16];
  size_t           nw = 0;
  for (size_t k = cs; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD)
      return NG_OK;
    if (is_mention(x, NG_MENTION_PERSON) && nw < 16) {
      if (first == SIZE_MAX)
        first = k;
      who[nw++] = x->m;
      last      = x->e;
    }
  }
  /* 为 after the persons, the thing unveiled between it and the verb */
  size_t wei = SIZE_MAX;
  for (size_t b = last; nw && b + 3 <= v->s && wei == SIZE_MAX; b++)
    if (at(t, b, v->s, "为"))
      wei = b;
  if (nw && unveiled && (wei != SIZE_MAX || at(t, v->s - 6, v->s, "共同"))) {
    for (size_t i = 0; i < nw; i++)
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], who[i], R_ATTEND));
    anchor(ps, ps->cur, j);
    return NG_OK;
  }
  if (!nw || wei == SIZE_MAX || v->s - wei > 90 || ps->n_anchor)
    return NG_OK;
  int  local;
  Date d = date_for(ps, j, 0, &local);
  if (!local || d.ok != 1)
    return NG_OK;
  /* 甲中心揭牌仪式在…举行。乙、丙共同为甲中心揭牌: the ceremony named
     just before */
  if (ps->cur >= 0) {
    Ev *c = &ps->evs.v[ps->cur];
    if (!c->ref && c->type == T_CEREMONY && strstr(c->label, v->w->w) &&
        c->date.ok == 1 && !date_cmp_ok(&c->date, &d) &&
        c->sentence + 2 >= v->sent) {
      for (size_t i = 0; i < nw; i++)
        NG_TRY(st, part_add(c, who[i], R_ATTEND));
      anchor(ps, ps->cur, j);
      return NG_OK;
    }
  }
  size_t ls = ps->items.v[first].s, le = ceremony_label_end(ps, j, ls);
  size_t idx;
  NG_TRY(st, ev_new(&ps->evs, t + ls, le - ls, T_CEREMONY, v->sent, &idx));
  Ev *x = &ps->evs.v[idx];
  ev_span(x, ls, le, 0);
  x->date       = d;
  x->date_local = local;
  for (size_t i = 0; i < nw; i++)
    NG_TRY(st, part_add(x, who[i], R_ATTEND));
  anchor(ps, (long)idx, j);
  ps->cur = (long)idx;
done:
  return st;
}

static NgStatus
on_sign(Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  const char *t  = ps->text;
  NgStatus    st = NG_OK;
  if (!strcmp(v->w->w, "揭牌") || !strcmp(v->w->w, "授牌") ||
      !strcmp(v->w->w, "剪彩"))
    return on_unveil(ps, j);
  /* 并组织宪法宣誓, 组织进行宪法宣誓: the oath is a ceremony of its own,
     chaired by who organizes it (the person the sentence opens with) */
  if (!strcmp(v->w->w, "宣誓") && !ps->title && !in_name(ps, j) && v->s >= 6 &&
      at(t, v->s - 6, v->s, "宪法") &&
      !at(t, v->e, ps->a->sentences[v->sent].end, "仪式")) {
    static const char *const verbs[] = {
      "组织进行", "组织", "进行", "举行", NULL
    };
    size_t ls = v->s - 6, vb = SIZE_MAX;
    for (const char *const *w = verbs; *w && vb == SIZE_MAX; w++)
      if (ls >= strlen(*w) && at(t, ls - strlen(*w), ls, *w))
        vb = ls - strlen(*w);
    if (vb == SIZE_MAX || future_before(ps, j))
      return NG_OK;
    /* 举行宪法宣誓仪式…,新任命的甲进行宪法宣誓: the ceremony told */
    if (ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
        strstr(ps->evs.v[ps->cur].label, "宣誓") &&
        ps->evs.v[ps->cur].sentence + 1 >= v->sent)
      return NG_OK;
    size_t idx;
    NG_TRY(st, ev_at(ps, j, ls, v->e, T_CEREMONY, &idx));
    Ev *x = &ps->evs.v[idx];
    if (at(t, vb, ls, "组织") || at(t, vb, ls, "组织进行"))
      for (size_t k = ps->i0; k < j; k++)
        if (is_mention(&ps->items.v[k], NG_MENTION_PERSON)) {
          NG_TRY(st, part_add(x, ps->items.v[k].m, R_CHAIR | R_ATTEND));
          break;
        }
    anchor(ps, (long)idx, j); /* but the meeting it follows stays current:
                                 甲在讲话中指出 is the meeting's speech */
    return NG_OK;
  }
  /* 甲、乙共同见证了某某项目签约。: the signing named by its project, a
     ceremony the witnesses attend */
  if (!strcmp(v->w->w, "签约") && !ps->title && !in_name(ps, j) &&
      !future_before(ps, j) && j + 1 < ps->i1 &&
      ps->items.v[j + 1].it == IT_CLAUSE && ps->items.v[j + 1].s == v->e) {
    size_t w = SIZE_MAX;
    for (size_t k = clause_start(ps, j); k < j; k++)
      if (is_kind(&ps->items.v[k], W_ATTEND) &&
          !strcmp(ps->items.v[k].w->w, "见证"))
        w = k;
    if (w == SIZE_MAX)
      return NG_OK;
    size_t ls = ps->items.v[w].e;
    if (at(t, ls, v->s, "了"))
      ls += 3;
    if (v->s - ls < 6 || v->s - ls > 90)
      return NG_OK;
    for (size_t k = w + 1; k < j; k++)
      if (ps->items.v[k].it != IT_MENTION ||
          is_mention(&ps->items.v[k], NG_MENTION_PERSON))
        return NG_OK; /* only the project's name between */
    size_t idx;
    NG_TRY(st, ev_at(ps, j, ls, v->e, T_CEREMONY, &idx));
    Ev *x      = &ps->evs.v[idx];
    x->signing = 1;
    anchor(ps, (long)idx, j);
    ps->cur = (long)idx;
    return NG_OK;
  }
  if ((strcmp(v->w->w, "签署") && strcmp(v->w->w, "签订")) || in_name(ps, j) ||
      future_before(ps, j) || ps->title)
    return NG_OK;
  /* 开幕式上,甲局与乙公司签订…协议 (开幕式后): a signing of its own on
     the day of the opening under way, which the opener names */
  size_t opener = opening_said(ps, v->sent);
  for (size_t i = 0; i < ps->n_anchor; i++)
    if (!opener || ps->items.v[ps->anchor_pos[i]].e != opener)
      return NG_OK;
  for (size_t k = ps->i0; k < ps->i1; k++)
    if (is_kind(&ps->items.v[k], W_NOUN) && ps->items.v[k].e != opener)
      return NG_OK; /* the ceremony the sentence names */
  const NgMention *sg[16], *wit[16];
  size_t           ns = 0, nw = 0, first = SIZE_MAX, cs = clause_start(ps, j);
  /* 甲与乙共同见证丙局与丁局签署…: the persons before 见证 witness the
     signing of the bodies after it */
  for (size_t k = cs; k < j; k++)
    if (is_kind(&ps->items.v[k], W_ATTEND) &&
        !strcmp(ps->items.v[k].w->w, "见证")) {
      for (size_t q = cs; q < k && nw < 16; q++)
        if (is_mention(&ps->items.v[q], NG_MENTION_PERSON))
          wit[nw++] = ps->items.v[q].m;
        else if (ps->items.v[q].it == IT_WORD ||
                 is_mention(&ps->items.v[q], NG_MENTION_ORG))
          nw = 16; /* only persons (and their posts) witness */
      if (nw && nw < 16)
        cs = k + 1;
      else
        nw = 0;
      break;
    }
  const NgMention *who[16];
  size_t           np = 0;
  for (size_t k = cs; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD && x->w->kind != W_MOVE)
      return NG_OK; /* another verb: 表示愿与…签署 */
    if (is_mention(x, NG_MENTION_PERSON) && !nw && np < 16) {
      /* 县长甲与某公司董事长乙签订…协议: the persons sign, each for the
         body of his post */
      if (first == SIZE_MAX)
        first = k;
      who[np++] = x->m;
      continue;
    }
    if (is_mention(x, NG_MENTION_PERSON) || is_mention(x, NG_MENTION_POST))
      continue;
    if (is_mention(x, NG_MENTION_ORG) && !org_in_title(ps, k) && ns < 16) {
      if (first == SIZE_MAX)
        first = k;
      sg[ns++] = x->m;
    } else if (signing_area(ps, k) && ns < 16) {
      /* 甲市与乙研究院签署…协议: the area signs as its body */
      if (first == SIZE_MAX)
        first = k;
      sg[ns++] = x->m;
    }
  }
  if (np && ns)
    return NG_OK; /* persons and bodies: the bodies sign, named below */
  if (np &&
      ((ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
        ps->evs.v[ps->cur].type == T_CEREMONY) ||
       span_has(
         t, ps->items.v[first].s, v->s, (const char *const[]){ "代表", NULL })))
    return NG_OK; /* 举行…签署仪式。甲与乙代表双方签署: the ceremony's */
  if (np) {
    for (size_t i = 0; i < np; i++)
      sg[i] = who[i];
    ns = np;
  }
  /* the other side: named, or the writer's own area (我县与乙公司) */
  size_t fs   = ns ? ps->items.v[first].s : 0;
  int    ours = ns && fs >= 9 && fs - 9 >= clause_byte(ps, j) &&
             (at(t, fs - 3, fs, "与") || at(t, fs - 3, fs, "和") ||
              at(t, fs - 3, fs, "同")) &&
             at(t, fs - 9, fs - 6, "我");
  /* 8月27日,集团与丁学院签订…协议: the writer's own company (集团, 公司),
     named by its kind word alone at the clause's start, signs too */
  if (ns && !ours && fs >= 9 && fs - 9 == clause_byte(ps, j) &&
      (at(t, fs - 3, fs, "与") || at(t, fs - 3, fs, "和") ||
       at(t, fs - 3, fs, "同")) &&
      (at(t, fs - 9, fs - 3, "集团") || at(t, fs - 9, fs - 3, "公司") ||
       /* 县府与甲公司签署…: Taiwan's short name of the county's own
          government */
       at(t, fs - 9, fs - 3, "县府") || at(t, fs - 9, fs - 3, "市府")))
    ours = 1;
  if (!ns ||
      !(ours || span_has(t,
                         ps->items.v[first].e,
                         v->s,
                         (const char *const[]){ "与", "和", "同", NULL })))
    return NG_OK;
  /* 双方举行合作协议签约仪式。甲局与乙会签署…: the sides sign at the
     ceremony just named, also across a sentence or two of who attends it
     (…签约仪式在县行政中心举行。县委书记甲出席。乙管委会与丙公司签订…),
     and at one the headline named that the text holds again (会见后,举行
     某某项目签约仪式。甲局与乙局签署…) */
  if (ps->cur >= 0 && !ps->evs.v[ps->cur].ref &&
      ps->evs.v[ps->cur].type == T_CEREMONY &&
      (ps->evs.v[ps->cur].sentence + 3 >= v->sent ||
       ps->evs.v[ps->cur].said + 2 >= v->sent) &&
      (strstr(ps->evs.v[ps->cur].label, "签约") ||
       strstr(ps->evs.v[ps->cur].label, "签署") ||
       strstr(ps->evs.v[ps->cur].label, "签订"))) {
    for (size_t i = 0; i < ns; i++)
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], sg[i], R_ATTEND));
    for (size_t i = 0; i < nw; i++)
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], wit[i], R_ATTEND));
    anchor(ps, ps->cur, j);
    return NG_OK;
  }
  /* 会上,甲局、乙局分别与丙局、丁局签订了…协议 (推介会上, 座谈会上): the
     sides sign at the meeting under way and take part in it, no
     ceremony of their own */
  {
    size_t p  = clause_byte(ps, j);
    size_t sb = ps->a->sentences[v->sent].start;
    if (p >= sb + 3 && at(t, p - 3, p, "，"))
      p -= 3;
    else if (p >= sb + 1 && at(t, p - 1, p, ","))
      p -= 1;
    if (p >= sb + 6 && at(t, p - 6, p, "会上") && ps->cur >= 0 &&
        !ps->evs.v[ps->cur].ref && ps->evs.v[ps->cur].type != T_INSPECTION &&
        ps->evs.v[ps->cur].sentence + 4 >= v->sent) {
      for (size_t i = 0; i < ns; i++)
        NG_TRY(st, part_add(&ps->evs.v[ps->cur], sg[i], R_ATTEND));
      for (size_t i = 0; i < nw; i++)
        NG_TRY(st, part_add(&ps->evs.v[ps->cur], wit[i], R_ATTEND));
      anchor(ps, ps->cur, j);
      return NG_OK;
    }
  }
  int  local;
  Date d = date_for(ps, j, 0, &local);
  if ((!local || d.ok != 1) && opener && ps->cur >= 0 &&
      !ps->evs.v[ps->cur].ref && ps->evs.v[ps->cur].date.ok == 1) {
    d              = ps->evs.v[ps->cur].date;
    local          = 1;
    ps->at_opening = ps->cur;
  }
  if (!local || d.ok != 1)
    return NG_OK;
  /* the label: the clause from the first side to its end */
  size_t ls = ours ? fs - 9 : ps->items.v[first].s;
  size_t le = ceremony_label_end(ps, j, ls);
  /* sides too long to name it: the verb and what is signed (签订…协议) */
  if (le == v->e) {
    size_t e2 = ceremony_label_end(ps, j, v->s);
    if (e2 > v->e) {
      ls = v->s;
      le = e2;
    }
  }
  size_t idx;
  NG_TRY(st, ev_new(&ps->evs, t + ls, le - ls, T_CEREMONY, v->sent, &idx));
  Ev *x = &ps->evs.v[idx];
  ev_span(x, ls, le, 0);
  x->date       = d;
  x->date_local = local;
  x->signing    = 1;
  for (size_t i = 0; i < ns; i++)
    NG_TRY(st, part_add(&ps->evs.v[idx], sg[i], R_ATTEND));
  for (size_t i = 0; i < nw; i++)
    NG_TRY(st, part_add(&ps->evs.v[idx], wit[i], R_ATTEND));
  for (size_t k = cs; k < j; k++) {
    const Item *y = &ps->items.v[k];
    if (is_mention(y, NG_MENTION_PLACE) && y->s >= 3 &&
        at(t, y->s - 3, y->s, "在") && !ps->evs.v[idx].place)
      ps->evs.v[idx].place = y->m;
  }
  anchor(ps, (long)idx, j);
  ps->cur = (long)idx;
done:
  return st;
}

/* The discussion in groups (group_discussion()) told in the paragraph of
   sentence K or the one before it, or -1. */
static long
group_event(const Pass *ps, size_t k)
{
  size_t para = ps->a->sentences[k].paragraph;
  for (size_t i = ps->evs.n; i-- > 0;) {
    const Ev *g  = &ps->evs.v[i];
    size_t    gp = ps->a->sentences[g->sentence].paragraph;
    if (g->groups == 1 && g->label[0] && g->sentence <= k && gp + 1 >= para)
      return (long)i;
  }
  return -1;
}

/* 甲参加了经济界别小组讨论: who sits in a group of the discussion the
   paragraph told (group_discussion()) takes part in it. Attend item J; the
   persons of its clause before it. */
static NgStatus
group_member(Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  const char *t  = ps->text;
  NgStatus    st = NG_OK;
  long        g  = group_event(ps, v->sent);
  if (g < 0 || ps->title)
    return NG_OK;
  /* the object: up to the clause's end, a group's discussion */
  size_t se = ps->a->sentences[v->sent].end, q = v->e;
  while (q < se && q < v->e + 60 && !at(t, q, se, ",") && !at(t, q, se, "，") &&
         !at(t, q, se, "。") && !at(t, q, se, "；"))
    q++;
  if (q < v->e + 12 || !(at(t, q - 6, q, "讨论") || at(t, q - 6, q, "审议")) ||
      !span_has(t, v->e, q, (const char *const[]){ "组", NULL }))
    return NG_OK;
  size_t cs = clause_start(ps, j), np = 0;
  for (size_t k = cs; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD)
      return NG_OK;
    if (is_mention(x, NG_MENTION_PERSON)) {
      NG_TRY(st, part_add(&ps->evs.v[g], x->m, R_ATTEND));
      if (!np++)
        ps->last_subject = x->m;
    }
  }
  if (np) {
    anchor(ps, g, j);
    if (ps->cur < 0 || ps->evs.v[ps->cur].groups != 1)
      ps->group_prev = ps->cur;
    ps->cur = g;
  }
done:
  return st;
}

/* 1 when an event is named after item J in its clause (召开…会议). */
/* 甲参加乙镇代表团审议 (讨论): at a congress session an official sits in
   one delegation's deliberation, a meeting of its own that the
   delegation takes part in; who speaks there (代表丙、丁…发言, 甲在听取
   发言后指出) follows. Attend item J, the delegation right after it. */
static NgStatus
on_deliberation(Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  const char *t  = ps->text;
  NgStatus    st = NG_OK;
  if (j + 1 >= ps->i1 || ps->title || strcmp(v->w->w, "参加"))
    return strcmp(v->w->w, "参加了") ? NG_OK : group_member(ps, j);
  const Item *o  = &ps->items.v[j + 1];
  size_t      se = ps->a->sentences[v->sent].end;
  size_t      oe = o->e;
  if (!is_mention(o, NG_MENTION_ORG) || o->s != v->e || oe - o->s <= 9 ||
      !(at(t, oe - 9, oe, "代表团") || at(t, oe - 9, oe, "代表组")))
    return group_member(ps, j);
  size_t le = oe;
  if (at(t, le, se, "分组"))
    le += 6;
  if (!(at(t, le, se, "审议") || at(t, le, se, "讨论")))
    return NG_OK;
  le += 6;
  /* who: the persons of the clause before the verb, posts and a date
     between */
  size_t           cs = clause_start(ps, j);
  const NgMention *who[16];
  size_t           np = 0, first = SIZE_MAX;
  for (size_t k = cs; k < j; k++) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD ||
        (x->it == IT_MENTION && x->m->kind == NG_MENTION_PLACE))
      return NG_OK;
    if (is_mention(x, NG_MENTION_PERSON) && np < 16) {
      if (first == SIZE_MAX)
        first = k;
      who[np++] = x->m;
    }
  }
  if (!np || future_before(ps, j))
    return NG_OK;
  size_t ls = ps->items.v[first].s;
  int    local;
  Date   d   = date_for(ps, j, 0, &local);
  size_t idx = ps->evs.n;
  for (size_t i = 0; i < ps->evs.n && idx == ps->evs.n; i++)
    if (!ps->evs.v[i].ref && same_name(&ps->evs.v[i], t + ls, le - ls))
      idx = i;
  if (idx == ps->evs.n) {
    NG_TRY(st, ev_new(&ps->evs, t + ls, le - ls, T_MEETING, v->sent, &idx));
    ev_span(&ps->evs.v[idx], ls, le, 0);
    ps->evs.v[idx].date       = d;
    ps->evs.v[idx].date_local = local;
    ps->evs.v[idx].groups     = 2;
  }
  for (size_t i = 0; i < np; i++)
    NG_TRY(st, part_add(&ps->evs.v[idx], who[i], R_ATTEND));
  NG_TRY(st, part_add(&ps->evs.v[idx], o->m, R_ATTEND));
  anchor(ps, (long)idx, j + 1);
  ps->cur          = (long)idx;
  ps->last_subject = who[0];
done:
  return st;
}

/* 当天下午,委员们分组讨论了常委会工作报告 (各界别小组分组讨论…, 代表们
   分组审议…): the members of a congress or conference who discuss its
   reports in groups on a half-day of their own hold a meeting of their own,
   of that day, named by its subject and verb. Only a sentence that opens
   with its time (a date, 当天, 下午) and a short subject: 在分组讨论阶段 and
   与会同志还分组讨论了… (the plenary's own doing) are none. */
static NgStatus
group_discussion(Pass *ps, size_t k)
{
  const char *t  = ps->text;
  size_t      sb = ps->a->sentences[k].start, se = ps->a->sentences[k].end;
  static const char *const verbs[]  = { "分组讨论", "分组审议", NULL };
  static const char *const halves[] = { "上午", "下午", "晚上", NULL };
  if (ps->title)
    return NG_OK;
  while (sb < se && (t[sb] == ' ' || t[sb] == '\n' || t[sb] == '\t'))
    sb++;
  while (sb + 3 <= se && at(t, sb, se, "　"))
    sb += 3;
  {
    /* 在经济界别小组讨论中,甲…: what is said in one group of the
       discussion the paragraph told is said there */
    long g = group_event(ps, k);
    if (g >= 0 && at(t, sb, se, "在")) {
      size_t q = sb + 3;
      while (q < se && q < sb + 60 && !at(t, q, se, ",") && !at(t, q, se, "，"))
        q++;
      if (q < se && q >= sb + 15 &&
          (at(t, q - 9, q, "讨论中") || at(t, q - 9, q, "审议中")) &&
          span_has(t, sb, q, (const char *const[]){ "组", NULL })) {
        if (ps->cur < 0 || ps->evs.v[ps->cur].groups != 1)
          ps->group_prev = ps->cur;
        ps->cur = g;
        return NG_OK;
      }
    }
  }
  /* the time that opens it, up to its comma */
  size_t cm = sb;
  while (cm < se && cm < sb + 30 && !at(t, cm, se, ",") && !at(t, cm, se, "，"))
    cm++;
  if (cm >= se || cm == sb || !(at(t, cm, se, ",") || at(t, cm, se, "，")))
    return NG_OK;
  int timed = span_has(t, sb, cm, halves);
  for (size_t j = ps->i0; j < ps->i1 && !timed; j++)
    if (ps->items.v[j].it == IT_DATE && ps->items.v[j].s == sb)
      timed = 1;
  if (!timed)
    return NG_OK;
  size_t ls = cm + (t[cm] == ',' ? 1 : 3), ve = 0;
  for (const char *const *w = verbs; *w && !ve; w++) {
    size_t f = find_word(t, ls, se, *w, strlen(*w));
    /* a short subject: 委员们, 各界别小组, 与会代表 */
    if (f != SIZE_MAX && f > ls && f - ls <= 24)
      ve = f + strlen(*w);
  }
  if (!ve)
    return NG_OK;
  /* nothing but the subject between the comma and the verb */
  for (size_t q = ls; q < ve - 12; q++)
    if (at(t, q, se, ",") || at(t, q, se, "，") || at(t, q, se, "在") ||
        at(t, q, se, "的") || at(t, q, se, "还"))
      return NG_OK;
  for (size_t j = ps->i0; j < ps->i1; j++) {
    const Item *x = &ps->items.v[j];
    if (x->s >= ls && x->e <= ve - 12 &&
        (x->it == IT_WORD || is_mention(x, NG_MENTION_PERSON)))
      return NG_OK;
  }
  Date d     = ps->para_date;
  int  local = d.ok == 1;
  for (size_t j = ps->i0; j < ps->i1; j++)
    if (ps->items.v[j].it == IT_DATE && ps->items.v[j].s < cm &&
        ps->items.v[j].date.ok == 1) {
      d     = ps->items.v[j].date;
      local = 1;
    }
  if (d.ok != 1)
    return NG_OK;
  size_t   idx;
  NgStatus st = ev_new(&ps->evs, t + ls, ve - ls, T_MEETING, k, &idx);
  if (st)
    return st;
  ev_span(&ps->evs.v[idx], ls, ve, 0);
  ps->evs.v[idx].date       = d;
  ps->evs.v[idx].date_local = local;
  ps->evs.v[idx].groups     = 1;
  return NG_OK;
}

/* 当天下午,各代表团分组审议政府工作报告。甲参加乙镇代表团审议,…: the
   group session the leader sat in is what the text reports of the
   discussions; they are no meeting of their own beside it. */
static void
group_sessions(Pass *ps)
{
  for (size_t i = 0; i < ps->evs.n; i++) {
    Ev *g = &ps->evs.v[i];
    if (g->groups != 1)
      continue;
    for (size_t o = 0; o < ps->evs.n; o++) {
      const Ev *x = &ps->evs.v[o];
      if (x->groups == 2 && x->sentence >= g->sentence &&
          ps->a->sentences[x->sentence].paragraph ==
            ps->a->sentences[g->sentence].paragraph) {
        g->label[0] = '\0';
        break;
      }
    }
  }
}

static int
anchored_after(const Pass *ps, size_t j)
{
  size_t ce = clause_end(ps, j);
  for (size_t i = 0; i < ps->n_anchor; i++)
    if (ps->anchor_pos[i] > j && ps->anchor_pos[i] < ce)
      return 1;
  return 0;
}

/* 1 when org item Q names the members of a body (49名镇人大代表, 政协委员,
   管委会班子成员, 区域党委成员, 党校专家), alone or at the end of a list:
   they take part as persons, the body does not; nor does a body whose
   member units take part (指挥部成员单位, 领导小组各成员单位负责同志). */
static int
org_members(const Pass *ps, size_t q)
{
  /* the last body of a 、-list (省委党校、市委党校专家) */
  q              = org_list_last(ps, q);
  const Item *x  = &ps->items.v[q];
  size_t      se = ps->a->sentences[x->sent].end;
  const char *t  = ps->text;
  /* 党校专家, 高校学者: experts of a body teach or advise as persons */
  if (at(t, x->e, se, "专家") || at(t, x->e, se, "学者") ||
      at(t, x->e, se, "教授"))
    return 1;
  return (at(t, x->e, se, "代表") && !at(t, x->e, se, "代表团")) ||
         (at(t, x->e, se, "委员") && !at(t, x->e, se, "委员会")) ||
         at(t, x->e, se, "班子成员") || at(t, x->e, se, "成员") ||
         at(t, x->e, se, "组成人员") || at(t, x->e, se, "各成员单位");
}

/* The bodies after the last 由 among items FROM..J (由X、Y等单位汇报),
   into OUT; how many. */
static size_t
by_bodies(const Pass       *ps,
          size_t            from,
          size_t            j,
          const NgMention **out,
          size_t            max)
{
  size_t n = 0, k;
  for (k = j; k-- > from;) {
    const Item *x = &ps->items.v[k];
    if (x->it == IT_WORD)
      return 0;
    if (x->it == IT_MENTION && x->s >= 3 && at(ps->text, x->s - 3, x->s, "由"))
      break;
  }
  if (k >= j || k < from)
    return 0;
  /* the bodies in the clause of the verb or the one before it */
  size_t marks = 0;
  for (size_t q = k; q < j; q++)
    marks += ps->items.v[q].it == IT_CLAUSE;
  if (marks > 1)
    return 0;
  for (; k < j && n < max; k++) {
    const Item *x = &ps->items.v[k];
    if (is_mention(x, NG_MENTION_ORG) && !org_in_title(ps, k))
      out[n++] = x->m;
  }
  return n;
}

/* 1 when org item Q belongs to a list opened by 各 (各设区市政府、发改委、
   重点办): every body of a kind, none named; so are the bodies counted
   by 两 right before the name (两县政府, 两地党委), and a body whose
   parts follow it with 各 (县政协机关各委室, 市政协各参加单位): its parts
   are meant, not the body. */
static int
org_each(const Pass *ps, size_t q)
{
  const Item *x  = &ps->items.v[q];
  size_t      se = ps->a->sentences[x->sent].end;
  if (at(ps->text, x->e, se, "各") || at(ps->text, x->e, se, "机关各"))
    return 1;
  size_t k = q;
  while (k > ps->i0 + 1 && ps->items.v[k - 1].it == IT_LIST &&
         is_mention(&ps->items.v[k - 2], NG_MENTION_ORG) &&
         ps->items.v[k - 2].e == ps->items.v[k - 1].s &&
         ps->items.v[k - 1].e == ps->items.v[k].s)
    k -= 2;
  size_t s  = ps->items.v[k].s;
  size_t lo = k > ps->i0 ? ps->items.v[k - 1].e : clause_byte(ps, k);
  if (lo > s || s - lo > 12)
    lo = s >= 12 ? s - 12 : 0;
  if (lo < clause_byte(ps, k))
    lo = clause_byte(ps, k);
  if (s >= lo + 3 && at(ps->text, s - 3, s, "两"))
    return 1;
  /* 各县(市、区)政府分管负责同志、应急管理局和林业部门…: a body named
     bare, with no level or area before its work, in a clause that opens
     with 各 is each area's */
  static const char *const levels[] = { "省", "市", "州", "盟", "县",
                                        "区", "旗", "镇", "乡", NULL };
  const char              *sf       = x->m->surface ? x->m->surface : "";
  int                      bare     = *sf != 0;
  for (const char *const *l = levels; *l && bare; l++)
    if (!strncmp(sf, *l, strlen(*l)))
      bare = 0;
  if (bare && q > ps->i0 &&
      !is_mention(&ps->items.v[q - 1], NG_MENTION_PLACE)) {
    size_t cb = clause_byte(ps, q);
    while (cb < s && (ps->text[cb] == ' ' || ps->text[cb] == '\n'))
      cb++;
    if (at(ps->text, cb, s, "各"))
      return 1;
  }
  /* 100个县(市、区)应急管理局局长: a body named bare after the levels in
     brackets is every area's of a kind */
  static const char *const kinds[] = { "市、区)",  "市、区）", "县、区)",
                                       "县、区）", "市、县)",  "市、县）",
                                       "区、县)",  "区、县）", NULL };
  for (const char *const *w = kinds; *w && bare; w++)
    if (s >= strlen(*w) && at(ps->text, s - strlen(*w), s, *w))
      return 1;
  return span_has(ps->text, lo, s, (const char *const[]){ "各", NULL });
}

/* 甲某总书记在听取乙省委和省政府工作汇报时的重要讲话精神: the hearing,
   cited, is a meeting of its own: the person (before 在) spoke there and
   the bodies that reported (after 听取 at item J, up to the report at
   item LQ) took part. Nothing without that person or the speech. */
static NgStatus
cited_hearing(Pass *ps, size_t j, size_t lq)
{
  const Item *v = &ps->items.v[j], *r = &ps->items.v[lq];
  const char *t  = ps->text;
  size_t      se = ps->a->sentences[v->sent].end, b = r->e + 3;
  NgStatus    st = NG_OK;
  if (v->s < 3 || !at(t, v->s - 3, v->s, "在") || !at(t, b, se, "的"))
    return NG_OK;
  b += 3;
  if (at(t, b, se, "重要"))
    b += 6;
  if (!at(t, b, se, "讲话") && !at(t, b, se, "指示"))
    return NG_OK;
  const Item *p = person_just_before(ps, j, v->s - 3);
  if (!p)
    return NG_OK;
  char *lab = concat(t + p->s, v->s - 3 - p->s, t + v->s, r->e - v->s);
  if (!lab)
    return NG_ERR_NOMEM;
  size_t idx = ps->evs.n;
  for (size_t i = 0; i < ps->evs.n && idx == ps->evs.n; i++)
    if (ps->evs.v[i].ref && !strcmp(ps->evs.v[i].label, lab))
      idx = i; /* cited again */
  if (idx == ps->evs.n)
    st = ev_new(&ps->evs, lab, strlen(lab), T_MEETING, v->sent, &idx);
  ng_free(lab);
  if (st)
    return st;
  Ev *x  = &ps->evs.v[idx];
  x->ref = 1;
  NG_TRY(st, part_add(x, p->m, R_ATTEND | R_SPEAK));
  for (size_t k = j + 1; k < lq; k++) {
    const Item *y = &ps->items.v[k];
    if (is_mention(y, NG_MENTION_ORG) && !org_in_title(ps, k) &&
        !org_each(ps, k) && org_reports(ps, k, v->e) &&
        reporter(ps, v->e, y->s))
      NG_TRY(st, part_add(&ps->evs.v[idx], y->m, R_ATTEND | R_SPEAK));
  }
done:
  return st;
}

/* 调研中,黎向东充分肯定了…。他指出: a person who opens a clause of a
   sentence with no role verb of his own is still who 他 stands for next;
   not one in a list or named as a possessor (黎向东的, 黎向东、…). */
static void
opener_subject(Pass *ps)
{
  /* 县委书记X陪同调研: who attends or accompanies is not who 他 stands
     for (roles() left him out on purpose) */
  for (size_t k = ps->i0; k < ps->i1; k++)
    if (is_kind(&ps->items.v[k], W_ACCOMPANY) ||
        is_kind(&ps->items.v[k], W_ATTEND))
      return;
  for (size_t k = ps->i0; k < ps->i1; k++) {
    const Item *x = &ps->items.v[k];
    if (!is_mention(x, NG_MENTION_PERSON))
      continue;
    size_t cb = clause_byte(ps, k), xs = x->s;
    while (cb < xs && (ps->text[cb] == ' ' || ps->text[cb] == '\n'))
      cb++;
    /* his posts before him (市委常委、副市长黎向东) */
    for (size_t q = k; q-- > ps->i0;) {
      const Item *y = &ps->items.v[q];
      if (y->e > xs)
        continue; /* a mention inside a longer one */
      if (!(is_mention(y, NG_MENTION_POST) || is_mention(y, NG_MENTION_ORG) ||
            y->it == IT_LIST) ||
          y->e != xs)
        break;
      xs = y->s;
    }
    size_t se = ps->a->sentences[x->sent].end;
    if (cb == xs && !at(ps->text, x->e, se, "的") &&
        !at(ps->text, x->e, se, "、") && !at(ps->text, x->e, se, "和") &&
        !at(ps->text, x->e, se, "与") && !at(ps->text, x->e, se, "等") &&
        !(k + 1 < ps->i1 && ps->items.v[k + 1].it == IT_LIST))
      ps->last_subject = x->m;
    return; /* only the sentence's first person */
  }
}

/* 1 when the persons before role verb item J (from item FROM) act for the
   bodies they hold posts in, as the text says with a generic kind of
   representative: 项目业主代表、甲公司总经理X作表态发言 (the kind before
   his posts), X代表投资方发言, X代表参建单位作表态发言 (代表 and the kind
   right after him). */
static int
speaks_for(const Pass *ps, size_t from, size_t j)
{
  static const char *const kinds[] = { "业主",     "企业",     "客商",
                                       "投资方",   "项目方",   "签约方",
                                       "投资商",   "项目业主", "参建单位",
                                       "施工单位", "建设单位", NULL };
  const char              *t       = ps->text;
  size_t                   s = clause_byte(ps, from), e = ps->items.v[j].s;
  for (size_t q = from; q < j; q++) {
    const Item *x = &ps->items.v[q];
    if (!is_mention(x, NG_MENTION_PERSON) || !at(t, x->e, e, "代表"))
      continue;
    /* the kind, or up to two characters and the kind (代表开工企业,
       代表签约企业, 代表开工项目业主单位), across a line break */
    for (size_t b = x->e + 6, c = 0; b < e && c <= 2;) {
      if (t[b] == '\n' || t[b] == ' ') {
        b++;
        continue;
      }
      for (const char *const *w = kinds; *w; w++)
        if (at(t, b, e, *w))
          return 1;
      size_t len;
      decode(t + b, &len);
      b += len;
      c++;
    }
  }
  for (size_t b = s; b + 9 <= e; b++)
    if (at(t, b, e, "代表、"))
      for (const char *const *w = kinds; *w; w++) {
        size_t n = strlen(*w);
        if (b >= s + n && at(t, b - n, b, *w))
          return 1;
      }
  return 0;
}

/* 1 when TEXT[S, E) says that who it names acts as the representative of
   a party (甲公司总经理王甲作为投资方代表, 作为企业代表): 作为 and then
   代表, not of persons honoured or of a crowd (作为获奖代表, 作为党员代表,
   作为群众代表), who speak as persons, not for their bodies. */
static int
acts_as_party(const char *text, size_t s, size_t e)
{
  static const char *const persons[] = {
    "获奖", "受表彰", "先进", "表彰", "党员", "群众",   "个人", "干部", "职工",
    "学生", "村民",   "居民", "青年", "妇女", "志愿者", "家长", "模范", NULL
  };
  size_t a = SIZE_MAX;
  for (size_t b = s; b + 6 <= e && a == SIZE_MAX; b++)
    if (at(text, b, e, "作为"))
      a = b + 6;
  for (size_t b = a; a != SIZE_MAX && b + 6 <= e; b++)
    if (at(text, b, e, "代表")) {
      for (const char *const *w = persons; *w; w++) {
        size_t n = strlen(*w);
        if (b >= a + n && !memcmp(text + b - n, *w, n))
          return 0;
      }
      return 1;
    }
  return 0;
}

/* 1 when person item Q is named for a speech cited in his clause
   (传达学习甲某总书记在…的重要讲话精神, 乙某同志的讲话): what is studied,
   not who speaks here. */
static int
cited_speaker(const Pass *ps, size_t q)
{
  size_t ce = clause_end(ps, q);
  size_t cb =
    ce < ps->i1 ? ps->items.v[ce].s : ps->a->sentences[ps->items.v[q].sent].end;
  return span_has(
    ps->text,
    ps->items.v[q].e,
    cb,
    (const char *const[]){
      "讲话精神", "重要讲话", "指示精神", "重要指示", "的讲话", NULL });
}

/* 在回答甲日报、乙电视台记者提问时: the outlets whose reporters put
   questions at the meeting under way (a press conference) take part. */
static NgStatus
press_questions(Pass *ps)
{
  static const char *const asks[] = {
    "记者提问", "记者的提问", "记者问", "等媒体记者提问", NULL
  };
  NgStatus st = NG_OK;
  if (ps->cur < 0 || ps->evs.v[ps->cur].ref ||
      ps->evs.v[ps->cur].type != T_MEETING)
    return NG_OK;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    if (!is_mention(&ps->items.v[q], NG_MENTION_ORG))
      continue;
    /* the list of outlets from Q: 甲日报、乙日报 (和) */
    size_t r = q;
    while (r + 2 < ps->i1 && is_mention(&ps->items.v[r + 2], NG_MENTION_ORG) &&
           ps->items.v[r + 2].s - ps->items.v[r].e == 3 &&
           (ps->items.v[r + 1].it == IT_LIST ||
            at(ps->text, ps->items.v[r].e, ps->items.v[r + 2].s, "和")))
      r += 2;
    size_t e     = ps->items.v[r].e;
    size_t se    = ps->a->sentences[ps->items.v[r].sent].end;
    int    asked = 0;
    for (const char *const *w = asks; *w && !asked; w++)
      asked = at(ps->text, e, se, *w);
    for (size_t k = q; asked && k <= r; k += 2)
      NG_TRY(st, part_add(&ps->evs.v[ps->cur], ps->items.v[k].m, R_ATTEND));
    q = r;
  }
done:
  return st;
}

/* 走进村民甲某家中, 来到牧民乙某家里: 1 when the person at item Q is the
   one whose home the visit V goes into (after a verb of going in his
   clause, right before 家中); not on a visit of sympathy (走访慰问) nor
   into the home of a household the visit is there to help (走进脱贫户某某
   家中, 困难户, 监测户), whose callers give to those they call on rather
   than meet them. */
static int
visited_home(const Pass *ps, long v, size_t q)
{
  const char *t  = ps->text;
  const Item *y  = &ps->items.v[q];
  size_t      se = ps->a->sentences[y->sent].end;
  if (!at(t, y->e, se, "家中") && !at(t, y->e, se, "家里"))
    return 0;
  if (strstr(ps->evs.v[v].label, "慰问") ||
      span_has(t,
               ps->a->sentences[y->sent].start,
               se,
               (const char *const[]){ "慰问", NULL }))
    return 0;
  static const char *const helped[] = { "脱贫户", "监测户", "困难户", "贫困户",
                                        "低保户", "五保户", "特困户", NULL };
  for (const char *const *w = helped; *w; w++)
    if (y->s >= 9 && at(t, y->s - 9, y->s, *w))
      return 0;
  for (size_t k = q; k-- > clause_start(ps, q);) {
    const Item *x = &ps->items.v[k];
    if (is_kind(x, W_MOVE) && strcmp(x->w->w, "在"))
      return 1;
    if (x->it == IT_WORD || is_mention(x, NG_MENTION_PERSON))
      return 0; /* another verb or person between */
  }
  return 0;
}

/* 与合作社负责人甲某亲切交流, 与村党支部书记乙某交流: on a visit under
   way, the person the visitor talks with (after 与 and his posts, before
   a verb of talking) takes part in it. */
static NgStatus
talked_with(Pass *ps)
{
  static const char *const ways[] = { "亲切", "深入", "面对面", "详细",
                                      "进行", "热情", NULL };
  static const char *const talks[] = { "交流", "交谈", "攀谈", "座谈", NULL };
  NgStatus                 st = NG_OK;
  /* the visit under way, or the one made before the meeting under way
     (座谈会前,甲一行…察看… / 在某村,甲与村党支部书记乙交流) */
  long v = ps->cur >= 0 && ps->evs.v[ps->cur].type == T_INSPECTION
             ? ps->cur
             : ps->before_meeting;
  if (v < 0 || ps->title || ps->evs.v[v].ref ||
      ps->evs.v[v].type != T_INSPECTION)
    return NG_OK;
  const char *t = ps->text;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *y = &ps->items.v[q];
    if (!is_mention(y, NG_MENTION_PERSON))
      continue;
    /* back over the posts and bodies written right before the name */
    size_t b = y->s;
    for (size_t k = q; k-- > ps->i0;) {
      const Item *x = &ps->items.v[k];
      if (x->e == b &&
          (is_mention(x, NG_MENTION_POST) || is_mention(x, NG_MENTION_ORG)))
        b = x->s;
      else if (x->e < b)
        break;
    }
    if (visited_home(ps, v, q)) {
      NG_TRY(st, part_add(&ps->evs.v[v], y->m, R_ATTEND));
      continue;
    }
    if (b == y->s || b < 3 || !at(t, b - 3, b, "与"))
      continue;
    size_t se = ps->a->sentences[y->sent].end, a = y->e;
    for (int again = 1; again;) {
      again = 0;
      for (const char *const *w = ways; *w; w++)
        if (at(t, a, se, *w)) {
          a += strlen(*w);
          again = 1;
        }
    }
    int talk = 0;
    for (const char *const *w = talks; *w && !talk; w++)
      talk = at(t, a, se, *w);
    if (talk)
      NG_TRY(st, part_add(&ps->evs.v[v], y->m, R_ATTEND));
  }
done:
  return st;
}

/* 1 when item K lies inside a post or body listed before it, from item
   FROM on, that ends at byte B (县人大常委会 inside 县人大常委会主任). */
static int
nested_before(const Pass *ps, size_t from, size_t k, size_t b)
{
  const Item *x = &ps->items.v[k];
  for (size_t i = from; i < k; i++) {
    const Item *o = &ps->items.v[i];
    if (o->e == b && o->s <= x->s && x->e <= b &&
        (is_mention(o, NG_MENTION_POST) || is_mention(o, NG_MENTION_ORG)))
      return 1;
  }
  return 0;
}

/* 甲来到某联络站,与区人大代表乙、丙一起接待选民: the persons one who
   takes part in the event under way does it together with (与 or 同 and
   their posts before them, 一起, 一道, 共同 or 一同 after: 与甲、乙共同
   敲锣揭开活动序幕) take part in it too. */
static NgStatus
together(Pass *ps)
{
  static const char *const withs[] = { "与", "同", NULL };
  static const char *const alongs[] = { "一起", "一道", "共同", "一同", NULL };
  NgStatus                 st = NG_OK;
  if (ps->cur < 0 || ps->title || ps->evs.v[ps->cur].ref)
    return NG_OK;
  Ev         *c = &ps->evs.v[ps->cur];
  const char *t = ps->text;
  for (size_t q = ps->i0; q < ps->i1; q++) {
    const Item *y = &ps->items.v[q];
    if (!is_mention(y, NG_MENTION_PERSON))
      continue;
    size_t se    = ps->a->sentences[y->sent].end;
    int    along = 0;
    for (const char *const *w = alongs; *w && !along; w++)
      along = at(t, y->e, se, *w);
    if (!along)
      continue;
    /* back over the list and the posts and bodies written before it */
    size_t b = y->s, first = q;
    for (size_t k = q; k-- > ps->i0;) {
      const Item *x = &ps->items.v[k];
      if (x->e > b || nested_before(ps, ps->i0, k, b))
        continue;
      if (x->e != b ||
          !(x->it == IT_LIST || is_mention(x, NG_MENTION_PERSON) ||
            is_mention(x, NG_MENTION_POST) || is_mention(x, NG_MENTION_ORG)))
        break;
      if (is_mention(x, NG_MENTION_PERSON))
        first = k;
      b = x->s;
    }
    int with = 0;
    for (const char *const *w = withs; *w && !with && b >= 3; w++)
      with = at(t, b - 3, b, *w);
    /* who does it with them: a person named before them in the sentence */
    int doer = 0;
    for (size_t k = ps->i0; k < first && with && !doer; k++)
      doer = is_mention(&ps->items.v[k], NG_MENTION_PERSON) &&
             ps->items.v[k].sent == y->sent;
    if (!doer)
      continue;
    for (size_t k = first; k <= q; k++)
      if (is_mention(&ps->items.v[k], NG_MENTION_PERSON))
        NG_TRY(st, part_add(c, ps->items.v[k].m, R_ATTEND));
  }
done:
  return st;
}

/* The item of the person who opens the sentence of item J, before it,
   after his posts and bodies only (处长甲某…), or SIZE_MAX. */
static size_t
opening_person(const Pass *ps, size_t j)
{
  size_t k = ps->i0;
  while (k < j && (is_mention(&ps->items.v[k], NG_MENTION_ORG) ||
                   is_mention(&ps->items.v[k], NG_MENTION_POST) ||
                   ps->items.v[k].it == IT_LIST))
    k++;
  if (k >= j || !is_mention(&ps->items.v[k], NG_MENTION_PERSON))
    return SIZE_MAX;
  size_t sb = ps->a->sentences[ps->items.v[j].sent].start;
  if (ps->items.v[ps->i0].s - sb > 3)
    return SIZE_MAX; /* 会上, 12日, … before the name */
  return k;
}

/* The person who opens the sentence of item J, before it (甲某对…给予了
   高度评价,他表示; 处长甲某…), when no verb of the lexicon stands between
   that person and J: the one a 他 after him stands for. NULL when none. */
static const NgMention *
sentence_subject(const Pass *ps, size_t j)
{
  size_t k = opening_person(ps, j);
  if (k == SIZE_MAX)
    return NULL;
  for (size_t q = k + 1; q < j; q++)
    if (ps->items.v[q].it == IT_WORD ||
        is_mention(&ps->items.v[q], NG_MENTION_PERSON))
      return NULL;
  return ps->items.v[k].m;
}

/* The person who opens the sentence of item J and goes somewhere in its
   first clause, when the clause of J opens with J itself (张某来到某村,
   主持召开座谈会; 张某走进农户家中,开了一个小型座谈会): the subject the
   clause leaves out. NULL when none, or when another person stands
   between. */
static const NgMention *
chain_subject(const Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  size_t      cb = clause_byte(ps, j);
  while (cb < v->s && (ps->text[cb] == ' ' || ps->text[cb] == '\n'))
    cb++;
  if (cb != v->s || clause_start(ps, j) <= ps->i0)
    return NULL;
  size_t k = opening_person(ps, j);
  if (k == SIZE_MAX || k + 1 >= j || !is_kind(&ps->items.v[k + 1], W_MOVE) ||
      clause_start(ps, k + 1) != clause_start(ps, k))
    return NULL;
  for (size_t q = k + 1; q < j; q++)
    if (is_mention(&ps->items.v[q], NG_MENTION_PERSON) ||
        (ps->items.v[q].it == IT_WORD && ps->items.v[q].w->kind != W_MOVE))
      return NULL;
  return ps->items.v[k].m;
}

/* 1 when a sentence of the paragraph of item J, up to its own, opens with
   where it was said: a clause that ends in 上 (座谈会上, 在随后的座谈会上,
   会上). */
static int
said_at_meeting(const Pass *ps, size_t j)
{
  const NgArticle *a = ps->a;
  for (size_t k = ps->items.v[j].sent + 1; k-- > 0;) {
    const char *t = a->text;
    size_t      s = a->sentences[k].start, e = a->sentences[k].end;
    for (size_t i = s; i < e && i < s + 90; i++)
      if (t[i] == ',' || at(t, i, e, "，")) {
        if (i >= s + 3 && at(t, i - 3, i, "上"))
          return 1;
        break;
      }
    /* the paragraph opens here */
    if (!k ||
        memchr(t + a->sentences[k - 1].end, '\n', s - a->sentences[k - 1].end))
      break;
  }
  return 0;
}

/* 1 when noun item J names the event a person speaks on, after 对 or 为
   (甲对本次演练进行点评, 甲为培训班授课): the topic of the speech verb
   that follows in its clause, not the end of its subject. */
static int
topic_noun(const Pass *ps, size_t j)
{
  size_t ls = label_start(ps, j);
  while (ls >= 6 &&
         (at(ps->text, ls - 6, ls, "本次") ||
          at(ps->text, ls - 6, ls, "此次") || at(ps->text, ls - 6, ls, "这次")))
    ls -= 6;
  if (ls < 3 ||
      !(at(ps->text, ls - 3, ls, "对") || at(ps->text, ls - 3, ls, "为")))
    return 0;
  size_t cs = clause_start(ps, j), ce = clause_end(ps, j);
  int    who = 0, says = 0;
  for (size_t q = cs; q < j && !who; q++)
    who =
      is_mention(&ps->items.v[q], NG_MENTION_PERSON) && ps->items.v[q].e < ls;
  for (size_t q = j + 1; q < ce && !says; q++)
    says = is_kind(&ps->items.v[q], W_SPEAK);
  return who && says;
}

/* 1 when noun item J names where the person right before it speaks
   (甲在见面会上通报了…): 在 opens its name, 上 follows it; the person
   stays the subject of the verb after it. */
static int
venue_after_subject(const Pass *ps, size_t j)
{
  const Item *v  = &ps->items.v[j];
  size_t      se = ps->a->sentences[v->sent].end;
  size_t      ls = label_start(ps, j);
  if (!at(ps->text, v->e, se, "上") || ls < 3 ||
      !at(ps->text, ls - 3, ls, "在"))
    return 0;
  for (size_t q = j; q-- > ps->i0;) {
    const Item *y = &ps->items.v[q];
    if (y->e > ls - 3)
      continue;
    return is_mention(y, NG_MENTION_PERSON) && y->e == ls - 3 &&
           clause_start(ps, q) == clause_start(ps, j);
  }
  return 0;
}

/* 1 when person item Q entrusts another with his part (受市长甲委托,
   副市长乙出席会议并讲话): he is not there. */
static int
entrusts(const Pass *ps, size_t q)
{
  const Item *x  = &ps->items.v[q];
  size_t      se = ps->a->sentences[x->sent].end;
  if (!at(ps->text, x->e, se, "委托") && !at(ps->text, x->e, se, "的委托"))
    return 0;
  return span_has(
    ps->text, clause_byte(ps, q), x->s, (const char *const[]){ "受", NULL });
}

/* 1 when item J is a word inside the name of a body the sentence names
   (常委会 of 州人大常委会副主任): part of that name, no word of its own. */
static int
in_org_item(const Pass *ps, size_t j)
{
  const Item *y = &ps->items.v[j];
  if (y->it != IT_WORD)
    return 0;
  for (size_t q = j > ps->i0 + 4 ? j - 4 : ps->i0; q < ps->i1 && q < j + 4; q++)
    if (q != j && is_mention(&ps->items.v[q], NG_MENTION_ORG) &&
        ps->items.v[q].s <= y->s && y->e <= ps->items.v[q].e)
      return 1;
  return 0;
}

/* Role verbs of the sentence: their subjects take part. */
/* 甲市市长王甲,副市长李乙;学校校长赵丙出席: the first item of the
   sentence before the one under way when that sentence, in the same
   paragraph, ends in a semicolon and holds nothing but names with their
   posts and bodies (at least one person), else ps->i0 (none). */
static size_t
semicolon_list(const Pass *ps)
{
  const NgArticle *a = ps->a;
  if (ps->i0 >= ps->i1 || ps->i0 == 0)
    return ps->i0;
  size_t k = ps->items.v[ps->i0].sent;
  if (k == 0 || a->sentences[k - 1].paragraph != a->sentences[k].paragraph)
    return ps->i0;
  size_t e = a->sentences[k - 1].end;
  while (e > a->sentences[k - 1].start &&
         (ps->text[e - 1] == ' ' || ps->text[e - 1] == '\n'))
    e--;
  if (!(e >= 3 && at(ps->text, e - 3, e, "；")) &&
      !(e >= 1 && ps->text[e - 1] == ';'))
    return ps->i0;
  size_t f    = ps->i0,
         next = e - 3 * (ps->text[e - 1] != ';') - 1 * (ps->text[e - 1] == ';');
  int persons = 0;
  while (f > 0 && ps->items.v[f - 1].sent == k - 1) {
    const Item *y = &ps->items.v[--f];
    if (y->e < next)
      return ps->i0; /* words between: no bare list */
    if (y->s < next)
      next = y->s;
    if (y->it == IT_LIST || y->it == IT_CLAUSE)
      continue;
    if (y->it != IT_MENTION)
      return ps->i0;
    /* a place only as the head of a title (甲市市长) */
    if (y->m->kind == NG_MENTION_PLACE &&
        !(f + 1 < ps->i0 && ps->items.v[f + 1].s == y->e &&
          (is_mention(&ps->items.v[f + 1], NG_MENTION_POST) ||
           is_mention(&ps->items.v[f + 1], NG_MENTION_ORG))))
      return ps->i0;
    persons += y->m->kind == NG_MENTION_PERSON;
  }
  size_t b = a->sentences[k - 1].start;
  while (b < next && (ps->text[b] == ' ' || ps->text[b] == '\n'))
    b++;
  while (at(ps->text, b, next, "　"))
    b += 3;
  return persons && b == next ? f : ps->i0;
}

static NgStatus
roles(Pass *ps)
{
  const char *text  = ps->text;
  NgStatus    st    = NG_OK;
  size_t      bound = ps->i0; /* the subject span starts here */
  ps->n_subj        = 0;
  for (size_t j = ps->i0; j < ps->i1; j++) {
    const Item *v = &ps->items.v[j];
    if (v->it != IT_WORD)
      continue;
    WordKind k = v->w->kind;
    /* 并为支部党员讲授专题党课: a lecture that opened no event of its own
       is speech at the event its subject takes part in */
    if (k == W_INSPECT && v->w->type == T_ACTIVITY) {
      int named = 0;
      for (size_t i = 0; i < ps->n_anchor; i++)
        named |= ps->anchor_pos[i] == j;
      if (!named)
        k = W_SPEAK;
    }
    if (k == W_NOUN || k == W_INSPECT) {
      for (size_t i = 0; i < ps->n_anchor; i++)
        if (ps->anchor_pos[i] == j) {
          /* a bare 会议/大会 (进行大会总结, 向大会作报告) keeps the subject
             span: the verb before it closed the span already */
          if (k == W_INSPECT ||
              (!is_generic(text + v->s, v->e - v->s) && !topic_noun(ps, j) &&
               !venue_after_subject(ps, j)))
            bound = j + 1;
          const Ev *e = &ps->evs.v[ps->anchor_ev[i]];
          if (k == W_INSPECT && e->lead) {
            ps->subj[0] = e->lead;
            ps->n_subj  = 1;
          }
        }
      continue;
    }
    if (k == W_MEET) {
      /* X在座谈时指出: X still speaks */
      if (!(v->e - v->s == 6 && !memcmp(text + v->s, "座谈", 6) &&
            (at(text, v->e, ps->a->sentences[v->sent].end, "时") ||
             at(text, v->e, ps->a->sentences[v->sent].end, "中"))))
        bound = j + 1;
      continue;
    }
    unsigned role;
    switch (k) {
      case W_CHAIR:
        role = R_CHAIR | R_ATTEND;
        break;
      case W_ATTEND:
        role = R_ATTEND;
        break;
      case W_ACCOMPANY:
        role = R_ACCOMPANY | R_ATTEND;
        break;
      case W_SPEAK:
        role = R_SPEAK | R_ATTEND;
        break;
      case W_LEAD:
        role = R_LEAD | R_ATTEND;
        break;
      case W_HOLD:
        role = R_HOLDER | R_ATTEND;
        break;
      case W_LISTEN:
        role = 0;
        break;
      default:
        continue;
    }
    size_t cs = clause_start(ps, j);
    size_t se = ps->a->sentences[v->sent].end;
    if (k == W_SPEAK) {
      /* nouns: 的讲话, 重要讲话, 讲话精神, 工作要求 */
      if ((v->s >= 3 && at(text, v->s - 3, v->s, "的")) ||
          at(text, v->e, se, "精神") || at(text, v->e, se, "稿") ||
          (v->s >= 6 && at(text, v->s - 6, v->s, "重要") &&
           !(v->s >= 9 && (at(text, v->s - 9, v->s, "作") ||
                           at(text, v->s - 9, v->s, "做"))) &&
           !(v->s >= 12 && (at(text, v->s - 12, v->s, "发表") ||
                            at(text, v->s - 12, v->s, "作了") ||
                            at(text, v->s - 12, v->s, "做了"))) &&
           !(v->s >= 15 && at(text, v->s - 15, v->s, "发表了"))))
        continue; /* but 作(了)重要讲话, 发表(了)重要讲话 */
      if (!strcmp(v->w->w, "说") &&
          !(at(text, v->e, se, ",") || at(text, v->e, se, ":") ||
            at(text, v->e, se, "，") || at(text, v->e, se, "：") ||
            at(text, v->e, se, "“")))
        continue;
      if (report_noun(ps, j))
        continue;
      /* 审议了政府工作报告: 作报告 read inside 工作报告 is a noun, unless
         a 作 of its own stands before it in the clause (甲所作的县人民法院
         工作报告, 乙作县人大常委会工作报告) */
      if (!strcmp(v->w->w, "作报告") && v->s >= 3 &&
          at(text, v->s - 3, v->s, "工")) {
        size_t cb = clause_byte(ps, j), own = 0;
        for (size_t c = cb; c + 3 <= v->s - 3 && !own; c++)
          own =
            at(text, c, v->s, "作") && !(c >= 3 && at(text, c - 3, c, "工"));
        if (!own)
          continue;
      }
    }
    if (k == W_SPEAK && at(text, v->e, se, "时的"))
      continue; /* 在听取…汇报时的重要讲话精神: cited, not reported */
    if (v->w->naming && in_name(ps, j) && !declared_open(ps, j + 1))
      continue; /* 宣布大会, 签署仪式 name an event; 宣布活动启动 not */
    if (k == W_LISTEN) {
      /* 要落实X在听取…汇报时的讲话精神: the hearing is past, whatever
         is to come */
      size_t lq;
      for (lq = j + 1; lq < ps->i1 && !is_kind(&ps->items.v[lq], W_SPEAK); lq++)
        ;
      if (lq < ps->i1 && at(text, ps->items.v[lq].e, se, "时"))
        NG_TRY(st, cited_hearing(ps, j, lq));
    }
    /* 将出席, 要落实…要求: what is to come, or words of a speech */
    if (future_before(ps, j)) {
      bound = j + 1;
      continue;
    }
    /* 部署要求, 工作要求, 落实…要求: the noun, not the verb */
    if (k == W_SPEAK && v->e - v->s == 6 && !memcmp(v->w->w, "要求", 6) &&
        ((v->s >= 6 && (at(text, v->s - 6, v->s, "部署") ||
                        at(text, v->s - 6, v->s, "工作") ||
                        at(text, v->s - 6, v->s, "有关") ||
                        at(text, v->s - 6, v->s, "相关"))) ||
         span_has(
           text,
           clause_byte(ps, j),
           v->s,
           (const char *const[]){ "落实", "贯彻", "按照", "根据", NULL }))) {
      bound = j + 1;
      continue;
    }
    /* 讲话站位高远、要求明确,为…指明了方向: how demands are, a noun (but
       要求明确责任: the verb) */
    if (k == W_SPEAK && v->e - v->s == 6 && !memcmp(v->w->w, "要求", 6)) {
      static const char *const how[] = { "明确", "具体", "很高",
                                         "更高", "严格", NULL };
      static const char *const end[] = {
        "，", "、", "。", "；", ",", ";", NULL
      };
      int noun = 0;
      for (const char *const *h = how; *h && !noun; h++)
        if (at(text, v->e, se, *h))
          for (const char *const *p = end; *p && !noun; p++)
            noun =
              at(text, v->e + strlen(*h), se, *p) || v->e + strlen(*h) == se;
      if (noun) {
        bound = j + 1;
        continue;
      }
    }
    /* 不陪同, 未出席: nobody takes that part */
    if (v->s >= 3 &&
        (at(text, v->s - 3, v->s, "不") || at(text, v->s - 3, v->s, "未") ||
         at(text, v->s - 3, v->s, "没") || at(text, v->s - 3, v->s, "无"))) {
      bound = j + 1;
      continue;
    }
    if (k == W_ACCOMPANY && escort_start(ps, j) != SIZE_MAX) {
      /* 在Y的陪同下…调研: the visit that follows takes Y */
      size_t q;
      for (q = j + 1; q < ps->i1 && ps->items.v[q].sent == v->sent &&
                      !is_kind(&ps->items.v[q], W_INSPECT);
           q++)
        ;
      if (q < ps->i1 && ps->items.v[q].sent == v->sent)
        continue;
    }
    long ai;
    long t = target(ps, j, k != W_SPEAK, &ai);
    /* 甲与乙代表双方签约, 参加会见和签约: the signing reported before
       (甲方与乙方签署…协议), when the sentence names no event of its own */
    long sig = -1;
    for (size_t i = ps->evs.n; i-- > 0 && sig < 0;)
      if (ps->evs.v[i].signing && !ps->evs.v[i].ref)
        sig = (long)i;
    int also_sig = 0;
    if (sig >= 0 && k == W_ATTEND && ai < 0 && t != sig &&
        (!strcmp(v->w->w, "签约") || !strcmp(v->w->w, "签署") ||
         !strcmp(v->w->w, "签订")))
      t = sig;
    else if (k == W_ATTEND && !v->w->naming) {
      /* 参加会见和签约仪式: a signing ceremony named by its noun too */
      for (size_t i = ps->evs.n; i-- > 0 && sig < 0;)
        if (!ps->evs.v[i].ref && ps->evs.v[i].type == T_CEREMONY &&
            (strstr(ps->evs.v[i].label, "签约") ||
             strstr(ps->evs.v[i].label, "签署") ||
             strstr(ps->evs.v[i].label, "签订")))
          sig = (long)i;
      for (size_t q = j + 1;
           sig >= 0 && t != sig && q + 1 < ps->i1 && q < clause_end(ps, j);
           q++) {
        const Item *y = &ps->items.v[q + 1], *z = &ps->items.v[q];
        if (y->it == IT_WORD &&
            ((y->w->kind == W_ATTEND && y->w->naming &&
              !strcmp(y->w->w, "签约")) ||
             (y->w->kind == W_NOUN && at(text, y->s, y->e, "签约"))) &&
            z->it == IT_WORD &&
            (z->w->kind == W_MEET || z->w->kind == W_NOUN) &&
            (at(text, z->e, y->s, "和") || at(text, z->e, y->s, "及")) &&
            y->s == z->e + 3)
          also_sig = 1;
      }
    }
    if (k == W_ACCOMPANY) {
      /* 陪同调研: the visit */
      long        insp = last_inspection(ps);
      const Item *nx   = j + 1 < ps->i1 ? &ps->items.v[j + 1] : NULL;
      /* 分别陪同在当地的调研, 陪同上述考察: a few words between */
      for (size_t q = j + 1; nx && !is_kind(nx, W_INSPECT);) {
        if (!(is_kind(nx, W_MOVE) || is_mention(nx, NG_MENTION_PLACE)) ||
            ++q >= ps->i1)
          nx = NULL;
        else
          nx = &ps->items.v[q];
      }
      if (insp >= 0 &&
          ((nx && is_kind(nx, W_INSPECT) && nx->s - v->e <= 18) ||
           (t >= 0 && ps->evs.v[t].type == T_INSPECTION) || t < 0 ||
           /* 会前,甲一行到…走访…。乙陪同。: the visit told in the
              sentence before, though the meeting is under way again */
           (ai < 0 && ps->evs.v[insp].sentence + 1 == v->sent &&
            j + 1 < ps->i1 && ps->items.v[j + 1].it == IT_CLAUSE &&
            ps->items.v[j + 1].s == v->e) ||
           /* X在Y陪同下首先到达…: the visit, not the meeting named
              with it */
           (escort_start(ps, j) != SIZE_MAX && ai < 0))) {
        if (t != insp && escort_start(ps, j) != SIZE_MAX && ai < 0)
          ps->cur = insp; /* what X says next is said on the visit */
        t  = insp;
        ai = -1;
      }
    }
    /* 甲为乙合作社、丙公司(等10家单位)授牌 (授予, 颁发): the bodies
       honoured at the ceremony take part in it */
    if (k == W_ATTEND && v->w->naming && t >= 0 && !ps->evs.v[t].ref &&
        (!strcmp(v->w->w, "授牌") || !strcmp(v->w->w, "授予") ||
         !strcmp(v->w->w, "颁发")))
      for (size_t q = cs; q < j; q++) {
        const Item *y = &ps->items.v[q];
        if (!is_mention(y, NG_MENTION_ORG) || y->s < 3 ||
            !at(text, y->s - 3, y->s, "为") || org_in_title(ps, q))
          continue;
        for (size_t r = q, l = org_list_last(ps, q); r <= l && r < j; r += 2)
          NG_TRY(st, part_add(&ps->evs.v[t], ps->items.v[r].m, R_ATTEND));
        break;
      }
    /* the subjects: persons (and organizations) before the verb */
    size_t from = k == W_SPEAK ? (cs > bound ? cs : bound) : bound;
    /* 甲村党支部书记王甲,乙村党支部书记李乙作交流发言: clauses of posts
       and a name, one after the other, share the verb of the last */
    int listed = k == W_SPEAK && from == cs && cs > ps->i0 && cs < j &&
                 ps->items.v[cs].it == IT_MENTION &&
                 ps->items.v[cs].m->kind != NG_MENTION_PLACE &&
                 ps->items.v[cs - 1].it == IT_CLAUSE &&
                 (at(text, ps->items.v[cs - 1].s, v->s, ",") ||
                  at(text, ps->items.v[cs - 1].s, v->s, "，"));
    if (k == W_SPEAK && from == cs && (listed || several(ps, j)))
      /* 甲公司董事长王甲,乙公司总经理李乙先后发言: each clause of posts
         and a name before speaks too */
      while (from > bound && from > ps->i0 &&
             ps->items.v[from - 1].it == IT_CLAUSE) {
        size_t q = from - 1, f = q;
        int    last = 0, other = 0;
        while (f > ps->i0 && ps->items.v[f - 1].it != IT_CLAUSE) {
          const Item *y = &ps->items.v[--f];
          if (y->it == IT_LIST || in_org_item(ps, f))
            continue;
          /* a place that opens a body's name in the title (甲镇乙村党支部
             书记) is part of the title */
          /* (or a place that heads a title of words no mention holds,
             right before the name: 甲县政协委员、甲县玉雕大师王甲) */
          if (y->it != IT_MENTION ||
              (y->m->kind == NG_MENTION_PLACE &&
               !(f + 1 < q && is_mention(&ps->items.v[f + 1], NG_MENTION_ORG) &&
                 ps->items.v[f + 1].s == y->e) &&
               !(f + 2 == q &&
                 is_mention(&ps->items.v[f + 1], NG_MENTION_PERSON) &&
                 ps->items.v[f + 1].s - y->e <= 18)))
            other = 1;
          else if (!last)
            last = y->m->kind == NG_MENTION_PERSON ? 1 : -1;
        }
        if (other || last != 1 || f < bound)
          break;
        from = f;
      }
    /* 甲局、乙局,丙县、丁县作交流发言: a list of bodies grouped by a
       comma, its clause opened by a body, speaks as one list; each clause
       before holds nothing but bodies and their 、 */
    if (k == W_SPEAK && from == cs && cs < j && cs > ps->i0 &&
        is_mention(&ps->items.v[cs], NG_MENTION_ORG) &&
        ps->items.v[cs].s == clause_byte(ps, cs) && org_leads_clause(ps, cs))
      while (from > bound && from > ps->i0 &&
             ps->items.v[from - 1].it == IT_CLAUSE &&
             (at(text, ps->items.v[from - 1].s, ps->items.v[from].s, ",") ||
              at(text, ps->items.v[from - 1].s, ps->items.v[from].s, "，"))) {
        size_t q = from - 1, f = q;
        int    other = 0, bodies = 0;
        while (f > ps->i0 && ps->items.v[f - 1].it != IT_CLAUSE) {
          const Item *y = &ps->items.v[--f];
          /* nothing between the items: 甲局、乙局高度重视 is no list */
          if (y->e != ps->items.v[f + 1].s)
            other = 1;
          if (y->it == IT_LIST)
            continue;
          if (is_mention(y, NG_MENTION_ORG))
            bodies++;
          else
            other = 1;
        }
        /* the bodies fill the clause: nothing before the first (会上, a
           date) but the clause's own break */
        if (other || !bodies || f < bound ||
            ps->items.v[f].s != clause_byte(ps, f))
          break;
        from = f;
      }
    if (k == W_CHAIR || k == W_LEAD || k == W_HOLD) {
      /* 由X主持 */
      for (size_t q = j; q-- > from;)
        if (ps->items.v[q].it == IT_CLAUSE)
          from = q + 1;
    }
    if (k == W_ACCOMPANY)
      /* 在X陪同下 */
      for (size_t q = j; q-- > from;)
        if (is_kind(&ps->items.v[q], W_MOVE) &&
            at(text, ps->items.v[q].s, v->s, "在")) {
          from = q + 1;
          break;
        }
    const NgMention *subj[64], *orgs[32];
    size_t           ns = 0, no = 0;
    /* 市委全会提出的要求: what a body asked for, not its speech here */
    int    attributive = at(text, v->e, se, "的");
    size_t upto        = j;
    if (k == W_ATTEND || k == W_ACCOMPANY)
      /* 参加会议的有X、Y (的还有; 陪同调研的有X; 主礼嘉宾包括X、Y,
         出席的嘉宾有): the subjects follow */
      for (size_t b = v->e; b < v->e + 18 && b + 6 <= se; b++)
        if (at(text, b, se, "的有") || at(text, b, se, "的还有") ||
            at(text, b, se, "嘉宾包括") || at(text, b, se, "嘉宾有") ||
            those_who_are(text, b, se)) {
          for (size_t q = j + 1; q < ps->i1; q++)
            if (ps->items.v[q].s >= b)
              upto = q;
          if (upto != j) {
            for (from = j + 1; from < ps->i1 && ps->items.v[from].s < b; from++)
              ;
            upto = ps->i1;
          }
          break;
        }
    /* 甲市市长王甲,副市长李乙;学校校长赵丙出席: a list of names grouped
       by a semicolon, which ends a sentence here, attends as one list */
    if ((k == W_ATTEND || k == W_ACCOMPANY) && from == ps->i0 && upto == j)
      for (size_t q = semicolon_list(ps); q < ps->i0 && ns < 64; q++)
        if (is_mention(&ps->items.v[q], NG_MENTION_PERSON))
          subj[ns++] = ps->items.v[q].m;
    for (size_t q = from; q < upto; q++) {
      const Item *x = &ps->items.v[q];
      if (x->it != IT_MENTION)
        continue;
      if (x->m->kind == NG_MENTION_PERSON && entrusts(ps, q))
        continue;
      if (x->m->kind == NG_MENTION_PERSON && ns < 64 &&
          !(at(text, x->e, v->s, "的") && x->e + 3 < v->s))
        subj[ns++] = x->m; /* not 农民X的玉米地里, but 在X的陪同下 */
      else if ((x->m->kind == NG_MENTION_ORG ||
                ((k == W_ATTEND || k == W_SPEAK) && place_as_body(ps, q)) ||
                /* 会上,甲县与乙公司签约: the area signs as its body */
                (v->w->naming && signing_area(ps, q))) &&
               no < 32 && !org_in_title(ps, q) &&
               (!org_object(ps, q) || cosigner(ps, q, j)) &&
               (k != W_SPEAK || org_leads_clause(ps, q) ||
                with_speakers(ps, q, j)) &&
               (!v->w->naming || signer(ps, q, j)) && !org_each(ps, q) &&
               !org_members(ps, q) && !(k == W_SPEAK && attributive))
        orgs[no++] = x->m;
    }
    /* 下午,访问团出席了在甲街道举行的座谈会: the delegation met before,
       named bare as the clause's whole subject, attends */
    if (k == W_ATTEND && !ns && !no && ps->deleg && from <= j) {
      static const char *const heads[] = { "代表团", "考察团", "访问团", NULL };
      size_t                   cb = clause_byte(ps, j), h = 0;
      while (cb < v->s && (text[cb] == ' ' || text[cb] == '\n'))
        cb++;
      for (const char *const *w = heads; *w && !h; w++)
        if (at(text, cb, v->s, *w))
          h = cb + strlen(*w);
      if (h && at(text, h, v->s, "一行"))
        h += 6;
      if (h && (at(text, h, v->s, "还") || at(text, h, v->s, "也")))
        h += 3;
      if (h && h == v->s)
        orgs[no++] = ps->deleg;
    }
    /* 甲公司总经理王甲、乙公司总经理李乙作为投资方代表介绍…: persons
       who act for their bodies bring them in */
    if ((k == W_SPEAK || k == W_ATTEND) && ns && from < j &&
        (acts_as_party(text, ps->items.v[from].s, v->s) ||
         speaks_for(ps, from, j)))
      for (size_t q = from; q < upto && no < 32; q++)
        if (is_mention(&ps->items.v[q], NG_MENTION_ORG) &&
            org_in_title(ps, q) && !org_object(ps, q))
          orgs[no++] = ps->items.v[q].m;
    /* 甲局局长王甲与乙局局长李乙代表双方签署…: each signer acts for the
       body of the title right before his name (管委会 in 党工委副书记、
       管委会主任王甲; none in 县委常委、常务副县长王甲, whose last title
       names no body) */
    if (k == W_ATTEND && ns && from < j && v->s >= 12 &&
        at(text, v->s - 12, v->s, "代表双方"))
      for (size_t q = from; q < j && no < 32; q++) {
        if (!is_mention(&ps->items.v[q], NG_MENTION_ORG) ||
            !org_in_title(ps, q))
          continue;
        size_t r = q + 1;
        while (r < j && !is_mention(&ps->items.v[r], NG_MENTION_ORG) &&
               !is_mention(&ps->items.v[r], NG_MENTION_PERSON) &&
               ps->items.v[r].it != IT_LIST)
          r++;
        if (r < j && is_mention(&ps->items.v[r], NG_MENTION_PERSON))
          orgs[no++] = ps->items.v[q].m;
      }
    if (k == W_ATTEND && !strcmp(v->w->w, "见证"))
      NG_TRY(st, witnessed(ps, j));
    if (k == W_LISTEN) {
      /* 在听取…汇报时的重要讲话精神: cited */
      size_t lq;
      for (lq = j + 1; lq < ps->i1 && !is_kind(&ps->items.v[lq], W_SPEAK); lq++)
        ;
      if (lq < ps->i1 && at(text, ps->items.v[lq].e, se, "时")) {
        bound = j + 1;
        continue;
      }
      /* 听取了X关于…的汇报: X reports; who listens is there */
      if (t >= 0 && !ps->evs.v[t].ref)
        for (size_t i = 0; i < ns; i++)
          NG_TRY(st, part_add(&ps->evs.v[t], subj[i], R_ATTEND));
      if (ns) {
        memcpy(ps->subj, subj, ns * sizeof *subj);
        ps->n_subj       = ns;
        ps->last_subject = subj[ns - 1];
      }
      /* up to the report: 汇报 (a verb of the list), or 报告 written in
         the text (听取区长郑华所作的《…报告》) */
      size_t q, rep_at = se;
      for (q = j + 1; q < ps->i1 && !is_kind(&ps->items.v[q], W_SPEAK); q++)
        ;
      /* 听取意见建议并讲话: the listener's own speech, no report heard */
      if (q < ps->i1 && ps->items.v[q].s >= 3 &&
          at(text, ps->items.v[q].s - 3, ps->items.v[q].s, "并"))
        q = ps->i1;
      if (q < ps->i1)
        rep_at = ps->items.v[q].s;
      for (size_t b = v->e; b + 6 <= rep_at; b++) {
        if (at(text, b, rep_at, "报告")) {
          rep_at = b;
          break;
        }
        /* 听取了甲关于…的说明,乙汇报了…: the explanation heard ends at
           its clause; the report after it is a doing of its own */
        if (at(text, b, rep_at, "的说明") &&
            (at(text, b + 9, rep_at, ",") || at(text, b + 9, rep_at, "，") ||
             at(text, b + 9, rep_at, ";") || at(text, b + 9, rep_at, "；"))) {
          rep_at = b + 3;
          break;
        }
      }
      if (rep_at < se && t >= 0 && !ps->evs.v[t].ref &&
          !span_has(text,
                    rep_at,
                    rep_at + 12 <= se ? rep_at + 12 : se,
                    (const char *const[]){ "时", NULL }))
        for (size_t r = j + 1; r < ps->i1 && ps->items.v[r].s < rep_at; r++) {
          const Item *y = &ps->items.v[r];
          if ((is_mention(y, NG_MENTION_PERSON) ||
               (is_mention(y, NG_MENTION_ORG) && !org_in_title(ps, r) &&
                !org_each(ps, r) && org_reports(ps, r, v->e)) ||
               area_reports(ps, r, v->e)) &&
              reporter(ps, v->e, y->s))
            NG_TRY(st, part_add(&ps->evs.v[t], y->m, R_ATTEND | R_SPEAK));
        }
      /* 听取了甲局关于…的汇报,乙局关于…的汇报 (…的汇报和乙局关于…的汇报):
         the reports heard go on, each body after the one before it and
         before its 关于 */
      if (rep_at < se && t >= 0 && !ps->evs.v[t].ref)
        for (size_t r = j + 1; r < ps->i1; r++) {
          const Item              *y      = &ps->items.v[r];
          static const char *const ends[] = {
            "的汇报,",  "的报告,",  "的汇报、", "的报告、", "的汇报，",
            "的报告，", "的汇报;",  "的报告;",  "的汇报和", "的报告和",
            "的汇报及", "的报告及", NULL
          };
          int after = 0;
          if (y->s <= rep_at || !is_mention(y, NG_MENTION_ORG) ||
              org_in_title(ps, r) || org_each(ps, r) ||
              !at(text, y->e, se, "关于"))
            continue;
          for (const char *const *w = ends; *w && !after; w++) {
            size_t n = strlen(*w);
            after    = y->s >= n && at(text, y->s - n, y->s, *w);
          }
          if (after)
            NG_TRY(st, part_add(&ps->evs.v[t], y->m, R_ATTEND | R_SPEAK));
        }
      /* …的报告,X受县人民政府委托作了报告: the report heard ends before
         that verb, which is a doing of its own, read next */
      if (q < ps->i1 && rep_at < ps->items.v[q].s &&
          clause_start(ps, q) != clause_start(ps, j))
        q = ps->i1;
      bound = q < ps->i1 ? q + 1 : j + 1;
      j     = q < ps->i1 ? q : j;
      continue;
    }
    if (!ns && !no && v->w->direct && k == W_SPEAK)
      /* 莫某结合…案例,通报了…: the persons of the clause before */
      ns = coverb_subjects(ps, j, subj, 64);
    /* 副市长甲到会通报…: who comes to the meeting to report */
    if (!ns && !no && v->w->direct && k == W_SPEAK && j > ps->i0 &&
        is_kind(&ps->items.v[j - 1], W_ATTEND) &&
        ps->items.v[j - 1].e == v->s &&
        !strcmp(ps->items.v[j - 1].w->w, "到会"))
      for (size_t i = 0; i < ps->n_subj && ns < 64; i++)
        subj[ns++] = ps->subj[i];
    /* 副院长甲出席发布会并通报情况: who attends the meeting and reports
       at it, in one clause joined by 并 */
    for (size_t q = j; !ns && !no && v->w->direct && k == W_SPEAK &&
                       q-- > ps->i0 && j - q <= 2;) {
      const Item *y = &ps->items.v[q];
      if (!is_kind(y, W_ATTEND) || v->s - y->e > 15 || v->s < y->e + 3 ||
          !at(text, v->s - 3, v->s, "并") ||
          clause_start(ps, q) != clause_start(ps, j) ||
          (strcmp(y->w->w, "出席") && strcmp(y->w->w, "到会")))
        continue;
      for (size_t i = 0; i < ps->n_subj && ns < 64; i++)
        subj[ns++] = ps->subj[i];
    }
    if (!ns && !no && (!v->w->direct || to_session(ps, j))) {
      size_t                   cb     = clause_byte(ps, j);
      static const char *const pron[] = { "他", "她", NULL };
      while (cb < v->s && (text[cb] == ' ' || text[cb] == '\n'))
        cb++;
      int by_meeting = at(text, cb, v->s, "会议") ||
                       at(text, cb, v->s, "会上") ||
                       at(text, cb, v->s, "大会") || at(text, cb, v->s, "全会");
      if (k == W_SPEAK && span_has(text, cb, v->s, pron) &&
          (ps->last_subject || sentence_subject(ps, j))) {
        /* 甲某对…给予了高度评价,他表示: the subject of the sentence */
        const NgMention *ss = sentence_subject(ps, j);
        subj[ns++]          = ss ? ss : ps->last_subject;
      } else if (k == W_SPEAK && !by_meeting) {
        /* 冯军、何平…等结合…,就…进行发言交流: the persons of the
           clauses before, else the subjects of the verb before */
        for (size_t q = bound; q < j && ns < 64; q++)
          if (is_mention(&ps->items.v[q], NG_MENTION_PERSON) &&
              !cited_speaker(ps, q))
            subj[ns++] = ps->items.v[q].m;
        size_t bb = bound > ps->i0 ? ps->items.v[bound - 1].e : v->s;
        /* 主持召开…会议,传达学习…精神 / 安排部署…: the meeting does it,
           not who chaired it */
        static const char *const doings[]     = { "传达",     "安排部署",
                                                  "作出部署", "作出安排",
                                                  "作了部署", NULL };
        int                      meeting_does = 0;
        for (const char *const *w = doings; *w; w++)
          meeting_does |= !strcmp(v->w->w, *w);
        meeting_does = meeting_does && bound > ps->i0 &&
                       is_kind(&ps->items.v[bound - 1], W_NOUN) &&
                       !joined(ps, j, bound);
        if (!ns && !meeting_does &&
            (joined(ps, j, bound) || (bound > ps->i0 && v->s - bb <= 6) ||
             carried(ps, j, bound) || said_on_visit(ps, j, bound)))
          for (size_t i = 0; i < ps->n_subj; i++)
            subj[ns++] = ps->subj[i];
        /* 会议先后由交通处、财政处等单位,简报…: the bodies after 由 */
        if (!ns)
          no = by_bodies(ps, bound, j, orgs, 32);
      } else if (!by_meeting && joined(ps, j, bound)) {
        /* 并主持召开…, 陪同调研或参加会议 */
        for (size_t i = 0; i < ps->n_subj; i++)
          subj[ns++] = ps->subj[i];
      } else if ((k == W_CHAIR || k == W_HOLD) && !by_meeting) {
        /* 某某来到某村,主持召开座谈会: the subject the clause leaves out */
        const NgMention *chain = chain_subject(ps, j);
        if (chain)
          subj[ns++] = chain;
      }
    }
    if (t < 0 || ps->evs.v[t].ref) {
      bound = j + 1;
      continue;
    }
    /* 甲带队走访…。同日,乙带队到某镇走访…。甲强调,…: who leads a visit
       the article told before speaks on it, not on the one told last,
       where he is no part */
    if (k == W_SPEAK && ai < 0 && ns == 1 && t == ps->cur &&
        ps->evs.v[t].lead && !same_entity(ps->evs.v[t].lead, subj[0]) &&
        !has_part(&ps->evs.v[t], subj[0]))
      for (size_t i = ps->evs.n; i-- > 0;)
        if ((long)i != t && !ps->evs.v[i].ref && ps->evs.v[i].lead &&
            same_entity(ps->evs.v[i].lead, subj[0])) {
          t = (long)i;
          break;
        }
    if (k == W_HOLD) {
      /* organizers were taken with the name; after it (…洽谈会在甲市
         举行,由市商务局主办,市贸促会承办), the bodies that convene it */
      no = 0;
      if (!anchored_after(ps, j)) {
        const NgMention *hosts[32];
        size_t           nh = by_bodies(ps, from, j, hosts, 32);
        for (size_t q = clause_start(ps, j); !nh && q < j; q++)
          if (is_mention(&ps->items.v[q], NG_MENTION_ORG) &&
              org_leads_clause(ps, q) && !org_in_title(ps, q) &&
              !org_object(ps, q) && ps->items.v[q].e + 6 >= v->s)
            for (size_t r = clause_start(ps, j); r <= q; r++)
              if (is_mention(&ps->items.v[r], NG_MENTION_ORG) && nh < 32)
                hosts[nh++] = ps->items.v[r].m;
        for (size_t i = 0; i < nh; i++)
          NG_TRY(st, part_add(&ps->evs.v[t], hosts[i], R_ORGANIZER));
      }
    }
    /* 全会由县委常委会主持: a body that chairs the event holds it */
    if (k == W_CHAIR && !ns && j > ps->i0) {
      /* the body right before the verb, 由 right before the body (a word
         of the body's own name, 常委会, read inside it) */
      size_t q = j - 1;
      while (q > ps->i0 && in_org_item(ps, q))
        q--;
      const Item *b = &ps->items.v[q];
      if (is_mention(b, NG_MENTION_ORG) && b->e == v->s && b->s >= 3 &&
          at(text, b->s - 3, b->s, "由") && !org_in_title(ps, q))
        NG_TRY(st, part_add(&ps->evs.v[t], b->m, R_ORGANIZER));
    }
    /* 甲、乙分别带队: each leads the visit of his own */
    if (k == W_LEAD && ns > 1 && v->s >= 6 &&
        at(text, v->s - 6, v->s, "分别") && ps->evs.v[t].lead &&
        has_part(&ps->evs.v[t], ps->evs.v[t].lead)) {
      int own = 0;
      for (size_t i = 0; i < ns; i++)
        for (size_t e = ps->evs.n; e-- > 0;)
          if (!ps->evs.v[e].ref && ps->evs.v[e].lead &&
              same_entity(ps->evs.v[e].lead, subj[i])) {
            NG_TRY(st, give(ps, (long)e, -1, &subj[i], 1, orgs, 0, role));
            own++;
            break;
          }
      if (own == (int)ns) {
        bound = j + 1;
        continue;
      }
    }
    NG_TRY(st,
           give(ps,
                t,
                ai,
                subj,
                ns,
                orgs,
                /* (甲局、乙局负责人陪同: bodies go along by their heads) */
                k == W_ATTEND || k == W_SPEAK || k == W_ACCOMPANY ? no : 0,
                role));
    if (also_sig)
      NG_TRY(st, give(ps, sig, -1, subj, ns, orgs, no, role));
    /* 参加调研和座谈: the visit under way as well as the meeting held
       during it */
    if (k == W_ATTEND && !v->w->naming && ps->evs.v[t].type != T_INSPECTION) {
      int  insp_w = 0, meet_w = 0;
      long insp = last_inspection(ps);
      for (size_t q = j + 1; q < clause_end(ps, j); q++)
        if (is_kind(&ps->items.v[q], W_INSPECT))
          insp_w = 1;
        else if (insp_w && (is_kind(&ps->items.v[q], W_MEET) ||
                            is_kind(&ps->items.v[q], W_NOUN)))
          meet_w = 1;
      if (insp_w && meet_w && insp >= 0 && insp != t)
        NG_TRY(st, give(ps, insp, -1, subj, ns, orgs, 0, role));
    }
    /* 甲某到乙镇调研…,随后召开座谈会…;甲某指出: the leader of a visit who
       speaks at a meeting held during it speaks on the visit too, unless
       the sentence puts his words at the meeting (座谈会上,甲某表示) */
    if (k == W_SPEAK && ps->evs.v[t].visit && !said_at_meeting(ps, j)) {
      Ev *vis = &ps->evs.v[ps->evs.v[t].visit - 1];
      for (size_t i = 0; i < ns && vis->lead && vis->lead->iri; i++)
        if (subj[i]->iri && !strcmp(subj[i]->iri, vis->lead->iri))
          NG_TRY(st, part_add(vis, subj[i], R_ATTEND | R_SPEAK));
    }
    if (k == W_LEAD) {
      /* X率代表团出席…: the delegation takes part too */
      const NgMention *d = delegation(ps, j, &st);
      if (st)
        goto done;
      if (d) {
        Ev *e = &ps->evs.v[t];
        NG_TRY(st, part_add(e, d, R_ATTEND));
        NG_TRY(st, led_bodies(ps, j, e));
        const NgMention *who = ns ? subj[0] : NULL;
        for (size_t i = 0; !who && i < e->n_parts; i++)
          if ((e->parts[i].roles & R_LEAD) &&
              e->parts[i].m->kind == NG_MENTION_PERSON)
            who = e->parts[i].m;
        if (who) {
          ps->deleg      = d;
          ps->deleg_lead = who;
        }
      }
    }

    if (ns) {
      memcpy(ps->subj, subj, ns * sizeof *subj);
      ps->n_subj = ns;
      /* 甲为乙颁发任命书,并主持宪法宣誓仪式: who is given something (after
         为) attends where it is given, but is no subject of what the
         giver does next */
      if (k == W_ATTEND && v->w->naming &&
          (!strcmp(v->w->w, "颁发") || !strcmp(v->w->w, "授予"))) {
        size_t keep = 0;
        for (size_t i = 0; i < ns; i++) {
          int given = 0;
          for (size_t q = from; q < upto && !given; q++)
            given = ps->items.v[q].it == IT_MENTION &&
                    ps->items.v[q].m == subj[i] && ps->items.v[q].s >= 3 &&
                    at(text, ps->items.v[q].s - 3, ps->items.v[q].s, "为");
          if (!given)
            ps->subj[keep++] = subj[i];
        }
        if (keep)
          ps->n_subj = keep;
      }
      /* 他 stands for who acts, not for who attends or accompanies */
      if (k != W_ATTEND && k != W_ACCOMPANY)
        ps->last_subject = subj[ns - 1];
    }
    bound = j + 1;
  }
done:
  return st;
}

/* ---------------------------------------------------------------- facts */

static NgStatus
add(NgFacts      *f,
    const char   *s,
    const char   *p,
    const NgTerm *o,
    long          sent,
    long          cs,
    long          ce)
{
  NgTerm ts = ng_iri(s), tp = ng_iri(p);
  return ng_facts_add(f, &ts, &tp, o, sent, cs, ce);
}

static NgStatus
add_iri(NgFacts    *f,
        const char *s,
        const char *p,
        const char *o,
        long        sent,
        long        cs,
        long        ce)
{
  NgTerm to = ng_iri(o);
  return add(f, s, p, &to, sent, cs, ce);
}

static const char *
type_iri(EvType t)
{
  switch (t) {
    case T_INSPECTION:
      return NG_NG_INSPECTION;
    case T_CEREMONY:
      return NG_NG_CEREMONY;
    case T_ACTIVITY:
      return NG_NG_ACTIVITY;
    case T_MEETING:
    case T_NONE:
      break;
  }
  return NG_NG_MEETING;
}

/* 1 when E, a bare meeting held during a visit (并召开座谈会), has what
   makes it an event of its own: someone or a body that is not of the
   visit or convenes, speaks or chairs there, a place or a day other than
   the visit's. A meeting with none (检查组…并召开座谈会听取汇报) is part of the
   visit (ANNOTATION.md). */
static int
own_part(const Pass *ps, const Ev *e)
{
  const Ev *v = &ps->evs.v[e->visit - 1];
  if (e->place && e->place != v->place &&
      !(v->place && e->place->iri && v->place->iri &&
        !strcmp(e->place->iri, v->place->iri)))
    return 1;
  if (e->date.ok == 1 && date_cmp_ok(&e->date, &v->date))
    return 1;
  for (size_t k = 0; k < e->n_parts; k++) {
    int in = 0;
    for (size_t q = 0; q < v->n_parts && !in; q++)
      /* one of the visit, in no part of his own (he speaks there) */
      in = !strcmp(e->parts[k].m->iri, v->parts[q].m->iri) &&
           !(e->parts[k].roles & ~v->parts[q].roles &
             (R_SPEAK | R_CHAIR | R_HOLDER));
    if (!in)
      return 1;
  }
  return 0;
}

/* 郭某某带队到甲园区、乙工地,为一线职工送去防暑降温物资: a person who
   leads a party somewhere, in a sentence that names no doing of an
   event's, makes a visit: it runs from him to the end of the clause after
   the places. */
static NgStatus
led_visit(Pass *ps)
{
  if (ps->title || ps->n_anchor)
    return NG_OK;
  const char *t = ps->text;
  for (size_t j = ps->i0 + 1; j + 1 < ps->i1; j++) {
    const Item *v = &ps->items.v[j], *p = &ps->items.v[j - 1],
               *m = &ps->items.v[j + 1];
    if (!is_kind(v, W_LEAD) || !is_mention(p, NG_MENTION_PERSON) ||
        p->e != v->s || !is_kind(m, W_MOVE) || m->s != v->e ||
        !(at(t, v->s, v->e, "带队") || at(t, v->s, v->e, "率队")) ||
        at(t, m->s, m->e, "在") || future_before(ps, j))
      continue;
    for (size_t q = ps->i0; q < ps->i1; q++)
      if (is_kind(&ps->items.v[q], W_INSPECT) ||
          is_kind(&ps->items.v[q], W_MEET) || is_kind(&ps->items.v[q], W_NOUN))
        return NG_OK;
    /* the clause of the places and the one after it */
    size_t ce = clause_end(ps, j + 1);
    size_t se = ps->a->sentences[v->sent].end;
    size_t cb = se;
    if (ce < ps->i1) {
      size_t ce2 = clause_end(ps, ce + 1 < ps->i1 ? ce + 1 : ce);
      cb         = ce2 < ps->i1 && ce2 > ce ? ps->items.v[ce2].s : se;
    }
    while (cb > p->s && (t[cb - 1] == ' ' || t[cb - 1] == '\n'))
      cb--;
    if (cb >= p->s + 3 && (at(t, cb - 3, cb, "。") || at(t, cb - 3, cb, "；")))
      cb -= 3;
    if (cb > p->s + 240)
      cb = ce < ps->i1 ? ps->items.v[ce].s : se;
    size_t   idx;
    NgStatus st = ev_at(ps, j, p->s, cb, T_INSPECTION, &idx);
    if (st)
      return st;
    Ev *x    = &ps->evs.v[idx];
    x->lead  = p->m;
    x->title = ps->title;
    for (size_t q = j + 2; q < ps->i1 && !x->place; q++)
      if (is_mention(&ps->items.v[q], NG_MENTION_PLACE))
        x->place = ps->items.v[q].m;
    anchor(ps, (long)idx, j);
    ps->cur = (long)idx;
    return part_add(x, p->m, R_ATTEND | R_LEAD);
  }
  return NG_OK;
}

/* 縣長主持縣務會議 (市務會議): the weekly meeting of a Taiwanese county's
   (city's) government, which the article names, is that government's when
   no one else is said to hold it. */
static NgStatus
affairs_meeting(Pass *ps)
{
  static const char *const kinds[][2] = { { "县务会议", "县政府" },
                                          { "市务会议", "市政府" } };
  NgStatus                 st         = NG_OK;
  for (size_t i = 0; i < ps->evs.n; i++) {
    Ev    *e = &ps->evs.v[i];
    size_t n = e->label ? strlen(e->label) : 0;
    if (e->ref || has_organizer(e) || n < 12)
      continue;
    for (size_t w = 0; w < 2; w++) {
      if (strcmp(e->label + n - 12, kinds[w][0]))
        continue;
      const NgMention *gov = NULL;
      for (size_t k = 0; ps->mentions && k < ps->mentions->n && !gov; k++) {
        const NgMention *y = &ps->mentions->v[k];
        size_t           l = y->label ? strlen(y->label) : 0;
        if (y->kind == NG_MENTION_ORG && y->iri && l > 9 &&
            !strcmp(y->label + l - 9, kinds[w][1]))
          gov = y;
      }
      if (gov)
        NG_TRY(st, part_add(e, gov, R_ORGANIZER));
    }
  }
done:
  return st;
}

/* 甲商会访问团一行7日至8日赴乙县考察交流。丙7日在乙县会见了访问团一行,
   商会会长丁率团出席: who leads the delegation at the reception (率团,
   率领的访问团) leads the trip it was received on too, told before the
   reception and with no leader of its own; its later visits (访问团参观…)
   are left as the text tells them. */
static NgStatus
delegation_trip(Pass *ps)
{
  NgStatus st = NG_OK;
  for (size_t i = 0; i < ps->evs.n; i++) {
    const Ev *e = &ps->evs.v[i];
    if (!e->meet || e->ref)
      continue;
    const NgMention *head = NULL, *del = NULL;
    for (size_t k = 0; k < e->n_parts; k++) {
      const Part      *p = &e->parts[k];
      const NgMention *m = p->m;
      size_t           n = m->label ? strlen(m->label) : 0;
      if (m->kind == NG_MENTION_PERSON && (p->roles & R_LEAD))
        head = head ? head : m;
      else if (m->kind == NG_MENTION_ORG && n > 3 &&
               !memcmp(m->label + n - 3, "团", 3))
        del = del ? del : m;
    }
    if (!head || !del)
      continue;
    /* the delegation's first event, told before the reception */
    for (size_t v = 0; v < ps->evs.n; v++) {
      Ev *x = &ps->evs.v[v];
      if (v == i || x->meet || x->ref || x->sentence > e->sentence)
        continue;
      int has = 0, led = 0;
      for (size_t k = 0; k < x->n_parts; k++) {
        has |= x->parts[k].m->iri && del->iri &&
               !strcmp(x->parts[k].m->iri, del->iri);
        led |= x->parts[k].m->kind == NG_MENTION_PERSON &&
               (x->parts[k].roles & R_LEAD);
      }
      if (!has)
        continue;
      if (!led && (x->type == T_INSPECTION || x->type == T_ACTIVITY))
        NG_TRY(st, part_add(x, head, R_LEAD));
      break;
    }
  }
done:
  return st;
}

/* 本期培训班由市委组织部、市委党校联合举办: where a body holds an event,
   an area its name opens (甲市2025年…培训班) holds it no more; the area
   stays where it has a part of its own. */
static void
bodies_hold(Pass *ps)
{
  for (size_t i = 0; i < ps->evs.n; i++) {
    Ev *e    = &ps->evs.v[i];
    int body = 0;
    for (size_t k = 0; k < e->n_parts; k++)
      body |= e->parts[k].m->kind == NG_MENTION_ORG &&
              (e->parts[k].roles & R_ORGANIZER);
    if (!body)
      continue;
    size_t n = 0;
    for (size_t k = 0; k < e->n_parts; k++) {
      Part p = e->parts[k];
      if (p.m->kind == NG_MENTION_PLACE && (p.roles & R_ORGANIZER) &&
          is_division(ps->ev, p.m->label)) {
        p.roles &= ~(unsigned)R_ORGANIZER;
        if (!(p.roles & ~(unsigned)R_ATTEND))
          continue;
      }
      e->parts[n++] = p;
    }
    e->n_parts = n;
  }
}

/* Where role R of part P was read: the sentence of the mention that gave
   it (who chaired is told in its own sentence, not the event's first), or
   the event's own SN, CS, CE when a rule gave it. */
static void
role_prov(const Pass *ps,
          const Part *p,
          unsigned    r,
          long       *sn,
          long       *cs,
          long       *ce)
{
  const NgMention *m = p->why[role_slot(r)];
  if (!m || m->sentence >= ps->a->n_sentences || !ps->a->offset)
    return;
  const NgRange *x = &ps->a->sentences[m->sentence];
  *sn              = (long)m->sentence;
  *cs              = ps->a->offset[x->start];
  *ce              = ps->a->offset[x->end];
}

/* 1 when E, with no person, is named again wider by another event of
   its day that has its name and (扩大) after it (中心组举行第九次集体学习
   (扩大)会议: the 集体学习 before the bracket read as an event of its
   own): one meeting, written once. */
static int
wider_named(const Pass *ps, const Ev *e)
{
  size_t n = e->label ? strlen(e->label) : 0;
  if (!n || has_person(e) || e->ref)
    return 0;
  for (size_t i = 0; i < ps->evs.n; i++) {
    const Ev *x = &ps->evs.v[i];
    if (x == e || x->ref || !x->label || strncmp(x->label, e->label, n) ||
        date_cmp_ok(&x->date, &e->date))
      continue;
    if (!strncmp(x->label + n, "(扩大)", strlen("(扩大)")) ||
        !strncmp(x->label + n, "（扩大）", strlen("（扩大）")))
      return 1;
  }
  return 0;
}

static NgStatus
emit(const Pass       *ps,
     const NgEvents   *ev,
     const NgDocument *doc,
     const char       *article_iri,
     NgFacts          *f)
{
  NgStatus st = NG_OK;
  NgBuf    b = { 0 }, dv = { 0 };
  char    *iri = NULL;
  for (size_t i = 0; i < ps->evs.n; i++) {
    const Ev *e     = &ps->evs.v[i];
    int       dated = e->date.ok == 1;
    int       orgs  = 0;
    for (size_t k = 0; k < e->n_parts; k++)
      if (e->parts[k].m->kind != NG_MENTION_PERSON)
        orgs = 1;
    if (!has_person(e) && !(dated && e->date_local) && !(orgs && !e->ref))
      continue;
    if (wider_named(ps, e))
      continue;
    if (e->title && !has_person(e) && !dated)
      continue;
    if (!*e->label)
      continue;
    /* 各代表团分别召开会议: a bare 会议 that no one holds, chairs or
       attends names no event */
    if (!e->n_parts && is_generic(e->label, strlen(e->label)))
      continue;
    if (e->visit && !own_part(ps, e))
      continue;
    ng_buf_clear(&b);
    ng_buf_clear(&dv);
    if (dated) {
      if (e->date.y)
        NG_TRY(st,
               ng_buf_printf(
                 &dv, "%04d-%02d-%02d", e->date.y, e->date.m, e->date.d));
      else
        NG_TRY(st, ng_buf_printf(&dv, "--%02d-%02d", e->date.m, e->date.d));
      {
        /* one node for one happening across articles: a visit by its
           leader and day, a meeting by its day and name without the body
           that opens it */
        if (e->type == T_INSPECTION && e->lead && !e->ref)
          NG_TRY(
            st,
            ng_buf_printf(&b, "%s %s 调研", ng_buf_str(&dv), e->lead->label));
        else
          NG_TRY(st,
                 ng_buf_printf(&b,
                               "%s %s",
                               ng_buf_str(&dv),
                               e->core < strlen(e->label) ? e->label + e->core
                                                          : e->label));
      }
    } else
      NG_TRY(st,
             ng_buf_printf(&b, "%s %s/%d", e->label, doc->name, ps->a->part));
    ng_free(iri);
    if (!(iri = ng_iri_mint(ev->base, "event", ng_buf_str(&b)))) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    const NgRange *r   = &ps->a->sentences[e->sentence];
    long           sn  = (long)e->sentence;
    long           cs  = ps->a->offset ? ps->a->offset[r->start] : -1;
    long           ce  = ps->a->offset ? ps->a->offset[r->end] : -1;
    NgTerm         lab = ng_literal(e->label, "zh", NULL);
    NG_TRY(st, add_iri(f, iri, NG_RDF_TYPE, NG_SCHEMA_EVENT, sn, cs, ce));
    NG_TRY(st, add_iri(f, iri, NG_NG_EVENTTYPE, type_iri(e->type), sn, cs, ce));
    NG_TRY(st, add(f, iri, NG_RDFS_LABEL, &lab, sn, cs, ce));
    if (doc->traditional && e->nspan) {
      /* the name as the file writes it, from the spans it was read from */
      NgBuf orig = { 0 };
      for (int q = 0; q < e->nspan && !st; q++) {
        char *o = ng_article_orig(ps->a, e->span[q][0], e->span[q][1]);
        st      = o ? ng_buf_puts(&orig, o) : NG_ERR_NOMEM;
        ng_free(o);
      }
      if (!st && orig.len && strcmp(ng_buf_str(&orig), e->label)) {
        NgTerm alt = ng_literal(ng_buf_str(&orig), "zh", NULL);
        st         = add(f, iri, NG_SKOS_ALTLABEL, &alt, sn, cs, ce);
      }
      ng_buf_free(&orig);
      if (st)
        goto done;
    } else if (doc->traditional) {
      /* the name as the file writes it */
      size_t      n   = strlen(e->label);
      const char *at_ = NULL;
      for (size_t q = 0; n && q + n <= ps->a->len && !at_; q++)
        if (!memcmp(ps->a->text + q, e->label, n))
          at_ = ps->a->text + q;
      char *orig = at_ ? ng_article_orig(ps->a,
                                         (size_t)(at_ - ps->a->text),
                                         (size_t)(at_ - ps->a->text) + n)
                       : NULL;
      if (orig && strcmp(orig, e->label)) {
        NgTerm alt = ng_literal(orig, "zh", NULL);
        st         = add(f, iri, NG_SKOS_ALTLABEL, &alt, sn, cs, ce);
      }
      ng_free(orig);
      if (st)
        goto done;
    }
    if (dated) {
      NgTerm d = ng_literal(
        ng_buf_str(&dv), NULL, e->date.y ? NG_XSD_DATE : NG_XSD_GMONTHDAY);
      NG_TRY(st, add(f, iri, NG_SCHEMA_STARTDATE, &d, sn, cs, ce));
    }
    if (e->place && e->place->iri) {
      NgTerm pl = ng_literal(e->place->label, "zh", NULL);
      NG_TRY(
        st,
        add_iri(f, e->place->iri, NG_RDF_TYPE, NG_SCHEMA_PLACE, sn, cs, ce));
      NG_TRY(st, add(f, e->place->iri, NG_RDFS_LABEL, &pl, sn, cs, ce));
      NG_TRY(st,
             add_iri(f, iri, NG_SCHEMA_LOCATION, e->place->iri, sn, cs, ce));
    }
    int    chaired = 0;
    size_t ln      = strlen(e->label);
    for (size_t k = 0; k < e->n_parts; k++)
      if (e->parts[k].roles & R_CHAIR)
        chaired = 1;
    /* 甲与乙举行会谈: talks have sides, no chair */
    if (ln >= 6 && (!strcmp(e->label + ln - 6, "会谈") ||
                    !strcmp(e->label + ln - 6, "会晤")))
      chaired = 1;
    for (size_t k = 0; k < e->n_parts; k++) {
      Part        pp = e->parts[k];
      const Part *p  = &pp;
      const char *o  = p->m->iri;
      /* who convened a meeting chairs it when nobody else is said to */
      if ((pp.roles & R_HOLDER) && !chaired && e->type == T_MEETING &&
          pp.m->kind == NG_MENTION_PERSON)
        pp.roles |= R_CHAIR;
      if (made_here(ps, pp.m)) {
        /* a delegation the entity stage did not name: stated here */
        const NgMention *d   = pp.m;
        long             dcs = ps->a->offset ? ps->a->offset[d->start] : -1;
        long             dce = ps->a->offset ? ps->a->offset[d->end] : -1;
        NgTerm           dl  = ng_literal(d->label, "zh", NULL);
        long             dsn = (long)d->sentence;
        NG_TRY(st,
               add_iri(f, o, NG_RDF_TYPE, NG_ORG_ORGANIZATION, dsn, dcs, dce));
        NG_TRY(st, add(f, o, NG_RDFS_LABEL, &dl, dsn, dcs, dce));
        NG_TRY(st,
               add_iri(f, article_iri, NG_SCHEMA_MENTIONS, o, dsn, dcs, dce));
      }
      if (p->roles & R_ORGANIZER) {
        NG_TRY(st, add_iri(f, iri, NG_SCHEMA_ORGANIZER, o, sn, cs, ce));
        if (pp.m->kind != NG_MENTION_PERSON)
          continue; /* a body holds its event; it does not attend it too */
      }
      char *body = NULL;
      if (pp.m->kind == NG_MENTION_PLACE && (p->roles & (R_ATTEND | R_SPEAK))) {
        /* 龙头镇等单位参加, 听取荆溪镇…的汇报: the area's body takes
           part, an organization named by the area */
        NgTerm blab = ng_literal(pp.m->label, "zh", NULL);
        if (!(body = ng_iri_mint(ev->base, "org", pp.m->label))) {
          st = NG_ERR_NOMEM;
          goto done;
        }
        st = add_iri(f, body, NG_RDF_TYPE, NG_ORG_ORGANIZATION, sn, cs, ce);
        if (!st)
          st = add(f, body, NG_RDFS_LABEL, &blab, sn, cs, ce);
        if (!st && doc->traditional) {
          /* 穆家峪鎮: the name as the file writes it, as the place has */
          char *w = ng_article_orig(ps->a, pp.m->start, pp.m->end);
          if (!w)
            st = NG_ERR_NOMEM;
          else if (strcmp(w, pp.m->label)) {
            NgTerm alt = ng_literal(w, "zh", NULL);
            st         = add(f, body, NG_SKOS_ALTLABEL, &alt, sn, cs, ce);
          }
          ng_free(w);
        }
        if (st) {
          ng_free(body);
          goto done;
        }
        o = body;
      }
      /* each role cites the sentence it was read at */
      long rs[7], rb[7], re[7];
      for (int x = 0; x < 7; x++) {
        rs[x] = sn, rb[x] = cs, re[x] = ce;
        role_prov(ps, p, 1u << x, &rs[x], &rb[x], &re[x]);
      }
      int at = role_slot(R_ATTEND); /* attends: where first seen taking part */
      for (unsigned ro = R_CHAIR; ro <= R_ACCOMPANY && !p->why[at]; ro <<= 1)
        if ((p->roles & ro) && p->why[role_slot(ro)])
          at = role_slot(ro);
      if (p->roles & (R_ATTEND | R_CHAIR | R_SPEAK | R_LEAD | R_ACCOMPANY))
        st = add_iri(f, iri, NG_SCHEMA_ATTENDEE, o, rs[at], rb[at], re[at]);
      int ks = role_slot(R_SPEAK);
      if (!st && (p->roles & R_SPEAK))
        st = add_iri(f, iri, NG_NG_SPEAKER, o, rs[ks], rb[ks], re[ks]);
      ng_free(body);
      if (st)
        goto done;
      if (pp.m->kind == NG_MENTION_PLACE)
        continue;
      int kc = role_slot(R_CHAIR), kl = role_slot(R_LEAD),
          ka = role_slot(R_ACCOMPANY);
      if (p->roles & R_CHAIR)
        NG_TRY(st, add_iri(f, iri, NG_NG_CHAIR, o, rs[kc], rb[kc], re[kc]));
      if (p->roles & R_LEAD)
        NG_TRY(st, add_iri(f, iri, NG_NG_LEAD, o, rs[kl], rb[kl], re[kl]));
      if (p->roles & R_ACCOMPANY)
        NG_TRY(st, add_iri(f, iri, NG_NG_ACCOMPANY, o, rs[ka], rb[ka], re[ka]));
    }
    NG_TRY(st, add_iri(f, article_iri, NG_SCHEMA_ABOUT, iri, sn, cs, ce));
  }
done:
  ng_free(iri);
  ng_buf_free(&b);
  ng_buf_free(&dv);
  return st;
}

/* ---------------------------------------------------------------- driver */

static Date
parse_iso(const char *s)
{
  Date d = { 0, 0, 0, 0 };
  int  y, m, dd;
  if (s && sscanf(s, "%d-%d-%d", &y, &m, &dd) == 3 && m >= 1 && m <= 12 &&
      dd >= 1 && dd <= 31) {
    d.y  = y;
    d.m  = m;
    d.d  = dd;
    d.ok = 1;
  }
  return d;
}

/* A 召开/举行 whose clause names no event (8月7日在区图书馆举行): the
   headline may name it. Remembers the first one's date and place. */
static void
orphan_hold(Pass *ps, size_t j)
{
  size_t cs = clause_start(ps, j), ce = clause_end(ps, j);
  for (size_t k = cs; k < ce; k++)
    if (is_kind(&ps->items.v[k], W_NOUN) ||
        is_mention(&ps->items.v[k], NG_MENTION_PERSON))
      return;
  if (future_before(ps, j))
    return;
  ps->orphan       = 1;
  ps->orphan_date  = date_for(ps, j, 0, &ps->orphan_local);
  ps->orphan_sent  = ps->items.v[j].sent;
  ps->orphan_place = NULL;
  for (size_t k = cs; k < j; k++)
    if (is_mention(&ps->items.v[k], NG_MENTION_PLACE) &&
        ps->items.v[k].s >= 3 &&
        at(ps->text, ps->items.v[k].s - 3, ps->items.v[k].s, "在"))
      ps->orphan_place = ps->items.v[k].m;
}

/* The name of an event in the headline (…举行全团会议 王建国主持 gives
   全团会议): the last event noun and the words before it back to a verb,
   a space or punctuation. Caller frees; NULL when there is none. */
static char *
headline_name(const NgEvents *ev, const char *h, EvType *type)
{
  size_t n = h ? strlen(h) : 0, ns = 0, ne = 0, from = 0, held = 0;
  int    quoted = 0;
  for (size_t i = 0; i < n;) {
    size_t      len;
    const Word *w = lookup(ev, h + i, h + n);
    decode(h + i, &len);
    /* 县委召开常委会: 常委会 is a meeting only after the verb, at the end */
    if (w && w->kind == W_NOUN && w->n == 9 && !memcmp(w->w, "常委会", 9) &&
        !(held && i - held <= 30 && (i + 9 == n || h[i + 9] == ' ')))
      w = NULL;
    if (w && w->kind == W_HOLD)
      held = i + w->n;
    if (at(h, i, n, "《") || at(h, i, n, "“"))
      quoted++;
    else if ((at(h, i, n, "》") || at(h, i, n, "”")) && quoted > 0)
      quoted--;
    if (quoted && w && w->kind != W_NOUN)
      w = NULL; /* 《政府工作报告》 */
    if (w && w->kind == W_NOUN &&
        !starts_with_kind(ev, h + i + w->n, h + n, W_BLOCK)) {
      ns    = from;
      ne    = i + w->n;
      *type = w->type;
      /* 工作会|议: a noun that starts inside this one and goes further
         (会议) ends the name */
      for (size_t j = i + len; j < i + w->n;) {
        size_t      l2;
        const Word *w2 = lookup(ev, h + j, h + n);
        decode(h + j, &l2);
        if (w2 && w2->kind == W_NOUN && j + w2->n > ne) {
          ne    = j + w2->n;
          *type = w2->type;
        }
        j += l2;
      }
      i = ne;
      continue;
    }
    if (w && w->kind != W_NOUN && w->kind != W_SKIP && w->kind != W_INSPECT &&
        w->kind != W_BLOCK && w->kind != W_DIVISION) {
      i += w->n;
      from = i;
      continue;
    }
    if (w)
      len = w->n;
    if (h[i] == ' ' || h[i] == ',' || h[i] == ':' || at(h, i, n, "、") ||
        at(h, i, n, "【") || at(h, i, n, "】") || at(h, i, n, "|") ||
        at(h, i, n, "丨") || at(h, i, n, "的") || at(h, i, n, "在"))
      from = i + len;
    i += len;
  }
  if (ne <= ns || is_generic(h + ns, ne - ns))
    return NULL;
  return ng_strndup(h + ns, ne - ns);
}

/* The headline names what the body calls 会议: 长沙代表团召开会议 under
   "甲市代表团昨举行全团会议" is 甲市代表团全团会议. */
/* The body or place the headline opens with, before its 召开/举行
   (福州市政府召开…例会, 郑东新区 召开…推进会): a mention of the article
   with that name, or NULL. */
static const NgMention *
headline_organizer(Pass *ps, const char *h, const NgMentions *m, NgStatus *st)
{
  size_t n = h ? strlen(h) : 0;
  *st      = NG_OK;
  if (!m)
    return NULL;
  for (size_t i = 0; i < n;) {
    size_t      len;
    const Word *w = lookup(ps->ev, h + i, h + n);
    decode(h + i, &len);
    if (w && w->kind == W_HOLD) {
      size_t e = i;
      while (e > 0 && h[e - 1] == ' ')
        e--;
      for (size_t k = 0; k < m->n; k++) {
        const NgMention *x = &m->v[k];
        if (x->kind != NG_MENTION_ORG && x->kind != NG_MENTION_PLACE)
          continue;
        const char *names[2] = { x->surface, x->label };
        for (int q = 0; q < 2; q++) {
          size_t l = names[q] ? strlen(names[q]) : 0;
          if (l && l == e && !memcmp(h, names[q], l))
            return x;
        }
      }
      /* 甲新区 召开…推进会 where the body names the area only inside
         longer names: the area the entity stage stated */
      const char *lab = NULL;
      int         many;
      const char *iri = e ? stated(ps, h, e, 1, 1, &lab, &many) : NULL;
      if (!iri)
        return NULL;
      NgTerm ts = ng_iri(iri), tp = ng_iri(NG_RDF_TYPE);
      NgTerm to = ng_iri(NG_ORG_ORGANIZATION);
      return made_mention(ps,
                          ng_facts_has(ps->facts, &ts, &tp, &to)
                            ? NG_MENTION_ORG
                            : NG_MENTION_PLACE,
                          iri,
                          lab,
                          st);
    }
    i += w ? w->n : len;
  }
  return NULL;
}

/* The body a headline's event name opens with in a short form
   (政协季度工作会议 over a text that names 区政协): the article's one body
   whose name ends in the longest such opening, of two characters or more
   and short of the whole name. NULL when none or more than one. */
static const NgMention *
opening_body(const NgMentions *m, const char *name)
{
  const NgMention *best = NULL;
  size_t           blen = 0, nn = strlen(name);
  int              many = 0;
  for (size_t k = 0; m && k < m->n; k++) {
    const NgMention *x = &m->v[k];
    if (x->kind != NG_MENTION_ORG || !x->iri)
      continue;
    size_t l = strlen(x->label);
    /* the suffixes of the label, longest first, on character starts */
    for (size_t i = 0; i + 6 <= l; i++) {
      if (((unsigned char)x->label[i] & 0xC0) == 0x80)
        continue;
      size_t n = l - i;
      if (n >= nn || memcmp(name, x->label + i, n))
        continue;
      if (n > blen) {
        best = x;
        blen = n;
        many = 0;
      } else if (n == blen && strcmp(best->iri, x->iri))
        many = 1;
      break;
    }
  }
  return many ? NULL : best;
}

/* The body a headline of N bytes opens with when it carries out or
   organizes an inspection (市人大常委会开展执法检查, 区政协组织委员视察重点
   项目): its name, a verb of holding or 组织 right after it, then an
   inspection verb a few words on, a law's title in 《》 or a line break
   between them (市人大常委会开展 《某市物业管理条例》执法检查), and no
   event's name before it. A mention of the article with that name, or
   NULL. */
static const NgMention *
headline_inspector(const Pass *ps, const char *h, size_t n, const NgMentions *m)
{
  if (!h)
    return NULL;
  for (size_t k = 0; m && k < m->n; k++) {
    const NgMention *x = &m->v[k];
    if (x->kind != NG_MENTION_ORG || !x->iri)
      continue;
    const char *names[2] = { x->surface, x->label };
    for (int q = 0; q < 2; q++) {
      size_t l = names[q] ? strlen(names[q]) : 0;
      if (!l || l >= n || memcmp(h, names[q], l))
        continue;
      const Word *w = lookup(ps->ev, h + l, h + n);
      size_t      b = l;
      if (w && w->kind == W_HOLD)
        b += w->n;
      else if (at(h, l, n, "组织"))
        b += 6;
      else if (w && w->kind == W_INSPECT && w->type == T_INSPECTION)
        return x; /* 县人大常委会视察…工作 */
      else
        continue;
      for (size_t i = b, c = 0; i < n && c <= 8;) {
        size_t      len;
        const Word *v = lookup(ps->ev, h + i, h + n);
        decode(h + i, &len);
        if (v && v->kind == W_INSPECT && v->type == T_INSPECTION)
          return x;
        if ((v && v->kind == W_NOUN) || h[i] == ',' || h[i] == ':' ||
            at(h, i, n, "，") || at(h, i, n, "、"))
          break;
        if (at(h, i, n, "《")) {
          /* the title of a law, whole */
          size_t z = i + 3;
          while (z < n && !at(h, z, n, "》"))
            z++;
          if (z >= n)
            break;
          i = z + 3;
          continue;
        }
        if (h[i] != ' ')
          c++;
        i += v ? v->n : len;
      }
    }
  }
  return NULL;
}

/* An item headed 【区人大常委会开展执法检查】 ends before sentence UPTO:
   the body organizes the first inspection the item reports, when it has
   no organizer of its own. */
static NgStatus
item_inspection(Pass *ps, size_t upto)
{
  const NgMention *x = ps->item_insp;
  ps->item_insp      = NULL;
  for (size_t i = 0; x && i < ps->evs.n; i++) {
    Ev *e = &ps->evs.v[i];
    if (e->ref || e->sentence < ps->item_sent || e->sentence >= upto)
      continue;
    if (e->type != T_INSPECTION)
      continue;
    return has_organizer(e) ? NG_OK : part_add(e, x, R_ORGANIZER);
  }
  return NG_OK;
}

/* 1 when the headline's event NAME may be the one the body calls by the
   bare words NOUN: NOUN opens with a broad word (会议, 大会预备会议, 活动)
   or NAME ends in it (民营企业家座谈会 for 座谈会, 工作推进会议 for
   推进会); the 座谈会 of a visit is not the 工作会议 a headline names. */
static int
names_kind(const char *name, const char *noun)
{
  static const char *const broad[] = { "会",   "大会", "活动",
                                       "仪式", "典礼", NULL };
  for (const char *const *w = broad; *w; w++)
    if (!strncmp(noun, *w, strlen(*w)))
      return 1;
  size_t n = strlen(name), k = strlen(noun);
  if (n >= k && !memcmp(name + n - k, noun, k))
    return 1;
  return n >= k + 3 && !memcmp(name + n - k - 3, noun, k) &&
         !strcmp(name + n - 3, "议");
}

static NgStatus
from_headline(Pass *ps, const char *headline, size_t nt, const NgMentions *m)
{
  EvType           t    = T_NONE;
  char            *name = headline_name(ps->ev, headline, &t);
  NgStatus         st   = NG_OK;
  const NgMention *org  = headline_organizer(ps, headline, m, &st);
  if (st) {
    ng_free(name);
    return st;
  }
  /* a headline broken over lines goes on in the short lines at the top
     of the text (静海区人大常委会开展 / 某某法执法检查) */
  NgBuf whole = { 0 };
  if (headline && (st = ng_buf_puts(&whole, headline))) {
    ng_free(name);
    return st;
  }
  for (size_t k = 0; headline && k < nt && k < ps->a->n_sentences; k++) {
    const NgRange *r = &ps->a->sentences[k];
    if ((st = ng_buf_puts(&whole, " ")) ||
        (st = ng_buf_append(&whole, ps->text + r->start, r->end - r->start))) {
      ng_buf_free(&whole);
      ng_free(name);
      return st;
    }
  }
  const NgMention *insp =
    headline_inspector(ps, whole.data, whole.data ? whole.len : 0, m);
  ng_buf_free(&whole);
  if (insp)
    /* the first inspection reported, when it has no organizer of its own */
    for (size_t i = 0; i < ps->evs.n; i++) {
      Ev *e = &ps->evs.v[i];
      if (e->ref || e->type != T_INSPECTION)
        continue;
      if (!has_organizer(e))
        st = part_add(e, insp, R_ORGANIZER);
      org = NULL; /* not also the organizer of a meeting of the visit */
      break;
    }
  if (org)
    /* the first event reported without an organizer of its own */
    for (size_t i = 0; i < ps->evs.n; i++) {
      Ev *e = &ps->evs.v[i];
      if (e->ref || e->type == T_INSPECTION || e->meet)
        continue;
      if (!has_organizer(e))
        st = part_add(e, org, R_ORGANIZER);
      break;
    }
  if (!name || st) {
    ng_free(name);
    return st;
  }
  /* the orphan 举行 is the headline's event unless the body names one
     before it, or one like it (…列席区人大常委会会议 after it is
     another) */
  int named = 0;
  for (size_t i = 0; i < ps->evs.n; i++)
    if (!ps->evs.v[i].ref &&
        (!ps->orphan || ps->evs.v[i].sentence <= ps->orphan_sent ||
         name_likeness(ps->evs.v[i].label, name) >= 0.3))
      named = 1;
  if (!named && ps->orphan) {
    /* 【政协季度工作会议】 … 8月7日在区图书馆举行 */
    size_t idx;
    st = ev_new(&ps->evs, name, strlen(name), t, ps->orphan_sent, &idx);
    if (!st) {
      ps->evs.v[idx].date       = ps->orphan_date;
      ps->evs.v[idx].date_local = ps->orphan_local;
      ps->evs.v[idx].place      = ps->orphan_place;
      if (!org)
        org = opening_body(m, name);
      if (org)
        st = part_add(&ps->evs.v[idx], org, R_ORGANIZER);
    }
    ng_free(name);
    return st;
  }
  /* the body names the headline's event in full (…第三次会议隆重开幕 /
     …第三次会议在…开幕): a bare 会议 after it (各代表团分别召开会议) is
     another, though a meeting of the session (大会举行预备会议) still
     takes the session's name */
  int full = 0;
  for (size_t i = 0; i < ps->evs.n; i++)
    full |= !ps->evs.v[i].ref && ps->evs.v[i].type == t &&
            !strcmp(ps->evs.v[i].label, name);
  for (size_t i = 0; i < ps->evs.n; i++) {
    Ev *e = &ps->evs.v[i];
    if (e->ref || e->bare == (size_t)-1 || e->type != t || e->aside ||
        (full && !e->sub_n) || !names_kind(name, e->label + e->bare))
      continue;
    NgBuf b = { 0 };
    /* 县人大常委会会议 over 县人大常委会举行会议: the headline's name that
       opens with the organizer takes it once */
    size_t keep = strncmp(name, e->label, e->bare) ? e->bare : 0;
    if ((st = ng_buf_append(&b, e->label, keep)) ||
        (st = ng_buf_puts(&b, name)) ||
        (st = ng_buf_append(&b, ps->text + e->sub_s, e->sub_n))) {
      ng_buf_free(&b);
      break;
    }
    ng_free(e->label);
    e->label = ng_buf_take(&b);
    e->bare  = (size_t)-1;
    e->visit = 0; /* named: an event of its own */
    e->nspan = 0; /* the headline's words are not in the text */
    if (!e->label)
      st = NG_ERR_NOMEM;
    break;
  }
  ng_free(name);
  return st;
}

/* 开班式后,甲以《…》为题为学员讲授第一课 (作首场专题辅导): the first
   lecture of a training class, given after its opening, is an activity
   of its own that the lecturer speaks at, named from him to the end of
   his clause; the verb of the sentence goes to it. */
static NgStatus
first_lecture(Pass *ps)
{
  static const char *const after[] = { "开班式后",       "开班仪式后",
                                       "开班式结束后",   "开班仪式结束后",
                                       "开学典礼后",     "开班动员会后",
                                       "开班动员大会后", NULL };
  static const char *const talks[] = { "讲授", "辅导", "授课", "讲座",
                                       "报告", "党课", NULL };
  const char              *t       = ps->text;
  if (ps->i0 >= ps->i1 || ps->title)
    return NG_OK;
  size_t k  = ps->items.v[ps->i0].sent;
  size_t sb = ps->a->sentences[k].start, se = ps->a->sentences[k].end;
  while (sb < se && (t[sb] == ' ' || t[sb] == '\n'))
    sb++;
  if (at(t, sb, se, "\xe3\x80\x80")) /* 　 */
    sb += 3;
  size_t w = 0;
  for (const char *const *a = after; *a && !w; a++)
    if (at(t, sb, se, *a))
      w = strlen(*a);
  if (!w || !(at(t, sb + w, se, ",") || at(t, sb + w, se, "，")))
    return NG_OK;
  size_t p = ps->i0;
  while (p < ps->i1 && !is_mention(&ps->items.v[p], NG_MENTION_PERSON))
    p++;
  if (p >= ps->i1 || clause_start(ps, p) != clause_start(ps, ps->i1 - 1))
    return NG_OK; /* one clause from the person on */
  const Item *x  = &ps->items.v[p];
  size_t      ce = clause_end(ps, p);
  size_t      cb = ce < ps->i1 ? ps->items.v[ce].s : se;
  while (cb > x->e && (t[cb - 1] == ' ' || t[cb - 1] == '\n'))
    cb--;
  if (cb >= x->e + 3 && at(t, cb - 3, cb, "。"))
    cb -= 3;
  if (!at(t, x->e, cb, "以《"))
    return NG_OK;
  size_t q = x->e;
  while (q < cb && !at(t, q, cb, "》"))
    q++;
  int talk = 0;
  for (size_t b = q; b < cb && !talk; b++)
    for (const char *const *v = talks; *v && !talk; v++)
      talk = at(t, b, cb, *v);
  if (q >= cb || !talk || cb - x->s > 240)
    return NG_OK;
  int  local;
  Date d = date_for(ps, p, 0, &local);
  if (d.ok != 1 && ps->cur >= 0 && ps->evs.v[ps->cur].date.ok == 1) {
    d     = ps->evs.v[ps->cur].date; /* the day of the opening */
    local = ps->evs.v[ps->cur].date_local;
  }
  size_t   idx;
  NgStatus st = ev_new(&ps->evs, t + x->s, cb - x->s, T_ACTIVITY, k, &idx);
  if (st)
    return st;
  Ev *e = &ps->evs.v[idx];
  ev_span(e, x->s, cb, 0);
  e->date       = d;
  e->date_local = local;
  st            = part_add(e, x->m, R_ATTEND | R_SPEAK);
  anchor(ps, (long)idx, p);
  return st;
}

/* 1 when sentence K, a paragraph of its own, is a day alone (3月5日,
   3月9日至10日, 3月5日(星期四)): its items dates only, the first a day,
   and little else but spaces; among the headline lines, one without a
   year. */
static int
date_alone(const Pass *ps, size_t k)
{
  const NgArticle *a = ps->a;
  if (ps->i0 >= ps->i1 || ps->items.v[ps->i0].it != IT_DATE ||
      ps->items.v[ps->i0].date.ok != 1 ||
      (k + 1 < a->n_sentences &&
       a->sentences[k + 1].paragraph == a->sentences[k].paragraph))
    return 0;
  size_t in = 0, rest = 0;
  for (size_t j = ps->i0; j < ps->i1; j++) {
    if (ps->items.v[j].it != IT_DATE)
      return 0;
    in += ps->items.v[j].e - ps->items.v[j].s;
  }
  for (size_t b = a->sentences[k].start; b < a->sentences[k].end; b++)
    rest += ps->text[b] != ' ' && ps->text[b] != '\n' && ps->text[b] != '\t';
  /* (a page's date line at the top, 2026年3月12日 星期四, is none) */
  if (ps->title && span_has(ps->text,
                            a->sentences[k].start,
                            a->sentences[k].end,
                            (const char *const[]){ "年", NULL }))
    return 0;
  return rest <= in + 21; /* 至 and a weekday in brackets */
}

/* 1 when byte P of sentence K opens its clause: the sentence's start or
   right after a comma, a semicolon or a full stop (spaces between). */
static int
clause_opener(const NgArticle *a, size_t k, size_t p)
{
  size_t sb = a->sentences[k].start;
  while (p > sb && (a->text[p - 1] == ' ' || a->text[p - 1] == '\n'))
    p--;
  return p == sb || a->text[p - 1] == ',' ||
         (p >= sb + 3 &&
          (at(a->text, p - 3, p, "，") || at(a->text, p - 3, p, "；") ||
           at(a->text, p - 3, p, "。")));
}

/* How many sentences the headline lines at the top hold: short lines
   without a full stop or a comma, before the first that has one. */
static size_t
title_lines(const NgArticle *a)
{
  size_t k = 0;
  while (k < a->n_sentences) {
    const NgRange *r = &a->sentences[k];
    const char    *p = a->text + r->start;
    size_t         n = r->end - r->start;
    if (n > 200 || memchr(p, ',', n))
      break;
    int stop = 0;
    for (size_t i = 0; i + 3 <= n; i++)
      if (!memcmp(p + i, "。", 3) || !memcmp(p + i, "，", 3))
        stop = 1;
    if (stop)
      break;
    k++;
  }
  return k < a->n_sentences ? k : 0;
}

/* The year a headline gives its body (某省大事记(2023年9月), 开展2024年国庆
   节前安全检查), or 0: a year of its own, not a span of years (2021—2025年),
   a year reviewed (2023年度) or a starting point (2023年以来). */
static int
headline_year(const char *h)
{
  static const char *const before[] = { "—", "-", "~", "至", "到", NULL };
  static const char *const after[]  = { "度", "以来", "至", "到", "—",
                                        "-",  "~",    "、", NULL };
  size_t                   n        = h ? strlen(h) : 0;
  for (size_t p = 0; p < n; p++) {
    Date   d;
    size_t e, y = p;
    if (!is_ascii_digit(h[p]) || (p && is_ascii_digit(h[p - 1])) ||
        !parse_date(h, p, n, &d, &e) || !d.y)
      continue;
    while (y < e && !at(h, y, e, "年"))
      y++;
    y += 3; /* the byte after 年 */
    int bad = 0;
    for (const char *const *w = before; *w && !bad; w++) {
      size_t k = strlen(*w);
      bad      = p >= k && !memcmp(h + p - k, *w, k);
    }
    for (const char *const *w = after; *w && !bad; w++)
      bad = at(h, y, n, *w);
    if (!bad)
      return d.y;
  }
  return 0;
}

NgStatus
ng_events_extract(NgEvents         *ev,
                  const NgDocument *doc,
                  const NgArticle  *a,
                  const char       *article_iri,
                  const NgMentions *m,
                  NgFacts          *f)
{
  Pass     ps;
  NgStatus st = NG_OK;
  memset(&ps, 0, sizeof ps);
  ps.ev             = ev;
  ps.a              = a;
  ps.text           = a->text;
  ps.cur            = -1;
  ps.group_prev     = -1;
  ps.date_line      = -1;
  ps.before_meeting = -1;
  ps.around_meeting = -1;
  ps.at_opening     = -1;
  ps.art            = parse_iso(a->date);
  ps.mentions       = m;
  ps.doc_name       = doc->name;
  ps.facts          = f;
  Date none         = { 0, 0, 0, 0 };
  ps.last_date      = none;
  size_t mi         = 0;
  size_t nt         = title_lines(a);
  Date   pre_flash  = none; /* the last date before a flashback, */
  int    flash      = 0;    /* which is under way */
  if (!ps.art.y)
    ps.ctx_y = headline_year(a->headline);
  for (size_t k = 0; k < a->n_sentences; k++) {
    size_t i0 = ps.items.n;
    ps.title  = k < nt;
    if (k == nt && nt) {
      /* the body reports afresh what the headline named */
      ps.cur          = -1;
      ps.last_subject = NULL;
    }
    if (ps.at_opening >= 0) {
      ps.cur        = ps.at_opening; /* back to the opening */
      ps.at_opening = -1;
    }
    NG_TRY(st, scan_sentence(&ps, m, &mi, k));
    NG_TRY(st, list_gaps(&ps, i0));
    ps.i0       = i0;
    ps.i1       = ps.items.n;
    ps.n_anchor = 0;
    /* a new paragraph: its own date; a dated entry (大事记) starts afresh */
    size_t prev_end = k ? a->sentences[k - 1].end : 0;
    int    para     = !k || memchr(a->text + prev_end,
                            '\n',
                            a->sentences[k].start - prev_end) != NULL;
    if (para && ps.cur >= 0 && ps.evs.v[ps.cur].groups == 1)
      ps.cur = ps.group_prev; /* the group's discussion is told */
    if (para && flash) {
      ps.last_date = pre_flash; /* the flashback's paragraph is over */
      flash        = 0;
    }
    {
      /* 此前,1月7日下午,…: a paragraph told back in time; the day a
         later paragraph's 当天 means is the one before it */
      size_t sb = a->sentences[k].start;
      while (sb < a->sentences[k].end &&
             (a->text[sb] == ' ' || a->text[sb] == '\n'))
        sb++;
      if (!flash && (at(a->text, sb, a->sentences[k].end, "此前,") ||
                     at(a->text, sb, a->sentences[k].end, "此前，"))) {
        pre_flash = ps.last_date;
        flash     = 1;
      }
    }
    size_t head =
      bracket_head_end(a->text, a->sentences[k].start, a->sentences[k].end);
    if (para && head != a->sentences[k].start && k >= nt) {
      ps.cur          = -1; /* 【…】: a new item */
      ps.last_subject = NULL;
      NG_TRY(st, item_inspection(&ps, k));
      size_t hs = a->sentences[k].start;
      while (hs < head && !at(a->text, hs, head, "【"))
        hs++;
      if (hs + 6 < head) {
        ps.item_insp =
          headline_inspector(&ps, a->text + hs + 3, head - 3 - (hs + 3), m);
        ps.item_sent = k;
      }
    } else if (para && k >= nt && item_head_line(a, k)) {
      /* ◆县政协视察文旅项目建设 / 近日，县政协主席甲带领…: an item's
         headline on a line of its own says who carries out the item's
         inspection, as one in 【】 does */
      NG_TRY(st, item_inspection(&ps, k));
      size_t hs = a->sentences[k].start, he = a->sentences[k].end;
      hs = item_mark_end(a->text, hs, he);
      if (hs + 6 < he) {
        ps.item_insp = headline_inspector(&ps, a->text + hs, he - hs, m);
        ps.item_sent = k;
      }
    }
    if (para) {
      ps.speech         = 0;
      ps.para_date      = none;
      ps.para_date.ok   = -1;
      const Item *first = ps.i0 < ps.i1 ? &ps.items.v[ps.i0] : NULL;
      if (first && first->s - head <= 3 &&
          ((first->it == IT_DATE && first->date.ok == 1) ||
           (is_kind(first, W_SAMEDAY) &&
            at(a->text, first->s, first->e, "同日")) ||
           /* 近日,X深入…村宣讲…: a report of its own, after the first */
           (is_kind(first, W_UNKNOWN) && k > nt)))
        ps.cur = -1; /* a dated entry, not 随后 */
      /* 3月5日 / 县长甲到乙镇调研…: a chronicle's day on a line of its
         own dates the entry below it */
      if (k && ps.date_line == (long)k - 1 && ps.last_date.ok == 1) {
        ps.para_date = ps.last_date;
        ps.cur       = -1;
      }
    }
    /* 会前,甲带队到某矿检查…。在某矿采场,他…要求…: what the visit's own
       paragraph goes on to tell after a visit made around the meeting
       under way is told of the visit; the next paragraph returns to the
       meeting */
    if (ps.before_meeting >= 0 && ps.around_meeting >= 0 && !ps.title) {
      const Ev *bv = &ps.evs.v[ps.before_meeting];
      int same     = bv->sentence < k && a->sentences[bv->sentence].paragraph ==
                                       a->sentences[k].paragraph;
      /* but 会上,…, 会议指出, 仪式上: the meeting named again */
      size_t sb = a->sentences[k].start, sc = sb;
      while (sc < a->sentences[k].end && sc < sb + 30 &&
             !at(a->text, sc, a->sentences[k].end, ",") &&
             !at(a->text, sc, a->sentences[k].end, "，"))
        sc++;
      if (span_has(a->text,
                   sb,
                   sc,
                   (const char *const[]){ "会", "仪式", "活动", NULL }))
        same = 0;
      if (same && ps.cur == ps.around_meeting)
        ps.cur = ps.before_meeting;
      else if (!same && ps.cur == ps.before_meeting)
        ps.cur = ps.around_meeting;
    }
    /* dates, resolved in text order */
    Date para_before = ps.para_date;
    for (size_t j = ps.i0; j < ps.i1; j++) {
      Item *x = &ps.items.v[j];
      if (x->it == IT_WORD && x->w->kind == W_NOUN) {
        /* 推介会前,甲会见了…; 签约仪式后,…: the day of the event named,
           as 会前 and 会后 give; so does 会议结束后, (大会结束后,), a
           time, not the meeting met again */
        size_t ae = x->e, se = a->sentences[k].end;
        if (at(a->text, ae, se, "结束后"))
          ae += strlen("结束");
        if (ps.title || !clause_opener(a, k, x->s) ||
            !(at(a->text, ae, se, "前,") || at(a->text, ae, se, "前，") ||
              at(a->text, ae, se, "后,") || at(a->text, ae, se, "后，")))
          continue;
        Date d = ps.last_date;
        if (ps.cur >= 0 && ps.evs.v[ps.cur].date.ok == 1 &&
            !ps.evs.v[ps.cur].ref)
          d = ps.evs.v[ps.cur].date;
        if (d.ok != 1)
          continue;
        x->it   = IT_DATE;
        x->date = d;
      } else if (x->it == IT_WORD) {
        Date d = none;
        switch (x->w->kind) {
          case W_YESTERDAY:
            if (ps.art.ok == 1)
              d = day_before(ps.art);
            /* 前天, 前日: the day before that */
            if (d.ok == 1 && at(a->text, x->s, x->e, "前"))
              d = day_before(d);
            break;
          case W_TODAY:
            d = ps.art;
            break;
          case W_SAMEDAY:
            d = ps.last_date;
            /* 会前, 会后, 会见前: the day of the meeting under way, which
               a word of a speech since (今天) does not change */
            if (ps.cur >= 0 && ps.evs.v[ps.cur].date.ok == 1 &&
                !ps.evs.v[ps.cur].ref &&
                (at(a->text, x->s, x->e, "会") ||
                 at(a->text, x->s, x->e, "座")) &&
                (at(a->text, x->e - 3, x->e, "前") ||
                 at(a->text, x->e - 3, x->e, "后"))) {
              d = ps.evs.v[ps.cur].date;
              /* 2月20日,…动员大会。…2月19日,甲主持召开常委会会议,研究…。
                 会后,乙带队…: after a paragraph told back to an earlier
                 day, 会后 is after the meeting the article reports */
              const Ev *main_ev = NULL;
              for (size_t i = 0; i < ps.evs.n && !main_ev; i++)
                if (!ps.evs.v[i].ref && ps.evs.v[i].date.ok == 1)
                  main_ev = &ps.evs.v[i];
              const Ev *c = &ps.evs.v[ps.cur];
              if (main_ev && main_ev != c &&
                  a->sentences[k].paragraph >
                    a->sentences[c->sentence].paragraph &&
                  a->sentences[c->sentence].paragraph >
                    a->sentences[main_ev->sentence].paragraph &&
                  main_ev->date.y == c->date.y &&
                  (c->date.m < main_ev->date.m ||
                   (c->date.m == main_ev->date.m &&
                    c->date.d < main_ev->date.d)))
                d = main_ev->date;
            }
            break;
          case W_NEXTDAY: {
            /* 次日, 翌日: the day after the date last written, when the
               word opens its clause (次日上午,…; not 实现次日达) */
            size_t b = x->s, sb = a->sentences[k].start;
            while (b > sb && (a->text[b - 1] == ' ' || a->text[b - 1] == '\n'))
              b--;
            if (!(b == sb || a->text[b - 1] == ',' ||
                  (b >= sb + 3 && (at(a->text, b - 3, b, "，") ||
                                   at(a->text, b - 3, b, "；") ||
                                   at(a->text, b - 3, b, "。")))))
              continue;
            if (ps.last_date.ok == 1 && ps.last_date.m >= 1 &&
                ps.last_date.m <= 12)
              d = day_after(ps.last_date);
            break;
          }
          case W_UNKNOWN:
            break;
          default:
            continue;
        }
        x->it   = IT_DATE;
        x->date = d;
      } else if (x->it != IT_DATE)
        continue;
      if (x->it == IT_DATE && x->w == NULL) {
        /* 14日至16日: the range starts the event; but 今日(三月十二日)
           writes out the day a word named */
        int range_end = j > ps.i0 && ps.items.v[j - 1].it == IT_DATE &&
                        x->s - ps.items.v[j - 1].e <= 3 &&
                        !(ps.items.v[j - 1].w && ps.text[x->s - 1] == '(');
        x->date = resolve(&ps, x->date);
        if (range_end)
          x->date.ok = -1;
      }
      if (x->date.ok == 1) {
        ps.para_date = x->date;
        ps.last_date = x->date;
      } else if (x->date.ok == 0 && x->w) {
        ps.para_date = none; /* 近日: no date for what follows */
      }
    }
    if (para && date_alone(&ps, k))
      ps.date_line = (long)k;
    /* the events named in the sentence, in text order, each with the
       paragraph's date as it stands there */
    Date keep    = ps.para_date;
    ps.para_date = para_before;
    for (size_t j = ps.i0; j < ps.i1; j++) {
      Item *x = &ps.items.v[j];
      if (x->it == IT_DATE && x->date.ok == 1)
        ps.para_date = x->date;
      else if (x->it == IT_DATE && x->date.ok == 0 && x->w)
        ps.para_date = x->date;
      if (x->it != IT_WORD)
        continue;
      if (x->w->kind == W_NOUN)
        NG_TRY(st, on_noun(&ps, j));
      else if (x->w->kind == W_INSPECT)
        NG_TRY(st, on_inspect(&ps, j));
      else if (x->w->kind == W_MEET)
        NG_TRY(st, on_meet(&ps, j));
      else if (x->w->kind == W_ATTEND && x->w->naming)
        NG_TRY(st, on_sign(&ps, j));
      else if (x->w->kind == W_ATTEND)
        NG_TRY(st, on_deliberation(&ps, j));
      else if (x->w->kind == W_HOLD && !ps.orphan && !ps.title)
        orphan_hold(&ps, j);
    }
    NG_TRY(st, first_lecture(&ps));
    NG_TRY(st, group_discussion(&ps, k));
    NG_TRY(st, led_visit(&ps));
    ps.para_date          = keep;
    const NgMention *said = ps.last_subject;
    NG_TRY(st, roles(&ps));
    if (ps.last_subject == said && !ps.title)
      opener_subject(&ps);
    NG_TRY(st, explained(&ps));
    NG_TRY(st, reported(&ps));
    NG_TRY(st, bodies_made(&ps));
    NG_TRY(st, bodies_report(&ps));
    NG_TRY(st, on_behalf(&ps));
    NG_TRY(st, elected(&ps));
    NG_TRY(st, press_questions(&ps));
    NG_TRY(st, talked_with(&ps));
    NG_TRY(st, together(&ps));
    /* 甲强调, 甲指出: 甲要求,: a speech opens; the paragraph reports it */
    for (size_t j = ps.i0; j < ps.i1 && !ps.title; j++) {
      const Item *x  = &ps.items.v[j];
      size_t      se = a->sentences[k].end;
      if (is_kind(x, W_SPEAK) && !x->w->direct && j > ps.i0 &&
          (is_mention(&ps.items.v[j - 1], NG_MENTION_PERSON) ||
           is_kind(&ps.items.v[j - 1], W_NOUN)) &&
          ps.items.v[j - 1].e == x->s &&
          (at(a->text, x->e, se, ",") || at(a->text, x->e, se, "，") ||
           at(a->text, x->e, se, ":") || at(a->text, x->e, se, "：")))
        ps.speech = 1;
    }
  }
  /* “全市招商推介会”在…举行: the name quoted whole, without the opening
     mark its closing one does not follow in the label */
  for (size_t i = 0; i < ps.evs.n; i++) {
    Ev   *e = &ps.evs.v[i];
    char *l = e->label;
    if (l && !strncmp(l, "“", 3) && !strstr(l, "”") && l[3]) {
      memmove(l, l + 3, strlen(l + 3) + 1);
      e->core = e->core >= 3 ? e->core - 3 : 0;
      if (e->bare != (size_t)-1)
        e->bare = e->bare >= 3 ? e->bare - 3 : 0;
    }
  }
  NG_TRY(st, item_inspection(&ps, a->n_sentences));
  NG_TRY(st, from_headline(&ps, a->headline, nt, m));
  NG_TRY(st, feedback(&ps));
  group_sessions(&ps);
  NG_TRY(st, affairs_meeting(&ps));
  NG_TRY(st, party_group_meeting(&ps));
  bodies_hold(&ps);
  NG_TRY(st, delegation_trip(&ps));
  NG_TRY(st, emit(&ps, ev, doc, article_iri, f));
done:
  evs_free(&ps.evs);
  ng_free(ps.items.v);
  for (size_t i = 0; i < ps.n_made; i++) {
    ng_free(ps.made[i]->label);
    ng_free(ps.made[i]->iri);
    ng_free(ps.made[i]);
  }
  return st;
}
