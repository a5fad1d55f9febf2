/* graph/term.c -- terms and fact lists. */
#include "graph/term.h"

#include "graph/buf.h"

#include <string.h>

NgTerm
ng_iri(const char *iri)
{
  NgTerm t = { NG_TERM_IRI, iri, NULL, NULL };
  return t;
}

NgTerm
ng_blank(const char *label)
{
  NgTerm t = { NG_TERM_BLANK, label, NULL, NULL };
  return t;
}

NgTerm
ng_literal(const char *value, const char *lang, const char *datatype)
{
  NgTerm t = { NG_TERM_LITERAL, value, lang, datatype };
  return t;
}

static const char *
nz(const char *s)
{
  return s ? s : "";
}

int
ng_term_equal(const NgTerm *a, const NgTerm *b)
{
  return a->kind == b->kind && !strcmp(nz(a->value), nz(b->value)) &&
         !strcmp(nz(a->lang), nz(b->lang)) &&
         !strcmp(nz(a->datatype), nz(b->datatype));
}

NgTerm *
ng_term_copy(const NgTerm *t)
{
  size_t lv = strlen(nz(t->value)) + 1, ll = strlen(nz(t->lang)) + 1,
         ld = strlen(nz(t->datatype)) + 1;
  NgTerm *c = ng_malloc(sizeof *c + lv + ll + ld);
  if (!c)
    return NULL;
  char *p = (char *)(c + 1);
  memcpy(p, nz(t->value), lv);
  memcpy(p + lv, nz(t->lang), ll);
  memcpy(p + lv + ll, nz(t->datatype), ld);
  c->kind     = t->kind;
  c->value    = p;
  c->lang     = p + lv;
  c->datatype = p + lv + ll;
  return c;
}

struct NgFactsBlock {
  NgFactsBlock *next;
  size_t        used, cap; /* bytes of data */
  char          data[];
};

/* The first block of a list holds this many bytes, each new one twice as
   many as the one before, up to BLOCK_MAX (more when one fact needs it). */
enum { BLOCK_MIN = 4096, BLOCK_MAX = 65536 };

/* N bytes for strings in F's newest block, or a new block; NULL without
   memory. */
static char *
facts_space(NgFacts *f, size_t n)
{
  NgFactsBlock *b = f->blocks;
  if (!b || b->cap - b->used < n) {
    size_t cap = b ? b->cap * 2 : BLOCK_MIN;
    if (cap > BLOCK_MAX)
      cap = BLOCK_MAX;
    if (cap < n)
      cap = n;
    NgFactsBlock *nb = ng_malloc(sizeof *nb + cap);
    if (!nb)
      return NULL;
    nb->next  = b;
    nb->used  = 0;
    nb->cap   = cap;
    f->blocks = b = nb;
  }
  char *q = b->data + b->used;
  b->used += n;
  return q;
}

/* LEN bytes of S and a NUL copied to Q; returns the copy, or "" for an
   absent or empty S (then nothing is copied). */
static const char *
put_string(char **q, const char *s, size_t len)
{
  if (!len)
    return "";
  char *d = *q;
  memcpy(d, s, len);
  d[len] = '\0';
  *q += len + 1;
  return d;
}

static size_t
len_of(const char *s)
{
  return s && *s ? strlen(s) : 0;
}

NgStatus
ng_facts_add(NgFacts      *f,
             const NgTerm *s,
             const NgTerm *p,
             const NgTerm *o,
             long          sentence,
             long          start,
             long          end)
{
  if (f->n == f->cap) {
    size_t  cap = f->cap ? f->cap * 2 : 32;
    NgFact *v   = ng_realloc(f->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    f->v   = v;
    f->cap = cap;
  }
  const NgTerm *in[3] = { s, p, o };
  size_t        len[9], total = 0;
  for (int t = 0; t < 3; t++) {
    len[3 * t]     = len_of(in[t]->value);
    len[3 * t + 1] = len_of(in[t]->lang);
    len[3 * t + 2] = len_of(in[t]->datatype);
    for (int k = 0; k < 3; k++)
      total += len[3 * t + k] ? len[3 * t + k] + 1 : 0;
  }
  char *q = facts_space(f, total);
  if (!q)
    return NG_ERR_NOMEM;
  NgFact *x      = &f->v[f->n];
  NgTerm *out[3] = { &x->s, &x->p, &x->o };
  for (int t = 0; t < 3; t++) {
    out[t]->kind     = in[t]->kind;
    out[t]->value    = put_string(&q, in[t]->value, len[3 * t]);
    out[t]->lang     = put_string(&q, in[t]->lang, len[3 * t + 1]);
    out[t]->datatype = put_string(&q, in[t]->datatype, len[3 * t + 2]);
  }
  x->sentence = sentence;
  x->start    = start;
  x->end      = end;
  f->n++;
  return NG_OK;
}

int
ng_facts_has(const NgFacts *f,
             const NgTerm  *s,
             const NgTerm  *p,
             const NgTerm  *o)
{
  for (size_t i = 0; i < f->n; i++)
    if (ng_term_equal(&f->v[i].s, s) && ng_term_equal(&f->v[i].p, p) &&
        ng_term_equal(&f->v[i].o, o))
      return 1;
  return 0;
}

void
ng_facts_clear(NgFacts *f)
{
  /* the newest block is the largest: keep it for the next facts */
  NgFactsBlock *b = f->blocks ? f->blocks->next : NULL;
  while (b) {
    NgFactsBlock *next = b->next;
    ng_free(b);
    b = next;
  }
  if (f->blocks) {
    f->blocks->next = NULL;
    f->blocks->used = 0;
  }
  f->n = 0;
}

void
ng_facts_free(NgFacts *f)
{
  if (!f)
    return;
  ng_facts_clear(f);
  ng_free(f->blocks);
  ng_free(f->v);
  f->v      = NULL;
  f->cap    = 0;
  f->blocks = NULL;
}
