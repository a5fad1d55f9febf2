/* extract/mention.c -- mention lists. */
#include "extract/mention.h"

#include <stdlib.h>
#include <string.h>

#include "graph/buf.h"

static char *
dup_or_null(const char *s, int *fail)
{
  if (!s)
    return NULL;
  char *d = ng_strdup(s);
  if (!d)
    *fail = 1;
  return d;
}

static void
mention_free(NgMention *x)
{
  ng_free(x->label);
  ng_free(x->surface);
  ng_free(x->iri);
  ng_free(x->org_iri);
  ng_free(x->holder_iri);
}

NgStatus
ng_mentions_add(NgMentions *m, NgMentionKind kind, size_t start, size_t end,
                size_t sentence, const char *label, const char *surface,
                const char *iri, const char *org_iri, const char *holder_iri)
{
  if (m->n == m->cap) {
    size_t     cap = m->cap ? m->cap * 2 : 32;
    NgMention *v   = ng_realloc(m->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    m->v   = v;
    m->cap = cap;
  }
  NgMention *x = &m->v[m->n];
  int        fail = 0;
  memset(x, 0, sizeof *x);
  x->kind       = kind;
  x->start      = start;
  x->end        = end;
  x->sentence   = sentence;
  x->label      = dup_or_null(label, &fail);
  x->surface    = dup_or_null(surface, &fail);
  x->iri        = dup_or_null(iri, &fail);
  x->org_iri    = dup_or_null(org_iri, &fail);
  x->holder_iri = dup_or_null(holder_iri, &fail);
  if (fail) {
    mention_free(x);
    return NG_ERR_NOMEM;
  }
  m->n++;
  return NG_OK;
}

static int
by_start(const void *a, const void *b)
{
  const NgMention *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1; /* longer first */
  return (int)x->kind - (int)y->kind;
}

void
ng_mentions_sort(NgMentions *m)
{
  if (m->n > 1)
    qsort(m->v, m->n, sizeof *m->v, by_start);
}

void
ng_mentions_clear(NgMentions *m)
{
  for (size_t i = 0; i < m->n; i++)
    mention_free(&m->v[i]);
  m->n = 0;
}

void
ng_mentions_free(NgMentions *m)
{
  if (!m)
    return;
  ng_mentions_clear(m);
  ng_free(m->v);
  m->v   = NULL;
  m->cap = 0;
}
