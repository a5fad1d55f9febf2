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

/* Each copied term's strings start right after its header, so the block
   is found again from the value pointer (see free_term()). */
static NgStatus
own(NgTerm *out, const NgTerm *t)
{
  NgTerm *c = ng_term_copy(t);
  if (!c)
    return NG_ERR_NOMEM;
  *out = *c;
  return NG_OK;
}

/* Frees the block own() made for T. */
static void
free_term(NgTerm *t)
{
  if (t->value)
    ng_free((char *)t->value - sizeof(NgTerm));
}

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
  NgFact *x = &f->v[f->n];
  memset(x, 0, sizeof *x);
  if (own(&x->s, s) || own(&x->p, p) || own(&x->o, o)) {
    free_term(&x->s);
    free_term(&x->p);
    free_term(&x->o);
    return NG_ERR_NOMEM;
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
  for (size_t i = 0; i < f->n; i++) {
    free_term(&f->v[i].s);
    free_term(&f->v[i].p);
    free_term(&f->v[i].o);
  }
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
