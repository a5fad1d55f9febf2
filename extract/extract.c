/* extract/extract.c -- the article node and the orchestration of the
   recognizers. */
#include "extract/extract.h"

#include "extract/entity.h"
#include "extract/event.h"
#include "extract/iri.h"
#include "extract/mention.h"
#include "graph/buf.h"
#include "graph/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef NG_DATA_DIR
#  define NG_DATA_DIR "data"
#endif

struct NgExtractor {
  char       *base;     /* instance IRI base */
  char       *data_dir; /* where the lexicons were read from */
  NgEntities *entities; /* persons, posts, organizations, places */
  NgEvents   *events;   /* meetings, inspections and who took part */
};

const char *
ng_extract_data_dir(void)
{
  const char *env = getenv("NEWSGRAPH_DATA");
  return env && *env ? env : NG_DATA_DIR;
}

NgStatus
ng_extractor_new(const char   *data_dir,
                 const char   *base,
                 NgExtractor **out,
                 char        **errmsg)
{
  NgExtractor *ex = ng_calloc(1, sizeof *ex);
  *errmsg         = NULL;
  if (!ex)
    return NG_ERR_NOMEM;
  ex->base     = ng_strdup(base ? base : NG_DEFAULT_BASE);
  ex->data_dir = ng_strdup(data_dir ? data_dir : ng_extract_data_dir());
  if (!ex->base || !ex->data_dir) {
    ng_extractor_free(ex);
    return NG_ERR_NOMEM;
  }
  NgStatus st = ng_entities_new(ex->data_dir, ex->base, &ex->entities, errmsg);
  if (st <= NG_DONE)
    st = ng_events_new(ex->data_dir, ex->base, &ex->events, errmsg);
  if (st > NG_DONE) {
    ng_extractor_free(ex);
    return st;
  }
  *out = ex;
  return NG_OK;
}

void
ng_extractor_free(NgExtractor *ex)
{
  if (!ex)
    return;
  ng_entities_free(ex->entities);
  ng_events_free(ex->events);
  ng_free(ex->base);
  ng_free(ex->data_dir);
  ng_free(ex);
}

char *
ng_extract_article_iri(const NgExtractor *ex,
                       const NgDocument  *doc,
                       const NgArticle   *a)
{
  NgBuf label = { 0 };
  ng_buf_printf(&label, "%s/%d", doc->name, a->part);
  char *iri = ng_iri_mint(ex->base, "article", ng_buf_str(&label));
  ng_buf_free(&label);
  return iri;
}

/* States a person named NAME (type and label) in the article's graph and
   returns its IRI; caller frees. */
static char *
person(NgExtractor *ex,
       NgFacts     *f,
       const char  *name,
       long         s,
       long         e,
       NgStatus    *st)
{
  char *iri = ng_iri_mint(ex->base, "person", name);
  if (!iri) {
    *st = NG_ERR_NOMEM;
    return NULL;
  }
  NgTerm subj = ng_iri(iri), type = ng_iri(NG_RDF_TYPE),
         cls = ng_iri(NG_SCHEMA_PERSON), lp = ng_iri(NG_RDFS_LABEL),
         lv = ng_literal(name, "zh", NULL);
  if ((*st = ng_facts_add(f, &subj, &type, &cls, -1, s, e)) ||
      (*st = ng_facts_add(f, &subj, &lp, &lv, -1, s, e))) {
    ng_free(iri);
    return NULL;
  }
  return iri;
}

/* What the recognizers read at once: sentences, and bytes of text. An
   article of more (a year's reports in one file, a dump without line
   breaks or stops) is read in windows of about this size, each ending at
   a paragraph's end when one falls in its second half. Names give the
   same IRIs in every window, so the article stays one graph; only a
   reference back across a window's edge (他, 会议) goes unresolved. No
   article of ordinary length is cut: a long work report has some hundreds
   of sentences and some 60 KB. */
enum { WINDOW = 2000, WINDOW_BYTES = 120000 };

/* One past the last sentence of the window that starts at FIRST. */
static size_t
window_end(const NgArticle *a, size_t first)
{
  size_t last = first, start = a->sentences[first].start;
  while (last < a->n_sentences && last - first < WINDOW &&
         (last == first || a->sentences[last].end - start <= WINDOW_BYTES))
    last++;
  if (last == a->n_sentences)
    return last;
  for (size_t k = last; k > first + (last - first) / 2; k--)
    if (a->sentences[k].paragraph != a->sentences[k - 1].paragraph)
      return k;
  return last;
}

