/* extract/mention.c -- mention lists. */
#include "extract/mention.h"

#include "graph/buf.h"

#include <stdlib.h>
#include <string.h>

/* A mention's strings share one block, laid out in field order, so the
   block starts at the first of them that is not NULL. */
static void
mention_free(NgMention *x)
{
  char *const f[] = { x->label, x->surface, x->iri, x->org_iri, x->holder_iri };
  for (size_t i = 0; i < sizeof f / sizeof *f; i++)
    if (f[i]) {
      ng_free(f[i]);
      break;
    }
}

NgStatus
ng_mentions_add(NgMentions   *m,
                NgMentionKind kind,
                size_t        start,
                size_t        end,
                size_t        sentence,
                const char   *label,
                const char   *surface,
                const char   *iri,
                const char   *org_iri,
                const char   *holder_iri)
{
  if (m->n == m->cap) {
    size_t     cap = m->cap ? m->cap * 2 : 32;
    NgMention *v   = ng_realloc(m->v, cap * sizeof *v);
    if (!v)
      return NG_ERR_NOMEM;
    m->v   = v;
    m->cap = cap;
  }
  NgMention  *x      = &m->v[m->n];
  const char *in[5]  = { label, surface, iri, org_iri, holder_iri };
  char       *out[5] = { NULL, NULL, NULL, NULL, NULL };
  size_t      len[5], total = 0;
  for (int i = 0; i < 5; i++) {
    len[i] = in[i] ? strlen(in[i]) + 1 : 0;
    total += len[i];
  }
  char *block = total ? ng_malloc(total) : NULL;
  if (total && !block)
    return NG_ERR_NOMEM;
  for (int i = 0; i < 5; i++)
    if (in[i]) {
      out[i] = block;
      memcpy(block, in[i], len[i]);
      block += len[i];
    }
  memset(x, 0, sizeof *x);
  x->kind       = kind;
  x->start      = start;
  x->end        = end;
  x->sentence   = sentence;
  x->label      = out[0];
  x->surface    = out[1];
  x->iri        = out[2];
  x->org_iri    = out[3];
  x->holder_iri = out[4];
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
