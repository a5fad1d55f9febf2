/* extract/entity.c -- the recognizers of persons, posts, organizations and
   places, the post relations between them, and the facts they give.

   Per sentence: one lexicon scan records every word that starts at each
   character (the lattice). Then, reading the lattice only:
     places   longest administrative-division words, left to right;
     titles   a title word with the prefixes before it (常务副 + 市长);
     orgs     a body word (局, 党工委, 人民政府) and, leftwards, the region,
              place, department stem or parent body that names it;
     places   a place suffix (广场, 会议室, 新区) and its named prefix;
     persons  a surname and one or two given characters, only where a name
              is likely: after a title, before a title or a word such as
              同志/主持/表示 at the start of a clause, in a 、-list of names;
     holds    ORG? TITLE (、 ORG? TITLE)* PERSON (、 PERSON)*, the region of
              the first body carried into a bare later one; PERSON TITLE.
   Per article: names found once are found again wherever they stand, and
   short bodies (市委, 管委会) take the full name the article gives them. */
#include "extract/entity.h"

#include "extract/iri.h"
#include "graph/buf.h"
#include "graph/vocab.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  K_SURNAME      = 1u << 0,
  K_GIVEN        = 1u << 1,
  K_TITLE        = 1u << 2,
  K_TPREFIX      = 1u << 3,
  K_BODY         = 1u << 4, /* strong body */
  K_BODY_WEAK    = 1u << 5,
  K_BODY_TOP     = 1u << 6,
  K_BODY_BARE    = 1u << 7,
  K_BODY_CO      = 1u << 8, /* company */
  K_ORG          = 1u << 9,
  K_DOMAIN       = 1u << 10,
  K_PLACE        = 1u << 11,
  K_PLACE_SHORT  = 1u << 12,
  K_PSUF         = 1u << 13,
  K_PSUF_WEAK    = 1u << 14,
  K_STOP         = 1u << 15,
  K_AFTER        = 1u << 16,
  K_GENERIC      = 1u << 17,
  K_NOTNAME      = 1u << 18,
  K_REGION       = 1u << 19,
  K_NOTBODY      = 1u << 20,
  K_BEFORE       = 1u << 21, /* names follow: 领导 */
  K_ORGPRE       = 1u << 22, /* opens a body's name only: 中共 */
  K_PLACE_COUNTY = 1u << 23, /* a county's short name: needs the full one */
  K_PSUF_W2      = 1u << 24, /* a weak place suffix after two characters;
                                with K_PSUF, one after a place only */
  K_BODY_DEPT = 1u << 25,    /* a weak body that needs a department stem */
  K_APPOINT   = 1u << 26,    /* names a post given: 当选为, 担任 */
  K_NOTNAME2  = 1u << 27,    /* a common word, never a name of two characters
                                (和平), nor of three with a weak last one */
  K_NOTPLACE = 1u << 28, /* a word a place name opens but no place: 中国式 */
  K_PLACE_WIDE = 1u << 29, /* a country, region or river: it holds no place
                              written right after it */
  K_PLACE_PROV = 1u << 30, /* a province: in no place written before it */
  K_FOREIGN    = 1u << 31  /* a character of transliterated names: 斯 */
};
#define K_ANYBODY (K_BODY | K_BODY_WEAK | K_BODY_TOP | K_BODY_BARE | K_BODY_CO)
#define K_ANYPSUF (K_PSUF | K_PSUF_WEAK)

/* A department's short name and its full one (发改委, 发展和改革委员会). */
typedef struct {
  char  *brief, *full;
  size_t nbrief;
} Short;

struct NgEntities {
  NgLexicon *lex;
  NgLexicon *minority; /* elements of names without a surname: 扎西, 次仁 */
  Short     *shorts;   /* data/org_short.tsv */
  size_t     nshorts;
  char      *base;
};

/* ---------------------------------------------------------------- set-up */

static NgStatus
load(NgEntities        *en,
     const char        *dir,
     const char        *file,
     unsigned           flags,
     const char *const *tags,
     const unsigned    *tag_flags,
     char             **errmsg)
{
  NgBuf    path = { 0 };
  NgStatus st   = ng_buf_printf(&path, "%s/%s", dir, file);
  if (!st)
    st = ng_lexicon_load(
      en->lex, ng_buf_str(&path), flags, tags, tag_flags, errmsg);
  ng_buf_free(&path);
  return st;
}

/* Reads DIR/org_short.tsv: SHORT TAB FULL a line. */
static NgStatus
load_shorts(NgEntities *en, const char *dir, char **errmsg)
{
  NgBuf    path = { 0 }, line = { 0 };
  NgStatus st  = ng_buf_printf(&path, "%s/org_short.tsv", dir);
  FILE    *f   = st ? NULL : fopen(ng_buf_str(&path), "r");
  size_t   cap = 0;
  long     n   = 0;
  if (st)
    return st;
  if (!f) {
    *errmsg = ng_lexicon_error(
      ng_buf_str(&path), 0, "cannot open the list of short names");
    ng_buf_free(&path);
    return NG_ERR_IO;
  }
  while (!(st = ng_lexicon_line(f, &line, &n))) {
    char *s   = line.data;
    char *tab = strchr(s, '\t');
    if (!tab || tab == s || !tab[1] || strchr(tab + 1, '\t')) {
      *errmsg = ng_lexicon_error(
        ng_buf_str(&path), n, "expected a short name, a tab and the full name");
      st = NG_ERR_SYNTAX;
      goto done;
    }
    *tab = '\0';
    if (en->nshorts == cap) {
      cap      = cap ? cap * 2 : 64;
      Short *v = ng_realloc(en->shorts, cap * sizeof *v);
      if (!v) {
        st = NG_ERR_NOMEM;
        goto done;
      }
      en->shorts = v;
    }
    Short *x  = &en->shorts[en->nshorts];
    x->brief  = ng_strdup(s);
    x->full   = ng_strdup(tab + 1);
    x->nbrief = strlen(s);
    if (!x->brief || !x->full) {
      ng_free(x->brief);
      ng_free(x->full);
      st = NG_ERR_NOMEM;
      goto done;
    }
    en->nshorts++;
  }
  if (st == NG_DONE)
    st = NG_OK;
done:
  fclose(f);
  ng_buf_free(&line);
  ng_buf_free(&path);
  return st;
}

static void abbr_ready(void);

NgStatus
ng_entities_new(const char  *data_dir,
                const char  *base,
                NgEntities **out,
                char       **errmsg)
{
  static const char *const body_tags[]  = { "strong",  "weak",  "top", "bare",
                                            "company", "weakd", NULL };
  static const unsigned    body_flags[] = {
       K_BODY,      K_BODY_WEAK, K_BODY_TOP,
       K_BODY_BARE, K_BODY_CO,   K_BODY_WEAK | K_BODY_DEPT
  };
  static const char *const place_tags[] = {
    "full", "short", "county", "not", "province", "province_short", NULL
  };
  static const unsigned place_flags[] = {
    0,          K_PLACE_SHORT, K_PLACE_SHORT | K_PLACE_COUNTY,
    K_NOTPLACE, K_PLACE_PROV,  K_PLACE_PROV | K_PLACE_SHORT
  };
  static const char *const psuf_tags[] = {
    "strong", "weak", "weak2", "placed", NULL
  };
  static const unsigned psuf_flags[] = {
    K_PSUF, K_PSUF_WEAK, K_PSUF_WEAK | K_PSUF_W2, K_PSUF | K_PSUF_W2
  };
  static const char *const ctx_tags[]  = { "after",  "generic", "notname",
                                           "before", "appoint", "foreign",
                                           NULL };
  static const unsigned    ctx_flags[] = {
       K_AFTER, K_GENERIC, K_NOTNAME, K_BEFORE, K_APPOINT | K_AFTER, K_FOREIGN
  };
  static const char *const org_tags[]  = { "prefix", NULL };
  static const unsigned    org_flags[] = { K_ORGPRE };
  NgStatus                 st          = NG_OK;
  NgEntities              *en          = ng_calloc(1, sizeof *en);
  *errmsg                              = NULL;
  if (!en)
    return NG_ERR_NOMEM;
  abbr_ready();
  if (!(en->base = ng_strdup(base ? base : NG_DEFAULT_BASE))) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  NG_TRY(st, ng_lexicon_new(&en->lex));
  NG_TRY(st, load(en, data_dir, "surnames.txt", K_SURNAME, NULL, NULL, errmsg));
  NG_TRY(st, load(en, data_dir, "given.tsv", K_GIVEN, NULL, NULL, errmsg));
  NG_TRY(st,
         load(en, data_dir, "given_extra.tsv", K_GIVEN, NULL, NULL, errmsg));
  NG_TRY(st, load(en, data_dir, "titles.txt", K_TITLE, NULL, NULL, errmsg));
  NG_TRY(
    st,
    load(en, data_dir, "title_prefixes.txt", K_TPREFIX, NULL, NULL, errmsg));
  NG_TRY(
    st, load(en, data_dir, "org_bodies.tsv", 0, body_tags, body_flags, errmsg));
  NG_TRY(st,
         load(en, data_dir, "orgs.txt", K_ORG, org_tags, org_flags, errmsg));
  NG_TRY(st, load(en, data_dir, "domains.txt", K_DOMAIN, NULL, NULL, errmsg));
  NG_TRY(
    st,
    load(en, data_dir, "places.tsv", K_PLACE, place_tags, place_flags, errmsg));
  NG_TRY(st,
         load(en,
              data_dir,
              "places_former.tsv",
              K_PLACE,
              place_tags,
              place_flags,
              errmsg));
  NG_TRY(st,
         load(en,
              data_dir,
              "places_short.tsv",
              K_PLACE,
              place_tags,
              place_flags,
              errmsg));
  NG_TRY(st,
         load(en,
              data_dir,
              "places_extra.tsv",
              K_PLACE | K_PLACE_WIDE,
              place_tags,
              place_flags,
              errmsg));
  NG_TRY(
    st,
    load(en, data_dir, "place_suffixes.tsv", 0, psuf_tags, psuf_flags, errmsg));
  NG_TRY(st, load(en, data_dir, "regions.txt", K_REGION, NULL, NULL, errmsg));
  NG_TRY(st, load(en, data_dir, "stopwords.txt", K_STOP, NULL, NULL, errmsg));
  NG_TRY(
    st, load(en, data_dir, "name_context.tsv", 0, ctx_tags, ctx_flags, errmsg));
  NG_TRY(st,
         load(en, data_dir, "not_bodies.txt", K_NOTBODY, NULL, NULL, errmsg));
  NG_TRY(st,
         load(en, data_dir, "not_names.txt", K_NOTNAME2, NULL, NULL, errmsg));
  NG_TRY(st, load_shorts(en, data_dir, errmsg));
  NG_TRY(st, ng_lexicon_new(&en->minority));
  {
    NgBuf path = { 0 };
    st         = ng_buf_printf(&path, "%s/minority_names.txt", data_dir);
    if (!st)
      st =
        ng_lexicon_load(en->minority, ng_buf_str(&path), 1, NULL, NULL, errmsg);
    ng_buf_free(&path);
    if (st > NG_DONE)
      goto done;
  }
  *out = en;
done:
  if (st > NG_DONE)
    ng_entities_free(en);
  return st;
}

void
ng_entities_free(NgEntities *en)
{
  if (!en)
    return;
  ng_lexicon_free(en->lex);
  ng_lexicon_free(en->minority);
  for (size_t i = 0; i < en->nshorts; i++) {
    ng_free(en->shorts[i].brief);
    ng_free(en->shorts[i].full);
  }
  ng_free(en->shorts);
  ng_free(en->base);
  ng_free(en);
}

const NgLexicon *
ng_entities_lexicon(const NgEntities *en)
{
  return en->lex;
}

/* ---------------------------------------------------------------- text */

static uint32_t
decode(const char *s, size_t len, size_t *i)
{
  const unsigned char *u = (const unsigned char *)s;
  uint32_t             c = u[*i];
  int                  n = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  if (n)
    c &= 0x3Fu >> n;
  (*i)++;
  while (n-- && *i < len && (u[*i] & 0xC0) == 0x80)
    c = (c << 6) | (u[(*i)++] & 0x3F);
  return c;
}

static int
is_han(uint32_t c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3007;
}

static int
is_numeral(uint32_t c)
{
  return (c >= '0' && c <= '9') || c == 0x4E00 || c == 0x4E8C || c == 0x4E09 ||
         c == 0x56DB || c == 0x4E94 || c == 0x516D || c == 0x4E03 ||
         c == 0x516B || c == 0x4E5D || c == 0x5341 || c == 0x767E ||
         c == 0x96F6 || c == 0x7B2C || c == 0x5C4A || c == 0x6B21;
  /* 一二三四五六七八九十百零 第 届 次 */
}

/* Characters that make a numeral before them a count (三个村, 一些村,
   一般村, 二类村, 三年村): measure words, kinds and times. */
static const uint32_t COUNT_CHARS[] = {
  0x4E2A, 0x4E9B, 0x5EA7, 0x5904, 0x5BB6, 0x6237, 0x6240, 0x540D, 0x4F4D,
  0x6279, 0x7C7B, 0x9879, 0x6761, 0x7247, 0x7EC4, 0x7EA7, 0x5E74, 0x6708,
  0x65E5, 0x5929, 0x5468, 0x822C, 0x6210, 0x534A, 0x53F7, 0x671F, 0x6863,
  0x7B49, 0x578B, 0x79CD, 0x4E07, 0x5343, 0x4E2D, 0x4E0A, 0x4E0B, 0
}; /* 个 些 座 处 家 户 所 名 位 批 类 项 条 片 组 级 年 月 日 天 周 般 成 半
      号 期 档 等 型 种 万 千 中 上 下 */

static int strchr_cp(const uint32_t *set, uint32_t c);

/* ---------------------------------------------------------------- lattice */

typedef struct {
  int      s, e; /* characters in the sentence */
  unsigned flags;
  int      value;
} Hit;

/* Memory the arrays of one sentence after another reuse, so that reading a
   sentence allocates nothing once the longest one has been seen. */
typedef struct {
  void  *lattice; /* the per-character arrays of Sent */
  size_t cap_lattice;
  void  *marks; /* the per-character arrays of do_sentence() */
  size_t cap_marks;
  Hit   *hits;
  int    caph;
  int   *ends;
  size_t cap_ends;
  void  *toks; /* relate()'s tokens */
  size_t cap_toks;
} Scratch;

static void
scratch_free(Scratch *x)
{
  ng_free(x->lattice);
  ng_free(x->marks);
  ng_free(x->hits);
  ng_free(x->ends);
  ng_free(x->toks);
  memset(x, 0, sizeof *x);
}

/* *BLOCK with at least N bytes (its old contents are not kept). */
static void *
scratch_get(void **block, size_t *cap, size_t n)
{
  if (n > *cap) {
    size_t c = *cap ? *cap : 4096;
    while (c < n)
      c *= 2;
    void *v = ng_malloc(c);
    if (!v)
      return NULL;
    ng_free(*block);
    *block = v;
    *cap   = c;
  }
  return *block;
}

typedef struct {
  const char *text; /* the article text */
  size_t     *off;  /* n + 1 byte offsets into text */
  uint32_t   *cp;
  int         n;
  Hit        *hits;
  int         nh;
  int        *first;     /* n + 1: first hit starting at i */
  int        *end_first; /* n + 2: hits ending at e are end_list[end_first[e]
                            .. end_first[e + 1]) */
  int      *end_list;
  unsigned *start_flags;     /* n + 1: the flags of every word starting at i */
  unsigned *end_flags;       /* n + 1: the flags of every word ending at e */
  const NgLexicon *minority; /* elements of names without a surname */
} Sent;

/* 1 when the space at CP[SP] of CP[0, N) (Han characters on both sides)
   splits a name word: 宁夏回族自 治区, where a line of the page broke. A
   division, place, body or title word starting in the three characters
   before the space and going past it, read without the space. */
static int
splits_word(const NgLexicon *lex, const uint32_t *cp, int n, int sp)
{
  uint32_t w[8];
  int      from = sp >= 3 ? sp - 3 : 0, nw = 0;
  for (int q = from; q < sp; q++)
    w[nw++] = cp[q];
  int join = nw;
  for (int q = sp + 1; q < n && nw < 8 && is_han(cp[q]); q++)
    w[nw++] = cp[q];
  /* the longest word after the space: a word read through the space must
     not end inside it (记者 罗昭 通讯员 is no 昭通) */
  NgLexHit hits[16];
  size_t m = ng_lexicon_match_chars(lex, w, (size_t)nw, (size_t)join, hits, 16);
  int    right = join;
  for (size_t h = 0; h < m; h++)
    if ((int)hits[h].end > right)
      right = (int)hits[h].end;
  for (int k = 0; k < join; k++) {
    m = ng_lexicon_match_chars(lex, w, (size_t)nw, (size_t)k, hits, 16);
    for (size_t h = 0; h < m; h++)
      if ((int)hits[h].end > join && (int)hits[h].end >= right &&
          (hits[h].flags &
           (K_PLACE | K_REGION | K_ANYPSUF | K_ANYBODY | K_TITLE)))
        return 1;
  }
  return 0;
}

/* The flags of every word of LEX that starts at character I of CP[0, N). */
static unsigned
flags_at(const NgLexicon *lex, const uint32_t *cp, int n, int i)
{
  NgLexHit hits[32];
  unsigned f = 0;
  size_t   m = ng_lexicon_match_chars(lex, cp, (size_t)n, (size_t)i, hits, 32);
  for (size_t h = 0; h < m; h++)
    f |= hits[h].flags;
  return f;
}

/* The end of a township that no list holds (青禾镇, 白露乡, 某某街道: a
   town named since the list was made, or one it lacks) starting at
   character I of CP[0, N), or -1. LEN (two or three) Han characters and
   镇, 乡 or 街道, read only between clear edges: before, the start, a
   mark, a function word or verb (到|, 在|, 、), or a division's full name
   (某县|), and for three characters a verb, a division or 、 only; after,
   the end, a mark, a body or a work's department (某镇|党委,
   某乡|人民政府, 某镇|卫生院), a title (某镇|镇长), a function word or verb
   (某镇|调研, 某乡|和), or a village (某镇|某某村, 某镇|某某村三组).
   The two characters hold no word of any list but a name's characters or
   a one-character site word (岚|溪乡): no function word, level, title,
   body, generic word or place. A listed township of one character that
   the first opens (到|赛龙镇, not 龙镇) is no bar. Neither a common word
   ending in the level word (侨乡, 小镇), a year (2025年度|镇), nor levels
   listed (压实镇、村、组) is a name. END_FLAGS holds the flags of the words
   that end at I, read before it. */
static int
township_at(const NgLexicon *lex,
            const uint32_t  *cp,
            int              n,
            int              i,
            int              len,
            unsigned         end_flags)
{
  int j = i + len, e = j + 1;
  if (j + 1 < n && cp[j] == 0x8857 && cp[j + 1] == 0x9053)
    e = j + 2; /* 街道 */
  else if (e > n || (cp[j] != 0x9547 && cp[j] != 0x4E61))
    return -1; /* 镇 乡 */
  for (int q = i; q < j; q++)
    if (!is_han(cp[q]) || is_numeral(cp[q]))
      return -1;
  /* the character before the level word with it a common word: 侨乡 家乡
     故乡 老乡 水乡 城乡 同乡 下乡 返乡 回乡; 小镇 古镇 重镇 名镇 强镇 集镇
     城镇; 全 本 该 各 我 每 before either (全镇, 本乡) */
  static const uint32_t before_xiang[] = {
    0x4FA8, 0x5BB6, 0x6545, 0x8001, 0x6C34, 0x57CE, 0x540C, 0x4E0B, 0x8FD4,
    0x56DE, 0x5168, 0x672C, 0x8BE5, 0x5404, 0x6211, 0x6BCF, 0
  };
  static const uint32_t before_zhen[] = { 0x5C0F, 0x53E4, 0x91CD, 0x540D,
                                          0x5F3A, 0x96C6, 0x57CE, 0x5168,
                                          0x672C, 0x8BE5, 0x5404, 0x6211,
                                          0x6BCF, 0 };
  if (strchr_cp(cp[j] == 0x4E61 ? before_xiang : before_zhen, cp[j - 1]))
    return -1;
  if (i > 0 && ((cp[i - 1] >= '0' && cp[i - 1] <= '9') ||
                (cp[i - 1] >= 0xFF10 && cp[i - 1] <= 0xFF19)))
    return -1; /* 2025年度|镇(区、街道): a year, no name */
  if (!(i == 0 || !is_han(cp[i - 1]) || (end_flags & K_STOP) ||
        ((end_flags & K_PLACE) && !(end_flags & K_PLACE_SHORT))))
    return -1;
  if (len == 3 && !(end_flags & K_STOP) &&
      !((end_flags & K_PLACE) && !(end_flags & K_PLACE_SHORT)) &&
      !(i > 0 && cp[i - 1] == 0x3001))
    return -1; /* three characters after a verb, a division or 、 only
                  (,事关全镇: a clause, no name) */
  NgLexHit hits[32];
  for (int q = i; q < j; q++) {
    size_t m = ng_lexicon_match_chars(lex, cp, (size_t)n, (size_t)q, hits, 32);
    for (size_t h = 0; h < m; h++)
      if (!(len == 2 && q > i && (int)hits[h].end == e &&
            (hits[h].flags & (K_PLACE | K_PLACE_SHORT)) == K_PLACE) &&
          ((int)hits[h].end > q + 1 ||
           (hits[h].flags &
            ~(K_SURNAME | K_GIVEN | K_FOREIGN | K_PSUF_WEAK | K_PSUF_W2))))
        return -1; /* a word inside the name, but a listed township of
                      one character that the first one opens (到|赛龙镇,
                      not 龙镇) */
  }
  if (e + 1 < n && (cp[e] == 0x3001 || cp[e] == 0x548C) &&
      (cp[e + 1] == 0x6751 || cp[e + 1] == 0x4E61 || cp[e + 1] == 0x7EC4))
    return -1; /* 压实镇、村、组三级责任: levels listed, no name */
  if (e == n || !is_han(cp[e]))
    return e;
  if (cp[e] == 0x6751 || cp[e] == 0x9547 || cp[e] == 0x4E61)
    return -1; /* 镇村, 乡镇: levels, no name */
  unsigned after = flags_at(lex, cp, n, e);
  if (after & (K_ANYBODY | K_TITLE | K_STOP | K_DOMAIN))
    return e; /* 某镇|党委, 某乡|卫生院 (a work's department) */
  size_t m = ng_lexicon_match_chars(lex, cp, (size_t)n, (size_t)j, hits, 32);
  for (size_t h = 0; h < m; h++)
    if ((int)hits[h].end > e && (hits[h].flags & (K_ANYBODY | K_ORG)))
      return e; /* 某镇|卫生院: a body of the level's (镇卫生院) */
  for (int q = e + 2; q <= e + 3 && q < n; q++) {
    int r = q + 1; /* 某镇某某村|三组: the village's group */
    while (r < n && (is_numeral(cp[r]) || (cp[r] >= '0' && cp[r] <= '9')))
      r++;
    if (r > q + 1 && r < n && cp[r] == 0x7EC4)
      r++;
    else
      r = q + 1;
    if (cp[q] == 0x6751 &&
        (r == n || !is_han(cp[r]) ||
         (flags_at(lex, cp, n, r) & (K_ANYBODY | K_TITLE | K_STOP))))
      return e; /* 某镇|某某村, */
  }
  return -1;
}

/* Room in X for one more hit of S. */
static NgStatus
hits_room(Sent *S, Scratch *X)
{
  if (S->nh == X->caph) {
    int  cap = X->caph ? X->caph * 2 : 256;
    Hit *v   = ng_realloc(X->hits, (size_t)cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    S->hits = X->hits = v;
    X->caph           = cap;
  }
  return NG_OK;
}

/* The lattice of text[bs, be) in S; its arrays live in X. SPACED: the
   text is a byline, whose spaces part names (通讯员 某湘云 龙某: no 云龙),
   never a word a page broke. */
static NgStatus
sent_build(Sent            *S,
           Scratch         *X,
           const NgLexicon *lex,
           const char      *text,
           size_t           bs,
           size_t           be,
           int              spaced)
{
  NgLexHit buf[32];
  int      n = 0;
  memset(S, 0, sizeof *S);
  S->text = text;
  /* room for as many characters as bytes; n is counted while decoding */
  size_t m1 = be - bs + 1, m2 = be - bs + 2;
  char  *blk = scratch_get(&X->lattice,
                          &X->cap_lattice,
                          m1 * sizeof *S->off + m1 * sizeof *S->cp +
                            3 * m2 * sizeof(int) + 2 * m1 * sizeof(unsigned));
  if (!blk)
    return NG_ERR_NOMEM;
  S->off         = (size_t *)blk;
  S->cp          = (uint32_t *)(S->off + m1);
  S->first       = (int *)(S->cp + m1);
  S->end_first   = S->first + m2;
  int *fill      = S->end_first + m2;
  S->start_flags = (unsigned *)(fill + m2);
  S->end_flags   = S->start_flags + m1;
  for (size_t i = bs; i < be; n++) {
    S->off[n] = i;
    S->cp[n]  = decode(text, be, &i);
  }
  /* 自 治区: a space a page break left inside a word is read through */
  for (int k = 1, out = 1; k <= n; k++) {
    if (!spaced && k < n - 1 && S->cp[k] == ' ' && is_han(S->cp[k - 1]) &&
        is_han(S->cp[k + 1]) && splits_word(lex, S->cp, n, k)) {
      continue;
    }
    if (k == n) {
      n = out;
      break;
    }
    S->off[out] = S->off[k];
    S->cp[out]  = S->cp[k];
    out++;
  }
  S->n = n;
  memset(S->end_first, 0, (size_t)(n + 2) * sizeof *S->end_first);
  memset(S->start_flags, 0, (size_t)(n + 1) * sizeof *S->start_flags);
  memset(S->end_flags, 0, (size_t)(n + 1) * sizeof *S->end_flags);
  S->off[n] = be;
  S->cp[n]  = 0;
  S->hits   = X->hits;
  for (int k = 0; k < n; k++) {
    S->first[k] = S->nh;
    size_t m =
      ng_lexicon_match_chars(lex, S->cp, (size_t)n, (size_t)k, buf, 32);
    for (size_t h = 0; h < m; h++) {
      if (hits_room(S, X))
        return NG_ERR_NOMEM;
      Hit *x   = &S->hits[S->nh++];
      x->s     = k;
      x->e     = (int)buf[h].end;
      x->flags = buf[h].flags;
      x->value = buf[h].value;
      S->start_flags[k] |= x->flags;
      S->end_flags[x->e] |= x->flags;
    }
    int te = township_at(lex, S->cp, n, k, 2, S->end_flags[k]);
    if (te < 0)
      te = township_at(lex, S->cp, n, k, 3, S->end_flags[k]);
    if (te > 0) {
      /* read as the lists' townships are: a division's full name */
      if (hits_room(S, X))
        return NG_ERR_NOMEM;
      int h = S->nh++;
      while (h > S->first[k] && S->hits[h - 1].e > te) {
        S->hits[h] = S->hits[h - 1];
        h--;
      }
      S->hits[h] = (Hit){ k, te, K_PLACE, 0 };
      S->start_flags[k] |= K_PLACE;
      S->end_flags[te] |= K_PLACE;
    }
  }
  S->first[n] = S->first[n + 1] = S->nh;
  if ((size_t)S->nh + 1 > X->cap_ends) {
    size_t cap = X->cap_ends ? X->cap_ends : 256;
    while (cap < (size_t)S->nh + 1)
      cap *= 2;
    int *v = ng_realloc(X->ends, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    X->ends     = v;
    X->cap_ends = cap;
  }
  S->end_list = X->ends;
  for (int h = 0; h < S->nh; h++)
    S->end_first[S->hits[h].e + 1]++;
  for (int e = 0; e <= n; e++)
    S->end_first[e + 1] += S->end_first[e];
  memcpy(fill, S->end_first, (size_t)(n + 2) * sizeof *fill);
  for (int h = 0; h < S->nh; h++)
    S->end_list[fill[S->hits[h].e]++] = h;
  return NG_OK;
}

/* longest_at() past its test of the flags, kept out of line. */
static int
longest_at_hits(const Sent *S, int i, unsigned mask)
{
  int best = -1;
  for (int h = S->first[i]; h < S->first[i + 1]; h++)
    if (S->hits[h].flags & mask)
      best = S->hits[h].e;
  return best;
}

/* The end of the longest word with a flag in MASK that starts at I, or -1:
   most calls end at the flags of I, inline. */
static inline int
longest_at(const Sent *S, int i, unsigned mask)
{
  if (i < 0 || i >= S->n || !(S->start_flags[i] & mask))
    return -1;
  return longest_at_hits(S, i, mask);
}

/* longest_ending() past its test of the flags, kept out of line. */
static int
longest_ending_hits(const Sent *S, int e, unsigned mask, unsigned *flags)
{
  int best = -1;
  for (int k = S->end_first[e]; k < S->end_first[e + 1]; k++) {
    const Hit *h = &S->hits[S->end_list[k]];
    if ((h->flags & mask) && (best < 0 || h->s < best)) {
      best = h->s;
      if (flags)
        *flags = h->flags;
    }
  }
  return best;
}

/* The start of the longest word with a flag in MASK that ends at E, or -1;
 *FLAGS gets that word's flags. Most calls end at the flags of E, inline. */
static inline int
longest_ending(const Sent *S, int e, unsigned mask, unsigned *flags)
{
  if (e <= 0 || e > S->n || !(S->end_flags[e] & mask))
    return -1;
  return longest_ending_hits(S, e, mask, flags);
}

/* The flags of exactly the word [S, E), 0 when the lexicon lacks it. */
static unsigned
word_flags(const Sent *S, int s, int e, int *value)
{
  if (s < 0 || e > S->n || s >= e)
    return 0;
  for (int h = S->first[s]; h < S->first[s + 1]; h++)
    if (S->hits[h].e == e) {
      if (value)
        *value = S->hits[h].value;
      return S->hits[h].flags;
    }
  return 0;
}

static int
given_score(const Sent *S, int i)
{
  int v = 0;
  if (word_flags(S, i, i + 1, &v) & K_GIVEN)
    return v;
  return 0;
}

/* ---------------------------------------------------------------- spans */

typedef enum { SP_PERSON, SP_ORG, SP_PLACE, SP_TITLE } SpKind;

typedef struct {
  SpKind kind;
  int    sent;
  size_t bs, be;     /* bytes in the article text */
  char  *label;      /* canonical, simplified */
  int    short_form; /* ORG: written without a region or parent (市委) */
  int    prefix;     /* ORG: bytes of the label that are a place */
  int    parent;     /* ORG: index of the body it is part of, or -1 */
  int    inner;      /* ORG: only stated as a parent, no mention */
  int    unknown;    /* ORG, PLACE: characters at the left edge that no
                        word vouches for (trimmed against the article) */
  int region;        /* ORG: opens with a level word (市政协) */
  int county;        /* PLACE: a county's short name (德江), kept only when
                        the article writes the full name too */
  int dead;          /* dropped after the article was read */
  int within;        /* PLACE: the place written right before it that holds
                        it (洛龙区|安乐镇), or -1 */
  int in_room; /* ORG: named in a room's name (县政府三楼会议室) */
  int foreign; /* PLACE: a foreign city or state read after its
                  country (日本|某某市): found again in the article */
  int alias;   /* PERSON: a surname that stands for a name written
                  before (徐|县长): no altLabel from the text */
} Span;

typedef struct {
  int person, title, org; /* span indexes; org may be -1 */
} Hold;

typedef struct {
  NgEntities       *en;
  const NgDocument *doc;
  const NgArticle  *a;
  Span             *sp;
  size_t            nsp, capsp;
  Hold             *holds;
  size_t            nholds, capholds;
  int               headline; /* A is the headline alone: no mentions, no
                                 sentence, no character span */
  Scratch         *scr;
  const NgArticle *body; /* the headline's article, or NULL */
} Ctx;

static NgStatus
span_add(Ctx *c, SpKind kind, int sent, size_t bs, size_t be, int *idx)
{
  if (c->nsp == c->capsp) {
    size_t cap = c->capsp ? c->capsp * 2 : 64;
    Span  *v   = ng_realloc(c->sp, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    c->sp    = v;
    c->capsp = cap;
  }
  Span *x = &c->sp[c->nsp];
  memset(x, 0, sizeof *x);
  x->kind   = kind;
  x->sent   = sent;
  x->bs     = bs;
  x->be     = be;
  x->parent = -1;
  x->within = -1;
  if (!(x->label = ng_strndup(c->a->text + bs, be - bs)))
    return NG_ERR_NOMEM;
  if (idx)
    *idx = (int)c->nsp;
  c->nsp++;
  return NG_OK;
}

/* 1 when the person of span PERSON was named with a post of his own in a
   sentence before (县长乙…。甲局副局长丙、乙共同揭牌): a name listed after
   another's post then shares none of it. */
static int
posted_before(const Ctx *c, int person)
{
  for (size_t i = 0; i < c->nholds; i++) {
    const Span *p = &c->sp[c->holds[i].person];
    if (p->sent < c->sp[person].sent && !strcmp(p->label, c->sp[person].label))
      return 1;
  }
  return 0;
}

static NgStatus
hold_add(Ctx *c, int person, int title, int org)
{
  for (size_t i = 0; i < c->nholds; i++)
    if (c->holds[i].person == person && c->holds[i].title == title)
      return NG_OK;
  if (c->nholds == c->capholds) {
    size_t cap = c->capholds ? c->capholds * 2 : 32;
    Hold  *v   = ng_realloc(c->holds, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    c->holds    = v;
    c->capholds = cap;
  }
  c->holds[c->nholds].person = person;
  c->holds[c->nholds].title  = title;
  c->holds[c->nholds].org    = org;
  c->nholds++;
  return NG_OK;
}

/* ---------------------------------------------------------------- names of
   bodies and places */

typedef struct {
  int s, e;       /* characters */
  int parent;     /* end of an inner body (index into the candidates), or -1 */
  int prefix;     /* characters of a leading place, 0 if none */
  int unknown;    /* characters at the left edge taken without a word */
  int short_form; /* a body written without its region (市委, 管委会) */
  int region;     /* opens with a level word (市 + 政协) */
  int outer_e;    /* where the divisions written before the one that opens
                     the name end (香港|湾仔区…: the start of 湾仔区), or 0 */
  int long_site;  /* PLACE: a long site name that opens with its division:
                     kept whole (not cut as 鹿城区 + 滨江商务区) */
  int ok;
} Cand;

/* 1 when a function word starts inside the word [S0, E) after its first
   character and runs past it (处|分别: 农业处分别报告 is no 处分). */
static int
overrun(const Sent *S, int s0, int e)
{
  for (int q = s0 + 1; q < e; q++)
    if (longest_at(S, q, K_STOP) > e)
      return 1;
  return 0;
}

static inline int word_at(const Sent *S, int i, const char *x);

/* 1 when a word that is no body (格局, 组织, 部位) covers the body's last
   character K - 1 and reaches past the body [J, K), unless a function word
   that starts inside it runs on (农业处|分别). */
static int
not_a_body(const Sent *S, int j, int k)
{
  for (int hs = k - 1; hs >= 0 && hs >= k - 4; hs--)
    for (int h = S->first[hs]; h < S->first[hs + 1]; h++) {
      const Hit *x = &S->hits[h];
      if ((x->flags & K_NOTBODY) && x->e >= k && (hs < j || x->e > k) &&
          !(x->e > k && overrun(S, hs, x->e)) &&
          !(x->e == k && hs < j && longest_ending(S, j, K_ANYBODY, NULL) >= 0 &&
            longest_ending(S, j, K_ANYBODY, NULL) < hs) &&
          !(x->e > k && longest_at(S, k, K_TITLE) > x->e) &&
          !(x->e > k && word_at(S, k, "工作人员") >= 0) &&
          !(x->e > k && x->e < S->n &&
            longest_at(S, k, K_DOMAIN | K_ANYBODY) > x->e))
        return 1; /* but 政协|办: the word starts inside a body word that
                     ends where this body word starts; and 议会|议员,
                     立法会|议长: a title that starts after the body runs
                     past the word (会议), and so do 工作人员 (某服务中心|
                     工作人员 over 中心工作), a work area or a body word
                     (大学|科技处 over 学科) */
    }
  return 0;
}

/* Words of the works on a river, lake or bay, which may follow its name
   (魏河|改线, 某河|堤防, 某湖|治理, 某湾|规划): general knowledge of water
   management and planning. */
static const char *const WATER_WORKS[] = {
  "改线",     "治理", "综合治理", "堤防", "堤坝", "大堤",   "河堤",
  "沿岸",     "两岸", "沿线",     "干流", "支流", "干支流", "上游",
  "中游",     "下游", "河段",     "水系", "水位", "水情",   "汛情",
  "险情",     "流域", "整治",     "清淤", "防洪", "规划",   "保护",
  "生态修复", "沿海", "岸线",     "岸边", "疏浚", NULL
};

/* Characters that make a word with 落 after a village's 村 (某村|落实,
   落户, 落地, 落成, 落座, 落下): 实 户 地 成 座 下 */
static const uint32_t LUO_WORDS[] = { 0x5B9E, 0x6237, 0x5730, 0x6210,
                                      0x5EA7, 0x4E0B, 0 };

/* Characters of water that are no river's name before 水 (河水, 湖水). */
static const uint32_t WATER_CHARS[] = { 0x6CB3, 0x6C5F, 0x6E56, 0x6D77,
                                        0x6EAA, 0x6C34, 0 }; /* 河江湖海溪水 */

/* word_at() past its first byte, kept out of line: byte by byte,
   character by character, with no strlen and no call. */
static int
word_at_rest(const Sent *S, int i, const char *x)
{
  const unsigned char *w = (const unsigned char *)x;
  int                  q = i;
  while (*w) {
    if (q >= S->n)
      return -1;
    const unsigned char *t = (const unsigned char *)S->text + S->off[q];
    size_t               b = S->off[q + 1] - S->off[q];
    for (size_t k = 0; k < b; k++)
      if (!w[k] || w[k] != t[k])
        return -1;
    w += b;
    q++;
  }
  return q;
}

/* The character after word X when X is written at character I of S,
   else -1. Most calls end at the first byte, inline. */
static inline int
word_at(const Sent *S, int i, const char *x)
{
  if (!x[0])
    return i;
  if (i >= S->n || S->text[S->off[i]] != x[0])
    return -1;
  return word_at_rest(S, i, x);
}

/* 1 when what a word ending in 路 or 街 at character E-1 of S runs into
   is a road's context, not a person's: another road after 与, 和, 、 or
   至 (黎阳路与兴鹤大街, 华山路、钟楼路, 高新路至文明路), a road before
   、 (华山路、|钟楼路), or a word of the places along a road (交叉口, 沿线,
   两侧, 改造, 街道, 社区). Names end in 路 seldom (张之路), and these never
   follow them. */
static int
road_context(const Sent *S, int i, int e)
{
  static const char *const along[] = { "交叉口", "路口", "口",   "段",   "沿线",
                                       "两侧",   "一带", "片区", "改造", "拓宽",
                                       "提升",   "街道", "社区", "东侧", "西侧",
                                       "南侧",   "北侧", "以东", "以西", "以南",
                                       "以北",   "附近", "周边", NULL };
  uint32_t                 c = S->cp[e - 1];
  if (c != 0x8DEF && c != 0x8857) /* 路 街 */
    return 0;
  if (i >= 2 && S->cp[i - 1] == 0x3001 && S->cp[i - 2] == 0x8DEF)
    return 1; /* 华山路、|钟楼路 */
  if (e >= S->n)
    return 0;
  for (const char *const *w = along; *w; w++)
    if (word_at(S, e, *w) > e)
      return 1;
  uint32_t j = S->cp[e];
  if (j != 0x4E0E && j != 0x548C && j != 0x3001 && j != 0x81F3) /* 与和、至 */
    return 0;
  for (int q = e + 2; q < S->n && q <= e + 6 && is_han(S->cp[q]); q++)
    if (S->cp[q] == 0x8DEF || S->cp[q] == 0x8857 ||
        (S->cp[q] == 0x9053 && S->cp[q - 1] == 0x5927)) /* 路 街 大道 */
      return 1;
  return 0;
}

/* 1 when the time of a post starts at character I of S: a date and a
   clock time (2026年07月01日 18:20). */
static int
post_time(const Sent *S, int i)
{
  int q = i, digits = 0;
  while (q < S->n && S->cp[q] >= '0' && S->cp[q] <= '9')
    q++, digits++;
  if (digits != 4 || q >= S->n || S->cp[q] != 0x5E74) /* 年 */
    return 0;
  for (int part = 0; part < 2; part++) { /* 月 日 */
    int from = ++q;
    while (q < S->n && S->cp[q] >= '0' && S->cp[q] <= '9')
      q++;
    if (q == from || q - from > 2 || q >= S->n ||
        S->cp[q] != (part ? 0x65E5 : 0x6708))
      return 0;
  }
  q++;
  while (q < S->n && (S->cp[q] == ' ' || S->cp[q] == 0x3000))
    q++;
  return q + 2 < S->n && S->cp[q] >= '0' && S->cp[q] <= '9' &&
         S->cp[q + 1] >= '0' && S->cp[q + 1] <= '9' && S->cp[q + 2] == ':';
}

/* 1 when one of WATER_WORKS starts at character I of S. */
static int
water_work(const Sent *S, int i)
{
  for (int w = 0; WATER_WORKS[w]; w++)
    if (word_at(S, i, WATER_WORKS[w]) >= 0)
      return 1;
  return 0;
}

/* 1 when a word of a river's course starts at character I of S
   (干流, 支流, 干支流, 流域): what makes 某水 a river. */
static int
river_course(const Sent *S, int i)
{
  return word_at(S, i, "干流") >= 0 || word_at(S, i, "支流") >= 0 ||
         word_at(S, i, "干支流") >= 0 || word_at(S, i, "流域") >= 0 ||
         word_at(S, i, "岸线") >= 0;
}

/* Words of concord that name communities and villages as often as they
   are words (和平社区, 和谐社区). */
static const char *const CONCORD[] = { "和平", "和谐", "和顺", "和睦", "和美",
                                       "和兴", "和乐", "和丰", NULL };

/* The end of the first word of WORDS written at character I of S, or -1. */
static int
listed_at(const Sent *S, int i, const char *const *words)
{
  for (const char *const *x = words; *x; x++) {
    int e = word_at(S, i, *x);
    if (e > i)
      return e;
  }
  return -1;
}

/* 1 when the guess of a river ending at K (浦阳江, 某某河) holds the name
   of a city that ends as it does (阳江) and a word of the river's course
   follows (干流, 支流, 沿岸, 两岸, 河段: 推进浦阳江|干流堤防加固): the
   river, named whole; a city is no river's course. */
static int
river_of_city_name(const Sent *S,
                   const Cand *plc,
                   const int  *place_s_by_e,
                   int         k)
{
  static const char *const course[] = { "干流", "支流", "干支流", "沿岸",
                                        "两岸", "河段", NULL };
  int                      ps       = place_s_by_e[k];
  uint32_t                 last     = S->cp[k - 1];
  if (k >= S->n || ps <= plc[k].s || (last != 0x6C5F && last != 0x6CB3) ||
      (word_flags(S, ps, k, NULL) & K_PLACE_WIDE) ||
      longest_ending(S, plc[k].s, K_STOP, NULL) < 0)
    return 0;
  return listed_at(S, k, course) > k;
}

/* 1 when 和 at I opens a word of concord (CONCORD). */
static int
harmony_word(const Sent *S, int i)
{
  return listed_at(S, i, CONCORD) == i + 2;
}

/* 1 when the word from A to J, a good wish that names places as often as
   slogans (幸福, 文明, 平安, 美丽, 智慧, and the words of CONCORD), is the
   name of the community or village whose word follows J: right after the
   division that holds it (城关街道|幸福|社区) or after a verb of going
   (来到|和谐|社区), not in a slogan (打造幸福社区, 创建文明村). */
static int
slogan_named(const Sent *S, const int *place_s_by_e, int a, int j)
{
  static const char *const wish[] = { "幸福", "文明", "平安",
                                      "美丽", "智慧", NULL };
  static const char *const go[]   = { "来到", "走进", "深入", "前往",
                                      "到",   "赴",   NULL };
  static const uint32_t    kind[] = {
       0x578B, 0x5316, 0x6027, 0x7684, 0x548C, 0x4E0E,
       0x53CA, 0x7F8E, 0x7B49, 0x65B0, 0
  }; /* 型 化 性 的 和 与 及 美 等 新 */
  int longer = j >= 1 && listed_at(S, a, wish) == j - 1 &&
               is_han(S->cp[j - 1]) && !strchr_cp(kind, S->cp[j - 1]) &&
               longest_at(S, j - 1, K_STOP | K_GENERIC) <= j - 1;
  if ((listed_at(S, a, wish) != j && listed_at(S, a, CONCORD) != j &&
       !longer) ||
      j + 1 >= S->n)
    return 0;
  /* a community or a village (社区, 村) */
  if (!(S->cp[j] == 0x793E && S->cp[j + 1] == 0x533A) && S->cp[j] != 0x6751)
    return 0;
  if (place_s_by_e[a] >= 0 || longer)
    return 1; /* (幸福|湾|社区: a wish and one more character name the
                 community, in a slogan or not) */
  for (const char *const *x = go; *x; x++) {
    int n = (int)strlen(*x) / 3;
    if (a >= n && word_at(S, a - n, *x) == a)
      return 1;
  }
  return 0;
}

/* 1 when a village or community whose name opens at character I of S
   runs on from there: one to three more characters, none a function word,
   then 村 or 社区 (长|川坝|村). */
static int
village_from(const Sent *S, int i)
{
  int q = i + 1;
  while (q < S->n && q - i <= 3 && is_han(S->cp[q]) && S->cp[q] != 0x6751 &&
         word_at(S, q, "社区") < 0 && longest_at(S, q, K_STOP) <= q)
    q++;
  return q > i + 1 && q < S->n &&
         (S->cp[q] == 0x6751 || word_at(S, q, "社区") >= 0);
}

/* 1 when the company's name being read (BF) is at A right after the
   division that ends its name's place (某市|兴|龙城市运营有限公司: after the
   place 龙城市 with its level word) and one character, no word that joins
   two names or governs one (和, 与, 在, 由), stands between it and a
   division before: the character is part of the trade name, the division
   before opens the name. */
static int
co_trade_char(const Sent *S,
              const int  *place_s_by_e,
              int         a,
              unsigned    bf,
              int         after_place,
              int         unknown_at_place)
{
  static const uint32_t joins[] = {
    0x548C, 0x4E0E, 0x53CA, 0x66A8, 0x540C, 0x8DDF, 0x6216, 0x5728,
    0x5230, 0x81F3, 0x5BF9, 0x5411, 0x4E3A, 0x7531, 0x4ECE, 0x5C06,
    0x628A, 0x88AB, 0x7684, 0x7B49, 0x662F, 0
  }; /* 和 与 及 暨 同 跟 或 在 到 至 对 向 为 由 从 将 把 被 的 等 是 */
  return (bf & K_BODY_CO) && after_place && unknown_at_place < 0 && a >= 2 &&
         is_han(S->cp[a - 1]) && !strchr_cp(joins, S->cp[a - 1]) &&
         place_s_by_e[a - 1] >= 0 &&
         !(word_flags(S, place_s_by_e[a - 1], a - 1, NULL) &
           (K_PLACE_WIDE | K_PLACE_COUNTY));
}

/* Walks left from J over the words that can name the body or place ending
   at K: places (division names and PLACES, by end), department stems,
   region words, inner bodies (BODIES, by end), quoted names, ordinals, and
   up to BUDGET unknown characters. Fills C; returns 0 when the name turns
   out generic, a meeting (十五届十四次), or too bare for its kind of body. */
static int
extend_left(const Sent *S,
            const Cand *bodies,
            const Cand *places,
            const int  *place_s_by_e,
            int         j,
            int         k,
            unsigned    bf,
            int         budget,
            int         for_place,
            Cand       *c)
{
  int a = j, known = 0, unknown = 0, region = 0, jumped = 0, after_place = 0;
  int place_l = -1, place_r = -1, ordinal_ci = 0, depts = 0;
  int ordinals = 0, unknown_at_place = -1, stem_len = 0, outer_e = 0;
  int last_dom = -1, county_at = -1;
  memset(c, 0, sizeof *c);
  c->parent = -1;
  if (!for_place && j >= 2 && word_at(S, j - 2, "会员") == j &&
      word_at(S, j, "代表大会") == k)
    return 0; /* 某县农会第二十届会员代表大会: a members' congress is a
                 meeting of the body, whatever its term */
  while (a > 0) {
    unsigned sf = 0, df = 0;
    int      stop = longest_ending(S, a, K_STOP, &sf);
    int      dom =
      longest_ending(S, a, for_place ? K_ANYPSUF : K_DOMAIN | K_ANYPSUF, &df);
    int reg  = longest_ending(S, a, K_REGION, NULL);
    int orgw = longest_ending(S, a, K_ORG, NULL);
    if (reg == a - 1 && a >= 2 && S->cp[a - 1] == 0x5E02 &&
        (S->cp[a - 2] == 0x57CE || S->cp[a - 2] == 0x90FD) &&
        place_s_by_e[a] < 0 && place_s_by_e[a - 1] < 0)
      reg = -1; /* 卫生城|市复审领导小组: 市 ends the word 城市 (都市);
                   but 阿城市|委 is the city */
    int plc = place_s_by_e[a];
    if (plc >= 0 && a - plc == 2 &&
        (word_flags(S, plc, plc + 1, NULL) & K_STOP) &&
        (word_flags(S, plc + 1, a, NULL) & K_REGION))
      plc = -1; /* 和|县妇联, not the county 和县 */
    if (plc >= 0 && dom >= 0 && dom <= plc && !for_place &&
        (word_flags(S, plc, a, NULL) & K_PLACE_COUNTY))
      plc = -1; /* 河南省|公安|厅: a department stem, not the county 公安 */
    if (plc >= 0 && (word_flags(S, plc, a, NULL) & K_PLACE_COUNTY) &&
        !for_place && a == j && S->cp[j] == 0x5206 /* 分 */ && bodies &&
        bodies[plc].ok) {
      /* 某州林草局|宾川|分局: a county's short name between a body and a
         branch of it names the branch, which is the body's */
      a = plc;
      known++;
      continue;
    }
    if (plc >= 0 && (word_flags(S, plc, a, NULL) & K_PLACE_COUNTY) &&
        !(region && !for_place && a - plc >= 2) &&
        !(for_place && a == j && (bf & K_PSUF) &&
          (word_flags(S, j, k, NULL) & K_PLACE_WIDE))) {
      /* 新民, 商都: a county's short name is no sure place, just a name;
         but with its level word after it (监利|县委) it is the county, and
         so it is before a zone named by it (某某|高新区, 某某|经开区) */
      /* (a company's long trade name after the county that opens it,
         from a clear edge: 、|库尔勒|某某香梨进出口有限公司) */
      int co_edge = (bf & K_BODY_CO) && !for_place &&
                    unknown + (a - plc) <= budget + 3 &&
                    (plc == 0 || !is_han(S->cp[plc - 1]) ||
                     longest_ending(S, plc, K_STOP, NULL) >= 0);
      if (unknown + (a - plc) > budget && !co_edge)
        break;
      unknown += a - plc;
      a         = plc;
      county_at = a;
      continue;
    }
    const Cand *in  = bodies && bodies[a].ok ? &bodies[a] : NULL;
    const Cand *pin = places && places[a].ok ? &places[a] : NULL;
    if (in && !for_place) {
      if (bf & K_BODY_TOP)
        break; /* 市委|市政府, 区委|政协工作会议: two bodies */
      if (!jumped)
        c->parent = a;
      a      = in->s;
      jumped = 1;
      known++;
      if (in->prefix && in->s == a) {
        place_l = a;
        place_r = a + in->prefix;
        after_place = 1; /* 经|清河县人民代表大会常务委员会: the place that
                            opens the inner body is the left edge */
      } else if (in->region && !in->unknown)
        after_place = 1; /* 重视|自治区党委统战部: so is its level word */
      continue;
    }
    if (orgw >= 0 && (stop < 0 || orgw <= stop)) {
      a = orgw; /* 中共 + 上饶市委 */
      known++;
      continue;
    }
    if (after_place && !for_place && plc >= 0 && a == place_l &&
        (stop < 0 || plc <= stop) &&
        (word_flags(S, plc, a, NULL) &
         (K_PLACE | K_PLACE_SHORT | K_PLACE_COUNTY | K_PLACE_WIDE)) ==
          (K_PLACE | K_PLACE_SHORT)) {
      /* a division's short name written right before the division that
         opens the name (香港|湾仔区各界协会, 深圳|龙岗区委) is part of it;
         a full one (湖南省|岳阳市…) only says where the body is */
      if (!outer_e)
        outer_e = a;
      a       = plc;
      place_l = a;
      known++;
      continue;
    }
    if (after_place && !for_place && plc >= 0 && a == place_l &&
        (stop < 0 || plc <= stop) && plc > 0 &&
        longest_ending(S, plc, K_ORG, NULL) >= 0 &&
        !(word_flags(S, plc, a, NULL) & K_PLACE_WIDE)) {
      /* a full name opened by 政协 or 中共 names every division it is
         written with (政协|重庆市|某区第十五届委员会) */
      a       = plc;
      place_l = a;
      known++;
      continue;
    }
    if (after_place && !for_place && plc >= 0 && a == place_l &&
        (stop < 0 || plc <= stop) &&
        (word_at(S, j, "代表团") == k || word_at(S, j, "党政代表团") == k) &&
        !(word_flags(S, plc, a, NULL) & K_PLACE_WIDE) &&
        place_s_by_e[plc] < 0) {
      /* a delegation is named by every division written before it
         (某省|某市党政代表团, 某市|某区党政代表团): the divisions of its
         name, not places the article speaks of */
      a       = plc;
      place_l = a;
      known++;
      continue;
    }
    if (after_place && !for_place && a == place_l && a >= 3 &&
        S->cp[a - 1] == 0x5C4A /* 届 */) {
      /* 政协|第八届|金山区委员会: the term before the division, after 政协
         or 中共, is the full name's */
      int q = a - 1;
      while (q > 0 && is_numeral(S->cp[q - 1]) && is_han(S->cp[q - 1]))
        q--;
      if (S->cp[q] == 0x7B2C /* 第 */ && q > 0 &&
          longest_ending(S, q, K_ORG, NULL) >= 0) {
        a = q;
        known++;
        ordinals++;
        continue;
      }
    }
    if (region && !for_place && pin == NULL && plc < 0 &&
        co_trade_char(S, place_s_by_e, a, bf, after_place, unknown_at_place))
      region = 0; /* the level word was the place's (龙城|市) */
    if ((after_place && !(bf & K_BODY_CO)) ||
        (region && !for_place && pin == NULL && plc < 0))
      break; /* a place or a level word is the left edge */
    if (after_place && (bf & K_BODY_CO) && unknown_at_place < 0) {
      /* a trade name before the place (平安财产险|深圳分公司) only when a
         clear edge is at most five characters away */
      int q = a, edge = 0;
      while (q > 0 && a - q <= 5 && is_han(S->cp[q - 1]) &&
             longest_ending(S, q, K_STOP, NULL) < 0)
        q--;
      edge = a - q <= 5 && a - q >= 2;
      if (!edge)
        break;
      unknown_at_place = unknown;
      budget           = unknown + (a - q);
    }
    if (pin && (!for_place || !region) && (stop < 0 || pin->s <= stop)) {
      a       = pin->s;
      place_l = a;
      place_r = pin->e;
      known++;
      after_place = 1;
      continue;
    }
    if (plc >= 0 && for_place && (bf & K_PSUF_WEAK) && !(bf & K_PSUF))
      break; /* 安乐镇|东山村: a village is named by its own word */
    if (plc >= 0 && (stop < 0 || plc <= stop)) {
      if (!for_place && !outer_e && county_at == a && a - plc == 2 &&
          ((S->cp[plc] == 0x9999 && S->cp[plc + 1] == 0x6E2F) ||
           (S->cp[plc] == 0x6FB3 && S->cp[plc + 1] == 0x95E8) ||
           (S->cp[plc] == 0x53F0 && S->cp[plc + 1] == 0x6E7E)))
        outer_e = a; /* 香港|四会同乡会: the home town's county after Hong
                        Kong, Macau or Taiwan names a fellow-townsmen's
                        body there, and the region is a place of its own
                        (not 浙江|江南农林大学, a name) */
      place_r = a;
      a       = plc;
      place_l = a;
      known++;
      after_place = 1;
      /* 日本|某某市政府: a foreign division keeps its country */
      if (!word_flags(S, plc, place_r, NULL) && place_s_by_e[plc] >= 0 &&
          (word_flags(S, place_s_by_e[plc], plc, NULL) & K_PLACE_WIDE))
        a = place_l = place_s_by_e[plc];
      continue;
    }
    if (region)
      break;
    if (dom >= 0 && (stop < 0 || dom <= stop) && for_place &&
        (bf & K_PSUF_WEAK) && !(bf & (K_PSUF | K_PSUF_W2)) &&
        (df & K_PSUF_WEAK) && !(df & K_PSUF) && k < S->n && water_work(S, k)) {
      /* 某山|河|疏浚, 北门|江|沿岸: a mountain's or a gate's word in a
         river's name before the works on it is just its characters */
      unknown += a - dom;
      a = dom;
      continue;
    }
    if (dom >= 0 && (stop < 0 || dom <= stop)) {
      a = dom;
      known++;
      depts += (df & K_DOMAIN) != 0;
      last_dom = a;
      continue;
    }
    if (stop >= 0 && !for_place && last_dom == a && a - stop == 1 &&
        (S->cp[stop] == 0x548C || S->cp[stop] == 0x4E0E)) {
      /* two work areas joined by 和 or 与 name one department after a
         level word, a division or a body (市|林业|和|园林|局,
         市人大常委会|农业|与|农村|委员会), or after a post of a list
         (市人大常委会委员、|农业|与|农村|委员会主任委员) */
      unsigned lf = 0;
      int      ld = longest_ending(S, stop, K_DOMAIN, &lf);
      int      lp = ld >= 0 ? place_s_by_e[ld] : -1;
      if (ld >= 0 && (lf & K_DOMAIN) &&
          (longest_ending(S, ld, K_REGION, NULL) >= 0 ||
           (bodies && bodies[ld].ok) ||
           (ld > 1 && S->cp[ld - 1] == 0x3001 /* 、 */ &&
            longest_ending(S, ld - 1, K_TITLE, NULL) >= 0) ||
           (lp >= 0 && !(word_flags(S, lp, ld, NULL) & K_PLACE_WIDE)))) {
        a = ld;
        known++;
        last_dom = a;
        continue;
      }
    }
    if (stop == a - 1 && !for_place && (bf & K_BODY_CO) &&
        unknown + 3 <= budget) {
      /* a trade name holds a character that is a function word elsewhere
         (深圳华|为|技术有限公司, 重庆渝|都|置业有限公司): one, written one
         or two characters after a place's name that opens the company's */
      int x = -1;
      for (int u = 1; u <= 2 && x < 0 && a - 1 - u > 0; u++) {
        int q = a - 1 - u, ok = 1;
        for (int t = q; t < a - 1 && ok; t++)
          ok = is_han(S->cp[t]) && longest_at(S, t, K_STOP | K_TITLE) <= t &&
               longest_ending(S, t + 1, K_STOP | K_TITLE, NULL) < 0;
        if (ok && place_s_by_e[q] >= 0 &&
            !(word_flags(S, place_s_by_e[q], q, NULL) & K_PLACE_WIDE))
          x = q;
      }
      if (x >= 0) {
        unknown += a - x;
        a = x;
        continue;
      }
    }
    if (stop == a - 1 && !for_place && unknown >= 2 &&
        (S->cp[stop] == 0x548C || S->cp[stop] == 0x4E0E) &&
        (word_at(S, j, "学院") == k || word_at(S, j, "委员会") == k ||
         word_at(S, j, "研究院") == k || word_at(S, j, "研究所") == k)) {
      /* two fields joined by 与 or 和 name a college, a committee or an
         institute (化学|与|材料科学学院, 省人大环境|与|资源保护委员会): the
         field before the word, two to five characters, runs back to a
         list's 、 or to the body, place or level word that holds it */
      int q = stop;
      for (; q > 0 && stop - q < 5 && is_han(S->cp[q - 1]) &&
             place_s_by_e[q] < 0 && !(bodies && bodies[q].ok);
           q--) {
        int le =
          longest_ending(S, q, K_STOP | K_TITLE | K_ANYBODY | K_GENERIC, NULL);
        if (le >= 0 && longest_at(S, le, ~0u) <= q)
          break; /* but 科|学: a word goes on past the body word's 科 */
      }
      int held = q > 0 && ((bodies && bodies[q].ok) || place_s_by_e[q] >= 0 ||
                           longest_ending(S, q, K_REGION, NULL) >= 0 ||
                           S->cp[q - 1] == 0x3001);
      if (stop - q >= 2 && held && unknown + (a - q) <= budget + 4) {
        unknown += a - q;
        a = q;
        continue;
      }
    }
    if (stop >= 0)
      break;
    if (reg >= 0 && !for_place) {
      a      = reg;
      region = 1;
      known++;
      continue;
    }
    if (reg >= 0 && for_place && (bf & K_PSUF) && unknown > 0 &&
        (reg == 0 || !is_han(S->cp[reg - 1]) ||
         longest_ending(S, reg, K_STOP, NULL) >= 0)) {
      a = reg; /* 和|县农产品物流园: a level word after a clear edge
                  opens a site's name, as it does a body's */
      region = 1;
      known++;
      continue;
    }
    uint32_t ch = S->cp[a - 1];
    /* 中 俄 美 日 韩 英 法 德 外 港 澳 台: the sides of a signing */
    static const uint32_t sides[] = { 0x4E2D, 0x4FC4, 0x7F8E, 0x65E5, 0x97E9,
                                      0x82F1, 0x6CD5, 0x5FB7, 0x5916, 0x6E2F,
                                      0x6FB3, 0x53F0, 0 };
    if (ch == 0x65B9 /* 方 */ && !for_place && (bf & K_BODY_CO) && a >= 2 &&
        strchr_cp(sides, S->cp[a - 2]) &&
        (a == 2 || !is_han(S->cp[a - 3]) ||
         longest_ending(S, a - 2, K_STOP, NULL) >= 0))
      break; /* 与|俄方|某某林业资源公司: the side (中方, 俄方, 外方) the
                company is of opens no part of its name */
    if (ch == 0x201D && !(bf & K_BODY_WEAK && !(bf & K_BODY))) {
      int q = a - 2; /* a quoted name: “三改” */
      while (q >= 0 && a - q < 12 && S->cp[q] != 0x201C)
        q--;
      if (q >= 0 && S->cp[q] == 0x201C) {
        a = q;
        known++;
        continue;
      }
      break;
    }
    if (ch == ')' && (bf & K_BODY_CO)) {
      int q = a - 2;
      while (q >= 0 && a - q < 12 && S->cp[q] != '(')
        q--;
      if (q >= 0 && S->cp[q] == '(') {
        a = q;
        continue;
      }
      break;
    }
    if (is_numeral(ch) && !for_place) {
      int q = a - 1;
      while (q > 0 && is_numeral(S->cp[q - 1]))
        q--;
      for (int x = q; x < a; x++)
        if (S->cp[x] == 0x6B21) /* 次: a session, not a body */
          ordinal_ci = 1;
      if (S->cp[q] == 0x7B2C || S->cp[a - 1] == 0x5C4A ||
          S->cp[a - 1] == 0x6B21) {
        a = q;
        known++;
        ordinals++;
        continue;
      }
      if (!ordinal_ci && a == j && a - q <= 2 && is_han(S->cp[q]) &&
          longest_ending(S, q, K_ORG, NULL) >= 0) {
        a = q; /* 中建|八|局: a numbered bureau of a national company */
        known++;
        continue;
      }
    }
    if (!for_place && (bf & K_BODY_WEAK) && !(bf & K_BODY_DEPT) && !unknown &&
        !known && a == j) {
      /* a department stem the lexicon lacks between a full division name
         and a one-character body (秦皇岛市|土地|局): two or three characters
         with no function word or title among them */
      int q = a, stem = 0;
      while (q > 0 && a - q < 3 && is_han(S->cp[q - 1]) &&
             longest_ending(S, q, K_STOP | K_TITLE | K_PLACE, NULL) < 0)
        q--;
      for (int t = q; t <= a - 2 && !stem; t++)
        if (place_s_by_e[t] >= 0 &&
            !(word_flags(S, place_s_by_e[t], t, NULL) &
              (K_PLACE_SHORT | K_PLACE_WIDE)) &&
            (word_flags(S, t - 1, t, NULL) & K_REGION)) {
          stem = a - t;
          a    = t;
        }
      if (stem) {
        unknown += stem;
        stem_len = stem;
        continue;
      }
    }
    if ((ch == 0x65E5 || ch == 0x6708 || ch == 0x5E74 || ch == 0x53F7) &&
        a >= 2 &&
        ((S->cp[a - 2] >= '0' && S->cp[a - 2] <= '9') ||
         (S->cp[a - 2] >= 0xFF10 && S->cp[a - 2] <= 0xFF19)) &&
        longest_at(S, a, K_PLACE | K_ORG | K_REGION | K_ANYBODY) > a)
      break; /* 7月25日|某县…, 4月8日|国会: a date is the left edge of a name
                that opens with a place or a body (not of 10月|进入某公司:
                a verb) */
    if (ch == 0x7EA7 && a >= 2 && is_numeral(S->cp[a - 2]) && !for_place)
      return 0; /* 一级|党委, 各二级|学院党总支: a rank of bodies, no name */
    if ((ch == 0x4F5C || ch == 0x505A) && a == j && !for_place &&
        (word_at(S, k, "工作报告") > k || word_at(S, k, "报告") > k))
      break; /* 某某作|常委会工作报告: the verb of the report */
    if (!for_place && a >= 2 && S->cp[a - 2] == 0x5171 &&
        S->cp[a - 1] == 0x5EFA)
      break; /* 某区与某大学共建|某某研究院: the body two sides build
                together is named after the verb (a site may hold it:
                某镇某某共建产业园) */
    if (ch == 0x9A7B /* 驻 */ && !for_place && a >= 2 &&
        (S->cp[a - 2] == 0x6D3E /* 派 */ ||
         longest_ending(S, a - 1, K_ANYBODY, NULL) >= 0))
      break; /* 市纪委监委(派)|驻|第二纪检监察组: the body that sends the
                group ends here, no guessed character of its name */
    if (!for_place && (bf & K_BODY) && budget >= 5 && unknown == budget &&
        is_han(ch) && longest_ending(S, a, K_STOP | K_TITLE, NULL) < 0) {
      /* the guess ran out inside a long stem (县登革热|疫情防控指挥部,
         县新冠肺|炎疫情防控指挥部): a level word, a division or a body up to
         four characters further, with no function word or title between,
         is the name's left edge */
      for (int q = a - 1; q > 0 && q >= a - 4 && is_han(S->cp[q]); q--) {
        if (q < a - 1 && longest_ending(S, q + 1, K_STOP | K_TITLE, NULL) >= 0)
          break;
        if (longest_ending(S, q, K_REGION, NULL) >= 0 || place_s_by_e[q] >= 0 ||
            (bodies && bodies[q].ok)) {
          budget = unknown + (a - q);
          break;
        }
      }
    }
    /* (某某镇|长|岭社区: 长 after a township opens a community's name,
       no title 镇长 ends there) */
    if (is_han(ch) && unknown < budget &&
        (longest_ending(S, a, K_TITLE, NULL) < 0 ||
         (for_place && ch == 0x957F && place_s_by_e[a - 1] >= 0 &&
          village_from(S, a - 1)))) {
      a--;
      unknown++;
      continue;
    }
    break;
  }
  if (for_place && (bf & K_PSUF) && unknown && unknown == budget && a > 0) {
    /* the budget ran out inside a word: 街|道五楼东会议室 takes the whole
       word (街道), not its last character */
    for (int q = a - 1; q >= 0 && q >= a - 2; q--)
      if (longest_at(
            S, q, K_PLACE | K_REGION | K_ANYPSUF | K_DOMAIN | K_ANYBODY) > a) {
        a = q;
        break;
      }
  }
  if (ordinal_ci)
    return 0;
  /* a generic word before, across the edge of or inside the name: 各部门,
     乡|镇党委, 知名创投公司 */
  int gs = longest_ending(S, a, K_GENERIC, NULL);
  if (gs >= 0 && for_place && a == j && slogan_named(S, place_s_by_e, gs, a)) {
    a = gs; /* 城关街道|幸福社区: the wish is the community's name */
    unknown += j - gs;
  } else if (gs >= 0 && !(place_s_by_e[a] >= 0 && place_s_by_e[a] < gs))
    return 0; /* but 赣县区|储潭镇…: 县区 (各县区) ends a district's name */
  for (int q = a - 1; q >= 0 && q >= a - 3; q--) {
    int ge = longest_at(S, q, K_GENERIC);
    if (ge > a && ge <= j)
      return 0;
  }
  for (int q = a; q < j; q++)
    if (longest_at(S, q, K_GENERIC) > q && longest_at(S, q, K_GENERIC) <= j &&
        longest_at(S, q, K_DOMAIN) <= longest_at(S, q, K_GENERIC) &&
        !(for_place &&
          (slogan_named(S, place_s_by_e, q, j) ||
           slogan_named(
             S, place_s_by_e, q, longest_at(S, q, K_GENERIC) + 1))) &&
        !(q > place_l && q < place_r) &&
        !(for_place && q > a &&
          S->cp[longest_at(S, q, K_GENERIC) - 1] == 0x7EA7 &&
          (place_s_by_e[q] >= 0 || longest_ending(S, q, K_ANYPSUF, NULL) >= 0)))
      return 0; /* but 各界 is a stem, and 法|国内|政部 holds none; and a
                   grade after a named place is part of a site's name
                   (某某湖|省级|旅游度假区) */
  if (a > 0 && S->cp[a - 1] >= '0' && S->cp[a - 1] <= '9')
    return 0;
  if (a > 0 && a < j && is_numeral(S->cp[a - 1]) && is_han(S->cp[a - 1]) &&
      !known)
    return 0; /* 第二家区域型党群服务中心: a count, not a name */
  if (for_place && !known && a + 1 < j && is_numeral(S->cp[a]) &&
      is_han(S->cp[a]) && strchr_cp(COUNT_CHARS, S->cp[a + 1]) &&
      ((bf & K_PSUF_W2) || (S->cp[a + 1] != 0x53F7 && S->cp[a + 1] != 0x671F)))
    return 0; /* 二类村, 一般村: a rank of villages, not a name; 一座水库,
                 一批示范园: a count of sites (but 一号码头, 二期码头) */
  if (word_flags(S, a, k, NULL) & K_GENERIC)
    return 0; /* 工业园区 */
  if (for_place && a < j && S->cp[a] == 0x7EA7)
    return 0; /* 4A级|旅游景区, 省级|度假区: a grade opens no name */
  c->s       = a;
  c->e       = k;
  c->prefix  = place_l == a && place_r > a ? place_r - a : 0;
  c->outer_e = outer_e;
  /* unknown characters at the left edge only */
  c->unknown = 0;
  for (int q = a; q < j && q < a + unknown; q++) {
    if (longest_ending(
          S, q + 1, K_DOMAIN | K_ANYPSUF | K_REGION | K_ORG, NULL) >= 0 ||
        place_s_by_e[q + 1] >= 0 || (places && places[q + 1].ok) ||
        (bodies && bodies[q + 1].ok) || longest_at(S, a, K_PLACE) == q + 1)
      break;
    c->unknown = q + 1 - a;
  }
  if (longest_at(S, a, K_PLACE) > a)
    c->unknown = 0;
  if (for_place && places && c->prefix > 0 && places[a + c->prefix].ok &&
      places[a + c->prefix].s == a)
    c->unknown = 0; /* 某某村|柑橘标准化种植基地: the name opens with a
                       village or site found before, no guess */
  if (!for_place) {
    int weak = (bf & K_BODY_WEAK) &&
               !(bf & (K_BODY | K_BODY_BARE | K_BODY_CO | K_BODY_TOP));
    if (not_a_body(S, j, k))
      return 0;
    if ((bf & K_BODY_CO) && region && known == 1 && place_l < 0 &&
        !(a == 0 || !is_han(S->cp[a - 1]) ||
          longest_ending(S, a, K_STOP, NULL) >= 0))
      return 0; /* 花旗银行 read as 旗 + 银行; but 、|县城投公司 */
    if ((bf & K_BODY) && !(bf & K_BODY_BARE) && !known && unknown == 1 &&
        k - j >= 3 && a >= 1 && longest_ending(S, a, K_STOP, NULL) == a - 1)
      return 0; /* 台湾同|胞联谊会: one character after a one-character
                   function word names no body; the word ran across it */
    if ((bf & K_BODY_CO) && !known && unknown < 2)
      return 0; /* 有银行: a trade name has two characters at least */
    if (weak) {
      if (known <= ordinals ||
          (!stem_len && (unknown > 1 || (unknown && !region))))
        return 0;
      if ((bf & K_BODY_DEPT) && !depts && !jumped)
        return 0;
    }
    if ((bf & K_BODY_TOP) && (!known || unknown))
      return 0;
    if (!(bf & K_BODY_BARE) && a == j)
      return 0;
    c->short_form = !jumped && !c->prefix && (region || a == j || !unknown);
    c->region     = region && !jumped && !unknown;
  } else {
    if (a == j)
      return 0;
    if ((bf & K_PSUF_WEAK) && !(bf & K_PSUF)) {
      /* 某某乡|代尔瓦扎库木村: a village's long name right after the
         division that holds it */
      int long_village = (bf & K_PSUF_W2) && S->cp[j] == 0x6751 && !known &&
                         unknown >= 3 && unknown <= 6 && a > 0 &&
                         place_s_by_e[a] >= 0 &&
                         !(word_flags(S, place_s_by_e[a], a, NULL) &
                           (K_PLACE_SHORT | K_PLACE_WIDE));
      /* a river of three characters (某某某河|沿岸) before a word of its
         course or of the works on it */
      int river =
        !(bf & K_PSUF_W2) && !known &&
        (unknown == 3 ||
         (unknown == 4 && (a == 0 || !is_han(S->cp[a - 1]) ||
                           longest_ending(S, a, K_STOP, NULL) >= 0))) &&
        k < S->n && water_work(S, k);
      if (!long_village && !river &&
          (known || unknown < 1 || unknown > 2 ||
           ((bf & K_PSUF_W2) && unknown != 2)))
        return 0;
      /* 护河队, 江河谷地: the word goes on; but not into a word of the
         works on a river or lake (魏河|改线, 某河|堤防), nor after 沿,
         which goes along the river it names (沿某某河|察看) */
      int along = a > 0 && S->cp[a - 1] == 0x6CBF && !(bf & K_PSUF_W2) &&
                  unknown == 2 && k == j + 1 &&
                  (S->cp[j] == 0x6CB3 || S->cp[j] == 0x6C5F); /* 沿, 河 江 */
      if (k < S->n && is_han(S->cp[k]) && !(bf & K_PSUF_W2) &&
          longest_at(S, k, K_STOP | K_AFTER | K_ANYBODY | K_TITLE) <= k &&
          !water_work(S, k) && !along)
        return 0;
      if (longest_at(S, k - 1, K_NOTBODY) > k || not_a_body(S, j, k))
        return 0; /* 村民, 河道; 农业|农村, 城乡|乡村: the word, no village */
      if (!known && a > 0 && is_han(S->cp[a - 1]) && !along &&
          longest_ending(S, a, K_STOP, NULL) < 0 &&
          !(place_s_by_e[a] >= 0 &&
            ((bf & K_PSUF_W2) ||
             (k < S->n && water_work(S, k) &&
              (word_flags(S, place_s_by_e[a], a, NULL) &
               (K_PLACE | K_PLACE_SHORT | K_PLACE_COUNTY)) == K_PLACE))))
        return 0; /* but 安乐镇|东山村, 某镇|某某河|沿岸 */
    }
  }
  c->ok = 1;
  return 1;
}

/* ---------------------------------------------------------------- persons */

/* 1 when a name may end before character E: the text ends, a non-Han
   character follows, or a word that follows names, a title, a stop word or
   an already found name starts there. */
static int
name_right_ok(const Sent *S, const unsigned char *occ, int e)
{
  if (e >= S->n || !is_han(S->cp[e]) || occ[e])
    return 1;
  return longest_at(S, e, K_AFTER | K_TITLE | K_STOP | K_TPREFIX) > e;
}

/* 1 when characters [I, E) may be a name of minority elements: free,
   no place's name, ending where END says (END < 0: where the text after
   allows a name to end). */
static int
minority_fits(const Sent *S, const unsigned char *occ, int i, int e, int end)
{
  if (end >= 0 && e != end)
    return 0;
  for (int q = i; q < e; q++)
    if (occ[q])
      return 0;
  if (word_flags(S, i, e, NULL) & K_PLACE)
    return 0;
  return end >= 0 || name_right_ok(S, occ, e);
}

/* The end of a name without a surname that starts at I: two or three
   elements of data/minority_names.txt run together (扎西|次仁, 阿布都|热合曼),
   an element of one character only the last (才让|吉, 巴雅尔|图),
   or one of three characters or more (其其格),
   as news writes Tibetan, Uyghur and Mongolian names without the middle
   dot; or -1. END >= 0 forces where it ends; without it the name must end
   where a name may (name_right_ok()). No place is such a name. Of the ends
   that fit, the last, unless a word that follows names starts at a nearer
   one and runs to it (旦正加|参加, not 旦正|加参|加). */
static int
minority_end(const Sent *S, const unsigned char *occ, int i, int end)
{
  NgLexHit a[8], b[8], c[8];
  uint64_t fits = 0; /* bit K: a name may end at I + K */
  if (!S->minority || i >= S->n || occ[i])
    return -1;
  size_t na =
    ng_lexicon_match_chars(S->minority, S->cp, (size_t)S->n, (size_t)i, a, 8);
  for (size_t x = 0; x < na; x++) {
    int e1 = (int)a[x].end;
    if (e1 - i < 2)
      continue;
    size_t nb = ng_lexicon_match_chars(
      S->minority, S->cp, (size_t)S->n, (size_t)e1, b, 8);
    /* an element of three characters or more is a whole name of its own
       (市长那日苏, 局长其其格): no common word runs that long */
    if (e1 - i >= 3 && e1 - i < 64 && minority_fits(S, occ, i, e1, end))
      fits |= (uint64_t)1 << (e1 - i);
    for (size_t y = 0; y < nb; y++) {
      int    e2 = (int)b[y].end;
      size_t nc = e2 - e1 < 2
                    ? 0
                    : ng_lexicon_match_chars(
                        S->minority, S->cp, (size_t)S->n, (size_t)e2, c, 8);
      for (size_t z = 0; z <= nc; z++) {
        int e = z < nc ? (int)c[z].end : e2;
        if (e - i < 64 && !(fits >> (e - i) & 1) &&
            minority_fits(S, occ, i, e, end))
          fits |= (uint64_t)1 << (e - i);
      }
    }
  }
  for (int k = 63; k > 0; k--) {
    if (!(fits >> k & 1))
      continue;
    int shadowed = 0;
    for (int j = 1; j < k && !shadowed; j++)
      shadowed = (fits >> j & 1) && longest_at(S, i + j, K_AFTER) >= i + k;
    if (!shadowed)
      return i + k;
  }
  return -1;
}

/* The end of a name that starts at I (surname, one or two given
   characters, or a name without a surname: minority_end()), or -1. END >= 0
   forces where it ends. STRICT asks for given characters known from names. */
static int clause_mark(uint32_t c);

/* 1 when the character at Q is 和 or 与 and a verb that follows names
   starts at E (书记杨伯和|作表态发言): the end of a name, not a list's
   和. */
static int
and_before_verb(const Sent *S, int q, int e)
{
  static const char *const verbs[] = { "作",   "做",   "表示", "强调", "指出",
                                       "介绍", "出席", "发言", "说",   "带领",
                                       "率领", "率队", "讲话", "致辞", NULL };
  /* 参加, 主持, 陪同 the same when no 的 makes them a description of
     others (某文和|主持会议, but 书记某伟和|参加活动的志愿者, 和主持人) */
  static const char *const roles[] = { "参加", "主持", "陪同", NULL };
  if (q >= S->n || (S->cp[q] != 0x548C && S->cp[q] != 0x4E0E))
    return 0;
  if (listed_at(S, e, verbs) > e)
    return 1;
  int v = listed_at(S, e, roles);
  if (v <= e || (v < S->n && S->cp[v] == 0x4EBA)) /* 人 */
    return 0;
  for (int k = v; k < S->n && !clause_mark(S->cp[k]); k++)
    if (S->cp[k] == 0x7684) /* 的 */
      return 0;
  return 1;
}

/* 1 when a verb that takes its receiver after 向 starts at E (向某某|颁发,
   向某某|汇报): giving, presenting, reporting, greeting. */
static int
to_whom_verb(const Sent *S, int e)
{
  static const char *const verbs[] = { "颁发", "颁奖", "赠送", "授予", "捐赠",
                                       "汇报", "介绍", "致以", "转达", "发放",
                                       "献上", "送上", "表示", "赠予", NULL };
  return listed_at(S, e, verbs) > e;
}

static const uint32_t PHOTO_PLACE_CHARS[] = { /* 左右中前后排第一…十 */
                                              0x5DE6, 0x53F3, 0x4E2D, 0x524D,
                                              0x540E, 0x6392, 0x7B2C, 0x4E00,
                                              0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                              0x516D, 0x4E03, 0x516B, 0x4E5D,
                                              0x5341, 0
};

/* 1 when what follows a name at E tells of the person: a bracket with
   where one stands in a photo (图为某某(右二), (中), (前排左三)) or with
   an ethnic group (某某(蒙古族)), or a comma before the post one holds
   now or the date of one's birth (某某,现任…; 某某,1975年10月出生). */
static int
about_person_at(const Sent *S, int e)
{
  if (e + 2 >= S->n)
    return 0;
  if (S->cp[e] == '(') {
    int close = -1;
    for (int q = e + 1; q < S->n && q <= e + 6 && close < 0; q++)
      if (S->cp[q] == ')')
        close = q;
    if (close < e + 2)
      return 0;
    if (close >= e + 3 && S->cp[close - 1] == 0x65CF) /* 族 */
      return 1;
    for (int q = e + 1; q < close; q++)
      if (!strchr_cp(PHOTO_PLACE_CHARS, S->cp[q]))
        return 0;
    return 1;
  }
  if (S->cp[e] != ',')
    return 0;
  if (word_at(S, e + 1, "现任") > e + 1)
    return 1;
  int q = e + 1, d = 0;
  while (q < S->n && S->cp[q] >= '0' && S->cp[q] <= '9')
    q++, d++;
  if (d != 4 || q >= S->n || S->cp[q] != 0x5E74) /* 年 */
    return 0;
  q++;
  for (d = 0; q < S->n && S->cp[q] >= '0' && S->cp[q] <= '9'; q++)
    d++;
  if (d < 1 || d > 2 || q >= S->n || S->cp[q] != 0x6708) /* 月 */
    return 0;
  q++;
  return word_at(S, q, "出生") > q || word_at(S, q, "生") > q;
}

/* 1 when the character at Q is 为 or 同 and a word that follows names,
   not one of a post given, starts at E (某有为|出席, 某希同|表示): the end
   of a name, not the preposition (某某|为…局长). */
static int
wei_before_verb(const Sent *S, int q, int e)
{
  return q < S->n && (S->cp[q] == 0x4E3A || S->cp[q] == 0x540C) && e < S->n &&
         longest_at(S, e, K_AFTER) > e && !(longest_at(S, e, K_APPOINT) > e);
}

static int clause_mark(uint32_t c);

/* 1 when the surname at I..SL, a function word too (任, 于, 向), names a
   person ending at E all the same: right after a title or a word names
   follow (任命), with given
   characters often found in names, and a clause mark or a word that
   follows names after it (书记任家国|讲话, 主任于国|、). A conjunction
   (和, 与, 及, 暨) stays a conjunction (主任和国家…). */
static int
stop_surname_named(const Sent *S, int i, int sl, int e)
{
  uint32_t c     = S->cp[i];
  int      named = longest_ending(S, i, K_BEFORE, NULL) >= 0;
  if (sl != i + 1 || c == 0x548C || c == 0x4E0E || c == 0x53CA || c == 0x66A8 ||
      (!named && longest_ending(S, i, K_TITLE, NULL) < 0))
    return 0;
  int unknown = 0; /* the last given character, one the name statistics
                      lack */
  for (int q = sl; q < e; q++) {
    int v = given_score(S, q);
    if (v == 0 && q == e - 1 && q > sl &&
        !(word_flags(S, q, q + 1, NULL) & K_STOP))
      unknown = 1;
    else if (v < 10)
      return 0; /* 书记于|会上讲话 */
  }
  /* the first of two common in names, when a word that follows names,
     and no verb of 向 someone, comes next (主席向家旺|出席, not
     书记向省里|汇报) */
  if (unknown && (!(longest_at(S, e, K_AFTER) > e) || to_whom_verb(S, e)))
    return 0;
  /* after a word names follow, the post given as well (任命任某某|为) */
  return e == S->n || clause_mark(S->cp[e]) ||
         (longest_at(S, e, K_AFTER) > e &&
          (named || !(longest_at(S, e, K_APPOINT) > e)));
}

static int
name_at(const Sent *S, const unsigned char *occ, int i, int end, int strict)
{
  int best = -1;
  if (i >= S->n || occ[i])
    return -1;
  best = minority_end(S, occ, i, end);
  for (int h = S->first[i]; h < S->first[i + 1]; h++) {
    if (!(S->hits[h].flags & K_SURNAME))
      continue;
    int sl = S->hits[h].e; /* end of the surname */
    for (int g = 2; g >= 1; g--) {
      int e = sl + g, bad = 0, pos = 0, neg = 0, best_given = 0;
      if (e > S->n)
        continue;
      if (end >= 0 && e != end)
        continue;
      for (int q = sl; q < e; q++) {
        int v = given_score(S, q);
        if (!is_han(S->cp[q]) || occ[q] || (strict && v < 0) ||
            (strict && (word_flags(S, q, q + 1, NULL) & K_STOP)) ||
            longest_at(S, q, K_TITLE | K_TPREFIX) > q)
          bad = 1;
        if (v > 0)
          pos++;
        if (v < 0)
          neg++;
        if (v > best_given)
          best_given = v;
      }
      if (bad)
        continue;
      unsigned wf = word_flags(S, i, e, NULL);
      if (!strict && (word_flags(S, i, sl, NULL) & K_STOP) && best_given < 30 &&
          !stop_surname_named(S, i, sl, e))
        continue; /* 大使|和欧洲: 和 is a word before it is a surname */
      unsigned gf = word_flags(S, sl, e, NULL);
      if ((gf & K_ORG) ||
          ((gf & K_GENERIC) &&
           (neg || (word_flags(S, i, sl, NULL) & K_STOP))) ||
          ((gf & K_STOP) && e - sl == 2 &&
           (word_flags(S, i, sl, NULL) & K_STOP)) ||
          ((gf & K_PLACE) && !(gf & K_PLACE_SHORT) &&
           (strict || (word_flags(S, i, sl, NULL) & K_STOP) ||
            !(gf & K_PLACE_WIDE) || e - sl != 2)))
        continue; /* 和|欧洲; a generic word after a function word
                     (和|优秀), or a verb (加强和|改善), or with a
                     character no name has (包|乡镇);
                     but after a title a region word may be the given
                     name (市长李|华东) */
      if (S->cp[i] == 0x6765 && sl == i + 1 && (gf & K_PLACE))
        continue; /* 领导|来|天全督导, 调研组|来|万宁调研: 来 before a
                     place is the verb of coming, as in 来京 */
      if ((gf & K_AFTER) && e - sl >= 2)
        continue; /* 刘|大爷, 王|先生: a surname and a form of address
                     (but 余|为 may be a name) */
      if ((wf & (K_NOTNAME | K_TITLE | K_STOP)) ||
          ((wf & K_PLACE) && (strict || !(wf & K_PLACE_SHORT))))
        continue;
      if ((word_flags(S, i, sl + 1, NULL) & K_NOTNAME) &&
          !(e - sl == 2 && i > 0 && given_score(S, e - 1) >= 30 &&
            longest_ending(S, i, K_TITLE, NULL) >= 0 &&
            (e == S->n || clause_mark(S->cp[e]) ||
             longest_at(S, e, K_AFTER) > e)))
        continue; /* 党建|工作, 总理|周二晚表示; but 主任党建华, a name of
                     three characters after a title, its last one common in
                     names, before a clause mark or a word that follows
                     names */
      if ((word_flags(S, i, sl + 1, NULL) & K_NOTNAME2) &&
          (e == sl + 1 || given_score(S, e - 1) <= 0 ||
           S->cp[e - 1] == 0x8DEF || S->cp[e - 1] == 0x8857))
        continue; /* 和平, 满意地; 解放路, 文化街: a road named by a word */
      if ((strict && best_given < 30) || neg == g)
        continue;
      if (S->cp[i] == 0x7531 && sl == i + 1 && e - sl >= 2 &&
          (name_at(S, occ, sl, e, 1) == e ||
           longest_at(S, sl, K_PLACE | K_REGION) > sl + 1))
        continue; /* 由|王刚担任, 由|李明主持, 由|竹山镇长…陪同: 由 before a
                     name or a place is the preposition, however often it
                     is a surname */
      if (end < 0) {
        if (!name_right_ok(S, occ, e))
          continue;
        /* 张三在: the third character starts a word of its own, unless it
           is one that names use often (龚文之在) */
        /* but 为 before a word that follows names is no 为 of a post
           given (詹立为|出席, not 詹立|为…局长), nor 同 (某希同|表示), and a
           character written
           twice ends the name with the first (某大为|为学员讲授, 某世同|同志)
         */
        int wei = wei_before_verb(S, sl + 1, e);
        int twice =
          (e < S->n && S->cp[e] == S->cp[sl + 1]) ||
          ((e == S->n || clause_mark(S->cp[e])) && given_score(S, sl + 1) > 0);
        if (g == 2 && !wei && !twice && !and_before_verb(S, sl + 1, e) &&
            longest_at(S, sl + 1, K_AFTER | K_STOP) > sl + 1 &&
            given_score(S, sl + 1) < 20 && name_right_ok(S, occ, sl + 1))
          continue;
      }
      if (road_context(S, i, e))
        continue; /* 黎阳路与兴鹤大街交叉口: a road */
      /* 王刚|来到, 王刚|来我县调研, 王刚|来自: 来 and where to is the verb
         of coming, whatever names do with 来 */
      if (g == 2 && S->cp[sl + 1] == 0x6765 && e < S->n &&
          (S->cp[e] == 0x5230 || S->cp[e] == 0x6211 || S->cp[e] == 0x81EA ||
           S->cp[e] == 0x6B64))
        continue;
      if (e > best)
        best = e;
    }
  }
  return best;
}

/* 1 for a mark that ends a clause or an item (，。；：！？、 and spaces):
   what a name at the start of a clause follows. */
static int
clause_mark(uint32_t c)
{
  return c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A ||
         c == 0xFF01 || c == 0xFF1F || c == 0x3001 || c == 0x3000 || c == ' ' ||
         c == ',' || c == ';' || c == ':' || c == '\n';
}

/* 1 when a date or a time opens at I: digits and 日, 月, 时 or 号 (李明
   28日在, 王建国3月5日). */
static int
date_at(const Sent *S, int i)
{
  int d = i;
  while (d < S->n && d - i < 4 &&
         ((S->cp[d] >= '0' && S->cp[d] <= '9') ||
          (S->cp[d] >= 0xFF10 && S->cp[d] <= 0xFF19)))
    d++;
  return d > i && d < S->n &&
         (S->cp[d] == 0x65E5 || S->cp[d] == 0x6708 || S->cp[d] == 0x65F6 ||
          S->cp[d] == 0x53F7);
}

/* After a title, where no word tells where the name ends (主席李瑞环刚刚):
   the longest name whose given characters are not unlikely and whose last
   one is no function word. */
static int
name_guess(const Sent *S, const unsigned char *occ, int i)
{
  int foreign = 0;
  for (int q = i; q < i + 4 && q < S->n; q++)
    foreign += (word_flags(S, q, q + 1, NULL) & K_FOREIGN) != 0;
  if (foreign >= 2)
    return -1; /* 部长|斯捷帕申: a foreign name, not a surname and more */
  for (int len = 3; len >= 2; len--) {
    int e = i + len;
    if (e > S->n || name_at(S, occ, i, e, 0) != e)
      continue;
    int ok = 1;
    for (int q = e - 2; q < e; q++)
      if (given_score(S, q) < 0 && q > i)
        ok = 0;
    if (word_flags(S, e - 1, e, NULL) & K_STOP)
      ok = 0;
    if (len == 3 && given_score(S, e - 1) < 10)
      ok = 0; /* 鲁宾|上周: a last character seldom in names */
    if (ok)
      return e;
  }
  return -1;
}

/* After a title, a transliterated foreign name (总统叶利钦, 外长普里马科夫):
   two to seven characters, at least half of them, and two, characters of
   transliteration, up to a word that follows names or a non-Han
   character. The end, or -1. */
static int
foreign_run(const Sent *S, const unsigned char *occ, int i)
{
  int e = i, foreign = 0;
  if (longest_at(S, i, K_AFTER | K_STOP | K_PLACE) > i)
    return -1; /* 书记|在…乡 */
  while (e < S->n && e - i < 7 && is_han(S->cp[e]) && !occ[e]) {
    if (e > i && longest_at(S, e, K_AFTER | K_STOP | K_TITLE | K_TPREFIX) > e)
      break;
    foreign += (word_flags(S, e, e + 1, NULL) & K_FOREIGN) != 0;
    e++;
  }
  int last = e; /* at most one character past the last foreign one */
  while (last > i && !(word_flags(S, last - 1, last, NULL) & K_FOREIGN))
    last--;
  if (e - last > 1 || (e - last == 1 && given_score(S, last) <= 0))
    e = last; /* 克林顿|即将, 克林顿|派: a character names do not use */
  if (e - i < 2 || foreign < 2 || 2 * foreign < e - i)
    return -1;
  /* a name of three or more characters that ends in one of transliteration
     ends where the run ends, before a verb or a time no list knows as a
     word after names (总统拉莫斯|竞选, 部长贾斯蒂卡|最近) */
  if (!name_right_ok(S, occ, e) &&
      (e - i < 3 || !(word_flags(S, e - 1, e, NULL) & K_FOREIGN) ||
       (word_flags(S, e, e + 1, NULL) & K_FOREIGN)))
    return -1;
  return e;
}

/* 1 when the character at I is one transliteration writes: a character
   of foreign names (斯) or of an element of minority names (都 of 阿布都,
   那 of 那仁). */
static int
translit_at(const Sent *S, int i)
{
  return (word_flags(S, i, i + 1, NULL) & K_FOREIGN) ||
         (S->minority && ng_lexicon_has_char(S->minority, S->cp[i]));
}

/* A part of a name written with a middle dot ends at a function word, but a
   one-character function word that transliteration also writes is inside
   the part (镇长哈|那|提·某, 某·哈布|都|拉): the part before the dot at D
   found to start at B runs left across such words when every character up
   to the dot is one of transliteration and a clear edge (a title, a word
   such as 牧民, a function word, punctuation) comes within five
   characters. The new start, or B. */
static int
dot_part_left(const Sent *S, const unsigned char *occ, int b, int d)
{
  int x = b;
  for (int q = b; q < d; q++)
    if (!translit_at(S, q))
      return b;
  while (x > 0 && d - x < 5 && is_han(S->cp[x - 1]) && !occ[x - 1] &&
         translit_at(S, x - 1)) {
    unsigned f = 0;
    int      s = longest_ending(S, x, K_STOP | K_TITLE | K_BEFORE, &f);
    if (s >= 0 && (s != x - 1 || (f & (K_TITLE | K_BEFORE))))
      break;
    x--;
  }
  if (x == b)
    return b;
  int edge = x == 0 || !is_han(S->cp[x - 1]) || occ[x - 1] ||
             longest_ending(S, x, K_STOP | K_TITLE | K_BEFORE, NULL) >= 0;
  return edge ? x : b;
}

/* The same after the dot: the part from P found to end at E, where a word
   starts, runs across a one-character function word of transliteration
   when at least one more character of transliteration follows it and a
   clear edge comes within five characters of P. The new end, or E. */
static int
dot_part_right(const Sent *S, const unsigned char *occ, int p, int e)
{
  if (e <= p || e >= S->n || occ[e] || !translit_at(S, e) ||
      longest_at(S, e, K_AFTER | K_STOP | K_TITLE) != e + 1 ||
      (word_flags(S, e, e + 1, NULL) & (K_AFTER | K_TITLE)))
    return e;
  for (int q = p; q < e; q++)
    if (!translit_at(S, q))
      return e;
  int x = e + 1;
  while (x < S->n && x - p < 5 && is_han(S->cp[x]) && !occ[x] &&
         translit_at(S, x) && longest_at(S, x, K_AFTER | K_STOP | K_TITLE) <= x)
    x++;
  int edge = x == S->n || !is_han(S->cp[x]) || occ[x] ||
             longest_at(S, x, K_AFTER | K_STOP | K_TITLE) > x;
  return x > e + 1 && edge ? x : e;
}

/* ---------------------------------------------------------------- holds */

typedef struct {
  SpKind kind;
  int    idx;  /* span */
  int    s, e; /* characters */
} Tok;

static int
char_at(const Sent *S, size_t byte)
{
  int lo = 0, hi = S->n;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (S->off[mid] < byte)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int
by_tok_start(const void *a, const void *b)
{
  const Tok *x = a, *y = b;
  if (x->s != y->s)
    return x->s < y->s ? -1 : 1;
  return (int)x->kind - (int)y->kind; /* an org before the title it lends
                                         its last character to */
}

static int is_sep(uint32_t c);

/* 1 when title span T is the head of a government (副市长, 代区长): a bare
   one names no body, so it inherits none from the post before it. */
static int
region_head(const Ctx *c, const Span *t)
{
  const char *l = c->a->text + t->be;
  if (t->be - t->bs < 6 || memcmp(l - 3, "长", 3))
    return 0;
  int v = 0;
  return (ng_lexicon_get(c->en->lex, l - 6, 3, &v) & K_REGION) != 0;
}

static int ends_with(const char *s, const char *suffix);

/* The body a title without one takes from the post before it: that body,
   or for a title of the administration after a party committee's post
   (省国资委党委委员、副主任) the body the committee belongs to. */
static int
inherit(const Ctx *c, int org, int title)
{
  if (org < 0)
    return -1;
  const Span              *o = &c->sp[org], *t = &c->sp[title];
  size_t                   n              = strlen(o->label);
  static const char *const party_bodies[] = { "党委",   "党组",   "党支部",
                                              "党总支", "党工委", NULL };
  int party = 0; /* a party body, named bare (党委) or as some body's */
  for (int k = 0; party_bodies[k] && !party; k++)
    party = ends_with(o->label, party_bodies[k]) ||
            !strcmp(o->label, party_bodies[k]);
  const char *tl          = c->a->text + t->bs;
  size_t      tn          = t->be - t->bs;
  int         party_title = 0;
  if (tn >= 6 &&
      (!memcmp(tl + tn - 6, "河长", 6) || !memcmp(tl + tn - 6, "湖长", 6) ||
       !memcmp(tl + tn - 6, "林长", 6) || !memcmp(tl + tn - 6, "路长", 6)))
    return -1; /* 书记、一级路长: a chief of a river, lake, forest or road
                  holds no post in the body before */
  if (tn >= 6 &&
      (!memcmp(tl + tn - 6, "议员", 6) || !memcmp(tl + tn - 6, "议长", 6)))
    return -1; /* 农业处长甲、县议员乙: a member or speaker of a council
                  is no officer of the bureau before */
  for (size_t i = 0; i + 6 <= tn; i += 3)
    if (!memcmp(tl + i, "书记", 6) || !memcmp(tl + i, "委员", 6) ||
        !memcmp(tl + i, "常委", 6) || !memcmp(tl + i, "成员", 6))
      party_title = 1;
  if (party && !party_title)
    return o->parent; /* 学校党委书记X、校长Y: the school's post, or none
                         when the text names no school before its party
                         body */
  if (o->parent >= 0 && n > 15 &&
      (!strcmp(o->label + n - 15, "审判委员会") ||
       !strcmp(o->label + n - 15, "检察委员会")) &&
      !(tn >= 6 && !memcmp(tl + tn - 6, "委员", 6)))
    return o->parent; /* 某法院审判委员会委员、审判员: the judge's post is in
                         the court, not in its judicial committee */
  return org;
}

/* The working bodies of a Party committee, named bare after a post in the
   committee (县委常委、组织部部长): general knowledge of the structure of
   Chinese Party committees. */
static const char *const COMMITTEE_DEPTS[] = {
  "组织部",         "宣传部",     "统战部", "统一战线工作部", "社会工作部",
  "政法委",         "政法委员会", "办公室", "政研室",         "政策研究室",
  "编办",           "网信办",     "改革办", "深改办",         "财经办",
  "外办",           "台办",       "农办",   "老干部局",       "机要局",
  "保密办",         "巡察办",     "巡视办", "督查室",         "党校",
  "理论学习中心组", NULL
};

/* 1 when LABEL names a Party committee: 县委, 郑州市委, 镇党委, 党工委. */
static int
party_committee(const Ctx *c, const char *label)
{
  size_t n = strlen(label);
  int    v = 0;
  if (ends_with(label, "党委") || ends_with(label, "党工委"))
    return 1;
  return n >= 6 && ends_with(label, "委") &&
         (ng_lexicon_get(c->en->lex, label + n - 6, 3, &v) & K_REGION);
}

/* 1 when LABEL names a top body of a division: its government, its
   people's congress standing committee, its CPPCC or a zone's committee
   (市政府, 县人大常委会, 区政协, 某开发区管委会). */
static int
top_body(const char *label)
{
  static const char *const tops[] = { "政府",   "人大常委会", "政协",
                                      "管委会", "常委会",     NULL };
  for (int q = 0; tops[q]; q++)
    if (ends_with(label, tops[q]))
      return 1;
  return 0;
}

/* A working body of a Party committee named bare after a post in that
   committee in the same list (县委常委、组织部部长) is the committee's
   (县委组织部, with the committee as its parent). */
static NgStatus
carry_parent(Ctx *c, const int *pend_org, int np, int org)
{
  Span *x    = &c->sp[org];
  int   dept = 0;
  for (int d = 0; COMMITTEE_DEPTS[d] && !dept; d++)
    dept = !strcmp(x->label, COMMITTEE_DEPTS[d]);
  if (!dept || x->parent >= 0)
    return NG_OK;
  /* 办公室 is every top body's (市政府副秘书长、办公室主任, 县人大常委会
     党组成员、办公室主任) */
  int office = !strcmp(x->label, "办公室");
  for (int t = 0; t < np; t++) {
    int o = pend_org[t];
    if (o < 0 || o == org ||
        (!party_committee(c, c->sp[o].label) &&
         !(office && top_body(c->sp[o].label))))
      continue;
    NgBuf    nb = { 0 };
    NgStatus st = ng_buf_printf(&nb, "%s%s", c->sp[o].label, x->label);
    if (st) {
      ng_buf_free(&nb);
      return st;
    }
    ng_free(x->label);
    x->label      = ng_buf_take(&nb);
    x->short_form = 0;
    x->parent     = o;
    x->prefix     = c->sp[o].prefix;
    return NG_OK;
  }
  return NG_OK;
}

/* The region of the first body of a post list carried into a bare body
   after it: 郑东新区党工委副书记、管委会… -> 郑东新区管委会. */
static NgStatus
carry_region(Ctx *c, const int *pend_org, int np, int org)
{
  NgStatus st = NG_OK;
  for (int t = 0; t < np; t++) {
    int o = pend_org[t];
    if (o < 0 || !c->sp[o].prefix)
      continue;
    const char *pl = c->sp[o].label;
    size_t      pn = (size_t)c->sp[o].prefix;
    const char *sl = c->sp[org].label;
    NgBuf       nb = { 0 };
    /* the last character of the place: 郑州市 -> 市 */
    const char *lc = pl + pn;
    do
      lc--;
    while (lc > pl && ((unsigned char)*lc & 0xC0) == 0x80);
    size_t lcn = (size_t)(pl + pn - lc);
    int    v   = 0;
    if (c->sp[org].region && !strncmp(sl, lc, lcn))
      st = ng_buf_printf(&nb, "%.*s%s", (int)pn, pl, sl + lcn);
    else if (!c->sp[org].region &&
             !(ng_lexicon_get(c->en->lex, sl, 3, &v) & K_REGION))
      st = ng_buf_printf(&nb, "%.*s%s", (int)pn, pl, sl);
    else if (!c->sp[org].region && !strncmp(sl, lc, lcn) &&
             (ng_lexicon_get(c->en->lex, sl, strlen(sl), &v) & K_BODY_BARE))
      /* a body word that opens with the place's level (柳林村党支部书记、
         村委会主任): the village's committee, 柳林村村委会 */
      st = ng_buf_printf(&nb, "%.*s%s", (int)pn, pl, sl);
    if (st) {
      ng_buf_free(&nb);
      return st;
    }
    if (nb.len) {
      ng_free(c->sp[org].label);
      c->sp[org].label      = ng_buf_take(&nb);
      c->sp[org].short_form = 0;
      c->sp[org].prefix     = (int)pn;
    }
    break;
  }
  return NG_OK;
}

/* 1 when title span T is 副 and the title of span HEAD (副主任 after
   主任): a deputy of the head just named. */
static int
deputy_of(const Ctx *c, int t, int head)
{
  const char *tl = c->sp[t].label, *hl = c->sp[head].label;
  return !strncmp(tl, "副", 3) && !strcmp(tl + 3, hl) &&
         !region_head(c, &c->sp[t]);
}

/* 1 when title T is one a top body's leaders share (秘书长, 党组成员) and
   ORG is such a body (市人大常委会, 县政协, 市政府): after a clause on a
   post in ORG, a clause that opens with T is in ORG too. */
static int
staff_of(const Ctx *c, int t, int org)
{
  static const char *const staff[] = { "秘书长",   "副秘书长",   "党组成员",
                                       "党组书记", "党组副书记", NULL };
  int                      a = 0;
  for (int k = 0; staff[k] && !a; k++)
    a = !strcmp(c->sp[t].label, staff[k]);
  return a && top_body(c->sp[org].label);
}

/* 0 when body ORG is a team (纪检监察组, 督导组: its label ends with 组)
   and title span T is no post of a team (组长, 副组长, 成员, 联络员):
   组长X,副院长Y is no deputy of the team before; and when T is the head of
   an association (会长, 副会长) and ORG none (市委统战部部长X当选为会长: the
   association that elects him, not the department). */
static int
head_fits(const Ctx *c, int t, int org)
{
  const char *tl = c->sp[t].label, *ol = c->sp[org].label;
  size_t      tn = strlen(tl);
  if (tn >= 6 && !strcmp(tl + tn - 6, "会长"))
    return ends_with(ol, "会") || ends_with(ol, "联") || ends_with(ol, "协");
  if (!ends_with(ol, "组"))
    return 1;
  return ends_with(tl, "组长") || ends_with(tl, "成员") ||
         ends_with(tl, "联络员") || ends_with(tl, "组员");
}

/* Reads the holds of one sentence off its bodies, titles and persons in
   order: ORG? TITLE (、 ORG? TITLE)* PERSON (、 PERSON)*, a title without a
   body taking the body of the post before it (党组书记、主任), PERSON TITLE
   (赵文杰局长), and PERSON (、 PERSON)* 当选为 ORG? TITLE. */
/* Whether the characters before position i dismiss the names that follow
   from their posts: 免去, 免除, 撤销. */
static int
dismissed(const Sent *S, int i)
{
  static const uint32_t verb[][2] = { { 0x514D, 0x53BB },   /* 免去 */
                                      { 0x514D, 0x9664 },   /* 免除 */
                                      { 0x64A4, 0x9500 } }; /* 撤销 */
  if (i >= 3 && S->cp[i - 1] == ':')
    i--; /* 免去:X的…职务 */
  if (i < 2)
    return 0;
  for (size_t k = 0; k < sizeof verb / sizeof *verb; k++)
    if (S->cp[i - 2] == verb[k][0] && S->cp[i - 1] == verb[k][1])
      return 1;
  return 0;
}

/* Whether 职务 closes the words from position i, before any clause mark:
   X的县水利局局长职务 names a post X holds or leaves. */
static int
duty_follows(const Sent *S, int i)
{
  for (int q = i; q + 1 < S->n && q - i < 40 && !is_sep(S->cp[q]) &&
                  S->cp[q] != ';' && S->cp[q] != 0x3002;
       q++)
    if (S->cp[q] == 0x804C && S->cp[q + 1] == 0x52A1) /* 职务 */
      return 1;
  return 0;
}

/* Where a note in brackets on a post that opens at character I ends
   (副县长|(挂职)|X, 副秘书长|(正处级), 地震局局长|(兼)|X,
   检察长|(代)|X): two to six Han characters between ( and ), or 兼 (a
   post held besides another) or 代 (acting); or -1. */
static int
bracket_note(const Sent *S, int i)
{
  if (i >= S->n || S->cp[i] != '(')
    return -1;
  for (int q = i + 1; q < S->n && q <= i + 7; q++) {
    if (S->cp[q] == ')')
      return q - i - 1 >= 2 || (q == i + 2 && (S->cp[i + 1] == 0x517C ||
                                               S->cp[i + 1] == 0x4EE3))
               ? q + 1
               : -1;
    if (!is_han(S->cp[q]))
      return -1;
  }
  return -1;
}

/* Where a post written in brackets after a name ends (王某|(县委书记),
   李某|(兼县长)): ( at character I, and ) within 24 characters right after
   a title, with no other bracket or sentence mark inside; or -1. */
static int
bracket_post(const Sent *S, const int *title_s, int i)
{
  if (i >= S->n || S->cp[i] != '(')
    return -1;
  for (int q = i + 1; q < S->n && q <= i + 24; q++) {
    uint32_t ch = S->cp[q];
    if (ch == ')')
      return q > i + 1 && title_s[q] >= 0 ? q + 1 : -1;
    if (ch == '(' || ch == 0x3002 || ch == ';' || ch == ':')
      return -1;
  }
  return -1;
}

static NgStatus
relate(Ctx        *c,
       const Sent *S,
       const int  *org_span,
       const int  *title_span,
       const int  *person_span)
{
  NgStatus st = NG_OK;
  int      n = S->n, nt = 0;
  Tok     *tok = scratch_get(
    &c->scr->toks, &c->scr->cap_toks, (size_t)(3 * n + 1) * sizeof *tok);
  if (!tok)
    return NG_ERR_NOMEM;
  for (int e = 1; e <= n; e++) {
    const int *arr[3]   = { org_span, title_span, person_span };
    SpKind     kinds[3] = { SP_ORG, SP_TITLE, SP_PERSON };
    for (int k = 0; k < 3; k++)
      if (arr[k][e] >= 0) {
        tok[nt].kind = kinds[k];
        tok[nt].idx  = arr[k][e];
        tok[nt].s    = char_at(S, c->sp[arr[k][e]].bs);
        tok[nt].e    = e;
        nt++;
      }
  }
  qsort(tok, (size_t)nt, sizeof *tok, by_tok_start);
  /* posts in brackets after a name (王某(县委书记、县长), 李某(兼县长)):
     bodies and titles, joined by 、 or 兼, that fill the brackets */
  for (int i = 0; i < nt; i++) {
    const Tok *p = &tok[i];
    if (p->kind != SP_PERSON || p->e >= n || S->cp[p->e] != '(')
      continue;
    int r = p->e + 1;
    while (r < n && r <= p->e + 24 && S->cp[r] != ')' && S->cp[r] != '(' &&
           S->cp[r] != 0x3002)
      r++;
    if (r >= n || S->cp[r] != ')')
      continue;
    int pos = p->e + 1, j = i + 1, ok = 1;
    for (; j < nt && tok[j].e <= r && ok; j++) {
      /* between: 、 or 兼, or before a title a place's name of up to six
         characters (某县县长) right after ( or 、 */
      int from = pos + (pos < tok[j].s && S->cp[pos] == 0x3001), han = 1;
      for (int q = from; q < tok[j].s; q++)
        han &= is_han(S->cp[q]) && S->cp[q] != 0x517C;
      if (!(tok[j].kind == SP_TITLE && han && tok[j].s - from <= 6))
        from = tok[j].s;
      for (int q = pos; q < from && ok; q++)
        ok = S->cp[q] == 0x3001 || S->cp[q] == 0x517C; /* 、 兼 */
      if (tok[j].kind == SP_PERSON || tok[j].s < pos)
        ok = 0;
      pos = tok[j].e;
    }
    if (!ok || pos != r || j == i + 1 || tok[j - 1].kind != SP_TITLE)
      continue;
    int org = -1, org_e = -1, held = -1;
    for (int k = i + 1; k < j; k++) {
      if (tok[k].kind == SP_ORG) {
        org   = tok[k].idx;
        org_e = tok[k].e;
        continue;
      }
      int o = org >= 0 && org_e == tok[k].s ? org : -1;
      if (o < 0 && held >= 0 && !region_head(c, &c->sp[tok[k].idx]))
        o = inherit(c, held, tok[k].idx); /* (县委常委、宣传部部长) */
      NG_TRY(st, hold_add(c, p->idx, tok[k].idx, o));
      if (o >= 0)
        held = o;
      org = -1;
    }
  }
  int pend_org[16], pend_title[16], np   = 0;
  int share_org[16], share_title[16], ns = 0;
  int run[16], nrun = 0, appoint = 0, last_held_org = -1;
  int resp = 0, given = 0; /* 分别任: the posts given one to each name */
  int head_org = -1, head_title = -1; /* the sentence's last post held in
                                         a body, across clauses */
  int last_org = -1, last_org_e = -1, prev_e = 0, prev_kind = -1;
  for (int i = 0; i < nt; i++) {
    const Tok *t   = &tok[i];
    int        gap = 0, gs = prev_e < t->s ? prev_e : t->s;
    for (int q = gs; q < t->s; q++)
      gap = is_sep(S->cp[q]) ? (gap ? gap : 1) : 2;
    if (gap == 2 && prev_kind == SP_TITLE && t->s - gs == 1 &&
        S->cp[gs] == 0x517C) /* 兼: 部长兼办公室主任 */
      gap = 1;
    if (gap == 2 && prev_kind == SP_PERSON && t->kind == SP_PERSON &&
        t->s - gs == 1 && (S->cp[gs] == 0x548C || S->cp[gs] == 0x53CA))
      gap = 1; /* 区议员X和Y: the last name of a list after 和 */
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_PERSON &&
        bracket_note(S, gs) == t->s)
      gap = 0; /* 副县长(挂职)X: a note on the post is no gap */
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_PERSON &&
        t->s - gs == 1 && S->cp[gs] == 0x7531 && t->e + 2 <= n &&
        S->cp[t->e] == 0x62C5 && S->cp[t->e + 1] == 0x4EFB)
      gap = 0; /* 大会秘书长由X担任: the post is the name's */
    /* 副校长(副院长)X: the post under the body's other name, in brackets
       between the post and the name, goes on with the list */
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_TITLE &&
        t->s - gs == 1 && S->cp[gs] == '(' && t->e < n && S->cp[t->e] == ')')
      gap = 1;
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_PERSON &&
        t->s - gs == 1 && S->cp[gs] == ')' && i > 0 &&
        tok[i - 1].kind == SP_TITLE && tok[i - 1].s > 0 &&
        S->cp[tok[i - 1].s - 1] == '(')
      gap = 1;
    if (gap == 2 && prev_kind == SP_TITLE && np > 0 &&
        bracket_note(S, gs) > 0) {
      int sep_only = 1; /* 副秘书长(正处级),办公室主任X: nor before the
                           clause mark that goes on with the list */
      for (int q = bracket_note(S, gs); q < t->s; q++)
        sep_only &= is_sep(S->cp[q]);
      if (sep_only && bracket_note(S, gs) < t->s)
        gap = 1;
    }
    if (gap == 2 && prev_kind == SP_PERSON && t->kind == SP_TITLE &&
        t->s - gs == 1 && (S->cp[gs] == 0x53CA || S->cp[gs] == 0x548C) &&
        head_org >= 0 && deputy_of(c, t->idx, head_title))
      gap = 1; /* 及, 和: 局长X及副局长Y, as 局长X、副局长Y */
    if (gap == 2 && t->kind == SP_ORG && S->cp[t->s - 1] == 0x5C4A) {
      int q = t->s - 1; /* 常委、第十三届乌镇镇党委书记: the term is no gap */
      while (q > gs && is_numeral(S->cp[q - 1]) && is_han(S->cp[q - 1]))
        q--;
      if (S->cp[q] == 0x7B2C && (q == gs || is_sep(S->cp[q - 1]))) {
        int sep_only = 1;
        for (int x = gs; x < q; x++)
          sep_only &= is_sep(S->cp[x]);
        if (sep_only)
          gap = 1;
      }
    }
    if (gap == 2 && prev_kind == SP_ORG &&
        (t->kind == SP_ORG || t->kind == SP_TITLE) && t->s - gs <= 2) {
      /* 市委党校(市行政学院)校(院)长: a body's other name in brackets
         stands beside it; the post is in either */
      int brackets = 1;
      for (int q = gs; q < t->s; q++)
        brackets &= S->cp[q] == '(' || S->cp[q] == ')';
      if (brackets &&
          (t->kind == SP_ORG ? S->cp[t->s - 1] == '(' : S->cp[gs] == ')')) {
        gap        = 0;
        last_org_e = t->s;
      }
    }
    /* 县委书记、县级总河长X, 副书记、村主任X: a level word (and 级) between
       two posts of a list says where the second is held; the list goes on,
       and the second takes no body from the first */
    int level_gap = 0;
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_TITLE && np > 0 &&
        prev_e < n && S->cp[prev_e] == 0x3001) {
      int re = longest_at(S, prev_e + 1, K_REGION);
      if (re > prev_e + 1 && re < n && S->cp[re] == 0x7EA7) /* 级 */
        re++;
      level_gap = re == t->s;
      /* 省委常委、郑州市长X, 区议会主席、观塘民政事务专员X: a place does
         the same */
      if (!level_gap && t->s > prev_e + 1 &&
          (word_flags(S, prev_e + 1, t->s, NULL) & K_PLACE))
        level_gap = 1;
      if (level_gap)
        gap = 1;
    }
    /* X同志任…: 同志 may stand between the name and the verb */
    int ap = prev_e;
    if (ap + 2 < n && S->cp[ap] == 0x540C && S->cp[ap + 1] == 0x5FD7)
      ap += 2;
    /* X为天津市|某区教育局局长, 免去X的某省|某市…职务: the divisions the
       body's name is written after (places of their own) stand between
       the verb and the body */
    int av = longest_at(S, ap, K_APPOINT), dv = ap + 1;
    while (av > ap && av < t->s && longest_at(S, av, K_PLACE) > av &&
           longest_at(S, av, K_PLACE) <= t->s)
      av = longest_at(S, av, K_PLACE);
    while (dv < t->s && ap < n && S->cp[ap] == 0x7684 /* 的 */ &&
           longest_at(S, dv, K_PLACE) > dv &&
           longest_at(S, dv, K_PLACE) <= t->s)
      dv = longest_at(S, dv, K_PLACE);
    int appoint_gap = gap == 2 && prev_kind == SP_PERSON && av == t->s;
    /* X、Y分别任(当选为)A、B: the posts go to the names in turn */
    int resp_gap = gap == 2 && prev_kind == SP_PERSON && nrun > 1 &&
                   ap + 2 < n && S->cp[ap] == 0x5206 &&
                   S->cp[ap + 1] == 0x522B &&
                   longest_at(S, ap + 2, K_APPOINT) == t->s;
    appoint_gap |= resp_gap;
    /* 免去X(、Y)的县交通局局长职务: the posts after the names are theirs */
    int dismiss = prev_kind == SP_PERSON && nrun > 0 &&
                  (ap == t->s || (dv == t->s && S->cp[ap] == 0x7684)) &&
                  (dismissed(S, char_at(S, c->sp[run[0]].bs)) ||
                   (dv == t->s && duty_follows(S, t->s)));
    if (dismiss && gap == 0)
      appoint = 1;
    appoint_gap |= dismiss && gap == 2;
    /* 副调研员、西区“三改”办综合科负责人: a body no list knows, between two
       posts of one list, is a body all the same */
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_TITLE && np > 0 &&
        S->cp[prev_e] == 0x3001 && t->s - prev_e - 1 >= 3 &&
        t->s - prev_e - 1 <= 12) {
      int ok = 1;
      for (int q = prev_e + 1; q < t->s && ok; q++) {
        uint32_t ch = S->cp[q];
        if (!(is_han(ch) || ch == 0x201C || ch == 0x201D) ||
            longest_at(S, q, K_STOP) > q + 1 ||
            (q == prev_e + 1 && longest_at(S, q, K_STOP) > q))
          ok = 0;
      }
      if (ok && longest_ending(S, t->s, K_NOTBODY | K_GENERIC, NULL) > prev_e)
        ok = 0; /* 、宗教活动场所负责人: a common word ends it */
      for (int q = prev_e + 1; q < t->s && ok; q++)
        if (longest_at(S, q, K_GENERIC) > q ||
            (q == prev_e + 2 && S->cp[q] == 0x5C5E)) /* 属 */
          ok = 0; /* 、镇属各站所负责人, 、县属单位负责人: bodies of a kind,
                     none named */
      if (ok) {
        int idx = -1;
        NG_TRY(st,
               span_add(c,
                        SP_ORG,
                        c->sp[t->idx].sent,
                        S->off[prev_e + 1],
                        S->off[t->s],
                        &idx));
        c->sp[idx].short_form = 1;
        last_org              = idx;
        last_org_e            = t->s;
        prev_kind             = SP_ORG;
        gap                   = 0;
      }
    }
    /* 走进某某专业合作社,与合作社负责人X交流: a kind of body written bare
       before a title, after a clause's edge, is the one body of that kind
       the article has named before; so is a visiting group or delegation
       (某省某委督导组到…。督导组组长X…, 代表团团长X), and an association
       named in its delegation's name (香港某某商会访问团…。商会会长X) */
    if (gap == 2 && t->kind == SP_TITLE) {
      static const char *const kinds[] = {
        "合作社", "公司",   "集团",   "企业",   "学校",   "医院",   "协会",
        "商会",   "同乡会", "促进会", "联谊会", "督导组", "检查组", "调研组",
        "考察组", "视察组", "巡视组", "巡察组", "督查组", "督察组", "指导组",
        "工作组", "代表团", "考察团", "访问团", NULL
      };
      for (int w = 0; kinds[w]; w++) {
        size_t wl = strlen(kinds[w]), tb = S->off[t->s];
        if (tb < wl || memcmp(c->a->text + tb - wl, kinds[w], wl))
          continue;
        int ws = t->s;
        while (ws > 0 && S->off[ws] > tb - wl)
          ws--;
        if (ws > 0 && is_han(S->cp[ws - 1]) &&
            longest_ending(S, ws, K_STOP, NULL) < 0)
          break; /* 某某公司: a name the recognizers left, not the kind bare */
        const char *full = NULL;
        int         many = 0;
        for (size_t j = 0; j < c->nsp && !many; j++) {
          const Span *y  = &c->sp[j];
          size_t      yl = y->label ? strlen(y->label) : 0;
          if (y->kind != SP_ORG || y->bs >= tb || yl <= wl ||
              memcmp(y->label + yl - wl, kinds[w], wl))
            continue;
          many = full && strcmp(full, y->label);
          full = y->label;
        }
        if (!full || many)
          break;
        int idx = -1;
        NG_TRY(st, span_add(c, SP_ORG, c->sp[t->idx].sent, tb - wl, tb, &idx));
        char *l = ng_strdup(full); /* the span array may have moved; the
                                     labels have not */
        if (!l)
          return NG_ERR_NOMEM;
        ng_free(c->sp[idx].label);
        c->sp[idx].label = l;
        last_org         = idx;
        last_org_e       = t->s;
        prev_kind        = SP_ORG;
        gap              = 0;
        break;
      }
    }
    /* 镇党委委员、武装部长X: one or two characters no list knows before a
       title (武装|部长, a short form of 武装部部长) leave the list of posts
       going on; the title takes no body from the post before */
    if (gap == 2 && prev_kind == SP_TITLE && t->kind == SP_TITLE && np > 0 &&
        S->cp[prev_e] == 0x3001 && t->s - prev_e - 1 >= 1 &&
        t->s - prev_e - 1 <= 2) {
      int ok = 1;
      for (int q = prev_e + 1; q < t->s && ok; q++)
        ok = is_han(S->cp[q]) && longest_at(S, q, K_STOP) <= q &&
             longest_at(S, q, K_PLACE | K_REGION) <= q;
      if (ok) {
        gap       = 1;
        level_gap = 1;
      }
    }
    if (gap == 2) {
      np = ns  = 0;
      last_org = -1;
      if (!appoint_gap)
        last_held_org = -1;
      appoint = appoint_gap;
      resp    = resp_gap;
      given   = 0;
      if (!appoint)
        nrun = 0;
    }
    if (t->kind == SP_ORG) {
      last_org   = t->idx;
      last_org_e = t->e;
    } else if (t->kind == SP_TITLE) {
      int        org = last_org >= 0 && prev_kind == SP_ORG &&
                    (last_org_e == t->s || last_org_e == t->s + 1)
                         ? last_org
                         : -1;
      const Tok *nx  = i + 1 < nt ? &tok[i + 1] : NULL;
      int        name_next =
        nx && nx->kind == SP_PERSON &&
        (nx->s == t->e || bracket_note(S, t->e) == nx->s ||
         (nx->s == t->e + 1 && (S->cp[t->e] == ' ' || S->cp[t->e] == 0x3000)));
      if (prev_kind == SP_PERSON && gap == 0 && org < 0 && !name_next &&
          nrun > 0) {
        NG_TRY(st, hold_add(c, run[nrun - 1], t->idx, -1)); /* 赵文杰局长 */
        prev_kind = SP_TITLE;
        prev_e    = t->e;
        continue;
      }
      if (org < 0 && np > 0 && !level_gap && /* 县级|总河长: no body */
          !region_head(c, &c->sp[t->idx]) &&
          (pend_org[np - 1] < 0 || head_fits(c, t->idx, pend_org[np - 1])))
        org = inherit(c, pend_org[np - 1], t->idx); /* 党组书记、主任 */
      else if (org < 0 && np == 0 && prev_kind == SP_PERSON && gap == 1 &&
               (S->cp[t->s - 1] == 0x3001 || S->cp[t->s - 1] == ',' ||
                S->cp[t->s - 1] == 0x53CA || S->cp[t->s - 1] == 0x548C) &&
               last_held_org >= 0 && !region_head(c, &c->sp[t->idx]) &&
               head_fits(c, t->idx, last_held_org))
        org = inherit(c, last_held_org, t->idx); /* 局长X、副局长Y */
      else if (org < 0 && np == 0 && head_org >= 0 && t->s > 0 &&
               (S->cp[t->s - 1] == 0xFF0C || S->cp[t->s - 1] == ',') &&
               (deputy_of(c, t->idx, head_title) ||
                staff_of(c, t->idx, head_org)))
        org = head_org; /* 主任A主持会议,副主任B、C出席; 副主任A领学,
                           党组成员、秘书长B作… */
      else if (org >= 0 && np > 0 && c->sp[org].short_form) {
        /* a working body of the party committee first (固始县委常委、
           宣传部部长: 固始县委宣传部, not 固始县宣传部) */
        NG_TRY(st, carry_parent(c, pend_org, np, org));
        if (c->sp[org].short_form)
          NG_TRY(st, carry_region(c, pend_org, np, org));
      }
      if (appoint && nrun > 0 && !name_next) {
        /* X、Y当选为副镇长; X任…委员、常委; X为团长, Y为副团长 */
        if (org < 0 && np == 0 && last_held_org >= 0 &&
            !region_head(c, &c->sp[t->idx]) &&
            head_fits(c, t->idx, last_held_org))
          org = inherit(c, last_held_org, t->idx);
        for (int r = 0; r < nrun; r++)
          if (!resp || r == given)
            NG_TRY(st, hold_add(c, run[r], t->idx, org));
        given++;
        if (org >= 0)
          last_held_org = org;
        if (np < 16) {
          pend_org[np]   = org;
          pend_title[np] = -1 - t->idx; /* given already */
          np++;
        }
      } else if (np < 16) {
        pend_org[np]   = org;
        pend_title[np] = t->idx;
        np++;
      }
      ns = 0;
    } else {
      if (np > 0 && prev_kind == SP_TITLE && gap < 2 && pend_title[0] >= 0) {
        for (int k = 0; k < np; k++) {
          NG_TRY(st, hold_add(c, t->idx, pend_title[k], pend_org[k]));
          share_org[k]   = pend_org[k];
          share_title[k] = pend_title[k];
          if (pend_org[k] >= 0) {
            last_held_org = pend_org[k];
            head_org      = pend_title[k] >= 0 ? pend_org[k] : -1;
            head_title    = pend_title[k];
          }
        }
        ns      = np;
        np      = 0;
        appoint = 0;
      } else if (np > 0 && pend_title[0] < 0) {
        np = 0; /* posts given by 当选为 stay with the names before it */
        appoint = 0;
        nrun    = 0;
      } else if (ns > 0 && prev_kind == SP_PERSON && gap == 1 &&
                 (S->cp[t->s - 1] == 0x3001 || S->cp[t->s - 1] == 0x548C ||
                  S->cp[t->s - 1] == 0x53CA)) { /* 区议员X、Y, X和Y */
        for (int k = 0; k < ns && !posted_before(c, t->idx); k++)
          NG_TRY(st, hold_add(c, t->idx, share_title[k], share_org[k]));
      } else
        ns = 0;
      if (!(prev_kind == SP_PERSON && gap == 1))
        nrun = 0;
      if (nrun < 16)
        run[nrun++] = t->idx;
    }
    prev_kind = t->kind;
    prev_e    = t->e;
  }
done:
  return st;
}

/* ---------------------------------------------------------------- one
   sentence */

/* Characters after a short place name that make it part of a road or a
   site name: 商都路, 郑州东站. */
static const uint32_t ROAD_CHARS[] = { 0x8DEF /* 路 */, 0x8857 /* 街 */,
                                       0x5DF7 /* 巷 */, 0x9053 /* 道 */,
                                       0x6865 /* 桥 */, 0 };
/* Characters of a bay, an island, a cape, an islet, a spit and a creek
   that end a place named after another (深圳湾, 长沙湾, 海南岛). */
static const uint32_t FEATURE_CHARS[] = { 0x6E7E /* 湾 */,
                                          0x5C9B /* 岛 */,
                                          0x89D2 /* 角 */,
                                          0x6D32 /* 洲 */,
                                          0x5480 /* 咀 */,
                                          0x6D8C /* 涌 */,
                                          0 };

static int
strchr_cp(const uint32_t *set, uint32_t c)
{
  for (; *set; set++)
    if (*set == c)
      return 1;
  return 0;
}

static int
is_sep(uint32_t c)
{
  return c == 0x3001 || c == ',' || c == ' ' || c == 0x3000;
}

/* One-character short names of countries and of Chinese provinces and
   regions (中 美 俄, 京 沪 粤 黔), as the news writes them in pairs (中美关系,
   粤黔两省) and after a verb of visiting (访华, 在京); general knowledge. */
static const uint32_t ABBR_CHARS[] = {
  0x4E2D, 0x7F8E, 0x4FC4, 0x65E5, 0x97E9, 0x82F1, 0x6CD5, 0x5FB7, 0x610F,
  0x5370, 0x5DF4, 0x671D, 0x8D8A, 0x6CF0, 0x6FB3, 0x52A0, 0x534E, /* 中美俄日韩英法德意印巴朝越泰澳加华
                                                                   */
  0x4EAC, 0x6D25, 0x6CAA, 0x6E1D, 0x5180, 0x664B, 0x8FBD, 0x5409, 0x9ED1,
  0x82CF, 0x6D59, 0x7696, 0x95FD, 0x8D63, 0x9C81, 0x8C6B, 0x9102, 0x6E58,
  0x7CA4, 0x6842, 0x743C, 0x5DDD, 0x9ED4, 0x6EC7, 0x85CF, 0x9655, 0x7518,
  0x9752, 0x5B81, 0x65B0, 0x6E2F, 0x53F0, 0 /* 京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新港台
                                             */
};
/* verbs of visiting and stance before a short name (访华, 驻美, 来沪) */
static const uint32_t VISIT_CHARS[] = { 0x8BBF, 0x6765, 0x9A7B, 0x8D74, 0x79BB,
                                        0x62B5, 0x8FD4, 0x8FDB, 0x664B, 0x65C5,
                                        0x63F4, 0x53CD, 0x5BF9, 0x5728, 0 };
/* 访 来 驻 赴 离 抵 返 进 晋 旅 援 反 对 在 */
/* short names that are common words too, never taken after a verb alone
   (带来新的, 在台上, 对法的, 越来越): 中 加 新 黑 吉 青 宁 甘 台 晋 意 法 德
   越 */
static const uint32_t COMMON_ABBR[] = { 0x4E2D, 0x52A0, 0x65B0, 0x9ED1, 0x5409,
                                        0x9752, 0x5B81, 0x7518, 0x53F0, 0x664B,
                                        0x610F, 0x6CD5, 0x5FB7, 0x8D8A, 0 };
/* words after a pair (中美|关系) or a visited short name (驻华|大使) */
static const char *const ABBR_NEXT[] = {
  "两国", "两省",     "两市",     "两地", "两区", "双方", "关系", "首脑",
  "峰会", "联合声明", "联合公报", "建交", "和约", "合作", "友好", "战略",
  "贸易", "经贸",     "边境",     "会谈", "协作", "对口", "加强", "期间",
  "大使", "使节",     "使馆",     "政策", "访问", "投资", NULL
};

/* The state a country's short name stands for (中|方, 美|总统, 俄|外长); a
   short name that is a common word too (中 新 日…) only before 方. */
static const char *const STATE_NEXT[] = { "方",   "总统", "总理", "首相",
                                          "外长", "军方", NULL };

/* 1 when one of STATE_NEXT starts at character I of S and is a word of its
   own there (方面, 方案 are none). */
static int
state_next(const Sent *S, int i)
{
  for (int w = 0; STATE_NEXT[w]; w++) {
    int q = word_at(S, i, STATE_NEXT[w]);
    if (q >= 0 && longest_at(S,
                             i,
                             K_STOP | K_AFTER | K_TITLE | K_NOTBODY |
                               K_GENERIC | K_DOMAIN) <= q)
      return 1;
  }
  return 0;
}

/* 1 when one of ABBR_NEXT starts at character I of S. */
static int
abbr_next(const Sent *S, int i)
{
  for (int w = 0; ABBR_NEXT[w]; w++)
    if (word_at(S, i, ABBR_NEXT[w]) >= 0)
      return 1;
  return 0;
}

/* Bit c of abbr_bits for each character c below 0x10000 of ABBR_CHARS:
   abbr_place() asks about every character of a sentence, and a bit is one
   load where the list is fifty comparisons. */
static uint64_t       abbr_bits[0x10000 / 64];
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

static void
abbr_bits_init(void)
{
  for (const uint32_t *p = ABBR_CHARS; *p; p++)
    if (*p < 0x10000)
      abbr_bits[*p >> 6] |= 1ull << (*p & 63);
}

/* Makes abbr_bits, once: ng_entities_new() calls it, so every sentence
   read finds them made. */
static void
abbr_ready(void)
{
  pthread_once(&abbr_once, abbr_bits_init);
}

/* Whether C is one of ABBR_CHARS. */
static inline int
is_abbr_char(uint32_t c)
{
  if (c >= 0x10000)
    return strchr_cp(ABBR_CHARS, c);
  return abbr_bits[c >> 6] >> (c & 63) & 1;
}

/* 1 when the character at I is a short name of a country or region that
   stands as a place: the first of a pair before a word of relations
   (中|美关系, 粤|黔两省), the second of such a pair, or after a verb of
   visiting with no word going on (访|华, 在|京召开; not 在|日前, 华北). */
static int
abbr_place_rest(const Sent *S, int i)
{
  unsigned all = ~0u;
  if (longest_at(S, i, all) > i + 1)
    return 0;
  if (i + 2 < S->n && strchr_cp(ABBR_CHARS, S->cp[i + 1]) &&
      S->cp[i + 1] != S->cp[i] && longest_at(S, i + 1, all) <= i + 2 &&
      abbr_next(S, i + 2) && (i == 0 || !strchr_cp(ABBR_CHARS, S->cp[i - 1])))
    return 1;
  if (i > 0 && i + 1 < S->n && strchr_cp(ABBR_CHARS, S->cp[i - 1]) &&
      S->cp[i - 1] != S->cp[i] && longest_at(S, i - 1, all) <= i &&
      abbr_next(S, i + 1) && (i < 2 || !strchr_cp(ABBR_CHARS, S->cp[i - 2])))
    return 1;
  if (i > 0 && strchr_cp(VISIT_CHARS, S->cp[i - 1]) &&
      !strchr_cp(COMMON_ABBR, S->cp[i]) &&
      (i + 1 == S->n || !is_han(S->cp[i + 1]) ||
       longest_at(S, i + 1, K_STOP | K_AFTER | K_TITLE) > i + 1 ||
       abbr_next(S, i + 1)))
    return 1;
  if (i + 1 < S->n && state_next(S, i + 1) &&
      (!strchr_cp(COMMON_ABBR, S->cp[i]) || S->cp[i + 1] == 0x65B9) &&
      (i == 0 || !is_han(S->cp[i - 1]) ||
       longest_ending(S, i, K_STOP, NULL) >= 0)) {
    for (int h = i - 1; h >= 0 && h >= i - 3; h--)
      if (longest_at(S, h, all) > i)
        return 0; /* 其中|方面: a word runs into it */
    return 1;     /* 中方, 美总统 */
  }
  return 0;
}

/* abbr_place(), asked at every character: most are no short name. */
static inline int
abbr_place(const Sent *S, int i)
{
  return is_abbr_char(S->cp[i]) && abbr_place_rest(S, i);
}

/* The end of a foreign city, state, county or province the lexicon lacks,
   written right after its country at E (日本|某某市政府,
   某国|某某州执行委员会, 越南|某某省代表团): two to five Han characters, no
   word of their own among them, then 市, 州, 县 or 省, then no more of a
   word (市场, 州长, 省份 are none); or -1. */
static int
foreign_division(const Sent *S, int e)
{
  for (int q = e + 2; q <= e + 5 && q < S->n; q++) {
    uint32_t lv = S->cp[q];
    int      pe = longest_at(S, q - 1, K_PLACE);
    if (!is_han(S->cp[q - 1]) ||
        longest_at(S, q - 1, K_STOP | K_GENERIC | K_REGION) > q - 1 ||
        (pe > q - 1 && !(word_flags(S, q - 1, pe, NULL) & K_PLACE_COUNTY)))
      return -1; /* 东部地区|部分省市; but a county's short name is just
                    characters (戈梅|利州) */
    if (lv != 0x5E02 && lv != 0x5DDE && lv != 0x53BF && lv != 0x7701)
      continue; /* 市 州 县 省 (越南|某某省, 老挝|某某某某省) */
    /* a place of the lexicon opens it: a Chinese one, unless a province
       follows a county's name (老挝|沙湾拿吉省: 沙湾 is a Chinese county,
       but no Chinese county opens a 省) */
    int pl = longest_at(S, e, K_PLACE);
    if (longest_at(S, e, K_STOP | K_TITLE | K_DOMAIN) > e ||
        (pl > e && (lv != 0x7701 || pl > q)))
      return -1;
    int after = q + 1, tp = longest_at(S, after, K_TPREFIX);
    if (after >= S->n || !is_han(S->cp[after]) ||
        longest_at(S, after, K_STOP | K_ANYBODY | K_TITLE | K_AFTER) > after)
      return after;
    if (tp > after && longest_at(S, tp, K_TITLE) > tp)
      return after; /* 某国某某州|副州长: a title after its prefix */
    return -1;
  }
  return -1;
}

/* A body named by a strong word whose left edge was a guess that ran out
   of characters (广元市医疗事|故技术鉴定委员会) opens with the division,
   country or national body a few characters further left, when only
   Han characters that are no function word, title or generic word stand
   between: 某市医疗事故技术鉴定委员会, 中国环境管理体系认证指导委员会. */
static void
body_region(const Sent *S, const int *place_s_by_e, Cand *c)
{
  for (int q = c->s; q > 0 && c->s - q <= 10 && is_han(S->cp[q - 1]); q--) {
    if (longest_ending(S, q, K_STOP | K_TITLE | K_AFTER | K_GENERIC, NULL) >=
          0 ||
        longest_at(S, q - 1, K_STOP | K_TITLE | K_AFTER | K_GENERIC) > q - 1)
      return;
    int ps = place_s_by_e[q], os = longest_ending(S, q, K_ORG, NULL);
    if (ps >= 0 && !(word_flags(S, ps, q, NULL) & K_PLACE_COUNTY)) {
      c->prefix  = q - ps;
      c->s       = ps;
      c->unknown = 0;
      return;
    }
    if (os >= 0) {
      c->s       = os;
      c->unknown = 0;
      return;
    }
  }
}

/* A unit inside a body (市纪委监委|第三监督检查室, 市委组织部|干部一科):
   a unit word (司 处 科 室 股 署, 大队 支队 中队; no site word such as 会议室)
   at J..K right after a body ORGC names, with a stem of
   two to six Han characters between (ordinals allowed; no function word
   of one character, title, place, body or generic word), is that body's
   unit: fills ORGC[K]. */
static void
sub_unit(const Sent *S, Cand *orgc, const int *title_s, int j, int k)
{
  uint32_t w = S->cp[j];
  if (!((k == j + 1 && (w == 0x53F8 || w == 0x5904 || w == 0x79D1 ||
                        w == 0x5BA4 || w == 0x80A1 ||   /* 司处科室股 */
                        w == 0x7F72 || w == 0x90E8)) || /* 署 部 */
        (k == j + 2 && S->cp[j + 1] == 0x961F &&
         (w == 0x5927 || w == 0x652F || w == 0x4E2D))) || /* 大队 支队 中队 */
      longest_ending(S, k, K_ANYPSUF, NULL) >= 0 ||
      longest_at(S, j, ~0u) > k ||
      (longest_ending(
         S, k, ~(K_GIVEN | K_SURNAME | K_FOREIGN | K_NOTNAME2), NULL) >= 0 &&
       longest_ending(
         S, k, ~(K_GIVEN | K_SURNAME | K_FOREIGN | K_NOTNAME2), NULL) < j) ||
      !(k == S->n || !is_han(S->cp[k]) ||
        longest_at(S, k, K_TITLE | K_TPREFIX | K_AFTER | K_STOP) > k))
    return; /* 部, 办, 团 and 中心 are common in other words (部署, 举办),
               so are 科技, 处理 and 部署; a site word (会议室) is a room, not a
               unit; a post, a verb or a mark follows the unit's name */
  for (int q = j - 2; q >= j - 6 && q > 0; q--) {
    if (!is_han(S->cp[q]) || title_s[q + 1] >= 0 || title_s[j] >= 0)
      return;
    if (!orgc[q].ok)
      continue;
    int stem = 0;
    for (int x = q; x < j; x++)
      stem += !is_numeral(S->cp[x]);
    for (int x = q; x < j; x++) {
      int common = longest_at(S, x, K_NOTBODY) > x + 1 ||
                   (x > q && longest_at(S, x - 1, K_NOTBODY) > x);
      if (longest_at(S, x, K_TITLE | K_TPREFIX | K_GENERIC | K_PLACE) > x ||
          (!common && longest_at(S, x, K_ANYBODY) > x) ||
          longest_at(S, x, K_STOP) == x + 1 || S->cp[x] == 0x671F || stem > 4)
        return; /* a verb of two characters may name the unit (监督检查室),
                   and so may a common word holding a body word (干部,
                   组织); a phase (一期), a function word, or more than four
                   characters besides ordinals (选派|参政议政部) may not */
    }
    orgc[k]            = orgc[q];
    orgc[k].e          = k;
    orgc[k].parent     = q;
    orgc[k].region     = 0;
    orgc[k].short_form = orgc[q].short_form && !orgc[q].prefix;
    return;
  }
}

/* A company in a 、-list whose name a one-character word cut (、沈阳和|
   世泰钛业有限公司、: 和 stopped the guess) is the whole item when the item
   opens with a division name and holds no longer function word: at most
   ten characters before the company's left edge. */
static void
company_item(const Sent *S, Cand *c)
{
  int q = c->s;
  if (q <= 0 || !is_han(S->cp[q - 1]) || c->prefix)
    return; /* 某镇和|湖南某某有限公司: a company that opens with a place
               of its own is named from there */
  while (q > 0 && is_han(S->cp[q - 1]) && c->s - q < 10)
    q--;
  if (q == 0 || S->cp[q - 1] != 0x3001 || q == c->s)
    return;
  int pe = longest_at(S, q, K_PLACE);
  if (pe <= q || pe >= c->s || (word_flags(S, q, pe, NULL) & K_PLACE_COUNTY))
    return;
  for (int x = q; x < c->s; x++)
    if (longest_at(S, x, K_STOP | K_TITLE | K_GENERIC) > x + 1)
      return;
  c->prefix  = pe - q;
  c->s       = q;
  c->unknown = 0;
}

/* A committee whose name joins two subjects with 、 (计划、预算审查委员会):
   a body word that starts right after 、 takes the two-character subject
   before it, when a function word or a clause mark stands before that
   (和|计划、预算…, 了|计划、预算…) and the subject is no word of a place,
   body, title or level. */
static void
joined_stems(const Sent *S, Cand *c)
{
  int a = c->s, b = a - 3;
  if (b < 0 || S->cp[a - 1] != 0x3001 || !is_han(S->cp[b]) ||
      !is_han(S->cp[b + 1]))
    return;
  if (!(b == 0 || clause_mark(S->cp[b - 1]) ||
        longest_ending(S, b, K_STOP, NULL) >= 0))
    return;
  unsigned bad = K_STOP | K_PLACE | K_ANYBODY | K_TITLE | K_REGION | K_GENERIC;
  if (longest_at(S, b, bad) > b || longest_at(S, b + 1, bad) > b + 1 ||
      longest_ending(S, b + 2, bad, NULL) >= 0)
    return;
  if (c->prefix || longest_at(S, a, K_REGION | K_PLACE | K_ORG) > a)
    return; /* 、县人民医院: a body that opens with its level word or place
               is named whole */
  c->s       = b;
  c->unknown = 0;
}

/* A site named by a strong suffix whose left edge was a guess cut inside
   an item of a 、-list (、水帘洞|鲁班山大景区、): the whole item is the name,
   when it holds no function word, no division name and no end of another
   site's name, and is at most twelve characters before the suffix at J. */
static void
list_item(const Sent *S, int j, Cand *c)
{
  int q = c->s;
  if (q <= 0 || !is_han(S->cp[q - 1]))
    return;
  while (q > 0 && is_han(S->cp[q - 1]) && j - q < 12)
    q--;
  if (q == 0 || S->cp[q - 1] != 0x3001)
    return;
  for (int x = q; x < c->s; x++) {
    int pe = longest_at(S, x, K_PLACE);
    if (longest_at(S, x, K_STOP) > x ||
        longest_ending(S, x + 1, K_STOP | K_PSUF, NULL) >= 0 ||
        (pe > x && !(word_flags(S, x, pe, NULL) & K_PLACE_COUNTY)))
      return; /* a function word, or a place of its own
                 (某市生态园|某某湿地公园); a county's short name is just
                 characters (西|梁山|地) */
  }
  c->s       = q;
  c->unknown = 0;
}

/* A site named by a strong suffix at J whose left edge was a guess that
   ran out of characters inside its name (察看了|比亚迪新能源汽车|零部件产业园)
   reaches back to the function word, verb or mark before it, at most twelve
   characters before the suffix, when no title, generic word, place or
   strong body word stands between. */
static void
site_edge(const Sent *S, int j, Cand *c)
{
  int q = c->s;
  if (q <= 0 || !is_han(S->cp[q - 1]) ||
      longest_ending(S, q, K_STOP | K_PLACE | K_ANYPSUF, NULL) >= 0)
    return;
  while (q > 0 && j - q < 12 && is_han(S->cp[q - 1]) &&
         longest_ending(S, q, K_STOP, NULL) < 0)
    q--;
  if (!(q == 0 || !is_han(S->cp[q - 1]) ||
        longest_ending(S, q, K_STOP, NULL) >= 0))
    return;
  if (q > 0 && S->cp[q] == 0x5E74 && S->cp[q - 1] >= '0' &&
      S->cp[q - 1] <= '9') {
    c->ok = 0; /* 2025年|城镇老旧小区改造, 2025年|高标准农田示范区建设: a
                  kind of site after the year of its programme, no name */
    return;
  }
  for (int x = q; x < c->s; x++)
    if (longest_at(S,
                   x,
                   K_TITLE | K_TPREFIX | K_GENERIC | K_REGION | K_BODY |
                     K_BODY_CO | K_BODY_TOP | K_BODY_BARE) > x ||
        (longest_at(S, x, K_PLACE) > x &&
         longest_at(S, x, K_NOTPLACE) <= longest_at(S, x, K_PLACE) &&
         !(word_flags(S, x, longest_at(S, x, K_PLACE), NULL) &
           K_PLACE_COUNTY)) ||
        is_numeral(S->cp[x]))
      return; /* a place word inside a word that is none (鲁中国际: 中国际)
                 is just characters, and so is a county's short name that
                 opens a site's name (走进|某溪红心猕猴桃产业园) */
  c->s       = q;
  c->unknown = 0;
}

/* A village named by 村 at J and two or three characters right after a
   clear edge (a function word or verb, a clause mark, the start, a
   division's full name), where
   extend_left() took none because a word of a place stands in the name
   (和|西河村, 来到|张家湾村) or the name has three characters (走进|李家庄村).
   The characters hold no function word, title, level word, body word,
   generic word or division name (a county's short name is just
   characters), no numeral, and no word goes on past 村 (村民); three only
   when the edge is not right before the last two. Fills C; 0 for none. */
/* 1 when the numeral at Q opens a village's name [A, J) (三桥村, 五星村,
   八一村): one of 一 to 十 at the start, before a character that makes no
   count of it. */
static int
numeral_opens_name(const Sent *S, int q, int a, int j)
{
  uint32_t c = S->cp[q];
  return q == a && q + 1 < j && c != 0x7B2C && c != 0x5C4A && c != 0x6B21 &&
         c != 0x767E && c != 0x96F6 && c > 0xFF && !is_numeral(S->cp[q + 1]) &&
         !strchr_cp(COUNT_CHARS, S->cp[q + 1]);
}

static int
village_name(const Sent *S, const int *place_s_by_e, int j, Cand *c)
{
  int k = j + 1;
  if (S->cp[j] != 0x6751 || longest_at(S, j, K_NOTBODY) > k)
    return 0;
  /* four characters only at the start of a clause before the village's
     own body (,龙塘新寨村|党支部书记, 、某某某某村委会) */
  int own_body = (k < S->n && longest_at(S, k, K_ANYBODY) > k) ||
                 longest_at(S, j, K_ANYBODY) > k;
  for (int len = 2; len <= (own_body ? 4 : 3); len++) {
    int a = j - len, ok = 1;
    if (a < 0)
      return 0;
    if (len == 4 && !(a == 0 || clause_mark(S->cp[a - 1])))
      continue;
    if (a > 0 && (is_numeral(S->cp[a - 1]) ||
                  (S->cp[a - 1] >= '0' && S->cp[a - 1] <= '9')))
      continue; /* 120余名|村(社区)党组织书记, 十多个|村: a count before 村,
                   no village's name */
    /* three characters after a clause mark, not after a dash or a
       quote (——记|柳林村党支部书记: 记 is a verb) */
    if (!(a == 0 ||
          (!is_han(S->cp[a - 1]) && (len == 2 || clause_mark(S->cp[a - 1]))) ||
          longest_ending(S, a, K_STOP, NULL) >= 0 ||
          (place_s_by_e[a] >= 0 && !(word_flags(S, place_s_by_e[a], a, NULL) &
                                     (K_PLACE_SHORT | K_PLACE_WIDE)))))
      continue; /* after a function word, or a division (修梅镇|高桥村) */
    for (int q = a - 1; q >= 0 && q >= a - 3 && ok; q--)
      if (longest_at(S, q, K_STOP) > a)
        ok = 0; /* a function word runs into the name */
    for (int q = a; q < j && ok; q++) {
      int pe = longest_at(S, q, K_PLACE);
      if (longest_at(S, q, K_NOTBODY) == k)
        ok = 0; /* 扎根|农村: a common word ends at 村 */
      if (!is_han(S->cp[q]) ||
          (is_numeral(S->cp[q]) && !numeral_opens_name(S, q, a, j)) ||
          longest_at(S,
                     q,
                     K_STOP | K_TITLE | K_TPREFIX | K_REGION | K_GENERIC |
                       K_ANYBODY | K_BEFORE) > q ||
          (pe > q && !(word_flags(S, q, pe, NULL) & K_PLACE_SHORT)))
        ok = 0;
    }
    if (ok && longest_ending(S, k, K_GENERIC, NULL) >= 0 &&
        longest_ending(S, k, K_GENERIC, NULL) <= a)
      ok = 0; /* 贫困村, 示范村: a kind of village */
    if (!ok)
      continue;
    memset(c, 0, sizeof *c);
    c->s       = a;
    c->e       = k;
    c->parent  = -1;
    c->unknown = len;
    c->ok      = 1;
    return 1;
  }
  return 0;
}

/* Kinds of places that close a list of them after 等 (某某山、某某岭等
   重点林区, 某湖、某河等水域): general words of geography and planning. */
static const char *const PLACE_KINDS[] = { "林区",   "景区",       "山区",
                                           "水域",   "流域",       "区域",
                                           "保护区", "自然保护区", "风景区",
                                           "河流",   "湖泊",       NULL };

/* 1 when one of PLACE_KINDS starts at character I of S, or after 重点 or
   重要 there. */
static int
place_kind(const Sent *S, int i)
{
  if (word_at(S, i, "重点") >= 0 || word_at(S, i, "重要") >= 0)
    i += 2;
  for (int w = 0; PLACE_KINDS[w]; w++)
    if (word_at(S, i, PLACE_KINDS[w]) >= 0)
      return 1;
  return 0;
}

/* 1 when character I of S stands inside a book title (《…》): a 《 before
   it with no 》 between, and a 》 after it, within forty characters. */
static int
in_book_title(const Sent *S, int i)
{
  int open = 0;
  for (int q = i - 1; q >= 0 && q >= i - 40 && !open; q--) {
    if (S->cp[q] == 0x300B)
      return 0;
    open = S->cp[q] == 0x300A;
  }
  for (int q = i; q < S->n && q <= i + 40 && open; q++) {
    if (S->cp[q] == 0x300A)
      return 0;
    if (S->cp[q] == 0x300B)
      return 1;
  }
  return 0;
}

/* The one-character short names of the provinces (京津沪渝…新), the part
   of ABBR_CHARS from 京 to 新: what a part of a province is named by. */
static int
is_province_abbr(uint32_t c)
{
  for (const uint32_t *p = ABBR_CHARS; *p; p++)
    if (*p == 0x4EAC) {               /* 京 */
      for (; *p && *p != 0x6E2F; p++) /* up to 港 */
        if (*p == c)
          return 1;
      return 0;
    }
  return 0;
}

/* The start of a part of a province named by its short name and one to
   three points of the compass before 地区 at J (苏北|地区, 川西北|地区,
   粤东西北|地区: the east, west and north of the province), or -1. */
static int
province_part(const Sent *S, int j)
{
  static const uint32_t dirs[] = {
    0x4E1C, 0x897F, 0x5357, 0x5317, 0x4E2D, 0
  }; /* 东 西 南 北 中 */
  if (word_at(S, j, "地区") < 0)
    return -1;
  for (int d = 1; d <= 3 && j - d - 1 >= 0; d++) {
    if (!strchr_cp(dirs, S->cp[j - d]))
      return -1;
    if (is_province_abbr(S->cp[j - d - 1]) &&
        !strchr_cp(dirs, S->cp[j - d - 1]) &&
        longest_ending(S, j - d - 1, K_PLACE, NULL) < 0)
      return j - d - 1;
  }
  return -1;
}

/* 1 when a website's name ends before character E of S: 网站, 网 or their
   traditional forms (某市政府门户网站, 某某网, 某县政府全球資訊網). */
static int
website_end(const Sent *S, int e)
{
  if (e < 2)
    return 0;
  uint32_t l = S->cp[e - 1], p = S->cp[e - 2];
  if (l == 0x7AD9)                       /* 站 */
    return p == 0x7F51 || p == 0x7DB2;   /* 网站 網站 */
  return (l == 0x7F51 || l == 0x7DB2) && /* 网 網, not 上网 联网 电网 */
         p != 0x4E0A && p != 0x8054 && p != 0x806F && p != 0x7535 &&
         p != 0x96FB && p != 0x7BA1;
}

static NgStatus
do_sentence(Ctx *c, int si, const NgRange *r)
{
  NgStatus       st = NG_OK;
  Sent           S;
  int            n;
  int           *place_s_by_e = NULL, *place_e = NULL, *title_s = NULL;
  Cand          *orgc = NULL, *plc = NULL;
  unsigned char *occ      = NULL;
  int           *org_span = NULL, *title_span = NULL, *person_span = NULL;
  NG_TRY(st,
         sent_build(&S,
                    c->scr,
                    c->en->lex,
                    c->a->text,
                    r->start,
                    r->end,
                    r->kind == NG_SENTENCE_BYLINE));
  S.minority = c->en->minority;
  n          = S.n;
  size_t m1  = (size_t)(n + 1);
  Cand  *blk = scratch_get(&c->scr->marks,
                          &c->scr->cap_marks,
                          2 * m1 * sizeof *orgc + 6 * m1 * sizeof(int) + m1);
  if (!blk) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  orgc         = blk;
  plc          = orgc + m1;
  place_s_by_e = (int *)(plc + m1);
  place_e      = place_s_by_e + m1;
  title_s      = place_e + m1;
  org_span     = title_s + m1;
  title_span   = org_span + m1;
  person_span  = title_span + m1;
  occ          = (unsigned char *)(person_span + m1);
  memset(orgc, 0, 2 * m1 * sizeof *orgc);
  memset(occ, 0, m1);
  for (int i = 0; i <= n; i++) {
    place_s_by_e[i] = place_e[i] = title_s[i] = -1;
    org_span[i] = title_span[i] = person_span[i] = -1;
  }

  /* places from the divisions: longest first, left to right */
  for (int i = 0; i < n;) {
    int e = -1, not_place = -1;
    if (!(S.start_flags[i] & (K_NOTPLACE | K_PLACE))) {
      i++;
      continue;
    }
    for (int h = S.first[i]; h < S.first[i + 1]; h++) {
      if (S.hits[h].flags & K_NOTPLACE)
        not_place = S.hits[h].e;
      else if (S.hits[h].flags & K_PLACE)
        e = S.hits[h].e;
    }
    if (not_place > e) {
      i = not_place; /* 中国式 */
      continue;
    }
    if (e > i && (word_flags(&S, i, e, NULL) & K_PLACE_SHORT) && e < n &&
        is_han(S.cp[e]) && !(longest_at(&S, e, K_ANYPSUF) > e)) {
      /* a city's short name whose first character ends a title (州长|沙某某,
         副市长|春某, 县长|治某): the title and a name, not the city (but
         湖南省|长沙市, with the city's suffix, stays the city) */
      int over = 0;
      for (int q = i - 1; q >= 0 && q >= i - 4 && !over; q--) {
        int te = longest_at(&S, q, K_TITLE);
        over   = te > i && te < e;
        for (int ps = q; over && ps >= 0 && ps >= q - 8; ps--)
          if (place_e[ps] > q)
            over = 0; /* 湖南省|长沙: the title's first character ends a
                         place */
      }
      if (over) {
        i++;
        continue;
      }
    }
    if (e > i && (word_flags(&S, i, e, NULL) & K_PLACE_WIDE) &&
        (word_flags(&S, i, e, NULL) & K_PSUF) &&
        longest_ending(&S, i, K_GENERIC, NULL) >= 0) {
      i = e; /* 各|高新区: zones in general, not the local one */
      continue;
    }
    if (e > i && (word_flags(&S, i, e, NULL) & K_PLACE_WIDE) &&
        in_book_title(&S, i)) {
      /* 《中华人民共和国某某法》, 《东北地区与东部地区…方案》: a state or a
         region in the title of a law, plan or book is part of that title;
         a division there (《某某市城区…方案》) is still a place */
      i = e;
      continue;
    }
    if (e > i && (word_flags(&S, i, e, NULL) & (K_PLACE_WIDE | K_ANYPSUF)) ==
                   K_PLACE_WIDE) {
      /* a country that opens a name with a place in brackets after it
         (中国(上海)自由贸易试验区, 中国质量(成都)大会) is no place alone */
      int q = e;
      while (q < n && q - e < 4 && is_han(S.cp[q]))
        q++;
      if (q < n && (S.cp[q] == '(' || S.cp[q] == 0xFF08)) {
        i = e;
        continue;
      }
      int site = 0; /* 中国|茶城, “中国|某某产业基地”: the country that
                       opens a site's name, a title of honour or a market,
                       is no place of its own */
      for (int z = e + 1;
           e == i + 2 && S.cp[i] == 0x4E2D && S.cp[i + 1] == 0x56FD && z <= n &&
           z <= e + 8 && is_han(S.cp[z - 1]) && !site;
           z++) {
        if (longest_at(&S, z - 1, K_STOP | K_PLACE | K_ANYBODY) > z - 1)
          break;
        site = (longest_ending(&S, z, K_PSUF, NULL) >= e ||
                S.cp[z - 1] == 0x57CE) && /* 城 */
               (z == n || !is_han(S.cp[z]) || longest_at(&S, z, K_STOP) > z);
      }
      /* 2026中国|磷化工产业发展大会, 中国|国际茶叶博览会: the country that
         opens the name of a meeting, a forum or a fair is the event's
         name, no place of its own */
      static const char *const fair[] = { "大会",   "论坛",   "博览会",
                                          "峰会",   "年会",   "交易会",
                                          "展览会", "洽谈会", NULL };
      static const char *const convene[] = { "召开", "举行", "举办", "出席",
                                             "参加", "主办", "承办", NULL };
      for (int z = e + 1;
           e == i + 2 && S.cp[i] == 0x4E2D && S.cp[i + 1] == 0x56FD && z < n &&
           z <= e + 12 && is_han(S.cp[z - 1]) && !site;
           z++) {
        if (longest_at(&S, z - 1, K_STOP) == z ||
            listed_at(&S, z - 1, convene) > z - 1 ||
            longest_at(&S, z - 1, K_PLACE | K_ANYBODY) > z - 1)
          break; /* 中国|将召开大会: a function word or a verb between */
        int fz = listed_at(&S, z, fair);
        site   = fz > z && (fz == n || !is_han(S.cp[fz]) ||
                          longest_at(&S, fz, K_STOP) > fz);
      }
      if (site) {
        i = e;
        continue;
      }
      int fe = foreign_division(&S, e);
      if (fe > e) {
        place_e[i] = e;
        place_e[e] = fe;
        i          = fe;
        continue;
      }
    }
    if (e >= i + 3 && i >= 2 && (word_flags(&S, i - 1, i, NULL) & K_SURNAME) &&
        longest_ending(&S, i - 1, K_TITLE, NULL) >= 0 &&
        longest_at(&S, i + 1, K_STOP) == i + 2 &&
        !(word_flags(&S, i, e, NULL) & (K_PLACE_WIDE | K_PLACE_PROV))) {
      /* a surname right after a title, and a place from the next
         character whose second is a conjunction (部长高|云和县委…): the
         name is the surname and that character, 和 joins the next item */
      i++;
      continue;
    }
    if (e > i && i > 0 && is_han(S.cp[i - 1])) {
      /* a title ending on the place's first character with a name after
         it that runs past the place (局|长江某某, 县|长沙某某): a title
         and a person, no place */
      int titled = 0, ne = -1;
      for (int b = i - 1; b >= 0 && b >= i - 4 && !titled; b--)
        titled = longest_at(&S, b, K_TITLE) == i + 1;
      if (titled)
        ne = name_at(&S, occ, i + 1, -1, 1);
      if (ne > e && name_right_ok(&S, occ, ne)) {
        i++;
        continue;
      }
    }
    if (e > i && i > 0 &&
        !(word_flags(&S, i, e, NULL) & (K_PLACE_WIDE | K_PLACE_PROV))) {
      /* a function word across its first character (部|分乡镇, 关|于城镇),
         or a title across a county's short name (副局|长武立新, while
         江阴市|长泾镇 is the town): the words are read, not a place of
         that name */
      int across = 0,
          county = (word_flags(&S, i, e, NULL) & K_PLACE_COUNTY) != 0;
      for (int b = i - 1; b >= 0 && b >= i - 2 && !across; b--) {
        int we = longest_at(&S, b, K_STOP);
        int te = county ? longest_at(&S, b, K_TITLE) : -1;
        across = (we > i && we < e) || (te > i && te < e);
      }
      /* a common word across a two-character county's first character
         (示|范县, 现|代县域): 示范县 is a county named a model, no 范县 */
      static const uint32_t words[][2] = {
        { 0x793A, 0x8303 }, { 0x6A21, 0x8303 }, /* 示范 模范 */
        { 0x73B0, 0x4EE3 }, { 0x8D23, 0x4EFB }, /* 现代 责任 */
        { 0x8D38, 0x6613 }, { 0x4EA4, 0x6613 }, /* 贸易 交易 */
      };
      for (size_t k = 0;
           !across && e == i + 2 && k < sizeof words / sizeof *words;
           k++)
        across = S.cp[i - 1] == words[k][0] && S.cp[i] == words[k][1];
      if (across) {
        i++;
        continue;
      }
    }
    if (e == i + 2 && i > 0 && is_han(S.cp[i - 1]) &&
        longest_at(&S, i, K_STOP) == i + 1 &&
        longest_ending(&S, i, K_STOP, NULL) < 0) {
      /* a conjunction before a county-level word (乡镇和县直部门, 市和县两级)
         is no county of that name (和县), unless a place stands right
         before it (安徽和县) or a function word does (在和县) */
      int after_place = 0;
      for (int j = i - 1; j >= 0 && j >= i - 12 && !after_place; j--)
        after_place = place_e[j] == i;
      if (!after_place) {
        i++;
        continue;
      }
    }
    if (e == i + 2 && i > 0 && (S.cp[i] == 0x5174 || S.cp[i] == 0x5BCC) &&
        S.cp[i + 1] == 0x53BF && is_han(S.cp[i - 1]) &&
        longest_ending(&S, i, K_STOP | K_PLACE | K_REGION, NULL) < 0) {
      i = e; /* 科教|兴县, 生态|兴县, 农业|富县: a slogan (what makes the
                county thrive or rich), not the county 兴县 or 富县, which
                follows a place or a function word (山西|兴县, 在|富县) */
      continue;
    }
    if (e == i + 3 && e < n &&
        (S.cp[e - 1] == 0x4E61 || S.cp[e - 1] == 0x9547) &&
        longest_at(&S, e - 1, K_NOTBODY | K_STOP) > e &&
        longest_at(&S, i, K_STOP) == e - 1) {
      i = e - 1; /* 发展|乡村旅游, 建设|乡村: a verb before 乡村 is no
                    township of that name (发展乡) */
      continue;
    }
    if (e > i && e < n && S.cp[e] == 0x6751 /* 村 */ &&
        (word_flags(&S, i, e, NULL) &
         (K_PLACE_SHORT | K_PLACE_PROV | K_PLACE_WIDE)) == K_PLACE_SHORT) {
      int after_place = 0;
      for (int j = i - 1; j >= 0 && j >= i - 12 && !after_place; j--)
        after_place = place_e[j] == i;
      if (i > 0 && is_han(S.cp[i - 1]) && !after_place &&
          longest_ending(&S, i, K_STOP, NULL) < 0) {
        i = e + 1; /* 某镇南|石门村, 扎|西岗村: the short name is the end of
                      a village's longer name, which village_name() reads
                      from the township or function word before it */
        continue;
      }
      e++; /* 红旗|村: a village of that name, not the district 红旗区 */
    }
    if (e > i && e + 1 < n && S.cp[e] == 0x9891 && S.cp[e + 1] == 0x9053) {
      i = e; /* 人民网-黑龙江|频道: an outlet's channel, no place */
      continue;
    }
    if (e > i) {
      place_e[i] = e;
      i          = e;
    } else
      i++;
  }

  /* one-character short names: 中美关系, 访华 */
  for (int i = 0, cover = 0; i < n; i++) {
    if (place_e[i] > cover)
      cover = place_e[i];
    if (i >= cover && place_e[i] < 0 && abbr_place(&S, i))
      place_e[i] = i + 1;
  }
  /* one character for each of two or three cities or counties before 两市,
     三县 and the like (莞铜两市): short names, each a place */
  for (int i = 0; i + 3 < n; i++) {
    int m = S.cp[i + 2] == 0x4E24 ? 2 : S.cp[i + 3] == 0x4E09 ? 3 : 0;
    if (!m || i + m + 1 >= n)
      continue; /* 两 三 */
    uint32_t lv = S.cp[i + m + 1];
    if (lv != 0x5E02 && lv != 0x53BF) /* 市 县; provinces and states: 粤黔两省
                                         is abbr_place()'s */
      continue;
    int ok = i == 0 || !is_han(S.cp[i - 1]) ||
             longest_ending(&S, i, K_STOP, NULL) >= 0;
    unsigned words = ~(K_GIVEN | K_SURNAME | K_FOREIGN | K_NOTNAME2);
    for (int q = i; q < i + m && ok; q++)
      ok = is_han(S.cp[q]) && longest_at(&S, q, words) <= q + 1 &&
           !(word_flags(&S, q, q + 1, NULL) & (K_STOP | K_REGION)) &&
           (place_e[q] < 0 || place_e[q] == q + 1) &&
           (q == i || S.cp[q] != S.cp[q - 1]);
    if (!ok)
      continue;
    for (int q = i; q < i + m; q++)
      place_e[q] = q + 1;
    i += m;
  }

  /* titles: the longest title word, with its prefixes; title_s[e] = start */
  for (int i = 0; i < n; i++) {
    int e = longest_at(&S, i, K_TITLE);
    if (e <= i || longest_at(&S, i, K_DOMAIN | K_PSUF) > e)
      continue; /* 河长|制: a work area or a site word (常委|会议室) that
                   opens with a title */
    if (e - i == 2 && S.cp[i] == 0x4EE3 && S.cp[i + 1] == 0x8868 &&
        !(i >= 2 && S.cp[i - 2] == 0x4EBA && S.cp[i - 1] == 0x5927))
      continue; /* 代表 is a post only as a deputy of a people's congress
                   (市人大|代表); elsewhere a verb or a delegate (代表团) */
    if (e - i == 2 && S.cp[e - 1] == 0x957F /* 长 */ && e < n &&
        S.cp[e] == 0x8005 /* 者 */)
      continue; /* 某某村|长者食堂, 某某社区|长者日间照料中心: the elderly
                   (长者) served in a village or community, no 村长 or
                   区长 */
    int s = i;
    for (;;) {
      int p = longest_ending(&S, s, K_TPREFIX, NULL);
      if (p < 0)
        break;
      s = p;
    }
    /* a title across the edge of a place: 江阴市|长泾镇 drops the title,
       郑州市长 keeps it and the place becomes 郑州 */
    int drop = 0, cut = -1;
    for (int q = 0; q < n && !drop; q++) {
      if (place_e[q] < 0)
        continue;
      int ps = q, pe = place_e[q];
      if (ps == s && pe == s + 2 && e == s + 3 && S.cp[s] == 0x4EE3 &&
          (e == n || is_sep(S.cp[e]) || longest_at(&S, e, K_SURNAME) > e))
        place_e[q] = -1; /* 代县长X, 、代县长,: the acting county head
                            (代 and 县长), not the county 代县 */
      else if (ps >= s && pe <= e)
        drop = 1; /* a place inside a title */
      else if (ps > s && ps < e && pe > e)
        drop = 1;
      else if (ps < s && pe == s + 1 && e == s + 2 && S.cp[s + 1] == 0x957F &&
               (S.cp[s] == 0x6CB3 || S.cp[s] == 0x6E56 || S.cp[s] == 0x6797 ||
                S.cp[s] == 0x8DEF))
        drop = 1; /* 黄河|长江, 洞庭湖|长期, 吉林|长春, 商都路|长约: a chief
                     of a river, lake, forest or road takes no place's last
                     character (the post is written whole: 黄河河长), as
                     郑州市|长 does */
      else if (ps < s && pe == e - 1 && S.cp[e - 1] == 0x957F /* 长 */ &&
               village_from(&S, e - 1))
        drop = 1; /* 某某镇|长川村, 某某乡|长岭社区: a village named with 长
                     after its township, no 镇长 */
      else if (ps < s && pe > s && pe <= e)
        cut = q;
      else if (ps <= s && pe >= e)
        drop = 1;
    }
    if (drop)
      continue;
    if (cut >= 0)
      place_e[cut] = (word_flags(&S, cut, s, NULL) & K_PLACE) ? s : -1;
    /* keep the longer of two overlapping titles */
    int clash = 0;
    for (int q = s; q < e; q++)
      if (title_s[q + 1] >= 0 || (q > s && title_s[q] >= 0))
        clash = 1;
    if (clash) {
      int old_e = -1;
      for (int q = s + 1; q <= n; q++)
        if (title_s[q] >= 0 && title_s[q] < e) {
          old_e = q;
          break;
        }
      if (old_e >= 0 && old_e - title_s[old_e] >= e - s)
        continue;
      if (old_e >= 0)
        title_s[old_e] = -1;
    }
    title_s[e] = s;
  }
  for (int i = 0; i < n; i++)
    if (place_e[i] > i)
      place_s_by_e[place_e[i]] = i;

  /* places by suffix (中原科技城, 郑州东站东广场), by where they end */
  for (int k = 1; k <= n; k++) {
    unsigned pf = 0;
    int      j  = longest_ending(&S, k, K_ANYPSUF, &pf);
    Cand     cand;
    {
      /* a port named by its city or county (某市|港, 某某|港二期码头): 港
         right after a division's name of two characters or more, as a
         word of its own (not 港口, 港区, 港澳) */
      int ps = place_s_by_e[k - 1];
      if (k >= 3 && S.cp[k - 1] == 0x6E2F && ps >= 0 && k - 1 - ps >= 2 &&
          !(word_flags(&S, ps, k - 1, NULL) & K_PLACE_WIDE) &&
          longest_at(&S, k - 1, ~0u) <= k) {
        int le =
          longest_ending(&S, k, ~(K_GIVEN | K_SURNAME | K_NOTNAME2), NULL);
        if (le < 0 || le >= ps) { /* no word ending at 港 runs across it */
          memset(&plc[k], 0, sizeof plc[k]);
          plc[k].parent = -1;
          plc[k].s      = ps;
          plc[k].e      = k;
          plc[k].prefix = k - 1 - ps;
          plc[k].ok     = 1;
          continue;
        }
      }
    }
    if (j < 0)
      continue;
    if (k < n && k - j == 1 && S.cp[j] == 0x6751 && S.cp[k] == 0x843D &&
        (k + 1 == n || !strchr_cp(LUO_WORDS, S.cp[k + 1])))
      continue; /* 村|落: 村落 is a word, a settlement (某某古村落, 碉楼与
                   村落), no village's name ends at its 村; but 某村|落实,
                   落户, 落地 */
    int budget = (pf & K_PSUF) ? 4 : (pf & K_PSUF_W2) ? 6 : 2;
    int ok =
      extend_left(&S, NULL, plc, place_s_by_e, j, k, pf, budget, 1, &cand);
    /* 、塔里木河|沿岸: a river's name of three characters, read when the
       two before the river word have no clear edge before them */
    if (!ok && budget == 2 && k < n && water_work(&S, k))
      ok = extend_left(&S, NULL, plc, place_s_by_e, j, k, pf, 3, 1, &cand) ||
           extend_left(&S, NULL, plc, place_s_by_e, j, k, pf, 4, 1, &cand);
    Cand wide;
    if ((pf & K_PSUF) && (!ok || !cand.prefix) &&
        extend_left(&S, NULL, plc, place_s_by_e, j, k, pf, 12, 1, &wide) &&
        wide.prefix && !wide.unknown && (!ok || wide.s < cand.s) &&
        ((word_flags(&S, wide.s, wide.s + wide.prefix, NULL) &
          (K_PLACE | K_PLACE_COUNTY | K_PLACE_SHORT)) == K_PLACE ||
         ((word_flags(&S, wide.s, wide.s + wide.prefix, NULL) &
           (K_PLACE | K_PLACE_COUNTY | K_PLACE_SHORT | K_PLACE_WIDE)) ==
            (K_PLACE | K_PLACE_SHORT) &&
          (!ok || cand.unknown >= budget)) ||
         S.cp[wide.s + wide.prefix - 1] == 0x533A ||
         (S.cp[wide.s + wide.prefix - 1] == 0x6751 &&
          plc[wide.s + wide.prefix].ok))) {
      /* a long site name that opens with the division or zone it is in
         (某镇柑橘标准化种植基地, 某开发区新能源电池材料项目现场) is named
         whole, and so is one that opens with a city's short name where the
         guess ran out of characters inside it (某州某县稀土新材料产业园);
         not one that opens with another site (某生态园|某湿地公园) */
      wide.long_site = 1;
      cand           = wide;
      ok             = 1;
    }
    if ((pf & K_PSUF) && j >= 6 && S.cp[j - 1] == ')') {
      /* 中国(某省)自由贸易试验区: the country with the province in brackets
         opens the zone's official name, whole */
      int q = j - 2;
      while (q > j - 8 && q > 2 && S.cp[q] != '(')
        q--;
      if (S.cp[q] == '(' && S.cp[q - 2] == 0x4E2D && S.cp[q - 1] == 0x56FD &&
          longest_at(&S, q + 1, K_PLACE) == j - 1) {
        memset(&cand, 0, sizeof cand);
        cand.parent    = -1;
        cand.s         = q - 2;
        cand.e         = k;
        cand.prefix    = j - (q - 2);
        cand.long_site = 1;
        cand.ok        = 1;
        ok             = 1;
      }
    }
    if (ok && k - j == 2 && S.cp[j] == 0x7247 && S.cp[j + 1] == 0x533A &&
        cand.s >= 7 && plc[cand.s].ok && plc[cand.s].e == cand.s &&
        (word_at(&S, cand.s - 7, "自由贸易试验区") == cand.s ||
         word_at(&S, cand.s - 5, "自贸试验区") == cand.s)) {
      /* 中国(某省)自由贸易试验区|某某片区: an area of a free trade zone
         is named with the zone, whole (the zone's official names) */
      cand.s         = plc[cand.s].s;
      cand.prefix    = 0;
      cand.unknown   = 0;
      cand.long_site = 1;
    }
    if (!ok && j >= 2 && S.cp[j - 2] == 0x548C && harmony_word(&S, j - 2) &&
        slogan_named(&S, place_s_by_e, j - 2, j)) {
      /* 来到和谐社区, 某街道和谐社区: a name of concord that is a common
         word too (和谐) after a verb of going or the division */
      memset(&cand, 0, sizeof cand);
      cand.parent = -1;
      cand.s      = j - 2;
      cand.e      = k;
      cand.ok     = 1;
      ok          = 1;
    }
    if (ok && !cand.prefix && cand.s == j - 1 && cand.s >= 1 &&
        S.cp[cand.s - 1] == 0x548C && harmony_word(&S, cand.s - 1))
      cand.s--; /* 和|平社区: 和平社区, a name of concord, not 和 and a
                   community 平 */
    if (ok && k < n && S.cp[k] >= '0' && S.cp[k] <= '9') {
      int q = k;
      while (q < n && S.cp[q] >= '0' && S.cp[q] <= '9')
        q++;
      if (q < n && (S.cp[q] == 0x4E2A || S.cp[q] == 0x5BB6 ||
                    S.cp[q] == 0x5904 || S.cp[q] == 0x5EA7))
        ok = 0; /* 建成种植基地12个: a count of sites (个 家 处 座), no name */
    }
    if (ok && cand.s + cand.prefix < j &&
        (word_at(&S, cand.s + cand.prefix, "沿岸") >= 0 ||
         word_at(&S, cand.s + cand.prefix, "沿线") >= 0 ||
         word_at(&S, cand.s + cand.prefix, "两岸") >= 0 ||
         word_at(&S, cand.s + cand.prefix, "岸线") >= 0))
      ok = 0; /* 某江|沿岸排涝泵站: the pumping stations along a river, no
                 name; the river is the place */
    if (ok && (pf & K_PSUF_WEAK) && !(pf & K_PSUF) && !cand.prefix &&
        place_s_by_e[k] > cand.s &&
        (word_flags(&S, place_s_by_e[k], k, NULL) & K_PLACE_WIDE))
      ok = 0; /* 变成|湘江: a river the lists know is named by itself, no
                 guess runs back over it (so 湘江流域 after it, not
                 成湘江流域) */
    for (int q = cand.s; ok && q < j; q++)
      if (longest_at(&S, q, K_NOTPLACE) >= k)
        ok = 0; /* 和|孙中山: a word that is no place (places_extra.tsv, not)
                   runs over the site's word */

    if (ok && cand.prefix >= 3 && cand.s + cand.prefix < k &&
        (S.cp[cand.s + cand.prefix - 1] == 0x6751 ||
         (S.cp[cand.s + cand.prefix - 2] == 0x793E &&
          S.cp[cand.s + cand.prefix - 1] == 0x533A)) &&
        (word_flags(&S, cand.s + cand.prefix, k, NULL) & K_GENERIC))
      ok = 0; /* 某某社区|老旧小区: a kind of site after the village or
                 community it is in names no site; the place stands alone */
    if (ok && !cand.prefix && k - j == 2 && S.cp[j] == 0x793E &&
        S.cp[j + 1] == 0x533A) {
      /* 深入街道社区, 村社区, 城乡社区: a level or kind of area before 社区
         speaks of communities in general, no community of that name */
      static const char *const kinds[] = { "街道", "村",   "城乡", "城市",
                                           "农村", "乡镇", "镇村", NULL };
      for (int x = 0; kinds[x] && ok; x++)
        if (word_at(&S, cand.s, kinds[x]) == j)
          ok = 0;
    }
    if (ok && (pf & K_PSUF) && !cand.prefix && k - j >= 2 &&
        S.cp[k - 2] == 0x73B0 && S.cp[k - 1] == 0x573A)
      ok = 0; /* 现场 (项目现场, 施工现场) names a site only after the
                 division or zone it is in; elsewhere the project names it */
    if (ok && (pf & K_PSUF) && k - j >= 2 && k < n && S.cp[k - 2] == 0x73B0 &&
        S.cp[k - 1] == 0x573A &&
        (S.cp[k] == 0x4F1A || word_at(&S, k, "推进会") >= 0 ||
         word_at(&S, k, "观摩会") >= 0 || word_at(&S, k, "办公会") >= 0 ||
         word_at(&S, k, "调度会") >= 0 || word_at(&S, k, "推进") >= 0))
      ok = 0; /* 某区某某项目现场|推进会: a kind of meeting held on the
                 site, named by it; the meeting, not a site */
    if (ok && (pf & K_PSUF) && !cand.prefix && k < n) {
      int pj = word_at(&S, k, "项目");
      if (pj < 0 && S.cp[k] == 0x7B49) /* 等 */
        pj = word_at(&S, k + 1, "项目");
      if (pj < 0 &&
          (word_at(&S, k, "合作协议") >= 0 || word_at(&S, k, "框架协议") >= 0 ||
           word_at(&S, k, "投资协议") >= 0 || word_at(&S, k, "协议") >= 0))
        pj = k; /* 举行某某产业园|合作协议签约仪式: the park the agreement
                   is about, named only by its trade, is a project yet */
      if (pj >= 0 && word_at(&S, pj, "现场") < 0 &&
          word_at(&S, pj, "建设现场") < 0 && word_at(&S, pj, "工地") < 0)
        ok = 0; /* 签订冷链物流园|项目协议, 某某产业园|等项目: a site
                   named only by its trade before 项目 is a project yet,
                   no place (but 某镇某某产业园|项目, opened by its place,
                   and a project's 现场 are) */
    }
    int pp = province_part(&S, j);
    if (pp >= 0 && (!ok || cand.s > pp)) {
      memset(&cand, 0, sizeof cand);
      cand.parent = -1;
      cand.s      = pp;
      cand.e      = k;
      cand.ok     = 1;
      ok          = 1;
    }
    if (ok && (pf & K_PSUF) && (pf & K_PSUF_W2) && !cand.prefix)
      ok = 0; /* 护林检查站, 茶叶加工厂, 先进制造业集聚区: a kind of site
                 that names one only after the place it is in (某镇某村|
                 护林检查站) */
    if (ok && !cand.prefix &&
        (word_at(&S, cand.s, "重点") == j || word_at(&S, cand.s, "重要") == j))
      ok = 0; /* 重点|水库, 重要|景区: the ones that matter of a kind, no
                 name */
    if (ok && cand.prefix == 3 && cand.s >= 1 && S.cp[cand.s] == 0x57CE &&
        S.cp[cand.s + 2] == 0x533A && S.cp[cand.s - 1] == 0x53BF &&
        place_s_by_e[cand.s] < 0) {
      cand.s--; /* 县城|东区供热站: the east of the county town, no
                   district 城东区 */
      cand.prefix = 0;
    }
    if (ok) {
      if ((pf & K_PSUF) && !cand.prefix)
        list_item(&S, j, &cand);
      if ((pf & K_PSUF) && !cand.prefix)
        site_edge(&S, j, &cand);
      if (!cand.prefix && cand.s < j && j >= 3 && S.cp[j - 1] == 0x540E) {
        /* 建成后|港口, 投产后|园区: the time after the works are done,
           and the kind of site after it, no name */
        static const char *const done[] = { "建成", "投产", "完工", "竣工",
                                            "运营", "投用", "落成", "开通",
                                            "启用", "改造", "完成", NULL };
        for (int d = 0; done[d]; d++)
          if (word_at(&S, j - 3, done[d]) == j - 1)
            cand.ok = 0;
      }
      plc[k] = cand;
    } else if ((pf & K_PSUF_W2) && k == j + 1 &&
               village_name(&S, place_s_by_e, j, &cand))
      plc[k] = cand;
  }

  /* bodies, by where they end */
  for (int k = 1; k <= n; k++) {
    unsigned bf = 0;
    int      j  = longest_ending(&S, k, K_ANYBODY, &bf);
    /* a work area that runs into the body word (市场监督|管理局) names a
       department with the shorter body word after it (市场监督管理|局) */
    for (int q = j + 1; j >= 0 && q < k; q++) {
      unsigned qf = word_flags(&S, q, k, NULL) & K_ANYBODY;
      int      d  = longest_ending(&S, q, K_DOMAIN, NULL);
      if (qf && d >= 0 && d < j) {
        j  = q;
        bf = word_flags(&S, q, k, NULL);
        break;
      }
    }
    unsigned of = 0;
    int      os = longest_ending(&S, k, K_ORG, &of);
    if (of & K_ORGPRE)
      os = -1;
    if (os >= 0 && not_a_body(&S, os, k))
      os = -1; /* 公安|部门, 农业农村|部门: a sector's departments, not the
                  ministry */
    if (os >= 0 && k < n && S.cp[k - 1] == 0x793E && S.cp[k] == 0x533A)
      os = -1; /* 新华社|区: a community (新华社区), not the news agency */
    if (os >= 0 && word_at(&S, os, "中国共产党") == k && k < n &&
        ((longest_at(&S, k, K_PLACE) > k && longest_at(&S, k, K_PLACE) < n &&
          S.cp[longest_at(&S, k, K_PLACE)] == 0x7B2C) ||
         (is_han(S.cp[k]) && in_book_title(&S, os))))
      os = -1; /* 中国共产党|某镇第十四次代表大会, 《中国共产党|纪律处分条例》:
                  the Party opens the name of a numbered congress or of a
                  document, no body of its own (but 中国共产党某省历史大事记
                  names the Party whose history it is) */
    Cand cand;
    if (j >= 0) {
      int reject = 0;
      /* a title longer than the body ends here: 市委|常委 */
      if (title_s[k] >= 0 && title_s[k] < j)
        reject = 1;
      /* a title covers the body's last character and goes on (副组长),
         other than 部|长 where the body lends its last character */
      int cut_t = -1, cut_s = -1; /* a title cut to start after the body */
      for (int t = k + 1; t <= n && t <= k + 8 && !reject; t++)
        if (title_s[t] >= 0 && title_s[t] <= k - 1 &&
            !(title_s[t] == k - 1 && t == k + 1 && S.cp[k] == 0x957F)) {
          if ((bf & K_BODY) && title_s[t] > j &&
              longest_at(&S, k, K_TITLE) == t) {
            cut_t = t; /* 柳林村党支部|书记, not 柳林村党|支部书记 */
            cut_s      = title_s[t];
            title_s[t] = k;
          } else
            reject = 1;
        }
      if (k - j == 1 && j > 0 && S.cp[j - 1] == S.cp[j])
        reject = 1; /* 局局长 */
      for (int q = j >= 4 ? j - 4 : 0; q < k && !reject; q++)
        if (longest_at(&S, q, K_PSUF) > k)
          reject = 1; /* 县委常|委|会议室: a room's word runs past the body
                         word, which is part of the room's name */
      if (k - j == 1 && k < n && S.cp[k] == 0x7EA7 && !(bf & K_BODY))
        reject = 1; /* 乡局|级, 县处|级: a rank, no body */
      if (k - j == 3 && j >= 3 && S.cp[j] == 0x59D4 && S.cp[j + 1] == 0x5458 &&
          S.cp[j + 2] == 0x4F1A && S.cp[j - 2] == 0x59D4 &&
          S.cp[j - 1] == 0x4F1A) {
        reject = 1; /* 人大常委会|委员会: a committee word doubled, with no
                       stem between (常委会法制委员会 has one), which is
                       no post 委员 either */
        if (title_s[j + 2] == j)
          title_s[j + 2] = -1;
      }
      for (int q = j - 1; q >= 0 && q >= j - 3 && !reject; q--) {
        int we = longest_at(&S, q, K_STOP);
        if (we > j && we < k && !(place_s_by_e[j] >= 0 && place_s_by_e[j] <= q))
          reject = 1; /* 实地|委派: a function word runs into the body word;
                         not one that opens inside the place right before
                         it (香港四会|同乡会: no 会同) */
      }
      if (!reject) {
        int budget = (bf & K_BODY_CO)                ? 8
                     : (bf & (K_BODY | K_BODY_BARE)) ? 5
                                                     : 1;
        for (int q = j + 1; q < k && budget; q++)
          if (longest_at(&S, q, K_REGION) > q &&
              longest_ending(&S, j + 1, K_ORG, NULL) < 0 &&
              !(S.cp[q] == 0x4E61 && S.cp[q - 1] == 0x540C))
            budget = 0; /* 响应|团省委: a body word that holds its level is
                           named whole, no guessed characters before it (but
                           郑州共青|团市委 goes on over 共青团, and the 乡 of
                           同乡会 is no level: 香港某某|同乡会) */
        if (extend_left(
              &S, orgc, plc, place_s_by_e, j, k, bf, budget, 0, &cand)) {
          if ((bf & (K_BODY | K_BODY_BARE)) && !(bf & K_BODY_CO) &&
              !cand.prefix && cand.unknown >= 4)
            body_region(&S, place_s_by_e, &cand);
          if ((bf & K_BODY_CO) && cand.prefix > 0 &&
              j - (cand.s + cand.prefix) >= 2 &&
              (S.cp[cand.s + cand.prefix - 1] == 0x9547 ||  /* 镇 */
               S.cp[cand.s + cand.prefix - 1] == 0x4E61 ||  /* 乡 */
               (S.cp[cand.s + cand.prefix - 1] == 0x9053 && /* 街道 */
                S.cp[cand.s + cand.prefix - 2] == 0x8857) ||
               (plc[cand.s + cand.prefix].ok && /* 某示范区, not 某湖区 */
                S.cp[cand.s + cand.prefix - 1] == 0x533A &&
                !(word_flags(&S, cand.s, cand.s + cand.prefix, NULL) &
                  K_PLACE)))) {
            /* 某镇|某某集团, 某示范区|某某公司: a town or a zone before a
               company says where it is; the company is named after it */
            cand.s += cand.prefix;
            cand.prefix  = 0;
            cand.unknown = 0;
          }
          if (bf & K_BODY_CO)
            company_item(&S, &cand);
          else if (bf & K_BODY)
            joined_stems(&S, &cand);
          /* (派驻: 市纪委监委|派驻|第二纪检监察组) */
          int sent_by = cand.s >= 3 && S.cp[cand.s - 1] == 0x9A7B &&
                        S.cp[cand.s - 2] == 0x6D3E /* 派驻 */ &&
                        orgc[cand.s - 2].ok;
          /* 县纪委监委|第三|派驻纪检监察组: the ordinal before 派驻 */
          int ord_s = -1;
          if (!sent_by && cand.s >= 5 && S.cp[cand.s - 1] == 0x9A7B &&
              S.cp[cand.s - 2] == 0x6D3E)
            for (int q = cand.s - 3; q >= 1 && q >= cand.s - 5; q--)
              if (S.cp[q] == 0x7B2C /* 第 */ && orgc[q].ok) {
                int num = 1;
                for (int x = q + 1; x < cand.s - 2; x++)
                  num = num && is_numeral(S.cp[x]);
                if (num)
                  ord_s = q;
                break;
              }
          if (cand.s >= 2 && S.cp[cand.s - 1] == 0x9A7B /* 驻 */ &&
              (orgc[cand.s - 1].ok || sent_by || ord_s >= 0) &&
              !(bf & K_BODY_CO)) {
            /* 省纪委监委|驻|某学院纪检监察组, 某市政府|驻|北京办事处: a body
               one body sends into another or to a place is named whole */
            int sender = ord_s >= 0 ? ord_s : sent_by ? cand.s - 2 : cand.s - 1;
            cand.s     = orgc[sender].s;
            cand.prefix     = orgc[sender].prefix;
            cand.unknown    = 0;
            cand.region     = 0;
            cand.short_form = 0;
          }
          if (cand.s >= 2 && S.cp[cand.s - 1] == 0x9A7B &&
              S.cp[cand.s - 2] == 0x6D3E && S.cp[cand.s] == 0x7B2C /* 第 */ &&
              cand.s + 1 < j && is_numeral(S.cp[cand.s + 1])) {
            /* 派驻第三纪检监察组组长X: a numbered team sent by the body the
               article speaks of, named whole with 派驻; the article's own */
            cand.s -= 2;
            cand.short_form = 1;
          }
          /* 某区|集团总部, 某市|集团: a division's full name right before
             the bare 集团 says where the group the article speaks of is
             (在某市某区集团总部召开), no company named after it */
          /* gs: where 集团 stands, the body word itself or before 总|部 */
          int gs          = k - j == 2 ? j : k - j == 1 ? j - 3 : -1;
          int where_group = gs > cand.s && S.cp[gs] == 0x96C6 &&
                            S.cp[gs + 1] == 0x56E2 &&
                            (gs == j || (S.cp[gs + 2] == 0x603B && /* 总 */
                                         S.cp[j] == 0x90E8)) &&    /* 部 */
                            place_s_by_e[gs] >= cand.s &&
                            (word_flags(&S, place_s_by_e[gs], gs, NULL) &
                             (K_PLACE | K_PLACE_SHORT)) == K_PLACE;
          if (!(cand.s >= 2 && S.cp[cand.s - 1] == 0x9A7B &&
                S.cp[cand.s - 2] == 0x6D3E) &&
              !where_group)
            orgc[k] = cand; /* but 各室、派驻纪检监察组: sent by no body
                               named, a kind of group */
        }
        if (!orgc[k].ok &&
            !(bf & (K_BODY | K_BODY_BARE | K_BODY_CO | K_BODY_TOP)) &&
            cut_t < 0)
          sub_unit(&S, orgc, title_s, j, k);
        if (!orgc[k].ok && (bf & K_BODY_TOP) && cut_t < 0 &&
            (j == 0 || !is_han(S.cp[j - 1]) ||
             longest_ending(&S, j, K_STOP, NULL) >= 0)) {
          /* 政协|委员某某、某某: a bare top body opening a clause before a
             post and a name is the body the article named in full */
          for (int e = k + 1; e <= n && e <= k + 6; e++)
            if (title_s[e] == k && name_at(&S, occ, e, -1, 0) > e) {
              memset(&orgc[k], 0, sizeof orgc[k]);
              orgc[k].s          = j;
              orgc[k].e          = k;
              orgc[k].parent     = -1;
              orgc[k].short_form = 1;
              orgc[k].ok         = 1;
              break;
            }
        }
        if (!orgc[k].ok && (bf & K_BODY_BARE) && cut_t < 0 && j >= 2 &&
            S.cp[j - 2] == 0x4F1A && S.cp[j - 1] == 0x8BAE) {
          /* 本次会议|主席团: a meeting's own body, named bare after it */
          memset(&orgc[k], 0, sizeof orgc[k]);
          orgc[k].s          = j;
          orgc[k].e          = k;
          orgc[k].parent     = -1;
          orgc[k].short_form = 1;
          orgc[k].ok         = 1;
        }
        if (cut_t >= 0 && (!orgc[k].ok || orgc[k].unknown)) {
          /* only a body whose name the lexicons vouch for takes the
             title's first characters (not 代表团|临时党|支部书记) */
          memset(&orgc[k], 0, sizeof orgc[k]);
          title_s[cut_t] = cut_s;
        }
      }
    }
    if (os >= 0 && (!orgc[k].ok || orgc[k].s > os)) {
      memset(&orgc[k], 0, sizeof orgc[k]);
      orgc[k].s      = os;
      orgc[k].e      = k;
      orgc[k].parent = -1;
      orgc[k].ok     = 1;
      int      ps    = place_s_by_e[os];
      uint32_t last  = S.cp[k - 1];
      if (ps >= 0 && (word_flags(&S, ps, os, NULL) & K_PLACE_WIDE) &&
          !(word_flags(&S, ps, os, NULL) & K_ANYPSUF) &&
          (last == 0x90E8 || last == 0x9662 || last == 0x7701 ||
           last == 0x7F72 || last == 0x5C40 || last == 0x59D4 ||
           last == 0x534F || last == 0x5927)) {
        /* 土耳其|外交部, 美国|国务院, 中国|全国政协: a state's ministry,
           council or congress (部 院 省 署 局 委 协 大), not an international
           body (纽约|联合国) */
        orgc[k].s      = ps;
        orgc[k].prefix = os - ps;
      }
    }
  }
  /* keep the outermost bodies; drop titles inside them */
  for (int k = n; k >= 1; k--) {
    if (!orgc[k].ok)
      continue;
    int s     = orgc[k].s;
    int clash = 0;
    for (int q = s; q < k; q++)
      if (occ[q])
        clash = 1;
    if (clash)
      continue;
    /* a place that only opens the name is not a place of its own */
    for (int q = s; q < k; q++)
      occ[q] = 1;
    /* record the body and its inner parents */
    int idx = -1;
    NG_TRY(st, span_add(c, SP_ORG, si, S.off[s], S.off[k], &idx));
    c->sp[idx].short_form = orgc[k].short_form;
    c->sp[idx].prefix     = (int)(S.off[s + orgc[k].prefix] - S.off[s]);
    c->sp[idx].unknown    = orgc[k].unknown;
    c->sp[idx].region     = orgc[k].region;
    org_span[k]           = idx;
    /* the divisions before the one that opens the name are places of
       their own (香港 of 香港某区各界协会); not those of a company's name
       (某省|某市某某果业有限公司), which names the firm, not where it is */
    unsigned cof = 0;
    longest_ending(&S, k, K_ANYBODY, &cof);
    for (int q = (cof & K_BODY_CO) ? 0 : orgc[k].outer_e;
         q > s && place_s_by_e[q] >= s;
         q = place_s_by_e[q])
      NG_TRY(st,
             span_add(c, SP_PLACE, si, S.off[place_s_by_e[q]], S.off[q], NULL));
    int child = idx, pe = orgc[k].parent;
    while (pe > 0 && orgc[pe].ok && orgc[pe].s >= s) {
      int pidx = -1;
      /* only a parent the text names for sure: a region or place opens it */
      if (!orgc[pe].prefix && !orgc[pe].region && orgc[pe].unknown)
        break;
      NG_TRY(st, span_add(c, SP_ORG, si, S.off[orgc[pe].s], S.off[pe], &pidx));
      c->sp[pidx].inner      = 1;
      c->sp[pidx].short_form = orgc[pe].short_form;
      c->sp[pidx].prefix =
        (int)(S.off[orgc[pe].s + orgc[pe].prefix] - S.off[orgc[pe].s]);
      c->sp[child].parent = pidx;
      child               = pidx;
      pe                  = orgc[pe].parent;
    }
    k = s + 1;
  }
  /* the outlet of a publication line (来源:掌上某市, 来自:某某网, a
     repost's 本文转自:某某发布) is a body */
  for (int i = 0; r->kind == NG_SENTENCE_META && i + 3 < n; i++) {
    if (!(S.cp[i] == 0x6765 &&
          (S.cp[i + 1] == 0x6E90 || S.cp[i + 1] == 0x81EA)) &&
        !(S.cp[i] == 0x8F6C && S.cp[i + 1] == 0x81EA))
      continue; /* 来源, 来自, 转自 */
    if (S.cp[i + 2] != ':' && S.cp[i + 2] != 0xFF1A)
      continue;
    int b = i + 3, e;
    while (b < n && (S.cp[b] == ' ' || S.cp[b] == 0x3000))
      b++;
    e = b;
    while (e < n && e - b < 20 && S.cp[e] != ' ' && S.cp[e] != 0x3000 &&
           S.cp[e] != '(' && S.cp[e] != ',' && S.cp[e] != 0x3002 &&
           S.cp[e] != '|' && S.cp[e] != '/')
      e++;
    int free = e - b >= 2 && e - b < 20;
    for (int q = b; q < e && free; q++)
      if (occ[q] || (!is_han(S.cp[q]) && S.cp[q] != '-'))
        free = 0;
    int pq = b, n_places = 0; /* 来源:上海普陀: place names only */
    while (pq < e && longest_at(&S, pq, K_PLACE) > pq &&
           longest_at(&S, pq, K_PLACE) <= e) {
      pq = longest_at(&S, pq, K_PLACE);
      n_places++;
    }
    if (free && pq == e && n_places >= 2) {
      /* an outlet named by its city and district (上海普陀) is that
         place, as a name of one place */
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[b], S.off[e], NULL));
      for (pq = b; pq < e; pq++)
        occ[pq] = 3;
    } else if (free && !(word_flags(&S, b, e, NULL) & K_PLACE)) {
      int idx = -1;
      NG_TRY(st, span_add(c, SP_ORG, si, S.off[b], S.off[e], &idx));
      org_span[e] = idx;
      for (int q = b; q < e; q++)
        occ[q] = 1;
    }
  }

  /* a masthead alone on its line (某某报, a county's paper) or the name of
     a government account that opens a post (某某发布): the outlet, a body */
  if (r->kind == NG_SENTENCE_META) {
    int b = 0, e = n;
    while (b < e && (S.cp[b] == ' ' || S.cp[b] == 0x3000))
      b++;
    while (e > b &&
           (S.cp[e - 1] == ' ' || S.cp[e - 1] == 0x3000 || S.cp[e - 1] == '\n'))
      e--;
    int han = e - b >= 3 && e - b <= 8;
    for (int q = b; q < e && han; q++)
      han = is_han(S.cp[q]) && !occ[q];
    int paper = han && S.cp[e - 1] == 0x62A5 /* 报 */ && e - b <= 4;
    /* (某某发布; 清风某县, a discipline commission's; 某县统战, a united
       front department's) */
    int account = han && e - b >= 4 &&
                  ((S.cp[e - 2] == 0x53D1 && S.cp[e - 1] == 0x5E03) ||
                   (S.cp[b] == 0x6E05 && S.cp[b + 1] == 0x98CE) ||
                   (S.cp[e - 2] == 0x7EDF && S.cp[e - 1] == 0x6218));
    /* a website's name as the first step of the path to the page
       (某某网首页 > 新闻 > 时政, 某县政府门户网站 > 政务动态): the site */
    int site = 0, se = e;
    if (!paper && !account) {
      se = b;
      while (se < e && se - b < 20 && is_han(S.cp[se]))
        se++;
      int q = se;
      while (q < e && (S.cp[q] == ' ' || S.cp[q] == 0x3000))
        q++;
      if (se - b >= 5 && word_at(&S, se - 2, "首页") == se)
        se -= 2;
      site =
        se - b >= 3 && website_end(&S, se) && q < e &&
        (S.cp[q] == '>' || S.cp[q] == 0xBB || S.cp[q] == 0xFF1E); /* > » ＞ */
    }
    if (site) {
      int idx = -1;
      NG_TRY(st, span_add(c, SP_ORG, si, S.off[b], S.off[se], &idx));
      org_span[se] = idx;
      for (int q = b; q < se; q++)
        occ[q] = 1;
    }
    if (paper || account) {
      int idx = -1;
      NG_TRY(st, span_add(c, SP_ORG, si, S.off[b], S.off[e], &idx));
      org_span[e] = idx;
      for (int q = b; q < e; q++)
        occ[q] = 1;
    }
  }

  /* a social-media post's header (原创 某某街道 某某发布 2025年05月23日
     19:06 四川): the account named 某某发布 before the date, as government
     accounts are named, is the outlet, a body */
  for (int b = 0; r->kind == NG_SENTENCE_META && b < n; b++) {
    if (b > 0 && S.cp[b - 1] != ' ' && S.cp[b - 1] != 0x3000)
      continue;
    int e = b;
    while (e < n && e - b <= 12 && is_han(S.cp[e]))
      e++;
    int d = e;
    while (d < n && (S.cp[d] == ' ' || S.cp[d] == 0x3000))
      d++;
    if (e - b < 3 || e - b > 12 || d == e || d >= n)
      continue;
    int account = S.cp[d] >= '0' && S.cp[d] <= '9' && S.cp[e - 2] == 0x53D1 &&
                  S.cp[e - 1] == 0x5E03; /* 发布 */
    /* any account of four characters or more right before the time of the
       post (某某应急 2026年11月19日 19:46), and the author before it after
       原创 (原创 某某融媒 某某发布 …), unless a division (原创 某某镇 …) */
    int stamp = post_time(&S, d);
    if (!stamp && is_han(S.cp[d]) && b >= 3 && S.cp[0] == 0x539F &&
        S.cp[1] == 0x521B) { /* 原创 */
      int sp = 2;
      while (sp < b && (S.cp[sp] == ' ' || S.cp[sp] == 0x3000))
        sp++;
      int e2 = d;
      while (e2 < n && e2 - d <= 12 && is_han(S.cp[e2]))
        e2++;
      int d2 = e2;
      while (d2 < n && (S.cp[d2] == ' ' || S.cp[d2] == 0x3000))
        d2++;
      stamp = sp == b && d2 > e2 && post_time(&S, d2);
    }
    if (!account && !(stamp && e - b >= 4 && longest_at(&S, b, K_PLACE) < e))
      continue;
    int free = 1;
    for (int q = b; q < e && free; q++)
      free = !occ[q];
    if (!free)
      continue;
    int idx = -1;
    NG_TRY(st, span_add(c, SP_ORG, si, S.off[b], S.off[e], &idx));
    org_span[e] = idx;
    for (int q = b; q < e; q++)
      occ[q] = 1;
  }

  /* the outlets that open a news lead (天山网讯, 某某日报·新某某客户端1月8日讯,
     某某网某某区分站11月27日讯): each part before 讯 and a date, two to ten
     Han characters ending in 网 报 台 站 社 or 客户端, is a body, whole (not
     the place in it: 新|湖南客户端); not 本报, 本网 */
  for (int x = 0; x < n && x < 40; x++) {
    if (S.cp[x] != 0x8BAF) /* 讯 */
      continue;
    int end = x;
    while (end > 0 && (S.cp[end - 1] == 0x65E5 || S.cp[end - 1] == 0x6708 ||
                       (S.cp[end - 1] >= '0' && S.cp[end - 1] <= '9')))
      end--; /* 1月8日 */
    int good = 1;
    for (int q = 0; q < end && good; q++)
      good = is_han(S.cp[q]) || S.cp[q] == 0x00B7 || S.cp[q] == 0x30FB;
    for (int b = 0, e = 0; good && b < end; b = e + 1) {
      e = b;
      while (e < end && S.cp[e] != 0x00B7 && S.cp[e] != 0x30FB)
        e++;
      uint32_t l1 = e - b >= 1 ? S.cp[e - 1] : 0;
      int outlet  = e - b >= 2 && e - b <= 10 && S.cp[b] != 0x672C && /* 本 */
                   (l1 == 0x7F51 || l1 == 0x62A5 || l1 == 0x53F0 || /* 网报台 */
                    l1 == 0x7AD9 || l1 == 0x793E ||                 /* 站社 */
                    (e - b >= 4 && S.cp[e - 3] == 0x5BA2 && /* 客户端 */
                     S.cp[e - 2] == 0x6237 && l1 == 0x7AEF));
      if (!outlet ||
          (org_span[e] >= 0 && char_at(&S, c->sp[org_span[e]].bs) == b))
        continue;
      for (size_t y = 0; y < c->nsp; y++) { /* what was read inside it */
        Span *z = &c->sp[y];
        if (z->sent == si && z->bs >= S.off[b] && z->be <= S.off[e] &&
            (z->kind == SP_ORG || z->kind == SP_PLACE)) {
          z->dead = 1;
          if (z->kind == SP_ORG && org_span[char_at(&S, z->be)] == (int)y)
            org_span[char_at(&S, z->be)] = -1;
        }
      }
      int idx = -1;
      NG_TRY(st, span_add(c, SP_ORG, si, S.off[b], S.off[e], &idx));
      org_span[e] = idx;
      for (int q = b; q < e; q++)
        occ[q] = 1;
    }
    break;
  }

  /* titles not inside a body (a body may share its last character: 国防部长) */
  for (int e = 1; e <= n; e++) {
    int s = title_s[e];
    if (s < 0)
      continue;
    int inside = 0;
    for (int q = s; q < e; q++)
      if (occ[q] && !(q == s && org_span[s + 1] >= 0 && e == s + 2))
        inside = 1;
    if (inside) {
      title_s[e] = -1;
      continue;
    }
    int idx = -1;
    NG_TRY(st, span_add(c, SP_TITLE, si, S.off[s], S.off[e], &idx));
    title_span[e] = idx;
    for (int q = s; q < e; q++)
      if (!occ[q])
        occ[q] = 2;
  }

  /* a company named by its trade name alone before a company post and a
     name, as an item of a list (…,华润置地副总裁某某): two to six Han
     characters after a clause mark, no function word, title, place or
     generic word among them */
  for (int e = 2; e < n; e++) {
    int s = title_s[e];
    if (s < 2 || title_span[e] < 0 || occ[s - 1] ||
        !((S.cp[e - 2] == 0x603B && S.cp[e - 1] == 0x88C1) || /* 总裁 */
          (e - s >= 3 && S.cp[e - 3] == 0x8463 &&             /* 董事长 */
           S.cp[e - 2] == 0x4E8B && S.cp[e - 1] == 0x957F) ||
          (e - s >= 3 && S.cp[e - 3] == 0x603B && /* 总经理 */
           S.cp[e - 2] == 0x7ECF && S.cp[e - 1] == 0x7406)))
      continue;
    int q = s;
    while (q > 0 && s - q < 6 && is_han(S.cp[q - 1]) && !occ[q - 1])
      q--;
    static const char *const sides[] = { "双方",   "各方", "对方", "我方",
                                         "甲方",   "乙方", "两家", "该公司",
                                         "两公司", NULL };
    if (s - q < 2 || !(q == 0 || clause_mark(S.cp[q - 1])) ||
        name_at(&S, occ, e, -1, 0) <= e || listed_at(&S, q, sides) == s)
      continue; /* 双方总经理甲、乙: the two sides, no company's name */
    int ok = 1;
    for (int x = q; x < s && ok; x++)
      if (longest_at(&S,
                     x,
                     K_STOP | K_TITLE | K_TPREFIX | K_GENERIC | K_BEFORE |
                       K_AFTER | K_PLACE) > x ||
          longest_ending(&S, x + 1, K_STOP | K_PLACE, NULL) >= 0)
        ok = 0;
    if (!ok)
      continue;
    int idx = -1;
    NG_TRY(st, span_add(c, SP_ORG, si, S.off[q], S.off[s], &idx));
    org_span[s] = idx;
    for (int x = q; x < s; x++)
      occ[x] = 1;
  }

  /* 10月27日,集团召开…会议; 8月27日,集团与某学院签订…协议: a company's
     own news calls itself 集团 bare at a clause's start, before a verb
     of holding or the side it deals with; that is the group the article
     named before (its name is given below, as to 集团 of 集团党委) */
  for (int i = 0; i + 3 < n; i++) {
    if (occ[i] || occ[i + 1] || word_at(&S, i, "集团") != i + 2 ||
        (i > 0 && (!clause_mark(S.cp[i - 1]) || S.cp[i - 1] == 0x3001)))
      continue; /* (、集团: one of a list) */
    static const char *const verbs[] = { "召开", "举行", "举办", "组织",
                                         "与",   "同",   NULL };
    int                      verb    = 0;
    for (int w = 0; verbs[w] && !verb; w++)
      verb = word_at(&S, i + 2, verbs[w]) > i + 2;
    int named = 0; /* a group the article named in full before */
    for (size_t j = 0; j < c->nsp && verb && !named; j++)
      named = c->sp[j].kind == SP_ORG && !c->sp[j].dead &&
              !c->sp[j].short_form && strlen(c->sp[j].label) >= 12 &&
              strstr(c->sp[j].label, "集团") != NULL;
    if (!named)
      continue;
    int idx = -1;
    NG_TRY(st, span_add(c, SP_ORG, si, S.off[i], S.off[i + 2], &idx));
    c->sp[idx].short_form = 1;
    org_span[i + 2]       = idx;
    occ[i] = occ[i + 1] = 1;
  }

  /* a 、-list of bodies (庆典组委会办公室、宣传部、演出组、后勤保障部等):
     an item no lexicon names that ends in a department or team word
     (部 组 办 处 科 室 队), three to seven Han characters free of function,
     place and generic words, is a body too, when another item of the list
     is one whole */
  for (int a = 0; a < n;) {
    int it[16][2], m = 0, b = a;
    while (m < 16) {
      int e2 = b;
      while (e2 < n && !clause_mark(S.cp[e2]))
        e2++;
      it[m][0] = b;
      it[m][1] = e2;
      m++;
      if (e2 < n && S.cp[e2] == 0x3001) {
        b = e2 + 1;
        continue;
      }
      break;
    }
    int next = it[m - 1][1] + 1, whole = 0;
    for (int t = 0; t < m; t++) { /* 、…等 and a verb end the last item */
      if (t == m - 1)
        for (int x = it[t][0] + 1; x < it[t][1]; x++)
          if (S.cp[x] == 0x7B49 || longest_at(&S, x, K_STOP | K_AFTER) > x) {
            it[t][1] = x;
            break;
          }
      if (t == 0)
        for (int x = it[t][1] - 1; x > it[t][0]; x--)
          if (longest_ending(&S, x, K_STOP, NULL) >= 0) {
            it[t][0] = x;
            break;
          }
      int all = it[t][1] > it[t][0];
      for (int x = it[t][0]; x < it[t][1] && all; x++)
        all = occ[x] == 1;
      whole += all && org_span[it[t][1]] >= 0;
    }
    for (int t = 0; t < m && whole && m >= 2; t++) {
      int      x0 = it[t][0], x1 = it[t][1], ok = x1 - x0 >= 3 && x1 - x0 <= 7;
      uint32_t last = ok ? S.cp[x1 - 1] : 0;
      ok = ok && (last == 0x90E8 || last == 0x7EC4 || last == 0x529E ||
                  last == 0x5904 || last == 0x79D1 || last == 0x5BA4 ||
                  last == 0x961F);
      for (int x = x0; x < x1 && ok; x++)
        if (!is_han(S.cp[x]) || occ[x] ||
            longest_at(
              &S, x, K_STOP | K_PLACE | K_GENERIC | K_TITLE | K_NOTBODY) > x)
          ok = 0;
      if (!ok)
        continue;
      int idx = -1;
      NG_TRY(st, span_add(c, SP_ORG, si, S.off[x0], S.off[x1], &idx));
      c->sp[idx].short_form = 1;
      org_span[x1]          = idx;
      for (int x = x0; x < x1; x++)
        occ[x] = 1;
    }
    a = next > a ? next : a + 1;
  }

  /* a school, college, hospital or centre where something is held
     (在县委党校开班, 在市人民医院召开, 在市第一实验小学举行) is a venue: a
     place as well as a body */
  for (int k = 2; k + 2 <= n; k++) {
    if (org_span[k] < 0)
      continue;
    int s = char_at(&S, c->sp[org_span[k]].bs);
    if (s < 1 || (S.cp[s - 1] != 0x5728 && S.cp[s - 1] != 0x4E8E)) /* 在 于 */
      continue;
    uint32_t a1 = S.cp[k - 2], a2 = S.cp[k - 1];
    if (!((a1 == 0x515A && a2 == 0x6821) || /* 党校 */
          (a1 == 0x5B66 && a2 == 0x9662) || /* 学院 */
          (a1 == 0x5927 && a2 == 0x5B66) || /* 大学 */
          (a1 == 0x5B66 && a2 == 0x6821) || /* 学校 */
          (a1 == 0x5C0F && a2 == 0x5B66) || /* 小学 */
          (a1 == 0x4E2D && a2 == 0x5B66) || /* 中学 */
          (a1 == 0x533B && a2 == 0x9662) || /* 医院 */
          (a1 == 0x4E2D && a2 == 0x5FC3)))  /* 中心 */
      continue;
    if (longest_at(&S, k, K_PSUF) > k)
      continue; /* 在县文化中心|剧场召开: the site goes on past the body */
    int held = 0;
    for (int q = k; q < n && q <= k + 2 && !held; q++) {
      uint32_t v1 = S.cp[q], v2 = q + 1 < n ? S.cp[q + 1] : 0;
      held = (v1 == 0x4E3E && (v2 == 0x884C || v2 == 0x529E)) || /* 举行 举办 */
             (v1 == 0x53EC && v2 == 0x5F00) ||                   /* 召开 */
             (v1 == 0x5F00 && (v2 == 0x73ED || v2 == 0x5E55 || /* 开班 开幕 */
                               v2 == 0x5B66 || v2 == 0x8BFE)) || /* 开学 开课 */
             (q == k && v1 == 0x4E3A); /* 在县委党校为学员讲授… */
    }
    if (held)
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[k], NULL));
  }

  /* a venue the citizens' word opens (在市民中心举行, 在市民广场召开, 在市民
     游客中心举办): the site's name right after 在 and before the verb of
     holding, ending in a site's word; 市民 stops names elsewhere */
  for (int s = 1; s + 4 <= n; s++) {
    if ((S.cp[s - 1] != 0x5728 && S.cp[s - 1] != 0x4E8E) || /* 在 于 */
        word_at(&S, s, "市民") < 0 || occ[s])
      continue;
    int k = -1;
    for (int q = s + 3; q + 2 <= n && q <= s + 12 && k < 0; q++) {
      if (!is_han(S.cp[q]) || occ[q])
        break;
      if (word_at(&S, q, "举行") >= 0 || word_at(&S, q, "举办") >= 0 ||
          word_at(&S, q, "召开") >= 0 || word_at(&S, q, "开幕") >= 0)
        k = q;
    }
    int sw = k < 0 ? -1 : longest_ending(&S, k, K_PSUF, NULL);
    if (sw < s)
      continue;
    int ok = 1; /* no verb before the site's word (在市民|参与|的…) */
    for (int q = s + 2; q < sw && ok; q++)
      ok = !(longest_at(&S, q, K_STOP) > q);
    if (ok)
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[k], NULL));
  }

  /* a village or residents' committee that is visited (参观了某街道某村委,
     来到某村委会、某居委会) is a site, a place as well as a body: the verb
     of the visit earlier in the clause, the committee closing an item */
  for (int k = 3; k <= n; k++) {
    int e3 = S.cp[k - 1] == 0x4F1A ? k - 1 : k; /* 村委(会), 居委(会) */
    if (org_span[k] < 0 || e3 < 2 || S.cp[e3 - 1] != 0x59D4 ||
        (S.cp[e3 - 2] != 0x6751 && S.cp[e3 - 2] != 0x5C45))
      continue;
    if (!(k == n || clause_mark(S.cp[k]) || S.cp[k] == 0x548C)) /* 和 */
      continue;
    int s = char_at(&S, c->sp[org_span[k]].bs), visited = 0;
    for (int q = s - 2; q >= 0 && s - q <= 40 && !visited; q--) {
      if (clause_mark(S.cp[q + 1]) && S.cp[q + 1] != 0x3001)
        break;
      uint32_t v1 = S.cp[q], v2 = S.cp[q + 1];
      visited =
        (v1 == 0x53C2 && v2 == 0x89C2) ||                   /* 参观 */
        (v1 == 0x6765 && v2 == 0x5230) ||                   /* 来到 */
        (v1 == 0x8D70 && (v2 == 0x8FDB || v2 == 0x8BBF)) || /* 走进 走访 */
        (v1 == 0x6DF1 && v2 == 0x5165) ||                   /* 深入 */
        (v1 == 0x524D && v2 == 0x5F80);                     /* 前往 */
    }
    if (visited)
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[k], NULL));
  }

  /* a list of sites closed by 等地 (到扬帆网业、冠中小学、龙头市场等地): each
     item is a place, a body among them a site as well */
  for (int p = 2; p + 2 <= n; p++) {
    if (S.cp[p] != 0x7B49 || (S.cp[p + 1] != 0x5730 && S.cp[p + 1] != 0x5904 &&
                              !place_kind(&S, p + 1)))
      continue; /* 等地, 等处; 等重点林区, 等景区 */
    int items[16][3], m = 0, e = p, good = 0;
    while (m < 16) {
      int b = e;
      while (b > 0 && is_han(S.cp[b - 1]) && e - b <= 12)
        b--;
      int first = !(b > 0 && S.cp[b - 1] == 0x3001);
      if (first) /* the first item starts after the verb: 到|扬帆网业 */
        for (int q = e - 1; q > b; q--)
          if (longest_ending(&S, q, K_STOP, NULL) >= 0) {
            b = q;
            break;
          }
      int ok = e - b >= 2 && e - b <= 12;
      for (int q = b; q < e && ok; q++)
        if (longest_at(&S, q, K_STOP) > q + 1)
          ok = 0; /* an item with a verb in it or at its start is no name
                     (整治, 察看了…整治|提升) */
      /* the last two items joined by 和, 及 or 与
         (某镇、某镇|和|某某物流园等地): two items, where the conjunction is a
         word of its own */
      for (int q = e - 3; q >= b + 2 && ok && m < 15; q--) {
        uint32_t cj    = S.cp[q];
        unsigned names = K_GIVEN | K_SURNAME | K_NOTNAME2 | K_PLACE |
                         K_PLACE_SHORT | K_PLACE_COUNTY;
        if ((cj != 0x548C && cj != 0x53CA && cj != 0x4E0E) ||
            !(word_flags(&S, q, q + 1, NULL) & K_STOP) ||
            longest_at(&S, q, ~names) > q + 1 ||
            longest_at(&S, q - 1, ~(K_GIVEN | K_SURNAME | K_NOTNAME2)) > q ||
            longest_at(&S, q - 2, ~(K_GIVEN | K_SURNAME | K_NOTNAME2)) > q)
          continue; /* but 中和镇, 和平村: a word across it; a short name
                       from it (和|龙头市场, not the city 和龙) is read */
        items[m][0] = q + 1;
        items[m][1] = e;
        items[m][2] = 1;
        good++;
        m++;
        e = q;
        break;
      }
      items[m][0] = b;
      items[m][1] = e;
      items[m][2] = ok;
      good += ok;
      m++;
      if (first || b < 1)
        break;
      e = b - 1;
    }
    if (good < 2)
      continue;
    for (int t = 0; t < m; t++) {
      int b = items[t][0], x = items[t][1], free = items[t][2];
      for (int q = b; q < x && free; q++)
        if (occ[q] && occ[q] != 1)
          free = 0;
      int pq = b, parts = 0;
      while (pq < x && place_e[pq] > pq && place_e[pq] <= x) {
        pq = place_e[pq];
        parts++;
      }
      if (pq == x && parts == 2 &&
          (word_flags(&S, b, place_e[b], NULL) & K_PLACE_PROV))
        free = 0; /* 前往江西|南昌、某州等地: a province and a city in it,
                     each a division of its own, not one site */
      if (!free)
        continue;
      int idx = -1;
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[b], S.off[x], &idx));
      for (int q = b; q < x; q++)
        if (!occ[q])
          occ[q] = 3;
    }
  }

  /* names joined by a middle dot (艾力·吐逊, 卡洛斯·阿马特): the parts of
     a transliterated name, a person wherever they stand */
  for (int d = 1; d + 1 < n; d++) {
    uint32_t ch = S.cp[d];
    if (ch != 0x00B7 && ch != 0x30FB && ch != 0x2022)
      continue;
    int b = d, e = d + 1;
    while (b > 0 && d - b < 6 && is_han(S.cp[b - 1]) && !occ[b - 1] &&
           longest_ending(&S, b, K_STOP | K_TITLE | K_BEFORE, NULL) < 0)
      b--;
    b          = dot_part_left(&S, occ, b, d);
    int elem_b = 0; /* the part opens with an element of minority names */
    /* an element of minority names right before the part, from a clear
       edge, is the part's start (、阿不都|热合曼·吐尔逊: 都 ends no part) */
    for (int q = b - 2; S.minority && q >= 0 && q >= b - 4; q--) {
      NgLexHit lh[8];
      size_t   nl =
        ng_lexicon_match_chars(S.minority, S.cp, (size_t)n, (size_t)q, lh, 8);
      int fits = 0;
      for (size_t x = 0; x < nl; x++)
        fits |= (int)lh[x].end == b;
      for (int x = q; x < b && fits; x++)
        fits = !occ[x];
      if (fits &&
          (q == 0 || !is_han(S.cp[q - 1]) || occ[q - 1] ||
           longest_ending(&S, q, K_STOP | K_TITLE | K_BEFORE, NULL) >= 0)) {
        b      = q;
        elem_b = 1;
        break;
      }
    }
    for (;;) { /* the parts after the dot, as many as there are */
      int      p = e, me = p;
      NgLexHit mh[8]; /* an element of such names runs over a function
                         word's character (阿不|都) */
      size_t nm = S.minority ? ng_lexicon_match_chars(
                                 S.minority, S.cp, (size_t)n, (size_t)p, mh, 8)
                             : 0;
      for (size_t x = 0; x < nm; x++)
        if ((int)mh[x].end > me)
          me = (int)mh[x].end;
      while (e < n && e - p < 6 && is_han(S.cp[e]) && !occ[e] &&
             !(e > p && e >= me &&
               longest_at(&S, e, K_AFTER | K_STOP | K_TITLE) > e))
        e++;
      if (e == p)
        break;
      e = dot_part_right(&S, occ, p, e);
      if (e + 1 < n && (S.cp[e] == 0x00B7 || S.cp[e] == 0x30FB) &&
          is_han(S.cp[e + 1]))
        e++;
      else
        break;
    }
    if (d - b < 1 || e - d - 1 < 1 || e - b < 4 || !is_han(S.cp[e - 1]))
      continue;
    /* a clear edge on both sides, within five characters of the dot, and
       no book title around it (《后汉书·张衡传》) */
    int left_edge =
      b == 0 || !is_han(S.cp[b - 1]) || occ[b - 1] ||
      longest_ending(&S, b, K_STOP | K_TITLE | K_BEFORE, NULL) >= 0;
    int right_edge = e == n || !is_han(S.cp[e]) || occ[e] ||
                     longest_at(&S, e, K_AFTER | K_STOP | K_TITLE) > e;
    int in_book = 0;
    for (int q = b - 1; q >= 0 && q >= b - 20; q--) {
      if (S.cp[q] == 0x300B)
        break;
      if (S.cp[q] == 0x300A)
        in_book = 1;
    }
    if (!left_edge || !right_edge || d - b > (elem_b ? 8 : 5) || in_book)
      continue;
    if (longest_at(&S, b, K_PLACE) == d ||
        (longest_at(&S, b, K_PLACE) > b &&
         (word_flags(&S, b, longest_at(&S, b, K_PLACE), NULL) &
          K_PLACE_WIDE)) ||
        (longest_at(&S, d + 1, K_PLACE) > d + 1 &&
         longest_at(&S, d + 1, K_PLACE) >= e - 1))
      continue; /* 德江县·清溪镇: places, 荷兰|人某·某: a country; but a
                   local place only opening a part is part of a name
                   (阿里|木江·买买提) */
    int idx = -1;
    NG_TRY(st, span_add(c, SP_PERSON, si, S.off[b], S.off[e], &idx));
    person_span[e] = idx;
    for (int q = b; q < e; q++)
      occ[q] = 4;
    d = e;
  }

  /* persons: after a title or a word such as 领导 */
  static const uint32_t units[] = { 0x5904, 0x8655, 0x79D1, 0x5BA4,
                                    0x5C40, 0x90E8, 0 }; /* 处 處 科 室 局 部 */
  for (int e = 1; e < n; e++) {
    if (title_s[e] < 0 && longest_ending(&S, e, K_BEFORE, NULL) < 0)
      continue;
    if (title_s[e] < 0 && longest_at(&S, e - 1, K_STOP) > e)
      continue; /* 党中央的有|关重要论述: 有关 is a word, 的有 names no one */
    {
      int across = 0; /* 各成员|国引人注目: 成员国 is a word */
      for (int q = title_s[e]; q >= 0 && q < e && !across; q++)
        across = longest_at(&S, q, K_NOTNAME) > e;
      if (across)
        continue;
    }
    int i = e;
    while (i < n && (S.cp[i] == ' ' || S.cp[i] == 0x3000))
      i++;
    if (title_s[e] >= 0 && bracket_note(&S, i) > i)
      i = bracket_note(&S, i); /* 副县长(挂职)|X */
    if (title_s[e] < 0 && S.cp[e - 1] == ':' && i < n) {
      /* 新闻联络人:农业处 X, 联系人:办公室 X: the unit the contact works
         in, a body or a run of two to eight characters ending in an
         office's word (处 科 室 局 部), and a space, stand between the
         word and the name */
      int q = i;
      if (occ[i] == 1)
        while (q < n && occ[q] == 1)
          q++;
      else {
        while (q < n && q - i < 8 && is_han(S.cp[q]) && !occ[q])
          q++;
        if (q - i < 2 || !strchr_cp(units, S.cp[q - 1]))
          q = i;
      }
      int w = q;
      while (w < n && (S.cp[w] == ' ' || S.cp[w] == 0x3000))
        w++;
      if (w > q)
        i = w;
    }
    int ne = name_at(&S, occ, i, -1, 0);
    if (ne <= i && title_s[e] >= 0)
      ne = name_guess(&S, occ, i);
    for (int len = 3; ne <= i && title_s[e] < 0 && len >= 2; len--)
      if (i + len <= n && name_at(&S, occ, i, i + len, 1) == i + len &&
          given_score(&S, i + len - 1) >= 20 &&
          !(word_flags(&S, i + len - 1, i + len, NULL) & K_STOP) &&
          !(word_flags(&S, i, i + 1, NULL) & K_STOP) &&
          longest_at(&S, i + len - 1, ~0u) <= i + len)
        ne = i + len; /* 老党员|周德胜|激动地说: after a word such as 党员,
                         a name the lists know, though no word closes it;
                         not a function word's (党员|和群|众) */
    if (ne <= i && title_s[e] >= 0)
      ne = foreign_run(&S, occ, i);
    if (ne <= i && title_s[e] >= 0 && S.cp[i] == 0x90FD && i + 3 <= n &&
        given_score(&S, i + 1) > 0 && given_score(&S, i + 2) >= 0 &&
        !(word_flags(&S, i + 1, i + 2, NULL) & K_STOP) &&
        !(word_flags(&S, i + 2, i + 3, NULL) & K_STOP) && !occ[i + 1] &&
        !occ[i + 2] && name_right_ok(&S, occ, i + 3))
      ne = i + 3; /* 县长|都某某出席: right after a title 都 is the family
                     name, not the adverb (县长都要), with two given
                     characters the lists do not count against names */
    if (ne == i + 3 && title_s[e] < 0 && S.cp[i] == 0x5411 &&
        name_at(&S, occ, i + 1, ne, 0) == ne && to_whom_verb(&S, ne))
      i++; /* 县领导向|某某颁发: 向 is "to" before a verb of giving or
              telling, not the surname */
    if (ne > i) {
      int idx = -1;
      NG_TRY(st, span_add(c, SP_PERSON, si, S.off[i], S.off[ne], &idx));
      person_span[ne] = idx;
      for (int q = i; q < ne; q++)
        occ[q] = 4;
    }
  }
  /* before a title or a word that follows names, at the start of a clause;
     and 、-lists of names */
  for (int i = 0; i < n; i++) {
    int left = i == 0 || !is_han(S.cp[i - 1]) ||
               (longest_ending(&S, i, K_STOP, NULL) >= 0 &&
                longest_at(&S, i - 1, K_STOP) <= i) ||
               (occ[i - 1] && occ[i - 1] != 4);
    /* (but 其|余正在: 其余 is a word that runs across where the name
       would start) */
    if (occ[i])
      continue;
    if (!left) {
      /* mid-clause, a name right before a title, 同志 or 新时代 (说明李明
         主席, 宣教科李明同志, 安排某某新时代…思想): only when
         no name that starts a character earlier reads as well, and the
         surname is no function word (精神|和|李明书记) nor ends a word
         (持|续加强委员) */
      for (int e = i + 3; e >= i + 2 && !left; e--)
        if (e + 1 < n &&
            (occ[e] == 2 || (S.cp[e] == 0x540C && S.cp[e + 1] == 0x5FD7) ||
             word_at(&S, e, "新时代") > e ||
             bracket_post(&S, title_s, e) > e) &&
            name_at(&S, occ, i, e, 1) == e &&
            name_at(&S, occ, i - 1, e, 1) != e &&
            !(word_flags(&S, i - 1, i + 1, NULL) &
              (K_STOP | K_NOTNAME | K_NOTNAME2)) &&
            !(word_flags(&S, i, i + 1, NULL) & K_STOP))
          left = 1;
      for (int q = i - 1; q >= 0 && q >= i - 12 && left; q--)
        if (place_e[q] > i)
          left = 0; /* 俄|罗斯总统: inside a place's name */
      if (!left)
        continue;
    }
    /* a list: items of 2-4 characters between 、 */
    int items[32][2], m = 0, q = i;
    while (m < 32) {
      int e = q, me = minority_end(&S, occ, q, -1);
      while (e < n && is_han(S.cp[e]) && e - q <= 4 && !occ[e])
        e++;
      if (me > q + 4)
        e = me; /* 、阿布都热合曼、: a name without a surname is longer */
      else if (e - q > 4 || (e < n && S.cp[e] != 0x3001)) {
        /* the last item ends where a word that follows names starts */
        int end = -1;
        for (int len = 2; len <= 4 && q + len <= n && end < 0; len++)
          if (q + len == n || !is_han(S.cp[q + len]) || occ[q + len] ||
              (longest_at(&S, q + len, K_AFTER | K_TITLE | K_TPREFIX) >
                 q + len &&
               !(len == 2 && q + 3 < n && !is_han(S.cp[q + 3]) &&
                 longest_at(&S, q + 2, K_AFTER | K_TITLE | K_TPREFIX) ==
                   q + 3 &&
                 given_score(&S, q + 2) > 0) &&
               !(len == 2 && q + 3 < n && wei_before_verb(&S, q + 2, q + 3))))
            end = q + len; /* (、某大为,: a character names use, alone
                              before a clause mark, ends the name, not a
                              word that follows it; nor before a verb
                              that follows names: 、某大为|出席) */
        if (end < 0)
          break;
        e = end;
      }
      if (e - q < 2 || (e - q > 4 && e != me))
        break;
      items[m][0] = q;
      items[m][1] = e;
      m++;
      if (e < n && S.cp[e] == 0x3001)
        q = e + 1;
      else
        break;
    }
    if (m >= 2) {
      int last = items[m - 1][1];
      int ends = last >= n || !is_han(S.cp[last]) ||
                 longest_at(&S, last, K_AFTER) > last || occ[last];
      int all = 1, known = 0;
      for (int t = 0; t < m && all; t++) {
        int ne = name_at(&S, occ, items[t][0], items[t][1], 0);
        if (ne != items[t][1] ||
            (plc[ne].ok && plc[ne].s <= items[t][0] &&
             (S.cp[ne - 1] == 0x6CB3 || S.cp[ne - 1] == 0x6E56)))
          all = 0; /* 白龙湖、乔庄河等: a lake or a river, no name (but
                      names end in 山 and 江 often: 陈远山) */
        else if (name_at(&S, occ, items[t][0], items[t][1], 1) == ne)
          known++;
      }
      if (ends && all && 2 * known >= m) {
        for (int t = 0; t < m; t++) {
          int idx = -1;
          NG_TRY(
            st,
            span_add(
              c, SP_PERSON, si, S.off[items[t][0]], S.off[items[t][1]], &idx));
          person_span[items[t][1]] = idx;
          for (int x = items[t][0]; x < items[t][1]; x++)
            occ[x] = 4;
        }
        i = items[m - 1][1] - 1;
        continue;
      }
    }
    /* one name before a title or an after-word, or before a date at the
       start of a clause (李明28日在); right after a clause mark, before a
       function word too (李明从, 王建国将) */
    int longest = minority_end(&S, occ, i, -1);
    for (int e = longest > i + 4 ? longest : i + 4; e >= i + 2; e--) {
      if (e > n)
        continue;
      int follows =
        about_person_at(&S, e) ||
        (i == 0 && e + 1 < n && S.cp[e] == ':' && is_han(S.cp[e + 1])) ||
        (e + 3 < n && (S.cp[e] == '(' || S.cp[e] == ',') &&
         (S.cp[e + 1] == 0x5973 || S.cp[e + 1] == 0x7537) &&
         (S.cp[e + 2] == ',' || S.cp[e + 2] == 0xFF0C ||
          S.cp[e + 2] == 0x3001)) || /* 王某某(女,汉族,…), 王某某,男,汉族:
                                        a biography */
        (e < n && title_s[e] < 0 && (longest_at(&S, e, K_AFTER) > e)) ||
        (e < n && occ[e] == 2) || date_at(&S, e) ||
        bracket_post(&S, title_s, e) > e ||
        (e < n && title_s[e] < 0 && longest_at(&S, e, K_STOP) > e &&
         (i == 0 || clause_mark(S.cp[i - 1])));
      if (follows && i > 0 && S.cp[i - 1] == 0x7684 && e == i + 2 && e < n &&
          title_s[e] < 0 && occ[e] != 2 &&
          (S.cp[e] == 0x548C || S.cp[e] == 0x4E0E || S.cp[e] == 0x53CA))
        follows = 0; /* 党的|关怀|与祝福: after 的, two characters before
                        和, 与 or 及 are a thing joined to another, not a
                        name (but 工作的|何永炎|和) */
      if (!follows)
        continue;
      /* 刘明、陈芳|陪同调研: a last character that opens a word which
         follows names (陪同, 主持) and runs on past the end is that
         word's, not the name's (陈芳陪|同) */
      if (e >= i + 3 && e < n && longest_at(&S, e - 1, K_AFTER) > e)
        continue;
      int ne     = name_at(&S, occ, i, e, 1);
      int titled = e < n && occ[e] == 2; /* 某某某|副区长率队 */
      if (ne != e && e == i + 3 && e < n &&
          ((title_s[e] < 0 && longest_at(&S, e, K_AFTER) > e) || titled) &&
          (i == 0 || clause_mark(S.cp[i - 1])) &&
          longest_at(&S, i, K_SURNAME) == i + 1 &&
          given_score(&S, i + 1) >= 0 && given_score(&S, i + 2) >= 0 &&
          given_score(&S, i + 1) + given_score(&S, i + 2) >=
            (titled ? 0 : 10) &&
          (!(word_flags(&S, i + 2, i + 3, NULL) & K_STOP) ||
           given_score(&S, i + 2) >= 20 || and_before_verb(&S, i + 2, e) ||
           wei_before_verb(&S, i + 2, e)) &&
          !word_flags(&S, i, i + 2, NULL) &&
          !word_flags(&S, i + 1, i + 3, NULL) && name_at(&S, occ, i, e, 0) == e)
        ne = e; /* 陈国栋指出: a clause opens with a surname and two given
                   characters seldom in the lists of names, no word among
                   them (刘先生, 常常…), before 指出, 主持 and the like,
                   or before a title (某慎非|副区长率队: characters the
                   lists know nothing of);
                   the third no function word (李强在|调研中强调) but
                   one names use (侯文之, 胡文和指出) */
      if (ne == e) {
        int idx = -1;
        NG_TRY(st, span_add(c, SP_PERSON, si, S.off[i], S.off[e], &idx));
        person_span[e] = idx;
        for (int x = i; x < e; x++)
          occ[x] = 4;
        break;
      }
    }
    /* a transliterated foreign name before a title (基里延科总理) or a
       word that follows names (某某先生强调, 某某表示), at the start of a
       clause or after a function word (与|基里延科总理) */
    int fe = occ[i] || !(i == 0 || clause_mark(S.cp[i - 1]) ||
                         longest_ending(&S, i, K_STOP, NULL) >= 0)
               ? -1
               : foreign_run(&S, occ, i);
    if (fe > i && fe < n &&
        (occ[fe] == 2 || (title_s[fe] < 0 && longest_at(&S, fe, K_AFTER) > fe &&
                          (word_flags(&S, i, i + 1, NULL) & K_FOREIGN) &&
                          (word_flags(&S, fe - 1, fe, NULL) & K_FOREIGN)))) {
      int idx = -1;
      NG_TRY(st, span_add(c, SP_PERSON, si, S.off[i], S.off[fe], &idx));
      person_span[fe] = idx;
      for (int x = i; x < fe; x++)
        occ[x] = 4;
    }
  }
  /* after a found name and 、: more names of the same list */
  for (int e = 1; e < n; e++) {
    int joined = S.cp[e] == 0x548C || S.cp[e] == 0x53CA; /* 和 及 */
    if (person_span[e] >= 0 && (S.cp[e] == ' ' || S.cp[e] == 0x3000)) {
      /* 甲 乙 丙: names a page lists with spaces between them, each one
         the lists know and ends before a space, a mark or the line's end */
      int b = e;
      while (b < n && (S.cp[b] == ' ' || S.cp[b] == 0x3000))
        b++;
      for (int len = 3; len >= 2; len--) {
        int ne = b + len;
        if (ne > n || name_at(&S, occ, b, ne, 1) != ne ||
            (ne < n && is_han(S.cp[ne])))
          continue;
        int idx = -1;
        NG_TRY(st, span_add(c, SP_PERSON, si, S.off[b], S.off[ne], &idx));
        person_span[ne] = idx;
        for (int x = b; x < ne; x++)
          occ[x] = 4;
        break;
      }
      continue;
    }
    if (person_span[e] < 0 || (S.cp[e] != 0x3001 && !joined))
      continue;
    int ne = name_at(&S, occ, e + 1, -1, joined);
    if (joined && ne > e + 1 &&
        !(ne < n && (longest_at(&S, ne, K_AFTER) > ne || S.cp[ne] == 0xFF0C ||
                     S.cp[ne] == ',')))
      ne = -1; /* X和Y: Y a name the lists know, before a word that follows
                  names (先后, 出席) or a comma */
    if (ne <= e + 1 && !joined && e + 4 <= n &&
        name_at(&S, occ, e + 1, e + 4, 1) == e + 4 &&
        given_score(&S, e + 3) >= 20 &&
        longest_at(&S, e + 3, K_AFTER | K_STOP | K_TITLE | K_TPREFIX) <= e + 3)
      ne = e + 4; /* 委员某某、刘振海|递补为: a name of three characters the
                     lists know, whose last one names often end on, though
                     no word that follows names closes it */
    if (ne > e + 1) {
      int idx = -1;
      NG_TRY(st, span_add(c, SP_PERSON, si, S.off[e + 1], S.off[ne], &idx));
      person_span[ne] = idx;
      for (int x = e + 1; x < ne; x++)
        occ[x] = 4;
    }
  }

  /* rivers named by one character and 水 (某水|干支流, 某水及某水干流): before
     a word of a river's course, or joined by 及, 和 or 、 to one that is */
  for (int i = 0; i + 3 < n; i++) {
    int q = i, named = 0;
    while (q + 3 < n && !named) {
      if (!is_han(S.cp[q]) || S.cp[q + 1] != 0x6C34 || occ[q] || occ[q + 1] ||
          strchr_cp(WATER_CHARS, S.cp[q]) ||
          longest_at(&S, q, ~(K_GIVEN | K_SURNAME | K_NOTNAME2)) > q + 1 ||
          longest_ending(
            &S, q + 1, ~(K_GIVEN | K_SURNAME | K_NOTNAME2), NULL) >= 0 ||
          !(q == 0 || !is_han(S.cp[q - 1]) ||
            longest_ending(&S, q, K_STOP, NULL) >= 0))
        break;
      if (river_course(&S, q + 2))
        named = 1;
      else if (S.cp[q + 2] == 0x53CA || S.cp[q + 2] == 0x548C ||
               S.cp[q + 2] == 0x3001)
        q += 3; /* 沅水|及|酉水干支流 */
      else
        break;
    }
    if (!named)
      continue;
    for (int x = i; x <= q; x += 3) {
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[x], S.off[x + 2], NULL));
      occ[x] = occ[x + 1] = 3;
    }
    i = q + 1;
  }

  /* a river's stretch named by the division it runs through (长江|某市|段,
     某某河|某县|段): one place, the river a known one or one to three
     characters and 河, 江 or 水 after a clear edge */
  for (int i = 2; i + 1 < n; i++) {
    static const char *const reach[] = { "城区", "市区", "县城", "上游",
                                         "中游", "下游", NULL };
    int                      e       = place_e[i];
    if (e <= i && i + 2 < n && S.cp[i + 2] == 0x6BB5 && /* 段 */
        listed_at(&S, i, reach) == i + 2)
      e = i + 2; /* 某某河|城区|段, 某某河|下游|段: a reach named by where
                    it runs */
    if (e <= i || e >= n || S.cp[e] != 0x6BB5 /* 段 */ ||
        (e + 1 < n && longest_at(&S, e, ~0u) > e + 1) ||
        (e == place_e[i] && (word_flags(&S, i, e, NULL) & K_PLACE_WIDE)))
      continue; /* 段落, 手段: no stretch */
    int      rv = -1;
    unsigned rf = 0;
    int      rw = longest_ending(&S, i, K_PLACE, &rf);
    uint32_t rl = S.cp[i - 1];
    if (rw >= 0 && (rf & K_PLACE_WIDE) && strchr_cp(WATER_CHARS, rl))
      rv = rw; /* 长江, 黄河: a river the lists know */
    else if (plc[i].ok && i >= 3 && S.cp[i - 1] == 0x5E26 /* 带 */ &&
             (word_at(&S, i - 3, "文化带") == i ||
              word_at(&S, i - 3, "经济带") == i))
      rv = plc[i].s; /* 大运河文化带|某县|段: a belt along a waterway */
    else if (rl == 0x6CB3 || rl == 0x6C5F || rl == 0x6C34) { /* 河 江 水 */
      int q = i - 1;
      while (q > 0 && i - 1 - q < 3 && is_han(S.cp[q - 1]) && !occ[q - 1] &&
             longest_ending(&S, q, K_STOP, NULL) < 0 && place_s_by_e[q] < 0)
        q--;
      if (i - 1 - q >= 1 && (q == 0 || !is_han(S.cp[q - 1]) ||
                             longest_ending(&S, q, K_STOP, NULL) >= 0))
        rv = q;
    }
    if (rv < 0)
      continue;
    int free = 1;
    for (int q = rv; q <= e && free; q++)
      free = !occ[q];
    if (!free)
      continue;
    NG_TRY(st, span_add(c, SP_PLACE, si, S.off[rv], S.off[e + 1], NULL));
    for (int q = rv; q <= e; q++)
      occ[q] = 3;
    i = e;
  }

  /* places: by suffix, then the division names left free; a short name
     before a road word is part of a road (商都路) */
  for (int k = n; k >= 1; k--) {
    int s = -1, unk = 0, cnty = 0;
    if (plc[k].ok && place_s_by_e[k] >= 0 && place_s_by_e[k] < plc[k].s)
      plc[k].ok = 0; /* 黄河|长江流域: a guess cut inside a longer place word
                        that ends where it ends is that word */
    if (plc[k].ok && plc[k].unknown && place_s_by_e[k] > plc[k].s &&
        !(word_flags(&S, place_s_by_e[k], k, NULL) &
          (K_PLACE_COUNTY | K_PSUF)) &&
        !river_of_city_name(&S, plc, place_s_by_e, k))
      plc[k].ok = 0; /* 饮|黄河: the river, not a place 饮黄河; but a zone
                        that is a place when written alone (高新区, 经开区)
                        takes the name written before it (某某山|高新区) */
    if (plc[k].ok) {
      s   = plc[k].s;
      unk = plc[k].unknown;
      if (s > 0 && k - s > 4 &&
          (S.cp[s - 1] == 0x6211 || S.cp[s - 1] == 0x672C) &&
          (S.cp[s] == 0x9662 || S.cp[s] == 0x6821 || S.cp[s] == 0x5C40 ||
           S.cp[s] == 0x6240) &&
          longest_at(&S, s, ~(K_GIVEN | K_SURNAME | K_NOTNAME2)) <= s + 1)
        s++; /* 我院|门诊楼五楼会议室, 本校|报告厅: the body the writer
                speaks for (我院 我校 本局 本所) is no part of the room */
    } else if (place_s_by_e[k] >= 0) {
      s    = place_s_by_e[k];
      cnty = (word_flags(&S, s, k, NULL) & (K_PLACE_COUNTY | K_PLACE)) ==
             (K_PLACE_COUNTY | K_PLACE);
      if ((word_flags(&S, s, k, NULL) & K_PLACE_SHORT) && k < n &&
          strchr_cp(ROAD_CHARS, S.cp[k])) {
        /* a road or street named after a place, the word ending there
           (北京路与…, 在长安街,) is a place itself */
        int re = k + 1;
        int road =
          (S.cp[k] == 0x8DEF || S.cp[k] == 0x8857) &&
          (re == n || !is_han(S.cp[re]) || S.cp[re] == 0x4E0E ||
           S.cp[re] == 0x548C || longest_at(&S, re, K_STOP | K_AFTER) > re);
        for (int q = s; q < re && road; q++)
          road = !occ[q];
        if (road) {
          NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[re], NULL));
          for (int q = s; q < re; q++)
            occ[q] = 3;
        }
        continue;
      }
      if ((word_flags(&S, s, k, NULL) & (K_PLACE_SHORT | K_PLACE_WIDE)) ==
            K_PLACE_SHORT &&
          k < n && strchr_cp(FEATURE_CHARS, S.cp[k])) {
        /* a bay, island, cape or creek named after a place, the word
           ending there (深圳湾的, 胶州湾,, 位于长沙湾的 in Hong Kong), is
           that place, not the city its name opens with */
        int re   = k + 1;
        int feat = re == n || !is_han(S.cp[re]) ||
                   longest_at(&S, re, K_STOP | K_AFTER) > re ||
                   water_work(&S, re);
        for (int q = s; q < re && feat; q++)
          feat = !occ[q];
        if (feat) {
          NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[re], NULL));
          for (int q = s; q < re; q++)
            occ[q] = 3;
          continue;
        }
      }
    }
    if (s < 0)
      continue;
    if (plc[k].ok &&
        (S.cp[k - 1] != 0x533A || S.cp[k - 2] == 0x5730 ||
         S.cp[k - 2] == 0x5C0F || S.cp[k - 2] == 0x793E) &&
        in_book_title(&S, s))
      continue; /* 《某某特色小镇…规划》: a site in a title is part of it;
                   a zone is named as a division is (《某某示范区…计划》), a
                   region (东北地区) is not, nor a compound or community
                   (《某县城镇老旧小区改造…办法》: 小区, 社区) */
    /* a division the lexicon lacks: a foreign one (foreign_division()),
       not a one-character short name (中美) */
    int frgn  = !plc[k].ok && k - s >= 3 && !word_flags(&S, s, k, NULL);
    int clash = 0;
    for (int q = s; q < k; q++)
      if (occ[q])
        clash = 1;
    if (clash && frgn) {
      /* inside a body's name (某国某某市政府): no place here, but the name
         elsewhere in the article is */
      int idx = -1;
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[k], &idx));
      c->sp[idx].foreign = 1;
      c->sp[idx].dead    = 1;
      continue;
    }
    if (!clash && plc[k].ok && plc[k].unknown && s > 0 && occ[s - 1] == 1 &&
        org_span[s] >= 0 && (S.cp[k - 1] == 0x5BA4 || S.cp[k - 1] == 0x5385)) {
      clash = 1; /* 市人大常委会|机关第一会议室: a room whose guessed left
                    edge a body's name ends at is that body's room */
      s = char_at(&S, c->sp[org_span[s]].bs);
    }
    if (clash && plc[k].ok && occ[s] == 1) {
      /* a room of a body (镇政府四楼会议室): the body stays a body, the
         room is a place that holds its name */
      int oe = s, rs = longest_ending(&S, k, K_PSUF, NULL);
      while (oe < k && occ[oe] == 1)
        oe++;
      int os = s;
      while (os > 0 && occ[os - 1] == 1)
        os--;
      int room = k - oe; /* its ordinals (第一, 五楼) not counted */
      for (int q = oe; q < k; q++)
        room -= is_numeral(S.cp[q]);
      clash = rs < 0 || oe > rs || (room > 6 && rs > oe) ||
              org_span[oe] < 0; /* 村委|综合文化服务中心: the suffix right
                                   after the body, however long */
      for (int q = oe; q < k && !clash; q++)
        if (occ[q])
          clash = 1;
      if (!clash) {
        s = os;
        if (S.cp[k - 1] == 0x5BA4 || S.cp[k - 1] == 0x5385)
          c->sp[org_span[oe]].in_room = 1; /* 室, 厅 */
      }
    }
    if (clash)
      continue;
    if (plc[k].ok && plc[k].s == s && plc[k].prefix == k - s - 2 &&
        S.cp[k - 2] == 0x57CE && S.cp[k - 1] == 0x533A &&
        (word_flags(&S, s, k - 2, NULL) & (K_PLACE | K_PLACE_SHORT)) ==
          K_PLACE) {
      /* 某某市|城区, 某县|城区: the town area of a city or county named
         by its full name is that division */
      NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[k - 2], NULL));
      for (int q = s; q < k; q++)
        occ[q] = 3;
      k = s + 1;
      continue;
    }
    int      idx = -1, named_s = s, short_s = s;
    uint32_t zb = plc[k].ok && plc[k].prefix >= 2
                    ? S.cp[s + plc[k].prefix - 2]
                    : 0; /* 社区, 城区, 校区, 景区, 湖区, 街区, 片区, 小区:
                            no zones */
    if (plc[k].ok && plc[k].s == s && plc[k].prefix > 0 &&
        S.cp[s + plc[k].prefix - 1] == 0x533A && zb != 0x793E && zb != 0x57CE &&
        zb != 0x6821 && zb != 0x666F && zb != 0x6E56 && zb != 0x8857 &&
        zb != 0x7247 && zb != 0x5C0F &&
        !(word_flags(&S, s, s + plc[k].prefix, NULL) & K_PLACE)) {
      /* a zone opening a site's name (某开发区|某项目现场) is a place of its
         own, a site the site stands in */
      NG_TRY(
        st,
        span_add(c, SP_PLACE, si, S.off[s], S.off[s + plc[k].prefix], NULL));
      short_s = s + plc[k].prefix;
    } else if (plc[k].ok && plc[k].s == s && plc[k].prefix >= 3 &&
               k - s - plc[k].prefix >= 2 && occ[s] != 1 &&
               (S.cp[s + plc[k].prefix - 1] == 0x6751 ||
                (plc[k].long_site &&
                 (word_flags(&S, s, s + plc[k].prefix, NULL) &
                  (K_PLACE | K_PLACE_SHORT)) == K_PLACE))) {
      /* a village (某某村|药材种植基地) or a division (某镇|某某产业园)
         opening a long site's name is a place of its own as well, unless
         it opens a body's name there (某省|社会主义学院|新校区) */
      NG_TRY(
        st,
        span_add(c, SP_PLACE, si, S.off[s], S.off[s + plc[k].prefix], NULL));
      short_s = s + plc[k].prefix;
    } else if (plc[k].ok && !plc[k].long_site && plc[k].s == s &&
               plc[k].prefix > 0 && plc[k].unknown == 0 &&
               (word_flags(&S, s, s + plc[k].prefix, NULL) &
                (K_PLACE | K_PLACE_SHORT)) == K_PLACE &&
               k - s - plc[k].prefix >= 4 && occ[s + plc[k].prefix] != 1) {
      /* 鹿城区 + 滨江商务区: a division and a named site in it; not a room
         of the division's body (某区政府三楼会议室) */
      int rest       = s + plc[k].prefix;
      int known_rest = longest_ending(&S, k, K_ANYPSUF, NULL) - rest;
      if (known_rest >= 2) {
        NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[rest], NULL));
        for (int q = s; q < rest; q++)
          occ[q] = 3;
        s = short_s = rest;
      }
    }
    if (plc[k].ok && plc[k].s == s && plc[k].prefix >= 4 &&
        s + plc[k].prefix < k) {
      /* 某镇某某社区|转移安置点: a site whose name opens with a village or
         community written after its division (某镇|某某社区) holds two
         places of its own, the division and the village or community */
      int pe = s + plc[k].prefix, pp = plc[pe].prefix;
      if (plc[pe].ok && plc[pe].s == s && pp >= 2 && pe - (s + pp) >= 3 &&
          !plc[pe].unknown &&
          (word_flags(&S, s, s + pp, NULL) & (K_PLACE | K_PLACE_SHORT)) ==
            K_PLACE &&
          (S.cp[pe - 1] == 0x6751 ||
           (S.cp[pe - 2] == 0x793E && S.cp[pe - 1] == 0x533A))) {
        NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[s + pp], NULL));
        NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s + pp], S.off[pe], NULL));
      } else if (plc[pe].ok && plc[pe].s == s && pp >= 2 && short_s == s &&
                 pe - (s + pp) >= 3 && !plc[pe].unknown &&
                 (word_flags(&S, s, s + pp, NULL) &
                  (K_PLACE | K_PLACE_SHORT)) == K_PLACE) {
        /* 某镇|某某湖景区游客服务中心: a site in a scenic area of a
           township is named with the township, which is a place of its
           own; the site's own name, from the area on, an altLabel */
        NG_TRY(st, span_add(c, SP_PLACE, si, S.off[s], S.off[s + pp], NULL));
        short_s = s + pp;
      }
    }
    NG_TRY(st, span_add(c, SP_PLACE, si, S.off[short_s], S.off[k], &idx));
    c->sp[idx].unknown = unk;
    c->sp[idx].county  = cnty;
    c->sp[idx].foreign = frgn;
    if (short_s > named_s && k - short_s >= 2 &&
        !(S.cp[k - 2] == 0x65CF && S.cp[k - 1] == 0x4E61)) {
      /* the division written before a site names it with it (某区|某某市场):
         the name is the whole, the site's own name an altLabel (the
         mention's surface); the division is a place of its own too. An
         ethnic township (某县|某某瑶族乡) is a division itself, named
         alone */
      char *l =
        ng_strndup(c->a->text + S.off[named_s], S.off[k] - S.off[named_s]);
      if (!l) {
        st = NG_ERR_NOMEM;
        goto done;
      }
      ng_free(c->sp[idx].label);
      c->sp[idx].label = l;
    }
    int org_s = s; /* a site with a head below: the name as before */
    s         = named_s;
    for (int q = s; q < k; q++)
      occ[q] = 3;
    /* a site with a head is a body too (区科技产业园主任) */
    if (plc[k].ok && org_s == plc[k].s && k < n && org_span[k] < 0) {
      int te = -1;
      for (int q = k + 1; q <= n && q <= k + 8 && te < 0; q++)
        if (title_span[q] >= 0 && title_s[q] == k)
          te = q;
      if (te > 0) {
        int oidx = -1;
        NG_TRY(st, span_add(c, SP_ORG, si, S.off[org_s], S.off[k], &oidx));
        c->sp[oidx].short_form = plc[k].prefix == 0 && !plc[k].unknown;
        c->sp[oidx].unknown    = unk;
        org_span[k]            = oidx;
      }
    }
    k = s + 1;
  }

  /* the author field of a publication line (作者:某某要闻) names who
     wrote, a person or a column, never a place the article speaks of */
  for (int i = 0; r->kind == NG_SENTENCE_META && i + 3 < n; i++) {
    if (S.cp[i] != 0x4F5C || S.cp[i + 1] != 0x8005 ||
        (S.cp[i + 2] != ':' && S.cp[i + 2] != 0xFF1A))
      continue; /* 作者: */
    int e = i + 3;
    while (e < n && S.cp[e] != ' ' && S.cp[e] != 0x3000)
      e++;
    for (size_t y = 0; y < c->nsp; y++) {
      Span *z = &c->sp[y];
      if (z->sent == si && z->kind == SP_PLACE && z->bs >= S.off[i + 3] &&
          z->be <= S.off[e])
        z->dead = 1;
    }
  }

  NG_TRY(st, relate(c, &S, org_span, title_span, person_span));
done:
  return st;
}

/* ---------------------------------------------------------------- the
   article */

static size_t      utf8_chars(const char *s, size_t n);
static int         ends_with(const char *s, const char *suffix);
static const char *find_bytes(const char *hay,
                              size_t      hn,
                              const char *needle,
                              size_t      n);

/* A body found once (来源:掌上某市, 某省某某生态农业有限公司) is that
   body wherever else the article writes it, and the place inside it is
   no place of its own there. Bodies of four characters or more only. */
static NgStatus
known_bodies(Ctx *c)
{
  NgStatus st = NG_OK;
  size_t   n0 = c->nsp;
  for (size_t k = 0; k < n0; k++) {
    const Span *o = &c->sp[k];
    if (o->kind != SP_ORG || o->inner || o->short_form ||
        utf8_chars(o->label, strlen(o->label)) < 4)
      continue;
    char *label = ng_strdup(o->label);
    if (!label)
      return NG_ERR_NOMEM;
    size_t len = strlen(label);
    for (size_t si = 0; si < c->a->n_sentences; si++) {
      const NgRange *r = &c->a->sentences[si];
      for (size_t p = r->start; p + len <= r->end; p++) {
        const char *hit = find_bytes(c->a->text + p, r->end - p, label, len);
        if (!hit)
          break;
        p         = (size_t)(hit - c->a->text);
        int clash = 0;
        for (size_t i = 0; i < c->nsp && !clash; i++) {
          Span *x = &c->sp[i];
          if (x->sent != (int)si || x->inner || x->dead ||
              !(x->bs < p + len && p < x->be))
            continue;
          if (x->kind == SP_PLACE && x->bs >= p && x->be <= p + len)
            continue; /* a place inside it: dropped below */
          clash = 1;
        }
        if (!clash) {
          for (size_t i = 0; i < c->nsp; i++) {
            Span *x = &c->sp[i];
            if (x->kind == SP_PLACE && x->sent == (int)si && x->bs >= p &&
                x->be <= p + len)
              x->dead = 1;
          }
          st = span_add(c, SP_ORG, (int)si, p, p + len, NULL);
          if (st)
            break;
        }
        p += len - 1;
      }
      if (st)
        break;
    }
    ng_free(label);
    if (st)
      return st;
  }
  return NG_OK;
}

/* A foreign city or state read once after its country (日本|某某市) is
   that place wherever else the article writes it free, with its level word
   or, for a city, without (某某); even when the first was inside a body's
   name (日本某某市政府). A body that starts right after it or at its level
   word takes it as the opening of its name instead. */
static NgStatus
known_places(Ctx *c)
{
  NgStatus st = NG_OK;
  size_t   n0 = c->nsp;
  for (size_t k = 0; k < n0 && !st; k++) {
    if (c->sp[k].kind != SP_PLACE || !c->sp[k].foreign)
      continue;
    char *label = ng_strdup(c->sp[k].label);
    if (!label)
      return NG_ERR_NOMEM;
    size_t full = strlen(label), lens[2] = { full, 0 };
    if (ends_with(label, "市") && utf8_chars(label, full) >= 3)
      lens[1] = full - strlen("市");
    for (int w = 0; w < 2 && !st; w++) {
      size_t len = lens[w];
      if (!len)
        continue;
      for (size_t si = 0; si < c->a->n_sentences && !st; si++) {
        const NgRange *r = &c->a->sentences[si];
        for (size_t p = r->start; p + len <= r->end; p++) {
          const char *hit = find_bytes(c->a->text + p, r->end - p, label, len);
          if (!hit)
            break;
          p         = (size_t)(hit - c->a->text);
          int clash = 0, body = -1;
          for (size_t i = 0; i < c->nsp; i++) {
            const Span *x = &c->sp[i];
            if (x->sent != (int)si || x->inner || x->dead ||
                (x->county && x->bs >= p && x->be <= p + len))
              continue; /* 戈梅|利州: a county's short name inside it */
            if (x->bs < p + len && p < x->be)
              clash++;
            /* a body written right after it, or from its level word on
               (某某州|教育总局, 某某|州教育总局): the place opens its name */
            if (x->kind == SP_ORG && !x->prefix && x->bs > p &&
                x->bs <= p + len && x->be > p + len)
              body = (int)i;
          }
          if (body >= 0 && clash == (c->sp[body].bs < p + len)) {
            Span *x = &c->sp[body];
            char *l = ng_strndup(c->a->text + p, x->be - p);
            if (!l) {
              st = NG_ERR_NOMEM;
              break;
            }
            ng_free(x->label);
            x->label      = l;
            x->bs         = p;
            x->prefix     = (int)len;
            x->short_form = x->region = x->unknown = 0;
          } else if (!clash &&
                     (st = span_add(c, SP_PLACE, (int)si, p, p + len, NULL)))
            break;
          if (body >= 0 || !clash)
            for (size_t i = 0; i < c->nsp; i++) {
              Span *x = &c->sp[i];
              if (x->sent == (int)si && x->county && x->bs >= p &&
                  x->be <= p + len) {
                x->county = 0;
                x->dead   = 1;
              }
            }
          p += len - 1;
        }
      }
    }
    ng_free(label);
  }
  return st;
}

/* The first place NEEDLE (N bytes) stands in HAY (HN bytes), or NULL: memchr
   for its first byte, then one memcmp, rather than a memcmp at every byte. */
static const char *
find_bytes(const char *hay, size_t hn, const char *needle, size_t n)
{
  if (!n)
    return hay;
  if (hn < n)
    return NULL;
  if (n >= 2 && ((unsigned char)needle[0] & 0xC0) == 0xC0) {
    /* The second byte of a character tells more than the first (E4..E9
       start most Han characters): look for it, then at the byte before. */
    const char *from = hay + 1, *end = hay + hn - n + 2;
    while (from < end) {
      const char *q =
        memchr(from, (unsigned char)needle[1], (size_t)(end - from));
      if (!q)
        return NULL;
      if (q[-1] == needle[0] && !memcmp(q - 1, needle, n))
        return q - 1;
      from = q + 1;
    }
    return NULL;
  }
  while (hn >= n) {
    const char *q = memchr(hay, (unsigned char)needle[0], hn - n + 1);
    if (!q)
      return NULL;
    if (!memcmp(q, needle, n))
      return q;
    hn -= (size_t)(q - hay) + 1;
    hay = q + 1;
  }
  return NULL;
}

/* Finds the names found once wherever else they stand in the article. */
static NgStatus
known_names(Ctx *c)
{
  NgStatus st    = NG_OK;
  char   **names = NULL;
  size_t   nn = 0, n0 = c->nsp;
  /* The names are copies: a span cut short below takes the full name and
     frees its own label, which may be one of the names still to find. */
  names = ng_calloc(n0 + c->a->n_bylines + 1, sizeof *names);
  if (!names)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < n0; i++)
    if (c->sp[i].kind == SP_PERSON) {
      /* Each name once: a long article names the same few people in
         every sentence, and scanning for each mention made it cubic. */
      size_t k = 0;
      while (k < nn && strcmp(names[k], c->sp[i].label))
        k++;
      if (k == nn && !(names[nn++] = ng_strdup(c->sp[i].label))) {
        st = NG_ERR_NOMEM;
        goto done;
      }
    }
  for (size_t i = 0; i < c->a->n_bylines; i++)
    if (c->a->bylines[i].name && strlen(c->a->bylines[i].name) >= 6 &&
        !(names[nn++] = ng_strdup(c->a->bylines[i].name))) {
      st = NG_ERR_NOMEM;
      goto done;
    }
  for (size_t si = 0; si < c->a->n_sentences; si++) {
    const NgRange *r = &c->a->sentences[si];
    for (size_t k = 0; k < nn; k++) {
      size_t len = strlen(names[k]);
      for (size_t p = r->start; p + len <= r->end; p++) {
        const char *hit = find_bytes(c->a->text + p, r->end - p, names[k], len);
        if (!hit)
          break;
        p            = (size_t)(hit - c->a->text);
        size_t clash = 0, cut = 0, ci = 0;
        for (size_t i = 0; i < c->nsp; i++)
          if (c->sp[i].sent == (int)si && !c->sp[i].inner &&
              c->sp[i].bs < p + len && p < c->sp[i].be) {
            clash++;
            ci = i;
            cut += c->sp[i].kind == SP_PERSON && c->sp[i].bs == p &&
                   c->sp[i].be < p + len;
          }
        if (!clash)
          NG_TRY(st, span_add(c, SP_PERSON, (int)si, p, p + len, NULL));
        else if (clash == 1 && cut == 1) {
          /* 副省长甘某本|来汉调研 read as 甘某 + 本来: the name the article
             writes elsewhere in full, standing here whole, is the name */
          char *full = ng_strdup(names[k]);
          if (!full) {
            st = NG_ERR_NOMEM;
            goto done;
          }
          ng_free(c->sp[ci].label);
          c->sp[ci].label = full;
          c->sp[ci].be    = p + len;
        }
        p += len - 1;
      }
    }
  }
done:
  for (size_t k = 0; k < nn; k++)
    ng_free(names[k]);
  ng_free(names);
  return st;
}

static int
ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n > m && !memcmp(s + n - m, suffix, m);
}

static size_t
utf8_chars(const char *s, size_t n)
{
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

/* Bytes at the end of S that hold its last K characters. */
static size_t
tail_bytes(const char *s, size_t n, size_t k)
{
  size_t i = n;
  while (k && i > 0) {
    i--;
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      k--;
  }
  return n - i;
}

/* Keeps the last NBYTES of span X's name and text. */
static void
trim_to(Span *x, size_t nbytes)
{
  size_t len = strlen(x->label);
  memmove(x->label, x->label + len - nbytes, nbytes + 1);
  x->bs      = x->be - nbytes;
  x->unknown = 0;
}

/* A division's name that opens the name of its government's bulletin
   (某区政务简讯(第37期), 某州政务要闻简报) is the bulletin's, as the name
   opening a body's is the body's: no place there. */
static void
bulletin_names(Ctx *c)
{
  static const char *const bulletin[] = { "政务简讯", "政务要闻", "政务快讯",
                                          "要闻简报", "工作简报", NULL };
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_PLACE || x->dead ||
        !(ng_lexicon_get(c->en->lex, x->label, strlen(x->label), NULL) &
          K_PLACE))
      continue;
    const char *after = c->a->text + x->be;
    for (int w = 0; bulletin[w]; w++)
      if ((size_t)x->be + strlen(bulletin[w]) <= c->a->len &&
          !strncmp(after, bulletin[w], strlen(bulletin[w])))
        x->dead = 1;
  }
}

/* A name whose left edge was a guess (加大中原科技城) takes the shorter form
   the article also writes (中原科技城), or the part two guesses share. */
static void
trim_guesses(Ctx *c)
{
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (!x->unknown || x->inner || (x->kind != SP_ORG && x->kind != SP_PLACE))
      continue;
    size_t xl = strlen(x->label), xc = utf8_chars(x->label, xl);
    size_t keep = xc - (size_t)x->unknown; /* characters vouched for */
    size_t best = xc;
    for (size_t j = 0; j < c->nsp; j++) {
      const Span *y = &c->sp[j];
      if (j == i || y->kind != x->kind || y->inner)
        continue;
      size_t yl     = strlen(y->label);
      size_t common = 0; /* characters of the common suffix */
      while (common < xc) {
        size_t xb = tail_bytes(x->label, xl, common + 1);
        size_t yb = tail_bytes(y->label, yl, common + 1);
        if (xb != yb || xb > yl ||
            memcmp(x->label + xl - xb, y->label + yl - yb, xb))
          break;
        common++;
      }
      if (common <= keep || common >= xc)
        continue;
      size_t yc = utf8_chars(y->label, yl);
      /* y written as the common part, or another guess sharing with x at
         least two guessed characters (加大|中原科技城, 推进|中原科技城); not
         one only (前营村, 后营村 share 营村 but are two villages) */
      if (common == yc || (y->unknown && common >= yc - (size_t)y->unknown &&
                           common >= keep + 2))
        if (common < best)
          best = common;
    }
    if (best < xc)
      trim_to(x, tail_bytes(x->label, xl, best));
  }
}

/* 1 when the two characters at S (UTF-8) are a word ending in 区 that names
   no district: 社区, 小区, 景区, 园区, 校区, 片区, 街区, 湖区, 城区, 营区,
   矿区, 库区, 林区, 牧区, 山区, 灾区, 辖区. */
static int
zone_word(const char *s)
{
  static const char *const w[] = { "社区", "小区", "景区", "园区", "校区",
                                   "片区", "街区", "湖区", "城区", "营区",
                                   "矿区", "库区", "林区", "牧区", "山区",
                                   "灾区", "辖区", NULL };
  for (int i = 0; w[i]; i++)
    if (!strncmp(s, w[i], 6))
      return 1;
  return 0;
}

/* Institutions by the word that ends their names: schools (校长, 校党委),
   colleges, hospitals and courts (院长, 院党委), procuratorates (检察长),
   companies (董事长, 总经理, 公司党委). General knowledge of how Chinese
   institutions are named. */
static const char *const INST_SCHOOL[] = { "大学", "学校", "中学",
                                           "小学", "党校", NULL };
static const char *const INST_COURT[]  = { "学院", "医院", "法院", NULL };
static const char *const INST_PROC[]   = { "检察院", NULL };
/* a college of its own (某某学院, 某某职业学院), whose head is its 校长 or
   院长: not one of a university's colleges named after it */
static const char *const INST_COLLEGE[] = { "学院", NULL };
static const char *const INST_FIRM[]    = { "有限公司",
                                            "有限责任公司",
                                            "集团",
                                            NULL };
/* a province's department (某省应急管理厅), whose own news names its head
   厅长 and its Party committee 厅党委 */
static const char *const INST_DEPT[] = { "厅", NULL };
/* a bureau (某县农业农村局), whose news names its head 局长: taken only
   where the article names one bureau */
static const char *const INST_BUREAU[] = { "局", NULL };
/* an association (某县新的社会阶层人士联合会, 某市海外联谊会, 某某同乡会,
   某某商会), whose head is its 会长: the one the article names most */
static const char *const INST_ASSOC[] = { "联合会", "协会",   "商会", "同乡会",
                                          "联谊会", "促进会", "总会", "学会",
                                          "研究会", NULL };

/* How many bodies of different names end in one of KINDS. */
static int
bodies_of_kind(const Ctx *c, const char *const *kinds)
{
  const char *seen[8];
  int         n = 0;
  for (size_t i = 0; i < c->nsp && n < 8; i++) {
    const Span *x    = &c->sp[i];
    int         kind = 0, dup = 0;
    if (x->kind != SP_ORG || x->dead)
      continue;
    for (int k = 0; kinds[k] && !kind; k++)
      kind = ends_with(x->label, kinds[k]);
    for (int q = 0; q < n && kind && !dup; q++)
      dup = !strcmp(seen[q], x->label);
    if (kind && !dup)
      seen[n++] = x->label;
  }
  return n;
}

/* Times NEEDLE stands in the article (headline too). */
static int
times_named(const Ctx *c, const char *needle)
{
  size_t      n = strlen(needle);
  int         k = 0;
  const char *h = c->a->text, *end = c->a->text + c->a->len;
  while (n && (h = find_bytes(h, (size_t)(end - h), needle, n))) {
    k++;
    h += n;
  }
  if (n && c->a->headline && strstr(c->a->headline, needle))
    k++;
  return k;
}

/* The institution of one of KINDS the article speaks of: of the bodies
   whose names end in a kind (not a unit inside another: a college whose
   name is written only after its university's), the one named most often,
   the first of them on a tie (a school's own news names itself before its
   officials and again inside the names of its bodies:
   滁州某某学院…省纪委监委驻滁州某某学院纪检监察组, not a 共建产业学院 named
   once). With none and DERIVE, a name of the kind that opens a longer
   body's name (西河大学|党委理论学习中心组,
   某市第一人民医院|第五届职工代表大会) becomes a body of its own, no mention,
   written as in the text. DERIVE 2 derives such a name also where a body
   of the kind is named, and takes it when the article names it more often
   (嘉南学院|党委 in the headline and the text, its 马克思主义学院 once).
   -1 when the article names none. */
static NgStatus
institution(Ctx *c, const char *const *kinds, int derive, int *out)
{
  int best = -1, best_n = 0;
  *out = -1;
  for (size_t i = 0; i < c->nsp; i++) {
    const Span *x = &c->sp[i];
    if (x->kind != SP_ORG || x->dead || (x->short_form && !x->region) ||
        utf8_chars(x->label, strlen(x->label)) < 4 ||
        !strncmp(x->label, "我", 3) || !strncmp(x->label, "本", 3) ||
        !strncmp(x->label, "该", 3) || !strncmp(x->label, "学校", 6))
      continue;
    int kind = 0;
    for (int k = 0; kinds[k] && !kind; k++)
      kind = ends_with(x->label, kinds[k]);
    if (!kind)
      continue;
    int n = times_named(c, x->label);
    if (best < 0 || n > best_n || (n == best_n && x->bs < c->sp[best].bs)) {
      best   = (int)i;
      best_n = n;
    }
  }
  if ((best >= 0 && derive < 2) || !derive) {
    *out = best;
    return NG_OK;
  }
  int found = best;
  best      = -1;
  for (size_t i = 0; i < c->nsp && best < 0; i++) {
    const Span *x = &c->sp[i];
    size_t      n = strlen(x->label);
    if (x->kind != SP_ORG || x->dead || x->short_form || x->be - x->bs != n ||
        memcmp(c->a->text + x->bs, x->label, n))
      continue;
    for (int k = 0; kinds[k] && best < 0; k++) {
      const char *at = strstr(x->label, kinds[k]);
      size_t      e  = at ? (size_t)(at - x->label) + strlen(kinds[k]) : 0;
      if (!at || e >= n || utf8_chars(x->label, e) < 4)
        continue;
      /* only before a body of its own or a numbered session (党委, 纪委,
         工会, 团委, 第五届职工代表大会, 职代会, 教代会), not where the word
         goes on into another (大学生, 大学城) */
      static const char *const next[] = { "党", "第", "纪", "工",
                                          "团", "职", "教", NULL };
      int                      body   = 0;
      for (int q = 0; next[q] && !body; q++)
        body = !strncmp(x->label + e, next[q], 3);
      if (!body)
        continue;
      if (found >= 0) {
        char *l = ng_strndup(x->label, e);
        if (!l)
          return NG_ERR_NOMEM;
        int more = times_named(c, l) > best_n;
        ng_free(l);
        if (!more)
          continue;
      }
      size_t   bs   = x->bs;
      int      sent = x->sent, idx = -1;
      NgStatus st = span_add(c, SP_ORG, sent, bs, bs + e, &idx);
      if (st != NG_OK)
        return st;
      c->sp[idx].inner = 1;
      best             = idx;
    }
  }
  if (best < 0 && found >= 0) {
    *out = found;
    return NG_OK;
  }
  /* a school's news that names itself in its headline only and calls
     itself 学校 in the text (西岭师范大学召开党委会议 / 学校召开…,
     校长X): the institution that opens the headline, Han characters only
     from its start, is a body of its own with no mention */
  const char *hl = c->a->headline;
  for (int k = 0; kinds[k] && best < 0 && hl && !c->headline; k++) {
    const char *at = strstr(hl, kinds[k]);
    size_t      e  = at ? (size_t)(at - hl) + strlen(kinds[k]) : 0;
    if (!at || utf8_chars(hl, e) < 4 || utf8_chars(hl, e) > 16)
      continue;
    int han = 1;
    for (size_t q = 0; q < e && han; q++)
      han = ((unsigned char)hl[q] & 0x80) != 0;
    if (!han || strstr(hl, "关于") == hl)
      continue;
    int      idx = -1;
    NgStatus st  = span_add(c, SP_ORG, 0, 0, 0, &idx);
    if (st != NG_OK)
      return st;
    char *l = ng_strndup(hl, e);
    if (!l)
      return NG_ERR_NOMEM;
    ng_free(c->sp[idx].label);
    c->sp[idx].label = l;
    c->sp[idx].inner = 1;
    best             = idx;
  }
  *out = best;
  return NG_OK;
}

/* 市委 -> 郑州市委 when the article names exactly one such body in full. */
static NgStatus
resolve_short(Ctx *c)
{
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_ORG || !x->short_form)
      continue;
    const char *full = NULL, *before = NULL;
    int         many = 0;
    for (size_t j = 0; j < c->nsp; j++) {
      const Span *y = &c->sp[j];
      if (y->kind != SP_ORG || y->short_form || !ends_with(y->label, x->label))
        continue;
      if (full && strcmp(full, y->label))
        many = 1;
      full = y->label;
      if (y->bs < x->bs)
        before = y->label; /* the nearest full form before it */
    }
    if (many && before) {
      full = before;
      many = 0;
    }
    NgBuf made = { 0 };
    if (!full && x->region) {
      /* 街道卫计办 in an article that names one 街道 (五星街道); not for
         市 and 省, whose officials visit other cities */
      const char *place = NULL;
      size_t      lvl   = 0;
      for (size_t j = 0; j < c->nsp && !many; j++) {
        const Span *y = &c->sp[j];
        if (y->kind != SP_PLACE)
          continue;
        size_t yl = strlen(y->label);
        for (size_t b = 3; b <= 6 && b < yl && b <= strlen(x->label); b += 3)
          if (!memcmp(y->label + yl - b, x->label, b) &&
              strncmp(x->label, "省", 3) && strncmp(x->label, "市", 3) &&
              strncmp(x->label, "州", 3) && strncmp(x->label, "自", 3)) {
            int v = 0;
            if (!(ng_lexicon_get(c->en->lex, x->label, b, &v) & K_REGION))
              continue;
            if (b == 3 && yl >= 6 && !strncmp(x->label, "区", 3) &&
                zone_word(y->label + yl - 6))
              continue; /* 西湖社区, 某景区: a community or a zone is no
                           district (区委 stays 区委) */
            if (b == 3 && !strncmp(x->label, "区", 3) &&
                ends_with(y->label, "自治区") && strcmp(x->label, "区党委"))
              continue; /* 某自治区: its bodies are written 自治区 + body
                           (自治区农业农村厅); 区委, 区农业农村局 are a
                           district's, the site's or one named nowhere */
            if (place && strcmp(place, y->label))
              many = 1;
            place = y->label;
            lvl   = b;
          }
      }
      if (place && !many &&
          !ng_buf_printf(&made, "%s%s", place, x->label + lvl))
        full = made.data;
      many = 0;
    }
    if (full && !many) {
      char *l = ng_strdup(full);
      if (!l)
        return NG_ERR_NOMEM;
      ng_free(x->label);
      x->label      = l;
      x->short_form = 0;
    }
    ng_buf_free(&made);
  }
  /* 学校文学院, 我院心血管内科, 学校校史馆: a unit or room of the school or
     hospital the article is about, named by the word the writer uses for
     it (学校 我校 本校 该校; 我院 本院 该院): the first institution of that
     kind the article names opens the name; with none, it stays as
     written */
  static const char *const refs[] = { "学校", "我校", "本校", "该校",
                                      "我院", "本院", "该院", NULL };
  const Span *inst[2] = { NULL, NULL }; /* school, hospital or institute */
  for (size_t j = 0; j < c->nsp; j++) {
    const Span *y    = &c->sp[j];
    int         pron = 0;
    for (int q = 0; refs[q] && !pron; q++)
      pron = !strncmp(y->label, refs[q], strlen(refs[q]));
    if (y->kind != SP_ORG || y->dead || y->inner || y->parent >= 0 || pron ||
        utf8_chars(y->label, strlen(y->label)) < 4)
      continue;
    int school = ends_with(y->label, "大学") || ends_with(y->label, "学院") ||
                 ends_with(y->label, "学校") || ends_with(y->label, "中学") ||
                 ends_with(y->label, "小学");
    int hosp = ends_with(y->label, "医院") || ends_with(y->label, "研究院") ||
               ends_with(y->label, "学院");
    if (school && (!inst[0] || y->bs < inst[0]->bs))
      inst[0] = y;
    if (hosp && (!inst[1] || y->bs < inst[1]->bs))
      inst[1] = y;
  }
  const char *inst_label[2] = { inst[0] ? inst[0]->label : NULL,
                                inst[1] ? inst[1]->label : NULL };
  char *owned[2] = { NULL, NULL };
  for (int w = 0; w < 2; w++)
    if (inst_label[w] && !(owned[w] = ng_strdup(inst_label[w])))
      return NG_ERR_NOMEM;
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if ((x->kind != SP_ORG && x->kind != SP_PLACE) || x->dead)
      continue;
    int r = 0;
    while (refs[r] && strncmp(x->label, refs[r], strlen(refs[r])))
      r++;
    const char *unit = refs[r] ? x->label + strlen(refs[r]) : NULL;
    if (!unit || utf8_chars(unit, strlen(unit)) < 2)
      continue;
    const char *near = owned[r < 4 ? 0 : 1];
    if (!near)
      continue; /* 我院党委 in an article that names no hospital: as
                   written */
    NgBuf    b  = { 0 };
    NgStatus bs = near ? ng_buf_puts(&b, near) : NG_OK;
    if (bs == NG_OK)
      bs = ng_buf_puts(&b, unit);
    char *l = bs == NG_OK ? ng_strndup(b.data, b.len) : NULL;
    ng_buf_free(&b);
    if (!l) {
      ng_free(owned[0]);
      ng_free(owned[1]);
      return NG_ERR_NOMEM;
    }
    ng_free(x->label);
    x->label      = l;
    x->short_form = 0;
  }
  ng_free(owned[0]);
  ng_free(owned[1]);
  /* 院党委, 校党委, 集团公司党委: the Party committee (group, discipline
     commission, union) of the court, hospital, college, school or company
     the article speaks of, named by the word for its kind; with no such
     institution named, as written */
  {
    static const char *const yuan[] = { "学院",   "医院",   "法院",
                                        "检察院", "研究院", NULL };
    static const char *const xiao[] = { "大学", "学院", "学校", "中学",
                                        "小学", "党校", NULL };
    static const char *const heads[] = { "院",   "校", "集团公司", "公司",
                                         "集团", "厅", NULL };
    static const char *const units[] = { "党委",       "党组",       "党总支",
                                         "纪委",       "团委",       "工会",
                                         "审判委员会", "检察委员会", NULL };
    for (size_t i = 0; i < c->nsp; i++) {
      if (c->sp[i].kind != SP_ORG || c->sp[i].dead)
        continue;
      int r = 0;
      while (heads[r] && strncmp(c->sp[i].label, heads[r], strlen(heads[r])))
        r++;
      if (!heads[r])
        continue;
      const char *unit = c->sp[i].label + strlen(heads[r]);
      int         u    = 0;
      while (units[u] && strncmp(unit, units[u], strlen(units[u])))
        u++;
      if (!units[u] && !(*unit == 0 && r >= 2 && r <= 4))
        continue; /* 公司 alone with a post in it (公司总经理X) is the
                     company too */
      int      at = -1;
      NgStatus st = institution(c,
                                r == 0   ? yuan
                                : r == 1 ? xiao
                                : r == 5 ? INST_DEPT
                                         : INST_FIRM,
                                1,
                                &at);
      if (st != NG_OK)
        return st;
      if (at < 0)
        continue;
      NgBuf b = { 0 };
      if (ng_buf_printf(&b, "%s%s", c->sp[at].label, unit) != NG_OK) {
        ng_buf_free(&b);
        return NG_ERR_NOMEM;
      }
      char *l = ng_strndup(b.data, b.len);
      ng_buf_free(&b);
      if (!l)
        return NG_ERR_NOMEM;
      ng_free(c->sp[i].label);
      c->sp[i].label      = l;
      c->sp[i].short_form = 0;
    }
  }
  /* 该会, 该局, 该院: the body of that kind named last before it */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_ORG || strncmp(x->label, "该", 3) || !x->label[3])
      continue;
    const Span *near = NULL;
    for (size_t j = 0; j < c->nsp; j++) {
      const Span *y = &c->sp[j];
      if (y->kind == SP_ORG && !y->dead && !y->inner && y->bs < x->bs &&
          strncmp(y->label, "该", 3) && strlen(y->label) > 6 &&
          ends_with(y->label, x->label + 3) && (!near || y->bs > near->bs))
        near = y;
    }
    if (near) {
      char *l = ng_strdup(near->label);
      if (!l)
        return NG_ERR_NOMEM;
      ng_free(x->label);
      x->label      = l;
      x->short_form = 0;
    } else { /* none before it: no name, and a post in it is in none */
      x->dead = 1;
      for (size_t h = 0; h < c->nholds; h++)
        if (c->holds[h].org == (int)i)
          c->holds[h].org = -1;
    }
  }
  /* a session's own body named bare (本次会议主席团, 主席团常务主席X,
     秘书处) is the one the article names as the session's (大会主席团,
     大会秘书处) */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_ORG || x->dead || !x->short_form ||
        !strncmp(x->label, "大会", 6))
      continue;
    for (size_t j = 0; j < c->nsp; j++) {
      const Span *y = &c->sp[j];
      if (y->kind != SP_ORG || y->dead || strncmp(y->label, "大会", 6) ||
          strcmp(y->label + 6, x->label))
        continue;
      char *l = ng_strdup(y->label);
      if (!l)
        return NG_ERR_NOMEM;
      ng_free(x->label);
      x->label = l;
      break;
    }
  }
  /* a bare body (政协 of 政协委员某某) left short takes the one longer name
     of it the article writes, short or not (区政协, resolved or not) */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_ORG || !x->short_form || x->region)
      continue;
    const char *full = NULL;
    int         many = 0;
    for (size_t j = 0; j < c->nsp && !many; j++) {
      const Span *y = &c->sp[j];
      if (j == i || y->kind != SP_ORG || !y->region ||
          strlen(y->label) <= strlen(x->label) ||
          !ends_with(y->label, x->label))
        continue;
      if (full && strcmp(full, y->label))
        many = 1;
      full = y->label;
    }
    if (full && !many) {
      char *l = ng_strdup(full);
      if (!l)
        return NG_ERR_NOMEM;
      ng_free(x->label);
      x->label = l;
    }
  }
  return NG_OK;
}

/* What has been stated in the article's graph, so each fact goes in once:
   a set of keys A \x1f B, their bytes one after another in KEYS. */
typedef struct {
  uint64_t hash;
  size_t   at, len; /* in Seen.keys; len 0 marks an empty slot */
} SeenSlot;

typedef struct {
  SeenSlot *slot;
  size_t    n, cap; /* cap is a power of two, or 0 */
  NgBuf     keys;
} Seen;

/* Doubles the table (or makes the first one). */
static NgStatus
seen_grow(Seen *s)
{
  size_t    cap = s->cap ? s->cap * 2 : 64;
  SeenSlot *v   = ng_calloc(cap, sizeof *v);
  if (!v)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < s->cap; i++) {
    if (!s->slot[i].len)
      continue;
    size_t j = (size_t)s->slot[i].hash & (cap - 1);
    while (v[j].len)
      j = (j + 1) & (cap - 1);
    v[j] = s->slot[i];
  }
  ng_free(s->slot);
  s->slot = v;
  s->cap  = cap;
  return NG_OK;
}

/* Adds the key A \x1f B (B NULL: "") and returns 1 when it is new; 0 when
   it was there, or on failure with *ST set. */
static int
seen_add(Seen *s, const char *a, const char *b, NgStatus *st)
{
  /* the key is looked up in its two parts, and copied only when new */
  if (!b)
    b = "";
  size_t   la = strlen(a), lb = strlen(b);
  size_t   n = la + 1 + lb; /* at least 1: the separator */
  uint64_t h =
    ng_hash_bytes(a, la) ^ ng_hash_bytes(b, lb) * 0x9E3779B97F4A7C15ull;
  if ((s->n + 1) * 2 > s->cap && (*st = seen_grow(s)))
    return 0;
  size_t j = (size_t)h & (s->cap - 1);
  for (; s->slot[j].len; j = (j + 1) & (s->cap - 1)) {
    const char *k = s->keys.data + s->slot[j].at;
    if (s->slot[j].hash == h && s->slot[j].len == n && !memcmp(k, a, la) &&
        k[la] == '\x1f' && !memcmp(k + la + 1, b, lb))
      return 0;
  }
  size_t at = s->keys.len;
  if ((*st = ng_buf_append(&s->keys, a, la)) ||
      (*st = ng_buf_putc(&s->keys, '\x1f')) ||
      (*st = ng_buf_append(&s->keys, b, lb)))
    return 0;
  s->slot[j].hash = h;
  s->slot[j].at   = at;
  s->slot[j].len  = n;
  s->n++;
  return 1;
}

static void
seen_free(Seen *s)
{
  ng_buf_free(&s->keys);
  ng_free(s->slot);
}

typedef struct {
  Ctx        *c;
  NgFacts    *f;
  const char *article;
  Seen        seen;
  long        sent, cs, ce; /* provenance of the facts being stated */
  char      **was;          /* per span: its label before a short name in it was
                               written in full (see full_names()), or NULL */
} Em;

/* The provenance of the facts that follow: sentence SENT of the article
   and its character span (none for the headline). */
static void
prov(Em *m, int sent)
{
  const NgArticle *a = m->c->a;
  if (m->c->headline) {
    m->sent = m->cs = m->ce = -1;
    return;
  }
  m->sent = sent;
  m->cs   = a->offset[a->sentences[sent].start];
  m->ce   = a->offset[a->sentences[sent].end];
}

static NgStatus
fact(Em *m, const char *s, const char *p, const NgTerm *o)
{
  NgTerm ts = ng_iri(s), tp = ng_iri(p);
  return ng_facts_add(m->f, &ts, &tp, o, m->sent, m->cs, m->ce);
}

/* States entity IRI (class CLS, label LABEL) once, with schema:mentions from
   the article, and SURFACE, ORIG and WAS as altLabels when they differ. */
static NgStatus
state(Em         *m,
      const char *iri,
      const char *cls,
      const char *label,
      const char *surface,
      const char *orig,
      const char *was)
{
  NgStatus st = NG_OK;
  if (seen_add(&m->seen, iri, NULL, &st)) {
    NgTerm tc = ng_iri(cls), tl = ng_literal(label, "zh", NULL),
           ta = ng_iri(iri);
    NG_TRY(st, fact(m, iri, NG_RDF_TYPE, &tc));
    NG_TRY(st, fact(m, iri, NG_RDFS_LABEL, &tl));
    NG_TRY(st, fact(m, m->article, NG_SCHEMA_MENTIONS, &ta));
    seen_add(&m->seen, iri, label, &st);
  }
  NG_TRY(st, st);
  const char *alts[3] = { surface, orig, was };
  for (int i = 0; i < 3; i++) {
    if (!alts[i] || !*alts[i] || !seen_add(&m->seen, iri, alts[i], &st)) {
      NG_TRY(st, st);
      continue;
    }
    NgTerm tv = ng_literal(alts[i], "zh", NULL);
    NG_TRY(st, fact(m, iri, NG_SKOS_ALTLABEL, &tv));
  }
done:
  return st;
}

/* The IRI of the body of span I; short names that the article does not
   resolve are kept apart per source file (市委 of one city is not the 市委
   of another). Caller frees. */
static char *
org_iri(Ctx *c, const Span *x)
{
  NgBuf key = { 0 };
  if (x->short_form)
    ng_buf_printf(&key, "%s/%s", c->doc->name, x->label);
  else
    ng_buf_puts(&key, x->label);
  char *iri = ng_iri_mint(c->en->base, "org", ng_buf_str(&key));
  ng_buf_free(&key);
  return iri;
}

/* 1 when the body of span I is also named on its own in the article: only
   then is it stated as the parent of the body it opens (县政府 of 县政府党组
   is not named by that alone). */
static int
named_alone(const Ctx *c, int i)
{
  for (size_t j = 0; j < c->nsp; j++)
    if ((int)j != i && c->sp[j].kind == SP_ORG && !c->sp[j].inner &&
        !c->sp[j].dead && !strcmp(c->sp[j].label, c->sp[i].label))
      return 1;
  return 0;
}

/* The article's bytes [BS, BE) as an altLabel of IRI, once: a name as
   written with the division before it (某县某镇, 某县某街道商会), in the
   characters of the text and, where they differ, of the original
   (藤縣陶瓷產業園). */
static NgStatus
alt_as_written(Em *m, const char *iri, size_t bs, size_t be)
{
  NgStatus st      = NG_OK;
  char    *both[2] = { ng_strndup(m->c->a->text + bs, be - bs),
                       ng_article_orig(m->c->a, bs, be) };
  for (int k = 0; k < 2 && !st; k++) {
    if (!both[k])
      st = NG_ERR_NOMEM;
    else if (seen_add(&m->seen, iri, both[k], &st)) {
      NgTerm tv = ng_literal(both[k], "zh", NULL);
      st        = fact(m, iri, NG_SKOS_ALTLABEL, &tv);
    }
  }
  ng_free(both[0]);
  ng_free(both[1]);
  return st;
}

static NgStatus
state_span(Em *m, int i, char **iri_out)
{
  Ctx        *c   = m->c;
  const Span *x   = &c->sp[i];
  NgStatus    st  = NG_OK;
  char       *iri = NULL, *orig = NULL, *surface = NULL;
  const char *kind = x->kind == SP_PERSON ? "person"
                     : x->kind == SP_ORG  ? "org"
                                          : "place";
  const char *cls  = x->kind == SP_PERSON ? NG_SCHEMA_PERSON
                     : x->kind == SP_ORG  ? NG_ORG_ORGANIZATION
                                          : NG_SCHEMA_PLACE;
  iri              = x->kind == SP_ORG ? org_iri(c, x)
                                       : ng_iri_mint(c->en->base, kind, x->label);
  surface          = ng_strndup(c->a->text + x->bs, x->be - x->bs);
  orig             = ng_article_orig(c->a, x->bs, x->be);
  if (!iri || !surface || !orig) {
    st = NG_ERR_NOMEM;
    goto done;
  }
  prov(m, x->sent);
  NG_TRY(st,
         state(m,
               iri,
               cls,
               x->label,
               x->alias ? NULL : surface,
               x->alias ? NULL : orig,
               m->was ? m->was[i] : NULL));
  size_t ll = strlen(x->label), sl = strlen(surface);
  if (x->kind == SP_PLACE && strcmp(surface, orig) && ll > sl &&
      !strcmp(x->label + ll - sl, surface) && x->bs >= ll - sl &&
      !memcmp(c->a->text + x->bs - (ll - sl), x->label, ll - sl))
    /* a site named with the division written right before it, in a text
       of the traditional script (橫琴粵澳深度合作區|展示廳): the whole as
       written, in the original's characters too */
    NG_TRY(st, alt_as_written(m, iri, x->bs - (ll - sl), x->be));
  if (x->kind == SP_ORG && x->prefix > 0 && !c->headline) {
    /* a division written right before a body that opens with its own
       (某省|某市某局, 某县|某街道商会) says where the body is: the body
       keeps its name, and the two as written are an altLabel */
    for (size_t j = 0; j < c->nsp; j++) {
      const Span *w = &c->sp[j];
      if (w->kind != SP_PLACE || w->dead || w->sent != x->sent ||
          w->be != x->bs || w->bs >= w->be ||
          (ng_lexicon_get(c->en->lex, w->label, strlen(w->label), NULL) &
           (K_PLACE | K_PLACE_WIDE)) != K_PLACE)
        continue;
      NG_TRY(st, alt_as_written(m, iri, w->bs, x->be));
      break;
    }
  }
  if (x->kind == SP_ORG && x->parent >= 0 && named_alone(c, x->parent)) {
    char *piri = NULL;
    NG_TRY(st, state_span(m, x->parent, &piri));
    NgTerm tp = ng_iri(piri);
    prov(m, x->sent);
    st = fact(m, iri, NG_ORG_SUBORGOF, &tp);
    ng_free(piri);
    NG_TRY(st, st);
  }
  if (x->kind == SP_PLACE && x->within >= 0 && !c->sp[x->within].dead) {
    char *piri = NULL;
    NG_TRY(st, state_span(m, x->within, &piri));
    NgTerm tp = ng_iri(piri);
    prov(m, x->sent);
    st = fact(m, iri, NG_SCHEMA_CONTAINEDIN, &tp);
    ng_free(piri);
    NG_TRY(st, st);
    /* the place as written with the one that holds it (某县某某镇): an
       altLabel */
    const Span *w = &c->sp[x->within];
    if (w->be == x->bs && w->bs < w->be)
      NG_TRY(st, alt_as_written(m, iri, w->bs, x->be));
  }
  for (size_t j = 0; x->kind == SP_PLACE && j < c->nsp; j++) {
    /* a site named with the village that opens it, written after the
       township that holds the village (某镇|某某村|肉牛养殖基地): the three
       as written are an altLabel */
    const Span *v = &c->sp[j];
    if (v->kind != SP_PLACE || v->dead || v->sent != x->sent ||
        v->be != x->bs || v->bs >= v->be || v->within < 0 ||
        c->sp[v->within].dead ||
        strncmp(x->label, v->label, strlen(v->label)) ||
        strlen(x->label) <= strlen(v->label))
      continue;
    const Span *w = &c->sp[v->within];
    if (w->be == v->bs && w->bs < w->be)
      NG_TRY(st, alt_as_written(m, iri, w->bs, x->be));
    break;
  }
  *iri_out = iri;
  iri      = NULL;
done:
  ng_free(iri);
  ng_free(orig);
  ng_free(surface);
  return st;
}

/* The labels of C's bodies with the department's short name that ends
   them written in full (霍山县发改委 -> 霍山县发展和改革委员会, see
   data/org_short.tsv), so that a department is one body whichever name the
   article gives it; the label each had is kept in WAS[i]. A short name
   alone, with nothing before it, or after 和, is left as it is. */
static NgStatus
full_names(Ctx *c, char **was)
{
  const NgEntities *en = c->en;
  for (size_t i = 0; i < c->nsp; i++) {
    Span  *x = &c->sp[i];
    size_t n = x->kind == SP_ORG && !x->dead ? strlen(x->label) : 0;
    for (size_t k = 0; k < en->nshorts && n; k++) {
      const Short *sh = &en->shorts[k];
      if (n <= sh->nbrief || strcmp(x->label + n - sh->nbrief, sh->brief))
        continue;
      /* 农牧和科技局, 工业和信息化局: a department merged from two, its
         second named after 和, is no 科技局 of its own */
      if (n >= sh->nbrief + 3 &&
          !memcmp(x->label + n - sh->nbrief - 3, "和", 3))
        break;
      NgBuf full = { 0 };
      if (ng_buf_printf(
            &full, "%.*s%s", (int)(n - sh->nbrief), x->label, sh->full))
        return NG_ERR_NOMEM;
      was[i]   = x->label;
      x->label = ng_buf_take(&full);
      break;
    }
  }
  return NG_OK;
}

static NgStatus
emit(Ctx *c, const char *article, NgMentions *out, NgFacts *f)
{
  NgStatus st   = NG_OK;
  Em       m    = { c, f, article, { 0 }, -1, -1, -1, NULL };
  char   **iris = ng_calloc(c->nsp + 1, sizeof *iris);
  NgBuf    key  = { 0 };
  char    *post = NULL, *title = NULL, *tsurf = NULL;
  if (!iris || !(m.was = ng_calloc(c->nsp + 1, sizeof *m.was))) {
    ng_free(iris);
    return NG_ERR_NOMEM;
  }
  /* a name read through a page-break space (see splits_word) is named
     without it: 宁夏回族自 治区党委 -> 宁夏回族自治区党委; no other body,
     place or title holds a space between Han characters */
  for (size_t i = 0; i < c->nsp; i++) {
    char *l = c->sp[i].label, *w = l;
    if (c->sp[i].kind == SP_PERSON || !strchr(l, ' '))
      continue;
    for (const char *r = l; *r; r++)
      if (!(*r == ' ' && r > l && ((unsigned char)r[-1] & 0x80) &&
            (unsigned char)r[1] >= 0xE0))
        *w++ = *r;
    *w = '\0';
  }
  NG_TRY(st, full_names(c, m.was));
  for (size_t i = 0; i < c->nsp; i++) {
    const Span *x = &c->sp[i];
    if (x->kind == SP_TITLE || x->dead || (x->inner && !named_alone(c, (int)i)))
      continue;
    NG_TRY(st, state_span(&m, (int)i, &iris[i]));
    if (!x->inner) {
      char *surface = ng_strndup(c->a->text + x->bs, x->be - x->bs);
      if (!surface) {
        st = NG_ERR_NOMEM;
        goto done;
      }
      st = ng_mentions_add(out,
                           x->kind == SP_PERSON ? NG_MENTION_PERSON
                           : x->kind == SP_ORG  ? NG_MENTION_ORG
                                                : NG_MENTION_PLACE,
                           x->bs,
                           x->be,
                           (size_t)x->sent,
                           x->label,
                           surface,
                           iris[i],
                           NULL,
                           NULL);
      ng_free(surface);
      NG_TRY(st, st);
    }
  }
  for (size_t h = 0; h < c->nholds; h++) {
    const Hold *ho = &c->holds[h];
    if (ho->org >= 0 && !iris[ho->org]) /* a parent body a post is in */
      NG_TRY(st, state_span(&m, ho->org, &iris[ho->org]));
    const Span *t = &c->sp[ho->title];
    const Span *o = ho->org >= 0 ? &c->sp[ho->org] : NULL;
    ng_buf_clear(&key);
    title = ng_article_orig(c->a, t->bs, t->be);
    tsurf = ng_strndup(c->a->text + t->bs, t->be - t->bs);
    if (!title || !tsurf) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    if (o && o->short_form)
      NG_TRY(st, ng_buf_printf(&key, "%s/%s%s", c->doc->name, o->label, tsurf));
    else if (o)
      NG_TRY(st, ng_buf_printf(&key, "%s%s", o->label, tsurf));
    else
      NG_TRY(st, ng_buf_printf(&key, "%s/%s", c->sp[ho->person].label, tsurf));
    if (!(post = ng_iri_mint(c->en->base, "post", ng_buf_str(&key)))) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    ng_buf_clear(&key);
    NG_TRY(st, ng_buf_printf(&key, "%s%s", o ? o->label : "", tsurf));
    prov(&m, t->sent);
    if (seen_add(&m.seen, post, NULL, &st)) {
      NgTerm tc = ng_iri(NG_ORG_POST), tl = ng_literal(key.data, "zh", NULL),
             tt = ng_literal(title, "zh", NULL);
      NG_TRY(st, fact(&m, post, NG_RDF_TYPE, &tc));
      NG_TRY(st, fact(&m, post, NG_RDFS_LABEL, &tl));
      NG_TRY(st, fact(&m, post, NG_NG_TITLE, &tt));
      if (o) {
        NgTerm to = ng_iri(iris[ho->org]);
        NG_TRY(st, fact(&m, post, NG_ORG_POSTIN, &to));
      }
    }
    NG_TRY(st, st);
    NgTerm tp = ng_iri(post);
    NG_TRY(st, fact(&m, iris[ho->person], NG_ORG_HOLDS, &tp));
    NG_TRY(st,
           ng_mentions_add(out,
                           NG_MENTION_POST,
                           t->bs,
                           t->be,
                           (size_t)t->sent,
                           title,
                           tsurf,
                           post,
                           o ? iris[ho->org] : NULL,
                           iris[ho->person]));
    ng_free(post);
    ng_free(title);
    ng_free(tsurf);
    post = title = tsurf = NULL;
  }
  /* titles nobody holds are still posts the text names */
  for (size_t i = 0; i < c->nsp; i++) {
    const Span *t    = &c->sp[i];
    int         held = 0;
    if (t->kind != SP_TITLE)
      continue;
    for (size_t h = 0; h < c->nholds; h++)
      if (c->holds[h].title == (int)i)
        held = 1;
    if (held)
      continue;
    title = ng_article_orig(c->a, t->bs, t->be);
    tsurf = ng_strndup(c->a->text + t->bs, t->be - t->bs);
    if (!title || !tsurf) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    NG_TRY(st,
           ng_mentions_add(out,
                           NG_MENTION_POST,
                           t->bs,
                           t->be,
                           (size_t)t->sent,
                           title,
                           tsurf,
                           NULL,
                           NULL,
                           NULL));
    ng_free(title);
    ng_free(tsurf);
    title = tsurf = NULL;
  }
done:
  for (size_t i = 0; i < c->nsp; i++) {
    ng_free(iris[i]);
    ng_free(m.was[i]);
  }
  ng_free(iris);
  ng_free(m.was);
  ng_free(post);
  ng_free(title);
  ng_free(tsurf);
  ng_buf_free(&key);
  seen_free(&m.seen);
  return st;
}

/* Reads the sentences of C->a and states what they name. */
/* 1 when bodies labelled A and B may be one: either label ends the other,
   once 人民 is read out of both (上店镇人民政府 and 镇政府). */
static int
same_body(const char *a, const char *b)
{
  char        x[256], y[256];
  const char *src[2] = { a, b };
  char       *dst[2] = { x, y };
  for (int k = 0; k < 2; k++) {
    size_t n = 0;
    for (const char *p = src[k]; *p && n + 1 < sizeof x;) {
      if (!strncmp(p, "人民", 6)) {
        p += 6;
        continue;
      }
      dst[k][n++] = *p++;
    }
    dst[k][n] = 0;
  }
  return (strlen(x) >= 6 && ends_with(y, x)) ||
         (strlen(y) >= 6 && ends_with(x, y));
}

/* A zone two states build together is named by 中 and the other state's
   one-character short name before its city (中新|某城生态城, 中马|某州产业园区,
   中以|某州创新园): a site written right after them, at a clear edge (the
   start, a mark or a function word), takes them into its name. */
static NgStatus
joint_zones(Ctx *c)
{
  static const char *const states =
    "新德以马韩欧俄白法日意瑞哈巴非阿泰英美澳越柬老缅蒙";
  static const char *const edges = "到了和与及在赴的";
  const char              *text  = c->a->text;
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_PLACE || x->dead || c->headline || x->bs < 6 ||
        x->within >= 0 || strncmp(text + x->bs - 6, "中", 3) ||
        (ng_lexicon_get(c->en->lex, x->label, strlen(x->label), NULL) &
         K_PLACE) ||
        strncmp(text + x->bs, x->label, strlen(x->label)) ||
        strlen(x->label) != x->be - x->bs)
      continue;
    int state = 0;
    for (const char *p = states; *p && !state; p += 3)
      state = !strncmp(text + x->bs - 3, p, 3);
    int edge = x->bs == 6 || ((unsigned char)text[x->bs - 7] & 0x80) == 0;
    if (x->bs >= 9) {
      const char *b = text + x->bs - 9;
      if (((unsigned char)b[0] & 0xF0) == 0xE0) {
        edge = edge || !strncmp(b, "、", 3) || !strncmp(b, "，", 3) ||
               !strncmp(b, "“", 3) || !strncmp(b, "（", 3);
        for (const char *p = edges; *p && !edge; p += 3)
          edge = !strncmp(b, p, 3);
      }
    }
    if (!state || !edge)
      continue;
    char *label = ng_strndup(text + x->bs - 6, x->be - x->bs + 6);
    if (!label)
      return NG_ERR_NOMEM;
    ng_free(x->label);
    x->label = label;
    x->bs -= 6;
  }
  return NG_OK;
}

/* 1 when REST, what a division's full name adds to its short one, is a
   level word alone (市, 县, 自治州, 地区) or an autonomous area's peoples
   and level (哈尼族彝族自治县, 回族自治区). */
static int
level_rest(const NgLexicon *lex, const char *rest)
{
  size_t n = strlen(rest);
  int    v = 0;
  if (!n)
    return 0;
  if ((ng_lexicon_get(lex, rest, n, &v) & K_REGION) || !strcmp(rest, "地区") ||
      !strcmp(rest, "林区"))
    return 1;
  static const char *const autonomous[] = {
    "族自治区", "族自治州", "族自治县", "族自治旗", NULL
  };
  for (int k = 0; autonomous[k]; k++)
    if (ends_with(rest, autonomous[k]))
      return 1;
  return 0;
}

/* The one label that the article's living places which FIT (given ARG)
   give; NULL when none fits or they give more than one. */
static const char *
only_place(const Ctx *c,
           int (*fits)(const Ctx *c, const Span *y, const void *arg),
           const void *arg)
{
  const char *full = NULL;
  for (size_t j = 0; j < c->nsp; j++) {
    const Span *y = &c->sp[j];
    if (y->kind != SP_PLACE || y->dead || !fits(c, y, arg))
      continue;
    if (full && strcmp(full, y->label))
      return NULL;
    full = y->label;
  }
  return full;
}

/* 1 when one of the article's living places FITS (given ARG). */
static int
any_place(const Ctx *c,
          int (*fits)(const Ctx *c, const Span *y, const void *arg),
          const void *arg)
{
  for (size_t j = 0; j < c->nsp; j++)
    if (c->sp[j].kind == SP_PLACE && !c->sp[j].dead && fits(c, &c->sp[j], arg))
      return 1;
  return 0;
}

/* X takes a copy of LABEL; the form written stays its altLabel. */
static NgStatus
relabel(Span *x, const char *label)
{
  char *l = ng_strdup(label);
  if (!l)
    return NG_ERR_NOMEM;
  ng_free(x->label);
  x->label = l;
  return NG_OK;
}

/* Y is the division the short name X (a Span) stands for, in full with
   its level (某某 -> 某某市). */
static int
full_of_short(const Ctx *c, const Span *y, const void *arg)
{
  const NgLexicon *lex = c->en->lex;
  const Span      *x   = arg;
  size_t           n   = strlen(x->label);
  return !y->county && !strncmp(y->label, x->label, n) &&
         level_rest(lex, y->label + n) &&
         (ng_lexicon_get(lex, y->label, strlen(y->label), NULL) &
          (K_PLACE | K_PLACE_SHORT)) == K_PLACE;
}

/* 1 when the full name Y ends in the word of a township or village
   (某某镇, 某某乡, 某某村, 某某街道): a short name stands for a county or
   a city sooner than for the township of its seat (江孜 is 江孜县 where
   江孜镇 is written too). */
static int
township_full(const Span *y)
{
  return ends_with(y->label, "镇") || ends_with(y->label, "乡") ||
         ends_with(y->label, "村") || ends_with(y->label, "街道");
}

/* Y is the division of county level or above the short name X stands
   for, in full (某某县 where 某某镇 is written too). */
static int
upper_full_of_short(const Ctx *c, const Span *y, const void *arg)
{
  return full_of_short(c, y, arg) && !township_full(y);
}

/* The one full name of county level or above (某某市, 某某县, 某某州)
   that the short name LABEL opens in TEXT, the headline or the body the
   article reads apart, as a new string; NULL when TEXT writes none or
   more than one. */
static char *
full_in_text(const NgLexicon *lex,
             const char      *text,
             size_t           len,
             const char      *label)
{
  static const char *const level[] = { "市", "县", "区",   "州", "盟",
                                       "旗", "省", "地区", NULL };
  size_t                   n       = strlen(label);
  const char              *found = NULL, *p = text, *end = text + len;
  size_t                   flen = 0;
  if (!text || !n)
    return NULL;
  while ((p = find_bytes(p, (size_t)(end - p), label, n)) != NULL) {
    for (int k = 0; level[k]; k++) {
      size_t m = strlen(level[k]);
      if ((size_t)(end - p) < n + m || memcmp(p + n, level[k], m) ||
          (ng_lexicon_get(lex, p, n + m, NULL) & (K_PLACE | K_PLACE_SHORT)) !=
            K_PLACE)
        continue;
      if (found && (flen != n + m || strncmp(found, p, flen)))
        return NULL; /* 吉林省 and 吉林市: no one name */
      found = p;
      flen  = n + m;
    }
    p += n;
  }
  return found ? ng_strndup(found, flen) : NULL;
}

/* A division written both in full and by its short name in one article
   (某某市 … 某某) is one place: the short name takes the full one's label
   and stays an altLabel as written. Only where the article's places give
   one full name (吉林省 and 吉林市 together leave 吉林 as it is), one of
   county level or above before the township of its seat (江孜县 before
   江孜镇). The headline and the body are read apart: a short name that
   finds no full one among its own places takes the one the other part
   writes (headline 某某市与某省举行会谈, body 在某某会见). */
static NgStatus
short_places_full(Ctx *c)
{
  const NgLexicon *lex = c->en->lex;
  NgStatus         st  = NG_OK;
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_PLACE || x->dead ||
        !(ng_lexicon_get(lex, x->label, strlen(x->label), NULL) &
          K_PLACE_SHORT))
      continue;
    const char *full = only_place(c, full_of_short, x);
    if (!full)
      full = only_place(c, upper_full_of_short, x);
    if (!full && !any_place(c, full_of_short, x)) {
      const char *other = c->headline ? c->body->text : c->a->headline;
      size_t      olen = c->headline ? c->body->len : other ? strlen(other) : 0;
      char       *f    = full_in_text(lex, other, olen, x->label);
      if (f) {
        st = relabel(x, f);
        ng_free(f);
        if (st != NG_OK)
          goto done;
        x->county = 0;
      }
      continue;
    }
    if (!full)
      continue;
    NG_TRY(st, relabel(x, full));
    x->county = 0;
  }
done:
  return st;
}

/* The one-character short names of countries, provinces and regions and
   the names they stand for (俄 俄罗斯, 闽 福建, 港 香港); 澳 (Australia or
   Macao) stands for no one name and is left out. General knowledge. */
static const char *const ABBR_FULL[][2] = {
  { "中", "中国" },   { "华", "中国" }, { "美", "美国" },
  { "俄", "俄罗斯" }, { "日", "日本" }, { "韩", "韩国" },
  { "英", "英国" },   { "法", "法国" }, { "德", "德国" },
  { "意", "意大利" }, { "印", "印度" }, { "巴", "巴基斯坦" },
  { "朝", "朝鲜" },   { "越", "越南" }, { "泰", "泰国" },
  { "加", "加拿大" }, { "京", "北京" }, { "津", "天津" },
  { "沪", "上海" },   { "渝", "重庆" }, { "冀", "河北" },
  { "晋", "山西" },   { "辽", "辽宁" }, { "吉", "吉林" },
  { "黑", "黑龙江" }, { "苏", "江苏" }, { "浙", "浙江" },
  { "皖", "安徽" },   { "闽", "福建" }, { "赣", "江西" },
  { "鲁", "山东" },   { "豫", "河南" }, { "鄂", "湖北" },
  { "湘", "湖南" },   { "粤", "广东" }, { "桂", "广西" },
  { "琼", "海南" },   { "川", "四川" }, { "黔", "贵州" },
  { "滇", "云南" },   { "藏", "西藏" }, { "陕", "陕西" },
  { "甘", "甘肃" },   { "青", "青海" }, { "宁", "宁夏" },
  { "新", "新疆" },   { "港", "香港" }, { "台", "台湾" },
};

/* 1 when LABEL is the name FULL, alone or with its level (福建省, 上海市,
   广西壮族自治区, 香港特别行政区). */
static int
full_with_level(const char *label, const char *full)
{
  static const char *const level[] = { "",       "省",         "市",
                                       "自治区", "特别行政区", NULL };
  size_t                   n       = strlen(full);
  if (strncmp(label, full, n))
    return 0;
  const char *rest = label + n;
  for (int k = 0; level[k]; k++)
    if (!strcmp(rest, level[k]))
      return 1;
  /* 广西壮族自治区, 宁夏回族自治区, 新疆维吾尔自治区 */
  return ends_with(rest, "自治区") && strlen(rest) <= 5 * 3;
}

/* A one-character short name (访港, 中俄两国, 闽宁协作) in an article that
   names the place it stands for (香港, 俄罗斯, 福建省) is that place: the
   short name takes its label and stays an altLabel as written. */
static int
is_full_of(const Ctx *c, const Span *y, const void *arg)
{
  (void)c;
  return full_with_level(y->label, arg);
}

/* 1 when T starts with a word of pairing (协作, 合作, 对口). */
static int
pairing_at(const char *t)
{
  static const char *const pairing[] = { "协作", "合作", "对口", NULL };
  for (int w = 0; pairing[w]; w++)
    if (!strncmp(t, pairing[w], strlen(pairing[w])))
      return 1;
  return 0;
}

/* 1 when the one-character short name X is one of a pair before a word
   of pairing (闽宁|协作, 沪苏|合作, 粤桂|对口): the pair names the
   programme that pairs two provinces or countries, not the places. */
static int
pair_programme(const Ctx *c, const Span *x)
{
  size_t      nab  = sizeof ABBR_FULL / sizeof ABBR_FULL[0];
  const char *text = c->a->text, *t = text + x->be;
  for (size_t a = 0; a < nab; a++) {
    const char *o = ABBR_FULL[a][0];
    size_t      n = strlen(o);
    if (!strcmp(o, x->label))
      continue;
    if (!strncmp(t, o, n) && pairing_at(t + n))
      return 1; /* the first of the pair */
    if (x->bs >= n && !strncmp(text + x->bs - n, o, n) && pairing_at(t))
      return 1; /* the second */
  }
  return 0;
}

static NgStatus
short_chars_full(Ctx *c)
{
  size_t   nab = sizeof ABBR_FULL / sizeof ABBR_FULL[0];
  NgStatus st  = NG_OK;
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_PLACE || x->dead)
      continue;
    const char *fname = NULL;
    for (size_t a = 0; a < nab && !fname; a++)
      if (!strcmp(x->label, ABBR_FULL[a][0]))
        fname = ABBR_FULL[a][1];
    const char *full = fname ? only_place(c, is_full_of, fname) : NULL;
    if (full)
      NG_TRY(st, relabel(x, full));
    else if (fname && x->be - x->bs == strlen(x->label) && pair_programme(c, x))
      x->dead = 1; /* 考察闽宁协作工作, with no 福建 or 宁夏 written: the
                      programme, no place; 粤黔两省 are places */
  }
done:
  return st;
}

/* A river written with the part of its course after it (黄河上游, 某江下游)
   is the river: the span takes in the part, so that the name as written
   is an altLabel of the river's place. */
static void
river_reaches(Ctx *c)
{
  static const char *const reach[] = { "上游", "中游", "下游", NULL };
  for (size_t i = 0; i < c->nsp; i++) {
    Span  *x = &c->sp[i];
    size_t n = x->kind == SP_PLACE && !x->dead ? strlen(x->label) : 0;
    if (n < 6 || !(ends_with(x->label, "河") || ends_with(x->label, "江") ||
                   ends_with(x->label, "水")))
      continue;
    unsigned f = ng_lexicon_get(c->en->lex, x->label, n, NULL);
    if ((f & K_PLACE) && !(f & K_PLACE_WIDE))
      continue; /* a division named by a river (丽江, 九江): no river */
    const char *after = c->a->text + x->be;
    for (int w = 0; reach[w]; w++) {
      size_t m = strlen(reach[w]);
      if (x->be + m <= c->a->len && !strncmp(after, reach[w], m)) {
        x->be += m;
        break;
      }
    }
  }
}

/* The works going on at a park or base (某县冷链物流园|项目建设现场, 某镇
   某某产业园|二期项目现场): the site visited is the park; the project and
   its 现场 are no part of its name. A park is a name ending in 园, 园区 or
   基地; anything else before 项目现场 (某某公司|项目现场, 某某景区提升|
   项目现场) is left whole. */
static void
works_sites(Ctx *c)
{
  static const char *const works[] = { "项目建设现场", "项目施工现场",
                                       "项目现场",     "建设现场",
                                       "施工现场",     NULL };
  static const char *const parks[] = { "园", "园区", "基地", NULL };
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_PLACE || x->dead)
      continue;
    size_t n = strlen(x->label), cut = 0;
    for (int w = 0; works[w] && !cut; w++)
      if (ends_with(x->label, works[w]))
        cut = strlen(works[w]);
    if (!cut)
      continue;
    /* a phase before the project: 二期, 三期, 2期 */
    size_t m = n - cut;
    if (m >= 3 && !strncmp(x->label + m - 3, "期", 3)) {
      size_t q = m - 3, d = 0;
      while (q > 0 && d < 2) {
        size_t   b = q - tail_bytes(x->label, q, 1);
        size_t   e = b;
        uint32_t u = decode(x->label, q, &e);
        if (!is_numeral(u) || u == 0x7B2C || u == 0x5C4A || u == 0x6B21)
          break;
        q = b;
        d++;
      }
      if (d)
        m = q;
    }
    int park = 0;
    for (int p = 0; parks[p] && !park; p++) {
      size_t pl = strlen(parks[p]);
      park      = m >= pl && !memcmp(x->label + m - pl, parks[p], pl);
    }
    if (!park || utf8_chars(x->label, m) < 4)
      continue;
    /* the span's text may hold a line break (…产业园二\n期项目现场): step
       back over as many characters of text as the label drops */
    size_t drop = utf8_chars(x->label + m, n - m), be = x->be;
    while (drop && be > x->bs) {
      size_t   b = be - tail_bytes(c->a->text, be, 1);
      size_t   e = b;
      uint32_t u = decode(c->a->text, be, &e);
      be         = b;
      if (is_han(u) || (u >= '0' && u <= '9'))
        drop--;
    }
    if (drop)
      continue;
    x->label[m] = '\0';
    x->be       = be;
  }
}

/* The kinds of site that a plan sets out to build as often as news visits
   one: a base, a demonstration zone, an economic belt, a corridor. */
static const char *const GOAL_KINDS[] = { "基地",   "示范区", "试验区",
                                          "先行区", "经济带", "文化带",
                                          "长廊",   "城市群", "产业园",
                                          NULL };

/* 1 when the label of place X names a place or a division anywhere in it
   (某某县茶叶基地, 长三角某某示范区, 某江生态经济带): a name of its own. */
static int
names_a_place(const NgLexicon *lex, const char *label)
{
  size_t n = strlen(label);
  for (size_t i = 0; i < n; i++) {
    if (((unsigned char)label[i] & 0xC0) == 0x80)
      continue;
    for (size_t j = n; j > i + 3; j--) {
      if (j < n && ((unsigned char)label[j] & 0xC0) == 0x80)
        continue;
      unsigned f = ng_lexicon_get(lex, label + i, j - i, NULL);
      if ((f & K_PLACE) && !(f & K_NOTPLACE))
        return 1;
    }
  }
  return 0;
}

/* 1 when the clause before byte BS of TEXT (back to a clause mark, at most
   twenty characters) sets out to build what stands at BS, and BE is where
   it ends: 建设, 打造, 争创, 作为 … before it with no visit after the verb
   (加快建设|世界级某产业基地, 作为国家重要能源和|某产业基地), 是 right
   before it (是“某某基地”), or 推动, 推进, 围绕 … before it and 建设 right
   after it (推动|某某经济带|建设). */
static int
set_out_to_build(const char *text, size_t bs, size_t be)
{
  static const char *const goal[] = { "建设", "打造", "建成", "争创",
                                      "创建", "共建", "作为", "成为",
                                      "争当", "培育", NULL };
  static const char *const push[] = { "推动", "推进", "加快", "聚焦", "助推",
                                      "围绕", "服务", "融入", "参与", NULL };
  static const char *const visit[] = { "察看", "来到", "走进", "深入", "前往",
                                       "参观", "考察", "调研", "视察", "到",
                                       "在",   "赴",   NULL };
  static const char *const marks[] = { "，", "。", "；", "：", "！", "？",
                                       ",",  ";",  ":",  "\n", NULL };
  size_t                   from    = bs - tail_bytes(text, bs, 20);
  for (size_t p = from; p < bs; p++)
    for (int m = 0; marks[m]; m++)
      if (!strncmp(text + p, marks[m], strlen(marks[m])) &&
          p + strlen(marks[m]) <= bs)
        from = p + strlen(marks[m]);
  int verb = -1, pushed = 0;
  for (size_t p = from; p < bs; p++) {
    for (int g = 0; goal[g]; g++) {
      size_t gl = strlen(goal[g]);
      if (p + gl <= bs && !strncmp(text + p, goal[g], gl) &&
          strncmp(text + p + gl, "局", 3) && strncmp(text + p + gl, "厅", 3) &&
          strncmp(text + p + gl, "委", 3))
        verb = (int)(p + gl);
    }
    for (int g = 0; push[g]; g++)
      if (!strncmp(text + p, push[g], strlen(push[g])) &&
          p + strlen(push[g]) <= bs)
        pushed = 1;
  }
  if (verb >= 0)
    for (size_t p = (size_t)verb; p < bs; p++)
      for (int v = 0; visit[v]; v++)
        if (!strncmp(text + p, visit[v], strlen(visit[v])) &&
            p + strlen(visit[v]) <= bs)
          verb = -1;
  if (verb >= 0)
    return 1;
  if (bs >= 3 && !strncmp(text + bs - 3, "是", 3))
    return 1;
  if (bs >= 6 && !strncmp(text + bs - 6, "是“", 6))
    return 1;
  return pushed && !strncmp(text + be, "建设", 6);
}

/* A base, zone or belt that the article sets out to build (加快建设某某级
   某产业基地, 推动沿海经济带建设) and that holds no name of a place is a
   goal of policy, no place: no site is visited there. */
static void
goal_sites(Ctx *c)
{
  const NgLexicon *lex = c->en->lex;
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x    = &c->sp[i];
    int   kind = 0;
    if (x->kind != SP_PLACE || x->dead)
      continue;
    for (int k = 0; GOAL_KINDS[k] && !kind; k++)
      kind = ends_with(x->label, GOAL_KINDS[k]);
    for (size_t j = 0; j < c->nsp && kind; j++)
      if (c->sp[j].kind == SP_PLACE && !c->sp[j].dead &&
          c->sp[j].sent == x->sent && c->sp[j].be == x->bs)
        kind = 0; /* 某县|某某基地: the place before it names it */
    if (kind && !names_a_place(lex, x->label) &&
        set_out_to_build(c->a->text, x->bs, x->be))
      x->dead = 1;
  }
}

/* Kinds of site that government news visits by their kind alone
   (察看旅游景区, 农村客运站和污水处理厂): no name without a place written
   before them. General knowledge of the genre's usage; kept out of the
   lexicon, where they would cut the names that hold them (某县城镇污水处理厂).
 */
static const char *const SITE_KINDS[] = { "旅游景区",
                                          "农村客运站",
                                          "乡村客运站",
                                          "新时代文明实践站",
                                          "游客服务中心",
                                          "污水处理厂",
                                          "城镇污水处理厂",
                                          "排涝泵站",
                                          "沙漠公园",
                                          "城镇老旧小区",
                                          NULL };

/* 1 when LABEL is only a kind of site that is no name alone (a generic
   word of data/name_context.tsv: 小城镇, 老旧小区; or one of SITE_KINDS),
   maybe after the part of a town or county it stands in (镇区|排涝泵站,
   景区|游客服务中心) and before the site of its works (乡村客运站|建设现场). */
static int
kind_of_site(const NgLexicon *lex, const char *label)
{
  static const char *const part[] = { "镇区", "城区", "县城", "市区",
                                      "景区", "",     NULL };
  static const char *const works[] = { "建设现场", "施工现场", "项目现场",
                                       "现场",     "",         NULL };
  size_t                   n       = strlen(label);
  for (int p = 0; part[p]; p++) {
    size_t a = strlen(part[p]);
    if (strncmp(label, part[p], a))
      continue;
    for (int w = 0; works[w]; w++) {
      size_t b = strlen(works[w]);
      if (a + b >= n || strcmp(label + n - b, works[w]))
        continue;
      if (ng_lexicon_get(lex, label + a, n - a - b, NULL) & K_GENERIC)
        return 1;
      for (int k = 0; SITE_KINDS[k]; k++)
        if (strlen(SITE_KINDS[k]) == n - a - b &&
            !memcmp(SITE_KINDS[k], label + a, n - a - b))
          return 1;
    }
  }
  return 0;
}

/* A site named only by its kind (助推小城镇建设, 察看旅游景区, 农村客运站),
   with no division written before it, is no named place. */
static void
kinds_of_site(Ctx *c)
{
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind == SP_PLACE && !x->dead && x->within < 0 &&
        x->be - x->bs == strlen(x->label) && kind_of_site(c->en->lex, x->label))
      x->dead = 1;
  }
}

/* 徐县长指示, 林局长表示: news names a person again by the surname and a
   title. The surname before a title, at the start of a clause or after a
   function word, stands for the one person of the article with that
   surname who holds that title, or else for the one person with that
   surname; it gets that person's name. */
static NgStatus
surname_titles(Ctx *c)
{
  static const char *const before[] = { "由", "请", "向", "对", "和", "与",
                                        "及", "、", "在", "将", "据", NULL };
  const char              *text     = c->a->text;
  size_t                   n0       = c->nsp;
  for (size_t t = 0; t < n0; t++) {
    const Span *ti = &c->sp[t];
    if (ti->kind != SP_TITLE || ti->dead || ti->bs < 3)
      continue;
    size_t sb = ti->bs - 3;
    if (((unsigned char)text[sb] & 0xF0) != 0xE0)
      continue;
    const NgRange *r = &c->a->sentences[ti->sent];
    if (sb < r->start)
      continue;
    int v = 0;
    if (!(ng_lexicon_get(c->en->lex, text + sb, 3, &v) & K_SURNAME))
      continue;
    int edge = sb == r->start;
    if (!edge) {
      size_t k = sb - 1;
      while (k > r->start && ((unsigned char)text[k] & 0xC0) == 0x80)
        k--;
      size_t   q    = k;
      uint32_t prev = decode(text, sb, &q);
      edge          = !is_han(prev);
      for (const char *const *w = before; *w && !edge; w++)
        edge = sb - k == strlen(*w) && !memcmp(text + k, *w, sb - k);
    }
    if (!edge)
      continue;
    int covered = 0;
    for (size_t i = 0; i < c->nsp && !covered; i++)
      covered = c->sp[i].sent == ti->sent && !c->sp[i].dead &&
                c->sp[i].bs <= sb && sb < c->sp[i].be;
    if (covered)
      continue;
    /* the persons of the article with that surname, and those of them
       who hold the title */
    const char *one = NULL, *held = NULL;
    int         n_one = 0, n_held = 0;
    for (size_t i = 0; i < n0; i++) {
      const Span *x = &c->sp[i];
      if (x->kind != SP_PERSON || x->dead || strlen(x->label) < 6 ||
          memcmp(x->label, text + sb, 3))
        continue;
      if (!one || strcmp(one, x->label)) {
        n_one++;
        one = x->label;
      }
      for (size_t h = 0; h < c->nholds; h++)
        if (c->holds[h].person == (int)i &&
            ends_with(c->sp[c->holds[h].title].label, ti->label) &&
            (!held || strcmp(held, x->label))) {
          n_held++;
          held = x->label;
        }
    }
    const char *who = n_held == 1                 ? held
                      : n_held == 0 && n_one == 1 ? one
                                                  : NULL;
    if (!who)
      continue;
    char *name = ng_strdup(who);
    if (!name)
      return NG_ERR_NOMEM;
    int      idx = -1;
    NgStatus st  = span_add(c, SP_PERSON, ti->sent, sb, sb + 3, &idx);
    if (st) {
      ng_free(name);
      return st;
    }
    ng_free(c->sp[idx].label);
    c->sp[idx].label = name;
    c->sp[idx].alias = 1;
  }
  return NG_OK;
}

/* The bytes of REST, what follows a county's short name, that are the
   level word of its full name (德江|县, 某某|市) or the peoples and level
   of an autonomous county (宁某|哈尼族彝族自治县…); 0 for none. */
static size_t
county_level_after(const NgLexicon *lex, const char *rest)
{
  int v = 0;
  if (!*rest)
    return 0;
  if (ng_lexicon_get(lex, rest, 3, &v) & K_REGION)
    return 3;
  const char *au = strstr(rest, "自治");
  if (!au || au - rest > 30 || au - rest < 6 || strncmp(au - 3, "族", 3))
    return 0;
  for (const char *p = rest; p < au; p += 3)
    if (((unsigned char)*p & 0xF0) != 0xE0)
      return 0; /* Han characters only between */
  if (strncmp(au + 6, "县", 3) && strncmp(au + 6, "旗", 3))
    return 0;
  return (size_t)(au + 9 - rest);
}

/* 1 when the county's short name X stands right after a word of being
   or going somewhere (在, 到, 赴, 来) and right before a verb of the work
   done there, a stopword of two or three characters (在某某签署, 来某某
   督导, 到某某检查): the place of the work, no person's name (书记某某,
   主任某某) nor a part of a word. */
static int
county_where(const Ctx *c, const Span *x)
{
  static const char *const at[] = { "在", "到", "赴", "来", NULL };
  const char              *text = c->a->text;
  int                      v = 0, before = 0;
  if (x->bs < 3 || x->be + 6 > c->a->len)
    return 0;
  for (int w = 0; at[w] && !before; w++)
    before = !strncmp(text + x->bs - 3, at[w], 3);
  if (!before || (x->bs >= 6 && (!strncmp(text + x->bs - 6, "以来", 6) ||
                                 !strncmp(text + x->bs - 6, "未来", 6) ||
                                 !strncmp(text + x->bs - 6, "原来", 6))))
    return 0;
  for (size_t n = 9; n >= 6; n -= 3)
    if (x->be + n <= c->a->len &&
        (ng_lexicon_get(c->en->lex, text + x->be, n, &v) & K_STOP))
      return 1;
  return 0;
}

/* A county's short name opening the headline before what it does
   (某某召开…, 某某表彰…) whose full name the body writes, alone or opening a
   body's name (某某县妇联, 某某哈尼族自治县某局), is that county: it takes
   the full name as its label, the short one as written an altLabel. Only
   there: before other words it may name the county's bulletin or outlet
   (某某政务简讯, 某某发布), which is no place. */
static NgStatus
headline_county(Ctx *c, Span *x)
{
  static const char *const acts[] = { "召开", "举行", "举办", "表彰",
                                      "部署", "开展", "启动", "推进",
                                      "签约", "出台", NULL };
  const char              *text = c->body->text, *end = text + c->body->len;
  const char              *after = c->a->text + x->be;
  size_t                   n     = strlen(x->label);
  int                      act   = 0;
  for (int w = 0; acts[w] && !act; w++)
    act = !strncmp(after, acts[w], strlen(acts[w]));
  if (x->bs != 0 || !act)
    return NG_OK;
  for (const char *p = text; p + n < end; p++) {
    p = find_bytes(p, (size_t)(end - p), x->label, n);
    if (!p)
      break;
    size_t lv = county_level_after(c->en->lex, p + n);
    if (!lv || p + n + lv > end)
      continue;
    char *full = ng_strndup(p, n + lv);
    if (!full)
      return NG_ERR_NOMEM;
    ng_free(x->label);
    x->label  = full;
    x->dead   = 0;
    x->county = 0;
    break;
  }
  return NG_OK;
}

/* The mark of a path or a menu (> » | ｜) next to byte AT of TEXT, past
   spaces, looking left (DIR -1, not before LIM) or right (DIR 1, not from
   LIM on): '>' for > and », '|' for | and ｜, or 0. */
static int
path_mark(const char *t, size_t lim, size_t at, int dir)
{
  static const char *const sp[] = { " ", "\u3000" };
  static const char *const gt[] = { ">", "\u00bb", "\uff1e" };
  static const char *const vb[] = { "|", "\uff5c" };
  for (int moved = 1; moved;) {
    moved = 0;
    for (size_t k = 0; k < 2 && !moved; k++) {
      size_t l = strlen(sp[k]);
      if (dir < 0 ? at >= lim + l && !memcmp(t + at - l, sp[k], l)
                  : at + l <= lim && !memcmp(t + at, sp[k], l)) {
        at    = dir < 0 ? at - l : at + l;
        moved = 1;
      }
    }
  }
  for (int m = 0; m < 2; m++) {
    const char *const *w  = m ? vb : gt;
    size_t             nw = m ? 2 : 3;
    for (size_t k = 0; k < nw; k++) {
      size_t l = strlen(w[k]);
      if (dir < 0 ? at >= lim + l && !memcmp(t + at - l, w[k], l)
                  : at + l <= lim && !memcmp(t + at, w[k], l))
        return m ? '|' : '>';
    }
  }
  return 0;
}

static NgStatus
read_article(Ctx *c, const char *article_iri, NgMentions *out, NgFacts *facts)
{
  NgStatus         st = NG_OK;
  NgEntities      *en = c->en;
  const NgArticle *a  = c->a;
  for (size_t i = 0; i < a->n_sentences; i++)
    NG_TRY(st, do_sentence(c, (int)i, &a->sentences[i]));
  NG_TRY(st, known_names(c));
  NG_TRY(st, surname_titles(c));
  NG_TRY(st, known_bodies(c));
  NG_TRY(st, known_places(c));
  for (size_t i = 0; i < c->nsp; i++) {
    if (!c->sp[i].county)
      continue;
    c->sp[i].dead = 1;
    for (size_t j = 0; j < c->nsp; j++) {
      const char *hit = NULL;
      if ((c->sp[j].kind == SP_PLACE || c->sp[j].kind == SP_ORG) &&
          !c->sp[j].county)
        hit = strstr(c->sp[j].label, c->sp[i].label);
      if (!hit)
        continue;
      /* the full name: the short one and its level word (德江 + 县) */
      if (county_level_after(en->lex, hit + strlen(c->sp[i].label)))
        c->sp[i].dead = 0;
    }
    /* a county's short name before the words that speak of a place as a
       whole (加快某某经济发展, 符合某某实际, 某某人民, 某某大地) is the
       county, written in full or not */
    static const char *const whole[] = { "经济发展", "经济社会", "实际", "人民",
                                         "大地",     "高质量",   NULL };
    const char              *after = c->a->text + c->sp[i].be;
    /* 全州 there is the whole prefecture (通报全州经济社会发展情况), as 全县
       and 全市 are the whole county and city, no county 全州 */
    int all = !strcmp(c->sp[i].label, "全州");
    for (int w = 0; whole[w] && c->sp[i].dead && !all; w++)
      if (!strncmp(after, whole[w], strlen(whole[w])))
        c->sp[i].dead = 0;
    /* a county's short name between a word of going or being somewhere
       and a verb of the work done there (在某某签署, 来某某督导, 到某某检查)
       is the county the work is done in, written in full or not */
    if (c->sp[i].dead && !all && county_where(c, &c->sp[i]))
      c->sp[i].dead = 0;
    if (c->sp[i].dead && c->body)
      NG_TRY(st, headline_county(c, &c->sp[i]));
  }
  bulletin_names(c);
  trim_guesses(c);
  NG_TRY(st, joint_zones(c));
  NG_TRY(st, short_places_full(c));
  NG_TRY(st, short_chars_full(c));
  river_reaches(c);
  works_sites(c);
  goal_sites(c);
  /* 洛龙区安乐镇东山村: each place in the one written right before it */
  for (size_t i = 0; i < c->nsp; i++)
    for (size_t j = 0; j < c->nsp; j++)
      if (c->sp[i].kind == SP_PLACE && c->sp[j].kind == SP_PLACE && i != j &&
          c->sp[j].sent == c->sp[i].sent && c->sp[j].be == c->sp[i].bs &&
          !c->sp[j].dead && !c->sp[j].county &&
          c->sp[j].be - c->sp[j].bs > 3 && /* 闽|宁: a short name of one
                                              character holds no place */
          (ng_lexicon_get(
             en->lex, c->sp[j].label, strlen(c->sp[j].label), NULL) &
           (K_PLACE | K_PLACE_WIDE)) == K_PLACE &&
          !(ng_lexicon_get(
              en->lex, c->sp[i].label, strlen(c->sp[i].label), NULL) &
            (K_PLACE_WIDE | K_PLACE_PROV)))
        c->sp[i].within = (int)j;
  kinds_of_site(c);
  NG_TRY(st, resolve_short(c));
  /* a Party committee named by its kind alone (设立党组、党工委, 各单位党组
     (党委)), which the article names in full nowhere and nobody holds a
     post in, is no body of its own */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x    = &c->sp[i];
    int   held = 0;
    if (x->kind != SP_ORG || x->dead ||
        (strcmp(x->label, "党委") && strcmp(x->label, "党工委")))
      continue;
    for (size_t h = 0; h < c->nholds && !held; h++)
      held = c->holds[h].org == (int)i;
    x->dead = !held;
  }
  /* a working group named only by its kind (率执法检查组赴…, 检查组深入…),
     which the article names in full nowhere, nobody holds a post in, and
     which convenes nothing where it stands (检查组在某市召开座谈会), is no
     body of its own */
  static const char *const groups[] = { "执法检查组", "检查组", "调研组",
                                        "督导组",     "督查组", "考察组",
                                        "视察组",     NULL };
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x    = &c->sp[i];
    int   bare = 0, held = 0;
    for (int g = 0; groups[g] && !bare; g++)
      bare = !strcmp(x->label, groups[g]);
    if (x->kind != SP_ORG || x->dead || !bare)
      continue;
    for (size_t h = 0; h < c->nholds && !held; h++)
      held = c->holds[h].org == (int)i;
    /* where the article writes the group's kind, its last three
       characters (检查组), does it convene? */
    const char *kind = x->label + strlen(x->label) - strlen("检查组");
    for (const char *at = strstr(c->a->text, kind); at && !held;
         at             = strstr(at + 1, kind)) {
      for (const char *q = at + strlen(kind);
           !held && *q && q < at + strlen(kind) + 60;) {
        if (!strncmp(q, "召开", 6) || !strncmp(q, "举行", 6))
          held = 1; /* it convenes: a body */
        else if (!strncmp(q, "，", 3) || !strncmp(q, "。", 3) ||
                 !strncmp(q, "；", 3) || *q == ',' || *q == ';' || *q == '\n')
          break;
        q += (*q & 0x80) ? ((*q & 0xE0) == 0xC0   ? 2
                            : (*q & 0xF0) == 0xE0 ? 3
                                                  : 4)
                         : 1;
      }
    }
    x->dead = !held;
  }
  /* a people's congress named bare by its level only as the congress whose
     deputies are spoken of (部分市人大代表, 县人大代表深入…), where no one
     named is one of them, is no body the article speaks of */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x    = &c->sp[i];
    int   held = 0;
    if (x->kind != SP_ORG || x->dead || !x->short_form ||
        !ends_with(x->label, "人大") || strlen(x->label) != 9 ||
        strncmp(c->a->text + x->be, "代表", strlen("代表")) ||
        !strncmp(c->a->text + x->be, "代表大会", strlen("代表大会")))
      continue;
    for (size_t h = 0; h < c->nholds && !held; h++)
      held = c->holds[h].org == (int)i;
    x->dead = !held;
  }
  /* a body named only in the name of its room (会议在县政府三楼会议室召开),
     which the article names nowhere else, in no form, and nobody holds a
     post in, is no body the article speaks of: the room holds its name */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_ORG || x->dead || !x->in_room)
      continue;
    int named = 0;
    for (size_t h = 0; h < c->nholds && !named; h++)
      named = c->holds[h].org == (int)i;
    for (size_t j = 0; j < c->nsp && !named; j++) {
      const Span *y = &c->sp[j];
      if (j == i || y->kind != SP_ORG || y->dead || y->in_room)
        continue;
      named = y->parent == (int)i || same_body(y->label, x->label);
    }
    x->dead = !named;
  }
  /* a section of a website, a step after the first of the path to the
     page or an item of its menu between two others (某县人民政府 > 新闻中心
     > 某某要闻, 集团概况 | 新闻中心 | 党建工作), is no body the article
     speaks of */
  for (size_t i = 0; i < c->nsp; i++) {
    Span *x = &c->sp[i];
    if (x->kind != SP_ORG || x->dead || x->sent < 0 ||
        (size_t)x->sent >= c->a->n_sentences)
      continue;
    const NgRange *r     = &c->a->sentences[x->sent];
    int            left  = path_mark(c->a->text, r->start, x->bs, -1);
    int            right = path_mark(c->a->text, r->end, x->be, 1);
    if (left == '>' || (left == '|' && right == '|') ||
        (right == '>' && !x->prefix && !x->region && x->short_form))
      x->dead = 1; /* (and 新闻中心 > 集团要闻: a bare section that opens
                      the path, no site named by a place) */
  }
  /* 校长X, 副院长Y, 检察长X, 董事长X (安全总监X), 会长X with no body in their
     sentence, in an article that names a school, a college, hospital or
     court, a procuratorate, a company or an association: the post is held
     in the institution of that kind the article speaks of (a school's, a
     court's or a firm's own news names itself and then its officials by
     their titles alone; an association's congress elects its 会长) */
  for (size_t h = 0; h < c->nholds; h++) {
    const char *tl = c->sp[c->holds[h].title].label;
    if (c->holds[h].org >= 0)
      continue;
    for (int moved = 1; moved;) {
      moved = 0;
      if (!strncmp(tl, "常务", 6) || !strncmp(tl, "执行", 6)) {
        tl += 6;
        moved = 1;
      } else if (!strncmp(tl, "副", 3)) {
        tl += 3;
        moved = 1;
      }
    }
    const char *const *kinds =
      !strcmp(tl, "校长")                                          ? INST_SCHOOL
      : !strcmp(tl, "院长")                                        ? INST_COURT
      : !strcmp(tl, "检察长")                                      ? INST_PROC
      : !strcmp(tl, "厅长")                                        ? INST_DEPT
      : !strcmp(tl, "局长") && bodies_of_kind(c, INST_BUREAU) == 1 ? INST_BUREAU
      : !strcmp(tl, "董事长") || !strcmp(tl, "总经理") || !strcmp(tl, "总裁") ||
          !strcmp(tl, "安全总监")
        ? INST_FIRM
      : !strcmp(tl, "会长") ? INST_ASSOC
                            : NULL;
    int first = -1;
    if (kinds)
      NG_TRY(st, institution(c, kinds, 1, &first));
    if (first < 0 && kinds == INST_SCHOOL)
      /* a college that calls its head 校长 (嘉南学院校长), where the
         article names no university or school */
      NG_TRY(st, institution(c, INST_COLLEGE, 2, &first));
    if (first >= 0)
      c->holds[h].org = first;
  }
  /* 以X为团长的某某考察团: the head a delegation or a team is led by,
     named before it with 的, heads that delegation (团长 of a 团, 组长 of
     a 组, 队长 of a 队) */
  for (size_t h = 0; h < c->nholds; h++) {
    const Span *t = &c->sp[c->holds[h].title];
    if (c->holds[h].org >= 0)
      continue;
    size_t      tn   = strlen(t->label);
    const char *end  = tn >= 6 ? t->label + tn - 6 : "";
    const char *kind = !strcmp(end, "团长")   ? "团"
                       : !strcmp(end, "组长") ? "组"
                       : !strcmp(end, "队长") ? "队"
                                              : NULL;
    if (!kind || strncmp(c->a->text + t->be, "的", 3))
      continue;
    for (size_t j = 0; j < c->nsp; j++) {
      const Span *y = &c->sp[j];
      if (y->kind == SP_ORG && !y->dead && y->sent == t->sent &&
          y->bs == t->be + 3 && ends_with(y->label, kind)) {
        c->holds[h].org = (int)j;
        break;
      }
    }
  }
  /* 审判委员会委员, 检察委员会委员 written bare: the committee of the
     court (procuratorate) the same name's post before it in the sentence
     is in (任命X为区人民法院副院长、审判委员会委员、审判员), or else of the
     one the article speaks of; a judge's post after it (审判员, 检察员) is
     in the court itself */
  for (size_t h = 0; h < c->nholds; h++) {
    int o = c->holds[h].org;
    if (o < 0 || (strcmp(c->sp[o].label, "审判委员会") &&
                  strcmp(c->sp[o].label, "检察委员会")))
      continue;
    int         court = !strcmp(c->sp[o].label, "审判委员会");
    const char *kind  = court ? "法院" : "检察院";
    const Span *t     = &c->sp[c->holds[h].title];
    int         inst  = -1;
    for (size_t g = 0; g < c->nholds; g++) {
      int         go = c->holds[g].org;
      const Span *u  = &c->sp[c->holds[g].title];
      if (go >= 0 && c->holds[g].person == c->holds[h].person &&
          u->sent == t->sent && u->be <= t->bs &&
          ends_with(c->sp[go].label, kind) &&
          (inst < 0 || u->bs > c->sp[inst].bs))
        inst = go;
    }
    if (inst < 0) {
      static const char *const courts[] = { "法院", NULL };
      static const char *const procs[]  = { "检察院", NULL };
      NG_TRY(st, institution(c, court ? courts : procs, 0, &inst));
    }
    if (inst < 0)
      continue;
    NgBuf b = { 0 };
    NG_TRY(st, ng_buf_printf(&b, "%s%s", c->sp[inst].label, c->sp[o].label));
    ng_free(c->sp[o].label);
    c->sp[o].label      = ng_buf_take(&b);
    c->sp[o].short_form = 0;
    c->sp[o].parent     = inst;
  }
  for (size_t h = 0; h < c->nholds; h++) {
    int         o  = c->holds[h].org;
    const char *tl = c->sp[c->holds[h].title].label;
    if (o >= 0 && c->sp[o].parent >= 0 && !strstr(tl, "委员") &&
        (ends_with(c->sp[o].label, "审判委员会") ||
         ends_with(c->sp[o].label, "检察委员会")))
      c->holds[h].org = c->sp[o].parent;
  }
  /* 党委委员、副局长X after 市公安局党委书记、局长Y: a post of the
     administration with no body, right after the same name's post in a
     body's Party committee, is in that body (市公安局), once the bare
     committee has taken its full name */
  for (size_t h = 0; h < c->nholds; h++) {
    const Span *t = &c->sp[c->holds[h].title];
    if (c->holds[h].org >= 0 || region_head(c, t))
      continue;
    int party_title = 0;
    for (const char *q = t->label; *q && !party_title; q++)
      party_title = !strncmp(q, "书记", 6) || !strncmp(q, "委员", 6) ||
                    !strncmp(q, "常委", 6) || !strncmp(q, "成员", 6);
    if (party_title)
      continue;
    for (size_t g = 0; g < c->nholds; g++) {
      const Span *u = &c->sp[c->holds[g].title];
      if (g == h || c->holds[g].person != c->holds[h].person ||
          c->holds[g].org < 0 || u->sent != t->sent || u->be > t->bs ||
          t->bs - u->be > 3 || strncmp(c->a->text + u->be, "、", 3))
        continue;
      const char *pl = c->sp[c->holds[g].org].label;
      size_t      pn = strlen(pl);
      if (!ends_with(pl, "党委") || pn < 15)
        break;
      for (size_t j = 0; j < c->nsp; j++) {
        const Span *y = &c->sp[j];
        if (y->kind == SP_ORG && !y->dead &&
            ((strlen(y->label) == pn - 6 && !strncmp(y->label, pl, pn - 6)) ||
             (y->be - y->bs == pn - 6 &&
              !strncmp(c->a->text + y->bs, pl, pn - 6)))) {
          c->holds[h].org = (int)j;
          break;
        }
      }
      break;
    }
  }
  /* 党组书记、院长X, 党组成员、副检察长Y: a post in the Party group with no
     body, right before a post of the same name that has one, is in that
     body's group (党组书记 / the court) */
  for (size_t h = 0; h < c->nholds; h++) {
    const Span *t = &c->sp[c->holds[h].title];
    if (c->holds[h].org >= 0 || strncmp(t->label, "党组", 6))
      continue;
    for (size_t g = 0; g < c->nholds; g++) {
      const Span *u = &c->sp[c->holds[g].title];
      if (g == h || c->holds[g].person != c->holds[h].person ||
          c->holds[g].org < 0 || u->sent != t->sent || u->bs < t->be ||
          u->bs - t->be > 3 || strncmp(c->a->text + t->be, "、", 3))
        continue;
      c->holds[h].org = c->holds[g].org;
      break;
    }
  }
  /* 张春明书记 after 自治区党委书记张春明: the post written bare after the
     name is the one the article gives in full, no post of its own */
  {
    size_t kept = 0;
    for (size_t h = 0; h < c->nholds; h++) {
      const Hold *x    = &c->holds[h];
      const Span *xt   = &c->sp[x->title];
      int         same = 0;
      for (size_t g = 0; g < c->nholds && x->org < 0 && !same; g++) {
        const Hold *y  = &c->holds[g];
        const Span *yt = &c->sp[y->title];
        same =
          g != h && y->org >= 0 &&
          !strcmp(c->sp[y->person].label, c->sp[x->person].label) &&
          xt->be - xt->bs == yt->be - yt->bs &&
          !memcmp(c->a->text + xt->bs, c->a->text + yt->bs, xt->be - xt->bs);
      }
      if (!same)
        c->holds[kept++] = *x;
    }
    c->nholds = kept;
  }
  NG_TRY(st, emit(c, article_iri, out, facts));
  ng_mentions_sort(out);
done:
  for (size_t i = 0; i < c->nsp; i++)
    ng_free(c->sp[i].label);
  ng_free(c->sp);
  ng_free(c->holds);
  c->sp    = NULL;
  c->holds = NULL;
  c->nsp = c->nholds = 0;
  c->capsp = c->capholds = 0;
  return st;
}

NgStatus
ng_entities_extract(NgEntities       *en,
                    const NgDocument *doc,
                    const NgArticle  *a,
                    const char       *article_iri,
                    NgMentions       *out,
                    NgFacts          *facts)
{
  NgStatus st  = NG_OK;
  Scratch  scr = { 0 };
  Ctx      c   = { en, doc, a, NULL, 0, 0, NULL, 0, 0, 0, &scr, NULL };
  NG_TRY(st, read_article(&c, article_iri, out, facts));
  if (a->headline && *a->headline) {
    /* the headline names what the body may not (河南代表团在湖北考察): its
       entities are stated too, without mentions or provenance */
    NgArticle  h     = { 0 };
    NgRange    whole = { 0 };
    NgMentions none  = { 0 };
    whole.end        = strlen(a->headline);
    long *off        = ng_calloc(whole.end + 1, sizeof *off);
    if (!off) {
      st = NG_ERR_NOMEM;
      goto done;
    }
    for (size_t i = 0; i <= whole.end; i++)
      off[i] = -1;
    h.part        = a->part;
    h.headline    = NULL;
    h.text        = a->headline;
    h.orig        = a->headline_orig; /* 中國共產黨 keeps its altLabel */
    h.len         = whole.end;
    h.offset      = off;
    h.sentences   = &whole;
    h.n_sentences = 1;
    Ctx hc        = { en, doc, &h, NULL, 0, 0, NULL, 0, 0, 1, &scr, a };
    st            = read_article(&hc, article_iri, &none, facts);
    ng_mentions_free(&none);
    ng_free(off);
  }
done:
  scratch_free(&scr);
  return st;
}