NgStatus
ng_extract_article(NgExtractor      *ex,
                   const NgDocument *doc,
                   const NgArticle  *a,
                   NgFacts          *f)
{
  NgStatus   st  = NG_OK;
  char      *iri = ng_extract_article_iri(ex, doc, a);
  char       part[24];
  NgMentions mentions = { 0 }; /* persons, orgs, places, posts in text order */
  if (!iri)
    return NG_ERR_NOMEM;
  NgTerm art = ng_iri(iri), type = ng_iri(NG_RDF_TYPE);
  NgTerm cls = ng_iri(NG_SCHEMA_NEWSARTICLE);
  NgTerm hp  = ng_iri(NG_SCHEMA_HEADLINE),
         hl  = ng_literal(a->headline, "zh", NULL);
  NgTerm sp = ng_iri(NG_NG_SOURCEFILE), sf = ng_literal(doc->name, NULL, NULL);
  snprintf(part, sizeof part, "%d", a->part);
  NgTerm pp = ng_iri(NG_NG_PART), pv = ng_literal(part, NULL, NG_XSD_INTEGER);
  NG_TRY(st, ng_facts_add(f, &art, &type, &cls, -1, -1, -1));
  if (a->headline && *a->headline)
    NG_TRY(st, ng_facts_add(f, &art, &hp, &hl, -1, -1, -1));
  NG_TRY(st, ng_facts_add(f, &art, &sp, &sf, -1, -1, -1));
  NG_TRY(st, ng_facts_add(f, &art, &pp, &pv, -1, -1, -1));
  if (a->date) {
    NgTerm dp = ng_iri(NG_SCHEMA_DATEPUBLISHED),
           dv = ng_literal(a->date, NULL, NG_XSD_DATE);
    NG_TRY(st, ng_facts_add(f, &art, &dp, &dv, -1, -1, -1));
  }
  for (size_t i = 0; i < a->n_bylines; i++) {
    const NgByline *b = &a->bylines[i];
    char           *p = person(ex, f, b->name, b->start, b->end, &st);
    if (!p)
      goto done;
    if (b->orig && strcmp(b->orig, b->name)) {
      /* Traditional characters: the name as written is an altLabel. */
      NgTerm ps = ng_iri(p), ap = ng_iri(NG_SKOS_ALTLABEL),
             av = ng_literal(b->orig, "zh", NULL);
      if ((st = ng_facts_add(f, &ps, &ap, &av, -1, b->start, b->end))) {
        ng_free(p);
        goto done;
      }
    }
    const char *pred = b->role == NG_BYLINE_REPORTER ? NG_SCHEMA_AUTHOR
                       : b->role == NG_BYLINE_CORRESPONDENT
                         ? NG_NG_CORRESPONDENT
                       : b->role == NG_BYLINE_EDITOR ? NG_SCHEMA_EDITOR
                                                     : NG_SCHEMA_MENTIONS;
    NgTerm      pt = ng_iri(pred), po = ng_iri(p);
    st = ng_facts_add(f, &art, &pt, &po, -1, b->start, b->end);
    if (!st && strcmp(pred, NG_SCHEMA_MENTIONS)) {
      NgTerm mp = ng_iri(NG_SCHEMA_MENTIONS);
      st        = ng_facts_add(f, &art, &mp, &po, -1, b->start, b->end);
    }
    ng_free(p);
    if (st)
      goto done;
  }
  /* The recognizers compare each mention of what they read with the
     others, so their time grows with the square of its length: a very
     long article is read in windows of sentences (see WINDOW). */
  for (size_t first = 0;;) {
    size_t    last = a->n_sentences ? window_end(a, first) : 0;
    NgArticle w    = *a;
    size_t    n0   = f->n;
    w.sentences    = a->n_sentences ? a->sentences + first : a->sentences;
    w.n_sentences  = last - first;
    NG_TRY(st, ng_entities_extract(ex->entities, doc, &w, iri, &mentions, f));
    NG_TRY(st, ng_events_extract(ex->events, doc, &w, iri, &mentions, f));
    for (size_t k = n0; k < f->n; k++)
      if (f->v[k].sentence >= 0)
        f->v[k].sentence += (long)first;
    ng_mentions_free(&mentions);
    memset(&mentions, 0, sizeof mentions);
    if (last >= a->n_sentences)
      break;
    first = last;
  }
done:
  ng_mentions_free(&mentions);
  ng_free(iri);
  return st;
}
