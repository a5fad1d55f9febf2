/* graph/term.c -- terms and fact lists. */
#include "graph/term.h"

#include <string.h>

#include "graph/buf.h"

NgTerm
ng_iri(const char *iri)
{
  NgTerm t = {NG_TERM_IRI, iri, NULL, NULL};
  return t;
}

NgTerm
ng_blank(const char *label)
{
  NgTerm t = {NG_TERM_BLANK, label, NULL, NULL};
  return t;
}

NgTerm
ng_literal(const char *value, const char *lang, const char *datatype)
{
  NgTerm t = {NG_TERM_LITERAL, value, lang, datatype};
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

/* A fact's three terms keep their strings in one block, laid out from
   s.value on, so the block is found again from there (free_fact()). */
NgStatus
ng_facts_add(NgFacts *f, const NgTerm *s, const NgTerm *p, const NgTerm *o,
             long sentence, long start, long end)
{
  if (f->n == f->cap) {
    size_t  cap = f->cap ? f->cap * 2 : 32;
    NgFact *v   = ng_realloc(f->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    f->v   = v;
    f->cap = cap;
  }
  const NgTerm *in[3] = {s, p, o};
  size_t        len[9], total = 0;
  for (int t = 0; t < 3; t++) {
    len[3 * t]     = strlen(nz(in[t]->value)) + 1;
    len[3 * t + 1] = strlen(nz(in[t]->lang)) + 1;
    len[3 * t + 2] = strlen(nz(in[t]->datatype)) + 1;
    total += len[3 * t] + len[3 * t + 1] + len[3 * t + 2];
  }
  char *q = ng_malloc(total);
  if (!q)
    return NG_ERR_NOMEM;
  NgFact *x = &f->v[f->n];
  memset(x, 0, sizeof *x);
  NgTerm *out[3] = {&x->s, &x->p, &x->o};
  for (int t = 0; t < 3; t++) {
    const char *src[3] = {nz(in[t]->value), nz(in[t]->lang),
                          nz(in[t]->datatype)};
    const char *dst[3];
    for (int k = 0; k < 3; k++) {
      memcpy(q, src[k], len[3 * t + k]);
      dst[k] = q;
      q += len[3 * t + k];
    }
    out[t]->kind     = in[t]->kind;
    out[t]->value    = dst[0];
    out[t]->lang     = dst[1];
    out[t]->datatype = dst[2];
  }
  x->sentence = sentence;
  x->start    = start;
  x->end      = end;
  f->n++;
  return NG_OK;
}

int
ng_facts_has(const NgFacts *f, const NgTerm *s, const NgTerm *p,
             const NgTerm *o)
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
  for (size_t i = 0; i < f->n; i++)
    ng_free((char *)f->v[i].s.value); /* the block of the fact's strings */
  f->n = 0;
}

void
ng_facts_free(NgFacts *f)
{
  if (!f)
    return;
  ng_facts_clear(f);
  ng_free(f->v);
  f->v = NULL;
  f->cap = 0;
}
